"""A head noun and "quốc gia" in lower case is the body of that kind at the national level (round 31, invented
texts): "Ban Chỉ đạo quốc gia", "Hội đồng quốc gia" are names (``graph_builder.nationalheads``, in the name scan's
opening after the head), ended there as a level ends a name; before "về" the scan reads as it did."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

LEX = load_lexicon()


def _labels(text: str) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], LEX) if m.category == "actor"]


def test_a_steering_committee_at_the_national_level_is_a_name():
    labels = _labels("Sở Y tế tổ chức thực hiện theo chỉ đạo của Ban Chỉ đạo quốc gia, hướng dẫn của Bộ Y tế.")
    assert "Ban Chỉ đạo quốc gia" in labels and "Bộ Y tế" in labels


def test_the_national_body_ends_before_a_list_and_a_lower_case_field():
    labels = _labels("Thực hiện nghiêm các văn bản của Hội đồng quốc gia, các Hội đồng địa phương.")
    assert "Hội đồng quốc gia" in labels
    labels = _labels("Đề nghị Ban chỉ đạo quốc gia phòng chống thiên tai chỉ đạo các tỉnh ven biển.")
    assert "Ban chỉ đạo quốc gia" in labels
    assert "Ủy ban quốc gia" not in _labels("Ủy ban quốc gia về người cao tuổi Việt Nam tổ chức hội nghị.")
