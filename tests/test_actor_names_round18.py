"""Actors of issue 9, round 18: actors the builder missed on published text, by the form the text names them in.
Sentences invented from docs/GENRE.md and tests/data/real/GUIDELINES.md, worded unlike the documents that showed
the errors."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def built(text: str):
    return build_source(source_from_string(text))


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in built(text).mentions if m.category == "actor"]


def holders(text: str) -> set[str]:
    """The labels of the actors any statement of the built ``text`` names as its subject."""
    result = built(text)
    label = {m.iri: m.label for m in result.mentions if m.category == "actor"}
    return {label.get(iri, iri) for a in result.assertions for iri in a.subjects}


# ---------------------------------------------------------------- a council's groups of deputies named bare


DEPUTIES = [
    # a district council's resolution on schools: the closing article, the groups bare, the deputies at a level
    "Điều 3. Thường trực Hội đồng nhân dân huyện, các Ban của Hội đồng nhân dân huyện, các Tổ đại biểu và "
    "đại biểu Hội đồng nhân dân huyện theo dõi, giám sát việc triển khai Nghị quyết này.",
    # a city council's programme: the groups first, lower case, then the deputies with "các"
    "Các tổ đại biểu và các đại biểu Hội đồng nhân dân thành phố có trách nhiệm giám sát việc giải quyết kiến nghị của cử tri.",
]


@pytest.mark.parametrize("text", DEPUTIES)
def test_the_groups_of_deputies_named_bare_are_an_actor_and_the_deputies_act_with_them(text):
    names = holders(text)
    assert "Tổ đại biểu" in names
    assert "đại biểu Hội đồng nhân dân" in names


def test_the_groups_named_with_their_council_keep_its_name():
    # the head noun reads the whole name; the bare form's entry does not cut it
    labels = actor_labels("Các Tổ đại biểu Hội đồng nhân dân tỉnh báo cáo kết quả tiếp xúc cử tri.")
    assert labels == ["Tổ đại biểu Hội đồng nhân dân tỉnh"]


# ---------------------------------------------------------------- the police of the units and localities


POLICE = [
    # a ministry's circular on records: the police of every unit and locality hold a duty
    ("Công an các đơn vị, địa phương có trách nhiệm cập nhật dữ liệu cư trú.", "Công an các đơn vị, địa phương"),
    # a ministry's letter: the police of the localities are told to act by the Ministry of Public Security
    ("Đề nghị Bộ Công an chỉ đạo Công an các địa phương kiểm tra cơ sở kinh doanh pháo.", "Công an các địa phương"),
]


@pytest.mark.parametrize(("text", "name"), POLICE)
def test_the_police_of_the_units_and_localities_is_one_body(text, name):
    result = built(text)
    found = [m for m in result.mentions if m.category == "actor" and m.surface == name]
    assert found and found[0].label == "Công an các đơn vị, địa phương"
    # not the force as a whole and a locality
    assert not {"Công an nhân dân", "địa phương"} & set(actor_labels(text))


# ---------------------------------------------------------------- a header's place ends where the motto's column starts


def test_the_headers_place_ends_before_the_motto_a_tab_apart():
    # a department's report in a two-cell header: the province, a tab, the national motto (either spelling)
    for motto in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        text = (f"UBND TỈNH HÀ TĨNH\t{motto}\nSỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\n"
                "Sở Tài chính phối hợp với Sở Nội vụ rà soát biên chế năm 2027.\n")
        labels = actor_labels(text)
        assert "Sở Tài chính tỉnh Hà Tĩnh" in labels
        assert not any("Cộng" in label for label in labels)


def test_a_place_whose_name_ends_in_cong_keeps_it():
    from policykg.graph_builder.levels import header_locality
    from policykg.ontology import load_lexicon
    assert header_locality(source_from_string("UBND HUYỆN TÂN HÒA CỘNG\nPHÒNG NỘI VỤ\n"), load_lexicon()) \
        == ("huyện", "Tân Hòa Cộng")


# ---------------------------------------------------------------- a city's level word abbreviated bare


def test_a_bare_abbreviated_city_is_the_documents_city():
    # a news item on a city's flood plan: the city named once with its place, then "UBND TP." / "HĐND Tp" bare
    result = built("UBND TP Đà Nẵng vừa ban hành kế hoạch phòng, chống lụt bão.\n"
                   "Sở Xây dựng chủ trì, định kỳ báo cáo UBND TP. Các quận báo cáo HĐND Tp trước ngày 15.\n")
    iris = {m.surface: m.iri.rsplit("/", 1)[-1] for m in result.mentions if m.category == "actor"}
    assert iris["UBND TP"] == iris["UBND TP Đà Nẵng"] == "uy-ban-nhan-dan-thanh-pho-da-nang"
    assert iris["HĐND Tp"] == "hoi-dong-nhan-dan-thanh-pho-da-nang"


# ---------------------------------------------------------------- a level's bodies named with the list of its kinds


# the body's name as written, then the rest of an invented sentence; the level the vocabulary gives it
LEVEL_LISTS = {
    # a decree's closing article: the district kinds in another order, then whose units they are
    "Hội đồng nhân dân huyện, thị xã, quận và thành phố thuộc tỉnh| giám sát việc rà soát hồ sơ.": "cấp huyện",
    # a ministry's circular: the commune kinds, the last with "và"
    "UBND xã, phường, thị trấn và đặc khu| chỉ đạo việc lập danh sách.": "cấp xã",
    # a provincial level's tail alone
    "Ủy ban nhân dân tỉnh, thành phố thuộc Trung ương| gửi báo cáo về Bộ Nội vụ.": "cấp tỉnh",
}


@pytest.mark.parametrize("written", sorted(LEVEL_LISTS))
def test_a_levels_bodies_are_named_with_the_whole_list_of_its_kinds(written):
    surface, rest = written.split("|")
    found = {m.surface: m.label for m in built(surface + rest).mentions if m.category == "actor"}
    assert found.get(surface, "").endswith(LEVEL_LISTS[written])


def test_a_kind_before_a_place_name_or_in_capitals_ends_no_list():
    # "thành phố Vinh" is a place's name; a heading in capitals is left to the readers of headings
    found = [m.surface for m in built("Ủy ban nhân dân huyện, thành phố Vinh báo cáo Sở Tài chính.").mentions]
    assert "Ủy ban nhân dân huyện, thành phố Vinh" not in found and "Ủy ban nhân dân huyện, thành phố" not in found
    found = [m.surface for m in built("NHIỆM VỤ CỦA ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG, THỊ TRẤN\n1. Rà soát hồ sơ.\n").mentions]
    assert not any(s.endswith("THỊ TRẤN") for s in found)


# ---------------------------------------------------------------- a level's bodies with and without "cấp"


def test_a_levels_bodies_named_with_and_without_cap_are_one_node():
    # a ministry's circular (no locality of its own): the district command and the district police, both ways
    result = built("Ban Chỉ huy quân sự cấp huyện chủ trì diễn tập. Ban Chỉ huy quân sự huyện báo cáo kết quả.\n"
                   "Công an huyện phối hợp với Công an cấp huyện kiểm tra.\n")
    iris = {m.surface: m.iri for m in result.mentions if m.category == "actor"}
    assert iris["Ban Chỉ huy quân sự huyện"] == iris["Ban Chỉ huy quân sự cấp huyện"]
    assert iris["Công an huyện"] == iris["Công an cấp huyện"]


def test_a_place_after_the_level_is_another_body():
    result = built("Ban Chỉ huy quân sự cấp huyện chủ trì. Ban Chỉ huy quân sự huyện Mường Tè báo cáo.\n")
    iris = {m.surface: m.iri for m in result.mentions if m.category == "actor"}
    assert iris["Ban Chỉ huy quân sự huyện Mường Tè"] != iris["Ban Chỉ huy quân sự cấp huyện"]


# ---------------------------------------------------------------- a place written once after a joint list of bodies


def test_a_place_after_a_joint_list_is_the_standing_boards_too():
    # a district's joint resolution: the standing board named bare first, the place only after the last body
    text = ("Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam "
            "huyện Tam Nông thống nhất ban hành Quy chế phối hợp.\n")
    labels = {m.surface: m.label for m in built(text).mentions if m.category == "actor"}
    assert labels["Thường trực Hội đồng nhân dân"] == "Thường trực Hội đồng nhân dân huyện Tam Nông"
    assert labels["Ủy ban nhân dân"] == "Ủy ban nhân dân huyện Tam Nông"


# ---------------------------------------------------------------- a name's lower-case tail stops at the duty's verb


def test_a_tail_after_and_never_runs_over_the_duty_to_a_known_body():
    # a ministry's joint programme: the department's two-part domain, then its duty with a known partner
    labels = actor_labels("Cục Đối ngoại và hợp tác quốc tế phối hợp với Hội Liên hiệp Phụ nữ Việt Nam tổ chức "
                          "tập huấn.")
    assert "Cục Đối ngoại và hợp tác quốc tế" in labels
    assert not any("phối hợp" in label for label in labels)


# ---------------------------------------------------------------- "cùng cấp" after a list of bodies


def test_the_same_level_after_a_list_is_each_members():
    # a provincial programme: the district police work with three mass organisations "of the same level"
    result = built("Công an các huyện phối hợp với Hội Liên hiệp Phụ nữ, Hội Nông dân và Đoàn Thanh niên cùng cấp "
                   "tuyên truyền phòng, chống ma túy.\n")
    labels = {m.surface: m.label for m in result.mentions if m.category == "actor"}
    assert labels["Hội Liên hiệp Phụ nữ"] == "Hội Liên hiệp Phụ nữ cùng cấp"
    assert labels["Hội Nông dân"] == "Hội Nông dân cùng cấp"


def test_a_list_after_another_bodys_enumeration_takes_no_level_from_it():
    # a commune's report sent up to the provincial police "and" to the same level's bodies of the meeting: the
    # police is one more addressee, not the body whose level "cùng cấp" means
    result = built("Kết quả bầu chọn được báo cáo Công an tỉnh và Thường trực Hội đồng nhân dân, Ủy ban nhân dân "
                   "cùng cấp để theo dõi.\n")
    labels = {m.surface: m.label for m in result.mentions if m.category == "actor"}
    assert labels["Thường trực Hội đồng nhân dân"] == "Thường trực Hội đồng nhân dân cùng cấp"


# ---------------------------------------------------------------- the regional courts and procuracies as a class


def test_the_regional_courts_named_as_a_class_and_numbered():
    # a provincial guidance on legal aid: the regional courts as a class, then one of them by its number
    labels = actor_labels("Tòa án nhân dân khu vực thông báo cho Trung tâm trợ giúp pháp lý. Viện kiểm sát nhân dân "
                          "khu vực kiểm sát việc thông báo. Tòa án nhân dân khu vực 4 báo cáo Tòa án nhân dân tỉnh.")
    assert labels[:2] == ["Tòa án nhân dân khu vực", "Viện kiểm sát nhân dân khu vực"]
    assert "Tòa án nhân dân khu vực 4" in labels


# ---------------------------------------------------------------- one office of two bodies, written with a dash


@pytest.mark.parametrize("office", ["Văn phòng HĐND-UBND thị xã", "Văn phòng Hội đồng nhân dân – Ủy ban nhân dân thị xã"])
def test_an_office_of_council_and_committee_written_with_a_dash_is_one_body(office):
    # a town's plan: the joint office of the council and the committee, abbreviated and written out
    result = built(f"{office} tổng hợp kết quả, báo cáo Thường trực Thị ủy trước ngày 25 hằng tháng.\n")
    found = [m for m in result.mentions if m.category == "actor" and m.surface == office]
    assert found and "Ủy ban nhân dân" in found[0].label and "Hội đồng nhân dân" in found[0].label


# ---------------------------------------------------------------- "quốc phòng" is a noun; a "và" domain keeps its level


def test_defence_is_a_noun_inside_a_name():
    # a district's plan on military education: "quốc | phòng" is no verb "phòng" that ends the name
    labels = actor_labels("Trung tâm Giáo dục quốc phòng phối hợp với Ban Chỉ huy Quân sự huyện mở lớp bồi dưỡng.")
    assert "Trung tâm Giáo dục quốc phòng" in labels


def test_a_domain_joined_by_and_keeps_the_level_and_place_after_it():
    # a district's sports news: a centre whose domain has two parts, then its level and place
    labels = actor_labels("Trung tâm Văn hóa và thể thao huyện Đạ Huoai tổ chức giải chạy việt dã.")
    assert "Trung tâm Văn hóa và thể thao huyện Đạ Huoai" in labels
