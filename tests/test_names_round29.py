"""Round 29 (names29): "TP." / "Tp." / "Thành phố" written before a place in a list of provinces and cities ("Công an
các tỉnh, thành phố: Hà Nội, TP. Hồ Chí Minh, Cần Thơ") names that city's body like the other places; and the central
mass organisations the ontology now names (Hội Sinh viên Việt Nam, Hội Liên hiệp Thanh niên Việt Nam) are known
actors, their central board over them in a header their central committee."""

from __future__ import annotations

import pytest

from policykg.core.textnorm import match_key
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _actors(text: str, lexicon) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], lexicon) if m.category == "actor"]


@pytest.mark.parametrize("text, bodies", [
    ("Công an các tỉnh, thành phố: Hà Nội, TP. Hồ Chí Minh, Nghệ An khẩn trương rà soát.",
     ["Công an thành phố Hà Nội", "Công an thành phố Hồ Chí Minh", "Công an tỉnh Nghệ An"]),
    ("UBND các tỉnh, thành phố: Long An, Đà Nẵng, TP Hồ Chí Minh báo cáo kết quả.",
     ["Ủy ban nhân dân tỉnh Long An", "Ủy ban nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân thành phố Hồ Chí Minh"]),
    ("Sở Y tế các tỉnh, thành phố Bình Dương, Tp. Cần Thơ và Thành phố Hồ Chí Minh phối hợp thực hiện.",
     ["Sở Y tế tỉnh Bình Dương", "Sở Y tế thành phố Cần Thơ", "Sở Y tế thành phố Hồ Chí Minh"]),
])
def test_a_city_written_with_tp_in_a_list_of_provinces_names_its_body(text, bodies, lexicon):
    assert _actors(text, lexicon) == bodies


@pytest.mark.parametrize("name, iri", [
    ("Hội Sinh viên Việt Nam", "hoi-sinh-vien-viet-nam"),
    ("Trung ương Hội Sinh viên Việt Nam", "hoi-sinh-vien-viet-nam"),
    ("Hội Liên hiệp Thanh niên Việt Nam", "hoi-lien-hiep-thanh-nien-viet-nam"),
    ("Hội LHTN Việt Nam", "hoi-lien-hiep-thanh-nien-viet-nam"),
])
def test_the_central_mass_organisations_are_known_actors(name, iri, lexicon):
    found = [m for m in find_mentions(source_from_string(f"{name} chủ trì tổ chức tuyên truyền."), [], lexicon)
             if m.category == "actor"]
    assert [(m.iri.rsplit("/", 1)[-1], m.known) for m in found] == [(iri, True)]
    assert lexicon.get(found[0].iri).kind == "MassOrganization"


def test_the_central_board_over_the_students_union_is_its_central_committee(lexicon):
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nHỘI SINH VIÊN VIỆT NAM\n\nSố: 31-CV/TWHSV\n\nHà Nội, ngày 4 tháng 5 năm 2026\n\n"
            "Kính gửi: Ban Thư ký Hội Sinh viên các tỉnh, thành phố\n\n"
            "Các cơ sở Hội chủ động tổ chức hoạt động tình nguyện.\n")
    assert [match_key(r.label) for r in extract_document_info(source_from_string(text), lexicon).issuers] == \
        [match_key("Ban Chấp hành Trung ương Hội Sinh viên Việt Nam")]
