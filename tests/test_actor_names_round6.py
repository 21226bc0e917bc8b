"""Actors of issue 9, round 6: where a name ends after a proper name or an abbreviation, organs of other domains and
levels, descriptive and anaphoric actors, one actor written several ways. Sentences written from docs/GENRE.md, not
from the corpus; the round-6 probes (tests/data/genre/probe6/r6a-*, gold written before the builder ran on them) as
a whole."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def surfaces(text: str) -> list[str]:
    """The surfaces of the actor mentions of ``text``."""
    return [m.surface for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_lower_case_domain_read_does_not_open_a_second_one_at_a_verb():
    assert surfaces("Cục An toàn thông tin xây dựng Kho dữ liệu dùng chung của Bộ.")[:1] == ["Cục An toàn thông tin"]
    # one capitalised word and its domain still go on ("Cục Điều tra | chống buôn lậu")
    assert surfaces("Cục Điều tra chống buôn lậu thuộc Tổng cục Hải quan kiểm tra.")[:1] == ["Cục Điều tra chống buôn lậu"]


def test_no_lower_case_word_goes_on_a_proper_name_or_an_abbreviation():
    assert surfaces("Sở KH&CN gửi báo cáo về Bộ.") == ["Sở KH&CN"]
    assert surfaces("Báo và Phát thanh, Truyền hình Gia Lai mở chuyên mục tuyên truyền.") == [
        "Báo và Phát thanh, Truyền hình Gia Lai"]
    assert surfaces("Đảng bộ Báo và Phát thanh, Truyền hình Hà Tĩnh xây dựng kế hoạch học tập.") == [
        "Đảng bộ Báo và Phát thanh, Truyền hình Hà Tĩnh"]
    # a name inside the name is no proper name that ends it ("Bộ Quốc | phòng"), nor a level after a place
    assert surfaces("Thanh tra Bộ Quốc phòng kiểm tra.") == ["Thanh tra Bộ Quốc phòng"]
    assert surfaces("Ủy ban MTTQ Việt Nam xã phối hợp thực hiện.") == ["Ủy ban MTTQ Việt Nam xã"]
