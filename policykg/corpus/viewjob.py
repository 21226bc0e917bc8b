"""The actor view (``graph.html``) drawn from the documents' cached facts, in a process of its own or in the main one.

Each document's worker writes what the actor view reads of it beside its graph (``graphs/KEY.view.json``, see
:func:`policykg.corpus.cacheread.view_facts`); the view is the merge of those facts (:mod:`policykg.visualize.facts`),
drawn without reading the store. A document whose facts file is missing (a cache written before there were
such files) or unreadable has its facts read from its ``graphs/KEY.nq`` instead: the same facts.

With ``--jobs`` above 1 and at least ``finish.VIEW_PROCESS_FROM`` documents, the view is drawn by a new
interpreter started as soon as the published documents are known, while the main process loads the store and
writes the merged view, the exports and the report; the keys go to it in a file (``generations/<n+1>/.view-keys``)
that is removed before the generation is published. On an interrupt or a failure the view's process is terminated
with the build (it also dies with the main process); a view that cannot be drawn is a note, not a failed build.
"""

from __future__ import annotations

import functools
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

from policykg.core.builddir import VIEW_SUFFIX, cache_file, graph_file
from policykg.core.errors import PolicyKGError
from policykg.corpus.cacheread import one_line, view_facts
from policykg.corpus.sidejob import SideJob, child_start, read_keys
from policykg.visualize.facts import GraphFacts, LazyFacts
from policykg.visualize.actorview import write_actor_view

__all__ = ["GROUP_DOCUMENTS", "KEYS_NAME", "PAGE_AFTER_NAME", "ViewJob", "cached_facts", "draw_actor_view"]

KEYS_NAME = ".view-keys"   # the published keys, one a line, inside the staging generation until the view is drawn
# written by the main process once its store's summary is kept (its largest memory after the loads): the view's
# process writes its page, its own largest memory, only then (round 18: the tree's peak is never both at once)
PAGE_AFTER_NAME = ".view-page-after"
_POLL_SECONDS = 0.2
GROUP_DOCUMENTS = 200      # documents a child process of the view's process reads in one pass (``apart``)


def cached_facts(graphs_dir: Path, keys: Iterable[str]) -> Iterator[GraphFacts]:
    """Each document's facts for the actor view, from its ``KEY.view.json`` (else, when it is missing or cannot be
    read as such, from its ``KEY.nq``); its IRIs are not kept past the document (what the view keeps of the corpus is
    its actors and edges, not its statements). Each file is decoded only as far as the pass reading it asks
    (:class:`~policykg.visualize.facts.LazyFacts`: the first pass reads the types alone, the next two no quotes)."""
    for key in keys:
        from_nquads = functools.partial(_nquads_facts, graphs_dir, key)
        try:
            yield LazyFacts(cache_file(graphs_dir, key, VIEW_SUFFIX).read_bytes(), otherwise=from_nquads)
        except OSError:
            yield from_nquads()


def _wait_for(path: Path) -> None:
    """Return once ``path`` exists (the view's process dies with the build's main process: no wait outlives it)."""
    while not path.exists():
        time.sleep(_POLL_SECONDS)


def _nquads_facts(graphs_dir: Path, key: str) -> GraphFacts:
    return view_facts(graph_file(graphs_dir, key).read_bytes())


def draw_actor_view(graphs_dir: Path, keys: Iterable[str], target: str, apart: bool = False,
                    page_after: Path | None = None) -> str | None:
    """Write the actor view of the documents ``keys`` (their cache in ``graphs_dir``) to ``target``; None when
    written, else the one-line reason it could not be drawn. ``apart``: each pass reads the documents
    ``GROUP_DOCUMENTS`` at a time, each group in a child process (``groups`` of
    :func:`~policykg.visualize.actorview.write_actor_view`; the view's own process does so). ``page_after``: a
    file the page is written only once it exists (a large view's details files before it, round 24)."""
    keys = list(keys)
    groups = [functools.partial(cached_facts, Path(graphs_dir), keys[start:start + GROUP_DOCUMENTS])
              for start in range(0, len(keys), GROUP_DOCUMENTS)] if apart else None
    try:
        write_actor_view(lambda: cached_facts(Path(graphs_dir), keys), target, groups=groups,   # three passes
                         before_page=functools.partial(_wait_for, page_after) if page_after is not None else None)
    except PolicyKGError as exc:
        return one_line(exc)
    return None


class ViewJob(SideJob):
    """``graph.html`` of the generation ``gen``, drawn beside the main process from the documents' cached facts
    (``python -m policykg.corpus.viewjob KEYS GRAPHS TARGET``; it prints the reason a view cannot be drawn)."""

    def __init__(self, gen: Path):
        super().__init__(gen, KEYS_NAME)
        self.page_after = gen / PAGE_AFTER_NAME   # cleared here, never in start(): the main process may say "may
        self.page_after.unlink(missing_ok=True)    # follow" before the thread that starts the child gets to it
        self.leftovers.append(self.page_after)

    def start(self, graphs_dir: Path, keys: list[str]) -> None:
        """Start drawing the view of the documents ``keys``, whose cache files are all in ``graphs_dir``; its page is
        written once :meth:`page_may_follow` is called."""
        self.start_module("policykg.corpus.viewjob", keys, str(graphs_dir), str(self.gen / "graph.html"),
                          str(self.page_after))

    def page_may_follow(self) -> None:
        """Let the view's process write its page (now or when it comes to it)."""
        self.page_after.touch()

    def result(self) -> str | None:
        """Wait for the view: None when ``graph.html`` is written, else the reason it is not."""
        ok, said = self.output()
        if ok:
            return said or None
        return f"the view's process failed ({said})"


def _main(keys_file: str, graphs_dir: str, target: str, page_after: str | None = None) -> None:
    child_start()   # interrupts are the main process's; die with it
    # its own process, no other thread: the passes over the documents in children, whose memory ends with them
    failure = draw_actor_view(Path(graphs_dir), read_keys(keys_file), target, apart=True,
                              page_after=Path(page_after) if page_after else None)
    if failure:
        print(failure)


if __name__ == "__main__":
    _main(*sys.argv[1:5])
