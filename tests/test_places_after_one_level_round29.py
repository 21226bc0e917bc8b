"""Bodies of several places whose level is written once, before the list (round 29, `actors29`): "Tỉnh đoàn Hà
Giang, Sơn La và Nghệ An phối hợp ...", "phối hợp với tỉnh đoàn A, B và C", "Ủy ban nhân dân tỉnh A, B và C". The
kind holds the level ("Tỉnh đoàn", "Thành ủy") or a singular level stands before the first place; before, the name
ran over the first comma ("Tỉnh đoàn Hà Giang, Sơn La") and the place after "và" was lost. Each place's body is an
actor of its own and a party of the pair. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors

TOP = "\n\n".join([
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH",
    "Số: 88/KH-TWĐTN",
    "Hà Nội, ngày 12 tháng 8 năm 2026",
    "KẾ HOẠCH",
    "Truyền thông về giảm nghèo năm 2026",
    "III. TỔ CHỨC THỰC HIỆN",
    "",
])
PROVINCIAL_UNIONS = """\
1. Tỉnh đoàn Lai Châu, Điện Biên và Cao Bằng phối hợp với Ban Tuyên giáo Trung ương Đoàn tổ chức hội nghị tập huấn
cho cán bộ đoàn cơ sở.
"""
COMMITTEES = """\
2. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Ủy ban nhân dân tỉnh Hà Tĩnh, Quảng Bình và Quảng Trị
rà soát hộ nghèo trên địa bàn.
"""
TWO_BODIES = """\
3. Ủy ban nhân dân tỉnh Hà Tĩnh, Sở Tài chính và Sở Nội vụ bố trí kinh phí thực hiện.
"""


def test_each_union_of_a_province_listed_after_one_kind_is_an_actor_and_a_party():
    facts = facts_of(TOP + PROVINCIAL_UNIONS)
    unions = {"Tỉnh đoàn Lai Châu", "Tỉnh đoàn Điện Biên", "Tỉnh đoàn Cao Bằng"}
    assert unions <= graph_actors(TOP + PROVINCIAL_UNIONS)
    for union in unions:
        assert frozenset((union, "Ban Tuyên giáo Trung ương Đoàn")) in facts["pairs"]
    assert not any("," in a for pair in facts["pairs"] for a in pair)


def test_each_committee_of_a_province_listed_after_one_level_cooperates_with_the_lead():
    facts = facts_of(TOP + COMMITTEES + TWO_BODIES)
    lead = "Sở Lao động - Thương binh và Xã hội"
    for place in ("Hà Tĩnh", "Quảng Bình", "Quảng Trị"):
        assert any(lead in pair and any(a.endswith("tỉnh " + place) and a.startswith("Ủy ban nhân dân")
                                        for a in pair) for pair in facts["pairs"]), place
    # a body named after the first place is a body of its own, not a place ("UBND tỉnh Hà Tĩnh, Sở Tài chính ...")
    actors = graph_actors(TOP + COMMITTEES + TWO_BODIES)
    assert {"Sở Tài chính", "Sở Nội vụ"} <= actors
    assert not any(a.endswith("tỉnh Sở Tài chính") or a.endswith("tỉnh Sở Nội vụ") for a in actors)
