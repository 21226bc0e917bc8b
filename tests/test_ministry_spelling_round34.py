"""The labour ministry's name written without its dash (round 34, invented texts): "Lao động Thương binh và Xã hội"
is a spelling of the ministry's domain the ontology lists (``ontology/actors.ttl``), so a list of departments by
domain ("Giám đốc các Sở: Lao động Thương binh và Xã hội, Tài chính") names each department. Both tests fail
without the ontology's label (the list was read as no department at all)."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

LEX = load_lexicon()


def test_the_ministry_written_without_its_dash_is_the_ministry():
    entry = LEX.lookup("Bộ Lao động Thương binh và Xã hội")
    assert entry is not None and entry.iri == LEX.lookup("Bộ Lao động - Thương binh và Xã hội").iri


def test_a_list_of_departments_with_that_domain_names_each_department():
    text = "Giám đốc các Sở: Lao động Thương binh và Xã hội, Tài chính, Xây dựng chịu trách nhiệm thi hành Quyết định."
    labels = [m.label for m in find_mentions(source_from_string(text), [], LEX) if m.category == "actor"]
    assert {"Sở Tài chính", "Sở Xây dựng"} <= set(labels)
    assert any(label.startswith("Sở Lao động") for label in labels)
