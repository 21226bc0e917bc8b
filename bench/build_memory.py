"""Peak memory and time of ``policykg build`` as the corpus grows, and the cost of a rebuild that changes nothing.

For each size N a corpus of N generated documents (bench/corpus.py) is built by the ``policykg`` of this checkout
and, when ``--baseline-python`` names the interpreter of another installation (e.g. a virtualenv with the previous
release), by that one too, in the same run: a clean build, a rebuild with nothing changed, and a rebuild after one
document changed. Peak memory is the largest sum of PSS over the process tree (main process and workers), sampled
every 50 ms. Figures are printed with the ratio ours/baseline; the machine is shared, so only ratios of one run mean
anything.

    python bench/build_memory.py --sizes 100 1000 3000 --baseline-python OLD/bin/python --jobs 2
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate_corpus  # noqa: E402
from bench.run import TreeSampler  # noqa: E402


def measure(python: str, args: list[str], cwd: Path) -> dict:
    """Run ``python -m policykg ARGS``; seconds, peak MB of the process tree, exit code."""
    started = time.perf_counter()
    proc = subprocess.Popen([python, "-m", "policykg", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _out, err = proc.communicate()
    sampler.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed with {proc.returncode}: {err.strip()[-500:]}")
    return {"seconds": time.perf_counter() - started, "peak_mb": sampler.peak_mb}


def one_size(n: int, work: Path, pythons: dict[str, str], jobs: int, baseline_max: int | None = None
             ) -> dict[str, dict[str, dict]]:
    corpus = work / f"corpus{n}"
    if not corpus.exists():
        generate_corpus(n, corpus)
    results: dict[str, dict[str, dict]] = {}
    for who, python in pythons.items():
        if who == "baseline" and baseline_max is not None and n > baseline_max:
            continue
        out = work / f"out-{who}-{n}"
        shutil.rmtree(out, ignore_errors=True)
        build = ["build", str(corpus), "--out", str(out), "-q", "--no-viz", "--jobs", str(jobs)]
        runs = {"clean build": measure(python, build, work), "no-change rebuild": measure(python, build, work)}
        first = sorted(corpus.glob("*.txt"))[0]
        original = first.read_bytes()
        first.write_bytes(original + "\nỦy ban nhân dân tỉnh phải kiểm tra.\n".encode("utf-8"))
        try:
            runs["one-document rebuild"] = measure(python, build, work)
        finally:
            first.write_bytes(original)
        shutil.rmtree(out, ignore_errors=True)
        results[who] = runs
        print(f"  .. N={n} {who}: " + ", ".join(f"{k} {v['seconds']:.1f} s {v['peak_mb']:.0f} MB"
                                                for k, v in runs.items()), file=sys.stderr, flush=True)
    return results


def report(all_results: dict[int, dict[str, dict[str, dict]]]) -> str:
    lines = [f"{'N':>6}  {'step':<22}{'ours s':>9}{'base s':>9}{'ratio':>7}{'ours MB':>9}{'base MB':>9}{'ratio':>7}"]
    for n, results in all_results.items():
        ours, base = results["ours"], results.get("baseline")
        for step, r in ours.items():
            b = base[step] if base else None
            lines.append(f"{n:>6}  {step:<22}{r['seconds']:>9.1f}"
                         + (f"{b['seconds']:>9.1f}{r['seconds'] / b['seconds']:>6.2f}x" if b else f"{'-':>9}{'-':>7}")
                         + f"{r['peak_mb']:>9.0f}"
                         + (f"{b['peak_mb']:>9.0f}{r['peak_mb'] / b['peak_mb']:>6.2f}x" if b else f"{'-':>9}{'-':>7}"))
    sizes = list(all_results)
    if len(sizes) > 1:
        for who in ("ours", "baseline"):
            if all(who in all_results[s] for s in sizes[-2:]):
                a, z = (all_results[s][who]["clean build"]["peak_mb"] for s in (sizes[-2], sizes[-1]))
                lines.append(f"peak memory growth {sizes[-2]} -> {sizes[-1]} documents ({who}): {z / a:.2f}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--baseline-python", help="the interpreter of another policykg installation to compare with")
    parser.add_argument("--baseline-max", type=int, metavar="N", help="run the baseline only for sizes up to N")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", help="working directory (default: a temporary one, removed afterwards)")
    args = parser.parse_args(argv)
    with bench_work(args.work, "policykg-mem-") as work:
        pythons = interpreters(args.baseline_python)
        print(report({n: one_size(n, work, pythons, args.jobs, args.baseline_max) for n in args.sizes}))
    return 0


def interpreters(baseline_python: str | None) -> dict[str, str]:
    """The interpreters measured: this one ("ours") and, when given, another installation's ("baseline")."""
    return {"ours": sys.executable, **({"baseline": baseline_python} if baseline_python else {})}


@contextlib.contextmanager
def bench_work(given: str | None, prefix: str):
    """The working directory: ``given`` (kept), else a temporary one removed at the end."""
    work = Path(given) if given else Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    try:
        yield work
    finally:
        if not given:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
