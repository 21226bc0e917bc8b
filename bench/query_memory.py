"""Memory of a big query (issue 11): a SELECT of ROWS rows written by ``policykg query``, streamed, beside the
baseline of holding every row before writing (what ``policykg query`` did before: ``run_query`` then ``serialize``).

    python bench/query_memory.py [--rows 1000000] [--formats csv json table] [--work DIR]

It writes a store of ROWS triples (``<urn:policykg:bench:s{i}> <urn:policykg:bench:p> "Văn bản số {i}"@vi``,
bulk-loaded by Oxigraph), then runs each measurement in a fresh child process and reads its peak resident memory
(``ru_maxrss`` of that child, from ``os.wait4``) and its wall time. Output goes to /dev/null; the rows written are
counted by a second run into a pipe for CSV. Ratios are ours / baseline, measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

QUERY = "SELECT ?s ?o WHERE { ?s <urn:policykg:bench:p> ?o }"
TARGET_MB = 300.0
BASELINE = """
import sys
from policykg.queries.engine import run_query
result = run_query(sys.argv[1], {}, data=sys.argv[2])
sys.stdout.write(result.serialize(sys.argv[3]))
"""


MAKE_STORE = """
import sys
import pyoxigraph as ox
from policykg.queries.store import GraphStore
rows, path = int(sys.argv[1]), sys.argv[2]
lines = (f'<urn:policykg:bench:s{i}> <urn:policykg:bench:p> "Văn bản số {i}"@vi .\\n' for i in range(rows))
store = GraphStore(path)
store.store.bulk_load("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES,
                      to_graph=ox.NamedNode("https://w3id.org/policykg/graph/bench"))
store.flush()   # the merged view the queries read
"""


def make_store(rows: int, path: Path) -> None:
    """A persistent store of ``rows`` triples in one named graph, one per row of the query's answer (written by a
    child process, so that this one stays small: a child's peak memory counts what it inherits at fork)."""
    subprocess.run([sys.executable, "-c", MAKE_STORE, str(rows), str(path)], check=True)


def measure(args: list[str]) -> tuple[float, float]:
    """Peak resident MB and wall seconds of one child process (its output thrown away)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen(args, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}: {process.stderr.read().decode()[-500:]}")
    return usage.ru_maxrss / 1024, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--formats", nargs="+", default=["csv", "json", "table"])
    parser.add_argument("--work", help="working directory (default: a temporary one)")
    args = parser.parse_args(argv)
    work = Path(args.work or tempfile.mkdtemp(prefix="policykg-querymem-"))
    store = work / "store"
    if not store.exists():
        began = time.perf_counter()
        make_store(args.rows, store)
        print(f"store of {args.rows:,} triples written in {time.perf_counter() - began:.1f} s")
    policykg = str(Path(sys.executable).parent / "policykg")
    counted = subprocess.run([policykg, "query", "-e", QUERY, "--data", str(store), "--format", "csv"],
                             capture_output=True, check=True).stdout.count(b"\r\n") - 1
    print(f"rows written: {counted:,} (of {args.rows:,})")
    print(f"{'format':<8}{'ours MB':>10}{'baseline MB':>13}{'ratio':>8}{'ours s':>9}{'baseline s':>12}  target")
    worst = 0.0
    for fmt in args.formats:
        ours_mb, ours_s = measure([policykg, "query", "-e", QUERY, "--data", str(store), "--format", fmt])
        base_mb, base_s = measure([sys.executable, "-c", BASELINE, QUERY, str(store), fmt])
        worst = max(worst, ours_mb)
        verdict = "PASS" if ours_mb <= TARGET_MB else "MISS"
        print(f"{fmt:<8}{ours_mb:>10.0f}{base_mb:>13.0f}{ours_mb / base_mb:>8.2f}{ours_s:>9.1f}{base_s:>12.1f}  "
              f"<= {TARGET_MB:.0f} MB {verdict}")
    print(f"peak of the streamed query: {worst:.0f} MB for {counted:,} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
