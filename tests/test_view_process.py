"""graph.html drawn from the documents' cached facts (policykg/corpus/viewjob.py), by a process of its own during a
build with workers: the same page as the main process draws, and as drawn from the store; nothing left behind, a
failed or stopped view process handled, a cache without facts files read from its N-Quads."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from corpusfixture import generated_texts
from policykg.corpus import finish
from policykg.corpus.build import build_corpus
from policykg.corpus.exportjob import KEYS_NAME as EXPORT_KEYS
from policykg.corpus.summaryjob import KEYS_NAME as SUMMARY_KEYS, QUADS_NAME as SUMMARY_QUADS
from policykg.queries.catalogue import get_query
from policykg.queries.summary import SUMMARISED, summary_predicate
from policykg.corpus.viewjob import KEYS_NAME as SNAPSHOT_NAME, ViewJob
from policykg.queries.data import open_data
from policykg.visualize.views import write_view


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    return generated_texts(tmp_path_factory.mktemp("viewjob"), 6)


def _generation_names(out: Path) -> set[str]:
    return {p.name for p in (out / "current").resolve().iterdir()}


def test_the_view_process_draws_the_page_the_main_process_draws(texts, tmp_path, monkeypatch):
    one = build_corpus(texts, tmp_path / "one", jobs=1, quiet=True)           # drawn in the main process
    monkeypatch.setattr(finish, "VIEW_PROCESS_FROM", 1)
    monkeypatch.setattr(finish, "SUMMARY_PROCESS_FROM_JOBS", 2)
    summary = build_corpus(texts, tmp_path / "two", jobs=2, quiet=True)      # drawn by the view's process
    assert "graph.html" in summary.outputs
    # the exports are written by a process of their own too: the same files and counts
    assert (summary.quads, summary.triples, summary.outputs) == (one.quads, one.triples, one.outputs)
    assert EXPORT_KEYS not in _generation_names(tmp_path / "two")
    # and the per-actor summary is reduced by another: the same kept answers, nothing left behind
    kept = {name: [(p.name, p.read_bytes()) for p in sorted(((tmp_path / name / "current").resolve() / "results").iterdir())]
            for name in ("one", "two")}
    assert kept["one"] and kept["one"] == kept["two"]
    assert not {SUMMARY_KEYS, SUMMARY_QUADS} & _generation_names(tmp_path / "two")
    store = open_data(tmp_path / "two")
    assert all(store.holds_summary(summary_predicate(get_query(name))) for name in SUMMARISED)
    for name in ("graph.html", "graph.trig", "graph.ttl", "report.html"):
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    assert SNAPSHOT_NAME not in _generation_names(tmp_path / "two")
    write_view(open_data(tmp_path / "two"), "actors", tmp_path / "from-store.html")   # the page of the store
    assert (tmp_path / "from-store.html").read_bytes() == (tmp_path / "two" / "graph.html").read_bytes()
    # an incremental build (one document more) takes the same way: the page is the one of a build from scratch
    more = generated_texts(tmp_path / "more", 7)
    build_corpus(more, tmp_path / "two", jobs=2, quiet=True)
    build_corpus(more, tmp_path / "fresh", jobs=1, quiet=True)
    assert (tmp_path / "two" / "graph.html").read_bytes() == (tmp_path / "fresh" / "graph.html").read_bytes()
    assert SNAPSHOT_NAME not in _generation_names(tmp_path / "two")


def test_a_view_process_that_fails_is_a_note_and_the_build_is_published(texts, tmp_path, monkeypatch):
    monkeypatch.setattr(finish, "VIEW_PROCESS_FROM", 1)
    monkeypatch.setattr(sys, "executable", "/bin/false")   # the view's interpreter exits 1 at once
    summary = build_corpus(texts[:3], tmp_path / "out", jobs=2, quiet=True)
    assert summary.published and "graph.html" not in summary.outputs
    assert any(n.startswith("graph.html not written: the view's process failed") for n in summary.notes), summary.notes
    assert not (tmp_path / "out" / "graph.html").exists()
    assert (tmp_path / "out" / "graph.trig").is_file() and SNAPSHOT_NAME not in _generation_names(tmp_path / "out")
    # the exports' process failed too: the main process wrote them
    assert EXPORT_KEYS not in _generation_names(tmp_path / "out") and "graph.ttl" in summary.outputs


def test_documents_cached_without_facts_files_are_read_from_their_nquads(texts, tmp_path):
    build_corpus(texts, tmp_path / "out", jobs=1, quiet=True)
    page = (tmp_path / "out" / "graph.html").read_bytes()
    graphs = (tmp_path / "out" / "current").resolve() / "graphs"
    facts = sorted(graphs.glob("*.view.json"))
    assert len(facts) == len(texts)
    for path in facts[1:]:   # a cache written before the facts files were
        path.unlink()
    facts[0].write_text("{")   # and one damaged
    build_corpus(texts, tmp_path / "out", jobs=1, quiet=True, viz=False)
    build_corpus(texts, tmp_path / "out", jobs=1, quiet=True)   # same documents: the view drawn again, same page
    assert (tmp_path / "out" / "graph.html").read_bytes() == page


def test_closing_stops_a_running_view_process_and_removes_the_checkpoint(tmp_path, monkeypatch):
    slow = tmp_path / "slow"
    slow.write_text("#!/bin/sh\nsleep 60\n")
    slow.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(slow))
    job = ViewJob(tmp_path)
    job.start(tmp_path, ["a", "b"])
    assert (tmp_path / SNAPSHOT_NAME).is_file() and job.process.poll() is None
    process = job.process
    started = time.monotonic()
    job.close()   # what an interrupted build does
    assert process.poll() is not None and time.monotonic() - started < 10
    assert not (tmp_path / SNAPSHOT_NAME).exists()


def test_a_large_views_details_are_published_with_it_and_kept_by_a_rebuild(texts, tmp_path, monkeypatch):
    """Drawn as a large view (the threshold lowered): graph-details/ is in the generation, OUT/graph-details reaches
    it as the page does, a rebuild that changes nothing keeps the same files, a build from the store draws them."""
    import policykg.visualize.page as page_module
    from policykg.visualize.details import details_dir

    monkeypatch.setattr(page_module, "DETAILS_APART_ABOVE", 0)
    out = tmp_path / "out"
    build_corpus(texts, out, jobs=1, quiet=True)

    def files() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in details_dir(out / "graph.html").iterdir()}

    first, generation = files(), (out / "current").resolve()
    assert first and "graph-details" in _generation_names(out)
    build_corpus(texts, out, jobs=1, quiet=True)   # nothing changed: the outputs are the previous ones
    assert (out / "current").resolve() != generation and files() == first
    assert all(p.stat().st_nlink == 2 for p in details_dir(out / "graph.html").iterdir())   # links to the previous
    write_view(open_data(out), "actors", tmp_path / "store" / "graph.html")
    assert {p.name: p.read_bytes() for p in details_dir(tmp_path / "store" / "graph.html").iterdir()} == first
    assert (tmp_path / "store" / "graph.html").read_bytes() == (out / "graph.html").read_bytes()


def test_the_child_processes_run_this_policykg_whatever_the_working_directory(texts, tmp_path, monkeypatch):
    """A build run inside another checkout (a folder holding a policykg package) still starts its own modules."""
    other = tmp_path / "checkout" / "policykg"
    other.mkdir(parents=True)
    (other / "__init__.py").write_text("raise ImportError('not this policykg')\n")
    monkeypatch.chdir(tmp_path / "checkout")
    monkeypatch.setattr(finish, "VIEW_PROCESS_FROM", 1)
    summary = build_corpus(texts, tmp_path / "out", jobs=2, quiet=True)
    assert "graph.html" in summary.outputs and not any("graph.html" in n for n in summary.notes), summary.notes


def _script(folder: Path, name: str, body: str) -> str:
    """An invented child: a shell script standing in for the interpreter (it ignores the module's arguments)."""
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return str(path)


def test_a_job_started_after_others_starts_once_they_have_ended_and_says_what_it_printed(tmp_path, monkeypatch):
    from policykg.corpus.sidejob import SideJob

    marker = tmp_path / "first-ended"
    first = SideJob(tmp_path, ".first-keys")
    monkeypatch.setattr(sys, "executable", _script(tmp_path, "first", f"sleep 1; touch {marker}"))
    first.start_module("unused", ["a"])
    then = SideJob(tmp_path, ".then-keys")
    seen = []

    def start() -> None:
        seen.append(marker.exists())   # the first child had ended when this one was started
        monkeypatch.setattr(sys, "executable", _script(tmp_path, "then", "echo drawn"))
        then.start_module("unused", ["b"])

    then.start_after([first], start)
    assert then.process is None   # not yet: the first child still runs
    assert then.output() == (True, "drawn") and seen == [True]
    assert first.output() == (True, "")
    assert not (tmp_path / ".then-keys").exists() and not (tmp_path / ".first-keys").exists()


def test_closing_a_job_that_waits_for_others_never_starts_it(tmp_path, monkeypatch):
    from policykg.corpus.sidejob import SideJob

    monkeypatch.setattr(sys, "executable", _script(tmp_path, "slow", "sleep 60"))
    first = SideJob(tmp_path, ".first-keys")
    first.start_module("unused", ["a"])
    then = SideJob(tmp_path, ".then-keys")
    started = []
    then.start_after([first], lambda: started.append(True))
    began = time.monotonic()
    then.close()   # an interrupted build: the first child is still running
    first.close()
    assert not started and time.monotonic() - began < 10 and first.process is None


def test_a_job_that_cannot_be_started_after_others_says_why(tmp_path, monkeypatch):
    from policykg.corpus.sidejob import SideJob

    def start() -> None:
        raise OSError("no room for the keys")

    job = SideJob(tmp_path, ".keys")
    job.start_after([], start)
    assert job.output() == (False, "not started: no room for the keys")


def test_a_job_started_after_one_that_waits_itself_starts_after_both(tmp_path, monkeypatch):
    """A chain (the build's exports, then the summary, then the view): the last starts once the middle one, itself
    started after the first, has ended; closing the chain from its end starts nothing more."""
    from policykg.corpus.sidejob import SideJob

    first_done, second_done = tmp_path / "first-ended", tmp_path / "second-ended"
    first = SideJob(tmp_path, ".first-keys")
    monkeypatch.setattr(sys, "executable", _script(tmp_path, "first", f"sleep 1; touch {first_done}"))
    first.start_module("unused", ["a"])
    second, third = SideJob(tmp_path, ".second-keys"), SideJob(tmp_path, ".third-keys")
    seen = []

    def start_second() -> None:
        seen.append(("second", first_done.exists(), second_done.exists()))
        second.start_module("unused", ["b"])   # sys.executable is read here: set below, before the first ends

    def start_third() -> None:
        seen.append(("third", first_done.exists(), second_done.exists()))
        monkeypatch.setattr(sys, "executable", _script(tmp_path, "third", "echo drawn"))
        third.start_module("unused", ["c"])

    second.start_after([first], start_second)
    third.start_after([first, second], start_third)
    monkeypatch.setattr(sys, "executable", _script(tmp_path, "second", f"sleep 1; touch {second_done}"))
    assert second.running() and third.running() and second.process is None and third.process is None
    assert third.output() == (True, "drawn")
    assert seen == [("second", True, False), ("third", True, True)]
    assert second.output() == (True, "") and first.output() == (True, "")

    never = SideJob(tmp_path, ".never-keys")
    slow = SideJob(tmp_path, ".slow-keys")
    monkeypatch.setattr(sys, "executable", _script(tmp_path, "slow", "sleep 60"))
    slow.start_module("unused", ["d"])
    middle = SideJob(tmp_path, ".middle-keys")
    middle.start_after([slow], lambda: seen.append("middle"))
    never.start_after([slow, middle], lambda: seen.append("never"))
    began = time.monotonic()
    for job in (never, middle, slow):   # the finish's order: the jobs that wait first
        job.close()
    assert "middle" not in seen and "never" not in seen and time.monotonic() - began < 10
