"""The scale-out benchmark (issue 14): every figure of docs/SCALING.md, each with the ratio to a baseline of the same run.

    python bench/scale_out.py --work DIR [--small 200] [--large 10000] [--stages ...]

Stages (all by default; ``--stages`` picks some):

- ``cost``: the per-document cost and the throughput of a build of ``--small`` generated documents with 1 and 2
  worker processes, both with the process pool (``--jobs 1/2``) and with Dask (``--scheduler local:1/2``, a
  LocalCluster started and closed by the build); ratios against ``--jobs 1`` of the same run;
- ``phases``: the client of a ``--scheduler local:2`` build of ``--small`` documents, its wall and CPU time in the
  run step and the finish step, with the workers writing the cache files into the staging generation (now) and
  with the client writing them (before), in the same run;
- ``large``: generate ``--large`` documents and build them once with ``--jobs 2`` to an embedded store and
  ``graph.nq`` (kept in ``DIR``: a second run reuses them, the build's figures are read back from ``DIR``);
- ``load``: the large build into throwaway Virtuoso servers: the Graph Store Protocol (``policykg push``, one PUT
  per document graph, and ``build --endpoint``'s loader) against Virtuoso's bulk loader (``policykg push --bulk``:
  ld_dir + rdf_loader_run + checkpoint), triples/s and their ratio;
- ``queries``: every catalogue query's median latency on the large build, in the embedded store and in the
  bulk-loaded Virtuoso, and their ratio;
- ``merged``: the first ``--server-docs`` documents bulk-loaded into one Virtuoso with the merged graph, every
  catalogue query over the merged graph (as policykg sends it) and over the union of the graphs (as it did before),
  in the same run, and their ratio;
- ``server``: the whole large build bulk-loaded (with the merged graph) into a Virtuoso whose database is kept in
  ``DIR/virtuoso-N`` (loaded once: a later run finds it loaded), then every catalogue query timed on it; the
  figures of each query are saved as it ends, so an interrupted run keeps what it measured.

Each build runs in a fresh child process whose process tree is sampled through /proc for its peak memory (PSS).
``--json FILE`` writes every number. Timings are wall clock on a shared 2-core machine: read ratios of one run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import querybench, run  # noqa: E402

STAGES = ("cost", "phases", "large", "virtuoso", "embedded", "merged", "server")


def _note(msg: str) -> None:
    print(f"  .. {msg}", file=sys.stderr, flush=True)


def run_child(task: str, args: dict, timeout: float = 4 * 3600) -> dict:
    """``task`` of this script in a fresh process (bench/run.py's runner): its JSON result and ``peak_tree_mb``."""
    return run.run_child(task, args, timeout, script=__file__)


def child_build(args: dict) -> dict:
    """One corpus build (``build_corpus``), timed: with ``jobs`` or with a Dask ``scheduler``; of the folder
    ``corpus`` from scratch, or incrementally of the files listed in ``paths`` (one a line)."""
    from policykg.corpus.build import build_corpus

    extra = {"scheduler": args["scheduler"]} if args.get("scheduler") else {}
    inputs = run._read_list(args["paths"]) if args.get("paths") else [args["corpus"]]
    t0, c0 = time.perf_counter(), _cpu()
    summary = build_corpus(inputs, args["out"], formats=tuple(args["formats"]), jobs=args.get("jobs", 1),
                           quiet=True, incremental=bool(args.get("paths")), viz=False, **extra)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "cpu_seconds": _cpu() - c0, "built": summary.built, "failed": len(summary.failed), "triples": summary.triples,
            "quads": summary.quads, "documents": summary.documents}


