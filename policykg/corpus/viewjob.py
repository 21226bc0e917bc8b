"""The actor view (``graph.html``) drawn in a process of its own while the main process finishes the rest.

With ``--jobs`` above 1 and at least ``finish.VIEW_PROCESS_FROM`` documents, once the documents' graphs are in the
new store, a checkpoint of it (Oxigraph's backup: hard links, immutable) is handed to a new interpreter that reads
it (read-only: the union of the named graphs, which is all the view reads) and writes ``graph.html``; meanwhile the
main process writes the merged view, the exports and the report. The checkpoint holds exactly the graphs the
finished store holds, so the page is byte for byte the one drawn from the finished store. Otherwise the view is
drawn in the main process afterwards, as before. The checkpoint is removed before the generation is published; on
an interrupt or a failure the view's process is terminated with the build (it also dies with the main process).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from policykg.core.errors import PolicyKGError
from policykg.corpus.outcome import one_line
from policykg.corpus.run import _worker_init
from policykg.queries.store import GraphStore
from policykg.visualize.views import write_view

__all__ = ["ViewJob", "draw_actor_view"]

SNAPSHOT_NAME = ".view-store"   # the checkpoint, inside the staging generation until the view is drawn
_SHUTDOWN_SECONDS = 5.0


def draw_actor_view(store: GraphStore | str, target: str) -> str | None:
    """Write the actor view of ``store`` (a GraphStore, or the folder of a store, opened read-only) to ``target``;
    None when written, else the one-line reason it could not be drawn."""
    try:
        write_view(store if isinstance(store, GraphStore) else GraphStore(store, read_only=True), "actors", target)
    except PolicyKGError as exc:
        return one_line(exc)
    return None


class ViewJob:
    """``graph.html`` of the generation ``gen``, drawn beside the main process from a checkpoint of its store.

    The view's process is a new interpreter (``python -m policykg.corpus.viewjob SNAPSHOT TARGET``), not a fork of
    the main process, which holds an open store and its threads; it prints the reason a view cannot be drawn.
    """

    def __init__(self, gen: Path):
        self.gen = gen
        self.snapshot = gen / SNAPSHOT_NAME
        self.process: subprocess.Popen | None = None

    def start(self, store: GraphStore) -> None:
        """Checkpoint ``store`` (its named graphs are complete) and start drawing from the checkpoint."""
        store.backup(self.snapshot)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "policykg.corpus.viewjob", str(self.snapshot), str(self.gen / "graph.html")],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def result(self) -> str | None:
        """Wait for the view: None when ``graph.html`` is written, else the reason it is not."""
        try:
            out, err = self.process.communicate()
            if self.process.returncode == 0:
                return out.decode("utf-8", "replace").strip() or None
            lines = [line for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
            return f"the view's process failed ({lines[-1].strip() if lines else self.process.returncode})"
        finally:
            self.close()

    def close(self) -> None:
        """Stop the view's process if it still runs, and remove the checkpoint."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(_SHUTDOWN_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.snapshot, ignore_errors=True)


def _main(snapshot: str, target: str) -> None:
    _worker_init(())   # interrupts are the main process's; die with it
    failure = draw_actor_view(snapshot, target)
    if failure:
        print(failure)


if __name__ == "__main__":
    _main(*sys.argv[1:3])
