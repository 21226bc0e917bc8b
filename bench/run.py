"""The corpus benchmark (issues 6 and 12): build, load, query, export and push N generated documents, beside baselines.

    python bench/run.py --sizes 100 1000 3000 [--no-virtuoso] [--json results.json] [--work DIR]
    python bench/run.py --profile 100          # cProfile of a jobs=1 build: where the time goes
    python bench/run.py --sizes 100 1000 --build-only --heavy-max 0   # the jobs=2 build alone

For each N it generates the corpus (``bench/corpus.py``; the series nest), then measures, each step in a fresh
child process whose process tree is sampled through /proc for its peak memory (PSS, so pages shared by forked
workers count once):

- ours: ``policykg.corpus.build.build_corpus`` to the persistent store + TriG + views (report, actor view; jobs=2 and
  jobs=1), MB/s of text, triples; ``policykg.queries.engine.load_into_store`` of the TriG into a fresh persistent
  store; the selective and the bulk queries (``bench/querybench.py``: median latency in-process and as a whole CLI
  process; rows per second to CSV and JSON, on the store and on an in-memory snapshot); Turtle and TriG export (the
  build's writer, ``policykg.corpus.exports.write_exports``); ``policykg.queries.remote.push`` to a throwaway local
  Virtuoso (Graph Store Protocol) in triples/s, and document-diff there (the same rows as embedded?);
- the BASELINE, the same pipeline with rdflib only: the same extraction steps, the quads added to an in-memory
  ``rdflib.Dataset`` and written with rdflib's TriG serializer; the TriG parsed by rdflib, the same catalogue
  queries (same bindings) run by rdflib's SPARQL engine, Turtle and TriG written by rdflib's serializers;
  the push of the first graphs through rdflib's ``SPARQLUpdateStore``;
- the FLOOR, pyoxigraph alone on the same data: ``Store.bulk_load`` into a fresh persistent store; ``Store.dump`` of
  the documents' graphs and of the merged triples from the build's own store (the "same store" of the issue) and
  from an in-memory copy; Virtuoso's own bulk loader (``ld_dir`` + ``rdf_loader_run``).

It prints one table per N with ratios (ours / baseline, ours / floor), the growth series, and PASS/MISS for each
target of the issue; ``--json FILE`` writes every number. Timings are wall clock on a shared machine: compare
ratios measured in the same run, not absolute figures across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import querybench  # noqa: E402  (after the path set-up above)

# ---------------------------------------------------------------------------------------------------------------------
# Measuring child processes
# ---------------------------------------------------------------------------------------------------------------------


class TreeSampler(threading.Thread):
    """Samples the memory of a process and all its descendants through /proc; ``peak_mb`` is the largest sum seen.

    PSS (proportional set size, /proc/PID/smaps_rollup) is summed, so copy-on-write pages shared between the parent
    and its forked workers are counted once overall; RSS is the fallback where smaps_rollup is unreadable.
    """

    def __init__(self, root_pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.root_pid, self.interval = root_pid, interval
        self.peak_mb = 0.0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            total = sum(_pss_kb(pid) for pid in _tree(self.root_pid)) / 1024
            self.peak_mb = max(self.peak_mb, total)
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, IndexError, ValueError):
        return 0


class BenchError(Exception):
    """A measurement failed (its child process exited non-zero)."""


def run_child(task: str, args: dict, timeout: float = 3600, script: str | os.PathLike = __file__) -> dict:
    """Run ``task`` in a fresh Python process (``python SCRIPT _child TASK JSON``); return its JSON result plus
    ``peak_tree_mb`` (sampled)."""
    proc = subprocess.Popen([sys.executable, str(Path(script).resolve()), "_child", task, json.dumps(args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise BenchError(f"{task}: no result within {timeout:.0f}s") from None
    finally:
        sampler.stop()
    lines = out.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = " | ".join(err.strip().splitlines()[-3:])
        raise BenchError(f"{task} failed (exit {proc.returncode}): {tail}")
    result = json.loads(lines[-1])
    result["peak_tree_mb"] = round(sampler.peak_mb, 1)
    return result


def _maxrss_mb() -> dict:
    """ru_maxrss of this process and of its largest waited-for child, in MB (Linux reports KiB)."""
    return {"maxrss_self_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "maxrss_children_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


# ---------------------------------------------------------------------------------------------------------------------
# Child tasks (each runs in its own process: python bench/run.py _child TASK JSON)
# ---------------------------------------------------------------------------------------------------------------------


def _read_list(path: str) -> list[str]:
    return Path(path).read_text(encoding="utf-8").split("\n")[:-1]


def child_build(args: dict) -> dict:
    """Ours: the end-to-end corpus build to the persistent store + TriG + views (report.html, graph.html)."""
    from policykg.corpus.build import build_corpus

    paths = _read_list(args["paths"])
    t0 = time.perf_counter()
    summary = build_corpus(paths, args["out"], formats=("trig",), jobs=args["jobs"], quiet=True, incremental=False,
                           viz=True)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "triples": summary.triples, "quads": summary.quads, "built": summary.built,
            "failed": len(summary.failed), "failures": [f"{n}: {m}" for n, m in summary.failed[:3]], **_maxrss_mb()}


def _to_rdflib(term):
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


def child_baseline_build(args: dict) -> dict:
    """Baseline: the same extraction, the RDF kept in one in-memory rdflib Dataset and written by rdflib."""
    import rdflib

    from policykg.graph_builder.pipeline import build_file, emit_result

    paths = _read_list(args["paths"])
    t0 = time.perf_counter()
    dataset = rdflib.Dataset()
    failed = 0
    for path in paths:
        try:
            quads = emit_result(build_file(path))
        except Exception:
            failed += 1
            continue
        contexts: dict[str, rdflib.Graph] = {}
        for q in quads:
            g = q.graph_name.value
            ctx = contexts.get(g) or contexts.setdefault(g, dataset.graph(rdflib.URIRef(g)))
            ctx.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
    t1 = time.perf_counter()
    dataset.serialize(destination=args["out_trig"], format="trig")
    t2 = time.perf_counter()
    quads = sum(1 for _ in dataset.quads((None, None, None, None)))
    return {"seconds": t2 - t0, "extract_and_add_seconds": t1 - t0, "serialize_seconds": t2 - t1, "quads": quads,
            "failed": failed, **_maxrss_mb()}


def child_load(args: dict) -> dict:
    """Ours (``load_into_store``) or the floor (pyoxigraph ``bulk_load``) into a fresh persistent store."""
    import pyoxigraph as ox

    store_dir = args["store"]
    shutil.rmtree(store_dir, ignore_errors=True)
    t0 = time.perf_counter()
    if args["mode"] == "ours":
        from policykg.queries.data import load_into_store

        summary = load_into_store(args["trig"], store_dir)
        quads = summary.quads
    else:
        store = ox.Store(store_dir)
        store.bulk_load(path=args["trig"], format=ox.RdfFormat.TRIG)
        store.flush()
        quads = len(store)
        del store
    return {"seconds": time.perf_counter() - t0, "quads": quads, **_maxrss_mb()}


def child_params(args: dict) -> dict:
    """Parameter values for the queries, picked from the build's persistent store."""
    from policykg.queries.data import open_data

    return {"values": querybench.pick_values(open_data(args["store"]))}


