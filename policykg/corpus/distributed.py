"""Building the documents of a corpus on a Dask cluster (``dask.distributed``) instead of the local process pool.

:func:`dask_outcomes` takes the planned jobs ``(path, key, sha256)`` and yields the same
:class:`~policykg.corpus.outcome.DocumentOutcome` records as the process pool, in the order they finish; the
caller streams them into the store as before, so the outputs are byte-identical to ``--jobs N``.

- ``scheduler``: ``local:N`` starts a LocalCluster of N worker processes (one thread each, bound to 127.0.0.1,
  no dashboard) for the build and closes it afterwards; ``tcp://HOST:PORT`` uses a running scheduler, whose
  workers need policykg installed (the same version: the manifest records the builder version).
- Documents go to the workers in batches; the client reads each file and sends its bytes, so workers need no
  access to the inputs. At most two batches per worker thread are in flight, so the client's memory stays flat
  however big the corpus.
- The workers of a LocalCluster write each document's cache files (``graphs/KEY.nq``, ``parts/KEY.html``)
  straight into the build's staging generation, one sync per batch, and send back only the counts and the
  manifest entry: the client records them (a failed build still removes the whole staging generation).
- With ``spool`` and a ``tcp://`` cluster, a folder every worker and the client can reach, workers write each
  document's N-Quads and report section there and send back only the counts; the client reads and removes them.
- Ctrl-C is the build's: the worker processes of a LocalCluster ignore it, the build stops and closes the cluster,
  which ends them; one pressed while the cluster starts is held until it has started, then acts the same way.
- A worker lost mid-build (killed, out of memory, its machine gone): Dask runs its batches again elsewhere. A batch
  that fails anyway is split and its documents retried one by one, so one bad document fails alone, with its
  one-line error.

>>> parse_scheduler("local:2"), parse_scheduler("tcp://10.0.0.5:8786")
(('local', 2), ('tcp', 'tcp://10.0.0.5:8786'))
>>> parse_scheduler("local:0")
Traceback (most recent call last):
...
policykg.core.errors.InputError: --scheduler local:N needs N >= 1 worker processes, not 'local:0'
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import itertools
import logging
import math
import os
import re
import signal
import threading
import traceback
from multiprocessing import resource_tracker
from pathlib import Path
from typing import Iterator

from policykg.core.atomic import sync_folder, write_bytes, write_text
from policykg.core.errors import InputError
from policykg.core.limits import read_regular_file
from policykg.corpus.outcome import DocumentOutcome, build_outcome, cached_out, one_line, stripped

__all__ = ["BATCH_MAX", "DASK_MISSING", "check_scheduler", "dask_client", "dask_outcomes", "parse_scheduler"]

BATCH_MAX = 32            # documents per task at most (about 10 KB of text and 150 KB of N-Quads each)
BATCHES_PER_WORKER = 4    # aim for this many batches per worker thread, for balance near the end
IN_FLIGHT_PER_WORKER = 2  # batches submitted ahead per worker thread
CONNECT_TIMEOUT = "20s"
DASK_MISSING = "--scheduler needs Dask: pip install 'policykg[dask]' (dask[distributed])"
_LOCAL = re.compile(r"^local:(-?\d+)$")
_REMOTE = re.compile(r"^(tcp|tls)://[^\s/]+:\d+/?$")

Job = tuple[str, str, str]


def parse_scheduler(spec: str) -> tuple[str, int | str]:
    """``('local', N)`` for ``local:N``, ``('tcp', address)`` for ``tcp://HOST:PORT``; InputError otherwise."""
    local = _LOCAL.match(spec or "")
    if local:
        if int(local.group(1)) < 1:
            raise InputError(f"--scheduler local:N needs N >= 1 worker processes, not {spec!r}")
        return "local", int(local.group(1))
    if _REMOTE.match(spec or ""):
        return "tcp", spec.rstrip("/")
    raise InputError(f"--scheduler must be local:N or tcp://HOST:PORT, not {spec!r}")


def check_scheduler(spec: str) -> str:
    """``spec`` if it is a valid ``--scheduler`` and Dask is installed; InputError (one line) otherwise."""
    parse_scheduler(spec)
    if importlib.util.find_spec("distributed") is None:
        raise InputError(DASK_MISSING)
    return spec


