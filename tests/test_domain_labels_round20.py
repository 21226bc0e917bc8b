"""Partners and holders listed by their domains after a collective's label (issue 9, round 20, `duties20`): "phối hợp
với các sở, ngành: Xây dựng, Nội vụ, Tư pháp", "các Bộ, ngành liên quan: Tài chính, Công an và Y tế". The label names
the kind, the list its departments or ministries; before, only "các sở, ngành" was read, so the partners were one
vague collective and no department was a party. A list that names its bodies in full after such a label ("các sở,
ngành: Công an tỉnh, Sở Y tế") is read as written: "Công an" there is no department's domain. Every text here is
invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Bắc Kạn"
TOP = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN",
    "Số: 91/KH-UBND",
    "Bắc Kạn, ngày 11 tháng 8 năm 2026",
    "KẾ HOẠCH",
    "Chuyển đổi số trong quản lý hồ sơ đất đai năm 2027",
    "II. NHIỆM VỤ",
    "",
])
DEPARTMENTS = """\
1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành: Xây dựng, Nội vụ, Tư pháp số hóa hồ sơ địa
chính đang lưu trữ.
"""
MINISTRIES = """\
2. Các sở, ban, ngành: Tài chính, Khoa học và Công nghệ và Công Thương có trách nhiệm bố trí kinh phí kết nối cơ sở
dữ liệu đất đai.
"""
NAMED = """\
3. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành: Công an tỉnh, Sở Y tế xác minh nhân thân người
sử dụng đất.
"""
FARMING = "Sở Nông nghiệp và Môi trường"


def test_departments_listed_by_domain_after_the_label_are_each_a_partner_of_the_lead():
    facts = facts_of(TOP + DEPARTMENTS, drop_suffix=PLACE)
    assert holders(facts["leads"], "số hóa hồ sơ") == {FARMING}
    for partner in ("Sở Xây dựng", "Sở Nội vụ", "Sở Tư pháp"):
        assert frozenset((FARMING, partner)) in facts["pairs"]


def test_holders_listed_by_domain_after_the_label_each_hold_the_duty():
    facts = facts_of(TOP + MINISTRIES, drop_suffix=PLACE)
    assert {"Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Công Thương"} <= holders(facts["duties"], "bố trí kinh phí")


def test_bodies_named_in_full_after_the_label_are_no_domains():
    facts = facts_of(TOP + NAMED, drop_suffix=PLACE)
    partners = {x for pair in facts["pairs"] if FARMING in pair for x in pair} - {FARMING}
    assert "Sở Y tế" in partners and not any("Sở Công an" in x for x in partners)
