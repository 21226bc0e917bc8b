"""What keeps a build's memory flat in the corpus (issue 12, round 7): a pass run in a forked child gives what it
computes in the caller (its errors too); the actor view drawn with its passes reading groups of documents in children, and with its details read back
from spill files holding several details files each, is the same page and files; a store reopened between queries
holds the same data and answers; a store bulk-loaded in many small chunks (the loader's freed memory given back
after each) is the store loaded at once."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from corpusfixture import generated_texts
from policykg.core.errors import InputError
from policykg.core.memory import ChildFailed, in_child, release_freed
from policykg.corpus.outcome import build_outcome, view_facts
from policykg.queries.store import GraphStore
from policykg.visualize.actorview import write_actor_view
from policykg.visualize.details import details_dir
from policykg.visualize.facts import GraphFacts


def _fails(message: str):
    raise InputError(message)


def _dies():
    os._exit(3)


def test_a_call_in_a_child_gives_its_result_and_raises_its_error_here():
    assert in_child(sorted, {"b", "a"}) == ["a", "b"]
    with pytest.raises(InputError, match="^no such thing") as caught:
        in_child(_fails, "no such thing")
    assert str(caught.value) == "no such thing" and "in the child process" in "".join(caught.value.__notes__)
    with pytest.raises(ChildFailed, match="died"):
        in_child(_dies)
    assert release_freed() in (True, False)


def _many_shared(count: int) -> list:
    name = "urn:shared/" + "x" * 40
    return [(number, name) for number in range(count)]


def _unpicklable():
    return [1, 2, lambda: 3]


def test_a_child_result_comes_as_it_is_pickled_whole_and_shared_and_a_result_that_cannot_come_is_a_failure():
    """A result larger than a pipe's buffer comes whole, its repeated string still one object; a result that
    cannot be pickled (written in pieces, so it breaks off) is a child that died, not a hang."""
    rows = in_child(_many_shared, 200_000)
    assert len(rows) == 200_000 and rows[-1][0] == 199_999 and len({id(name) for _, name in rows}) == 1
    with pytest.raises(ChildFailed, match="died"):
        in_child(_unpicklable)


def test_the_totals_of_an_edge_hold_documents_as_numbers_and_every_document_of_its_supports():
    """An edge's totals hold each document as its number (one IRI string per document over all edges), add up a
    document's counts however many supports name it, and keep the documents of a support that counts in no
    statement or graph (kept apart only then); two groups' totals add up, their numbers moved into the whole's."""
    from policykg.visualize.actorview import _Tallies
    from policykg.visualize.views import _EdgeSupport

    edge, names = ("urn:a", "urn:b", "directs"), {}
    whole, group = _Tallies(), _Tallies()
    for totals, doc in ((whole, "urn:doc/1"), (group, "urn:doc/2"), (group, "urn:doc/1")):
        totals.add(edge, _EdgeSupport(statements={"s", "t"}, documents={doc}, by_document={doc: {"s", "t"}}))
    assert whole.counts(edge) == (2, {0: 2}, set()) and not whole.others
    whole.add(edge, _EdgeSupport(graphs={"g"}, documents={"urn:doc/1"}, by_document={"urn:doc/1": {"g"}}))
    whole.add(edge, _EdgeSupport(documents={"urn:doc/3"}))
    assert whole.counts(edge) == (3, {0: 3}, {1}) and whole.documents == ["urn:doc/1", "urn:doc/3"]
    assert group.documents == ["urn:doc/2", "urn:doc/1"] and group.counts(edge) == (4, {0: 2, 1: 2}, set())
    whole.add_all(group, names)
    assert whole.documents == ["urn:doc/1", "urn:doc/3", "urn:doc/2"]
    assert whole.counts(edge) == (7, {0: 5, 2: 2}, {1})


def test_the_compact_network_reads_as_the_multidigraph_of_the_same_edges():
    """The network held as numbers gives the page writer what a MultiDiGraph of the same nodes and edges gives: the
    nodes and edges in the same order, each edge's attributes, degrees, look-ups (a missing edge too)."""
    import networkx as nx

    from policykg.visualize.network import CompactNetwork

    documents = ["urn:d/1", "urn:d/2", "urn:d/3"]
    nodes = {f"urn:n/{n}": {"kind": "StateBody", "label_vi": f"N{n}"} for n in range(4)}
    edges = [("urn:n/0", "urn:n/1", "coordinates", 3, [0, 2], [1, 2], []),
             ("urn:n/0", "urn:n/1", "directs", 1, [1], [1], [0]),
             ("urn:n/2", "urn:n/2", "memberOf", 1, [2], [1], []),
             ("urn:n/3", "urn:n/0", "assigns", 2, [], [], [1])]
    compact = CompactNetwork({k: dict(v) for k, v in nodes.items()}, documents, {e[2] for e in edges})
    graph = nx.MultiDiGraph()
    for iri, attrs in nodes.items():
        graph.add_node(iri, **attrs)
    for source, target, kind, count, numbers, counts, others in edges:
        compact.add_edge(source, target, kind, count, numbers, counts, others)
        graph.add_edge(source, target, key=kind, kind=kind, count=count,
                       documents=tuple(documents[d] for d in sorted(set(numbers) | set(others))), statements=(),
                       evidence=(), document_counts=tuple((documents[d], n) for d, n in zip(numbers, counts)))
    assert list(compact.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))
    assert list(compact.edges(keys=True)) == list(graph.edges(keys=True)) and list(compact.nodes) == list(graph.nodes)
    assert list(compact.nodes(data=True)) == list(graph.nodes(data=True))
    assert [compact.degree(n) for n in nodes] == [graph.degree(n) for n in nodes] == [3, 2, 2, 1]
    assert compact.edges["urn:n/0", "urn:n/1", "directs"] == graph.edges["urn:n/0", "urn:n/1", "directs"]
    assert not compact.has_edge("urn:n/1", "urn:n/0", "directs") and compact.has_edge("urn:n/3", "urn:n/0", "assigns")
    assert not compact.has_edge("urn:n/9", "urn:n/0", "assigns") and "urn:n/2" in compact and "urn:x" not in compact
    assert (compact.number_of_nodes(), compact.number_of_edges()) == (4, 4)
    with pytest.raises(ValueError, match="out of order"):
        compact.add_edge("urn:n/0", "urn:n/1", "directs", 1, [0], [1])
    with pytest.raises(KeyError):
        compact.edges["urn:n/1", "urn:n/0", "directs"]


