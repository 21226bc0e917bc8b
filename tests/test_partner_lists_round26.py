"""Partners listed with semicolons in a lead's sentence (issue 9, round 26, `leads26`): "X chủ trì T; A; B phối hợp"
(the partners' clause after the task, its list cut by semicolons: every member cooperates with X, not the last one
only) and "X chủ trì T, phối hợp: A; B; C" (the list after "phối hợp:" cut by semicolons, as after "phối hợp với").
Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Bảo đảm an toàn thực phẩm năm 2026

II. NHIỆM VỤ
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


def _pairs(lead: str, *partners: str) -> set[frozenset]:
    return {frozenset((lead, p)) for p in partners}


def test_partners_named_after_the_task_each_in_its_own_semicolon_clause_all_cooperate_with_the_lead():
    found = _facts("1. Sở Y tế chủ trì kiểm tra các cơ sở kinh doanh thực phẩm; Sở Công Thương; Sở Nông nghiệp và Môi "
                   "trường phối hợp.\n")
    assert ("Sở Y tế", "Sở Y tế chủ trì kiểm tra các cơ sở kinh doanh thực phẩm") in found["leads"]
    assert _pairs("Sở Y tế", "Sở Công Thương", "Sở Nông nghiệp và Môi trường") <= found["pairs"]


def test_a_partner_list_after_the_colon_of_phoi_hop_cut_by_semicolons_pairs_every_member():
    found = _facts("1. Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật, phối hợp: Sở Nội vụ; Sở Tài chính; Ủy "
                   "ban nhân dân các huyện.\n")
    assert _pairs("Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Ủy ban nhân dân cấp huyện") <= found["pairs"]


def test_a_semicolon_clause_of_its_own_after_a_name_keeps_its_own_holder():
    found = _facts("1. Sở Y tế chủ trì kiểm tra các cơ sở kinh doanh thực phẩm; Sở Công Thương chủ trì kiểm tra các chợ "
                   "đầu mối.\n")
    assert ("Sở Công Thương", "Sở Công Thương chủ trì kiểm tra các chợ đầu mối.") in found["leads"]
    assert frozenset(("Sở Y tế", "Sở Công Thương")) not in found["pairs"]
