"""The actor view's process alone on a build's cache (issue 12): its page drawn from every cached document's facts.

    python bench/view_alone.py GRAPHS_DIR OUT/graph.html
        e.g. python bench/view_alone.py BUILD/generations/1/graphs /tmp/view/graph.html

Draws the view as a build's view's process does (its passes over the documents in child processes where the code
has them: ``apart``) and prints the view's failure (None when drawn), the number of documents, the process's peak
RSS and its children's largest peak RSS, in MB (the process's memory at its children's peak is its size before
the passes, far below its own peak). Run it with each side's own interpreter on the same cache, one after the other.
"""

from __future__ import annotations

import inspect
import resource
import sys
from pathlib import Path

from policykg.corpus.viewjob import draw_actor_view

SUFFIX = ".view.json"


def main(graphs: str, target: str) -> None:
    keys = sorted(p.name[:-len(SUFFIX)] for p in Path(graphs).glob("*" + SUFFIX))
    apart = {"apart": True} if "apart" in inspect.signature(draw_actor_view).parameters else {}
    failure = draw_actor_view(Path(graphs), keys, target, **apart)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(failure, len(keys), "docs, peak RSS", own, "MB, children's peak RSS", children, "MB")


if __name__ == "__main__":
    main(*sys.argv[1:3])