def measure_queries(store: Path, repeat: int, budget: float, timeout: float) -> dict:
    """The selective queries (each in its own process, cut off after ``timeout`` seconds), the bulk queries on the
    store and on an in-memory snapshot, and whole CLI processes."""
    values = run_child("params", {"store": str(store)}, timeout=600)["values"]
    selective: dict = {}
    for name, params in querybench.SELECTIVE:
        key = querybench.label(name, params)
        if any(p not in values for p in params):
            selective[key] = {"skipped": "no value for a parameter"}
            continue
        bound = {p: values[p] for p in params}
        try:
            selective[key] = run_child("selective", {"store": str(store), "name": name, "params": bound,
                                                     "repeat": repeat, "budget": budget}, timeout=timeout)
        except BenchError as exc:
            selective[key] = {"timeout_s": timeout} if "no result within" in str(exc) else {"error": str(exc)}
    bulk: dict = {}
    for mode in ("served", "disk", "memory"):   # served first: its first run is the first query after the build
        try:
            bulk[mode] = run_child("bulk", {"store": str(store), "names": list(querybench.BULK), "repeat": 3,
                                            "budget": budget, "snapshot": mode == "memory",
                                            "served": str(store.parent) if mode == "served" else None},
                                   timeout=timeout * 10)
        except BenchError as exc:
            bulk[mode] = {"error": str(exc)}
    return {"values": values, "selective": selective, "bulk": bulk, "cli": querybench.measure_cli(store, values)}


