"""Issue 12, round 4: graph.html of a build drawn the old way and the new, each in a fresh child process, in turns.

    python bench/compare_view.py BEFORE_OUT BEFORE_PYTHON AFTER_OUT [--rounds N]

BEFORE_OUT is a build directory made by another installation (``main`` before round 4, BEFORE_PYTHON its
interpreter), whose ``write_view(store, "actors", ...)`` reads the whole policy graph from the build's store;
AFTER_OUT is a build of the same documents by this checkout, whose ``draw_actor_view`` merges the documents' cached
facts (``graphs/KEY.view.json``). Prints the CPU (user + sys) and peak RSS of each child, and whether the two pages
are the same bytes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before_out")
    parser.add_argument("before_python")
    parser.add_argument("after_out")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    before, after = (os.path.realpath(Path(p) / "current") for p in (args.before_out, args.after_out))
    work = Path(tempfile.mkdtemp())
    old = ("from policykg.queries.store import GraphStore; from policykg.visualize.views import write_view; "
           f"write_view(GraphStore({before + '/store'!r}, read_only=True), 'actors', {str(work / 'before.html')!r})")
    new = ("from pathlib import Path; from policykg.queries.store import GraphStore; "
           "from policykg.corpus.viewjob import draw_actor_view; "
           f"s = GraphStore({after + '/store'!r}, read_only=True); "
           "keys = [g.rsplit('/', 1)[1] for g in s.graphs() if '/graph/' in g]; del s; "
           f"print(draw_actor_view(Path({after + '/graphs'!r}), keys, {str(work / 'after.html')!r}) or '', end='')")
    for number in range(args.rounds):
        for name, code, python in (("store (before)", old, args.before_python), ("cached facts (after)", new,
                                                                                 sys.executable)):
            started = time.perf_counter()
            process = subprocess.Popen([python, "-c", code])
            _, status, usage = os.wait4(process.pid, 0)
            print(f"round {number} {name:22s} wall {time.perf_counter() - started:6.1f} s  "
                  f"cpu {usage.ru_utime + usage.ru_stime:6.1f} s  peak RSS {usage.ru_maxrss / 1024:5.0f} MB  "
                  f"rc {status}", flush=True)
    print("pages identical:", (work / "before.html").read_bytes() == (work / "after.html").read_bytes())


if __name__ == "__main__":
    main()
