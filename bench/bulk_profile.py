"""Issue 12, round 8: where a bulk catalogue query's time goes on a store, step by step (CPU seconds, median of runs).

    python bench/bulk_profile.py STORE_OR_BUILD [--queries responsibilities coordination] [--repeat 3]

Steps, each measured on its own in one process after a warm-up:

- ``count``: Oxigraph evaluates the query (without its ORDER BY) inside ``SELECT (COUNT(*) AS ?n)``: the joins and
  aggregates, with the strings of the projected terms mostly not decoded;
- ``fetch``: the same query's solutions iterated in Python as tuples of pyoxigraph terms (evaluation + every
  projected term decoded from RocksDB and made a Python object);
- ``sort``: :func:`policykg.queries.order.sort_rows` on the fetched rows;
- ``convert+write``: the sorted rows made result rows and written as CSV and as JSON to a sink
  (what :func:`policykg.queries.engine.stream_query` adds after the fetch);
- ``end to end``: ``stream_query`` to CSV, as the bench times it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.querybench import _Sink  # noqa: E402
from policykg.queries.catalogue import get_query  # noqa: E402
from policykg.queries.data import open_data  # noqa: E402
from policykg.queries.engine import stream_query, write_result  # noqa: E402
from policykg.queries.order import sort_rows, split_order_by  # noqa: E402
from policykg.queries.results import QueryResult, solution_rows  # noqa: E402


def cpu(run, repeat: int) -> float:
    run()
    times = []
    for _ in range(repeat):
        c = time.process_time()
        run()
        times.append(time.process_time() - c)
    return statistics.median(times)


def profile(store, name: str, repeat: int) -> None:
    info = get_query(name)
    order = split_order_by(info.text)
    body = order.text if order else info.text
    variables = [v.value for v in store.query(body).variables]
    keys = [(variables.index(v), d) for v, d in order.keys] if order else []
    prefix, _, rest = body.partition("SELECT")
    counted = prefix + "SELECT (COUNT(*) AS ?n) WHERE { { SELECT" + rest + "} }"
    rows = [tuple(s) for s in store.query(body)]
    n = len(rows)
    steps = {
        "count": lambda: list(store.query(counted)),
        "fetch": lambda: [tuple(s) for s in store.query(body)],
        "sort": lambda: sort_rows(rows, keys) if keys else rows,
    }
    ordered = sort_rows(rows, keys) if keys else rows
    for fmt in ("csv", "json"):
        steps[f"convert+write {fmt}"] = lambda fmt=fmt: write_result(
            QueryResult.select(variables, solution_rows(variables, ordered, cache=None)), _Sink(), fmt, None)
    steps["end to end csv"] = lambda: stream_query(name, {}, _Sink(), "csv", data=store)
    steps["end to end json"] = lambda: stream_query(name, {}, _Sink(), "json", data=store)
    print(f"{name}: {n:,} rows")
    total = None
    for step, run in steps.items():
        s = cpu(run, repeat)
        if step == "end to end csv":
            total = s
        print(f"  {step:<22} {s * 1000:9.1f} ms cpu  {s / n * 1e6 if n else 0:7.1f} us/row"
              + (f"  {n / s:10,.0f} rows/s" if step.startswith("end") else ""))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data")
    parser.add_argument("--queries", nargs="+", default=["responsibilities"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    store = open_data(args.data if not (Path(args.data) / "store").is_dir() else Path(args.data) / "store")
    for name in args.queries:
        profile(store, name, args.repeat)


if __name__ == "__main__":
    main()
