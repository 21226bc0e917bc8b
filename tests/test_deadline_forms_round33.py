"""A recurrence with its period after "định kỳ" times the act it follows, after the act's object too (round 33, issue
9, invented text): "tổ chức kiểm tra hệ thống điện định kỳ hằng năm", "diễn tập ứng phó sự cố cháy nổ định kỳ 6
tháng" are duties due each year / every six months, as "báo cáo định kỳ hằng quý" right after the verb already was.
A bare "hằng năm" after a noun stays the noun's ("dự toán ngân sách hằng năm"), and a bare "định kỳ" after a noun of
acts stays no time ("kế hoạch kiểm tra định kỳ và đột xuất"). The first case of the first test fails without
deadlines._QUALIFIED_PERIODIC; its second case and the second test are guards."""

from __future__ import annotations

import pytest

from documentfacts import predictions_of
from policykg.graph_builder.deadlines import find_deadline

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 44/KH-UBND\nĐiện Biên, ngày 8 tháng 6 năm 2026\n\nKẾ HOẠCH\n"
        "Về an toàn lao động trong các khu công nghiệp\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n")


def _deadlines(body: str) -> dict[str, str]:
    return {d: text for text, d, _ in predictions_of(HEAD + body + "\n").deadlines}


@pytest.mark.parametrize("duty, deadline", [
    ("1. Các doanh nghiệp có trách nhiệm tổ chức kiểm tra hệ thống điện định kỳ hằng năm đối với các nhà xưởng.",
     "định kỳ hằng năm"),
    ("2. Ban Quản lý các khu công nghiệp tổ chức diễn tập ứng phó sự cố cháy nổ định kỳ 6 tháng một lần.",
     "định kỳ 6 tháng một lần"),
])
def test_a_recurrence_with_its_period_after_the_acts_object_is_the_time_of_the_duty(duty, deadline):
    found = _deadlines(duty)
    assert deadline in found, found
    assert duty[3:25] in found[deadline]


@pytest.mark.parametrize("text", ["sở tài chính lập dự toán ngân sách hằng năm",
                                  "sở nội vụ xây dựng kế hoạch kiểm tra định kỳ và đột xuất"])
def test_a_nouns_recurrence_is_still_no_time(text):
    assert find_deadline(text, 0, len(text)) is None
