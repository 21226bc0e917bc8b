"""Actors of issue 9, round 15: names the builder missed on published text. Sentences invented from docs/GENRE.md and
tests/data/real/GUIDELINES.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


# ---------------------------------------------------------------- convention 7: a level with "các" and its places


def test_a_level_with_cac_and_a_list_of_places_names_one_body_per_place():
    # a district's flood-season plan: the communes' committees named once for three communes
    text = "Giao Ủy ban nhân dân các xã Hòa Bình, Tân Lập và Sơn Thủy chủ động di dời các hộ dân vùng trũng."
    assert actor_labels(text) == ["Ủy ban nhân dân xã Hòa Bình", "Ủy ban nhân dân xã Tân Lập",
                                  "Ủy ban nhân dân xã Sơn Thủy"]
    # an unknown body of a level named for two provinces
    labels = actor_labels("Đề nghị Công an các tỉnh Lạng Sơn, Cao Bằng tăng cường tuần tra biên giới.")
    assert labels == ["Công an tỉnh Lạng Sơn", "Công an tỉnh Cao Bằng"]


def test_a_level_with_cac_and_no_list_of_places_stays_one_actor():
    # no place after the level, or one place only: the plural is the level's collective, as before
    assert actor_labels("Ủy ban nhân dân các xã rà soát danh sách hộ nghèo.") == ["Ủy ban nhân dân cấp xã"]
    assert len(actor_labels("Ủy ban nhân dân các phường Bình An tổ chức đối thoại.")) == 1

def test_the_colon_of_a_list_of_places_after_a_plural_level():
    # a provincial directive on forest fires: "các huyện:" and its districts
    text = "Ủy ban nhân dân các huyện: Krông Nô, Đắk Mil tổ chức trực cháy rừng 24/24 giờ."
    assert actor_labels(text) == ["Ủy ban nhân dân huyện Krông Nô", "Ủy ban nhân dân huyện Đắk Mil"]


# ---------------------------------------------------------------- a head noun's abbreviation and a one-word head's units


def test_the_social_insurance_abbreviation_heads_a_local_body():
    # the ontology's head noun "BHXH" (core.ttl, StateBody): "BHXH huyện", "BHXH các quận, huyện" are local bodies
    labels = actor_labels("Giao BHXH huyện Krông Pắc rà soát danh sách người tham gia bảo hiểm.")
    assert labels[0] == "Bảo hiểm xã hội huyện Krông Pắc"
    labels = actor_labels("BHXH các quận, huyện đối chiếu số liệu với Sở Lao động - Thương binh và Xã hội.")
    assert labels[0] == "Bảo hiểm xã hội các quận, huyện"


def test_a_one_word_head_with_a_plural_level_names_its_units_there():
    assert actor_labels("Thuế các tỉnh, thành phố rà soát hồ sơ hoàn thuế.")[0] == "Thuế các tỉnh, thành phố"
    # "các" before a word that is no level still ends a one-word head: no name
    assert actor_labels("Thuế các loại được miễn.") == []


def test_a_code_of_a_number_broken_at_a_dash_is_no_actor():
    # "Mẫu số 02/QLĐĐ- BHXH-TC": the number's codes, written apart after a dash (OCR, a line break)
    assert actor_labels("Lập biểu theo Mẫu số 02/QLĐĐ- BHXH-TC ban hành kèm theo hướng dẫn.") == []
    assert actor_labels("Thực hiện theo Quy chế 12/QCPH-\nBHXH-TC về chia sẻ dữ liệu.") == []


def test_the_district_youth_union_is_known_and_takes_its_place():
    # "Huyện đoàn" (actors.ttl: the district's Youth Union committee), alone or with its district's name
    labels = actor_labels("Đề nghị Hội Nông dân huyện, Huyện đoàn vận động thanh niên tham gia hiến máu.")
    assert labels == ["Hội Nông dân huyện", "huyện đoàn, quận đoàn"]
    assert actor_labels("Quận đoàn Ninh Kiều phối hợp với Hội Sinh viên thành phố tổ chức ngày hội.")[0] \
        == "Quận đoàn Ninh Kiều"


def test_a_district_youth_union_takes_the_place_of_the_district_after_its_name():
    # a district's document: "Huyện đoàn" is the committee of the level, named "Huyện đoàn <place>" (as "Huyện ủy")
    text = ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CƯ JÚT                       "
            "Độc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\nTổ chức ngày hội hiến máu\n\n"
            "Trung tâm Y tế huyện chủ trì, phối hợp với Huyện đoàn tổ chức ngày hội hiến máu.\n")
    assert "Huyện đoàn Cư Jút" in actor_labels(text)


def actor_iris(text: str) -> dict[str, str]:
    """The IRI of each actor mention's surface of the built ``text``."""
    return {m.surface: m.iri for m in build_source(source_from_string(text)).mentions if m.category == "actor"}


def test_the_youth_union_committee_of_a_level_is_the_union_the_header_names_there():
    # a joint plan of a province's Party board and Youth Union: "Tỉnh đoàn" in the body is the header's union
    text = ("TỈNH ỦY QUẢNG BÌNH        BCH ĐOÀN TNCS HỒ CHÍ MINH      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "                          TỈNH QUẢNG BÌNH                 Độc lập - Tự do - Hạnh phúc\n\n"
            "KẾ HOẠCH LIÊN TỊCH\nVề tuyên truyền biển đảo\n\n"
            "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Tỉnh đoàn tổ chức cuộc thi tìm hiểu biển đảo.\n")
    iris = actor_iris(text)
    assert iris["Tỉnh đoàn"] == iris["BCH ĐOÀN TNCS HỒ CHÍ MINH"]
    # a district's union is not the province's
    other = text.replace("Tỉnh đoàn", "Huyện đoàn Lệ Thủy")
    assert actor_iris(other)["Huyện đoàn Lệ Thủy"] != actor_iris(other)["BCH ĐOÀN TNCS HỒ CHÍ MINH"]
