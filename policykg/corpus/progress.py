"""Progress on stderr, only when it is a terminal and the build is not quiet: a one-line bar with rate and ETA, and
for a big document one line per step of its build (:class:`DocumentSteps`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import IO

__all__ = ["BIG_DOCUMENT_BYTES", "DocumentSteps", "Progress"]

BIG_DOCUMENT_BYTES = 2_000_000   # a document at least this big gets a line per step of its build


class Progress:
    """Counts finished documents; draws ``[####....] 3/10 1.2 doc/s ETA 6s name`` when enabled."""

    def __init__(self, total: int, enabled: bool, stream: IO[str] | None = None):
        self.total, self.done, self.start = total, 0, time.monotonic()
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0

    def step(self, name: str) -> None:
        """One more document finished (``name``: its input)."""
        self.done += 1
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate else 0.0
        width = 24
        filled = int(width * self.done / self.total)
        label = Path(name).name[:30]
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                          f"{rate:5.1f} doc/s ETA {eta:4.0f}s {label:<30}")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


class DocumentSteps:
    """Lines like ``big.txt (20.0 MB): recognise, 41 s`` as each step of one big document's build starts.

    Called with a step name; writes nothing unless ``enabled`` and the document has ``size`` >= BIG_DOCUMENT_BYTES
    bytes. Each line clears the progress bar's line first and ends with a line break (the bar redraws itself).
    """

    def __init__(self, name: str, size: int, enabled: bool, stream: IO[str] | None = None):
        self.name, self.size, self.start = Path(name).name, size, time.monotonic()
        self.enabled = enabled and size >= BIG_DOCUMENT_BYTES
        self.stream = stream or sys.stderr

    def __call__(self, step: str) -> None:
        if self.enabled:
            self.stream.write(f"\r\x1b[K{self.name} ({self.size / 1e6:.1f} MB): {step}, "
                              f"{time.monotonic() - self.start:.0f} s\n")
            self.stream.flush()