@contextlib.contextmanager
def dask_client(spec: str):
    """A ``distributed.Client`` for ``spec`` (see :func:`parse_scheduler`); a LocalCluster is closed on exit."""
    kind, value = parse_scheduler(check_scheduler(spec))
    import distributed
    _drop_ctrl_c_races()
    if kind == "local":
        with contextlib.ExitStack() as stack:
            with _interrupts_deferred():   # the worker processes inherit the ignored signal; a Ctrl-C waits
                cluster = stack.enter_context(distributed.LocalCluster(
                    n_workers=value, threads_per_worker=1, processes=True, host="127.0.0.1", scheduler_port=0,
                    dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},   # no fixed port
                    silence_logs=logging.ERROR))
            with distributed.Client(cluster) as client:
                client.register_worker_callbacks(setup=ignore_interrupts)
                try:
                    yield client
                finally:
                    _quiet_workers(client)
        return
    try:
        client = distributed.Client(value, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {value}: {one_line(exc)}") from None
    with client:
        yield client


def _quiet_workers(client) -> None:
    """Before the build closes its LocalCluster: the workers stop logging. Dask closes the scheduler before the
    workers, and a worker whose heartbeat is in flight then logs an error with a traceback (seen after a Ctrl-C);
    once the build is over nothing a worker could still say concerns it."""
    with contextlib.suppress(Exception):   # a worker already gone: nothing to silence
        client.run(_silence_logs, wait=True)


class _CancelRace(logging.Filter):
    """Drops the one error Dask's own ``sync`` logs when a Ctrl-C lands before it has made its future (a NameError in
    ``distributed.utils``' ``cancel`` callback, logged with a traceback by tornado): the build has stopped as asked,
    and that traceback is Dask's, not the user's. Every other record passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if not isinstance(exc, NameError):
            return True
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        return not (last and last[0].name == "cancel" and Path(last[0].filename).parent.name == "distributed")


_CANCEL_RACE = _CancelRace()


class _OrphanedGather(logging.Filter):
    """Drops the "Task exception was never retrieved" asyncio logs for one of Dask's own gather waiters: when a
    Ctrl-C stops a gather, ``Client._gather`` stops waiting on its futures by raising ``distributed.client.AllExit``
    in each waiter, and the waiters nobody awaited any more are reported by asyncio with a traceback when the loop
    closes. The build has stopped as asked; that traceback is Dask's, not the user's. Every other record passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        kind = type(exc)
        return not (kind.__name__ == "AllExit" and kind.__module__ == "distributed.client")


_ORPHANED_GATHER = _OrphanedGather()


def _drop_ctrl_c_races() -> None:
    """Installs :class:`_CancelRace` on tornado's callback logger and :class:`_OrphanedGather` on asyncio's, once per
    process (the callbacks and the loop's last reports can come after the client has closed, so they stay)."""
    for name, kept_off in (("tornado.application", _CANCEL_RACE), ("asyncio", _ORPHANED_GATHER)):
        logger = logging.getLogger(name)
        if kept_off not in logger.filters:
            logger.addFilter(kept_off)


def _silence_logs() -> None:
    logging.getLogger("distributed").setLevel(logging.CRITICAL + 1)


def ignore_interrupts() -> None:
    """In a worker process: leave Ctrl-C to the build's own process, which closes the cluster (no tracebacks)."""
    with contextlib.suppress(ValueError):   # not the process's main thread: nothing to do
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _interrupts_deferred():
    """While the worker processes start: SIGINT ignored (an ignored signal stays ignored across fork and exec, so the
    spawned workers never see a Ctrl-C) and blocked (Linux never discards a blocked signal, even an ignored one: it
    stays pending); on exit the previous handler comes back and the signal is unblocked, so a Ctrl-C pressed during
    the start-up is delivered then, as a KeyboardInterrupt, and the caller closes what it started. (Blocking alone
    does not do: spawned children get the default disposition and a cleared mask, and are interrupted mid-import.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    # multiprocessing starts its resource tracker with SIGINT blocked and unblocks it afterwards, which would
    # discard a pending Ctrl-C (ignored then): start it first, so that it is already running inside
    resource_tracker.ensure_running()
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)   # first the handler: unblocked under SIG_IGN, a pending one is lost
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def batch_size(documents: int, threads: int) -> int:
    """Documents per batch: about BATCHES_PER_WORKER batches per worker thread, at most BATCH_MAX.

    >>> batch_size(20, 2), batch_size(500_000, 400), batch_size(1, 8)
    (3, 32, 1)
    """
    return max(1, min(BATCH_MAX, math.ceil(documents / max(1, threads * BATCHES_PER_WORKER))))


def _read(job: Job) -> tuple[str, str, str, bytes | None]:
    """The job with its file's bytes (None when unreadable: the worker's read_source then says why, in one line)."""
    path, key, sha = job
    try:
        return path, key, sha, read_regular_file(path, max_size=None)   # never waits on a FIFO; the plan checked sizes
    except InputError:
        return path, key, sha, None


def build_batch(batch: list[tuple[str, str, str, bytes | None]], spool: str | None,
                actor_model: str | None = None, cache: tuple[str, str] | None = None) -> list[DocumentOutcome]:
    """What a Dask worker runs: each document of the batch built into its outcome (with the actor model at the path
    ``actor_model``, which the worker must be able to read, when given); with ``cache`` (the staging generation's
    ``graphs`` and ``parts`` folders) its cache files written there, else spooled when asked."""
    outcomes = [build_outcome(path, key, sha, data=data, actor_model=actor_model) for path, key, sha, data in batch]
    if cache:
        return _cache_out(outcomes, Path(cache[0]), Path(cache[1]))
    return [_spool_out(o, Path(spool)) if spool and o.ok else o for o in outcomes]


def _cache_out(outcomes: list[DocumentOutcome], graphs: Path, parts: Path) -> list[DocumentOutcome]:
    """Each built document's cache files written into the staging generation (atomically, as the client would),
    made durable by one sync for the batch; the outcomes go back without them."""
    outcomes = [cached_out(o, graphs, parts) for o in outcomes]
    if any(o.ok for o in outcomes):
        sync_folder(graphs)
    return outcomes


def _spool_name(outcome: DocumentOutcome) -> str:
    return f"{outcome.key}-{outcome.sha256[:16]}"


def _spool_out(outcome: DocumentOutcome, spool: Path) -> DocumentOutcome:
    name = _spool_name(outcome)
    write_bytes(spool / f"{name}.nq", outcome.nquads)
    write_text(spool / f"{name}.html", outcome.part.html)
    return stripped(outcome)


def _spool_in(outcome: DocumentOutcome, spool: Path) -> DocumentOutcome:
    files = [spool / f"{_spool_name(outcome)}{suffix}" for suffix in (".nq", ".html")]
    try:
        nquads, html = files[0].read_bytes(), files[1].read_text(encoding="utf-8")
    except OSError as exc:
        return dataclasses.replace(outcome, ok=False, nquads=b"", part=None,
                                   error=f"{outcome.name}: the spooled result is unreadable ({exc.strerror})")
    for f in files:
        f.unlink(missing_ok=True)
    return dataclasses.replace(outcome, nquads=nquads, part=dataclasses.replace(outcome.part, html=html))


def _failed(job: Job, exc: BaseException) -> DocumentOutcome:
    path, key, sha = job
    return DocumentOutcome(key=key, name=path, sha256=sha, ok=False, error=f"{path}: {one_line(exc)}")


def dask_outcomes(jobs: list[Job], scheduler: str, *, spool: str | os.PathLike | None = None,
                  batch: int | None = None, actor_model: str | None = None,
                  cache: tuple[str, str] | None = None) -> Iterator[DocumentOutcome]:
    """Build ``jobs`` on the Dask cluster ``scheduler`` (``local:N`` or ``tcp://HOST:PORT``); yield each outcome.

    ``spool``: a folder shared by the workers and the client (see the module docstring); ``batch``: documents per
    task (default :func:`batch_size`); ``actor_model``: the path of an actor model (workers read it); ``cache``:
    the ``graphs`` and ``parts`` folders of the build's staging generation, which the workers of a LocalCluster
    (on this machine) write each document's cache files into, one sync per batch: the outcomes come back
    ``cached``, without them (ignored for a ``tcp://`` cluster, whose workers may not see this machine's folders).
    Raises InputError when Dask is missing or the scheduler is unreachable.
    """
    import distributed

    cache = cache if parse_scheduler(scheduler)[0] == "local" else None
    spool_dir = str(Path(spool).resolve()) if spool and not cache else None
    if spool_dir:
        Path(spool_dir).mkdir(parents=True, exist_ok=True)
    with dask_client(scheduler) as client:
        threads = max(1, sum(client.nthreads().values()))
        size = batch or batch_size(len(jobs), threads)
        queue = iter([jobs[i:i + size] for i in range(0, len(jobs), size)])
        running = distributed.as_completed()
        batches: dict = {}

        def submit(part: list[Job]) -> None:
            future = client.submit(build_batch, [_read(job) for job in part], spool_dir, actor_model, cache,
                                   pure=False)
            batches[future] = part
            running.add(future)

        for part in itertools.islice(queue, threads * IN_FLIGHT_PER_WORKER):
            submit(part)
        for future in running:
            part = batches.pop(future)
            try:
                outcomes = future.result()
            except Exception as exc:   # the batch failed as a whole (its workers kept dying): retry one by one
                if len(part) > 1:
                    for job in part:
                        submit([job])
                    continue
                outcomes = [_failed(part[0], exc)]
            finally:
                future.release()
            for more in itertools.islice(queue, 1):
                submit(more)
            for outcome in outcomes:
                yield _spool_in(outcome, Path(spool_dir)) if spool_dir and outcome.ok else outcome
