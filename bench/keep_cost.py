"""What keeping the bulk answers costs a build (issue 12, round 5): each query of KEPT_AT_BUILD beyond the small ones,
answered whole on a store and kept as JSON and CSV, as the build does; CPU seconds and rows.

    python bench/keep_cost.py STORE_DIR SCRATCH_DIR     (a copy of a build's store, or OUT/store read-only)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from policykg.queries.catalogue import get_query
from policykg.queries.engine import run_query
from policykg.queries.store import GraphStore
from policykg.queries.summarise import KEPT_AT_BUILD, _keep

BULK = [name for name in KEPT_AT_BUILD if name not in ("busiest-actors", "documents")]


def main(store_dir: str, scratch: str) -> None:
    store = GraphStore(store_dir, read_only=True)
    total = 0.0
    for name in BULK:
        info = get_query(name)
        started = time.process_time()
        whole = run_query(info, {}, data=store)
        _keep(Path(scratch), info, whole)
        cpu = time.process_time() - started
        total += cpu
        print(f"{name:20} {len(whole.rows):7d} rows  {cpu:5.2f} s CPU (query + JSON + CSV)")
    print(f"total {total:.2f} s CPU")


if __name__ == "__main__":
    main(*sys.argv[1:3])
