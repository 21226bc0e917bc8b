"""Issue 12, round 20: the bulk plans (``policykg.queries.bulkplans``) against the SPARQL path, paired, on one store.

    python bench/bulk_plans.py STORE_OR_BUILD [--queries tasks actors ...] [--pairs 5] [--formats csv json]

For each named bulk query and format, in one process: one untimed run of each way (RocksDB's caches warm for both),
then ``--pairs`` pairs run in turn (plan, then SPARQL; the order swapped every other pair), each timed in CPU
seconds of the process (what a loaded machine stretches least) and in wall seconds. Prints the rows, each way's
median rows per CPU second and per wall second, and the median of the pairs' ratios (SPARQL time / plan time: the
speed-up, robust to the load changing between pairs). Every pair's two answers are compared byte for byte.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.querybench import BULK, _Sink  # noqa: E402
from policykg.queries import bulkplans  # noqa: E402
from policykg.queries.catalogue import get_query  # noqa: E402
from policykg.queries.data import open_data  # noqa: E402
from policykg.queries.engine import stream_query  # noqa: E402


class _Keep(_Sink):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[bytes] = []

    def write(self, data) -> int:
        self.parts.append(bytes(data))
        return super().write(data)


def one(store, name: str, fmt: str, planned: bool) -> tuple[float, float, bytes]:
    out = _Keep()
    with mock.patch.dict(bulkplans.PLANS, {} if not planned else bulkplans.PLANS, clear=not planned):
        c, w = time.process_time(), time.perf_counter()
        stream_query(name, {}, out, fmt, data=store)
        return time.process_time() - c, time.perf_counter() - w, b"".join(out.parts)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--queries", nargs="*", default=list(BULK))
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--formats", nargs="*", default=["csv", "json"])
    args = parser.parse_args(argv)
    store = open_data(args.store)
    print(f"{'query':20} {'fmt':4} {'rows':>8} {'plan rows/cpu-s':>16} {'sparql rows/cpu-s':>18} "
          f"{'plan rows/s':>12} {'sparql rows/s':>14} {'cpu ratio':>10} {'wall ratio':>10}")
    for name in args.queries:
        planned = bulkplans.planned_answer(store, name, get_query(name).text_for(()))
        if planned is None:
            print(f"{name:20} no plan answers on this store")
            continue
        rows = len(planned[2])
        for fmt in args.formats:
            _, _, reference = one(store, name, fmt, False)
            one(store, name, fmt, True)
            times: dict = {True: [], False: []}
            for pair in range(args.pairs):
                answers = {}
                for planned in ((True, False) if pair % 2 == 0 else (False, True)):
                    cpu, wall, answers[planned] = one(store, name, fmt, planned)
                    times[planned].append((cpu, wall))
                if answers[True] != answers[False] or answers[True] != reference:
                    raise SystemExit(f"{name} {fmt}: the plan's answer differs from the SPARQL's")
            cpu_ratio = statistics.median(s[0] / p[0] for p, s in zip(times[True], times[False]))
            wall_ratio = statistics.median(s[1] / p[1] for p, s in zip(times[True], times[False]))
            med = {k: (statistics.median(t[0] for t in v), statistics.median(t[1] for t in v))
                   for k, v in times.items()}
            print(f"{name:20} {fmt:4} {rows:8,} {rows / med[True][0]:16,.0f} {rows / med[False][0]:18,.0f} "
                  f"{rows / med[True][1]:12,.0f} {rows / med[False][1]:14,.0f} {cpu_ratio:9.2f}x {wall_ratio:9.2f}x",
                  flush=True)


if __name__ == "__main__":
    main()
