"""``policykg serve``: the build's store behind a real SPARQL server, and the workbench page beside it.

Two servers on the bind address (127.0.0.1 by default):

- the ``oxigraph`` server (the PyPI package of the same version as pyoxigraph; its ``serve-read-only`` command)
  on ``port``: the store opened read-only, SPARQL 1.1 Protocol at ``/query``, Oxigraph's own YASGUI page at ``/``,
  both offline. Its default graph is the store's merged view (one copy of each triple of all documents); when the
  view is stale it serves the union of the named graphs instead (``--union-default-graph``), as the library does.
- the workbench (:mod:`policykg.visualize.workbench`, stdlib ``http.server`` in a thread) on ``page_port``
  (``port + 1`` by default): the catalogue, the documents with their report pages and the explorer, all talking to
  the SPARQL server through the library's own query code.

Both stop on Ctrl-C or SIGTERM: the workbench thread is shut down and the Oxigraph child (its own process group,
stopped by its PID) gets SIGTERM, then SIGKILL after a bounded wait.

>>> oxigraph_program() is not None
True
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from policykg.core.errors import InputError
from policykg.queries.data import locate_data
from policykg.queries.store import GraphStore
from policykg.visualize.workbench import WorkbenchServer

__all__ = ["Served", "SparqlServer", "free_port", "open_workbench", "oxigraph_program", "serve"]

START_TIMEOUT = 60.0     # seconds for the SPARQL server to answer
STOP_TIMEOUT = 5.0       # seconds between SIGTERM and SIGKILL


@dataclass(frozen=True)
class Served:
    """Where the served store answers: the SPARQL endpoint, Oxigraph's YASGUI page and the workbench page."""

    endpoint: str
    yasgui: str
    page: str
    alive: Callable[[], bool] = field(default=lambda: True, repr=False, compare=False)   # the SPARQL server runs


def oxigraph_program() -> str | None:
    """The ``oxigraph`` program of this Python environment (the ``oxigraph`` package), else the one on PATH."""
    here = Path(sysconfig.get_path("scripts")) / "oxigraph"
    beside = Path(sys.executable).parent / "oxigraph"
    for candidate in (here, beside):
        if os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("oxigraph")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on ``host`` right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class SparqlServer:
    """``oxigraph serve-read-only`` on a store directory, as a child process in its own process group."""

    def __init__(self, store_dir: Path, host: str, port: int, *, union_default_graph: bool = False):
        self.store_dir, self.host, self.port = store_dir, host, port
        self.union_default_graph = union_default_graph
        self.process: subprocess.Popen | None = None
        self._log = tempfile.TemporaryFile()

    @property
    def base(self) -> str:
        return f"http://{_url_host(self.host)}:{self.port}"

    @property
    def endpoint(self) -> str:
        return self.base + "/query"

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Start the server and wait until it answers a query; InputError (one line) if it does not."""
        program = oxigraph_program()
        if program is None:
            raise InputError("the oxigraph server program is missing: pip install oxigraph")
        args = [program, "serve-read-only", "--location", str(self.store_dir), "--bind", f"{self.host}:{self.port}",
                "--cors"]
        if self.union_default_graph:
            args.append("--union-default-graph")
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        deadline = time.monotonic() + timeout
        probe = self.endpoint + "?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise InputError(f"the SPARQL server did not start on {self.host}:{self.port}: {self._last_words()}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as answer:   # noqa: S310 (our own local server)
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise InputError(f"the SPARQL server did not answer on {self.host}:{self.port} within {timeout:.0f} s")

    def _last_words(self) -> str:
        self._log.seek(0)
        lines = [line.strip() for line in self._log.read().decode("utf-8", "replace").splitlines() if line.strip()]
        return lines[-1] if lines else f"exit code {self.process.returncode if self.process else '?'}"

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM to the child, SIGKILL after ``timeout`` seconds; a no-op when it is not running."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                process.wait()
        self._log.close()


def _store_of(data) -> tuple[Path, Path | None, bool]:
    """(store directory, build directory or None, whether the merged view is stale) of DATA."""
    where = locate_data(data)
    if where.store is None:
        raise InputError(f"{data}: serve needs a store: a build directory or a store directory "
                         "(`policykg load DATA --store DIR` makes one)")
    store = GraphStore(where.store, read_only=True)
    stale = not store.merged_view_is_current()
    del store
    build_dir = where.path if where.store != where.path else None
    return where.store, build_dir, stale


@contextlib.contextmanager
def open_workbench(data, *, port: int = 7878, bind: str = "127.0.0.1",
                   page_port: int | None = None) -> Iterator[Served]:
    """Serve DATA (a build directory or a store directory) for the length of a ``with`` block.

    ``port`` 0 picks a free port for the SPARQL server; ``page_port`` None means ``port + 1``, 0 a free one.
    Yields a :class:`Served`. Raises InputError (one line) for data that is no store, or a server that cannot
    start (a port in use, a locked store).
    """
    store_dir, build_dir, stale = _store_of(data)
    port = port or free_port(bind)
    sparql = SparqlServer(store_dir, bind, port, union_default_graph=stale)
    page = None
    try:
        sparql.start()      # inside the try: Ctrl-C while it starts still stops the child
        try:
            page = WorkbenchServer(sparql.endpoint, build_dir, bind, port + 1 if page_port is None else page_port,
                                   yasgui=sparql.base + "/")
        except OSError as exc:
            raise InputError(f"cannot serve the workbench on {bind}: {exc.strerror or exc}") from None
        page.start()
        yield Served(sparql.endpoint, sparql.base + "/", page.url, alive=sparql.alive)
    finally:
        if page is not None:
            page.stop()
        sparql.stop()


def serve(data, *, port: int = 7878, bind: str = "127.0.0.1", page_port: int | None = None,
          ready: Callable[[Served], None] | None = None) -> None:
    """Serve DATA until Ctrl-C or SIGTERM (see :func:`open_workbench`); ``ready`` is called with the URLs once both
    servers answer. Returns normally when stopped; raises InputError if the SPARQL server dies on its own.

    While the servers start, Ctrl-C or SIGTERM interrupts at once (the child is stopped). Once they serve, the
    signals only set a flag that the waiting loop reads, so they never land inside the servers' shutdown or a
    child's bookkeeping (an interrupted ``Popen.poll`` can leave its lock held and hang the next ``wait``).
    Run from the main thread (signal handlers are set there).
    """
    stop = threading.Event()

    def _interrupt(signum, frame):
        raise KeyboardInterrupt

    def _stop(signum, frame):
        stop.set()

    previous = {signal.SIGINT: signal.getsignal(signal.SIGINT), signal.SIGTERM: signal.getsignal(signal.SIGTERM)}
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        with open_workbench(data, port=port, bind=bind, page_port=page_port) as served:
            signal.signal(signal.SIGINT, _stop)
            signal.signal(signal.SIGTERM, _stop)
            if ready is not None:
                ready(served)
            _wait(served, stop)
    except KeyboardInterrupt:
        return
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _wait(served: Served, stop: threading.Event) -> None:
    """Block until ``stop`` is set; InputError when the SPARQL server stops on its own."""
    while served.alive():
        if stop.wait(0.5):
            return
    raise InputError(f"the SPARQL server at {served.endpoint} stopped")
