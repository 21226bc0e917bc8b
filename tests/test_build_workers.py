"""A worker process of the build that dies (killed, out of memory) loses no document: the pool it broke is replaced
for the documents not yet built; a document that kills every worker it meets fails alone, with a one-line message."""

from __future__ import annotations

import functools
import os
import signal
from pathlib import Path

from policykg.corpus import run as run_module
from policykg.corpus.outcome import DocumentOutcome

JOBS = [(f"doc{i}.txt", f"k{i}", "sha") for i in range(8)]


def _dies_once(marker_dir: str, deadly: str, job):
    marker = Path(marker_dir) / job[1]
    if job[0] == deadly and not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)   # as the out-of-memory killer does
    return job[0]


def _always_dies(job):
    if job[0] == "doc3.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return job[0]


def test_a_worker_killed_once_loses_no_document(tmp_path):
    outcomes = list(run_module._in_workers(JOBS, 2, (), job_of=functools.partial(_dies_once, str(tmp_path), "doc3.txt")))
    assert sorted(outcomes) == [j[0] for j in JOBS]


def test_a_document_that_kills_every_worker_fails_with_one_line_and_the_rest_are_built():
    outcomes = list(run_module._in_workers(JOBS, 2, (), job_of=_always_dies))
    failed = [o for o in outcomes if isinstance(o, DocumentOutcome)]
    assert [o.name for o in failed] == ["doc3.txt"]
    assert failed[0].error == "doc3.txt: not built: its worker process died (killed, or out of memory?)"
    assert sorted(o for o in outcomes if isinstance(o, str)) == [j[0] for j in JOBS if j[0] != "doc3.txt"]
