"""Before/after of catalogue query texts for the busiest actor (the hub), in one process on one store.

For each query (``coordination``, ``responsibilities`` by default) the text of a git revision (``--before``, default
``main``) and the text in the working tree run in turns, filtered by the hub actor (as ``querybench`` picks it) and
unfiltered, through ``run_query`` on the opened store (no kept answers): the median wall and CPU time of the timed
runs after one warm-up each, the ratio after/before, and whether both texts gave the same rows. The revision's text
gets a trailing newline: a store's per-actor summary (``policykg.queries.summary``) is keyed by the exact text, so
the "before" side is always answered live, and the working tree's side from the summary when the store holds one.

    python bench/hubquery.py BUILD_DIR [--before main] [--repeat 7] [--queries coordination responsibilities]
        [--actor-only]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from querybench import pick_values  # noqa: E402

from policykg.queries.catalogue import get_query  # noqa: E402
from policykg.queries.data import open_data  # noqa: E402
from policykg.queries.engine import run_query  # noqa: E402


def text_at(revision: str, name: str) -> str:
    """The catalogue text of query ``name`` at git ``revision``."""
    return subprocess.run(["git", "show", f"{revision}:queries/catalogue/{name}.rq"], check=True,
                          capture_output=True, text=True, cwd=Path(__file__).parent.parent).stdout


def measure(store, info_by_side: dict, params: dict, repeat: int) -> dict:
    """Run each side's query in turns ``repeat`` times after a warm-up: medians (ms), rows, and whether they agree."""
    runs = {side: lambda info=info: run_query(info, params, data=store).rows for side, info in info_by_side.items()}
    rows = {side: run() for side, run in runs.items()}
    times: dict = {side: ([], []) for side in runs}
    for _ in range(repeat):
        for side, run in runs.items():
            c, t = time.process_time(), time.perf_counter()
            run()
            times[side][0].append(time.perf_counter() - t)
            times[side][1].append(time.process_time() - c)
    first = next(iter(rows.values()))
    return {"rows": len(first), "same": all(r == first for r in rows.values()),
            **{side: (statistics.median(w) * 1000, statistics.median(c) * 1000) for side, (w, c) in times.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build")
    parser.add_argument("--before", default="main")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--queries", nargs="+", default=["coordination", "responsibilities"])
    parser.add_argument("--actor-only", action="store_true", help="only the forms filtered by the hub actor")
    args = parser.parse_args()
    store = open_data(args.build)
    actor = pick_values(store)["actor"]
    print(f"hub actor {actor}; before = {args.before}, after = working tree; median of {args.repeat} after warm-up")
    print(f"{'query':28s} {'before wall':>11s} {'cpu':>7s} {'after wall':>11s} {'cpu':>7s} "
          f"{'wall x':>7s} {'cpu x':>6s}  rows same")
    for name in args.queries:
        info = get_query(name)
        sides = {"before": dataclasses.replace(info, text=text_at(args.before, name) + "\n"), "after": info}
        for label, params in ((f"{name}[actor]", {"actor": actor}), (name, {}))[:1 if args.actor_only else 2]:
            m = measure(store, sides, params, args.repeat)
            (bw, bc), (aw, ac) = m["before"], m["after"]
            print(f"{label:28s} {bw:11.1f} {bc:7.1f} {aw:11.1f} {ac:7.1f} {aw / bw:7.2f} {ac / bc:6.2f}  "
                  f"{m['rows']:5d} {m['same']}", flush=True)


if __name__ == "__main__":
    main()