def child_export(args: dict) -> dict:
    """Ours: the build's writer of graph.ttl / graph.trig (``write_graphs``: TriG from the per-document N-Quads,
    Turtle from the merged N-Triples), into a copy of the build; and, apart, the merge of the documents' triples that
    a build makes anyway for its merged view (the Turtle export reads it)."""
    from policykg.corpus.exports import graph_order
    from policykg.corpus.merged import write_merged
    from policykg.queries.convert import write_graphs

    out = Path(args["out"])
    graphs_dir = out / "graphs"
    keys = graph_order(p.stem for p in graphs_dir.glob("*.nq"))
    t0 = time.perf_counter()
    merged = out / "merged.nt"
    write_merged(graphs_dir, keys, merged)
    timings = {"merge": time.perf_counter() - t0}
    files = [graphs_dir / f"{key}.nq" for key in keys]
    for fmt in ("ttl", "trig"):
        t0 = time.perf_counter()
        write_graphs(out / f"graph.{fmt}", fmt, graph_files=files, merged=merged)
        timings[fmt] = time.perf_counter() - t0
        timings[fmt + "_bytes"] = (out / f"graph.{fmt}").stat().st_size
    return {**timings, **_maxrss_mb()}


def child_floor_export(args: dict) -> dict:
    """Floor: pyoxigraph dumps the same data. From the build's own store (read-only, on disk): each document's graph
    and the merged view (its default graph) as Turtle; from an in-memory copy: TriG of the dataset and Turtle of the
    merged triples. Also writes the N-Quads Virtuoso's bulk loader reads (not timed)."""
    import pyoxigraph as ox

    from policykg.core.formats import FORMATS, output_prefixes
    from policykg.core.iris import ONTOLOGY_IRI

    prefixes = output_prefixes(FORMATS["ttl"])
    built = ox.Store.read_only(args["store"])
    graphs = sorted(g for g in built.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(
        "https://w3id.org/policykg/graph/") and g.value != ONTOLOGY_IRI)
    t0 = time.perf_counter()
    size = sum(len(built.dump(format=ox.RdfFormat.TURTLE, from_graph=g, prefixes=prefixes) or b"") for g in graphs)
    t1 = time.perf_counter()
    built.dump(str(Path(args["work"]) / "floor-store.ttl"), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
               prefixes=prefixes)
    t2 = time.perf_counter()
    del built
    store = ox.Store()
    store.bulk_load(path=args["trig"], format=ox.RdfFormat.TRIG)
    merged = ox.Store()
    merged.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store)
    work = Path(args["work"])
    t3 = time.perf_counter()
    store.dump(str(work / "floor.trig"), ox.RdfFormat.TRIG, prefixes=prefixes)
    t4 = time.perf_counter()
    merged.dump(str(work / "floor.ttl"), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=prefixes)
    t5 = time.perf_counter()
    store.dump(str(work / "floor.nq"), ox.RdfFormat.N_QUADS)   # input of Virtuoso's bulk loader (not timed)
    (work / "floor-store.ttl").unlink(missing_ok=True)
    return {"store_trig": t1 - t0, "store_trig_bytes": size, "store_ttl": t2 - t1, "trig": t4 - t3, "ttl": t5 - t4,
            "triples": len(merged), "quads": len(store), **_maxrss_mb()}


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def child_rdflib(args: dict) -> dict:
    """Baseline: rdflib parses the TriG, runs the same selective and bulk queries (the same SPARQL text, parameters in
    the same VALUES blocks; ``path`` is computed by our code, not a query, and left out), writes TriG and Turtle."""
    import rdflib

    from policykg.queries.catalogue import get_query
    from policykg.queries.params import bind_parameters, bind_values

    signal.signal(signal.SIGALRM, _alarm)
    t0 = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(args["trig"], format="trig")
    load = time.perf_counter() - t0
    values, timeout = args["values"], args["timeout"]
    cases = [(n, p) for n, p in querybench.SELECTIVE if n != "path"] + [(n, ()) for n in querybench.BULK]
    results = {}
    for name, params in cases:
        key = querybench.label(name, params) if params or name not in querybench.BULK else name + " (bulk)"
        if any(p not in values for p in params):
            results[key] = {"skipped": "no value for a parameter"}
            continue
        info = get_query(name)
        bindings = bind_parameters(info, {p: values[p] for p in params})
        text = bind_values(info.text_for(bindings), bindings)

        def run(text=text):
            signal.alarm(timeout)
            try:
                return len(list(dataset.query(text)))
            finally:
                signal.alarm(0)

        try:
            walls, _, rows = querybench.timed_runs(run, args["repeat"], args["budget"])
            results[key] = {"median_ms": statistics.median(walls) * 1000, "runs": len(walls), "rows": rows}
        except _Timeout:
            results[key] = {"timeout_s": timeout}
        except Exception as exc:  # rdflib rejects some SPARQL the others accept: record it, go on
            signal.alarm(0)
            results[key] = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''}"}
    work = Path(args["work"])
    t0 = time.perf_counter()
    dataset.serialize(destination=str(work / "rdflib.trig"), format="trig")
    trig = time.perf_counter() - t0
    merged = rdflib.Graph()
    for triple in dataset.triples((None, None, None)):
        merged.add(triple)
    t0 = time.perf_counter()
    merged.serialize(destination=str(work / "rdflib.ttl"), format="turtle")
    ttl = time.perf_counter() - t0
    return {"load": load, "queries": results, "trig": trig, "ttl": ttl, **_maxrss_mb()}


