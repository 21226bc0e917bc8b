"""The per-actor summary's whole answers as a map-reduce (policykg.queries.summaryparts): each document's part made
where it is built, reduced in the build's main process. The reduced answer is the live answer row for row, also
where a row depends on another document (an actor's label, a pair that coordinates by another document's
statement), and a build writes and uses the parts."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import astuple
from pathlib import Path

import pyoxigraph as ox
import pytest

from corpusfixture import build_generated
from policykg.core.builddir import SUMMARY_SUFFIX, cache_file, graph_file
from policykg.core.iris import mint_graph_iri
from policykg.corpus.outcome import cached_summary_parts
from policykg.queries.catalogue import get_query
from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries.results import RdfTerm
from policykg.queries.store import GraphStore, ontology_quads
from policykg.queries.summary import SUMMARISED
from policykg.queries.summaryparts import LABELS, CorpusJoins, document_part, parts_joins, whole_answer

PKG = "https://w3id.org/policykg/ontology#"
ACTOR = "https://w3id.org/policykg/actor/"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"


def _spans_store_joins(parts: list[bytes]) -> CorpusJoins:
    """The joins as a store of the parts' spans gives them (every part's spans and the ontology's triples in one
    in-memory store, the LABELS query run on it): the reference :func:`parts_joins` is measured against."""
    spans = ox.Store()
    spans.extend([ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in ontology_quads()])
    for data in parts:
        text = json.loads(data).get("spans")
        if text:
            spans.load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    one = {}.setdefault
    labels = {("uri", one(s["actor"].value, s["actor"].value), None, None): astuple(RdfTerm.from_oxigraph(s["label"]))
              for s in spans.query(LABELS) if s["label"] is not None}
    pairs = frozenset((one(q.subject.value, q.subject.value), one(q.object.value, q.object.value))
                      for q in spans.quads_for_pattern(None, ox.NamedNode(PKG + "coordinatesWith"), None, None))
    return CorpusJoins(labels, pairs)


def _nquads(key: str, triples: list[tuple[str, str, str]]) -> bytes:
    graph = mint_graph_iri(key)
    return "".join(f"{s} {p} {o} <{graph}> .\n" for s, p, o in triples).encode("utf-8")


def _doc(key: str, duty: str, lead: str | None, cooperating: list[str], coordinate: list[tuple[str, str]],
         labels: dict[str, str]) -> bytes:
    d, task = f"<urn:{key}:duty/{duty}>", f"<urn:{key}:task/{duty}>"
    triples = [(d, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", f"<{PKG}CoordinationDuty>"),
               (d, f"<{PKG}onTask>", task), (d, f"<{PKG}statedIn>", f"<urn:{key}>"),
               (task, f"<{PKG}text>", f'"task of {key}"@vi')]
    if lead:
        triples += [(d, f"<{PKG}leadActor>", f"<{ACTOR}{lead}>"), (f"<{ACTOR}{lead}>", f"<{PKG}leads>", task)]
    for actor in cooperating:
        triples += [(d, f"<{PKG}cooperatingActor>", f"<{ACTOR}{actor}>"),
                    (f"<{ACTOR}{actor}>", f"<{PKG}cooperatesIn>", task)]
    for a, b in coordinate:
        triples += [(f"<{ACTOR}{a}>", f"<{PKG}coordinatesWith>", f"<{ACTOR}{b}>"),
                    (f"<{ACTOR}{b}>", f"<{PKG}coordinatesWith>", f"<{ACTOR}{a}>")]
    triples += [(f"<{ACTOR}{a}>", f"<{LABEL}>", f'"{name}"@vi') for a, name in labels.items()]
    return _nquads(key, triples)


@pytest.fixture()
def two_documents() -> tuple[GraphStore, list[bytes]]:
    """doc1: a duty without a lead of a, b and c, stating only that a and b coordinate; doc2: b leads c on another
    task, and writes a's label another way (smaller)."""
    docs = {"doc1": _doc("doc1", "1", None, ["a", "b", "c"], [("a", "b")], {"a": "A một", "b": "B", "c": "C"}),
            "doc2": _doc("doc2", "2", "b", ["c"], [("b", "c")], {"a": "A hai", "b": "B"})}
    store = GraphStore()
    for key, nquads in docs.items():
        store.replace_graph_nquads(mint_graph_iri(key), nquads)
    store.refresh_merged_view()
    return store, [document_part(nquads) for nquads in docs.values()]


