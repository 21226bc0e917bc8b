"""A bare "định kỳ" as the manner of a duty's verb (round 26, issue 9, invented text): with "theo" ("tổng hợp, báo cáo
theo định kỳ") or beside "đột xuất" right after the verb ("tổ chức kiểm tra định kỳ hoặc đột xuất") it is the duty's
time; after a verb that a noun of acts names ("kế hoạch thanh tra, kiểm tra định kỳ và đột xuất") it is the plan's
attribute, and a bare "định kỳ" right after a verb stays no time ("chế độ báo cáo định kỳ")."""

from __future__ import annotations

import pytest

from documentfacts import predictions_of
from policykg.graph_builder.deadlines import find_deadline

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 40/KH-UBND\nHà Nam, ngày 6 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
        "Về quản lý hoạt động du lịch\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


@pytest.mark.parametrize("duty, deadline", [
    ("1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổng hợp, báo cáo theo định kỳ kết quả thực hiện.", "định kỳ"),
    ("2. Công an tỉnh tổ chức kiểm tra định kỳ hoặc đột xuất các cơ sở lưu trú du lịch.", "định kỳ hoặc đột xuất"),
])
def test_a_bare_periodic_manner_is_the_duty_time(duty, deadline):
    found = {d: text for text, d, _ in predictions_of(HEAD + duty + "\n").deadlines}
    assert deadline in found and duty[3:20] in found[deadline]


@pytest.mark.parametrize("text", ["sở tài chính xây dựng kế hoạch thanh tra, kiểm tra định kỳ và đột xuất về giá",
                                  "các sở thực hiện chế độ báo cáo định kỳ về ủy ban"])
def test_an_attribute_of_acts_is_no_time(text):
    assert find_deadline(text, 0, len(text)) is None
