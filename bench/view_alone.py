"""The actor view's process alone on a build's cache (issue 12): its page drawn from every cached document's facts.

    python bench/view_alone.py GRAPHS_DIR OUT/graph.html
        e.g. python bench/view_alone.py BUILD/generations/1/graphs /tmp/view/graph.html

Prints the view's failure (None when drawn), the number of documents and the process's peak RSS in MB. Run it with
each side's own interpreter on the same cache, one after the other.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from policykg.corpus.viewjob import draw_actor_view

SUFFIX = ".view.json"


def main(graphs: str, target: str) -> None:
    keys = sorted(p.name[:-len(SUFFIX)] for p in Path(graphs).glob("*" + SUFFIX))
    failure = draw_actor_view(Path(graphs), keys, target)
    print(failure, len(keys), "docs, peak RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "MB")


if __name__ == "__main__":
    main(*sys.argv[1:3])