CHILD_TASKS = {"build": child_build, "baseline-build": child_baseline_build, "load": child_load,
               "params": child_params, "export": child_export, "floor-export": child_floor_export,
               "rdflib": child_rdflib, **querybench.CHILD_TASKS}


# ---------------------------------------------------------------------------------------------------------------------
# Virtuoso (in the parent: the server lives across the three pushes)
# ---------------------------------------------------------------------------------------------------------------------


def measure_push(trig: Path, nquads: Path, graphs_dir: Path, sample_graphs: int, diff: dict | None = None) -> dict:
    """Push to fresh local Virtuoso servers: ours (GSP), floor (Virtuoso bulk loader), baseline (rdflib, a sample).

    Each runs against its own throwaway server; a failure is recorded beside the others' numbers. With ``diff``
    (``{"store": build store, "a": IRI, "b": IRI}``) document-diff also runs on the server ours filled, and its rows
    are compared with the embedded store's.
    """
    from policykg.queries.virtuoso import VirtuosoServer, virtuoso_available

    if not virtuoso_available():
        return {"skipped": "virtuoso-t / isql-vt not installed"}
    out: dict = {}
    for key, fn in (("ours", _push_ours), ("floor", _push_floor), ("baseline", _push_rdflib)):
        try:
            with VirtuosoServer(buffers=100_000) as server:
                out[key] = fn(server, trig=trig, nquads=nquads, graphs_dir=graphs_dir, sample_graphs=sample_graphs,
                              diff=diff)
        except Exception as exc:
            out[key] = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"}
    return out


def _push_ours(server, *, trig: Path, diff: dict | None = None, **_) -> dict:
    """``policykg.queries.remote.push`` with the Graph Store Protocol (one PUT per named graph, digest auth); then
    document-diff on the server and on the embedded store (``diff``): the same rows?"""
    from policykg.queries.engine import run_query
    from policykg.queries.remote import push

    t0 = time.perf_counter()
    summary = push(trig, server.auth_url, graph_store=server.graph_store_url,
                   auth=(server.user, server.password, "digest"), timeout=600)
    seconds = time.perf_counter() - t0
    out = {"seconds": seconds, "triples": summary.triples, "graphs": len(summary.graphs),
           "triples_per_s": summary.triples / seconds}
    if diff:
        params = {"a": diff["a"], "b": diff["b"]}
        t0 = time.perf_counter()
        remote = run_query("document-diff", params, endpoint=server.sparql_url, timeout=600)
        out["diff_remote_s"] = time.perf_counter() - t0
        local = run_query("document-diff", params, data=diff["store"])
        out["diff_rows"], out["diff_equal"] = len(local.rows), remote.tuples() == local.tuples()
    return out