def test_the_reduce_is_the_live_answer_across_documents(two_documents):
    store, parts = two_documents
    for name in SUMMARISED:
        reduced = whole_answer(parts_joins(parts), get_query(name), parts)
        live = run_query(name, {}, data=store)
        assert reduced is not None and reduced.variables == live.variables
        assert reduced.rows == live.rows, name
    rows = run_query("coordination", {}, data=store).rows
    pairs = {(r["actorA"].value[len(ACTOR):], r["actorB"].value[len(ACTOR):], r["document"].value) for r in rows}
    assert ("b", "c", "urn:doc1") in pairs   # doc1's b and c coordinate by doc2's statement only
    assert {r["actorALabel"].value for r in rows if r["actorA"].value == ACTOR + "a"} == {"A hai"}   # doc2's


def test_the_joins_made_once_give_the_live_rows_and_share_each_iri(two_documents):
    store, parts = two_documents
    joins = parts_joins(parts)   # made once: the reduce reads only these
    for name in SUMMARISED:
        assert whole_answer(joins, get_query(name), parts).rows == run_query(name, {}, data=store).rows, name
    assert {(a[len(ACTOR):], b[len(ACTOR):]) for a, b in joins.pairs} == {("a", "b"), ("b", "a"), ("b", "c"), ("c", "b")}
    assert joins.labels[("uri", ACTOR + "a", None, None)][1] == "A hai"
    one = {a: a for a, _ in joins.pairs}
    assert all(b is one[b] for _, b in joins.pairs)   # one string object per actor, however many pairs name it
    assert all(actor[1] is one[actor[1]] for actor in joins.labels if actor[1] in one)


def test_the_joins_read_from_the_parts_without_a_store_are_the_spans_stores(two_documents):
    """The reduce reads its joins from the parts' spans as they come (no store): the labels are the LABELS query's
    MIN over the @vi labels (by text across language tags, then by tag; other languages left out) and the pairs
    every coordinating pair, equal to what the spans' store gives, on invented labels as well as on two documents."""
    _, parts = two_documents
    label, coordinates = "<http://www.w3.org/2004/02/skos/core#prefLabel>", f"<{PKG}coordinatesWith>"
    invented = [json.dumps({"spans": "".join(f"<urn:x:body/{s}> {label} {o} .\n" for s, o in triples)}).encode()
                for triples in ([("p", '"trường"@vi'), ("p", '"Trường"@vi-vn'), ("q", '"b"@en')],
                                [("q", '"z"@vi'), ("r", '"x"@vi-vn'), ("r", '"x"@vi'), ("s", '"only english"@en')],
                                [("p", '"Đoàn"@vi'), ("t", '"plain"')])]
    invented.append(json.dumps({"spans": f"<urn:x:body/p> {coordinates} <urn:x:body/q> .\n"}).encode())
    for group in (parts, invented, parts + invented):
        assert parts_joins(group) == _spans_store_joins(group)
    joins = parts_joins(invented)
    assert joins.labels[("uri", "urn:x:body/p", None, None)][1:3] == ("Trường", "vi-vn")
    assert joins.labels[("uri", "urn:x:body/r", None, None)][1:3] == ("x", "vi")
    assert ("uri", "urn:x:body/s", None, None) not in joins.labels and ("urn:x:body/p", "urn:x:body/q") in joins.pairs


def test_a_pair_no_document_states_is_left_out(two_documents):
    store, parts = two_documents
    store.remove_graph(mint_graph_iri("doc2"))
    store.refresh_merged_view()
    reduced = whole_answer(parts_joins(parts[:1]), get_query("coordination"), parts[:1])
    assert reduced.rows == run_query("coordination", {}, data=store).rows
    assert ("b", "c") not in {(r["actorA"].value[len(ACTOR):], r["actorB"].value[len(ACTOR):]) for r in reduced.rows}


def test_a_part_of_another_query_text_is_not_read(two_documents):
    store, parts = two_documents
    info = get_query("coordination")
    assert whole_answer(parts_joins(parts), dataclasses.replace(info, text=info.text + "\n"), parts) is None


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_generated(tmp_path_factory.mktemp("parts"), 8)


def test_a_build_writes_each_documents_part_and_its_reduce_is_live(built):
    graphs = built / "graphs"
    keys = sorted(p.name[:-len(".nq")] for p in graphs.glob("*.nq"))
    assert keys and all(cache_file(graphs, k, SUMMARY_SUFFIX).is_file() for k in keys)
    assert all(json.loads(cache_file(graphs, k, SUMMARY_SUFFIX).read_bytes()) ==
               json.loads(document_part(graph_file(graphs, k).read_bytes(), key=k)) for k in keys)
    store = open_data(built)
    published = [k for k in keys if mint_graph_iri(k) in set(store.graphs())]
    for name in SUMMARISED:
        spans = parts_joins(cached_summary_parts(graphs, published))
        reduced = whole_answer(spans, get_query(name), cached_summary_parts(graphs, published))
        assert reduced is not None and reduced.rows == run_query(get_query(name).text, {}, data=store).rows
        assert len(reduced.rows) > 10


