"""A worker reads what it has just emitted from the emitter's own records (policykg.graph_builder.terms.Emitter.
triples), not by parsing its N-Quads again, for its three readers -- the counts and actors of the manifest, the actor
view's facts, the summary's part -- and gets what each reading the whole N-Quads document gets, also when a literal
holds a character that str.splitlines takes for a line end."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from policykg.core.iris import ONTOLOGY_IRI
from policykg.corpus import outcome
from policykg.graph_builder.pipeline import build_source, emit_result_graph, emit_result_nquads, source_from_string
from policykg.queries.summaryparts import document_part, triples_part
from policykg.visualize.facts import FACT_PREDICATES, actor_view_facts, facts_from_nquads, facts_from_quads

TEXT = ("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác phổ biến pháp luật\n"
        "1. Sở Tư pháp chủ trì, phối hợp với Công an tỉnh và Sở Giáo dục và Đào tạo tuyên truyền pháp luật{sep}"
        "cho học sinh.\n2. Giao Ủy ban nhân dân các huyện bố trí kinh phí thực hiện.\n"
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp giữa Sở Tư pháp với Đoàn Thanh niên.\n")


def _plain(quad: ox.Quad) -> tuple:
    o = quad.object
    return quad.subject.value, quad.predicate.value, o.value if isinstance(o, ox.NamedNode) else o


@pytest.mark.parametrize("sep", [" ", "\u2028", "\x85", "\u2028x\u2028"])   # the last: a piece without a space
def test_the_emitters_records_give_what_each_reader_of_the_nquads_gets(sep):
    result = build_source(source_from_string(TEXT.format(sep=sep)))
    graph = emit_result_graph(result)
    data = graph.nquads()
    assert data == emit_result_nquads(result)
    triples = list(graph.triples())
    assert set(triples) == {_plain(q) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)}
    counts, actors = outcome._graph_counts(result, graph, triples, data)
    assert (counts, actors) == outcome._count(result, data)
    assert counts["tasks"] >= 2 and counts["coordination_duties"] >= 1 and len(actors) >= 3
    g = graph.graph.value
    facts = facts_from_quads((g, s, p, o) for s, p, o in triples if p in FACT_PREDICATES)
    assert actor_view_facts(facts).to_json() == outcome.view_facts(data).to_json()
    assert facts == facts_from_nquads(data, ONTOLOGY_IRI)
    assert triples_part(triples) == document_part(data)


def test_a_built_outcome_carries_the_same_cache_files():
    text = TEXT.format(sep=" ")
    made = outcome.build_outcome("plan.txt", "plan", source=source_from_string(text))
    assert made.ok
    assert made.view == outcome.view_facts(made.nquads).to_json()
    assert made.summary == document_part(made.nquads, key=made.key)
    assert (made.counts, made.actors) == outcome._count(build_source(source_from_string(text)), made.nquads)


def test_a_blank_subjects_quote_is_read_and_nothing_else_of_it():
    data = (b'_:e <https://w3id.org/policykg/ontology#quote> "q"@vi <urn:g> .\n'
            b'_:e <https://w3id.org/policykg/ontology#text> "t"@vi <urn:g> .\n'
            b'<urn:a> <https://w3id.org/policykg/ontology#hasEvidence> _:e <urn:g> .\n')
    facts = facts_from_nquads(data)
    assert facts.values == {} and facts.evidence == {("urn:g", "urn:a", "q", "", -1)}