def _push_floor(server, *, nquads: Path, **_) -> dict:
    """Virtuoso's own bulk loader on the same quads: ld_dir + rdf_loader_run + checkpoint."""
    shutil.copy(nquads, server.directory / "floor.nq")
    t0 = time.perf_counter()
    server.isql(f"ld_dir('{server.directory}', 'floor.nq', 'urn:policykg:bench');", timeout=600)
    server.isql("rdf_loader_run();", timeout=3600)
    server.isql("checkpoint;", timeout=600)
    seconds = time.perf_counter() - t0
    count = _count_remote(server.sparql_url)
    return {"seconds": seconds, "triples": count, "triples_per_s": count / seconds if seconds else 0}


def _count_remote(sparql_url: str) -> int:
    import urllib.parse
    import urllib.request

    # only the benchmark's graphs: Virtuoso keeps system graphs of its own
    query = ('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } '
             'FILTER(STRSTARTS(STR(?g), "https://w3id.org/policykg/graph/")) }')
    url = sparql_url + "?" + urllib.parse.urlencode({"query": query, "format": "application/sparql-results+json"})
    with urllib.request.urlopen(url, timeout=600) as response:
        data = json.load(response)
    return int(data["results"]["bindings"][0]["n"]["value"])


RDFLIB_PUSH_CHUNK = 100   # quads per INSERT DATA: Virtuoso answers 400 to one request holding a whole document graph


def _push_rdflib(server, *, graphs_dir: Path, sample_graphs: int, **_) -> dict:
    """rdflib's SPARQLUpdateStore (anonymous /sparql with update granted): addN in chunks, first graphs only."""
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

    server.grant_anonymous_update()
    store = SPARQLUpdateStore(query_endpoint=server.sparql_url, update_endpoint=server.sparql_url, method="POST")
    files = sorted(graphs_dir.glob("*.nq"))[:sample_graphs]
    graphs = []
    for f in files:
        dataset = rdflib.Dataset()
        dataset.parse(str(f), format="nquads")
        quads = list(dataset.quads((None, None, None, None)))
        if quads:
            graph_id = quads[0][3].identifier if hasattr(quads[0][3], "identifier") else quads[0][3]
            graphs.append((rdflib.Graph(identifier=graph_id), [(s, p, o) for s, p, o, _ in quads]))
    t0 = time.perf_counter()
    total = 0
    for context, triples in graphs:
        for i in range(0, len(triples), RDFLIB_PUSH_CHUNK):
            store.addN((s, p, o, context) for s, p, o in triples[i:i + RDFLIB_PUSH_CHUNK])
        total += len(triples)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "triples": total, "graphs": len(graphs), "triples_per_s": total / seconds if seconds else 0,
            "chunk": RDFLIB_PUSH_CHUNK}


# ---------------------------------------------------------------------------------------------------------------------
# One size
# ---------------------------------------------------------------------------------------------------------------------


def _note(msg: str) -> None:
    print(f"  .. {msg}", file=sys.stderr, flush=True)


