"""Recurring periods of a day and of a school term as times of duties (round 24, issue 9, invented text), read like
the existing "hằng tháng/quý/năm" forms: "hằng ngày", "hàng ngày", "mỗi ngày", "mỗi học kỳ" opening the clause
before its holders or right after the duty's verb; as an attribute of a noun ("đời sống hằng ngày", "công việc hằng
ngày") no time of a duty; a recurrence has no due date."""

from __future__ import annotations

import pytest

from documentfacts import predictions_of
from policykg.graph_builder.deadlines import due_date, find_deadline
from policykg.graph_builder.deadlinecues import TIME_CELL

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 31/KH-UBND\nKon Tum, ngày 4 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
        "Về phòng, chống dịch sốt xuất huyết\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


def _deadlines(body: str) -> dict[str, str]:
    return {d: text for text, d, _ in predictions_of(HEAD + body + "\n").deadlines}


@pytest.mark.parametrize("duty, deadline", [
    ("1. Hằng ngày, Sở Y tế chủ trì tổng hợp số ca mắc trên địa bàn tỉnh.", "Hằng ngày"),
    ("2. Sở Y tế chủ trì theo dõi, báo cáo hàng ngày tình hình dịch bệnh.", "hàng ngày"),
    ("3. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì giám sát mỗi ngày các ổ dịch cũ.", "mỗi ngày"),
    ("4. Sở Giáo dục và Đào tạo chủ trì kiểm tra, đánh giá mỗi học kỳ công tác vệ sinh trường học.", "mỗi học kỳ"),
])
def test_a_recurring_day_or_term_is_the_time_of_the_duty(duty, deadline):
    found = _deadlines(duty)
    assert deadline in found
    assert duty[3:20] in found[deadline]


@pytest.mark.parametrize("text", ["nâng cao chất lượng đời sống hằng ngày của nhân dân",
                                  "bố trí công việc hằng ngày cho cán bộ"])
def test_a_days_attribute_is_no_time(text):
    assert find_deadline(text, 0, len(text)) is None


def test_a_time_cell_and_no_due_date():
    assert TIME_CELL.match("hằng ngày") and TIME_CELL.match("mỗi học kỳ")
    assert due_date("hằng ngày") is None and due_date("mỗi học kỳ") is None
