"""Actors of issue 9, round 5: where a name ends in the forms of coordination (a list of partners after a name of a
domain and a place, the places of a plural level, the units of a body in each region) and what a name does not
swallow. Sentences written from docs/GENRE.md, not from the corpus; the round-5 probes
(tests/data/genre/probe5/r5p-*, gold written before the builder ran on them) as a whole."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def surfaces(text: str) -> list[str]:
    """The surfaces of the actor mentions of ``text``."""
    return [m.surface for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_name_of_a_domain_and_a_place_ends_before_the_next_partner():
    assert surfaces("Công an xã; Ban quản lý rừng phòng hộ Mường Lát và các thôn có rừng phối hợp thực hiện.")[:2] == [
        "Công an xã", "Ban quản lý rừng phòng hộ Mường Lát"]


def test_the_places_of_a_plural_level_are_one_name():
    assert surfaces("Ủy ban nhân dân các xã Nghi Yên, Nghi Tiến chịu trách nhiệm về tiến độ.") == [
        "Ủy ban nhân dân các xã Nghi Yên, Nghi Tiến"]
    assert surfaces("Công an các huyện Bát Xát, Sa Pa và Bảo Thắng kiểm tra.") == [
        "Công an các huyện Bát Xát, Sa Pa và Bảo Thắng"]
    # one commune and another body: two names
    assert surfaces("Ủy ban nhân dân xã Nghi Yên, Sở Xây dựng kiểm tra.") == ["Ủy ban nhân dân xã Nghi Yên", "Sở Xây dựng"]


def test_the_units_of_a_body_in_each_region_keep_their_region():
    assert surfaces("Trung tâm Y tế các khu vực, Phòng Giáo dục và Đào tạo các khu vực trong rà soát danh sách.") == [
        "Trung tâm Y tế các khu vực", "Phòng Giáo dục và Đào tạo các khu vực"]
    assert surfaces("Trung tâm Y tế các khu vực kiểm tra.") == ["Trung tâm Y tế các khu vực"]
    assert surfaces("Sở Tài chính kiểm tra các khu vực biên giới.") == ["Sở Tài chính"]   # where, not who