def _cpu() -> float:
    """CPU seconds of this process, all its threads (Oxigraph's too), not its child processes."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child_cluster(args: dict) -> dict:
    """The fixed cost of ``--scheduler local:N``: start a LocalCluster of N workers and close it again."""
    from policykg.corpus.distributed import dask_client

    t0 = time.perf_counter()
    with dask_client(f"local:{args['workers']}") as client:
        started = time.perf_counter() - t0
        workers = len(client.nthreads())
    return {"seconds": time.perf_counter() - t0, "start_seconds": started, "workers": workers}


def child_client(args: dict) -> dict:
    """The client's share of a build, the part no worker can take, for the documents of a finished build: each
    document's two cache files written as run_build writes them (atomically, each fsynced), then the finish step's
    store: the merged triples sorted (write_merged) and the store bulk-loaded from the cache (write_store)."""
    from policykg.core.atomic import write_bytes, write_text
    from policykg.corpus.merged import write_merged
    from policykg.corpus.storing import write_store

    source, target = Path(args["out"]), Path(args["target"])
    documents = [(f.stem, f.read_bytes(), (source / "parts" / f"{f.stem}.html").read_text(encoding="utf-8"))
                 for f in sorted((source / "graphs").glob("*.nq"))]
    (target / "graphs").mkdir(parents=True, exist_ok=True)
    (target / "parts").mkdir(parents=True, exist_ok=True)
    t0, c0 = time.perf_counter(), _cpu()
    for key, nquads, html in documents:
        write_bytes(target / "graphs" / f"{key}.nq", nquads)
        write_text(target / "parts" / f"{key}.html", html)
    t1, c1 = time.perf_counter(), _cpu()
    keys = [key for key, _, _ in documents]
    merged = target / "merged.nt"
    write_merged(target / "graphs", keys, merged)
    store = write_store(target / "store", target / "graphs", keys)
    store.flush()
    t2, c2 = time.perf_counter(), _cpu()
    return {"seconds": t2 - t0, "cache_seconds": t1 - t0, "store_seconds": t2 - t1, "documents": len(documents),
            "cpu_seconds": c2 - c0, "cache_cpu_seconds": c1 - c0, "store_cpu_seconds": c2 - c1}


def child_phases(args: dict) -> dict:
    """A ``--scheduler`` build of ``corpus`` into ``out``; the client's wall and CPU time in the whole build, its run
    step (outcomes recorded, cache files) and its finish step (merged view, store, outputs). With ``client_writes``
    the workers' cache files are not used: the client writes them, as before this round."""
    from policykg.corpus import build, run as corpus_run

    phases: dict = {}

    def timed(name: str, step):
        def wrapper(*a, **k):
            t0, c0 = time.perf_counter(), _cpu()
            try:
                return step(*a, **k)
            finally:
                phases[name] = {"seconds": time.perf_counter() - t0, "cpu_seconds": _cpu() - c0}
        return wrapper

    if args.get("client_writes"):
        outcomes = corpus_run.dask_outcomes
        corpus_run.dask_outcomes = lambda *a, **k: outcomes(*a, **{**k, "cache": None})
    build.run_build, build.finish_build = timed("run", build.run_build), timed("finish", build.finish_build)
    t0, c0 = time.perf_counter(), _cpu()
    summary = build.build_corpus([args["corpus"]], args["out"], formats=("trig",), quiet=True, viz=False,
                                 scheduler=args["scheduler"])
    return {"seconds": time.perf_counter() - t0, "cpu_seconds": _cpu() - c0, "built": summary.built, **phases}


def stage_phases(work: Path, n: int, seed: int) -> dict:
    """``n`` generated documents built twice with ``--scheduler local:2``: the workers writing the cache files into
    the staging generation (now), and the client writing them (before); the client's time in each step."""
    from bench.corpus import generate_corpus

    corpus = work / f"corpus-{n}"
    generate_corpus(n, corpus, seed)
    result: dict = {"n": n}
    for label, client_writes in (("workers write the cache files", False), ("the client writes them", True)):
        out = work / "phases-out"
        shutil.rmtree(out, ignore_errors=True)
        _note(f"phases: {n} documents, {label}")
        result[label] = run_child("phases", {"corpus": str(corpus), "out": str(out), "scheduler": "local:2",
                                             "client_writes": client_writes})
        shutil.rmtree(out, ignore_errors=True)
    return result


def format_phases(r: dict) -> str:
    lines = [f"The client of a --scheduler local:2 build of {r['n']} generated documents: wall and CPU time per "
             f"document (ms), the whole build and its steps",
             f"  {'':<32} {'build wall':>10} {'build CPU':>10} {'run wall':>9} {'run CPU':>8} {'finish wall':>12} "
             f"{'finish CPU':>11}"]
    for label, b in r.items():
        if label == "n":
            continue
        ms = {k: 1000 * v / r["n"] for k, v in (("w", b["seconds"]), ("c", b["cpu_seconds"]),
                                                 ("rw", b["run"]["seconds"]), ("rc", b["run"]["cpu_seconds"]),
                                                 ("fw", b["finish"]["seconds"]), ("fc", b["finish"]["cpu_seconds"]))}
        lines.append(f"  {label:<32} {ms['w']:10.1f} {ms['c']:10.1f} {ms['rw']:9.1f} {ms['rc']:8.2f} {ms['fw']:12.1f} "
                     f"{ms['fc']:11.1f}")
    return "\n".join(lines)


def child_bulkfiles(args: dict) -> dict:
    """The bulk loader's files for the first ``graphs`` document graphs of the build ``out``, three times in one
    process: serialized by Oxigraph, copied from the build's cache files, serialized again (wall and CPU each)."""
    import tempfile

    from policykg.core.iris import GRAPH
    from policykg.queries.bulkload import write_nquads_files
    from policykg.queries.data import open_data

    out = Path(args["out"])
    store = open_data(out)
    graphs = [g for g in store.graphs() if g.startswith(GRAPH)][:args["graphs"]]
    result: dict = {"graphs": len(graphs)}
    for how, cache in (("serialized", None), ("copied", out / "graphs"), ("serialized again", None)):
        with tempfile.TemporaryDirectory(dir=args.get("scratch")) as scratch:
            t0, c0 = time.perf_counter(), _cpu()
            files, quads = write_nquads_files(store, Path(scratch), graphs, cache=cache)
            result[how] = {"seconds": time.perf_counter() - t0, "cpu_seconds": _cpu() - c0, "quads": quads,
                           "files": len(files)}
    return result


CHILD_TASKS = {"build": child_build, "cluster": child_cluster, "client": child_client, "bulkfiles": child_bulkfiles,
               "phases": child_phases}


