"""The People's Committees of the localities named together (round 30, invented texts): "Ủy ban nhân dân các địa
phương", "UBND các địa phương" are the vocabulary's "Ủy ban nhân dân các cấp" (an alias of ``ontology/actors.ttl``),
read whole, not a bare "Ủy ban nhân dân" and the word "các" left over."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def test_committees_of_the_localities():
    lexicon = load_lexicon()
    text = "Giao các sở, ngành và Ủy ban nhân dân các địa phương rà soát các dự án chậm tiến độ."
    src = source_from_string(text)
    found = [m for m in find_mentions(src, [], lexicon) if m.category == "actor" and m.label.startswith("Ủy ban")]
    assert [(m.label, src.text[m.span.start:m.span.end]) for m in found] == \
        [("Ủy ban nhân dân các cấp", "Ủy ban nhân dân các địa phương")]
    assert lexicon.lookup("UBND các địa phương").label_vi == "Ủy ban nhân dân các cấp"
