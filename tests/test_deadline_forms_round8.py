"""Times of duties in forms the development documents showed in round 8 (invented text): the days spelled out in
brackets ("trong thời hạn 05 (năm) ngày (tính theo ngày làm việc) kể từ ..."), a recurrence with its exceptional
time ("định kỳ hoặc đột xuất", "định kỳ 6 tháng và hằng năm") and a sentence that only states the time of the duty
before it ("... Thời gian hoàn thành là trong Quý II năm 2027.")."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.deadlines import find_deadline  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 31/KH-UBND\nHà Giang, ngày 02 tháng 4 năm 2027\n\nKẾ HOẠCH\n"
        "Về quản lý chợ đầu mối\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


def _deadlines(body: str) -> set[tuple[str, str]]:
    result = build_source(source_from_string(HEAD + body + "\n", name="plan.txt"))
    predicted = predictions_from_quads(emit_result(result), defaultdict(set))
    return {(text, d) for text, d, _ in predicted.deadlines}


@pytest.mark.parametrize("text, expected", [
    ("trong thời hạn 05 (năm) ngày (tính theo ngày làm việc) kể từ ngày nhận hồ sơ, sở công thương trả lời",
     "trong thời hạn 05 (năm) ngày (tính theo ngày làm việc) kể từ ngày nhận hồ sơ"),
    ("b) định kỳ hoặc đột xuất tổng hợp, báo cáo ủy ban nhân dân tỉnh", "định kỳ hoặc đột xuất"),
    ("sở y tế định kỳ 6 tháng và hằng năm báo cáo kết quả", "định kỳ 6 tháng và hằng năm"),
])
def test_the_whole_time_is_read(text, expected):
    found = find_deadline(text, 0, len(text))
    assert found is not None and text[found[0]:found[1]] == expected


def test_a_recurrence_that_is_an_attribute_stays_no_deadline():
    text = "sở nội vụ xây dựng kế hoạch kiểm tra định kỳ hoặc đột xuất của ngành"
    assert find_deadline(text, 0, len(text)) is None


def test_a_sentence_that_states_the_time_gives_it_to_the_duty_before_it():
    found = _deadlines("1. Về chợ đầu mối\n- Sở Công Thương chủ trì, phối hợp với Sở Xây dựng rà soát quy hoạch chợ "
                       "đầu mối trên địa bàn. Thời gian hoàn thành là trong Quý II năm 2027.\n")
    assert [d for _, d in found] == ["trong Quý II năm 2027"]
    assert all("rà soát quy hoạch" in text for text, _ in found)


def test_a_time_sentence_after_no_duty_makes_no_dated_task_of_its_own():
    found = _deadlines("1. Về chợ đầu mối\nThời gian hoàn thành là trong Quý II năm 2027.\n")
    assert not any(text.startswith("Thời gian hoàn thành") for text, _ in found)


SCHEDULE = ("4. Tiến độ thực hiện\na) Giai đoạn 1 (năm 2027 - 2028)\n- Thành lập Tổ công tác liên ngành về chợ;\n"
            "- Sở Công Thương rà soát quy hoạch chợ đầu mối;\nb) Giai đoạn 2 (năm 2029 - 2030)\n"
            "- Tổng kết, đánh giá kết quả thực hiện Kế hoạch.\n5. Kinh phí\n"
            "- Bố trí kinh phí thực hiện từ nguồn ngân sách nhà nước.\n")


def test_items_below_a_period_heading_are_due_in_that_period():
    found = {text.split(";")[0].rstrip(". "): d for text, d in _deadlines(SCHEDULE)}
    assert found.get("Thành lập Tổ công tác liên ngành về chợ") == "Giai đoạn 1 (năm 2027 - 2028)", found
    assert any("rà soát quy hoạch chợ đầu mối" in t and d == "Giai đoạn 1 (năm 2027 - 2028)" for t, d in found.items())
    assert found.get("Tổng kết, đánh giá kết quả thực hiện Kế hoạch") == "Giai đoạn 2 (năm 2029 - 2030)", found
    assert not any("Bố trí kinh phí" in t for t in found), found   # the period ends with its part
