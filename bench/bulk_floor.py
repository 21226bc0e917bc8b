"""Issue 12, round 27: the floor of any live bulk answer on a store -- what reading one triple pattern costs.

    python bench/bulk_floor.py STORE_OR_BUILD [--repeat 3]

The bulk relations write 3-7 terms a row, most of them IRIs or texts longer than 15 bytes, which the on-disk store
keeps out of line: each one Oxigraph hands over is a read of its text from RocksDB. Whatever a query's text, its
joins, its sort or the writer do, an answer that writes those terms row by row cannot be cheaper than reading them.
This measures that reading alone, on the simplest patterns (one index scan, no join, no FILTER, no sort, nothing
written), in rows per CPU second of this process (median of ``--repeat`` runs after a warm-up):

- ``count``: ``SELECT (COUNT(*) AS ?n)`` of the pattern: the scan, no term decoded;
- ``rust csv``: the pattern's terms written by Oxigraph's own CSV serialiser to a sink (decoded, no Python object);
- ``python``: the solutions iterated in Python as tuples of pyoxigraph terms (decoded, one object a term).

If ``rust csv`` of two IRIs is already near 100,000 rows per CPU second, a relation that writes five or seven such
terms a row cannot reach the target of issue 12 by any query text or plan: only rows the store holds already shaped
(a few literals a row, or many rows a literal) could. Figures: ``bench/results-round27-bulk.txt``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402

from bench.bulk_profile import cpu  # noqa: E402
from bench.querybench import _Sink  # noqa: E402
from policykg.queries.data import open_data  # noqa: E402
from policykg.queries.params import with_prefixes  # noqa: E402

# (label, the pattern's projected variables, the pattern): each an index scan of one predicate
PATTERNS = (
    ("2 IRIs: actor leads task", "?a ?t", "?a pkg:leads ?t"),
    ("1 IRI: typed task", "?t", "?t a pkg:Task"),
    ("IRI + text: task text", "?t ?x", "?t pkg:text ?x"),
    ("IRI + IRI: task stated in", "?t ?d", "?t pkg:statedIn ?d"),
    ("IRI + text: evidence quote", "?e ?q", "?e pkg:quote ?q"),
)


def floor(store, repeat: int) -> list[str]:
    lines = [f"  {'pattern':<30} {'rows':>8} {'count':>12} {'rust csv':>12} {'python':>12}   (rows per CPU second)"]
    for label, variables, pattern in PATTERNS:
        select = with_prefixes(f"SELECT {variables} WHERE {{ {pattern} }}")
        counted = with_prefixes(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
        rows = int(next(iter(store.query(counted)))[0].value)
        steps = (lambda: list(store.query(counted)),
                 lambda: store.query(select).serialize(_Sink(), ox.QueryResultsFormat.CSV),
                 lambda: [tuple(s) for s in store.query(select)])
        rates = [rows / s if s else 0.0 for s in (cpu(step, repeat) for step in steps)]
        lines.append(f"  {label:<30} {rows:>8,} " + " ".join(f"{r:>12,.0f}" for r in rates))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    store = open_data(args.data if not (Path(args.data) / "store").is_dir() else Path(args.data) / "store")
    print("\n".join(floor(store, args.repeat)))


if __name__ == "__main__":
    main()