@pytest.fixture(scope="module")
def parts(tmp_path_factory) -> list[GraphFacts]:
    texts = generated_texts(tmp_path_factory.mktemp("flat"), 6)
    outcomes = [build_outcome(path, None) for path in texts]
    assert all(o.ok for o in outcomes)
    return [GraphFacts.from_json(view_facts(o.nquads).to_json()) for o in outcomes]


def _files(page: Path) -> dict[str, bytes]:
    return {"page": page.read_bytes(), **{f.name: f.read_bytes() for f in details_dir(page).iterdir()}}


def test_the_view_drawn_with_its_passes_apart_and_few_spills_is_the_same_page(parts, tmp_path, monkeypatch):
    """A large view (details in files beside the page) drawn in the caller, then with each pass reading the
    documents in three groups, each in a child, and the details spilled into 2 files (several details files each,
    read back one spill at a time): the same bytes."""
    import policykg.visualize.details as details_module
    import policykg.visualize.page as page_module

    monkeypatch.setattr(page_module, "DETAILS_APART_ABOVE", 0)
    monkeypatch.setattr(details_module, "ITEMS_PER_FILE", 5)   # many details files for a small corpus
    write_actor_view(lambda: iter(parts), tmp_path / "here" / "graph.html")
    monkeypatch.setattr(details_module, "SPILLS_MAX", 2)
    groups = [lambda: iter(parts[:2]), lambda: iter(parts[2:3]), lambda: iter(parts[3:])]
    write_actor_view(lambda: iter(parts), tmp_path / "apart" / "graph.html", groups=groups)
    here, apart = _files(tmp_path / "here" / "graph.html"), _files(tmp_path / "apart" / "graph.html")
    assert len(here) > 4 and apart == here
    assert any("phối hợp".encode() in v for k, v in here.items() if k != "page")   # the duties' words in the files


def _quads(count: int) -> list[bytes]:
    return [f'<urn:s{n}> <urn:p> "value {n}" <urn:g{n % 7}> .\n'.encode() for n in range(count)]


def test_a_reopened_store_holds_the_same_data_and_answers(tmp_path):
    store = GraphStore(tmp_path / "store")
    store.bulk_load_chunks(iter(_quads(60)), ox.RdfFormat.N_QUADS)   # a bulk load per quad: 60 loads
    store.refresh_merged_view()
    before = sorted(str(q) for q in store.quads())
    store.store.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:p"), ox.Literal("kept"),
                            ox.NamedNode("urn:g0")))   # in RocksDB's memory: written out by the reopen
    store.reopen()
    store.reopen()
    after = sorted(str(q) for q in store.quads())
    assert len(after) == len(before) + 1 and set(before) < set(after)
    assert [str(r["o"]) for r in store.select('SELECT ?o WHERE { GRAPH ?g { <urn:x> ?p ?o } }')] == ['"kept"']
    whole = GraphStore(tmp_path / "whole")
    whole.bulk_load_chunks([b"".join(_quads(60))], ox.RdfFormat.N_QUADS)
    whole.refresh_merged_view()
    assert sorted(str(q) for q in whole.quads()) == before
    memory = GraphStore()
    memory.reopen()   # a store in memory is left as it is


def test_the_views_process_draws_its_groups_apart_the_same_page(parts, tmp_path, monkeypatch):
    """draw_actor_view as the build's view's process calls it (``apart``: groups of GROUP_DOCUMENTS documents, each
    pass of each group in a child) writes the page it writes in one process."""
    import policykg.corpus.viewjob as viewjob
    import policykg.visualize.page as page_module
    from policykg.core.builddir import VIEW_SUFFIX, cache_file

    monkeypatch.setattr(page_module, "DETAILS_APART_ABOVE", 0)   # the details in files, read from the spills
    graphs = tmp_path / "graphs"
    keys = [f"doc{n}" for n in range(len(parts))]
    for key, facts in zip(keys, parts):
        target = cache_file(graphs, key, VIEW_SUFFIX)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(facts.to_json())
    assert viewjob.draw_actor_view(graphs, keys, str(tmp_path / "one" / "graph.html")) is None
    monkeypatch.setattr(viewjob, "GROUP_DOCUMENTS", 4)
    assert viewjob.draw_actor_view(graphs, keys, str(tmp_path / "apart" / "graph.html"), apart=True) is None
    assert _files(tmp_path / "apart" / "graph.html") == _files(tmp_path / "one" / "graph.html")
