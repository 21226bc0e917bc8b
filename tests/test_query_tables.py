"""Kept answers (policykg.queries.tables): a catalogue query without parameters on a build directory is answered
live once per generation and then from its kept file -- byte for byte the live answer, never another generation's."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from corpusfixture import build_generated, generated_texts
from policykg.corpus.build import build_corpus
from policykg.queries.catalogue import list_queries
from policykg.queries.engine import run_query, stream_query
from policykg.queries.summarise import KEPT_AT_BUILD
from policykg.queries.summary import SUMMARISED
from policykg.queries.tables import RESULTS_DIRNAME, TABLE_FORMATS

# the catalogue queries that a build directory keeps: no parameter given (computed ones, like path, need two)
KEPT = [q.name for q in list_queries() if not q.computed and all(p.optional for p in q.params)]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_generated(tmp_path_factory.mktemp("tables"), 12)


def _streamed(name: str, data, fmt: str, params=None) -> bytes:
    out = io.BytesIO()
    stream_query(name, params or {}, out, fmt, data=data)
    return out.getvalue()


def _results(out: Path) -> list[str]:
    folder = out / "current" / RESULTS_DIRNAME
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_every_kept_answer_is_the_live_answer(built):
    assert {"busiest-actors", "documents", "coordination", "responsibilities", "tasks", "actors"} <= set(KEPT)
    store = built / "store"
    for name in KEPT:
        for fmt in TABLE_FORMATS:
            live = _streamed(name, store, fmt)          # a store directory is always answered live
            first = _streamed(name, built, fmt)         # answered live and kept
            kept = _streamed(name, built, fmt)          # answered from the kept file
            assert first == live and kept == live, (name, fmt)
        assert run_query(name, {}, data=built).tuples() == run_query(name, {}, data=store).tuples(), name
    names = _results(built)
    assert all(any(n.startswith(f"{name}-") and n.endswith(f".{fmt}") for n in names)
               for name in KEPT for fmt in TABLE_FORMATS)


def test_the_kept_file_is_what_is_served(built):
    """The second answer really comes from the file (a changed file shows), so the comparison above means something."""
    _streamed("campaigns", built, "csv")
    kept = next(built.joinpath("current", RESULTS_DIRNAME).glob("campaigns-*.csv"))
    original = kept.read_bytes()
    try:
        kept.write_bytes(original + b"marker\r\n")
        assert _streamed("campaigns", built, "csv").endswith(b"marker\r\n")
    finally:
        kept.write_bytes(original)


def test_parameters_and_other_queries_are_answered_live(built):
    before = _results(built)
    _streamed("tasks", built, "csv", {"document": "doc000001"})
    _streamed("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", built, "csv")
    assert _results(built) == before


def test_a_new_generation_starts_without_another_generations_answers(tmp_path):
    texts = generated_texts(tmp_path, 4)
    out = tmp_path / "out"
    build_corpus(texts[:3], out, viz=False, quiet=True)
    three = _streamed("documents", out, "csv")
    assert _results(out)
    build_corpus(texts, out, viz=False, quiet=True)          # one more document: a new generation
    # only what the build keeps itself (policykg.queries.summarise): the whole answers it computes for the per-actor
    # summary and KEPT_AT_BUILD, each of the new generation
    assert {n.rsplit("-", 1)[0] for n in _results(out)} <= {*SUMMARISED, *KEPT_AT_BUILD}
    assert _streamed("documents", out, "tsv") == _streamed("documents", out / "store", "tsv")
    four = _streamed("documents", out, "csv")
    assert four == _streamed("documents", out / "store", "csv") and four.count(b"\r\n") > three.count(b"\r\n")
    build_corpus(texts[:2], out, viz=False, quiet=True, prune=True)   # pruned: fewer documents again
    assert _streamed("documents", out, "csv") == _streamed("documents", out / "store", "csv")
    assert run_query("documents", {}, data=out).tuples() == run_query("documents", {}, data=out / "store").tuples()


def test_a_build_directory_that_cannot_be_written_is_answered_live(built, monkeypatch):
    """A reader without write permission (simulated: the tests run as root, who may write anywhere)."""
    import tempfile

    shutil.rmtree(built / "current" / RESULTS_DIRNAME, ignore_errors=True)   # kept by another test, or not

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    assert _streamed("documents", built, "json") == _streamed("documents", built / "store", "json")
    assert run_query("documents", {}, data=built).tuples() == run_query("documents", {}, data=built / "store").tuples()
    assert not [n for n in _results(built) if not n.startswith(".")]


def test_an_answer_that_cannot_be_kept_is_still_whole(built, tmp_path, monkeypatch):
    """A file that fails while it is written (a full disk) leaves no file behind and the answer complete."""
    from policykg.queries import tables

    shutil.rmtree(built / "current" / RESULTS_DIRNAME, ignore_errors=True)   # kept by another test, or not

    class Full(io.BytesIO):
        def write(self, data):
            raise OSError(28, "No space left on device")

    real = os.fdopen
    monkeypatch.setattr(tables.os, "fdopen", lambda fd, mode: (os.close(fd), Full())[1])
    assert _streamed("references", built, "tsv") == _streamed("references", built / "store", "tsv")
    monkeypatch.setattr(tables.os, "fdopen", real)
    assert not [n for n in _results(built) if n.startswith("references")]
    assert not [n for n in os.listdir(built / "current" / RESULTS_DIRNAME) if n.endswith(".tmp")]


def test_answers_kept_by_a_build_that_sorts_them_in_many_runs_are_the_live_ones(tmp_path, monkeypatch):
    # runs of 5 rows: the build's whole answers (the summary's and KEPT_AT_BUILD) are sorted in many runs on disk,
    # merged and written back row by row; each kept file is still the live answer byte for byte
    from policykg.queries import spillsort

    monkeypatch.setattr(spillsort, "RUN_ROWS", 5)
    out = build_generated(tmp_path, 6)
    assert min(len(run_query(name, {}, data=out / "store").rows) for name in ("tasks", "responsibilities")) > 20
    names = _results(out)
    for name in (*SUMMARISED, *KEPT_AT_BUILD):
        for fmt in ("json", "csv"):
            kept = [n for n in names if n.rsplit("-", 1)[0] == name and n.endswith(f".{fmt}")]
            assert len(kept) == 1, (name, fmt)
            assert (out / "current" / RESULTS_DIRNAME / kept[0]).read_bytes() == _streamed(name, out / "store", fmt)
    assert not [p for p in (out / "current").iterdir() if p.name.startswith(".")]   # no spill left behind
