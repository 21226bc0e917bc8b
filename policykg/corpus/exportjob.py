"""The merged triples and ``graph.<format>`` of a generation, written by a process of their own beside the main one.

The exports are made from the documents' cache (``graphs/KEY.nq``: datasets streamed document by document, triple
formats from the sorted merged triples, :mod:`policykg.corpus.merged`), never from the store, so with ``--jobs``
above 1 they are written while the main process loads the store and writes the summary
(:class:`~policykg.corpus.sidejob.SideJob`). The child prints the counts and the files it wrote as one line of
JSON. If it fails, the main process writes the exports itself: a real failure (a full disk) is then raised there,
as it would be without the child.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from policykg.corpus.exports import write_outputs
from policykg.corpus.merged import write_merged
from policykg.corpus.sidejob import SideJob, child_start, read_keys
from policykg.corpus.summary import BuildSummary

__all__ = ["ExportJob", "KEYS_NAME", "write_exports"]

_POLL_SECONDS = 0.05   # how often the main process looks whether the merged triples are written
_WAIT_SECONDS = 300.0  # the longest it waits for them (they take seconds; a child stuck on a full pipe never ends)
KEYS_NAME = ".export-keys"   # the published keys, one a line, inside the staging generation until the exports are written


def write_exports(gen: Path, graphs_dir: Path, keys: list[str], formats: list[str], merged: Path
                  ) -> tuple[int, int, list[str]]:
    """Write the merged triples to ``merged`` and ``graph.<fmt>`` for each of ``formats`` into ``gen``, from the
    cache of the documents ``keys`` in ``graphs_dir``. Returns (quads, distinct triples, files written)."""
    summary = BuildSummary(out_dir=str(gen))
    if not merged.exists():
        summary.quads, summary.triples = write_merged(graphs_dir, keys, merged)
    write_outputs(gen, graphs_dir, keys, formats, merged, summary)
    return summary.quads, summary.triples, summary.outputs


class ExportJob(SideJob):
    """``graph.<format>`` of the generation ``gen``, written beside the main process."""

    def __init__(self, gen: Path):
        super().__init__(gen, KEYS_NAME)

    def start(self, graphs_dir: Path, keys: list[str], formats: list[str], merged: Path) -> None:
        """Start writing the merged triples (``merged``) and the exports of the documents ``keys``."""
        self.start_module("policykg.corpus.exportjob", keys, str(graphs_dir), str(self.gen), str(merged), *formats)

    def merged_written(self, merged: Path, wait: float = _WAIT_SECONDS) -> Path | None:
        """``merged`` (the file :meth:`start` was given) once the child has written it whole (it is written first,
        then renamed into place), waiting for it while the child runs, at most ``wait`` seconds; None when the child
        ended without it or the wait ran out (the caller then reads the documents' triples themselves)."""
        until = time.monotonic() + wait
        while not merged.is_file() and self.process is not None and self.process.poll() is None \
                and time.monotonic() < until:
            time.sleep(_POLL_SECONDS)
        return merged if merged.is_file() else None

    def result(self) -> tuple[int, int, list[str]] | None:
        """Wait for the exports: (quads, triples, files written), or None when the child failed."""
        ok, said = self.output()
        if not ok:
            return None
        try:
            done = json.loads(said)
            return int(done["quads"]), int(done["triples"]), [str(name) for name in done["outputs"]]
        except (ValueError, KeyError, TypeError):
            return None


def _main(keys_file: str, graphs_dir: str, gen: str, merged: str, *formats: str) -> None:
    child_start()   # interrupts are the main process's; die with it
    quads, triples, outputs = write_exports(Path(gen), Path(graphs_dir), read_keys(keys_file), list(formats),
                                            Path(merged))
    print(json.dumps({"quads": quads, "triples": triples, "outputs": outputs}))


if __name__ == "__main__":
    _main(*sys.argv[1:])