def bench_size(n: int, work: Path, *, seed: int, virtuoso: bool, repeat: int, query_timeout: float,
               query_budget: float, rdflib_timeout: int, rdflib_budget: float, heavy_max: int | None = None,
               rdflib_max: int | None = None, build_only: bool = False) -> dict:
    """Every measurement for a corpus of ``n`` documents (``build_only``: the builds alone); returns a JSON-able
    dict."""
    from bench.corpus import generate_corpus

    paths = generate_corpus(n, work / "corpus", seed=seed)
    text_bytes = sum(p.stat().st_size for p in paths)
    size_dir = work / f"n{n}"
    shutil.rmtree(size_dir, ignore_errors=True)
    size_dir.mkdir(parents=True)
    listing = size_dir / "paths.txt"
    listing.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    r: dict = {"n": n, "text_bytes": text_bytes, "seed": seed, "errors": {}}

    def attempt(key: str, fn, *a, **kw):
        try:
            r[key] = fn(*a, **kw)
        except BenchError as exc:
            r["errors"][key] = str(exc)
            _note(f"{key}: {exc}")

    out2, out1 = size_dir / "build-j2", size_dir / "build-j1"
    _note(f"N={n}: build jobs=2")
    attempt("build_j2", run_child, "build", {"paths": str(listing), "out": str(out2), "jobs": 2})
    if heavy_max is None or n <= heavy_max:
        _note(f"N={n}: build jobs=1")
        attempt("build_j1", run_child, "build", {"paths": str(listing), "out": str(out1), "jobs": 1})
        shutil.rmtree(out1, ignore_errors=True)
        _note(f"N={n}: baseline build (rdflib)")
        attempt("baseline_build", run_child, "baseline-build",
                {"paths": str(listing), "out_trig": str(size_dir / "baseline-build.trig")})
        (size_dir / "baseline-build.trig").unlink(missing_ok=True)
    else:
        r["errors"]["build_j1"] = r["errors"]["baseline_build"] = f"not run: N > --heavy-max {heavy_max}"
    if "build_j2" not in r or build_only:
        return r
    trig = out2 / "graph.trig"
    _note(f"N={n}: load (ours, floor)")
    attempt("load_ours", run_child, "load", {"trig": str(trig), "store": str(size_dir / "store-ours"), "mode": "ours"})
    attempt("load_floor", run_child, "load", {"trig": str(trig), "store": str(size_dir / "store-floor"),
                                              "mode": "floor"})
    shutil.rmtree(size_dir / "store-ours", ignore_errors=True)
    shutil.rmtree(size_dir / "store-floor", ignore_errors=True)
    _note(f"N={n}: selective and bulk queries, CLI (ours)")
    attempt("queries_ours", measure_queries, out2 / "store", repeat, query_budget, query_timeout)
    _note(f"N={n}: exports (ours, floor)")
    export_dir = size_dir / "export"
    shutil.copytree(out2 / "graphs", export_dir / "graphs")
    attempt("export_ours", run_child, "export", {"out": str(export_dir)})
    attempt("export_floor", run_child, "floor-export", {"trig": str(trig), "work": str(size_dir),
                                                          "store": str(out2 / "store")})
    values = r.get("queries_ours", {}).get("values", {})
    if rdflib_max is None or n <= rdflib_max:
        _note(f"N={n}: rdflib baseline: load, queries, exports")
        attempt("rdflib", run_child, "rdflib", {"trig": str(trig), "values": values, "repeat": repeat,
                                                "timeout": rdflib_timeout, "budget": rdflib_budget,
                                                "work": str(size_dir)})
    else:
        r["errors"]["rdflib"] = f"not run: N > --rdflib-max {rdflib_max}"
    for name in ("rdflib.trig", "rdflib.ttl", "floor.trig", "floor.ttl"):
        (size_dir / name).unlink(missing_ok=True)
    if virtuoso and (size_dir / "floor.nq").exists():
        _note(f"N={n}: push to Virtuoso (ours, floor, rdflib sample)")
        try:
            values = r.get("queries_ours", {}).get("values", {})
            diff = {"store": str(out2 / "store"), "a": values["a"], "b": values["b"]} if "a" in values else None
            r["push"] = measure_push(trig, size_dir / "floor.nq", out2 / "graphs", sample_graphs=min(n, 20), diff=diff)
        except Exception as exc:  # a server that will not start must not lose the other numbers
            r["errors"]["push"] = f"{type(exc).__name__}: {exc}"
            _note(f"push: {exc}")
    shutil.rmtree(export_dir, ignore_errors=True)
    return r


