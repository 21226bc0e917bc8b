"""A recurrence that qualifies a noun is no time of a duty (round 26, issue 9, invented text in the forms of decisions
and circulars on benefits and budgets): after a benefit whose last syllable is a verb's ("chi trả trợ cấp hằng
tháng"), after a noun before a comma and the next item's verb ("xây dựng dự toán hằng năm, chấp hành ..."), after a
verb of the past ("công việc đã thực hiện hằng năm"); a recurrence after the duty's verb or before its own verb
stays its time."""

from __future__ import annotations

import pytest

from documentfacts import predictions_of
from policykg.graph_builder.deadlines import find_deadline


@pytest.mark.parametrize("text", [
    "phòng lao động - thương binh và xã hội lập danh sách chi trả trợ cấp hằng tháng cho các xã",
    "ủy ban nhân dân xã nhận phụ cấp hàng tháng theo quy định",
    "chỉ đạo các phòng xây dựng dự toán hằng năm, chấp hành dự toán được giao",
    "kho bạc xác nhận khối lượng công việc đã thực hiện hằng năm của dự án",
])
def test_a_recurrence_of_a_noun_is_no_time(text):
    assert find_deadline(text, 0, len(text)) is None


@pytest.mark.parametrize("text, deadline", [
    ("sở tài chính tổng hợp, báo cáo định kỳ, báo cáo đột xuất ủy ban nhân dân tỉnh", "định kỳ"),
    ("sở tài nguyên tham mưu ban hành bảng giá đất trên địa bàn hằng năm theo quy định", "hằng năm"),
    ("sở y tế tổ chức sơ kết hằng năm việc thực hiện", "hằng năm"),
])
def test_a_recurrence_of_the_duty_stays(text, deadline):
    found = find_deadline(text, 0, len(text))
    assert found is not None and text[found[0]:found[1]] == deadline


def test_a_decision_on_benefits_dates_only_its_duties():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 15/2026/QĐ-UBND\nBắc Ninh, ngày 2 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
            "Ban hành Quy chế chi trả trợ cấp\n\nĐiều 3. Trách nhiệm\n\n"
            "1. Sở Lao động - Thương binh và Xã hội chi trả trợ cấp hằng tháng cho người có công.\n\n"
            "2. Sở Tài chính xây dựng dự toán hằng năm, chấp hành dự toán được giao.\n\n"
            "3. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.\n")
    assert {d for _, d, _ in predictions_of(text).deadlines} == {"trước ngày 15 tháng 12 hằng năm"}
