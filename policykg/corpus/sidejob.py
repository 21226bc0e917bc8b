"""A step of a build's finish run by a new interpreter beside the main process (the actor view, the exports).

The child is a new interpreter (``python -m MODULE ...``), not a fork of the main process, which holds an open store
and its threads. It is given the published documents' keys in a file inside the staging generation (removed before
the generation is published) and prints one line: what it has to say (its result, or the reason it could not do its
step). On an interrupt or a failure of the build the child is terminated with it (it also dies with the main
process: :func:`policykg.corpus.childinit.worker_init`).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Sequence

from policykg.core.atomic import write_text

__all__ = ["SideJob"]

_SHUTDOWN_SECONDS = 5.0
_POLL_SECONDS = 0.2   # how often a job started after others (SideJob.start_after) looks whether they have ended


class SideJob:
    """One child process of the finish step, reading the document keys from ``gen / keys_name``."""

    def __init__(self, gen: Path, keys_name: str):
        self.gen = gen
        self.keys_file = gen / keys_name
        self.leftovers: list[Path] = []   # files the child writes for the main process, removed by close()
        self.process: subprocess.Popen | None = None
        self._waiting: threading.Thread | None = None   # the thread of start_after: starts the child, reads it
        self._said: tuple[bytes | None, bytes] = (None, b"not started")   # what that thread read of the child
        self._lock = threading.Lock()
        self._cancelled = False

    def start_module(self, module: str, keys: list[str], *args: str) -> None:
        """Start ``python -m module KEYS_FILE args...`` with ``keys`` written to the keys file."""
        write_text(self.keys_file, "".join(f"{key}\n" for key in keys), sync=False)
        # -P: the working directory is not put on sys.path, so a build run inside another checkout of policykg
        # never starts that checkout's module
        self.process = subprocess.Popen([sys.executable, "-P", "-m", module, str(self.keys_file), *args],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def start_after(self, before: Sequence["SideJob"], start: Callable[[], None]) -> None:
        """Call ``start`` (which starts this job's child: :meth:`start_module`) from a thread of its own once the
        children of ``before`` (jobs already started) have all ended: their memory and this child's are never held
        at the same time. The child dies with the thread that started it (``PR_SET_PDEATHSIG``), so that thread
        reads its output to its end; :meth:`output` waits for it, :meth:`close` cancels or stops it. A job of
        ``before`` may itself be one started after others: this one waits for its child too."""
        before = list(before)

        def wait() -> None:
            while any(job.running() for job in before):
                with self._lock:
                    if self._cancelled:
                        return
                time.sleep(_POLL_SECONDS)
            with self._lock:
                if self._cancelled:
                    return
                try:
                    start()
                except Exception as exc:   # said by output(), in the main process's thread
                    self._said = (None, f"not started: {exc}".encode("utf-8"))
                    return
                process = self.process   # close() may let go of it (after stopping it) once the lock is free
            self._said = process.communicate()

        self._waiting = threading.Thread(target=wait, name=f"after {self.keys_file.name}", daemon=True)
        self._waiting.start()

    def running(self) -> bool:
        """Whether the child runs, or is still to be started by :meth:`start_after`'s thread."""
        waiting, process = self._waiting, self.process
        if waiting is not None and waiting.is_alive():
            return True
        return process is not None and process.poll() is None

    def _communicate(self) -> tuple[bytes | None, bytes]:
        """The child's output to its end (None when it was never started), and its stderr."""
        if self._waiting is None:
            return self.process.communicate()
        self._waiting.join()
        return self._said

    def output(self) -> tuple[bool, str]:
        """Wait for the child: (True, what it printed) when it exited 0, else (False, its last line on stderr or
        its exit code). The keys file is removed either way."""
        try:
            out, err = self._communicate()
            if out is not None and self.process.returncode == 0:
                return True, out.decode("utf-8", "replace").strip()
            lines = [line for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
            return False, lines[-1].strip() if lines else str(self.process.returncode)
        finally:
            self._stop()

    def close(self) -> None:
        """Stop the child if it still runs (not to be started, after :meth:`start_after`), and remove the keys file
        and what the child left for the main process."""
        with self._lock:
            self._cancelled = True
        self._stop()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting.join()
        for path in self.leftovers:
            path.unlink(missing_ok=True)

    def _stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(_SHUTDOWN_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.keys_file.unlink(missing_ok=True)


def read_keys(keys_file: str) -> list[str]:
    """The keys a :class:`SideJob` gave its child."""
    return Path(keys_file).read_text(encoding="utf-8").split()


def child_start() -> None:
    """What a child does first: leave interrupts to the main process, die with it."""
    from policykg.corpus.childinit import worker_init   # not corpus.run: it imports the whole builder

    worker_init(())
