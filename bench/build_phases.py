"""Issue 12, round 8: where the CPU of a whole ``policykg build`` goes, per phase and per process.

    python bench/build_phases.py CORPUS OUT [--jobs 2]

Runs ``build_corpus(CORPUS, OUT, jobs=N)`` in this process with a timer around each phase of the main process (the
run of the workers, the store's two bulk loads, the summary's reduce, its load, the hubs' queries, the kept answers,
the report, the waits for the side jobs) and prints, per phase, the wall time, the main process's CPU (every thread
of it: Oxigraph's loader is threaded) and the CPU of the children that ended in it (the workers end with the run,
the side jobs -- view, exports, summary -- when the main process waits for them). The workers' own steps are
``bench/worker_steps.py``'s.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHASES: list[tuple[str, float, float, float]] = []
_DEPTH = [0]


def _cpu() -> tuple[float, float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter(), own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def timed(name: str, function):
    """``function`` with its wall, own CPU and children's CPU added to PHASES as ``name`` (outermost calls only
    of nested timed phases are not double counted: each phase records its own span)."""
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = _cpu()
        _DEPTH[0] += 1
        try:
            return function(*args, **kwargs)
        finally:
            _DEPTH[0] -= 1
            end = _cpu()
            PHASES.append(("  " * _DEPTH[0] + name, end[0] - start[0], end[1] - start[1], end[2] - start[2]))
    return wrapper


def patch() -> None:
    """Wrap the build's phases (module attributes, so the callers' look-ups find the wrappers)."""
    from policykg.corpus import build, finish
    from policykg.corpus.exportjob import ExportJob
    from policykg.corpus.summaryjob import SummaryJob
    from policykg.corpus.viewjob import ViewJob
    from policykg.queries import store as store_module, summarise
    build.run_build = timed("run: workers extract every document (main: cache files)", build.run_build)
    build.finish_build = timed("finish (everything after the workers)", build.finish_build)
    finish._store = timed("store: write_store", finish._store)
    store_module.GraphStore.bulk_load_chunks = timed("bulk load (documents' graphs, then the merged view)",
                                                     store_module.GraphStore.bulk_load_chunks)
    store_module.GraphStore.load_ontology = timed("ontology", store_module.GraphStore.load_ontology)
    finish.write_summary = timed("summary: write_summary", finish.write_summary)
    summarise.summarise_parts = timed("summary's reduce from the parts (summarise_parts)", summarise.summarise_parts)
    store_module.GraphStore.add_summary = timed("add_summary (reduced quads, hubs' answers)",
                                                store_module.GraphStore.add_summary)
    summarise._keep_sorted_on_disk = timed("kept answer (query, sort, JSON+CSV)", summarise._keep_sorted_on_disk)
    finish._write_report = timed("report", finish._write_report)
    for job, name in ((ViewJob, "wait: view job"), (ExportJob, "wait: export job"), (SummaryJob, "wait: summary job")):
        job.result = timed(name, job.result)
    for job, name in ((ViewJob, "start: view job"), (ExportJob, "start: export job"),
                      (SummaryJob, "start: summary job")):
        job.start = timed(name, job.start)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    patch()
    from policykg.corpus.build import build_corpus
    shutil.rmtree(args.out, ignore_errors=True)
    start = _cpu()
    build_corpus([args.corpus], args.out, jobs=args.jobs, quiet=True)
    end = _cpu()
    load = os.getloadavg()
    print(f"build of {args.corpus} with --jobs {args.jobs}: wall {end[0] - start[0]:.1f} s, CPU main "
          f"{end[1] - start[1]:.1f} s + children {end[2] - start[2]:.1f} s; load average {load[0]:.1f}")
    print(f"{'phase (nested phases indented, in the order they ended)':<70} {'wall s':>8} {'main CPU':>9} {'children':>9}")
    for name, wall, own, kids in PHASES:
        print(f"{name:<70} {wall:8.2f} {own:9.2f} {kids:9.2f}")


if __name__ == "__main__":
    main()
