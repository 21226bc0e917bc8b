"""The actor view (``graph.html``) drawn from the documents' cached facts, in a process of its own or in the main one.

Each document's worker writes what the actor view reads of it beside its graph (``graphs/KEY.view.json``, see
:func:`policykg.corpus.outcome.view_facts`); the view is the merge of those facts (:mod:`policykg.visualize.facts`),
drawn without reading the store. A document whose facts file is missing (a cache written before there were
such files) or unreadable has its facts read from its ``graphs/KEY.nq`` instead: the same facts.

With ``--jobs`` above 1 and at least ``finish.VIEW_PROCESS_FROM`` documents, the view is drawn by a new
interpreter started as soon as the published documents are known, while the main process loads the store and
writes the merged view, the exports and the report; the keys go to it in a file (``generations/<n+1>/.view-keys``)
that is removed before the generation is published. On an interrupt or a failure the view's process is terminated
with the build (it also dies with the main process); a view that cannot be drawn is a note, not a failed build.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Iterable, Iterator

from policykg.core.atomic import write_text
from policykg.core.errors import PolicyKGError
from policykg.corpus.outcome import VIEW_SUFFIX, one_line, view_facts
from policykg.corpus.run import _worker_init
from policykg.visualize.facts import GraphFacts
from policykg.visualize.actorview import write_actor_view

__all__ = ["KEYS_NAME", "ViewJob", "cached_facts", "draw_actor_view"]

KEYS_NAME = ".view-keys"   # the published keys, one a line, inside the staging generation until the view is drawn
_SHUTDOWN_SECONDS = 5.0


def cached_facts(graphs_dir: Path, keys: Iterable[str]) -> Iterator[GraphFacts]:
    """Each document's facts for the actor view, from its ``KEY.view.json`` (else from its ``KEY.nq``)."""
    names: dict[str, str] = {}   # one string per IRI for the whole corpus
    for key in keys:
        try:
            yield GraphFacts.from_json((graphs_dir / f"{key}{VIEW_SUFFIX}").read_bytes(), names)
        except (OSError, ValueError, KeyError, TypeError):
            yield view_facts((graphs_dir / f"{key}.nq").read_bytes())


def draw_actor_view(graphs_dir: Path, keys: Iterable[str], target: str) -> str | None:
    """Write the actor view of the documents ``keys`` (their cache in ``graphs_dir``) to ``target``; None when
    written, else the one-line reason it could not be drawn."""
    keys = list(keys)
    try:
        write_actor_view(lambda: cached_facts(Path(graphs_dir), keys), target)   # two passes
    except PolicyKGError as exc:
        return one_line(exc)
    return None


class ViewJob:
    """``graph.html`` of the generation ``gen``, drawn beside the main process from the documents' cached facts.

    The view's process is a new interpreter (``python -m policykg.corpus.viewjob GRAPHS KEYS TARGET``), not a fork
    of the main process, which holds an open store and its threads; it prints the reason a view cannot be drawn.
    """

    def __init__(self, gen: Path):
        self.gen = gen
        self.keys_file = gen / KEYS_NAME
        self.process: subprocess.Popen | None = None

    def start(self, graphs_dir: Path, keys: list[str]) -> None:
        """Start drawing the view of the documents ``keys``, whose cache files are all in ``graphs_dir``."""
        write_text(self.keys_file, "".join(f"{key}\n" for key in keys), sync=False)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "policykg.corpus.viewjob", str(graphs_dir), str(self.keys_file),
             str(self.gen / "graph.html")],
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
        """Stop the view's process if it still runs, and remove the keys file."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(_SHUTDOWN_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.keys_file.unlink(missing_ok=True)


def _main(graphs_dir: str, keys_file: str, target: str) -> None:
    _worker_init(())   # interrupts are the main process's; die with it
    keys = Path(keys_file).read_text(encoding="utf-8").split()
    failure = draw_actor_view(Path(graphs_dir), keys, target)
    if failure:
        print(failure)


if __name__ == "__main__":
    _main(*sys.argv[1:4])
