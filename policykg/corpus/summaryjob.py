"""The per-actor summary of a generation reduced from the documents' parts by a process of its own, beside the main
process loading the store (:mod:`policykg.queries.summaryparts`: the reduce needs no store).

The child keeps the whole answers in the generation (``results/``) (round 22: with those of ``KEPT_FROM_PARTS``
when asked, in the same reading of the parts, so the main process reads none), writes the summary graph's quads to
``generations/<n+1>/.summary.nq`` and prints the hubs as one line of JSON; the main process bulk-loads the quads into
its store, answers the hubs' queries and removes the file. If the child fails (or a part is of another query text),
the main process writes the summary itself, as without the child.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Sequence

from policykg.corpus.cacheread import cached_summary_parts
from policykg.corpus.sidejob import SideJob, child_start, read_keys
from policykg.queries.catalogue import get_query
from policykg.queries.summarise import Reduced, summarise_parts
from policykg.queries.taskparts import KEPT_FROM_PARTS

__all__ = ["KEYS_NAME", "QUADS_NAME", "SummaryJob"]

KEYS_NAME = ".summary-keys"   # the published keys, one a line, inside the staging generation until the summary is reduced
QUADS_NAME = ".summary.nq"    # the summary graph's quads, until the main process has loaded them


class SummaryJob(SideJob):
    """The summary of the generation ``gen`` reduced beside the main process."""

    def __init__(self, gen: Path):
        super().__init__(gen, KEYS_NAME)
        self.quads_file = gen / QUADS_NAME
        self.leftovers.append(self.quads_file)

    def start(self, graphs_dir: Path, keys: list[str], kept: Sequence[str] = ()) -> None:
        """Start reducing the parts of the documents ``keys`` (their cache in ``graphs_dir``), and keeping the
        answers of the queries ``kept`` (of KEPT_FROM_PARTS) in the same reading."""
        self.start_module("policykg.corpus.summaryjob", keys, str(graphs_dir), str(self.gen), str(self.quads_file),
                          *kept)

    def result(self) -> Reduced | None:
        """Wait for the child: what it reduced (the file of the summary's N-Quads, the hubs, the kept answers it
        wrote), or None (the main process writes the summary). The file is the caller's to remove (:meth:`close`
        removes it too)."""
        try:
            ok, said = self.output()
            if not ok or not said or not self.quads_file.is_file():
                return None
            said = json.loads(said)
            return Reduced(self.quads_file, [str(hub) for hub in said["hubs"]],
                           tuple(str(name) for name in said.get("kept", ())))
        except (OSError, ValueError, KeyError, TypeError):
            return None


def _main(keys_file: str, graphs_dir: str, gen: str, quads_file: str, *kept: str) -> None:
    child_start()   # interrupts are the main process's; die with it
    keys = read_keys(keys_file)
    reduced = summarise_parts(lambda: cached_summary_parts(Path(graphs_dir), keys), Path(gen), quads_file=quads_file,
                              kept=[get_query(name) for name in kept if name in KEPT_FROM_PARTS])
    if reduced is not None:   # else nothing printed: the main process answers the queries live
        print(json.dumps({"hubs": reduced.hubs, "kept": list(reduced.kept)}))


if __name__ == "__main__":
    _main(*sys.argv[1:])
