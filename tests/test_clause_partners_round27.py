"""Partners in a clause of their own after a holder's duty that names no lead (issue 9, round 27, `pairs27`): "Sở A
thẩm định hồ sơ; Sở B, Sở C phối hợp." pairs A with B and with C (no lead), as "Sở A chủ trì thẩm định hồ sơ; Sở B
phối hợp" pairs A, the lead, with B. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 52/KH-UBND
Long An, ngày 7 tháng 12 năm 2026

KẾ HOẠCH
Cải cách thủ tục hành chính năm 2027

II. NHIỆM VỤ
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


def test_the_bodies_of_a_later_clause_that_cooperate_are_paired_with_the_holder_of_the_duty():
    found = _facts("1. Sở Tư pháp rà soát thủ tục hành chính liên thông; Sở Nội vụ, Sở Y tế phối hợp thực hiện.\n")
    assert {frozenset(("Sở Tư pháp", "Sở Nội vụ")), frozenset(("Sở Tư pháp", "Sở Y tế"))} <= found["pairs"]
    assert frozenset(("Sở Nội vụ", "Sở Y tế")) not in found["pairs"]
    assert not found["leads"]


def test_a_led_duty_keeps_its_lead_with_the_same_partners():
    found = _facts("1. Sở Tư pháp chủ trì rà soát thủ tục hành chính liên thông; Sở Nội vụ phối hợp.\n")
    assert frozenset(("Sở Tư pháp", "Sở Nội vụ")) in found["pairs"]
    assert {actor for actor, _ in found["leads"]} == {"Sở Tư pháp"}


def test_bodies_that_cooperate_after_a_duty_nobody_holds_are_paired_with_each_other():
    found = _facts("1. Rà soát thủ tục hành chính liên thông; Sở Nội vụ, Sở Y tế phối hợp.\n")
    assert found["pairs"] == {frozenset(("Sở Nội vụ", "Sở Y tế"))}
