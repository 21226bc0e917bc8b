"""The store's full load of a build's cache (``storing.write_store``), strict against lenient, in turns in one process.

Round 13 (speed13): the full load now parses the builder's own N-Quads without checking each IRI again (Oxigraph's
``lenient``; ``GraphStore.bulk_load_chunks(..., own=True)``). This script loads the same ``graphs/`` both ways in
alternating rounds into fresh on-disk stores, prints the CPU of each (``time.process_time``: all the process's
threads, Oxigraph's loader included), the ratio, and whether the two stores hold the same quads (digest of the
sorted N-Quads, blank-node lines set aside).

    python bench/own_loads.py BUILD/graphs SCRATCH [--rounds 2]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from policykg.corpus import storing
from policykg.queries.store import GraphStore


def _load(graphs: Path, keys: list[str], target: Path, lenient: bool) -> GraphStore:
    """``write_store``'s full way, with every bulk load strict or lenient."""
    store = GraphStore(target)
    store.bulk_load_chunks(storing._chunks(graphs, keys), ox.RdfFormat.N_QUADS, own=lenient)
    store.load_ontology()
    store.set_merged_view_chunks(storing._chunks(graphs, keys, triples=True), own=lenient)
    store.store.flush()
    return store


def _digest(store: GraphStore) -> str:
    lines = sorted(store.store.dump(format=ox.RdfFormat.N_QUADS).splitlines())
    digest = hashlib.sha256(b"\n".join(line for line in lines if b"_:" not in line)).hexdigest()[:16]
    return f"{digest} ({len(lines)} quads)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graphs", type=Path)
    parser.add_argument("scratch", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    keys = sorted(p.name[:-3] for p in args.graphs.glob("*.nq"))
    print(f"full store load of {len(keys)} documents; load average {os.getloadavg()[0]:.1f}")
    cpu: dict[str, list[float]] = {"strict": [], "lenient": []}
    digests: dict[str, str] = {}
    for r in range(args.rounds):
        for name in cpu:
            target = args.scratch / f"own-loads-{name}"
            shutil.rmtree(target, ignore_errors=True)
            start = time.process_time()
            store = _load(args.graphs, keys, target, name == "lenient")
            cpu[name].append(time.process_time() - start)
            if r == 0:
                digests[name] = _digest(store)
            del store
            shutil.rmtree(target, ignore_errors=True)
            print(f"  round {r + 1} {name:8s} CPU {cpu[name][-1]:6.2f} s", flush=True)
    for name in cpu:
        print(f"{name:8s} least {min(cpu[name]):6.2f} s, sum {sum(cpu[name]):6.2f} s, store {digests[name]}")
    print(f"lenient/strict: least {min(cpu['lenient']) / min(cpu['strict']):.2f}x, sums "
          f"{sum(cpu['lenient']) / sum(cpu['strict']):.2f}x; same quads: {digests['lenient'] == digests['strict']}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
