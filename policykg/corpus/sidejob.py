"""A step of a build's finish run by a new interpreter beside the main process (the actor view, the exports).

The child is a new interpreter (``python -m MODULE ...``), not a fork of the main process, which holds an open store
and its threads. It is given the published documents' keys in a file inside the staging generation (removed before
the generation is published) and prints one line: what it has to say (its result, or the reason it could not do its
step). On an interrupt or a failure of the build the child is terminated with it (it also dies with the main
process: :func:`policykg.corpus.run.worker_init`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from policykg.core.atomic import write_text

__all__ = ["SideJob"]

_SHUTDOWN_SECONDS = 5.0


class SideJob:
    """One child process of the finish step, reading the document keys from ``gen / keys_name``."""

    def __init__(self, gen: Path, keys_name: str):
        self.gen = gen
        self.keys_file = gen / keys_name
        self.leftovers: list[Path] = []   # files the child writes for the main process, removed by close()
        self.process: subprocess.Popen | None = None

    def start_module(self, module: str, keys: list[str], *args: str) -> None:
        """Start ``python -m module KEYS_FILE args...`` with ``keys`` written to the keys file."""
        write_text(self.keys_file, "".join(f"{key}\n" for key in keys), sync=False)
        # -P: the working directory is not put on sys.path, so a build run inside another checkout of policykg
        # never starts that checkout's module
        self.process = subprocess.Popen([sys.executable, "-P", "-m", module, str(self.keys_file), *args],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def output(self) -> tuple[bool, str]:
        """Wait for the child: (True, what it printed) when it exited 0, else (False, its last line on stderr or
        its exit code). The keys file is removed either way."""
        try:
            out, err = self.process.communicate()
            if self.process.returncode == 0:
                return True, out.decode("utf-8", "replace").strip()
            lines = [line for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
            return False, lines[-1].strip() if lines else str(self.process.returncode)
        finally:
            self._stop()

    def close(self) -> None:
        """Stop the child if it still runs, and remove the keys file and what the child left for the main process."""
        self._stop()
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
    from policykg.corpus.run import worker_init

    worker_init(())
