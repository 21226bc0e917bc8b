"""Round 19 (issue 12): the build's side jobs start without the builder, and give what they gave before."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from policykg.core.errors import InputError

_SIDE_JOBS = ("policykg.corpus.exportjob", "policykg.corpus.summaryjob", "policykg.corpus.viewjob")


@pytest.mark.parametrize("module", _SIDE_JOBS)
def test_a_side_job_starts_without_the_builder(module):
    """The exports', the summary's and the view's interpreters, which run one after the other at the end of a build
    and never build a document, import no module of the builder (nor the workers' run loop) when they start: what a
    child imports is paid on the chain that ends the build."""
    script = (f"import sys, json, {module}\n"
              "from policykg.corpus.sidejob import child_start\n"
              "child_start()\n"
              "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('policykg.graph_builder', "
              "'policykg.corpus.run', 'policykg.corpus.outcome')))))\n")
    done = subprocess.run([sys.executable, "-P", "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_what_moved_is_still_where_callers_found_it():
    """The workers' module still gives the cache readers and the one-line message it gave (one function each)."""
    from policykg.corpus import cacheread, childinit, outcome, run

    assert outcome.one_line is cacheread.one_line and outcome.view_facts is cacheread.view_facts
    assert outcome.cached_summary_parts is cacheread.cached_summary_parts
    assert run.worker_init is childinit.worker_init
    assert cacheread.one_line(InputError("x.txt: not UTF-8\nmore")) == "x.txt: not UTF-8"
    assert cacheread.one_line(KeyError()) == "internal error (KeyError)"


def test_the_view_and_the_summary_from_a_cache_without_their_files(tmp_path):
    """A cached document without its view facts or summary part (an older cache) has them made from its N-Quads by
    the side jobs' reader: the same bytes the worker wrote."""
    from policykg.core.builddir import SUMMARY_SUFFIX, VIEW_SUFFIX, cache_file
    from policykg.corpus.cacheread import cached_summary_parts, view_facts
    from policykg.corpus.outcome import build_outcome, write_cache_files

    source = tmp_path / "t.txt"
    source.write_text("Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra các trạm y tế xã.\n", encoding="utf-8")
    made = build_outcome(str(source), "t")
    graphs, parts = tmp_path / "graphs", tmp_path / "parts"
    graphs.mkdir()
    parts.mkdir()
    write_cache_files(made, graphs, parts)
    written = cache_file(graphs, "t", SUMMARY_SUFFIX).read_bytes()
    assert list(cached_summary_parts(graphs, ["t"])) == [written]
    cache_file(graphs, "t", SUMMARY_SUFFIX).unlink()
    assert list(cached_summary_parts(graphs, ["t"])) == [written]
    assert view_facts(made.nquads).to_json() == cache_file(graphs, "t", VIEW_SUFFIX).read_bytes()
