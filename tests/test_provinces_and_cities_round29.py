"""Bodies of provinces and centrally governed cities listed after one plural level (round 29, `gaz29`): "Công an
các tỉnh, thành phố: Thanh Hóa, Đà Nẵng, Cần Thơ ...", "Sở Y tế các tỉnh, thành phố Lâm Đồng, Hà Nội và Huế". The
level of each place is not written: the ontology knows which places are cities (pkg:levelCityName on the provincial
level), so each place's body takes its own word, "Công an thành phố Đà Nẵng" but "Công an tỉnh Thanh Hóa". Before,
the list was one body "Công an các tỉnh, thành phố" and the places were lost. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors

TOP = "\n\n".join([
    "BỘ Y TẾ",
    "Số: 41/CĐ-BYT",
    "Hà Nội, ngày 3 tháng 9 năm 2026",
    "CÔNG ĐIỆN",
    "Về việc ứng phó với mưa lũ",
    "",
])
POLICE = """\
Công an các tỉnh, thành phố: Thanh Hóa, Cần Thơ, Quảng Trị, Đà Nẵng khẩn trương rà soát các khu vực nguy hiểm.
"""
HEALTH = """\
Sở Y tế các tỉnh, thành phố Lâm Đồng, Hà Nội và Huế bố trí đủ thuốc men tại các điểm sơ tán.
"""
ALL_PROVINCES = """\
Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các lực lượng sẵn sàng ứng cứu.
"""


def test_each_place_of_a_list_of_provinces_and_cities_takes_its_own_level_word():
    actors = graph_actors(TOP + POLICE + HEALTH)
    assert {"Công an tỉnh Thanh Hóa", "Công an thành phố Đà Nẵng", "Công an tỉnh Quảng Trị",
            "Công an thành phố Cần Thơ"} <= actors
    assert {"Sở Y tế tỉnh Lâm Đồng", "Sở Y tế thành phố Hà Nội", "Sở Y tế thành phố Huế"} <= actors
    assert not any("các tỉnh" in a or "tỉnh Đà Nẵng" in a or "tỉnh Hà Nội" in a for a in actors)


def test_each_body_of_the_list_holds_the_duty():
    duties = facts_of(TOP + POLICE)["duties"]
    for body in ("Công an tỉnh Thanh Hóa", "Công an thành phố Đà Nẵng", "Công an thành phố Cần Thơ"):
        assert any(actor == body and "rà soát các khu vực nguy hiểm" in task for actor, task in duties), body


def test_provinces_and_cities_without_a_list_stay_one_body():
    actors = graph_actors(TOP + ALL_PROVINCES)
    assert not any(a.startswith("Ủy ban nhân dân tỉnh") or a.startswith("Ủy ban nhân dân thành phố") for a in actors)
