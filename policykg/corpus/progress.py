"""A one-line progress bar with rate and ETA on stderr (only when it is a terminal and the build is not quiet)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import IO

__all__ = ["Progress"]


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
