"""Issue 12, round 16: the timeline of one ``policykg build`` -- every process of its tree, when it runs and what CPU.

    python bench/timeline.py CORPUS OUT [--jobs 2] [--python OTHER/bin/python] [--interval 0.1] [--bin 2]
                             [--json FILE]

Runs the build (``build_corpus(CORPUS, OUT, jobs=N)``, the CLI's formats) in a child interpreter (``--python``: another
installation's) and samples ``/proc`` every ``--interval`` seconds: the CPU (user + system) of each process of the
tree: the main process, each forked worker, each side job (exports, summary, view: ``python -m
policykg.corpus.<job>``). The child times the main process's phases (the workers' run, the store's loads, the waits
for the side jobs, the summary's load and the hubs' answers, the report) and each worker's documents. Prints:

1. the processes: role, start and end (seconds from the build's start), CPU; the tree's CPU (its rusage) and its
   peak resident memory (summed over its processes: pages a fork shares are counted in each, so above the PSS of
   ``bench/tree_peaks.py``);
2. the main process's phases in order (a phase inside another indented), each with its CPU and the CPU of every
   other role meanwhile, and the cores left idle (``--cores``, default: this machine's): the main process is the
   build's critical path, and a wait names the job it waits for;
3. the whole build in bins of ``--bin`` seconds: cores used per role, and idle;
4. (round 22) the critical path: walked back from the build's end, what each stretch of it waited for: the main
   process, or a side job it waited for (a ``wait:`` phase), or the job that job was started after (a side job
   starts once the ones before it have ended: its start within ``_STARTED_AFTER`` s of their end), down to the
   workers' run. What ends the build is its last stretch.

The sampler reads ``/proc/PID/stat`` only (no psutil), so what it costs is its own process's, not the build's. Read
the idle columns at a quiet moment only: another job's CPU is not counted, so it shows as idle.
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

TICK = os.sysconf("SC_CLK_TCK")
ROLES = {"policykg.corpus.exportjob": "exports", "policykg.corpus.summaryjob": "summary",
         "policykg.corpus.viewjob": "view"}


# ---------------------------------------------------------------- the child: the build with its phases timed
def _child(events_file: str, corpus: str, out: str, jobs: int) -> None:
    events: list[dict] = []
    depth = [0]

    def timed(name, function):   # a phase inside another is indented
        def wrapper(*args, **kwargs):
            start, cpu = time.time(), time.process_time()
            depth[0] += 1
            try:
                return function(*args, **kwargs)
            finally:
                depth[0] -= 1
                events.append({"name": "  " * depth[0] + name, "start": start, "end": time.time(),
                               "cpu": time.process_time() - cpu, "depth": depth[0]})
        return wrapper

    from policykg.corpus import build, finish, run, storing
    from policykg.corpus.exportjob import ExportJob
    from policykg.corpus.summaryjob import SummaryJob
    from policykg.corpus.viewjob import ViewJob
    from policykg.queries import store, summarise
    build.run_build = timed("run (workers extract; main writes the cache files)", build.run_build)
    build.finish_build = timed("finish", build.finish_build)
    storing.GraphStore.bulk_load_chunks = timed("store: bulk load of the documents' graphs",
                                                store.GraphStore.bulk_load_chunks)
    store.GraphStore.load_ontology = timed("store: ontology", store.GraphStore.load_ontology)
    store.GraphStore.set_merged_view_from = timed("store: merged view (from the exports' file)",
                                                  store.GraphStore.set_merged_view_from)
    store.GraphStore.set_merged_view_chunks = timed("store: merged view (from the documents)",
                                                    store.GraphStore.set_merged_view_chunks)
    ExportJob.merged_written = timed("wait: exports' merged triples", ExportJob.merged_written)
    SummaryJob.result = timed("wait: summary job", SummaryJob.result)
    finish.write_summary = timed("summary: write_summary (its load, the hubs' answers, the kept answers)",
                                 finish.write_summary)
    store.GraphStore.add_summary = timed("add_summary", store.GraphStore.add_summary)
    summarise._keep_sorted_on_disk = timed("a kept answer (query, sort, JSON+CSV)", summarise._keep_sorted_on_disk)
    summarise.summarise_parts = timed("summary: reduce in the main process", summarise.summarise_parts)
    store.GraphStore.flush = timed("store: flush", store.GraphStore.flush)
    ExportJob.result = timed("wait: export job", ExportJob.result)
    finish._write_report = timed("report", finish._write_report)
    ViewJob.result = timed("wait: view job", ViewJob.result)
    _WORKER[:] = [run.worker_job, events_file]
    run.worker_job = _documents
    from policykg.corpus.build import build_corpus
    start = time.time()
    build_corpus([corpus], out, jobs=jobs, quiet=True)
    events.append({"name": "build", "start": start, "end": time.time(), "cpu": time.process_time()})
    Path(events_file).write_text(json.dumps(events))


_WORKER: list = []   # the worker's job and the events file (module level: the pool pickles the job by name)


def _documents(*args, **kwargs):
    """In a worker: one document built, its span appended to a file of this worker's."""
    start = time.time()
    try:
        return _WORKER[0](*args, **kwargs)
    finally:
        with open(f"{_WORKER[1]}.{os.getpid()}", "a") as spans:
            spans.write(f"{start} {time.time()}\n")


