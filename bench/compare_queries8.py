"""Issue 12, round 8: the live catalogue queries of this checkout against another installation's (main), on one store,
in the same run: bulk queries streamed to CSV and JSON (rows/s, CPU), the selective queries without parameters
(``busiest-actors``, ``documents``: median ms in-process), and every answer compared byte for byte.

    python bench/compare_queries8.py STORE --baseline-python MAIN/.venv/bin/python [--rounds 3] [--repeat 3]

Each installation runs in child processes (``--child``), in turns (baseline, ours, baseline, ours, ...), each child
opening the store once, warming each query up and timing ``--repeat`` runs; the figure per installation is the median
over its rounds of the per-round medians. Timed: ``stream_query`` to a sink (bulk; the store given as a store
directory, so the answer is live, never a kept one) and ``run_query(...).rows`` (selective). A build directory's kept
answer (a file copy) is timed apart with ``--kept BUILD``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import statistics
import subprocess
import sys
import time

BULK = ("coordination", "responsibilities", "tasks", "objectives", "tasks-without-lead", "actors", "campaigns",
        "references")
SELECTIVE = ("busiest-actors", "documents")
FORMATS = ("csv", "json")


class _Sink(io.RawIOBase):
    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.digest.update(data)
        return len(data)


def _timed(run, repeat: int) -> tuple[float, float]:
    run()
    walls, cpus = [], []
    for _ in range(repeat):
        c, t = time.process_time(), time.perf_counter()
        run()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def child(store_dir: str, repeat: int, names: list[str]) -> dict:
    from policykg.queries.data import open_data
    from policykg.queries.engine import run_query, stream_query

    store = open_data(store_dir)
    out: dict = {}
    for name in names:
        if name in SELECTIVE:
            rows = len(run_query(name, {}, data=store).rows)
            wall, cpu = _timed(lambda: run_query(name, {}, data=store).rows, repeat)
            out[name] = {"rows": rows, "wall": wall, "cpu": cpu}
        for fmt in FORMATS:
            sink = _Sink()
            stream_query(name, {}, sink, fmt, data=store)
            wall, cpu = _timed(lambda: stream_query(name, {}, _Sink(), fmt, data=store), repeat)
            out[f"{name}.{fmt}"] = {"wall": wall, "cpu": cpu, "sha256": sink.digest.hexdigest()}
    return out


def kept(build: str, repeat: int) -> dict:
    """The kept answers of a build directory (a file copy after a build), rows/s of CPU."""
    from policykg.queries.engine import stream_query

    return {f"{name}.{fmt}": _timed(lambda: stream_query(name, {}, _Sink(), fmt, data=build), repeat)[1]
            for name in BULK for fmt in FORMATS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store")
    parser.add_argument("--baseline-python", required=False)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--queries", nargs="+", default=list(BULK + SELECTIVE))
    parser.add_argument("--kept", help="a build directory: also time its kept answers (ours)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.store, args.repeat, args.queries)))
        return
    pythons = {"ours": sys.executable}
    if args.baseline_python:
        pythons = {"base": args.baseline_python, **pythons}
    runs: dict[str, list[dict]] = {k: [] for k in pythons}
    for _ in range(args.rounds):
        for who, python in pythons.items():
            done = subprocess.run([python, __file__, args.store, "--child", "--repeat", str(args.repeat),
                                   "--queries", *args.queries], capture_output=True, text=True, check=True)
            runs[who].append(json.loads(done.stdout.strip().splitlines()[-1]))
    med = {who: {key: {m: statistics.median(r[key][m] for r in rs) for m in ("wall", "cpu")}
                 for key in rs[0]} for who, rs in runs.items()}
    rows = {}
    from policykg.queries.data import open_data
    from policykg.queries.engine import run_query

    store = open_data(args.store)
    for name in args.queries:
        rows[name] = len(run_query(name, {}, data=store).rows)
    del store
    print(f"store {args.store}; {args.rounds} rounds in turns x {args.repeat} timed runs; CPU seconds unless said")
    head = f"{'query':<24}{'rows':>8}{'base cpu s':>12}{'ours cpu s':>12}{'ours/base':>10}{'base rows/s':>13}" \
           f"{'ours rows/s':>13}  same bytes"
    print(head)
    for name in args.queries:
        for key in ([name] if name in SELECTIVE else []) + [f"{name}.{f}" for f in FORMATS]:
            o = med["ours"][key]["cpu"]
            b = med.get("base", {}).get(key, {}).get("cpu")
            same = "-" if "base" not in runs else (
                "yes" if all(r[key].get("sha256") == runs["base"][0][key].get("sha256")
                             for rs in runs.values() for r in rs) else "NO")
            label = key if key != name else f"{name} (run_query)"
            print(f"{label:<24}{rows[name]:>8,}{(b or 0):>12.3f}{o:>12.3f}{(o / b if b else 0):>9.2f}x"
                  f"{(rows[name] / b if b else 0):>13,.0f}{rows[name] / o:>13,.0f}  {same}")
    if args.kept:
        for key, cpu in kept(args.kept, args.repeat).items():
            name = key.split(".")[0]
            print(f"kept answer {key:<24} {cpu * 1000:8.2f} ms cpu  {rows[name] / cpu:>12,.0f} rows/s")


if __name__ == "__main__":
    main()
