"""The query measures of ``bench/run.py`` (issue 12): two kinds of query, each with its own target.

- SELECTIVE queries, the ones an analyst asks interactively (``actor``, ``path``, ``evidence``, ``documents``,
  ``busiest-actors``, ``document-diff``, and ``coordination`` / ``responsibilities`` / ``tasks`` / ``objectives``
  filtered by an actor or a document): the median of timed runs in one process after a warm-up (wall clock and CPU
  time), and the whole CLI process (``python -m policykg query ...``) from start to exit.
- BULK queries, a whole relation dumped for pandas or a spreadsheet (the same four unfiltered, ``tasks-without-lead``,
  ``actors``, ``campaigns``, ``references``): rows per second written to CSV and to JSON by
  :func:`policykg.queries.engine.stream_query`, on the build's on-disk store and on an in-memory snapshot of its
  merged view (the time to make the snapshot reported beside, so the two compare end to end), and as served: on the
  build directory, whose whole relations are the answers the build kept (``policykg.queries.tables``), first run
  after the build timed apart.

Each measure runs in a fresh child process of ``bench/run.py`` (``_child TASK JSON``); a query that runs away is cut
off by the parent. Parameter values come from the data: the actor that leads the most tasks (a hub: the worst
case), the documents with the most tasks, a task, an actor two coordination links away.
"""

from __future__ import annotations

import io
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

SELECTIVE = [("actor", ("actor",)), ("path", ("from", "to")), ("evidence", ("item",)), ("documents", ()),
             ("busiest-actors", ()), ("document-diff", ("a", "b"))] + [
    (name, (param,)) for name in ("coordination", "responsibilities", "tasks", "objectives")
    for param in ("actor", "document")]
BULK = ("coordination", "responsibilities", "tasks", "objectives", "tasks-without-lead", "actors", "campaigns",
        "references")
BULK_FORMATS = ("csv", "json")
# selective queries timed as whole CLI processes: (label, query name, parameters)
CLI_CASES = (("query documents", "documents", ()), ("query actor", "actor", ("actor",)),
             ("query tasks -p document", "tasks", ("document",)))


def label(name: str, params) -> str:
    """``coordination[actor]`` for a filtered bulk query, the name alone otherwise."""
    filtered = name in ("coordination", "responsibilities", "tasks", "objectives") and params
    return f"{name}[{','.join(params)}]" if filtered else name


def pick_values(store) -> dict[str, str]:
    """Parameter values from the data: the busiest lead actor, a partner two hops away, two big documents, a task."""
    pkg = "https://w3id.org/policykg/ontology#"

    def first(sparql: str, var: str, n: int = 1) -> list[str]:
        return [row[var].value for row in store.select(sparql)][:n]

    actor = first(f"SELECT ?a (COUNT(*) AS ?n) WHERE {{ ?a <{pkg}leads> ?t }} GROUP BY ?a ORDER BY DESC(?n) ?a "
                  "LIMIT 1", "a") or first(f"SELECT ?a WHERE {{ ?a <{pkg}responsibleFor> ?t }} ORDER BY ?a LIMIT 1",
                                           "a")
    values: dict[str, str] = {}
    if actor:
        a = actor[0]
        far = first(f"SELECT DISTINCT ?c WHERE {{ <{a}> <{pkg}coordinatesWith> ?b . ?b <{pkg}coordinatesWith> ?c "
                    f"FILTER(?c != <{a}>) FILTER NOT EXISTS {{ <{a}> <{pkg}coordinatesWith> ?c }} }} ORDER BY ?c "
                    "LIMIT 1", "c")
        near = first(f"SELECT ?b WHERE {{ <{a}> <{pkg}coordinatesWith> ?b }} ORDER BY ?b LIMIT 1", "b")
        values.update(actor=a, **{"from": a}, to=(far or near or [a])[0])
    docs = first(f"SELECT ?d (COUNT(?t) AS ?n) WHERE {{ ?d <{pkg}hasTask> ?t }} GROUP BY ?d ORDER BY DESC(?n) ?d "
                 "LIMIT 2", "d", 2)
    if docs:
        values.update(document=docs[0], a=docs[0], b=docs[-1])
    task = first(f"SELECT ?t WHERE {{ ?t a <{pkg}Task> }} ORDER BY ?t LIMIT 1", "t")
    if task:
        values.update(item=task[0])
    values["kind"] = "pkg:StateBody"
    return values


def params_for(info, values: dict[str, str]) -> dict[str, str] | None:
    """The parameters the query ``info`` needs, from ``values`` (pick_values); None when a required one has none."""
    params = {}
    for p in info.params:
        if p.name in values:
            params[p.name] = values[p.name]
        elif not p.optional:
            return None
    return params


