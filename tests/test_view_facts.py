"""The facts the views read (policykg/visualize/facts.py): read from one document's N-Quads they are the facts read
from a store of that document by SPARQL; merged over documents, the facts of a store of them all; the actor view
drawn from each document's pruned facts is the page drawn from the store; the page written a piece at a time is
the page rendered whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusfixture import generated_texts
from policykg.corpus.outcome import build_outcome, view_facts
from policykg.queries.store import GraphStore
from policykg.visualize.facts import GraphFacts, facts_from_nquads, merge_facts
from policykg.visualize.graphdata import read_facts
from policykg.visualize.page import render_page
from policykg.visualize.actorview import write_actor_view
from policykg.visualize.views import build_view, write_view

ROOT = Path(__file__).resolve().parent.parent
GENRE = sorted((ROOT / "tests" / "data" / "genre" / "tune").glob("*.txt"))[:4]


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> list[bytes]:
    """N-Quads of a few generated documents (some name the same actors and cite each other) and genre texts."""
    texts = generated_texts(tmp_path_factory.mktemp("facts"), 8) + [str(p) for p in GENRE]
    outcomes = [build_outcome(path, None) for path in texts]
    assert all(o.ok for o in outcomes)
    return [o.nquads for o in outcomes]


def _store(nquads: list[bytes]) -> GraphStore:
    store = GraphStore()
    store.load_ontology()   # left out by both readers
    store.load_nquads(b"".join(nquads))
    return store


def test_one_documents_facts_read_from_its_nquads_are_those_read_from_a_store(documents):
    for nquads in documents:
        assert facts_from_nquads(nquads) == read_facts(_store([nquads]))


def test_facts_merged_over_documents_are_those_of_a_store_of_them_all(documents):
    merged = merge_facts(reversed([facts_from_nquads(n) for n in documents]))
    assert merged == read_facts(_store(documents))
    assert merged.links and merged.evidence and merged.duties


def test_the_actor_view_from_pruned_facts_is_the_page_of_the_store(documents, tmp_path):
    store = _store(documents)
    write_view(store, "actors", tmp_path / "store.html")
    names: dict[str, str] = {}
    parts = [GraphFacts.from_json(view_facts(n).to_json(), names) for n in documents]
    assert sum(len(p.evidence) for p in parts) < len(read_facts(store).evidence)   # the pruning keeps less
    write_actor_view(parts, tmp_path / "facts.html")
    assert (tmp_path / "facts.html").read_bytes() == (tmp_path / "store.html").read_bytes()
    graph, data, _ = build_view(store, "actors")   # and the page rendered as one string is the same page
    page = render_page(graph, data, view="actors", document=None, lang="vi")
    assert page.encode("utf-8") == (tmp_path / "store.html").read_bytes()


def test_a_large_view_from_the_facts_is_the_page_and_details_of_the_store(documents, tmp_path, monkeypatch):
    """Drawn as a large view (details in files beside the page), from each document's facts in two passes and from
    the store at once: the same page, the same details files."""
    import policykg.visualize.page as page_module
    from policykg.visualize.details import details_dir

    monkeypatch.setattr(page_module, "DETAILS_APART_ABOVE", 0)
    store = _store(documents)
    write_view(store, "actors", tmp_path / "store" / "graph.html")
    parts = [GraphFacts.from_json(view_facts(n).to_json()) for n in documents]
    write_actor_view(lambda: iter(parts), tmp_path / "facts" / "graph.html")
    assert (tmp_path / "facts" / "graph.html").read_bytes() == (tmp_path / "store" / "graph.html").read_bytes()
    files = {side: {f.name: f.read_bytes() for f in details_dir(tmp_path / side / "graph.html").iterdir()}
             for side in ("store", "facts")}
    assert len(files["store"]) > 1 and files["facts"] == files["store"]
    assert any("phối hợp".encode() in v for v in files["store"].values())   # the duties' words are in the files


def test_the_first_pass_keeps_totals_not_statements_and_they_are_the_merged_facts(documents):
    """The network is drawn from running totals over the documents (each edge's count, per document, and its
    documents; each actor's number of duties) and from the nodes other than statements: those totals are what the
    merged facts of every document give."""
    from policykg.visualize.actorview import _merged_nodes, _tally, light_facts
    from policykg.visualize.graphdata import policy_graph
    from policykg.visualize.kinds import STATEMENT_KINDS
    from policykg.visualize.views import _collect_actor_edges, _EdgeCollector, actor_duties

    parts = [GraphFacts.from_json(view_facts(n).to_json()) for n in documents]
    corpus = _merged_nodes(lambda: iter(parts), None)
    assert corpus.nodes and not {n.kind for n in corpus.nodes.values()} & STATEMENT_KINDS
    assert not corpus.links and not corpus.coordination
    tallies, duties = _tally(lambda: iter(parts), {iri: node.kind for iri, node in corpus.nodes.items()})
    merged = policy_graph(merge_facts(light_facts(p) for p in parts))
    edges = _EdgeCollector()
    _collect_actor_edges(merged, edges, with_assigns=True)
    assert set(tallies.edges) == set(edges.edges) and any(len(s.by_document) > 1 for s in edges.edges.values())
    for key, support in edges.edges.items():
        count, per_document, others = tallies.counts(key)   # documents as their positions in the totals' list
        names = tallies.documents
        assert count == len(support.statements) + len(support.graphs)
        assert {names[p] for p in (*per_document, *others)} == support.documents
        assert {names[p]: n for p, n in per_document.items()} == {d: len(s) for d, s in support.by_document.items()}
    assert duties == {actor: len(found) for actor, found in actor_duties(merged).items()}


def test_the_node_pass_merges_only_the_facts_of_nodes_a_view_draws():
    """The first pass keeps the facts of the nodes some document gives a drawn kind, not the quotes and sentences
    every document has (what it held grew with the corpus); a node given a known kind in one document only keeps
    what the others say of it (their graphs, its smallest label), so the nodes are those of the merged facts."""
    from policykg.visualize.actorview import _merged_nodes, _node_facts
    from policykg.visualize.graphdata import policy_graph

    first, second = GraphFacts(), GraphFacts()
    first.typed("urn:g1", "urn:body", "https://w3id.org/policykg/ontology#Evidence")   # no kind in this document
    first.value("urn:body", "label_vi", "A")
    first.typed("urn:g1", "urn:quote1", "https://w3id.org/policykg/ontology#Evidence")
    first.value("urn:quote1", "label_vi", "Q")
    second.typed("urn:g2", "urn:body", "https://w3id.org/policykg/ontology#StateBody")
    second.value("urn:body", "label_vi", "B")
    second.typed("urn:g2", "urn:quote2", "https://w3id.org/policykg/ontology#Sentence")
    parts = [first, second]
    corpus = _merged_nodes(lambda: iter(parts), None)
    assert corpus == policy_graph(merge_facts(parts))
    assert corpus.nodes["urn:body"].graphs == {"urn:g1", "urn:g2"} and corpus.nodes["urn:body"].label_vi == "A"
    held = _node_facts(lambda: iter(parts), {"urn:body"})
    assert set(held.types) == {"urn:body"} and {n for n, _ in held.values} == {"urn:body"}
