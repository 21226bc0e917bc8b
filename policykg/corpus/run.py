"""Step 2 of a corpus build: build the planned documents and stream each into the store and the cache.

With ``jobs > 1`` the documents are built in forked worker processes (forked before the store opens, so no
worker holds it), with a ``scheduler`` on a Dask cluster (:mod:`policykg.corpus.distributed`); each outcome is
written as it arrives. A document that fails keeps its previous graph.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import multiprocessing
import sys
from typing import Iterator

from policykg.core.atomic import write_bytes, write_text
from policykg.core.iris import mint_graph_iri
from policykg.corpus.distributed import dask_outcomes
from policykg.corpus.outcome import DocumentOutcome, build_outcome, one_line, worker_job
from policykg.corpus.plan import BuildPlan
from policykg.corpus.progress import Progress
from policykg.corpus.summary import BuildSummary
from policykg.queries.store import GraphStore

__all__ = ["run_build"]


def run_build(plan: BuildPlan, summary: BuildSummary) -> GraphStore:
    """Create ``OUT/``, build every planned document into the store and the cache; returns the open store.

    Counts built and failed documents in ``summary``. Raises InputError when the store cannot be opened
    (checked before any work starts).
    """
    progress = Progress(len(plan.to_build), enabled=not plan.quiet and sys.stderr.isatty())
    plan.out.mkdir(parents=True, exist_ok=True)
    probe = GraphStore(plan.store_dir)  # a locked or broken store fails now, before any work starts
    del probe  # closed again: workers are forked without an open store
    results = _outcomes(plan)
    first = next(results, None)  # with jobs > 1 the workers are forked here, before the store opens
    store = GraphStore(plan.store_dir)
    for outcome in itertools.chain([first] if first is not None else [], results):
        progress.step(outcome.name)
        if not outcome.ok:
            summary.failed.append((outcome.name, outcome.error or f"{outcome.name}: failed"))
            continue
        write_bytes(plan.graphs_dir / f"{outcome.key}.nq", outcome.nquads)
        write_text(plan.parts_dir / f"{outcome.key}.html", outcome.part.html)
        store.replace_graph_nquads(mint_graph_iri(outcome.key), outcome.nquads)
        plan.manifest.record(outcome)
        summary.built += 1
    progress.close()
    return store


def _outcomes(plan: BuildPlan) -> Iterator[DocumentOutcome]:
    """The outcome of every planned document, files first (in workers when asked), stdin last."""
    files = [job for job in plan.to_build if job[0] != "-"]
    if plan.scheduler and files:
        yield from dask_outcomes(files, plan.scheduler, spool=plan.spool)
    elif plan.jobs > 1 and len(files) > 1:
        yield from _in_workers(files, plan.jobs)
    else:
        for job in files:
            yield worker_job(job)
    for path, key, sha in plan.to_build:
        if path == "-":
            yield build_outcome("-", key, sha, source=plan.stdin)


def _in_workers(jobs: list[tuple[str, str, str]], workers: int) -> Iterator[DocumentOutcome]:
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context) as pool:
        futures = {pool.submit(worker_job, job): job for job in jobs}  # forks all workers now
        for future in concurrent.futures.as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # a worker died (killed, out of memory): that document fails
                path, key, sha = futures[future]
                yield DocumentOutcome(key=key, name=path, sha256=sha, ok=False, error=f"{path}: {one_line(exc)}")
