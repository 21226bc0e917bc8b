"""One big document (issue 11): ``policykg build`` of a single generated document of 1 MB and of 20 MB, and the
ratio of their times (target: 20 MB in at most 25 times the time of 1 MB, i.e. linear with room to spare).

    python bench/big_document.py [--sizes 1 20] [--work DIR] [--profile]

The documents come from ``bench/corpus.py`` (``generate_big_document``: an official document whose tasks and
duties grow with the size). Each build runs in a fresh child process (``policykg build FILE --out DIR -q``, the
whole build: store, graph.trig, graph.ttl, report, view); the wall time and the CPU time of the child (user + system,
less sensitive to a shared machine) are printed with their ratios to the first size, measured in the same run.
``--profile`` instead profiles the builder steps on the largest size with cProfile and prints the top functions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import generate_big_document  # noqa: E402

TARGET_RATIO = 25.0   # for 20 times the text


def timed_build(document: Path, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``policykg build DOCUMENT --out OUT -q`` in a child process."""
    shutil.rmtree(out, ignore_errors=True)
    policykg = str(Path(sys.executable).parent / "policykg")
    start = time.perf_counter()
    process = subprocess.Popen([policykg, "build", str(document), "--out", str(out), "-q"], stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build of {document} failed: {process.stderr.read().decode()[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


def profile(document: Path) -> None:
    import cProfile
    import pstats

    from policykg.graph_builder.pipeline import build_source, emit_result
    from policykg.graph_builder.read import read_source

    profiler = cProfile.Profile()
    profiler.enable()
    emit_result(build_source(read_source(document, max_size=None)))
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1.0, 20.0], help="document sizes in MB")
    parser.add_argument("--work", help="working directory (default: a temporary one)")
    parser.add_argument("--profile", action="store_true", help="profile the builder on the largest size instead")
    args = parser.parse_args(argv)
    work = Path(args.work or tempfile.mkdtemp(prefix="policykg-big-"))
    work.mkdir(parents=True, exist_ok=True)
    documents = []
    for mb in args.sizes:
        path = work / f"big-{mb:g}mb.txt"
        if not path.exists():
            path.write_text(generate_big_document(int(mb * 1e6)), encoding="utf-8")
        documents.append(path)
    if args.profile:
        profile(documents[-1])
        return 0
    print(f"{'document':<16}{'MB':>7}{'wall s':>9}{'cpu s':>9}{'wall ratio':>12}{'cpu ratio':>11}{'size ratio':>12}")
    first = None
    for path in documents:
        size = path.stat().st_size / 1e6
        wall, cpu = timed_build(path, work / f"out-{path.stem}")
        first = first or (size, wall, cpu)
        print(f"{path.name:<16}{size:>7.2f}{wall:>9.1f}{cpu:>9.1f}{wall / first[1]:>12.2f}{cpu / first[2]:>11.2f}"
              f"{size / first[0]:>12.2f}")
    if len(documents) > 1:
        size_ratio = size / first[0]
        allowed = TARGET_RATIO * size_ratio / 20.0
        verdict = "PASS" if cpu / first[2] <= allowed else "MISS"
        print(f"target: at most {allowed:.1f}x the time for {size_ratio:.1f}x the text (CPU ratio {cpu / first[2]:.2f}, "
              f"wall ratio {wall / first[1]:.2f}): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
