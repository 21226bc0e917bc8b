"""Bodies of several places of one level named once with the level in the singular (round 29, `pairs29`): "Ủy ban nhân
dân huyện A, B và C", "Tỉnh đoàn A, B và C", "phối hợp với tỉnh đoàn A, B và C": one actor per place, each a party of
the pair and a holder of the duty, as in the plural form "UBND các huyện A, B và C" (placelists). A list that is not
closed by "và", or whose last item is a body of its own, is left as it was. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders

HEAD = """TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH
Số: 15-KH/TWĐTN
Hà Nội, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Tổ chức tập huấn cán bộ làm công tác tuyên truyền năm 2026

II. NHIỆM VỤ
"""

BODY = """\
1. Ban Tuyên giáo Trung ương Đoàn chủ trì, phối hợp với tỉnh đoàn Lai Châu, Yên Bái và Quảng Trị tổ chức hai lớp tập huấn.
2. Tỉnh đoàn Lai Châu, Yên Bái và Quảng Trị cử cán bộ tham dự lớp tập huấn.
3. Ủy ban nhân dân huyện Mường Tè, Sìn Hồ và Phong Thổ phối hợp với Ban Tuyên giáo Trung ương Đoàn bố trí hội trường.
"""


def test_each_place_of_a_list_after_a_level_head_is_a_partner_of_the_lead():
    pairs = facts_of(HEAD + BODY)["pairs"]
    for place in ("Lai Châu", "Yên Bái", "Quảng Trị"):
        assert frozenset(("Ban Tuyên giáo Trung ương Đoàn", f"Tỉnh đoàn {place}")) in pairs


def test_each_place_holds_the_duty_its_list_is_given():
    duties = facts_of(HEAD + BODY)["duties"]
    assert {"Tỉnh đoàn Lai Châu", "Tỉnh đoàn Yên Bái", "Tỉnh đoàn Quảng Trị"} <= holders(duties, "cử cán bộ tham dự")
    assert {"Ủy ban nhân dân huyện Mường Tè", "Ủy ban nhân dân huyện Sìn Hồ", "Ủy ban nhân dân huyện Phong Thổ"} \
        <= holders(duties, "bố trí hội trường")


def test_no_fused_actor_of_two_places_is_left():
    actors = graph_actors(HEAD + BODY)
    assert {"Tỉnh đoàn Lai Châu", "Tỉnh đoàn Yên Bái", "Tỉnh đoàn Quảng Trị"} <= actors
    assert not any("," in name and ("Lai Châu" in name or "Mường Tè" in name) for name in actors)

def test_a_list_that_ends_with_a_body_of_its_own_keeps_that_body():
    actors = graph_actors(HEAD + BODY + "4. Ủy ban nhân dân huyện Nậm Nhùn, Tam Đường và Sở Y tế tổ chức tập huấn.\n")
    assert {"Sở Y tế", "Tỉnh đoàn Yên Bái"} <= actors   # Tỉnh đoàn Yên Bái: the list above, read as places
    assert not any(name.startswith("Sở Y") and name != "Sở Y tế" for name in actors)
