"""Times of duties in forms the published documents of the held-out batches write (round 22, issue 9, invented
text): a month without its year after a word of time ("hoàn thành trong tháng 12", "trước tháng 9"), a time frame
that runs on ("năm 2026 và các năm tiếp theo"), and a recurrence with its period right after the duty's verb
("báo cáo định kỳ hằng quý", "kiểm tra định kỳ mỗi quý"); a month without a year gives no due date and a month
past ("trong tháng 9 vừa qua") is no deadline."""

from __future__ import annotations

import pytest

from documentfacts import predictions_of
from policykg.graph_builder.deadlines import due_date

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 52/KH-UBND\nLai Châu, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Về cải cách hành chính\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


def _deadlines(body: str) -> dict[str, str]:
    return {d: text for text, d, _ in predictions_of(HEAD + body + "\n").deadlines}


@pytest.mark.parametrize("duty, deadline", [
    ("1. Sở Tư pháp chủ trì rà soát các thủ tục hành chính, hoàn thành trong tháng 12.", "hoàn thành trong tháng 12"),
    ("2. Sở Nội vụ chủ trì tổng hợp danh sách cán bộ trước tháng 9.", "trước tháng 9"),
    ("3. Sở Y tế chủ trì kiểm tra các cơ sở năm 2026 và các năm tiếp theo.", "năm 2026 và các năm tiếp theo"),
    ("4. Sở Tài chính chủ trì theo dõi, báo cáo định kỳ hằng quý.", "định kỳ hằng quý"),
    ("5. Sở Công Thương chủ trì kiểm tra định kỳ mỗi quý các chợ đầu mối.", "định kỳ mỗi quý"),
])
def test_the_time_of_the_duty_is_read(duty, deadline):
    found = _deadlines(duty)
    assert deadline in found
    assert duty[3:20] in found[deadline]


def test_a_month_without_its_year_has_no_due_date():
    assert due_date("hoàn thành trong tháng 12") is None
    assert due_date("trong tháng 12/2026") == ("2026-12", "gYearMonth")


def test_a_month_past_is_no_deadline():
    text = "1. Sở Y tế chủ trì, trong tháng 9 vừa qua đã kiểm tra 120 cơ sở sản xuất."
    assert "trong tháng 9" not in _deadlines(text)
