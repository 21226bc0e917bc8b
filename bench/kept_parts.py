"""Issue 12, round 21: the build's kept ``tasks`` and ``tasks-without-lead``, reduced from the documents' parts
(queries/taskparts.py) against queried from the store (what main does), in one process, paired.

    python bench/kept_parts.py BUILD_DIR [--pairs 5]

BUILD_DIR is a build directory (``policykg build ... --out BUILD_DIR``) of this checkout: its current generation's
``graphs/KEY.summary.json`` hold the rows. The store is copied apart first (the kept answers are written into
scratch folders, never into the build). Each pair runs both ways, the order swapped every other pair, and compares
the four files (JSON and CSV of each query) byte for byte; prints each way's CPU and wall seconds, and the median of
the pairs' ratios (parts / store). Reading the parts includes the disk: their files are warm after the first pair.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from policykg.core.builddir import SUMMARY_SUFFIX
from policykg.corpus.cacheread import cached_summary_parts
from policykg.corpus.manifest import Manifest
from policykg.queries.catalogue import get_query
from policykg.queries.store import GraphStore
from policykg.queries.summarise import _keep_answers
from policykg.queries.taskparts import KEPT_FROM_PARTS


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "results").glob("*"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args(argv)
    generation = (args.build / "current").resolve()
    graphs = generation / "graphs"
    cached = {p.name[:-len(SUMMARY_SUFFIX)] for p in graphs.glob(f"*{SUMMARY_SUFFIX}")}
    manifest = Manifest(documents=json.loads((generation / "manifest.json").read_text("utf-8"))["documents"])
    keys = manifest.published(cached)[0]   # the documents the build published: a repeat of another is left out
    infos = [get_query(name) for name in KEPT_FROM_PARTS]
    work = Path(tempfile.mkdtemp(prefix="kept-parts-"))
    try:
        shutil.copytree(generation / "store", work / "store")
        store = GraphStore(work / "store")

        def run(way: str, n: int) -> tuple[float, float, dict[str, bytes]]:
            out = work / f"{way}-{n}"
            out.mkdir()
            c, w = time.process_time(), time.perf_counter()
            _keep_answers(store, out, list(infos),
                          (lambda: cached_summary_parts(graphs, keys)) if way == "parts" else None)
            return time.process_time() - c, time.perf_counter() - w, _files(out)

        run("parts", -1), run("store", -1)   # warm-up: the files and the store's caches
        seen: dict[str, list[tuple[float, float]]] = {"parts": [], "store": []}
        for n in range(args.pairs):
            done = {}
            for way in (("parts", "store") if n % 2 == 0 else ("store", "parts")):
                cpu, wall, files = run(way, n)
                seen[way].append((cpu, wall))
                done[way] = files
            if done["parts"] != done["store"] or len(done["parts"]) != 2 * len(infos):
                print(f"pair {n}: the kept files differ: {sorted(done['parts'])} {sorted(done['store'])} "
                      f"{[k for k in done['parts'] if done['parts'][k] != done['store'].get(k)]}", file=sys.stderr)
                return 1
        for way, runs in seen.items():
            print(f"{way:6} cpu {statistics.median(c for c, _ in runs):7.3f} s   wall "
                  f"{statistics.median(w for _, w in runs):7.3f} s   (medians of {len(runs)})")
        cpu_ratios = [p[0] / s[0] for p, s in zip(seen["parts"], seen["store"])]
        wall_ratios = [p[1] / s[1] for p, s in zip(seen["parts"], seen["store"])]
        print(f"parts/store: cpu {statistics.median(cpu_ratios):.3f}x ({min(cpu_ratios):.3f}-{max(cpu_ratios):.3f}), "
              f"wall {statistics.median(wall_ratios):.3f}x ({min(wall_ratios):.3f}-{max(wall_ratios):.3f}); "
              f"{len(keys)} documents, the four files identical in every pair")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
