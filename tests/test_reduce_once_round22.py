"""Issue 12, round 22: the build's reduce reads every document's part once, and keeps the ``tasks`` and
``tasks-without-lead`` answers in that same reading, in the summary's own process: the build's main process (its
critical path, ``bench/timeline.py``) reads no part. What a user gets from ``policykg query tasks --data OUT`` (the
kept JSON and CSV) stays byte for byte the live SPARQL answer, also from a cache written before the parts held the
tasks' rows (the answers then run on the store, as before)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from unittest import mock

import pytest

from corpusfixture import generated_texts  # noqa: E402  (tests/ is on sys.path via conftest.py)
from test_kept_parts_round21 import kept, live  # noqa: E402  (the kept file's bytes, the live SPARQL answer's)
from policykg.corpus import finish
from policykg.corpus.build import build_corpus
from policykg.corpus.cacheread import cached_summary_parts
from policykg.corpus.summaryjob import SummaryJob
from policykg.queries.catalogue import get_query
from policykg.queries.store import GraphStore
from policykg.queries.summarise import summarise_parts
from policykg.queries.tables import Answer
from policykg.queries.taskparts import KEPT_FROM_PARTS, LOCAL_KEY

NAMES = list(KEPT_FROM_PARTS)


def answer_file(generation: Path, name: str, fmt: str) -> Path:
    return Answer(generation, generation, name, get_query(name).text).path(fmt)


def assert_kept_is_live(generation: Path, store: GraphStore) -> None:
    for name in NAMES:
        for fmt in ("csv", "json"):
            assert kept(generation, name, fmt) == live(store, name, fmt), (name, fmt)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A build of eight generated documents with the side jobs (the summary's process among them), as at 1,000."""
    work = tmp_path_factory.mktemp("reduceonce")
    texts = generated_texts(work / "texts", 8)
    with mock.patch.object(finish, "VIEW_PROCESS_FROM", 1), mock.patch.object(finish, "SUMMARY_PROCESS_FROM_JOBS", 2):
        build_corpus(texts, work / "out", jobs=2, quiet=True)
    return (work / "out" / "current").resolve()


def published(generation: Path) -> list[str]:
    return sorted(p.name[:-len(".summary.json")] for p in (generation / "graphs").glob("*.summary.json"))


def test_a_build_keeps_the_live_task_answers_and_its_main_process_reads_no_part(tmp_path, monkeypatch):
    texts = generated_texts(tmp_path / "texts", 6)
    monkeypatch.setattr(finish, "VIEW_PROCESS_FROM", 1)
    monkeypatch.setattr(finish, "SUMMARY_PROCESS_FROM_JOBS", 2)
    reads = []

    def counted(graphs, keys):
        reads.append(len(keys))
        return cached_summary_parts(graphs, keys)

    monkeypatch.setattr(finish, "cached_summary_parts", counted)
    build_corpus(texts, tmp_path / "out", jobs=2, quiet=True)
    assert reads == []   # the summary's process read them, for the tasks' answers too
    generation = (tmp_path / "out" / "current").resolve()
    assert_kept_is_live(generation, GraphStore(generation / "store", read_only=True))


def test_the_summary_process_keeps_the_task_answers_in_its_reading(built, tmp_path):
    (tmp_path / "gen").mkdir()
    job = SummaryJob(tmp_path / "gen")
    job.start(built / "graphs", published(built), KEPT_FROM_PARTS)
    reduced = job.result()
    job.close()
    assert reduced is not None and reduced.kept == tuple(NAMES)
    for name in NAMES:
        for fmt in ("csv", "json"):
            assert kept(tmp_path / "gen", name, fmt) == kept(built, name, fmt)
    assert_kept_is_live(tmp_path / "gen", GraphStore(built / "store", read_only=True))


def test_the_reduce_reads_each_part_once(built, tmp_path):
    keys = published(built)
    calls, given = [], []

    def parts():
        calls.append(1)
        for data in cached_summary_parts(built / "graphs", keys):
            given.append(1)
            yield data

    reduced = summarise_parts(parts, tmp_path, quads_file=tmp_path / "s.nq", kept=[get_query(n) for n in NAMES])
    assert reduced is not None and reduced.kept == tuple(NAMES)
    assert (len(calls), len(given)) == (1, len(keys))
    assert_kept_is_live(tmp_path, GraphStore(built / "store", read_only=True))


def older(data: bytes) -> bytes:
    """A part as written before round 21: without the tasks' rows."""
    part = json.loads(data)
    for entry in (LOCAL_KEY, *NAMES):
        part.pop(entry, None)
    return json.dumps(part).encode("utf-8")


def test_parts_without_the_tasks_rows_leave_those_answers_to_the_store(built, tmp_path):
    parts = [older(data) for data in cached_summary_parts(built / "graphs", published(built))]
    reduced = summarise_parts(lambda: iter(parts), tmp_path, quads_file=tmp_path / "s.nq",
                              kept=[get_query(n) for n in NAMES])
    assert reduced is not None and reduced.kept == ()
    assert not any(answer_file(tmp_path, name, fmt).exists() for name in NAMES for fmt in ("csv", "json"))


def test_an_incremental_build_over_older_parts_keeps_the_live_task_answers(tmp_path, monkeypatch):
    """A cache written before round 21, one document added: the summary's process gives the tasks' answers up,
    the main process keeps them from the store, the same bytes."""
    texts = generated_texts(tmp_path / "texts", 7)
    monkeypatch.setattr(finish, "VIEW_PROCESS_FROM", 1)
    monkeypatch.setattr(finish, "SUMMARY_PROCESS_FROM_JOBS", 2)
    build_corpus(texts[:6], tmp_path / "out", jobs=2, quiet=True)
    for path in ((tmp_path / "out" / "current").resolve() / "graphs").glob("*.summary.json"):
        path.write_bytes(older(path.read_bytes()))
    build_corpus(texts, tmp_path / "out", jobs=2, quiet=True)
    generation = (tmp_path / "out" / "current").resolve()
    assert len(published(generation)) == 7
    assert_kept_is_live(generation, GraphStore(generation / "store", read_only=True))


def test_the_timeline_names_the_chain_that_ends_a_build():
    """bench/timeline.py's critical path: the main process waited for the view's job, started after the summary's,
    started after the exports'; what ends the build is the view."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from timeline import critical_path
    spans = {"exports": (50.0, 60.0), "summary": (60.3, 70.0), "view": (70.2, 95.0)}
    events = [{"name": "  wait: summary job", "start": 65.0, "end": 65.05},   # too short: not a stretch
              {"name": "  wait: view job", "start": 80.0, "end": 95.1}]
    path = critical_path(spans, events, 0.0, 96.0)
    assert [who for who, *_ in path] == ["main", "view", "summary", "exports", "main"]
    assert path[0][1:3] == (95.1, 96.0) and path[-1][1:3] == (0.0, 50.0)