def test_the_reduce_sorted_on_disk_in_many_runs_is_the_live_answer(built, tmp_path, monkeypatch):
    # a run of 7 rows: every answer is sorted in many runs, merged, and split by actor through the bucket files
    from policykg.queries import spillsort
    from policykg.queries.summarise import write_summary

    monkeypatch.setattr(spillsort, "RUN_ROWS", 7)
    graphs = built / "graphs"
    store = open_data(built)
    published = [k for k in sorted(p.name[:-len(".nq")] for p in graphs.glob("*.nq")) if mint_graph_iri(k) in set(store.graphs())]
    for name in SUMMARISED:
        spans = parts_joins(cached_summary_parts(graphs, published))
        reduced = whole_answer(spans, get_query(name), cached_summary_parts(graphs, published))
        assert reduced is not None and reduced.rows == run_query(get_query(name).text, {}, data=store).rows
    copy = GraphStore(tmp_path / "store")
    copy.store.bulk_load(b"".join(graph_file(graphs, k).read_bytes() for k in published), format=ox.RdfFormat.N_QUADS)
    copy.refresh_merged_view()
    assert write_summary(copy, tmp_path, parts=lambda: cached_summary_parts(graphs, published)) == 2
    actors = {row["actor"] for row in run_query("responsibilities", {}, data=store).rows}
    assert len(actors) > 3 and not list(tmp_path.glob(".summary*"))
    for actor in sorted(actors, key=lambda a: a.value)[:20]:
        assert run_query("responsibilities", {"actor": actor.value}, data=copy).rows == \
            run_query("responsibilities", {"actor": actor.value}, data=store).rows


def test_a_document_cached_without_its_part_gets_it_from_its_graph(built, tmp_path):
    graphs = built / "graphs"
    key = sorted(p.name[:-len(".nq")] for p in graphs.glob("*.nq"))[0]
    copy = tmp_path / "graphs"
    copy.mkdir()
    graph_file(copy, key).write_bytes(graph_file(graphs, key).read_bytes())
    assert list(cached_summary_parts(copy, [key])) == [cache_file(graphs, key, SUMMARY_SUFFIX).read_bytes()]


def test_the_summary_process_gives_what_the_main_process_would(built, tmp_path):
    from policykg.corpus.summaryjob import SummaryJob
    from policykg.queries.summarise import summarise_parts

    graphs = built / "graphs"
    store = open_data(built)
    published = [k for k in sorted(p.name[:-len(".nq")] for p in graphs.glob("*.nq")) if mint_graph_iri(k) in set(store.graphs())]
    (tmp_path / "child").mkdir()
    (tmp_path / "here").mkdir()
    job = SummaryJob(tmp_path / "child")
    job.start(graphs, published)
    got = job.result()
    here = summarise_parts(lambda: cached_summary_parts(graphs, published), tmp_path / "here", hub_rows=300)
    assert got is not None and here is not None and got[1] == here[1]
    assert got[0].read_bytes() == here[0].read_bytes() and got[0].read_bytes().count(b"\n") > 10
    here[0].unlink()
    job.close()
    assert sorted(p.name for p in (tmp_path / "child").iterdir()) == ["results"]   # keys and quads files gone
    assert [(p.name, p.read_bytes()) for p in sorted((tmp_path / "child" / "results").iterdir())] == \
        [(p.name, p.read_bytes()) for p in sorted((tmp_path / "here" / "results").iterdir())]


def test_the_reduce_finds_the_hubs_the_live_answer_gives(built, tmp_path):
    """The hubs (actors with at least ``hub_rows`` rows of responsibilities, the busiest first) counted while the
    reduce writes the summary's quads are those the live answer's rows give."""
    from collections import Counter

    from policykg.queries.summarise import summarise_parts

    graphs = built / "graphs"
    store = open_data(built)
    published = [k for k in sorted(p.name[:-len(".nq")] for p in graphs.glob("*.nq")) if mint_graph_iri(k) in set(store.graphs())]
    counts = Counter(row["actor"].value for row in run_query(get_query("responsibilities"), {}, data=store).rows)
    least = sorted(counts.values())[len(counts) // 2]   # about half the actors are hubs
    expected = sorted((a for a, n in counts.items() if n >= least), key=lambda a: (-counts[a], a))[:100]
    reduced = summarise_parts(lambda: cached_summary_parts(graphs, published), None, hub_rows=least,
                              quads_file=tmp_path / "summary.nq")
    assert reduced is not None and len(expected) >= 2
    assert reduced[1] == expected