def timed_runs(run, repeat: int, budget: float) -> tuple[list[float], list[float], int]:
    """Run ``run()`` (returns a row count) ``repeat`` timed times after a warm-up, within ``budget`` seconds (at least
    once); a run slower than a second is its own warm-up. Returns wall times, CPU times and the row count (round 27:
    the CPU time of such a first run is its own, not its wall time, so that a loaded machine does not make the two
    equal)."""
    c0, t0 = time.process_time(), time.perf_counter()
    rows = run()
    first, first_cpu = time.perf_counter() - t0, time.process_time() - c0
    walls: list[float] = [first] if first > 1.0 else []
    cpus: list[float] = [first_cpu] if first > 1.0 else []
    spent = first
    while len(walls) < repeat and (spent < budget or not walls):
        c, t = time.process_time(), time.perf_counter()
        rows = run()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
        spent += walls[-1]
    return walls, cpus or [first_cpu], rows


def child_selective(args: dict) -> dict:
    """One selective query on the build's store, in-process: median wall and CPU time of the timed runs."""
    from policykg.queries.data import open_data
    from policykg.queries.engine import run_query

    store = open_data(args["store"])
    walls, cpus, rows = timed_runs(lambda: len(run_query(args["name"], args["params"], data=store).rows),
                                   args["repeat"], args["budget"])
    return {"median_ms": statistics.median(walls) * 1000, "cpu_ms": statistics.median(cpus) * 1000,
            "runs": len(walls), "rows": rows}


class _Sink(io.RawIOBase):
    """A binary stream that keeps nothing but the number of bytes written to it."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.size += len(data)
        return len(data)


def snapshot(store_dir: str):
    """An in-memory GraphStore holding the merged view (the default graph) of the store at ``store_dir``."""
    import pyoxigraph as ox

    from policykg.queries.store import GraphStore

    disk = GraphStore(store_dir, read_only=True)
    memory = GraphStore()
    memory.set_merged_view(disk.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()),
                           extra_graphs=())
    return memory


def child_bulk(args: dict) -> dict:
    """The bulk queries, each streamed to CSV and JSON: rows per second (median of timed runs) on the on-disk store,
    on an in-memory snapshot of it (``args['snapshot']``; the seconds to make it are reported), or as served
    (``args['served']``: the build directory itself, what ``policykg query NAME OUT`` answers; a whole relation is
    then the answer the build kept, ``policykg.queries.tables``). Served, the first run of each format is timed
    apart, before any warm-up (``first_s``): it is what a user gets right after the build."""
    from policykg.queries.data import open_data
    from policykg.queries.engine import run_query, stream_query

    t0 = time.perf_counter()
    if args.get("served"):
        store = args["served"]   # a path: stream_query serves a build directory's kept answers
    else:
        store = snapshot(args["store"]) if args.get("snapshot") else open_data(args["store"])
    made = time.perf_counter() - t0
    out: dict = {"snapshot_s": made if args.get("snapshot") else None, "queries": {}}
    for name in args["names"]:
        first: dict = {}
        if args.get("served"):
            for fmt in BULK_FORMATS:
                t0 = time.perf_counter()
                stream_query(name, {}, _Sink(), fmt, data=store)
                first[fmt] = time.perf_counter() - t0
        rows = len(run_query(name, {}, data=args["store"] if args.get("served") else store).rows)
        entry: dict = {"rows": rows}
        for fmt in BULK_FORMATS:
            def run(fmt=fmt):
                stream_query(name, {}, _Sink(), fmt, data=store)
                return rows
            walls, cpus, _ = timed_runs(run, args["repeat"], args["budget"])
            entry[fmt] = {"seconds": statistics.median(walls), "cpu_s": statistics.median(cpus),
                          "rows_per_s": rows / statistics.median(walls) if rows else None, "runs": len(walls)}
            if fmt in first:
                entry[fmt]["first_s"] = first[fmt]
                entry[fmt]["first_rows_per_s"] = rows / first[fmt] if rows else None
        out["queries"][name] = entry
    return out


def measure_cli(store_dir: Path, values: dict, repeat: int = 5) -> dict:
    """Whole CLI processes (``python -m policykg query NAME --data STORE --format csv``): median wall and CPU seconds
    from start to exit. Bytecode caches are allowed (as on a user's machine) and written by a first, untimed run."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    results = {}
    for case, name, params in CLI_CASES:
        argv = [sys.executable, "-m", "policykg", "query", name, "--data", str(store_dir), "--format", "csv"]
        for p in params:
            argv += ["--param", f"{p}={values[p]}"]
        walls, cpus = [], []
        for i in range(repeat + 1):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            done = subprocess.run(argv, env=env, capture_output=True, cwd=Path(__file__).resolve().parent.parent)
            wall = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                results[case] = {"error": done.stderr.decode("utf-8", "replace").strip()[-200:]}
                break
            if i:
                walls.append(wall)
                cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        else:
            results[case] = {"seconds": statistics.median(walls), "cpu_s": statistics.median(cpus)}
    return results


CHILD_TASKS = {"selective": child_selective, "bulk": child_bulk}
