"""A lead-in that pairs its holder with partners but names no lead (issue 9, round 27, `pairs27`): "Sở A phối hợp với Sở
B (, Sở C) (thực hiện các nhiệm vụ sau):" over the items below it. Each item is the holder's duty with those partners
(a pair, no lead), as each item below "Sở A chủ trì, phối hợp với Sở B:" is led by A with B. Every text here is
invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 31/KH-UBND
Long An, ngày 9 tháng 9 năm 2026

KẾ HOẠCH
Phòng, chống thiên tai năm 2026

II. NHIỆM VỤ
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


def test_the_items_below_an_unled_lead_in_pair_its_holder_with_its_partners():
    found = _facts("1. Sở Xây dựng phối hợp với Sở Tài chính, Công an tỉnh thực hiện các nhiệm vụ sau:\n"
                   "a) Rà soát các công trình xuống cấp trên địa bàn;\n"
                   "b) Lập danh mục nhà ở cần di dời khẩn cấp.\n")
    assert {frozenset(("Sở Xây dựng", "Sở Tài chính")), frozenset(("Sở Xây dựng", "Công an"))} <= found["pairs"]
    assert "Sở Xây dựng" in holders(found["duties"], "Rà soát các công trình xuống cấp")
    assert "Sở Xây dựng" in holders(found["duties"], "Lập danh mục nhà ở cần di dời")


def test_an_unled_lead_in_gives_no_lead():
    found = _facts("1. Sở Xây dựng phối hợp với Sở Tài chính:\n"
                   "- Rà soát các công trình xuống cấp trên địa bàn;\n"
                   "- Lập danh mục nhà ở cần di dời khẩn cấp.\n")
    assert frozenset(("Sở Xây dựng", "Sở Tài chính")) in found["pairs"]
    assert not found["leads"]


def test_a_led_lead_in_still_gives_its_lead_to_each_item():
    found = _facts("1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính:\n"
                   "- Rà soát các công trình xuống cấp trên địa bàn;\n"
                   "- Lập danh mục nhà ở cần di dời khẩn cấp.\n")
    assert frozenset(("Sở Xây dựng", "Sở Tài chính")) in found["pairs"]
    assert {actor for actor, task in found["leads"] if "Rà soát các công trình" in task} == {"Sở Xây dựng"}


def test_a_lead_in_that_names_no_partner_pairs_nobody():
    found = _facts("1. Sở Xây dựng thực hiện các nhiệm vụ sau:\n"
                   "a) Rà soát các công trình xuống cấp trên địa bàn;\n"
                   "b) Phối hợp với Sở Tài chính lập danh mục nhà ở cần di dời.\n")
    assert found["pairs"] == {frozenset(("Sở Xây dựng", "Sở Tài chính"))}
