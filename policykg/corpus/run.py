"""Step 2 of a corpus build: build the planned documents into the cache of the staging generation.

With ``jobs > 1`` the documents are built in forked worker processes, with a ``scheduler`` on a Dask cluster
(:mod:`policykg.corpus.distributed`). Each document's cache files (``graphs/KEY.nq``, ``parts/KEY.html``, ...) are
written by the worker that built it (a ``tcp://`` cluster's are written here as each outcome arrives), so the main
process only records outcomes: it no longer takes a share of the cores from the workers to receive and write every
document's files (``bench/results-round17-build.txt``). Workers ignore SIGINT (the main process decides what an
interrupt does), die with the main process, and do not hold the build directory's lock. On an interrupt or any
other exception the pool is terminated with a bounded wait, so no worker outlives the build and none prints a
traceback.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import multiprocessing
import signal
import sys
import threading
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator

from policykg.corpus.childinit import WORKER_SIGNALS as _WORKER_SIGNALS, worker_init
from policykg.corpus.distributed import dask_outcomes
from policykg.corpus.outcome import DocumentOutcome, build_outcome, one_line, worker_job, write_cache_files
from policykg.corpus.plan import BuildPlan
from policykg.corpus.progress import Progress
from policykg.corpus.summary import BuildSummary

__all__ = ["run_build", "worker_init"]

_SHUTDOWN_SECONDS = 5.0   # how long terminated workers get to exit before they are killed


def run_build(plan: BuildPlan, summary: BuildSummary, close_fds: tuple[int, ...] = ()) -> None:
    """Build every planned document into the cache of ``plan.gen`` and record it in the manifest.

    Counts built and failed documents in ``summary``. ``close_fds`` are closed in worker processes (the build
    directory's lock, which must die with the main process).
    """
    progress = Progress(len(plan.to_build), enabled=not plan.quiet and sys.stderr.isatty())
    plan.graphs_dir.mkdir(parents=True, exist_ok=True)
    plan.parts_dir.mkdir(parents=True, exist_ok=True)
    for outcome in _outcomes(plan, close_fds, progress.enabled):
        progress.step(outcome.name)
        if not outcome.ok:
            summary.failed.append((outcome.name, outcome.error or f"{outcome.name}: failed"))
            continue
        if not outcome.cached:   # a LocalCluster's workers write them into the staging generation themselves
            write_cache_files(outcome, plan.graphs_dir, plan.parts_dir)
        plan.manifest.record(outcome, plan.paths.get(outcome.key))
        summary.built += 1
    progress.close()
    if plan.jobs > 1:   # a worker killed while it wrote a file leaves its temporary file behind
        for folder in (plan.graphs_dir, plan.parts_dir):
            for left in folder.glob(".*.tmp"):
                left.unlink(missing_ok=True)


def _outcomes(plan: BuildPlan, close_fds: tuple[int, ...], progress: bool = False) -> Iterator[DocumentOutcome]:
    """The outcome of every planned document, files first (in workers when asked), stdin last; ``progress``: a
    line per step of a big document."""
    files = [job for job in plan.to_build if job[0] != "-"]
    job_of = functools.partial(worker_job, progress=progress, actor_model=plan.actor_model)
    if plan.scheduler and files:
        yield from dask_outcomes(files, plan.scheduler, spool=plan.spool, actor_model=plan.actor_model,
                                 cache=(str(plan.graphs_dir), str(plan.parts_dir)))
    elif plan.jobs > 1 and len(files) > 1:   # each worker writes its documents' cache files (as a LocalCluster's)
        yield from _in_workers(files, plan.jobs, close_fds,
                               functools.partial(job_of, cache=(str(plan.graphs_dir), str(plan.parts_dir))))
    else:
        for job in files:
            yield job_of(job)
    for path, key, sha in plan.to_build:
        if path == "-":
            yield build_outcome("-", key, sha, source=plan.stdin, progress=progress, actor_model=plan.actor_model)


def _in_workers(jobs: list[tuple[str, str, str]], workers: int, close_fds: tuple[int, ...], job_of=worker_job
                ) -> Iterator[DocumentOutcome]:
    """Each job's outcome, built in a pool of forked workers.

    When a worker dies (killed, out of memory) the pool breaks and every document it had not built fails with it.
    None is lost: the pool feeds its workers in the order of the jobs, at most ``workers + 1`` at a time, so the
    document that was being built when its worker died is among the first of the unbuilt ones. Those few are built
    again each alone in a pool of its own (a document that kills its worker then fails alone, with a one-line
    message), and the others in a new pool.
    """
    while jobs:
        unbuilt: set[tuple[str, str, str]] = set()
        yield from _in_one_pool(jobs, workers, close_fds, job_of, unbuilt)
        left = [job for job in jobs if job in unbuilt]
        suspects, jobs = left[:workers + 1], left[workers + 1:]
        for job in suspects:
            yield from _in_one_pool([job], 1, close_fds, job_of, None)


def _in_one_pool(jobs: list[tuple[str, str, str]], workers: int, close_fds: tuple[int, ...], job_of,
                 unbuilt: set | None) -> Iterator[DocumentOutcome]:
    """The outcomes of one pool; the jobs a broken pool did not build go to ``unbuilt`` (None: they fail)."""
    context = multiprocessing.get_context("fork")
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context,
                                                  initializer=worker_init, initargs=(close_fds,))
    try:
        futures = {}
        with _forks_shielded():   # the pool forks its workers at the first submit
            for job in jobs:
                try:
                    futures[pool.submit(job_of, job)] = job
                except BrokenProcessPool:   # a worker died already
                    futures[_failed(BrokenProcessPool())] = job
        for future in concurrent.futures.as_completed(futures):
            path, key, sha = futures.pop(future)   # a finished future holds its outcome: let it go once written
            try:
                outcome = future.result()
            except BrokenProcessPool:
                if unbuilt is not None:
                    unbuilt.add((path, key, sha))
                    continue
                outcome = DocumentOutcome(key=key, name=path, sha256=sha, ok=False,
                                          error=f"{path}: not built: its worker process died (killed, or out of memory?)")
            except Exception as exc:   # the outcome could not come back (e.g. it does not pickle): that document fails
                outcome = DocumentOutcome(key=key, name=path, sha256=sha, ok=False, error=f"{path}: {one_line(exc)}")
            del future
            yield outcome
            del outcome
    except BaseException:
        _terminate(pool)
        raise
    pool.shutdown(wait=True)


def _failed(exc: BaseException) -> concurrent.futures.Future:
    future: concurrent.futures.Future = concurrent.futures.Future()
    future.set_exception(exc)
    return future


@contextlib.contextmanager
def _forks_shielded() -> Iterator[None]:
    """SIGINT and SIGTERM blocked in the main process while it forks the workers; a signal that arrives meanwhile is
    delivered when the block ends (a KeyboardInterrupt there, which the caller handles).

    A forked child starts as a copy of the main process, with its handlers: a Ctrl-C (sent to the whole process group)
    landing before :func:`worker_init` has ignored it would raise KeyboardInterrupt in the child, which would then run
    the main process's own clean-up code in its place (terminate the pool, remove the staging generation). Children
    inherit the blocked mask, and a blocked signal waits: ``worker_init`` unblocks once SIGINT is ignored.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _WORKER_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _terminate(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Stop every worker now: SIGTERM, a bounded wait, then SIGKILL; then let the pool go without waiting.

    The pool's own shutdown is skipped when its lock is still held: an interrupt can land while the main thread
    holds it, and waiting for it would never end.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for p in processes:
        with contextlib.suppress(Exception):
            p.terminate()
    for p in processes:
        with contextlib.suppress(Exception):
            p.join(_SHUTDOWN_SECONDS)
            if p.is_alive():
                p.kill()
                p.join(1)
    lock = getattr(pool, "_shutdown_lock", None)
    if lock is None or lock.acquire(timeout=1):
        if lock is not None:
            lock.release()
        with contextlib.suppress(Exception):
            pool.shutdown(wait=False, cancel_futures=True)
