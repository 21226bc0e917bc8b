"""Benchmark: does a large actor view open and settle? Load-and-settle time and file size in headless Chromium.

Builds synthetic actor networks (preferential attachment, so there are hubs as in real coordination
webs), writes each page with the same code as ``policykg viz``, opens it from file:// in Debian's
Chromium with every non-file request aborted, and measures the time from navigation start until
the page reports that stabilisation finished and physics is off (``window.policykgSettledAt``).
The small run is the baseline of the ratio.

    .venv/bin/python bench/bench_viz.py                   # 500/2,000 baseline, then 5,000/20,000
    .venv/bin/python bench/bench_viz.py --sizes 5000:20000 --keep /tmp/viz-bench
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from policykg.visualize.graphdata import Evidence  # noqa: E402
from policykg.visualize.kinds import NODE_STYLES  # noqa: E402
from policykg.visualize.page import render_network_page  # noqa: E402
from policykg.visualize.views import _apply_sizes, actor_centrality  # noqa: E402
from policykg.core.atomic import write_text  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ACTOR_KINDS = [s.kind for s in NODE_STYLES if s.group == "actor"]
EDGE_KINDS = ["coordinates", "coordinates", "coordinates", "directs", "mobilises", "memberOf"]


def synthetic_actor_network(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A view graph shaped like policykg.visualize.views.actor_network output, with ``n_nodes`` actors and ``n_edges`` edges."""
    rng = random.Random(seed)
    documents = [f"https://w3id.org/policykg/id/doc/{i}-kh-ubnd" for i in range(1, 41)]
    graph = nx.MultiDiGraph()
    for i in range(n_nodes):
        iri = f"https://w3id.org/policykg/actor/synthetic-{i:05d}"
        graph.add_node(iri, kind=rng.choice(ACTOR_KINDS), group="actor", label_vi=f"Ủy ban nhân dân xã số {i}",
                       label_en=f"People's Committee of commune {i}", text="",
                       documents=tuple(sorted(rng.sample(documents, 2))), evidence=(), centrality=0.0, size=12.0)
    nodes = sorted(graph.nodes)
    ends = nodes[:5]   # preferential attachment: endpoints of earlier edges are picked again
    seen = set()
    while len(seen) < n_edges:
        u = rng.choice(nodes) if rng.random() < 0.5 else rng.choice(ends)
        v = rng.choice(nodes) if rng.random() < 0.3 else rng.choice(ends)
        kind = rng.choice(EDGE_KINDS)
        if u == v or (u, v, kind) in seen:
            continue
        seen.add((u, v, kind))
        ends.extend((u, v))
        doc = rng.choice(documents)
        quote = f"{graph.nodes[u]['label_vi']} chủ trì, phối hợp với {graph.nodes[v]['label_vi']}"
        graph.add_edge(u, v, key=kind, kind=kind, count=rng.randint(1, 3), documents=(doc,), statements=(),
                       evidence=(Evidence(doc, doc, 0, quote),))
    return graph


def measure(path: Path, timeout_s: int) -> dict:
    """Open ``path`` in headless Chromium; return settle time, counts, foreign requests and errors."""
    from playwright.sync_api import sync_playwright

    foreign, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

            def route(r):
                if r.request.url.startswith("file://"):
                    r.continue_()
                else:
                    foreign.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            start = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load", timeout=timeout_s * 1000)
            loaded = time.perf_counter() - start
            page.wait_for_function("document.body.dataset.settled === 'true'", timeout=timeout_s * 1000, polling=100)
            wall = time.perf_counter() - start
            settled_ms = page.evaluate("window.policykgSettledAt")
            counts = page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]")
            physics_off = page.evaluate("network.physics.options.enabled === false")
            t0 = time.perf_counter()
            page.evaluate("policykg.focusNode(network.body.data.nodes.getIds()[0])")
            page.evaluate("network.redraw()")
            interaction = time.perf_counter() - t0
        finally:
            browser.close()
    return {"settle_ms": settled_ms, "wall_s": wall, "load_s": loaded, "counts": counts, "physics_off": physics_off,
            "interaction_s": interaction, "foreign": foreign, "errors": errors}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["500:2000", "5000:20000"],
                        help="NODES:EDGES pairs; the first is the baseline of the ratio")
    parser.add_argument("--timeout", type=int, default=600, help="seconds to wait for one page to settle")
    parser.add_argument("--keep", help="directory to keep the pages in (default: a temporary one)")
    args = parser.parse_args(argv)
    out_dir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="policykg-bench-viz-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for spec in args.sizes:
        n_nodes, n_edges = (int(x) for x in spec.split(":"))
        graph = synthetic_actor_network(n_nodes, n_edges)
        t1 = time.perf_counter()
        _apply_sizes(graph, actor_centrality(graph))
        t2 = time.perf_counter()
        page = render_network_page(graph, title=f"bench {n_nodes}/{n_edges}", lang="vi")
        path = out_dir / f"actors-{n_nodes}.html"
        write_text(path, page)
        t3 = time.perf_counter()
        result = measure(path, args.timeout)
        rows.append((n_nodes, n_edges, path.stat().st_size, t2 - t1, t3 - t2, result))
        print(f"{n_nodes:>6} nodes {n_edges:>6} edges | centrality {t2 - t1:6.2f} s | write {t3 - t2:5.2f} s | "
              f"file {path.stat().st_size / 1e6:6.2f} MB | load {result['load_s']:6.2f} s | "
              f"load+settle {result['settle_ms'] / 1000:6.2f} s (wall {result['wall_s']:6.2f} s) | "
              f"drawn {result['counts'][0]}/{result['counts'][1]} | physics off {result['physics_off']} | "
              f"focus+redraw {result['interaction_s']:.2f} s | foreign requests {len(result['foreign'])} | "
              f"errors {len(result['errors'])}", flush=True)
    base = rows[0]
    for n_nodes, n_edges, size, _c, _w, result in rows[1:]:
        print(f"ratio {n_nodes}/{base[0]} nodes: load+settle x{result['settle_ms'] / base[5]['settle_ms']:.1f}, "
              f"file size x{size / base[2]:.1f}")
    print(f"pages in {out_dir}")
    bad = [r for r in rows if r[5]["foreign"] or r[5]["errors"] or not r[5]["physics_off"]
           or r[5]["counts"] != [r[0], r[1]]]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
