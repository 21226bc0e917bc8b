"""A name whose lower-case tail after a comma ends before the next item of a list, a plural "các" (round 30, invented
texts): "Ban Quản lý Khu du lịch, nghỉ dưỡng, các ngành liên quan ..." names the board of the tourist and resort
zone, not a "Ban Quản lý Khu du lịch" (``graph_builder.lowertails.lowercase_tail``)."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def test_the_tail_runs_to_the_next_plural_item():
    text = "Giao Sở Tư pháp, Ban Quản lý Khu du lịch, nghỉ dưỡng, các ngành liên quan rà soát các dự án."
    labels = [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]
    assert "Ban Quản lý Khu du lịch, nghỉ dưỡng" in labels