# ---------------------------------------------------------------- the parent: /proc sampled
PAGE = os.sysconf("SC_PAGE_SIZE")


def _stat(pid: str) -> tuple[int, int, int] | None:
    """(ppid, CPU ticks, resident bytes) of ``pid``, or None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    fields = raw[raw.rindex(b")") + 2:].split()
    return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[21]) * PAGE


def _role(pid: int, root: int, parent: int) -> str:
    if pid == root:
        return "main"
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "other"
    for arg in cmdline:
        if arg.decode("utf-8", "replace") in ROLES:
            return ROLES[arg.decode()]
    return "worker" if parent == root else "other"


def sample(process: subprocess.Popen, interval: float) -> dict[int, dict]:
    """Every process below ``process`` while it runs: {pid: {role, samples: [(time, CPU seconds)]}}."""
    root = process.pid
    seen: dict[int, dict] = {}
    peak = [0]   # the tree's resident memory summed (pages a fork shares count in each process: above its PSS)
    while process.poll() is None:
        now = time.time()
        stats = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                got = _stat(name)
                if got is not None:
                    stats[int(name)] = got
        tree = {root}
        grew = True
        while grew:   # descendants of the root
            grew = False
            for pid, (ppid, _, _) in stats.items():
                if ppid in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        peak[0] = max(peak[0], sum(stats[pid][2] for pid in tree if pid in stats))
        for pid in tree:
            if pid not in stats:
                continue
            if pid not in seen:
                seen[pid] = {"role": _role(pid, root, stats[pid][0]), "samples": []}
            seen[pid]["samples"].append((now, stats[pid][1] / TICK))
        time.sleep(max(0.0, interval - (time.time() - now)))
    seen[0] = {"role": "peak", "samples": [], "rss": peak[0]}
    return seen


def _cpu_between(samples: list[tuple[float, float]], start: float, end: float) -> float:
    """CPU seconds a process spent between ``start`` and ``end`` (linear between samples)."""
    def at(t: float) -> float:
        if not samples or t <= samples[0][0]:
            return 0.0 if not samples else samples[0][1] if t >= samples[0][0] else 0.0
        for (t0, c0), (t1, c1) in zip(samples, samples[1:]):
            if t <= t1:
                return c0 + (c1 - c0) * (t - t0) / (t1 - t0) if t1 > t0 else c1
        return samples[-1][1]
    return max(0.0, at(end) - at(start))


def report(seen: dict[int, dict], events: list[dict], spans: dict[int, list], cores: int, width: float,
           cpu: float) -> dict:
    peak = seen.pop(0)["rss"]
    build = next(e for e in events if e["name"] == "build")
    t0, t_end = build["start"], build["end"]
    workers = sorted((p for p in seen if seen[p]["role"] == "worker"), key=lambda p: seen[p]["samples"][0][0])
    names = {p: (f"worker {workers.index(p) + 1}" if p in workers else seen[p]["role"]) for p in seen}
    roles = sorted(set(names.values()), key=lambda r: ("main", "worker", "exports", "summary", "view").index(
        r.split()[0]) if r.split()[0] in ("main", "worker", "exports", "summary", "view") else 9)
    print(f"build: wall {t_end - t0:.1f} s; CPU of the tree {cpu:.1f} s (its rusage; sampled: "
          f"{sum(p['samples'][-1][1] for p in seen.values()):.1f} s); peak RSS of the tree {peak / 2 ** 20:.0f} MB "
          f"(summed); load average at the end {os.getloadavg()[0]:.2f}")
    print("\n1. processes (seconds from the build's start)")
    print(f"  {'process':<12} {'start':>7} {'end':>7} {'wall':>7} {'CPU':>7}  {'share of its wall':>17}")
    for pid in sorted(seen, key=lambda p: seen[p]["samples"][0][0]):
        s = seen[pid]["samples"]
        wall = s[-1][0] - s[0][0]
        print(f"  {names[pid]:<12} {s[0][0] - t0:7.1f} {s[-1][0] - t0:7.1f} {wall:7.1f} {s[-1][1]:7.1f}  "
              f"{s[-1][1] / wall if wall else 0:17.2f}")
    for pid, docs in sorted(spans.items()):
        busy = sum(b - a for a, b in docs)
        print(f"  {names.get(pid, pid)}: {len(docs)} documents, {busy:.1f} s inside them, first from "
              f"{docs[0][0] - t0:.1f} s, last until {docs[-1][1] - t0:.1f} s")
    print(f"\n2. the main process's phases (in the order they started), CPU of each role meanwhile; idle of {cores} cores")
    header = "".join(f"{r[:9]:>10}" for r in roles)
    print(f"  {'phase':<52} {'start':>6} {'wall':>6} {'own CPU':>8}{header} {'idle':>6}")
    rows = []
    for e in sorted((e for e in events if e["name"] != "build"), key=lambda e: e["start"]):
        by_role = {r: 0.0 for r in roles}
        for pid in seen:
            by_role[names[pid]] += _cpu_between(seen[pid]["samples"], e["start"], e["end"])
        wall = e["end"] - e["start"]
        idle = max(0.0, cores * wall - sum(by_role.values()))
        rows.append({"phase": e["name"], "start": e["start"] - t0, "wall": wall, "cpu": e["cpu"], "roles": by_role,
                     "idle": idle})
        print(f"  {e['name'][:52]:<52} {e['start'] - t0:6.1f} {wall:6.1f} {e['cpu']:8.2f}"
              + "".join(f"{by_role[r]:10.2f}" for r in roles) + f" {idle:6.1f}")
    print(f"\n3. cores used per role, bins of {width:g} s (idle: of {cores} cores)")
    print(f"  {'from':>6}" + header + f" {'idle':>6}  main's phase")
    bins = []
    t = t0
    while t < t_end:
        u = min(t + width, t_end)
        by_role = {r: 0.0 for r in roles}
        for pid in seen:
            by_role[names[pid]] += _cpu_between(seen[pid]["samples"], t, u) / (u - t)
        phase = [e["name"].strip() for e in sorted(events, key=lambda e: e.get("depth", 0))
                 if e["start"] <= (t + u) / 2 < e["end"] and e["name"] not in ("build", "finish")]
        idle = max(0.0, cores - sum(by_role.values()))
        bins.append({"from": t - t0, "roles": by_role, "idle": idle, "phase": phase[-1] if phase else ""})
        print(f"  {t - t0:6.1f}" + "".join(f"{by_role[r]:10.2f}" for r in roles) + f" {idle:6.2f}  "
              + (phase[-1][:40] if phase else "(planning / publishing)"))
        t = u
    path = _print_path(seen, names, events, t0, t_end)
    return {"path": path, "wall": t_end - t0, "cpu": cpu, "peak_rss": peak, "processes": {str(p): {"name": names[p], "samples": seen[p]["samples"]} for p in seen},
            "phases": rows, "bins": bins, "spans": {str(k): v for k, v in spans.items()}}


_STARTED_AFTER = 0.6   # s: a side job that starts this soon after another ends was started after it (polls 0.2 s)
_WAITED_FOR = {"wait: exports' merged triples": "exports", "wait: export job": "exports", "wait: summary job": "summary",
               "wait: view job": "view"}
_BLOCKED = 0.3   # s: a wait shorter than this is not a stretch of the path (the job had ended already)


def critical_path(spans: dict[str, tuple[float, float]], events: list[dict], t0: float, t_end: float
                  ) -> list[tuple[str, float, float, str]]:
    """The build's critical path, last stretch first: ``(process, from, to, why)`` in seconds from the build's start.

    ``spans``: each side job's role -> (start, end) (absolute); ``events``: the main process's timed phases. From the
    build's end the path stays on the main process until the latest wait (longer than ``_BLOCKED``) that ended
    before; then it runs on that job back to its start; from there to the job that ended just before it started
    (it was started after it), else back to the main process (which started it).

    >>> path = critical_path({"summary": (10.0, 20.0)}, [{"name": "  wait: summary job", "start": 12.0, "end": 20.1}],
    ...                      0.0, 25.0)
    >>> [(who, start, end) for who, start, end, _ in path]
    [('main', 20.1, 25.0), ('summary', 10.0, 20.1), ('main', 0.0, 10.0)]
    """
    waits = sorted(((e["end"], e["start"], _WAITED_FOR[e["name"].strip()]) for e in events
                    if e["name"].strip() in _WAITED_FOR and e["end"] - e["start"] > _BLOCKED and e["end"] <= t_end),
                   reverse=True)
    path: list[tuple[str, float, float, str]] = []
    t, who = t_end, "main"
    while t > t0:
        if who == "main":
            wait = next(((end, role) for end, start, role in waits if end <= t + 1e-6 and end > t0), None)
            if wait is None:
                path.append(("main", t0, t, "its own work (the workers' run first)"))
                break
            path.append(("main", wait[0], t, "its own work"))
            waits = [w for w in waits if w[0] < wait[0]]
            t, who = wait[0], wait[1]
            why = f"the main process waited for it until {t - t0:.1f} s"
            continue
        start = spans[who][0]
        path.append((who, start, t, why))
        before = max(((end, role) for role, (s, end) in spans.items()
                      if role != who and start - _STARTED_AFTER <= end <= start + 1e-6), default=None)
        why = f"the {who} job was started once it had ended" if before else ""
        t, who = (before[0], before[1]) if before else (start, "main")
    return [(who, a - t0, b - t0, why) for who, a, b, why in path]


def _print_path(seen: dict[int, dict], names: dict[int, str], events: list[dict], t0: float, t_end: float) -> list:
    spans: dict[str, tuple[float, float]] = {}
    for p in sorted(seen, key=lambda p: seen[p]["samples"][0][0], reverse=True):   # a job's own process, not
        if names[p] in ("exports", "summary", "view"):                               # the children it forks
            spans[names[p]] = (seen[p]["samples"][0][0], seen[p]["samples"][-1][0])
    path = critical_path(spans, events, t0, t_end)
    print("\n4. the critical path, from the build's end back (seconds from its start)")
    for who, start, end, why in path:
        print(f"  {who:<8} {start:7.1f} -> {end:7.1f} ({end - start:6.1f} s)  {why}")
    last = next((who for who, *_ in path if who != "main"), None)
    print(f"  what ends the build: {path[0][0]}" + (f"; the last job it waited for: {last}" if last else ""))
    return path


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        _child(argv[1], argv[2], argv[3], int(argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--python", default=sys.executable, help="the installation whose build is drawn")
    parser.add_argument("--interval", type=float, default=0.1)
    parser.add_argument("--bin", type=float, default=2.0)
    parser.add_argument("--cores", type=int, default=os.cpu_count())
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    shutil.rmtree(args.out, ignore_errors=True)
    with tempfile.TemporaryDirectory() as scratch:
        events_file = os.path.join(scratch, "events.json")
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        process = subprocess.Popen([args.python, __file__, "--child", events_file, args.corpus, args.out,
                                    str(args.jobs)])
        seen = sample(process, args.interval)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)   # the whole tree: each process reaped by its parent
        if process.returncode:
            sys.exit(f"the build failed ({process.returncode})")
        events = json.loads(Path(events_file).read_text())
        spans = {}
        for name in os.listdir(scratch):
            if name.startswith("events.json."):
                spans[int(name.rsplit(".", 1)[1])] = sorted(tuple(map(float, line.split()))
                                                            for line in Path(scratch, name).read_text().splitlines())
    done = report(seen, events, spans, args.cores, args.bin, usage.ru_utime + usage.ru_stime)
    if args.json:
        Path(args.json).write_text(json.dumps(done))


if __name__ == "__main__":
    main()
