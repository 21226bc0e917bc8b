"""The per-actor summary (policykg.queries.summary): a build keeps each actor's coordination and responsibilities
rows in the store; the answer read from it is the live answer row for row, for every actor, through new,
incremental and pruned builds, and it is never older than the data."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pyoxigraph as ox
import pytest

from corpusfixture import build_generated, generated_texts
from policykg.corpus.build import build_corpus
from policykg.queries.catalogue import get_query
from policykg.queries.data import open_data
from policykg.queries.engine import run_query, stream_query
from policykg.queries.store import SUMMARY_GRAPH, GraphStore
from policykg.queries.summarise import KEPT_AT_BUILD, KEPT_FORMATS, write_summary
from policykg.queries.summary import SUMMARISED, counts_predicate, summary_answer, summary_predicate
from policykg.queries.tables import RESULTS_DIRNAME

PKG = "https://w3id.org/policykg/ontology#"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_generated(tmp_path_factory.mktemp("summary"), 12)


def _live(name: str):
    """The catalogue query with a text the summary was not written for: always answered live."""
    info = get_query(name)
    return dataclasses.replace(info, text=info.text + "\n")


def _actors(store: GraphStore) -> list[str]:
    rows = store.select(f"SELECT DISTINCT ?a WHERE {{ {{ ?a <{PKG}leads>|<{PKG}cooperatesIn>|<{PKG}responsibleFor> ?t }}"
                        f" UNION {{ ?t <{PKG}assignedTo> ?a }} UNION {{ ?d <{PKG}cooperatingActor> ?a }} }}")
    return sorted(row["a"].value for row in rows)


def _assert_kept_is_live(store: GraphStore) -> int:
    """Every actor's kept answer of every summarised query equals the live one (rows, order, labels); the count of
    (query, actor) answers compared that had rows."""
    compared = 0
    for name in SUMMARISED:
        info = get_query(name)
        assert store.holds_summary(summary_predicate(info)), name
        for actor in _actors(store):
            kept = summary_answer(store, info, {"actor": ox.NamedNode(actor)})
            live = run_query(_live(name), {"actor": actor}, data=store)
            assert kept is not None and kept.variables == live.variables, (name, actor)
            assert kept.rows == live.rows, (name, actor)
            assert run_query(name, {"actor": actor}, data=store).rows == live.rows
            compared += bool(live.rows)
    busiest = get_query("busiest-actors")   # kept as each actor's counts (issue 12, round 8)
    assert store.holds_summary(counts_predicate())
    kept = summary_answer(store, busiest, {})
    live = run_query(_live("busiest-actors"), {}, data=store)
    assert kept is not None and kept.variables == live.variables and kept.rows == live.rows and live.rows
    assert summary_answer(store, _live("busiest-actors"), {}) is None
    return compared


def test_every_actors_kept_rows_are_its_live_rows(built):
    store = open_data(built)
    assert _assert_kept_is_live(store) > 20


def test_the_hub_is_answered_from_the_summary(built):
    """The kept literal is what is served (so the comparison above compares two things)."""
    store = open_data(built)
    info = get_query("coordination")
    hub = max(_actors(store), key=lambda a: len(run_query(_live("coordination"), {"actor": a}, data=store).rows))
    held = list(store.store.quads_for_pattern(ox.NamedNode(hub), summary_predicate(info), None, SUMMARY_GRAPH))
    assert len(held) == 1 and '"rows":[[' in held[0].object.value
    assert summary_answer(store, info, {"actor": ox.NamedNode(hub), "document": ox.NamedNode("urn:x")}) is None
    assert summary_answer(store, _live("coordination"), {"actor": ox.NamedNode(hub)}) is None


def test_an_actor_without_rows_gets_none(built):
    store = open_data(built)
    nobody = "https://w3id.org/policykg/actor/no-such-actor"
    for name in SUMMARISED:
        kept = run_query(name, {"actor": nobody}, data=store)
        assert kept.rows == [] and kept.variables == run_query(_live(name), {"actor": nobody}, data=store).variables


def test_the_summary_is_no_data_of_the_corpus(built):
    """Not a document's graph: not in the store's graphs, its size, the exports or the merged view."""
    store = open_data(built)
    assert SUMMARY_GRAPH.value not in store.graphs()
    assert b"store/summary" not in (built / "graph.trig").read_bytes()
    assert b"store/summary" not in (built / "graph.ttl").read_bytes()
    predicate = summary_predicate(get_query("coordination"))
    assert next(store.store.quads_for_pattern(None, predicate, None, ox.DefaultGraph()), None) is None
    assert next(store.store.quads_for_pattern(None, predicate, None, SUMMARY_GRAPH), None) is not None


def _copy(built: Path, where: Path) -> GraphStore:
    store = GraphStore(where)
    source = open_data(built)
    for graph in source.graphs():
        store.replace_graph_ntriples(graph, source.dump_graph(graph))
    return store


def test_the_hubs_actor_answers_are_kept_and_live(tmp_path, built):
    """``actor`` is kept for the hubs only (here every actor with 3 rows or more); the others are answered live."""
    store = _copy(built, tmp_path / "store")
    write_summary(store, hub_rows=3)
    info = get_query("actor")
    hubs = [q.subject.value for q in store.store.quads_for_pattern(None, summary_predicate(info), None, SUMMARY_GRAPH)]
    assert len(hubs) >= 5 and not store.holds_summary(summary_predicate(info))
    for actor in _actors(store):
        kept = summary_answer(store, info, {"actor": ox.NamedNode(actor)})
        live = run_query(_live("actor"), {"actor": actor}, data=store)
        assert (kept is not None) == (actor in hubs), actor
        assert run_query("actor", {"actor": actor}, data=store).rows == live.rows, actor
        if kept is not None:
            assert kept.rows == live.rows and kept.variables == live.variables and live.rows, actor


def test_a_write_drops_the_summary_and_the_query_runs_live(tmp_path, built):
    store = _copy(built, tmp_path / "store")
    size = len(store)
    assert write_summary(store) == len(SUMMARISED) and write_summary(store) == 0
    assert len(store) == size
    info = get_query("responsibilities")
    actor = _actors(store)[0]
    assert store.holds_summary(summary_predicate(info))
    store.remove_graph(store.graphs()[0])
    assert not store.holds_summary(summary_predicate(info))
    assert summary_answer(store, info, {"actor": ox.NamedNode(actor)}) is None
    assert run_query(info, {"actor": actor}, data=store).rows == run_query(_live(info.name), {"actor": actor},
                                                                            data=store).rows


def test_incremental_and_pruned_builds_keep_the_summary_in_step(tmp_path):
    texts = generated_texts(tmp_path, 6)
    out = tmp_path / "out"
    build_corpus(texts[:4], out, viz=False, quiet=True)
    _assert_kept_is_live(open_data(out))
    kept = {name: _streamed(name, out, "csv") for name in KEPT_AT_BUILD}
    edited = Path(texts[1])
    edited.write_text(edited.read_text(encoding="utf-8").replace("phối hợp", "phối hợp với Bộ Tư pháp phối hợp", 1),
                      encoding="utf-8")
    build_corpus(texts[:5], out, viz=False, quiet=True)               # one edited, one new: incremental
    _assert_kept_is_live(open_data(out))
    for name in KEPT_AT_BUILD:
        _assert_whole_answer_kept(out, name)
    build_corpus(texts[:3], out, viz=False, quiet=True, prune=True)   # two pruned
    _assert_kept_is_live(open_data(out))
    for name in KEPT_AT_BUILD:   # the whole answers kept by each build: those of its own generation
        _assert_whole_answer_kept(out, name)
    assert any(_streamed(name, out, "csv") != kept[name] for name in KEPT_AT_BUILD)


@pytest.fixture(scope="module")
def kept_build(tmp_path_factory) -> Path:
    return build_generated(tmp_path_factory.mktemp("kept"), 5)


def test_a_build_keeps_the_whole_answers_it_computed(kept_build):
    """The build writes the whole answer of every summarised query and of KEPT_AT_BUILD, in each kept format."""
    kept = sorted(p.name for p in (kept_build / "current" / RESULTS_DIRNAME).iterdir())
    assert sorted(n.rsplit("-", 1)[0] + "." + n.rsplit(".", 1)[1] for n in kept) == sorted(
        f"{name}.{fmt}" for name in (*SUMMARISED, *KEPT_AT_BUILD) for fmt in KEPT_FORMATS)


@pytest.mark.parametrize("name", [*SUMMARISED, *KEPT_AT_BUILD])
def test_a_kept_whole_answer_is_the_live_one(kept_build, name):
    """The first bulk run of a new generation copies the answer the build wrote: byte for byte and row for row the
    live one (the store directory is always answered live), and nothing new is kept."""
    results = kept_build / "current" / RESULTS_DIRNAME
    kept = sorted(p.name for p in results.iterdir())
    _assert_whole_answer_kept(kept_build, name)
    assert sorted(p.name for p in results.iterdir()) == kept   # served from the build's files: nothing new kept


def _assert_whole_answer_kept(out: Path, name: str) -> None:
    for fmt in KEPT_FORMATS:
        assert _streamed(name, out, fmt) == _streamed(name, out / "store", fmt), (name, fmt)
    assert run_query(name, {}, data=out).rows == run_query(name, {}, data=out / "store").rows, name


def _streamed(name: str, data, fmt: str) -> bytes:
    out = io.BytesIO()
    stream_query(name, {}, out, fmt, data=data)
    return out.getvalue()