def bulk_live(store: Path, repeat: int, budget: float, timeout: float) -> str:
    """The bulk queries streamed live on ``store`` (querybench.child_bulk in a fresh process, as bench_size measures
    them): a table of rows/s and rows per CPU second, and the PASS/MISS lines of the two live targets."""
    from bench.runreport import TARGET_BULK_ROWS_S, slowest_bulk

    measured = run_child("bulk", {"store": str(store), "names": list(querybench.BULK), "repeat": repeat,
                                  "budget": budget}, timeout=timeout * 10)["queries"]
    lines = ["bulk query live (rows/s)   rows       CSV      JSON   CSV/cpu-s  JSON/cpu-s"]
    for name, entry in measured.items():
        lines.append(f"  {name:<20} {entry['rows']:>9,} " + " ".join(
            f"{entry[f]['rows_per_s'] or 0:>9,.0f}" for f in querybench.BULK_FORMATS) + " " + " ".join(
            f"{entry['rows'] / entry[f]['cpu_s'] if entry[f]['cpu_s'] else 0:>11,.0f}" for f in querybench.BULK_FORMATS))
    for fmt in querybench.BULK_FORMATS:
        low, low_cpu, complete = slowest_bulk(measured, fmt)
        verdict = "PASS" if complete and low[1] >= TARGET_BULK_ROWS_S else "MISS"   # a relation not measured: MISS
        lines.append(f"{verdict}  bulk queries >= {TARGET_BULK_ROWS_S:,} rows/s to {fmt.upper()}, live on the store   "
                     f"slowest {low[0]} {low[1]:,.0f} rows/s; per CPU second: slowest {low_cpu[0]} {low_cpu[1]:,.0f}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------------
# Profile
# ---------------------------------------------------------------------------------------------------------------------


# the steps of a build, by the function that runs each (cumulative CPU time)
PROFILE_STEPS = (("read the text", "graph_builder/read.py", "read_source"),
                 ("metadata (frame, số hiệu, kind, issuer)", "graph_builder/metadata.py", "extract_document_info"),
                 ("segment", "graph_builder/segment.py", "segment"),
                 ("recognise mentions", "graph_builder/recognise.py", "find_mentions"),
                 ("frame mentions", "graph_builder/", "frame_mentions"),
                 ("assertions", "graph_builder/assertions/__init__.py", "extract_assertions"),
                 ("emit quads", "graph_builder/emit.py", "emit_quads"),
                 ("serialise N-Quads", "policykg/corpus/outcome.py", "build_outcome"),
                 ("render the report part", "visualize/report.py", "render_document"),
                 ("store load (per document)", "queries/store.py", "replace_graph_nquads"),
                 ("cache files (atomic writes, fsync)", "policykg/core/atomic.py", "atomic_open"),
                 ("finish: merged view, exports, report", "policykg/corpus/finish.py", "finish_build"))


def profile(n: int, work: Path, seed: int, top: int = 30) -> str:
    """cProfile (CPU time, so a loaded machine does not stretch it) a jobs=1 build of ``n`` documents in this process:
    the time per step of the build, per module and the top functions."""
    import cProfile
    import pstats

    from bench.corpus import generate_corpus
    from policykg.corpus.build import build_corpus

    paths = generate_corpus(n, work / "corpus", seed=seed)
    out = work / f"profile-{n}"
    shutil.rmtree(out, ignore_errors=True)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    build_corpus([str(p) for p in paths], out, formats=("trig",), jobs=1, quiet=True, incremental=False, viz=False)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())
    steps = []
    for step, where, function in PROFILE_STEPS:
        cum = sum(v[3] for (filename, _, name), v in stats.stats.items() if name == function and where in filename)
        steps.append(f"  {cum:8.2f} s {100 * cum / total:5.1f}%  {step} ({function})")
    by_module: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        rel = filename.replace(str(ROOT) + "/", "")
        key = rel if not rel.startswith("/") and not rel.startswith("~") else (
            "site-packages/" + rel.split("site-packages/")[1].split("/")[0] if "site-packages/" in rel else
            "stdlib/builtins")
        by_module[key] = by_module.get(key, 0.0) + tottime
    lines = [f"Profile of a jobs=1 build of {n} documents: {total:.2f} s of CPU time",
             "Time by step (cumulative; serialise N-Quads includes the steps above it, emit and the report part):",
             *steps, "Time by module (own time):"]
    for mod, t in sorted(by_module.items(), key=lambda kv: -kv[1])[:15]:
        lines.append(f"  {t:8.2f} s {100 * t / total:5.1f}%  {mod}")
    lines.append(f"Top {top // 2} functions by own time:")
    for (filename, line, func), (_, ncalls, tottime, cumtime, _) in sorted(stats.stats.items(),
                                                                         key=lambda kv: -kv[1][2])[:top // 2]:
        rel = filename.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        lines.append(f"  {tottime:8.2f} s own {cumtime:7.2f} s cum {ncalls:>9} calls  {rel}:{line} {func}")
    lines.append(f"Top {top} functions by cumulative time:")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:top]
    for (filename, line, func), (_, ncalls, tottime, cumtime, _) in rows:
        rel = filename.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        lines.append(f"  {cumtime:8.2f} s cum {tottime:7.2f} s own {ncalls:>9} calls  {rel}:{line} {func}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------------------------------


def _report(results: list[dict], repeat: int, format_size, growth, targets) -> str:
    """The tables of each size (unless ``format_size`` is None: printed as they came), the growth and the targets."""
    parts = [format_size(r, repeat) + "\n" for r in results] if format_size else []
    text, per_mb = growth(results)
    rows = targets(results, per_mb)
    width = max(len(t) for t, _, _ in rows)
    parts += [text + "\n", "Targets (issue 12)\n" + "\n".join(f"  {v:<5} {t:<{width}}  {m}" for t, m, v in rows)]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the benchmark for each size, print the report (and write --json)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        result = CHILD_TASKS[argv[1]](json.loads(argv[2]))
        print(json.dumps(result))
        return 0
    from bench.runreport import format_size, growth, targets

    parser = argparse.ArgumentParser(description="policykg corpus benchmark (issues 6 and 12)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    parser.add_argument("--no-virtuoso", action="store_true", help="skip the pushes to a local Virtuoso")
    parser.add_argument("--json", help="write every number to this JSON file")
    parser.add_argument("--work", help="working directory (default: a temporary one, removed afterwards)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=7, help="runs per query (median; >= 5)")
    parser.add_argument("--query-timeout", type=float, default=120.0, help="seconds before one of our queries is cut off")
    parser.add_argument("--query-budget", type=float, default=10.0, help="seconds of repeats per query (ours)")
    parser.add_argument("--rdflib-timeout", type=int, default=60, help="seconds before an rdflib query is cut off")
    parser.add_argument("--rdflib-budget", type=float, default=30.0, help="seconds of repeats per rdflib query")
    parser.add_argument("--heavy-max", type=int, metavar="N",
                        help="run the jobs=1 build and the rdflib baseline build only for sizes <= N (time)")
    parser.add_argument("--rdflib-max", type=int, metavar="N",
                        help="run the rdflib baseline (load, queries, exports) only for sizes <= N (time, memory)")
    parser.add_argument("--build-only", action="store_true",
                        help="only the build section: the jobs=2 build (and, up to --heavy-max, jobs=1 and the "
                             "rdflib baseline); run it with another installation's python to measure that one")
    parser.add_argument("--profile", type=int, metavar="N", help="only profile a jobs=1 build of N documents")
    parser.add_argument("--report", metavar="JSON", help="only print the report of an earlier run's --json file")
    parser.add_argument("--bulk-live", metavar="STORE",
                        help="only the bulk queries live on STORE (a build's store directory, e.g. OUT/store, from "
                             "`policykg build` of `bench/corpus.py 1000`): rows/s and rows per CPU second to CSV and "
                             "JSON in a child process, and the two live targets of issue 12 (round 27)")
    args = parser.parse_args(argv)
    if args.bulk_live:
        print(bulk_live(Path(args.bulk_live), args.repeat, args.query_budget, args.query_timeout))
        return 0
    if args.report:
        results = json.loads(Path(args.report).read_text(encoding="utf-8"))["results"]
        print(_report(results, args.repeat, format_size, growth, targets))
        return 0
    if args.repeat < 5:
        parser.error("--repeat must be at least 5")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.profile:
            print(profile(args.profile, work, args.seed))
            return 0
        results = []
        started = time.perf_counter()
        for n in sorted(set(args.sizes)):
            results.append(bench_size(n, work, seed=args.seed, virtuoso=not args.no_virtuoso, repeat=args.repeat,
                                      query_timeout=args.query_timeout, query_budget=args.query_budget,
                                      rdflib_timeout=args.rdflib_timeout, rdflib_budget=args.rdflib_budget,
                                      heavy_max=args.heavy_max, rdflib_max=args.rdflib_max,
                                      build_only=args.build_only))
            print(format_size(results[-1], args.repeat) + "\n", flush=True)
        print(_report(results, args.repeat, None, growth, targets))
        rows = targets(results, growth(results)[1])
        print(f"\n(benchmark wall time {time.perf_counter() - started:.0f} s; python {sys.version.split()[0]}, "
              f"{os.cpu_count()} cores; command: python bench/run.py {' '.join(argv)})")
        if args.json:
            from policykg.core.atomic import write_text

            write_text(args.json, json.dumps({"results": results, "targets": [
                {"target": t, "measured": m, "verdict": v} for t, m, v in rows]}, indent=1, ensure_ascii=False,
                sort_keys=True) + "\n")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
