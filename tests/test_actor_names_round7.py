"""Actors of issue 9, round 7: a name never runs on into a contact field of a header or a signature stamp
("Địa chỉ:", "Email:", "Điện thoại:", "Fax:"). Sentences written from docs/GENRE.md, not from the corpus."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def surfaces(text: str) -> list[str]:
    """The surfaces of the actor mentions of ``text``."""
    return [m.surface for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_name_ends_before_the_contact_line_under_it():
    assert surfaces("Nơi gửi: Tổng cục Thuế\nĐịa chỉ: 9 Phố Mới, Hà Nội") == ["Tổng cục Thuế"]


def test_a_name_ends_before_a_contact_field_after_a_comma():
    found = surfaces("Mọi vướng mắc gửi về Phòng Kinh tế, Hạ tầng và Đô thị, Email: pkt@example.vn, số ĐT: 0203 111.")
    assert found == ["Phòng Kinh tế, Hạ tầng và Đô thị"]


def test_words_that_only_look_like_a_field_stay_in_the_name():
    assert surfaces("Trung tâm Địa chỉ số quốc gia tổ chức tập huấn.")[:1] == ["Trung tâm Địa chỉ số quốc gia"]
