"""The scale-out benchmark (issue 14): every figure of docs/SCALING.md, each with the ratio to a baseline of the same run.

    python bench/scale_out.py --work DIR [--small 200] [--large 10000] [--stages ...]

Stages (all by default; ``--stages`` picks some):

- ``cost``: the per-document cost and the throughput of a build of ``--small`` generated documents with 1 and 2
  worker processes, both with the process pool (``--jobs 1/2``) and with Dask (``--scheduler local:1/2``, a
  LocalCluster started and closed by the build); ratios against ``--jobs 1`` of the same run;
- ``large``: generate ``--large`` documents and build them once with ``--jobs 2`` to an embedded store and
  ``graph.nq`` (kept in ``DIR``: a second run reuses them, the build's figures are read back from ``DIR``);
- ``load``: the large build into throwaway Virtuoso servers: the Graph Store Protocol (``policykg push``, one PUT
  per document graph, and ``build --endpoint``'s loader) against Virtuoso's bulk loader (``policykg push --bulk``:
  ld_dir + rdf_loader_run + checkpoint), triples/s and their ratio;
- ``queries``: every catalogue query's median latency on the large build, in the embedded store and in the
  bulk-loaded Virtuoso, and their ratio.

Each build runs in a fresh child process whose process tree is sampled through /proc for its peak memory (PSS).
``--json FILE`` writes every number. Timings are wall clock on a shared 2-core machine: read ratios of one run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import run  # noqa: E402

STAGES = ("cost", "large", "load", "queries")


def _note(msg: str) -> None:
    print(f"  .. {msg}", file=sys.stderr, flush=True)


def run_child(task: str, args: dict, timeout: float = 4 * 3600) -> dict:
    """``task`` of this script in a fresh process (bench/run.py's runner): its JSON result and ``peak_tree_mb``."""
    return run.run_child(task, args, timeout, script=__file__)


def child_build(args: dict) -> dict:
    """One corpus build (``build_corpus``), timed: with ``jobs`` or with a Dask ``scheduler``."""
    from policykg.corpus.build import build_corpus

    extra = {"scheduler": args["scheduler"]} if args.get("scheduler") else {}
    t0 = time.perf_counter()
    summary = build_corpus([args["corpus"]], args["out"], formats=tuple(args["formats"]), jobs=args.get("jobs", 1),
                           quiet=True, incremental=False, viz=False, **extra)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "built": summary.built, "failed": len(summary.failed), "triples": summary.triples,
            "quads": summary.quads, "documents": summary.documents}


CHILD_TASKS = {"build": child_build}


def corpus_bytes(corpus: Path) -> int:
    return sum(p.stat().st_size for p in corpus.iterdir() if p.is_file())


def stage_large(work: Path, n: int, seed: int) -> dict:
    """Generate ``n`` documents and build them once (jobs=2, store + graph.nq); reused when already in ``work``."""
    from bench.corpus import generate_corpus

    record = work / f"large-{n}.json"
    if record.exists():
        _note(f"large: reusing the build of {n} documents in {work}")
        return json.loads(record.read_text(encoding="utf-8"))
    corpus = work / f"corpus-{n}"
    t0 = time.perf_counter()
    generate_corpus(n, corpus, seed)
    _note(f"large: generated {n} documents in {time.perf_counter() - t0:.0f} s; building with jobs=2")
    out = work / f"build-{n}"
    shutil.rmtree(out, ignore_errors=True)
    result = run_child("build", {"corpus": str(corpus), "out": str(out), "formats": ["nq"], "jobs": 2})
    result.update(n=n, corpus=str(corpus), out=str(out), text_bytes=corpus_bytes(corpus))
    record.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        print(json.dumps(CHILD_TASKS[argv[1]](json.loads(argv[2]))))
        return 0
    parser = argparse.ArgumentParser(description="policykg scale-out benchmark (issue 14)")
    parser.add_argument("--work", required=True, help="working directory (kept: the large build is reused)")
    parser.add_argument("--small", type=int, default=200, help="documents of the per-document cost builds")
    parser.add_argument("--large", type=int, default=10000, help="documents of the load and query stages")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--json", help="write every number to this JSON file")
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"command": "python bench/scale_out.py " + " ".join(argv)}
    if "large" in args.stages:
        results["large"] = stage_large(work, args.large, args.seed)
        print(json.dumps(results["large"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
