"""A region's name before a colon and its places (round 30, invented texts): "các tỉnh Bắc Trung bộ: Thanh Hóa,
Nghệ An, Hà Tĩnh" lists provinces of a region, not ministries "Bộ Nghệ An" (``graph_builder.namelists``: "bộ" as the
second syllable of a region, ``cues.HEAD_COMPOUNDS``); "các Bộ: Tài chính, Tư pháp" still lists ministries."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def _labels(text: str) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_region_before_its_places_names_no_ministry():
    labels = _labels("Vùng trồng lúa chính là các tỉnh Bắc Trung bộ: Thanh Hóa, Nghệ An, Hà Tĩnh. Sở Nông nghiệp "
                     "chủ trì thống kê.")
    assert not any(label.startswith("Bộ ") for label in labels)
    assert _labels("Đề nghị các Bộ: Tài chính, Tư pháp, Nội vụ cho ý kiến.") == ["Bộ Tài chính", "Bộ Tư pháp", "Bộ Nội vụ"]
