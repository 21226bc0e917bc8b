"""Times of duties in the forms of docs/GENRE.md ("Deadlines") that the real corpus's tune half does not show: a
recurrence that opens the clause before its holder ("Hằng năm, Sở Y tế báo cáo ..."), a time labelled inside the
sentence ("..., thời gian: Quý IV năm 2025"); and forms it does show, as a guard."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 12/KH-UBND\nLào Cai, ngày 01 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
        "Về phòng chống thiên tai\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")
CASES = {
    "1. Hằng năm, Sở Y tế báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.": "Hằng năm",
    "2. Sở Y tế tổ chức tập huấn, thời gian: Quý IV năm 2025.": "thời gian: Quý IV năm 2025",
    "3. Sở Tài chính bố trí kinh phí, chậm nhất ngày 15/7/2025.": "chậm nhất ngày 15/7/2025",
    "4. Sở Xây dựng hoàn thành việc kiểm tra công trình trong quý III/2025.": "trong quý III/2025",
}


@pytest.mark.parametrize("body", sorted(CASES))
def test_deadline_form(body):
    result = build_source(source_from_string(HEAD + body + "\n", name="plan.txt"))
    predicted = predictions_from_quads(emit_result(result), defaultdict(set))
    assert {d for _, d, _ in predicted.deadlines} == {CASES[body]}
