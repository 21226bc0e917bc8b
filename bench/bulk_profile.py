"""Issue 12, round 8: where a bulk catalogue query's time goes on a store, step by step (CPU seconds, median of runs).

    python bench/bulk_profile.py STORE_OR_BUILD [--queries responsibilities coordination] [--repeat 3]

Steps, each measured on its own in one process after a warm-up:

- ``count``: Oxigraph evaluates the query (without its ORDER BY) inside ``SELECT (COUNT(*) AS ?n)``: the joins and
  aggregates, with the strings of the projected terms mostly not decoded;
- ``fetch``: the same query's solutions iterated in Python as tuples of pyoxigraph terms (evaluation + every
  projected term decoded from RocksDB and made a Python object);
- ``sort``: :func:`policykg.queries.order.sort_rows` on the fetched rows;
- ``convert+write``: the sorted rows numbered and written as CSV and as JSON
  (:func:`policykg.queries.results.numbered_row_pieces`, what ``stream_query`` adds after the fetch and sort);
- ``rust csv unordered``: (round 27) the query without its ORDER BY, written by Oxigraph's own CSV serialiser to a sink:
  no sort, no Python object per row -- the ceiling of streaming the answer in the store's own (deterministic)
  order with pyoxigraph's serialisers;
- ``end to end``: ``stream_query`` to CSV, as the bench times it.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402

from bench.querybench import _Sink  # noqa: E402
from policykg.queries.catalogue import get_query  # noqa: E402
from policykg.queries.data import open_data  # noqa: E402
from policykg.queries.engine import stream_query  # noqa: E402
from policykg.queries.order import number_terms, sort_rows, split_order_by  # noqa: E402
from policykg.queries.results import numbered_row_pieces  # noqa: E402


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
    text = info.text_for(set())   # the text the engine runs for the whole relation
    order = split_order_by(text)
    body = order.text if order else text
    variables = [v.value for v in store.query(body).variables]
    keys = [(variables.index(v), d) for v, d in order.keys] if order else []
    at = re.search(r"^SELECT", body, re.MULTILINE).start()   # the query's own SELECT (not one in a comment)
    counted = body[:at] + "SELECT (COUNT(*) AS ?n) WHERE { { " + body[at:] + "} }"
    rows = [tuple(s) for s in store.query(body)]
    n = len(rows)
    steps = {
        "count": lambda: list(store.query(counted)),
        "fetch": lambda: [tuple(s) for s in store.query(body)],
        "sort": lambda: sort_rows(rows, keys) if keys else rows,
    }
    ordered = sort_rows(rows, keys) if keys else rows
    for fmt in ("csv", "json"):
        steps[f"convert+write {fmt}"] = lambda fmt=fmt: [None for _ in numbered_row_pieces(
            variables, *number_terms(ordered), fmt)]
    steps["rust csv unordered"] = lambda: store.query(body).serialize(_Sink(), ox.QueryResultsFormat.CSV)
    steps["end to end csv"] = lambda: stream_query(name, {}, _Sink(), "csv", data=store)
    steps["end to end json"] = lambda: stream_query(name, {}, _Sink(), "json", data=store)
    print(f"{name}: {n:,} rows")
    total = None
    for step, run in steps.items():
        s = cpu(run, repeat)
        if step == "end to end csv":
            total = s
        print(f"  {step:<22} {s * 1000:9.1f} ms cpu  {s / n * 1e6 if n else 0:7.1f} us/row"
              + f"  {n / s if s else 0:10,.0f} rows/cpu-s")
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