def corpus_bytes(corpus: Path) -> int:
    return sum(p.stat().st_size for p in corpus.iterdir() if p.is_file())


# ---------------------------------------------------------------------------------------------------------------------
# Stage "cost": per-document cost and throughput with 1 and 2 workers, process pool and Dask
# ---------------------------------------------------------------------------------------------------------------------

COST_MODES = (("--jobs 1", {"jobs": 1}), ("--jobs 2", {"jobs": 2}), ("--scheduler local:1", {"scheduler": "local:1"}),
              ("--scheduler local:2", {"scheduler": "local:2"}))


def stage_cost(work: Path, n: int, seed: int) -> dict:
    """Build ``n`` generated documents four ways (each in a fresh process, store + graph.trig + report)."""
    from bench.corpus import generate_corpus

    corpus = work / f"corpus-{n}"
    generate_corpus(n, corpus, seed)
    result: dict = {"n": n, "text_bytes": corpus_bytes(corpus), "builds": {}}
    trig = {}
    for label, mode in COST_MODES:
        out = work / f"cost-{n}-{label.split()[-1].replace(':', '')}"
        shutil.rmtree(out, ignore_errors=True)
        _note(f"cost: {n} documents with {label}")
        build = run_child("build", {"corpus": str(corpus), "out": str(out), "formats": ["trig"], **mode})
        result["builds"][label] = build
        trig[label] = (out / "graph.trig").read_bytes()
        if label == "--jobs 1":
            target = work / f"cost-{n}-client"
            shutil.rmtree(target, ignore_errors=True)
            result["client"] = run_child("client", {"out": str(out), "target": str(target)})
            shutil.rmtree(target, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    result["identical_trig"] = len(set(trig.values())) == 1
    result["cluster"] = {str(w): run_child("cluster", {"workers": w}) for w in (1, 2)}
    return result


def format_cost(r: dict) -> str:
    base = r["builds"]["--jobs 1"]["seconds"]
    lines = [f"Per-document cost and throughput: {r['n']} generated documents, {r['text_bytes'] / 1e6:.2f} MB of text "
             f"(store + graph.trig + report; each build in a fresh process)",
             f"  {'build':<22} {'wall s':>8} {'doc/s':>7} {'ms/doc':>8} {'speed-up':>9} {'peak MB':>8} "
             f"{'main CPU ms/doc':>16}"]
    for label, b in r["builds"].items():
        cpu = f"{1000 * b['cpu_seconds'] / r['n']:16.1f}" if "cpu_seconds" in b else f"{'-':>16}"
        lines.append(f"  {label:<22} {b['seconds']:8.1f} {r['n'] / b['seconds']:7.2f} {1000 * b['seconds'] / r['n']:8.0f} "
                     f"{base / b['seconds']:8.2f}x {b['peak_tree_mb']:8.0f} {cpu}")
    lines.append(f"  graph.trig byte-identical across the four builds: {'yes' if r['identical_trig'] else 'NO'}")
    c = r["client"]
    lines.append(f"  the client's share (cache files + store, per document): {1000 * c['seconds'] / c['documents']:.1f} ms, "
                 f"{c['documents'] / c['seconds']:.0f} doc/s at most ({c['seconds'] / base:.3f}x the --jobs 1 build)")
    if "cache_seconds" in c:
        lines.append(f"    of which two fsynced cache files: {1000 * c['cache_seconds'] / c['documents']:.1f} ms; the merged "
                     f"triples and the store's bulk load: {1000 * c['store_seconds'] / c['documents']:.1f} ms")
    if "cpu_seconds" in c:
        lines.append(f"    its CPU time per document: {1000 * c['cpu_seconds'] / c['documents']:.1f} ms (cache files "
                     f"{1000 * c['cache_cpu_seconds'] / c['documents']:.1f} ms, merged triples and store "
                     f"{1000 * c['store_cpu_seconds'] / c['documents']:.1f} ms)")
    for w, c in r["cluster"].items():
        lines.append(f"  LocalCluster of {w} worker(s): started in {c['start_seconds']:.1f} s, started and closed in "
                     f"{c['seconds']:.1f} s ({c['seconds'] / base:.2f}x the --jobs 1 build)")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------------
# Stage "large": the corpus of the load and query stages
# ---------------------------------------------------------------------------------------------------------------------

def stage_large(work: Path, n: int, seed: int, chunk: int) -> dict:
    """Generate ``n`` documents and build them (jobs=2, store + graph.nq), ``chunk`` more documents per incremental
    build: an interrupted run goes on from its last finished chunk. Reused once complete."""
    from bench.corpus import generate_corpus

    record = work / f"large-{n}.json"
    if record.exists():
        _note(f"large: reusing the build of {n} documents in {work}")
        return json.loads(record.read_text(encoding="utf-8"))
    corpus = work / f"corpus-{n}"
    paths = generate_corpus(n, corpus, seed)
    out, progress = work / f"build-{n}", work / f"large-{n}-chunks.json"
    chunks = json.loads(progress.read_text(encoding="utf-8")) if progress.exists() else []
    if not chunks:
        shutil.rmtree(out, ignore_errors=True)
    for end in range(chunk * (len(chunks) + 1), n + chunk, chunk):
        listing = work / "large-paths.txt"
        listing.write_text("".join(f"{p}\n" for p in paths[:min(end, n)]), encoding="utf-8")
        _note(f"large: building documents {len(chunks) * chunk} to {min(end, n)} of {n} (jobs=2, incremental)")
        chunks.append(run_child("build", {"paths": str(listing), "out": str(out), "formats": ["nq"], "jobs": 2}))
        progress.write_text(json.dumps(chunks, indent=1), encoding="utf-8")
    result = dict(chunks[-1], n=n, corpus=str(corpus), out=str(out), text_bytes=corpus_bytes(corpus), chunk=chunk,
                  seconds=sum(c["seconds"] for c in chunks), peak_tree_mb=max(c["peak_tree_mb"] for c in chunks))
    record.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


# ---------------------------------------------------------------------------------------------------------------------
# Stage "virtuoso": Graph Store Protocol against the bulk loader, then the catalogue on the bulk-loaded server
# ---------------------------------------------------------------------------------------------------------------------


def _subset(large: dict, work: Path, k: int) -> Path:
    """A folder of the first ``k`` documents' N-Quads of the large build (DATA for push and bulk_load)."""
    folder = work / f"subset-{k}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for f in sorted((Path(large["out"]) / "graphs").glob("*.nq"))[:k]:
        shutil.copy(f, folder / f.name)
    return folder


def _server_figures(server) -> dict:
    """The server process's memory (PSS) and its database files on disk."""
    db = sum(p.stat().st_size for p in server.directory.glob("virtuoso*.db"))
    return {"server_pss_mb": round(run._pss_kb(server.pid) / 1024, 1), "db_mb": round(db / 1e6, 1)}


def _timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def stage_virtuoso(large: dict, work: Path, *, subset: int, buffers: int, repeat: int, budget: float,
                   timeout: float) -> dict:
    """GSP (push) and the bulk loader on the same ``subset`` documents, each into a fresh server; then the whole
    large build bulk-loaded, and every catalogue query timed on that server."""
    from policykg.queries.bulkload import bulk_load
    from policykg.queries.remote import push
    from policykg.queries.virtuoso import VirtuosoServer

    folder = _subset(large, work, subset)
    result: dict = {"subset": subset, "buffers": buffers}
    with VirtuosoServer(buffers=buffers, max_seconds=int(timeout)) as server:
        _note(f"virtuoso: Graph Store Protocol, {subset} documents")
        seconds, summary = _timed(lambda: push(folder, server.auth_url, graph_store=server.graph_store_url,
                                               auth=(server.user, server.password, "digest"), timeout=600))
        result["gsp"] = {"seconds": seconds, "triples": summary.triples, "graphs": len(summary.graphs)}
    spool = work / "bulk-files"
    spool.mkdir(exist_ok=True)
    with VirtuosoServer(buffers=buffers, max_seconds=int(timeout), dirs_allowed=(spool,)) as server:
        auth = (server.user, server.password)
        result["empty"] = _server_figures(server)
        _note(f"virtuoso: bulk loader, {subset} documents")
        seconds, summary = _timed(lambda: bulk_load(folder, spool, isql=server.isql_address, auth=auth))
        result["bulk"] = {"seconds": seconds, "triples": summary.triples, "graphs": len(summary.graphs)}
        _note(f"virtuoso: bulk loader, the {large['n']} documents")
        seconds, summary = _timed(lambda: bulk_load(large["out"], spool, isql=server.isql_address, auth=auth))
        result["bulk_large"] = {"seconds": seconds, "triples": summary.triples, "graphs": len(summary.graphs),
                                **_server_figures(server)}
        result["queries"] = dict(_remote_queries(server.sparql_url, large, repeat, budget, timeout))
        result["bulk_large"]["after_queries"] = _server_figures(server)
    shutil.rmtree(folder, ignore_errors=True)
    return result


def _values(large: dict, work: Path) -> dict:
    """Parameter values for the catalogue (bench/run.py's picks), once per large build."""
    cache = work / f"params-{large['n']}.json"
    if not cache.exists():
        values = run.run_child("params", {"store": large["out"]}, timeout=3600)["values"]
        cache.write_text(json.dumps(values), encoding="utf-8")
    return json.loads(cache.read_text(encoding="utf-8"))


def _remote_queries(url: str, large: dict, repeat: int, budget: float, timeout: float, skip=frozenset()):
    """(name, figures) of each catalogue query timed on the server at ``url``, those in ``skip`` left out."""
    from policykg.queries.catalogue import list_queries
    from policykg.queries.engine import run_query

    values = _values(large, Path(large["out"]).parent)
    for info in list_queries():
        if info.name in skip:
            continue
        params = querybench.params_for(info, values)
        if params is None:
            yield info.name, {"skipped": "no value for a required parameter"}
            continue
        _note(f"virtuoso: query {info.name}")
        try:
            times, _, rows = querybench.timed_runs(lambda: len(run_query(info, params, endpoint=url, timeout=timeout).rows),
                                          repeat, budget)
            yield info.name, {"median_ms": statistics.median(times) * 1000, "runs": len(times), "rows": rows}
        except Exception as exc:   # a timeout or a server error is a figure too
            yield info.name, {"error": str(exc).splitlines()[0][:200]}


def stage_merged(large: dict, work: Path, *, docs: int, buffers: int, repeat: int, budget: float,
                 timeout: float) -> dict:
    """The first ``docs`` documents of the large build bulk-loaded into one Virtuoso, the merged graph with them;
    every catalogue query timed twice on that server in the same run: over the merged graph (sent as
    default-graph-uri, what policykg does) and over the union of the graphs (the server's own default dataset,
    what it did before), with parameters picked from those documents."""
    from policykg.core.iris import MERGED_GRAPH
    from policykg.queries.bulkload import bulk_load
    from policykg.queries.catalogue import list_queries
    from policykg.queries.engine import run_query
    from policykg.queries.virtuoso import VirtuosoServer

    folder = _subset(large, work, docs)
    values = run.run_child("params", {"store": str(folder)}, timeout=3600)["values"]
    spool = work / "merged-files"
    spool.mkdir(exist_ok=True)
    result: dict = {"docs": docs, "queries": {}}
    with VirtuosoServer(buffers=buffers, max_seconds=int(timeout), dirs_allowed=(spool,)) as server:
        _note(f"merged: bulk loader, {docs} documents and the merged graph")
        seconds, summary = _timed(lambda: bulk_load(folder, spool, isql=server.isql_address,
                                                    auth=(server.user, server.password)))
        result["load"] = {"seconds": seconds, "triples": summary.triples}
        for info in list_queries():
            params = querybench.params_for(info, values)
            if params is None:
                continue
            row = result["queries"][info.name] = {}
            for how, graph in (("merged", MERGED_GRAPH), ("union", None)):
                _note(f"merged: query {info.name} over the {how}")
                try:
                    times, _, rows = querybench.timed_runs(lambda: len(run_query(info, params, endpoint=server.sparql_url,
                                                                        timeout=timeout).rows)
                                                  if graph else _union_rows(server.sparql_url, info, params, timeout),
                                                  repeat, budget)
                    row[how] = {"median_ms": statistics.median(times) * 1000, "runs": len(times), "rows": rows}
                except Exception as exc:   # a timeout or a refusal is a figure too
                    row[how] = {"error": str(exc).splitlines()[0][:160]}
    shutil.rmtree(folder, ignore_errors=True)
    return result


def stage_server(large: dict, work: Path, *, buffers: int, loaders: int, repeat: int, budget: float,
                 timeout: float) -> dict:
    """The large build bulk-loaded into a kept Virtuoso database (once), then the catalogue timed on it."""
    from policykg.queries.bulkload import bulk_load
    from policykg.queries.virtuoso import VirtuosoServer

    record = work / f"server-{large['n']}.json"
    result = json.loads(record.read_text(encoding="utf-8")) if record.exists() else {}
    spool = work / "server-files"
    spool.mkdir(exist_ok=True)
    database = work / f"virtuoso-{large['n']}"
    if "load" not in result:
        shutil.rmtree(database, ignore_errors=True)   # a load that did not finish is started again
    with VirtuosoServer(buffers=buffers, max_seconds=int(timeout), dirs_allowed=(spool,), directory=database,
                        startup_timeout=1800) as server:
        if "load" not in result:
            result["buffers"], result["empty"] = buffers, _server_figures(server)
            steps: dict = {}
            t0 = time.perf_counter()

            def step(name: str) -> None:
                steps[name] = time.perf_counter() - t0
                _note(f"server: {name} done after {steps[name]:.0f} s")

            _note(f"server: bulk loader, the {large['n']} documents and the merged graph ({loaders} loader(s))")
            summary = bulk_load(large["out"], spool, isql=server.isql_address, auth=(server.user, server.password),
                                loaders=loaders, timeout=6 * 3600, on_step=step)
            result["load"] = {"seconds": time.perf_counter() - t0, "steps": steps, "triples": summary.triples,
                              "graphs": len(summary.graphs), "loaders": loaders, **_server_figures(server)}
            record.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        # first as a server with Debian's default limit on the cost estimate (400 s) sees them, once each; then
        # timed with the estimate off (0), the server's own time limit (--query-timeout) still in force
        for key, limit, runs in (("default_limit", 400, 1), ("queries", 0, repeat)):
            server.set_max_cost_estimate(limit)
            done = result.setdefault(key, {})
            for name, figures in _remote_queries(server.sparql_url, large, runs, budget if runs > 1 else 0, timeout,
                                                 skip=set(done)):
                done[name] = figures
                record.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        result["after_queries"] = _server_figures(server)
    record.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


def format_server(v: dict, n: int) -> str:
    load, empty = v["load"], v["empty"]
    steps = load.get("steps", {})
    return "\n".join([
        f"Virtuoso at {n:,} documents (NumberOfBuffers {v['buffers']}): the bulk loader ({load['loaders']} loader(s)) "
        f"took {load['seconds']:.0f} s for {load['triples']:,} triples ({load['triples'] / load['seconds']:,.0f} "
        f"triples/s, the merged graph included): files written {steps.get('files', 0):.0f} s, loaded by "
        f"{steps.get('load', 0):.0f} s, checkpoint by {steps.get('checkpoint', 0):.0f} s",
        f"  empty server: memory (PSS) {empty['server_pss_mb']:.0f} MB, database files {empty['db_mb']:.0f} MB; "
        f"after the load: {load['server_pss_mb']:.0f} MB, {load['db_mb']:.0f} MB"
        + (f"; after the queries: {v['after_queries']['server_pss_mb']:.0f} MB" if "after_queries" in v else ""),
    ] + _refusal_lines(v.get("default_limit", {})))


def _refusal_lines(outcomes: dict) -> list[str]:
    """What a server with the default MaxQueryCostEstimationTime (400 s) does with each query: answers or refuses."""
    if not outcomes:
        return []
    refused = {name: re.search(r"estimated execution time (\d+)", o.get("error", "")) for name, o in outcomes.items()}
    refused = {name: int(m.group(1)) for name, m in refused.items() if m}
    lines = [f"  with MaxQueryCostEstimationTime = 400 (Debian's default): {len(outcomes) - len(refused)} of "
             f"{len(outcomes)} queries run, {len(refused)} refused on the estimate"
             + (": " + ", ".join(f"{n} ({e:,} s)" for n, e in sorted(refused.items())) if refused else "")]
    return lines + [f"    {name}: {o['error']}" for name, o in outcomes.items() if "error" in o and name not in refused]


def _union_rows(url: str, info, params: dict, timeout: float) -> int:
    """Rows of a catalogue query as policykg sent it to a server without the merged graph: no default-graph-uri
    (the server's union of graphs). The server's answer to holds_merged_graph is pinned to 'no' meanwhile."""
    from policykg.queries import remote
    from policykg.queries.engine import run_query

    remote._DATASETS[(url, None)] = (time.monotonic() + 1e9, False)
    try:
        return len(run_query(info, params, endpoint=url, timeout=timeout).rows)
    finally:
        remote.forget_datasets(url)


def stage_embedded(large: dict, repeat: int, budget: float, timeout: float) -> dict:
    """Every catalogue query on the large build's embedded store, with the parameters the server stage uses, each
    in a child process of its own (bench/run.py's ``selective`` measure), cut off after ``timeout`` seconds."""
    from policykg.queries.catalogue import list_queries

    values = _values(large, Path(large["out"]).parent)
    results: dict = {}
    for info in list_queries():
        params = querybench.params_for(info, values)
        if params is None:
            results[info.name] = {"skipped": "no value for a required parameter"}
            continue
        _note(f"embedded: query {info.name}")
        try:
            results[info.name] = run.run_child("selective", {"store": large["out"], "name": info.name,
                                                             "params": params, "repeat": repeat, "budget": budget},
                                               timeout=timeout)
        except run.BenchError as exc:
            results[info.name] = {"timeout_s": timeout} if "no result within" in str(exc) else {"error": str(exc)}
    return {"queries": results}


def format_merged(m: dict) -> str:
    """The merged stage: each query over the merged graph and over the union of graphs, rows and the ratio."""
    def cell(r: dict) -> tuple[str, str]:
        if "error" in r:
            return "error", "-"
        return f"{r['median_ms']:.1f} [{r['runs']}]", str(r["rows"])

    lines = [f"Virtuoso, the first {m['docs']:,} documents of the large build bulk-loaded with the merged graph "
             f"({m['load']['triples']:,} triples in {m['load']['seconds']:.0f} s); each catalogue query over the merged "
             f"graph (default-graph-uri) and over the union of the graphs (median ms, [runs]; ratio merged / union)",
             f"  {'query':<20} {'merged':>14} {'rows':>7} {'union':>14} {'rows':>7} {'ratio':>7}"]
    for name, row in m["queries"].items():
        (mt, mr), (ut, ur) = cell(row["merged"]), cell(row["union"])
        ratio = (f"{row['merged']['median_ms'] / row['union']['median_ms']:.2f}x"
                 if "error" not in row["merged"] and "error" not in row["union"] else "-")
        lines.append(f"  {name:<20} {mt:>14} {mr:>7} {ut:>14} {ur:>7} {ratio:>7}")
        for how in ("merged", "union"):
            if "error" in row[how]:
                lines.append(f"      {how}: {row[how]['error']}")
    return "\n".join(lines)


def format_virtuoso(v: dict) -> str:
    gsp, bulk, big = v["gsp"], v["bulk"], v["bulk_large"]
    rate = {k: d["triples"] / d["seconds"] for k, d in (("gsp", gsp), ("bulk", bulk), ("big", big))}
    return "\n".join([
        f"Loading Virtuoso (NumberOfBuffers {v['buffers']}): the same {v['subset']} documents, each into a fresh server",
        f"  {'method':<44} {'triples':>10} {'seconds':>8} {'triples/s':>10} {'ratio':>7}",
        f"  {'Graph Store Protocol (policykg push)':<44} {gsp['triples']:10d} {gsp['seconds']:8.1f} {rate['gsp']:10.0f} "
        f"{1:6.2f}x",
        f"  {'bulk loader (policykg push --bulk)':<44} {bulk['triples']:10d} {bulk['seconds']:8.1f} "
        f"{rate['bulk']:10.0f} {rate['bulk'] / rate['gsp']:6.2f}x",
        f"  {'bulk loader, the whole large build':<44} {big['triples']:10d} {big['seconds']:8.1f} {rate['big']:10.0f} "
        f"{rate['big'] / rate['gsp']:6.2f}x",
        f"  empty server: memory (PSS) {v['empty']['server_pss_mb']:.0f} MB, database files {v['empty']['db_mb']:.0f} MB",
        f"  after the large load: server memory (PSS) {big['server_pss_mb']:.0f} MB, database files {big['db_mb']:.0f} MB;"
        f" after the queries: {big['after_queries']['server_pss_mb']:.0f} MB, {big['after_queries']['db_mb']:.0f} MB",
    ])


def format_queries(embedded: dict, remote: dict, n: int) -> str:
    lines = [f"Catalogue query latency at {n} documents (median ms, [runs]; ratio Virtuoso / embedded)",
             f"  {'query':<20} {'embedded':>14} {'rows':>8} {'Virtuoso':>14} {'rows':>8} {'ratio':>7}"]

    def cell(d: dict) -> tuple[str, str]:
        if "median_ms" in d:
            return f"{d['median_ms']:.1f} [{d['runs']}]", str(d["rows"])
        if "timeout_s" in d:
            return f"> {d['timeout_s']:.0f} s", "-"
        late = re.search(r"did not answer within (\d+) s", d.get("error", ""))
        return (f"> {late.group(1)} s" if late else "skipped" if "skipped" in d else "error"), "-"

    for name in sorted(set(embedded) | set(remote)):
        e, r = embedded.get(name, {}), remote.get(name, {})
        ratio = f"{r['median_ms'] / e['median_ms']:6.2f}x" if "median_ms" in e and "median_ms" in r else "-"
        (ec, er), (rc, rr) = cell(e), cell(r)
        lines.append(f"  {name:<20} {ec:>14} {er:>8} {rc:>14} {rr:>8} {ratio:>7}")
    return "\n".join(lines)


def plan(results: dict, target_docs: int, hours: float = 1.0) -> tuple[str, dict]:
    """The plan for ``target_docs`` documents, from the figures of this run (the arithmetic is printed)."""
    lines = [f"Plan for {target_docs:,} documents (from the figures above)"]
    figures: dict = {}
    cost = results.get("cost")
    if cost:
        n = cost["n"]
        per_doc = cost["builds"]["--jobs 1"]["seconds"] / n
        dask2 = cost["builds"]["--scheduler local:2"]["seconds"]
        per_worker = n / dask2 / 2             # documents per second per Dask worker, the cluster's start included
        worker_hours = target_docs * per_doc / 3600
        workers = math.ceil(worker_hours / hours)
        figures.update(per_doc_s=per_doc, per_worker_docs_s=per_worker, workers=workers)
        lines += [f"  per-document cost, one process (--jobs 1): {cost['builds']['--jobs 1']['seconds']:.1f} s / {n} = "
                  f"{per_doc:.3f} s; a worker of local:2, its cluster's start included: {n} / {dask2:.1f} s / 2 = "
                  f"{per_worker:.2f} doc/s ({per_worker * per_doc:.2f}x one process)",
                  f"  workers for a {hours:g}-hour build: {target_docs:,} x {per_doc:.3f} s / 3600 s = {worker_hours:.0f} "
                  f"worker-hours -> {workers} worker processes (one core each), plus the client's own core"]
        if "client" in cost:
            client_rate = cost["client"]["documents"] / cost["client"]["seconds"]
            figures.update(client_docs_s=client_rate)
            lines.append(f"  the one client takes {client_rate:.0f} doc/s at most: {target_docs:,} documents need at least "
                         f"{target_docs / client_rate / 3600:.2f} h of it ({'within' if target_docs / client_rate <= 3600 * hours else 'BEYOND'} "
                         f"the {hours:g} h)")
            if "cpu_seconds" in cost["client"]:
                cpu_rate = cost["client"]["documents"] / cost["client"]["cpu_seconds"]
                figures.update(client_cpu_docs_s=cpu_rate)
                lines.append(f"  by its CPU time alone (a core of its own): {cpu_rate:.0f} doc/s -> "
                             f"{target_docs / cpu_rate / 3600:.2f} h")
    large, v = results.get("large"), results.get("virtuoso")
    if large:
        per_doc_triples = large["triples"] / large["n"]
        per_doc_quads = large["quads"] / large["n"]
        figures.update(quads=per_doc_quads * target_docs)
        lines.append(f"  quads: {per_doc_quads:.0f} per document at {large['n']:,} -> {per_doc_quads * target_docs / 1e6:,.0f} "
                     f"million in named graphs ({per_doc_triples * target_docs / 1e6:,.0f} million distinct triples "
                     f"if the merged view grew linearly; it grows slower: actors repeat)")
    if large and v:
        big, empty = v["bulk_large"], v["empty"]
        scale = figures["quads"] / big["triples"]
        rate = big["triples"] / big["seconds"]
        disk = big["db_mb"] - empty["db_mb"]
        memory = big["after_queries"]["server_pss_mb"] - empty["server_pss_mb"]
        figures.update(db_gb=disk * scale / 1000, memory_gb=memory * scale / 1000, load_h=figures["quads"] / rate / 3600,
                       gsp_h=figures["quads"] / (v["gsp"]["triples"] / v["gsp"]["seconds"]) / 3600)
        lines += [f"  Virtuoso disk: ({big['db_mb']:.0f} - {empty['db_mb']:.0f} MB empty) for {big['triples']:,} quads "
                  f"-> x{scale:.0f} = {figures['db_gb']:.0f} GB of database files",
                  f"  Virtuoso memory: ({big['after_queries']['server_pss_mb']:.0f} - {empty['server_pss_mb']:.0f} MB empty) "
                  f"resident after the load and the queries -> x{scale:.0f} = {figures['memory_gb']:.0f} GB "
                  f"(an upper bound: the queries' working memory is in it)",
                  f"  first load, one bulk loader at {rate:,.0f} quads/s: {figures['load_h']:.1f} h; "
                  f"by the Graph Store Protocol at {v['gsp']['triples'] / v['gsp']['seconds']:,.0f}: {figures['gsp_h']:.1f} h"]
    return "\n".join(lines), figures


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        print(json.dumps(CHILD_TASKS[argv[1]](json.loads(argv[2]))))
        return 0
    parser = argparse.ArgumentParser(description="policykg scale-out benchmark (issue 14)")
    parser.add_argument("--work", required=True, help="working directory (kept: the large build is reused)")
    parser.add_argument("--small", type=int, default=100, help="documents of the per-document cost builds")
    parser.add_argument("--large", type=int, default=10000, help="documents of the load and query stages")
    parser.add_argument("--chunk", type=int, default=2000, help="documents per incremental build of the large corpus")
    parser.add_argument("--subset", type=int, default=1000, help="documents loaded both ways for the GSP/bulk ratio")
    parser.add_argument("--server-docs", type=int, default=2000,
                        help="documents of the merged stage (merged graph against the union of graphs on Virtuoso)")
    parser.add_argument("--buffers", type=int, default=340000, help="Virtuoso NumberOfBuffers (8 KB pages)")
    parser.add_argument("--loaders", type=int, default=1, help="bulk loaders at once (server stage)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (median)")
    parser.add_argument("--query-budget", type=float, default=10.0, help="seconds of repeats per query")
    parser.add_argument("--query-timeout", type=float, default=180.0, help="seconds before a query is cut off")
    parser.add_argument("--target", type=int, default=500_000, help="documents of the plan")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--json", help="write every number to this JSON file")
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results: dict = {"command": "python bench/scale_out.py " + " ".join(argv), "load_average_start": os.getloadavg()}
    if "cost" in args.stages:
        results["cost"] = stage_cost(work, args.small, args.seed)
        print(format_cost(results["cost"]) + "\n", flush=True)
    if "phases" in args.stages:
        results["phases"] = stage_phases(work, args.small, args.seed)
        print(format_phases(results["phases"]) + "\n", flush=True)
    if {"large", "virtuoso", "embedded", "merged", "server"} & set(args.stages):
        large = results["large"] = stage_large(work, args.large, args.seed, args.chunk)
        print(f"Large build: {large['n']:,} documents, {large['text_bytes'] / 1e6:.1f} MB of text, --jobs 2 in "
              f"{large['seconds']:.0f} s (incremental builds of {large.get('chunk', large['n'])} more documents each; "
              f"{large['n'] / large['seconds']:.2f} doc/s), {large['quads']:,} quads, "
              f"{large['triples']:,} distinct triples, peak {large['peak_tree_mb']:.0f} MB\n", flush=True)
    timing = dict(repeat=args.repeat, budget=args.query_budget, timeout=args.query_timeout)
    if "virtuoso" in args.stages:
        results["virtuoso"] = stage_virtuoso(large, work, subset=min(args.subset, args.large), buffers=args.buffers,
                                             **timing)
        print(format_virtuoso(results["virtuoso"]) + "\n", flush=True)
    if "merged" in args.stages:
        results["merged"] = stage_merged(large, work, docs=min(args.server_docs, args.large), buffers=args.buffers,
                                         **timing)
        print(format_merged(results["merged"]) + "\n", flush=True)
    if "server" in args.stages:
        results["server"] = stage_server(large, work, buffers=args.buffers, loaders=args.loaders, **timing)
        print(format_server(results["server"], args.large) + "\n", flush=True)
    if "embedded" in args.stages:
        results["embedded"] = stage_embedded(large, **timing)
    if "embedded" in results or "virtuoso" in results or "server" in results:
        remote = results.get("virtuoso", results.get("server", {}))
        print(format_queries(results.get("embedded", {}).get("queries", {}), remote.get("queries", {}),
                             args.large) + "\n")
    text, results["plan"] = plan(results, args.target)
    print(text)
    results["load_average_end"] = os.getloadavg()
    print(f"\n(benchmark wall time {time.perf_counter() - started:.0f} s; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores; load average {results['load_average_start'][0]:.1f} at the start, "
          f"{results['load_average_end'][0]:.1f} at the end; command: {results['command']})")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
