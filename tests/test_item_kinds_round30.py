"""A unit's name in a semicolon list whose lower-case domain holds a kind of body after a comma (round 30, invented
texts): "...; Cục Quản lý trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng; ..." is one unit, its name run
to the semicolon, not a unit cut at the comma and a generic "cơ sở giáo dục" (``graph_builder.semicolonitems``); an
item that names bodies in the plural ("Cục Y tế, các cơ sở y tế liên quan;") keeps them apart."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def _labels(text: str) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_kind_of_body_inside_an_items_domain():
    labels = _labels("Giao các đơn vị Cục Hậu cần; Cục Quản lý trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo "
                     "dưỡng; Cục Y tế sẵn sàng lực lượng.")
    assert "Cục Quản lý trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng" in labels
    assert "cơ sở giáo dục" not in labels
    assert "cơ sở y tế" in _labels("Giao các đơn vị Cục Hậu cần; Cục Y tế, các cơ sở y tế liên quan; Cục Quản lý "
                                   "xây dựng sẵn sàng lực lượng.")
