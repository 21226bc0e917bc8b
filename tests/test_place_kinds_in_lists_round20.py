"""A level's bodies narrowed by the kind of place they serve, inside a list of bodies (issue 9, round 20, `duties20`):
"Ủy ban nhân dân các huyện ven biển và Bộ Chỉ huy Quân sự tỉnh phối hợp ...", "phối hợp với Ủy ban nhân dân các xã
miền núi và Trung tâm Y tế ...". The words of the kind ("ven biển", "miền núi", "vùng cao", "trọng điểm" ...) stand
between two members of the list; before, they cut it, so the body after them held nothing and was no party of the
pair (or the body before them was lost). The level's bodies stay the level's (the gold reads "Ủy ban nhân dân các
huyện ven biển" as the district people's committees). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Quảng Ngãi"
TOP = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI",
    "Số: 64/KH-UBND",
    "Quảng Ngãi, ngày 20 tháng 9 năm 2026",
    "KẾ HOẠCH",
    "Ứng phó bão mạnh và mưa lớn năm 2026",
    "III. TỔ CHỨC THỰC HIỆN",
    "",
])
SUBJECTS = """\
1. Ủy ban nhân dân các huyện ven biển và Bộ Chỉ huy Quân sự tỉnh phối hợp tổ chức sơ tán người dân khỏi vùng
nguy hiểm trước khi bão đổ bộ.
"""
PARTNERS = """\
2. Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các xã vùng cao và Hội Chữ thập đỏ tỉnh bố trí đội cơ động cấp cứu
tại các điểm sạt lở.
"""
MILITARY = "Bộ Chỉ huy Quân sự"   # the place the builder adds to its name left out


def _with(facts, body: str, other: str) -> bool:
    return any(any(x.startswith(body) for x in pair) and any(x.startswith(other) for x in pair)
               for pair in facts["pairs"])


def test_bodies_of_a_kind_of_place_and_the_body_after_them_cooperate_as_one_list():
    facts = facts_of(TOP + SUBJECTS, drop_suffix=PLACE)
    assert _with(facts, "Ủy ban nhân dân", MILITARY)
    assert {"Ủy ban nhân dân cấp huyện", MILITARY} <= holders(facts["duties"], "sơ tán người dân")


def test_partners_of_a_kind_of_place_and_the_partner_after_them_each_pair_with_the_lead():
    facts = facts_of(TOP + PARTNERS, drop_suffix=PLACE)
    assert holders(facts["leads"], "đội cơ động cấp cứu") == {"Sở Y tế"}
    assert _with(facts, "Sở Y tế", "Ủy ban nhân dân")
    assert _with(facts, "Sở Y tế", "Hội Chữ thập đỏ")
