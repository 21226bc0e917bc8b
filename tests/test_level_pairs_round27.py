"""One body named at several levels at once (issue 9, round 27, `actors27`): "Ủy ban nhân dân cấp tỉnh, cấp xã",
"Thường trực Hội đồng nhân dân cấp tỉnh và cấp xã" name the body at each level, each with the sentence's duty; no
body "... cấp tỉnh, cấp xã" of its own and no level left out. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders

HEAD = """BỘ NỘI VỤ
Số: 07/HD-BNV
Hà Nội, ngày 9 tháng 3 năm 2026

HƯỚNG DẪN
Tổ chức lấy ý kiến cử tri năm 2026

"""


def test_a_known_body_at_two_levels_is_two_bodies_with_the_duty():
    found = facts_of(HEAD + "1. Ủy ban nhân dân cấp tỉnh, cấp xã có trách nhiệm bố trí địa điểm tổ chức hội nghị.\n")
    assert holders(found["duties"], "bố trí địa điểm tổ chức hội nghị") == {
        "Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân cấp xã"}


def test_a_name_run_on_over_its_levels_is_ended_after_the_first():
    text = HEAD + ("1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh, cấp xã có trách nhiệm thông báo "
                   "danh sách người ứng cử.\n")
    actors = graph_actors(text)
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh" in actors
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã" in actors
    assert not any(label.endswith("cấp tỉnh, cấp xã") for label in actors)
    assert holders(facts_of(text)["duties"], "thông báo danh sách người ứng cử") == {
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã"}


def test_three_levels_joined_by_and_lead_a_task_with_their_partner():
    found = facts_of(HEAD + ("1. Thường trực Hội đồng nhân dân cấp tỉnh, cấp huyện và cấp xã chủ trì, phối hợp với "
                             "Sở Nội vụ tổng hợp ý kiến cử tri.\n"))
    leads = holders(found["leads"], "tổng hợp ý kiến cử tri")
    assert leads == {"Thường trực Hội đồng nhân dân cấp tỉnh", "Thường trực Hội đồng nhân dân cấp huyện",
                     "Thường trực Hội đồng nhân dân cấp xã"}
    assert frozenset(("Thường trực Hội đồng nhân dân cấp xã", "Sở Nội vụ")) in found["pairs"]


def test_a_level_word_that_opens_a_place_name_is_no_level_of_the_body():
    actors = graph_actors(HEAD + "1. Sở Y tế hướng dẫn Ủy ban nhân dân cấp tỉnh, xã Hòa Bình thực hiện.\n")
    assert "Ủy ban nhân dân cấp xã" not in actors


def test_a_body_at_one_level_stays_one_body():
    actors = graph_actors(HEAD + "1. Ủy ban nhân dân cấp tỉnh chỉ đạo các sở, ngành thực hiện.\n")
    assert "Ủy ban nhân dân cấp tỉnh" in actors
    assert not {"Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp huyện"} & actors
