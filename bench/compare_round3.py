"""Issue 12, round 3: this checkout against another installation (the code before), in the same run.

    python bench/compare_round3.py --corpus DIR --work DIR [--baseline-python OTHER/bin/python] [--sizes 1000 3000]

For each corpus size (the first N documents of DIR, made by ``bench/corpus.py``): the whole ``build_corpus(...,
jobs=2)`` in a child process per installation (wall, CPU of the process tree, peak memory of the tree: PSS sampled
through /proc as in ``bench/run.py``), the outputs compared file by file, then on each installation's build: the
selective queries in-process (median of 7 after a warm-up; on the store opened once, and for the queries without
parameters also on the build directory, whose kept answer ``policykg.queries.tables`` serves), the bulk queries to
CSV and JSON (rows per second: the first run on a build directory, which keeps the answer, and the kept one), whole
CLI processes, ``path``. Wall times are stretched by the load of a shared machine: the CPU columns and the ratios of
one run are what to compare.
"""

from __future__ import annotations

import argparse
import hashlib
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

from bench import querybench  # noqa: E402
from bench.run import TreeSampler  # noqa: E402

sys.path.remove(str(ROOT))   # policykg comes from the installation of the interpreter running this (ours or before)


def _child(python: str, task: str, args: dict, timeout: float = 3600) -> dict:
    """Run ``task`` of this file in a child process of ``python``; its JSON answer, wall, CPU and peak memory."""
    t0 = time.perf_counter()
    before = os.times()
    process = subprocess.Popen([python, str(Path(__file__).resolve()), "--child", task, json.dumps(args)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(ROOT))
    sampler = TreeSampler(process.pid)
    sampler.start()
    out, err = process.communicate(timeout=timeout)
    sampler.stop()
    after = os.times()
    if process.returncode != 0:
        raise RuntimeError(f"{task} failed: {err.decode()[-2000:]}")
    answer = json.loads(out.decode().strip().splitlines()[-1])
    answer.update(wall_s=time.perf_counter() - t0, peak_mb=sampler.peak_mb,
                  cpu_s=(after.children_user - before.children_user) + (after.children_system - before.children_system))
    return answer


def child_build(args: dict) -> dict:
    from policykg.corpus.build import build_corpus

    shutil.rmtree(args["out"], ignore_errors=True)
    summary = build_corpus(args["inputs"], args["out"], formats=("trig", "ttl"), jobs=2, quiet=True)
    return {"documents": summary.documents, "triples": summary.triples}


def child_queries(args: dict) -> dict:
    """Selective (in-process), bulk (rows/s) and path, on the build ``args['out']``."""
    from policykg.queries.data import open_data
    from policykg.queries.engine import run_query, stream_query

    out, values = args["out"], args["values"]
    store = open_data(out)
    selective = {}
    for name, params in querybench.SELECTIVE:
        given = {p: values[p] for p in params if p in values}
        if len(given) != len(params):
            continue
        walls, cpus, rows = querybench.timed_runs(lambda: len(run_query(name, given, data=store).rows), 7, 20)
        entry = {"ms": statistics.median(walls) * 1000, "cpu_ms": statistics.median(cpus) * 1000, "rows": rows}
        if not params:   # the build directory by path: the kept answer (the first run keeps it)
            walls, cpus, _ = querybench.timed_runs(lambda: len(run_query(name, {}, data=out).rows), 7, 20)
            entry.update(kept_ms=statistics.median(walls) * 1000, kept_cpu_ms=statistics.median(cpus) * 1000)
        selective[querybench.label(name, tuple(params))] = entry
    bulk = {}
    for name in querybench.BULK:
        rows = len(run_query(name, {}, data=store).rows)
        entry = {"rows": rows}
        for fmt in querybench.BULK_FORMATS:
            c, t = time.process_time(), time.perf_counter()
            stream_query(name, {}, querybench._Sink(), fmt, data=store)
            live = (time.perf_counter() - t, time.process_time() - c)
            c, t = time.process_time(), time.perf_counter()
            stream_query(name, {}, querybench._Sink(), fmt, data=out)   # first on the build directory: kept
            first = (time.perf_counter() - t, time.process_time() - c)
            walls, cpus, _ = querybench.timed_runs(
                lambda fmt=fmt: (stream_query(name, {}, querybench._Sink(), fmt, data=out), rows)[1], 5, 10)
            entry[fmt] = {"live_rows_s": rows / live[0], "live_cpu_rows_s": rows / max(live[1], 1e-9),
                          "first_rows_s": rows / first[0],
                          "kept_rows_s": rows / statistics.median(walls),
                          "kept_cpu_rows_s": rows / max(statistics.median(cpus), 1e-9)}
        bulk[name] = entry
    return {"selective": selective, "bulk": bulk}


def cli(python: str, out: str, values: dict, repeat: int = 5) -> dict:
    results = {}
    for label, name, params in querybench.CLI_CASES + (("query busiest-actors", "busiest-actors", ()),):
        command = [python, "-m", "policykg", "query", name, "--data", out, "--format", "csv"]
        for p in params:
            command += ["-p", f"{p}={values[p]}"]
        subprocess.run(command, capture_output=True, check=True, cwd="/")   # bytecode, and a kept answer
        walls, cpus = [], []
        for _ in range(repeat):
            before, t = os.times(), time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, cwd="/")
            after = os.times()
            walls.append(time.perf_counter() - t)
            cpus.append(after.children_user - before.children_user + after.children_system - before.children_system)
        results[label] = {"s": statistics.median(walls), "cpu_s": statistics.median(cpus)}
    return results


