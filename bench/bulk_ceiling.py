"""Issue 12, round 10: how fast a live bulk query can be on a store, whatever Python does with the rows.

    python bench/bulk_ceiling.py STORE_OR_BUILD [--queries responsibilities tasks ...] [--repeat 3]

For each catalogue query (its whole relation, no parameter), CPU seconds of one process, median of ``--repeat`` runs
after a warm-up, as rows per CPU second:

- ``policykg csv`` / ``json``: ``stream_query`` to CSV / JSON on the on-disk store (live; what the bench times);
- ``count``: Oxigraph evaluates the query without its ORDER BY inside ``COUNT(*)`` (the joins, no projected term
  decoded): the ceiling of any answer made by this query text on this store;
- ``rust csv`` (disk / mem): Oxigraph alone, its own ORDER BY and its own CSV serialiser (no Python object per row),
  on the on-disk store and on an in-memory snapshot of the merged view; ``unordered``: the same without the ORDER BY
  (the ceiling of any answer that is decoded row by row by Oxigraph, sorted or not);
- the snapshot's cost (the merged view dumped as N-Triples from disk, bulk-loaded into ``pyoxigraph.Store()``),
  and the end-to-end rows/s of a snapshot made for one query.

``actors`` reads the documents' graphs, which the snapshot of the merged view does not hold: its ``mem`` columns are
left out. Figures: ``bench/results-round10-queries.txt``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402

from bench.bulk_profile import cpu  # noqa: E402
from bench.querybench import _Sink  # noqa: E402
from policykg.queries.catalogue import get_query  # noqa: E402
from policykg.queries.data import open_data  # noqa: E402
from policykg.queries.engine import stream_query  # noqa: E402
from policykg.queries.order import split_order_by  # noqa: E402

BULK = ("coordination", "responsibilities", "tasks", "objectives", "tasks-without-lead", "actors", "campaigns",
        "references")


def snapshot(store) -> tuple[ox.Store, float, float]:
    """An in-memory copy of the store's merged view, and the CPU seconds of its dump and its load."""
    start = time.process_time()
    data = store.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    dumped = time.process_time() - start
    start = time.process_time()
    memory = ox.Store()
    memory.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    return memory, dumped, time.process_time() - start


def measure(store, memory: ox.Store | None, name: str, repeat: int) -> dict[str, float]:
    text = get_query(name).text_for(set())
    order = split_order_by(text)
    body = order.text if order else text
    at = re.search(r"^SELECT", body, re.MULTILINE).start()
    counted = body[:at] + "SELECT (COUNT(*) AS ?n) WHERE { { " + body[at:] + "} }"
    rows = int(next(iter(store.store.query(counted)))[0].value)
    csv = ox.QueryResultsFormat.CSV
    steps = {
        "policykg csv": lambda: stream_query(name, {}, _Sink(), "csv", data=store),
        "policykg json": lambda: stream_query(name, {}, _Sink(), "json", data=store),
        "count": lambda: list(store.store.query(counted)),
        "rust csv disk": lambda: store.store.query(text).serialize(format=csv),
        "rust csv disk unordered": lambda: store.store.query(body).serialize(format=csv),
    }
    if memory is not None and name != "actors":
        steps["rust csv mem"] = lambda: memory.query(text).serialize(format=csv)
        steps["rust csv mem unordered"] = lambda: memory.query(body).serialize(format=csv)
    figures = {"rows": rows}
    for step, run in steps.items():
        figures[step] = cpu(run, repeat)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data")
    parser.add_argument("--queries", nargs="+", default=list(BULK))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    store = open_data(args.data if not (Path(args.data) / "store").is_dir() else Path(args.data) / "store")
    memory, dumped, loaded = snapshot(store)
    made = dumped + loaded
    print(f"in-memory snapshot of the merged view: dump {dumped:.2f} s + load {loaded:.2f} s = {made:.2f} s CPU")
    columns = ("policykg csv", "policykg json", "count", "rust csv disk", "rust csv disk unordered", "rust csv mem",
               "rust csv mem unordered")
    print(f"{'query':<20}{'rows':>8}" + "".join(f"{c:>26}" for c in columns) + f"{'mem + snapshot':>18}")
    for name in args.queries:
        figures = measure(store, memory, name, args.repeat)
        rows = figures["rows"]
        cells = "".join(f"{rows / figures[c]:>26,.0f}" if figures.get(c) else f"{'-':>26}" for c in columns)
        whole = f"{rows / (made + figures['rust csv mem']):>18,.0f}" if "rust csv mem" in figures else f"{'-':>18}"
        print(f"{name:<20}{rows:>8,}" + cells + whole, flush=True)
    print("(rows per CPU second; the target is 100,000)")


if __name__ == "__main__":
    main()
