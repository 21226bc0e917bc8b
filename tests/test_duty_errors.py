"""bench/duty_errors.py: the class of a missed duty (round 12). The texts are invented."""

from __future__ import annotations

import pytest

from bench.duty_errors import classify, missed_duties
from bench.eval_real import Gold, GoldActor, name_key, text_key

LINES = ["II. NHIỆM VỤ", "",
         "1. Giao Sở Xây dựng rà soát các tuyến đê xung yếu.", "",
         "2. Sở Y tế", "",
         "- Kiểm tra chất lượng nước sinh hoạt.", "",
         "| 3 | Lập bản đồ ngập lụt | Sở Tài nguyên |", "",
         "4. Ủy ban nhân dân các xã bố trí lực lượng",     # a paragraph wrapped over two lines
         "ứng trực tại các điểm sạt lở."]


def gold_of(*names: str) -> Gold:
    return Gold("x.txt", {n: GoldActor(n, {name_key(n)}, False) for n in names}, {})


@pytest.mark.parametrize("actor, fragment, duties, expected", [
    ("Sở Công Thương", "rà soát các tuyến đê", [], "actor missed"),
    ("Sở Y tế", "rà soát các tuyến đê", [("Sở Xây dựng", "giao sở xây dựng rà soát các tuyến đê xung yếu")],
     "task found, other holder"),
    ("Sở Y tế", "kiểm tra chất lượng nước sinh hoạt", [("Sở Y tế", "kiểm tra chất lượng nước")], "span differs"),
    ("Sở Y tế", "tuyên truyền phòng chống dịch", [], "not found in the text"),
    ("Sở Y tế", "Lập bản đồ ngập lụt", [], "table row"),
    ("Sở Xây dựng", "rà soát các tuyến đê xung yếu", [], "text, cue giao, actor on the line"),
    ("Sở Y tế", "Kiểm tra chất lượng nước sinh hoạt", [], "text, cue none, actor elsewhere"),
    ("Ủy ban nhân dân các xã", "bố trí lực lượng ứng trực", [], "text, cue none, actor on the line"),
])
def test_a_missed_duty_goes_to_the_first_class_that_fits(actor, fragment, duties, expected):
    gold = gold_of("Sở Công Thương", "Sở Y tế", "Sở Xây dựng", "Ủy ban nhân dân các xã")
    found = {"Sở Y tế", "Sở Xây dựng", "Ủy ban nhân dân các xã"}
    keyed = [(name, text_key(text)) for name, text in duties]
    assert classify(gold, keyed, found, LINES, actor, fragment) == expected


def test_the_blind_half_is_refused():
    with pytest.raises(SystemExit):
        list(missed_duties("real-blind"))
