"""A short name a document gives a whole list (round 32, invented text): "Cơ quan điều tra của Công an nhân dân, Cơ
quan điều tra trong Quân đội nhân dân (sau đây viết tắt là Cơ quan điều tra)". Each item of the list opens with the
short name, so the short name names them all: a body of its own as written. Until round 32 it took the identity of
the list's last item, so every later "Cơ quan điều tra" (and its duties) was read as the Army's investigation body."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

TEXT = ("Điều 2. Đối tượng áp dụng\n"
        "1. Cơ quan điều tra của Công an nhân dân, Cơ quan điều tra trong Quân đội nhân dân (sau đây viết tắt là "
        "Cơ quan điều tra);\n"
        "2. Toà án nhân dân, Toà án quân sự các cấp (sau đây viết tắt là Toà án).\n"
        "Điều 3. Trách nhiệm thi hành\n"
        "Cơ quan điều tra có trách nhiệm thông báo truy nã. Toà án có trách nhiệm xét xử vắng mặt bị cáo.\n")


def _actors(text: str):
    return [m for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_short_name_of_a_list_is_a_body_of_its_own():
    later = [m for m in _actors(TEXT) if m.span.start > TEXT.index("Điều 3")]
    assert [m.label for m in later] == ["Cơ quan điều tra", "Tòa án"]


def test_short_name_of_a_list_is_not_the_last_item():
    actors = _actors(TEXT)
    last_items = {m.iri for m in actors if m.label in ("Tòa án quân sự các cấp",)}
    assert last_items, [m.label for m in actors]
    later = [m for m in actors if m.span.start > TEXT.index("Điều 3")]
    assert not last_items & {m.iri for m in later}


def test_short_name_of_one_name_still_takes_its_identity():
    text = ("Thành lập Tổ công tác rà soát thủ tục hành chính về đất đai (sau đây gọi tắt là Tổ công tác). "
            "Tổ công tác chủ trì, phối hợp với Sở Tư pháp.")
    labels = [m.label for m in _actors(text)]
    assert labels[:2] == ["Tổ công tác rà soát thủ tục hành chính về đất đai"] * 2
