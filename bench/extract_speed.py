"""Speed of the extraction (text -> N-Quads of one document) and of a whole ``policykg build``, against a baseline.

For each size N a corpus of N generated documents (bench/corpus.py) is measured with the ``policykg`` installed for
this checkout's interpreter ("ours") and, with ``--baseline-python``, with another installation's interpreter
(e.g. a virtualenv of the commit before the change), in the same run, one after the other for each measure:

- **extraction**: in one child process, read + build + emit N-Quads of every document (the work of a build's worker,
  without the report part), after one warm-up document; CPU seconds and wall seconds, documents/s and MB/s of text;
- **build**: ``policykg build CORPUS --out OUT -q --jobs J`` (store, caches, TriG and Turtle exports, report and
  views), wall seconds and the CPU seconds of the whole process tree (main process and workers).

The machine is shared: wall figures move with its load, CPU figures much less; compare the ratios of one run.

    python bench/extract_speed.py --sizes 100 1000 --baseline-python OLD/bin/python --jobs 2 --work /tmp/speed
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.build_memory import bench_work, interpreters  # noqa: E402
from bench.corpus import generate_corpus  # noqa: E402

# Run by the measured interpreter with nothing of this checkout on its path: it imports *its* policykg.
_EXTRACT = r"""
import json, sys, time
from pathlib import Path
from policykg.graph_builder import pipeline
from policykg.graph_builder.read import read_source
from policykg.ontology import load_lexicon
paths = sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_file())[: int(sys.argv[2])]
lexicon = load_lexicon()
if hasattr(pipeline, "emit_result_nquads"):
    emit = pipeline.emit_result_nquads
else:
    import pyoxigraph as ox
    def emit(result, lexicon):
        return ox.serialize(pipeline.emit_result(result, lexicon), format=ox.RdfFormat.N_QUADS)
emit(pipeline.build_source(read_source(paths[0]), lexicon), lexicon)   # warm-up: lexicon, vocabulary, regexes
wall, cpu, size = time.perf_counter(), time.process_time(), 0
for path in paths:
    size += path.stat().st_size
    emit(pipeline.build_source(read_source(path), lexicon), lexicon)
print(json.dumps({"docs": len(paths), "mb": size / 1e6, "wall": time.perf_counter() - wall,
                  "cpu": time.process_time() - cpu}))
"""


def extraction(python: str, corpus: Path, n: int) -> dict:
    """Read, build and emit the first ``n`` documents of ``corpus`` in a child process of ``python``."""
    proc = subprocess.run([python, "-c", _EXTRACT, str(corpus), str(n)], capture_output=True, text=True,
                          cwd=tempfile.gettempdir(), env={**os.environ, "PYTHONPATH": ""})
    if proc.returncode != 0:
        raise SystemExit(f"extraction with {python} failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def build(python: str, corpus: Path, out: Path, jobs: int) -> dict:
    """``policykg build`` of ``corpus`` into a fresh ``out``: wall seconds and CPU seconds of the process tree."""
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run([python, "-m", "policykg", "build", str(corpus), "--out", str(out), "-q", "--jobs",
                           str(jobs)], capture_output=True, text=True, cwd=tempfile.gettempdir(),
                          env={**os.environ, "PYTHONPATH": ""})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"build with {python} failed: {proc.stderr.strip()[-800:]}")
    size = sum(p.stat().st_size for p in corpus.iterdir() if p.is_file())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"docs": sum(1 for p in corpus.iterdir() if p.is_file()), "mb": size / 1e6, "wall": wall, "cpu": cpu}


def _line(what: str, ours: dict, base: dict | None) -> str:
    def fig(r: dict) -> str:
        return (f"{r['wall']:7.2f} s wall {r['cpu']:7.2f} s CPU  {r['docs'] / r['wall']:6.1f} docs/s "
                f"{r['mb'] / r['wall']:5.3f} MB/s wall {r['mb'] / r['cpu']:5.3f} MB/s CPU")
    text = f"  {what:11s} ours     {fig(ours)}"
    if base:
        text += (f"\n  {'':11s} baseline {fig(base)}\n  {'':11s} ours/baseline: wall {ours['wall'] / base['wall']:.2f}x,"
                 f" CPU {ours['cpu'] / base['cpu']:.2f}x (speed-up {base['cpu'] / ours['cpu']:.2f}x in CPU)")
    return text


def one_size(n: int, work: Path, pythons: dict[str, str], args) -> dict:
    """Extraction alone and (up to ``--build-max``) the whole build of N documents, for each interpreter."""
    corpus = work / f"corpus{n}"
    if not corpus.exists():
        generate_corpus(n, corpus)
    k = min(n, args.extract_max)
    row = {"extract": {who: extraction(py, corpus, k) for who, py in pythons.items()}}
    if args.build_max is None or n <= args.build_max:
        row["build"] = {who: build(py, corpus, work / f"out-{who}-{n}", args.jobs) for who, py in pythons.items()}
    print(f"N = {n} (load average {os.getloadavg()[0]:.1f})")
    print(_line(f"extract {k}", row["extract"]["ours"], row["extract"].get("baseline")))
    if "build" in row:
        print(_line(f"build -j{args.jobs}", row["build"]["ours"], row["build"].get("baseline")))
    return row


def summary(results: dict, sizes: list[int], jobs: int) -> None:
    """s/MB of the build from the smallest to the largest size, and the issue's target at 1,000 documents."""
    built = [n for n in sizes if "build" in results[n]]
    if len(built) >= 2:
        first, last = built[0], built[-1]
        for clock in ("wall", "cpu"):
            per_mb = {n: results[n]["build"]["ours"][clock] / results[n]["build"]["ours"]["mb"] for n in built}
            print(f"s/MB of the build ({clock}), {first} -> {last}: {per_mb[first]:.2f} -> {per_mb[last]:.2f} "
                  f"({per_mb[last] / per_mb[first]:.2f}x)")
    if 1000 in results and "build" in results[1000]:
        r = results[1000]["build"]["ours"]
        verdict = "PASS" if r["wall"] <= 30 else "MISS"
        print(f"target: build of 1,000 documents <= 30 s with --jobs {jobs}: {r['wall']:.1f} s, "
              f"{r['mb'] / r['wall']:.3f} MB/s: {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--baseline-python", help="the interpreter of another installation, measured alongside")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--extract-max", type=int, default=300, help="documents of the extraction-alone runs (at most)")
    parser.add_argument("--build-max", type=int, default=None, help="skip the builds above this size")
    parser.add_argument("--work", help="working directory (default: a temporary one, removed afterwards)")
    parser.add_argument("--json", help="write every number to this JSON file")
    args = parser.parse_args(argv)
    results: dict = {}
    with bench_work(args.work, "policykg-speed-") as work:
        pythons = interpreters(args.baseline_python)
        print(f"policykg extraction speed ({os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start; "
              f"command: python bench/extract_speed.py {' '.join(argv if argv is not None else sys.argv[1:])})")
        for n in args.sizes:
            results[n] = one_size(n, work, pythons, args)
        summary(results, args.sizes, args.jobs)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