def child_values(args: dict) -> dict:
    from policykg.queries.data import open_data

    return querybench.pick_values(open_data(args["out"]))


def _digest_tree(root: Path) -> dict[str, str]:
    """sha256 of every output file of the published generation but the store (the manifest included)."""
    current = (root / "current").resolve()
    return {str(p.relative_to(current)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(current.rglob("*")) if p.is_file() and "store" not in p.relative_to(current).parts
            and "results" not in p.relative_to(current).parts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus")
    parser.add_argument("--work")
    parser.add_argument("--baseline-python")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--baseline-max", type=int, default=1000, help="run the baseline up to this size")
    parser.add_argument("--json")
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        task, payload = args.child
        print(json.dumps(globals()[f"child_{task}"](json.loads(payload))))
        return
    work = Path(args.work)
    texts = sorted(str(p) for p in Path(args.corpus).glob("*.txt"))
    report: dict = {"load_start": os.getloadavg()[0], "sizes": {}}
    sides = [("ours", sys.executable)] + ([("before", args.baseline_python)] if args.baseline_python else [])
    for n in args.sizes:
        inputs = texts[:n]
        mb = sum(os.path.getsize(p) for p in inputs) / 1e6
        entry: dict = {"mb": mb}
        for side, python in sides:
            if side == "before" and n > args.baseline_max:
                continue
            out = str(work / f"{side}-{n}")
            print(f".. N={n} {side}: build (load {os.getloadavg()[0]:.1f})", file=sys.stderr, flush=True)
            build = _child(python, "build", {"inputs": inputs, "out": out})
            values = _child(python, "values", {"out": out})
            values = {k: v for k, v in values.items() if k not in ("wall_s", "peak_mb", "cpu_s")}
            print(f".. N={n} {side}: queries (load {os.getloadavg()[0]:.1f})", file=sys.stderr, flush=True)
            queries = _child(python, "queries", {"out": out, "values": values})
            entry[side] = {"build": build, "queries": queries, "cli": cli(python, out, values)}
        if "before" in entry:
            a, b = _digest_tree(work / f"ours-{n}"), _digest_tree(work / f"before-{n}")
            entry["outputs_identical"] = a == b
            entry["outputs_differing"] = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))[:20]
        report["sizes"][n] = entry
        print(json.dumps(entry, indent=1), file=sys.stderr, flush=True)
    report["load_end"] = os.getloadavg()[0]
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))
    print(render(report))


def render(report: dict) -> str:
    lines = [f"load average {report['load_start']:.1f} at the start, {report['load_end']:.1f} at the end"]
    for n, entry in report["sizes"].items():
        mb = entry["mb"]
        lines.append(f"N = {n} ({mb:.2f} MB of text)")
        for side in ("ours", "before"):
            if side not in entry:
                continue
            b = entry[side]["build"]
            lines.append(f"  build jobs=2 {side:6}  {b['wall_s']:7.1f} s wall  {b['cpu_s']:7.1f} s CPU (tree)  "
                         f"{b['wall_s'] / mb:5.1f} s/MB  peak {b['peak_mb']:.0f} MB")
        if "before" in entry:
            o, p = entry["ours"]["build"], entry["before"]["build"]
            lines.append(f"  ours/before: wall {o['wall_s'] / p['wall_s']:.2f}x, CPU {o['cpu_s'] / p['cpu_s']:.2f}x; "
                         f"outputs identical: {entry['outputs_identical']} {entry['outputs_differing'] or ''}")
        lines.append("  selective query (ms)        ours: median  cpu | kept: median  cpu | before: median  cpu")
        ours = entry["ours"]["queries"]["selective"]
        before = entry.get("before", {}).get("queries", {}).get("selective", {})
        for name, q in ours.items():
            k = f"{q['kept_ms']:8.1f} {q['kept_cpu_ms']:6.1f}" if "kept_ms" in q else " " * 15
            p = before.get(name)
            pb = f"{p['ms']:8.1f} {p['cpu_ms']:6.1f}" if p else ""
            lines.append(f"  {name:28} {q['ms']:8.1f} {q['cpu_ms']:6.1f} | {k} | {pb}   ({q['rows']} rows)")
        lines.append("  bulk (rows/s)           fmt      live   live/CPU     first      kept  kept/CPU | before live")
        bbulk = entry.get("before", {}).get("queries", {}).get("bulk", {})
        for name, q in entry["ours"]["queries"]["bulk"].items():
            for fmt in ("csv", "json"):
                f = q[fmt]
                pb = bbulk.get(name, {}).get(fmt, {}).get("live_rows_s")
                lines.append(f"  {name:20} {fmt:5} {f['live_rows_s']:9,.0f} {f['live_cpu_rows_s']:10,.0f} "
                             f"{f['first_rows_s']:9,.0f} {f['kept_rows_s']:9,.0f} {f['kept_cpu_rows_s']:9,.0f} | "
                             + (f"{pb:,.0f}" if pb else "-"))
        for side in ("ours", "before"):
            for label, c in entry.get(side, {}).get("cli", {}).items():
                lines.append(f"  CLI {side:6} {label:28} {c['s']:.2f} s (cpu {c['cpu_s']:.2f} s)")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
