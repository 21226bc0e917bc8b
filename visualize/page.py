"""The HTML page of a view: pyvis 0.3.2 builds the vis-network page, then we make it one safe, offline file.

What the post-processing guarantees (and :func:`render_network_page` checks before returning):

- one UTF-8 file: vis-network's JS and CSS are inlined by pyvis (``cdn_resources="in_line"``, its
  package data; vis-network is dual Apache-2.0/MIT licensed), our own script and style
  (``visualize/assets/``) are inlined too; pyvis's Bootstrap ``<link>``/``<script>`` to a CDN are
  removed, so no ``src``/``href`` points to another host and nothing is written besides the page
  (no ``lib/`` folder: pyvis's ``write_html``/``show`` are never called);
- every string that comes from a document reaches the page only inside one
  ``<script type="application/json">`` block, as JSON with ``<``, ``>``, ``&``, U+2028 and U+2029
  escaped, and the page's script inserts it with ``textContent``; vis-network tooltips get plain text;
- ``network`` stays a global of the page (``window.network``), as pyvis makes it;
- physics runs a bounded stabilisation, then is switched off (``document.body.dataset.settled``
  becomes "true");
- deterministic: sorted nodes and edges, a fixed layout seed, no timestamps.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

import networkx as nx
from pyvis.network import Network

from policykg.core.atomic import atomic_open
from policykg.visualize.details import (DETAILS_APART_ABOVE, Detail, GraphDetails, SpilledDetails, bucket_count,
                                        bucket_of, details_dir, details_script, edge_key)
from policykg.visualize.graphdata import PolicyGraph
from policykg.visualize.kinds import EDGE_KINDS, NODE_STYLES, node_style

_ASSETS = Path(__file__).resolve().parent / "assets"
LARGE_VIEW = 300           # above this many nodes: no edge labels, straight edges, faster physics
EDGE_LABELS_UP_TO = 80     # more edges than this: labels on hover and in the panel, not drawn
_EXTERNAL_TAG = re.compile(r"""<(?:link|script)\b[^>]*?\b(?:href|src)\s*=\s*["']?(?:https?:)?//[^>]*>(?:\s*</script>)?""",
                           re.IGNORECASE)
_EXTERNAL_ATTR = re.compile(r"""\b(?:href|src)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*")
_OLD_LINKS_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->\s*", re.DOTALL)
_NODES_DATASET = re.compile(r"nodes = new vis\.DataSet\(.*\);")
_EDGES_DATASET = re.compile(r"edges = new vis\.DataSet\(.*\);")
_UNSAFE = re.compile("[<>&\u2028\u2029]")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
# json.dumps with these options makes a new encoder each call: a large view calls it for every duty and quote
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def safe_json(value) -> str:
    """JSON text that is safe inside an HTML ``<script>`` element (cannot close it or start a comment).

    >>> safe_json({"a": "</script><!-- & \\u2028"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003c!-- \\\\u0026 \\\\u2028"}'
    """
    text = _ENCODER.encode(value)
    return _UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def safe_json_pieces(value: dict, lists: Iterable[str] = ()) -> Iterator[str]:
    """:func:`safe_json` of the dict ``value`` in pieces whose concatenation is the same text: the lists under the
    keys ``lists`` an item at a time.

    >>> value = {"b": [1, {"y": "<", "x": 2}], "a": "&"}
    >>> "".join(safe_json_pieces(value, ["b"])) == safe_json(value)
    True
    """
    lists = set(lists)
    yield "{"
    for number, key in enumerate(sorted(value)):
        yield ("," if number else "") + safe_json(key) + ":"
        if key in lists and isinstance(value[key], (list, _Items)):
            yield "["
            for index, item in enumerate(value[key]):
                yield ("," if index else "") + safe_json(item)
            yield "]"
        else:
            yield safe_json(value[key])
    yield "}"


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def document_labels(data: PolicyGraph) -> dict[str, str]:
    """{document IRI: số hiệu or title} for the documents of ``data``."""
    return {d.iri: d.identifier or d.title or _tail(d.iri) for d in data.documents()}


def view_options(node_count: int) -> dict:
    """vis-network options for a view of ``node_count`` nodes: bounded stabilisation, seeded layout.

    Small views use forceAtlas2Based with Kamada-Kawai seeding (``improvedLayout``) and curved,
    labelled edges; large views use Barnes-Hut with fewer iterations, straight edges, no initial
    clustering pass and edges hidden while dragging, which is what lets 5,000 nodes settle.

    >>> view_options(10)["physics"]["stabilization"]["iterations"]
    400
    >>> view_options(5000)["layout"]["improvedLayout"]
    False
    """
    large = node_count > LARGE_VIEW
    physics = (
        {"enabled": True, "solver": "barnesHut",
         "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.3, "springLength": 110,
                       "springConstant": 0.03, "damping": 0.35, "avoidOverlap": 0, "theta": 0.8},
         "stabilization": {"enabled": True, "iterations": 150 if node_count <= 2000 else 100,
                           "updateInterval": 25, "fit": True},
         "minVelocity": 1.5, "timestep": 0.6}
        if large else
        {"enabled": True, "solver": "forceAtlas2Based",
         "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.01, "springLength": 150,
                              "springConstant": 0.05, "damping": 0.5, "avoidOverlap": 0.6},
         "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 20, "fit": True},
         "minVelocity": 0.75}
    )
    return {
        "physics": physics,
        "layout": {"randomSeed": 7, "improvedLayout": not large},
        "nodes": {"borderWidth": 1.5, "font": {"size": 14, "face": "DejaVu Sans, Arial, sans-serif",
                                                "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
                  "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.2},
                  "font": {"size": 11, "align": "horizontal", "strokeWidth": 4, "strokeColor": "#ffffff",
                           "face": "DejaVu Sans, Arial, sans-serif"},
                  "color": {"inherit": False}},
        "interaction": {"hover": not large, "tooltipDelay": 200, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "keyboard": {"enabled": True, "bindToWindow": False},
                        "multiselect": False},
    }


def _group_options(kinds) -> dict:
    """vis-network ``groups``: one style per node kind (names from our own table, never from the data)."""
    groups = {}
    for kind in sorted(kinds):
        style = node_style(kind)
        group = {"shape": style.shape,
                 "color": {"background": style.colour, "border": "#37474f",
                           "highlight": {"background": style.colour, "border": "#000000"},
                           "hover": {"background": style.colour, "border": "#000000"}}}
        if style.shape == "box":
            group["font"] = {"size": 13, "color": "#102027"}
        groups[style.kind] = group
    return groups


def _evidence_items(items, doc_index: dict[str, int], labels: dict[str, str]) -> list[dict]:
    """Quotes for the page, each once per document and sentence (the same words from one text are one quote)."""
    seen, out = set(), []
    for e in items:
        key = (e.document, e.quote)
        if key in seen:
            continue
        seen.add(key)
        out.append({"q": e.quote, "d": doc_index.get(e.document, -1),
                    "s": labels.get(e.source) or _tail(e.source) if e.source else "", "o": e.start})
    return out


def _node_detail(detail: Detail, doc_index: dict[str, int], labels: dict[str, str], held: bool = True) -> dict:
    """What a node shows when clicked: its duties (each with its quotes) and its own quotes, the empty ones left out.
    ``held`` False: the duties as :class:`_Items`, each made when it is written (a hub actor's are many)."""
    duties = sorted(detail.duties)

    def made() -> Iterator[dict]:
        return ({"r": d.role, "t": d.text, "d": doc_index.get(d.document, -1),
                 "ev": _evidence_items(d.evidence, doc_index, labels)} for d in duties)

    items = {"ev": _evidence_items(sorted(detail.evidence), doc_index, labels),
             "du": list(made()) if held else _Items(len(duties), made)}
    return {k: v for k, v in items.items() if v}


def _node_items(graph: nx.MultiDiGraph, doc_index: dict[str, int], labels: dict[str, str],
                details: GraphDetails | _Collected | None, buckets: int) -> Iterator[dict]:
    """The nodes of the page, one at a time; with ``details`` None, each with the number of its duties (``nd``) and
    the details file that holds them (``dk``) instead of its duties and quotes."""
    for iri, attrs in sorted(graph.nodes(data=True)):
        node = {"id": iri, "kind": node_style(attrs["kind"]).kind, "size": attrs.get("size", 12.0),
                "lv": attrs["label_vi"], "docs": [doc_index[d] for d in attrs.get("documents", ())]}
        optional = {"le": attrs.get("label_en", ""), "text": attrs.get("text", ""), "c": attrs.get("centrality", 0.0)}
        if details is None:
            optional.update(nd=len(attrs.get("duties", ())), dk=bucket_of(iri, buckets))
        else:
            optional.update(_node_detail(details.node(iri), doc_index, labels))
        node.update({k: v for k, v in optional.items() if v or k == "dk"})
        yield node


Pairs = dict[tuple[str, str], list[tuple[str, str, str]]]


def _pairs(graph: nx.MultiDiGraph) -> Pairs:
    """The drawn edges of the page in order: each pair of nodes (in order) with the edges between them, sorted (the
    graph's own strings: no edge's key made for each)."""
    pairs: Pairs = {}
    for source, target, key in sorted(graph.edges(keys=True)):
        pairs.setdefault((source, target) if source <= target else (target, source), []).append((source, target, key))
    return dict(sorted(pairs.items()))


def _edge_items(graph: nx.MultiDiGraph, pairs: Pairs, doc_index: dict[str, int], labels: dict[str, str],
                details: GraphDetails | _Collected | None, buckets: int) -> Iterator[dict]:
    """One drawn edge per pair of nodes (``pairs``: :func:`_pairs`), one at a time: the kinds of link between them
    are its ``parts`` (each with its direction, count, count per document and quotes); it points one way only when
    every part does. With ``details`` None the quotes are in the details file ``dk``."""
    for number, ((a, b), found) in enumerate(pairs.items()):
        parts = []
        for source, target, key in found:
            attrs = graph.edges[source, target, key]
            part = {"kind": attrs.get("kind", key), "from": source, "to": target, "count": int(attrs.get("count", 1)),
                    "dc": {str(doc_index[d]): n for d, n in attrs.get("document_counts", ()) if d in doc_index}}
            evidence = details.edge(edge_key(source, target, key)).evidence if details is not None else ()
            if evidence:
                part["ev"] = _evidence_items(sorted(evidence), doc_index, labels)
            parts.append(part)
        directions = {(p["from"], p["to"]) for p in parts if p["kind"] != "coordinates"}
        one_way = len(directions) == 1 and all(p["kind"] != "coordinates" for p in parts)
        start, end = next(iter(directions)) if one_way else (a, b)
        docs = sorted({int(i) for p in parts for i in p["dc"]})
        edge = {"id": f"e{number}", "from": start, "to": end, "arrow": one_way, "parts": parts, "docs": docs}
        if details is None:
            edge["dk"] = bucket_of(f"{a}\u0000{b}\u0000", buckets)
        yield edge


class _Items:
    """The nodes or the edges of a page, made anew an item at a time each time they are read (never held whole:
    they are most of a large page's data); ``len`` is their number."""

    def __init__(self, count: int, make: Callable[[], Iterator[dict]]):
        self.count = count
        self.make = make

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[dict]:
        return self.make()


class _Collected:
    """Every detail of a :class:`SpilledDetails`, held (a page small enough to carry its details inline)."""

    def __init__(self, details: SpilledDetails, buckets: int):
        self.nodes: dict[str, Detail] = {}
        self.edges: dict[str, Detail] = {}
        for _, nodes, edges in details.buckets(buckets):
            self.nodes.update(nodes)
            self.edges.update(edges)

    def node(self, iri: str) -> Detail:
        return self.nodes.get(iri) or Detail()

    def edge(self, key: str) -> Detail:
        return self.edges.get(key) or Detail()


def _page_data(graph: nx.MultiDiGraph, labels: dict[str, str], lang: str,
               details: GraphDetails | _Collected | None = None, buckets: int = 1, pairs: Pairs | None = None) -> dict:
    """The JSON payload of the page: nodes and edges (vis fields plus what the side panel shows; each made when it
    is read, :class:`_Items`).

    Kept lean because it is most of a large page: styles come from per-kind groups and edge kinds,
    labels and tooltips are composed by the page's script. ``details`` None: the duties and quotes are in
    ``buckets`` files beside the page (:mod:`policykg.visualize.details`).
    """
    documents = sorted({d for _, attrs in graph.nodes(data=True) for d in attrs.get("documents", ())}
                       | {d for *_, attrs in graph.edges(keys=True, data=True) for d in attrs.get("documents", ())})
    doc_index = {d: i for i, d in enumerate(documents)}
    large = graph.number_of_nodes() > LARGE_VIEW
    pairs = _pairs(graph) if pairs is None else pairs
    nodes = _Items(graph.number_of_nodes(), lambda: _node_items(graph, doc_index, labels, details, buckets))
    edges = _Items(len(pairs), lambda: _edge_items(graph, pairs, doc_index, labels, details, buckets))
    kinds_present = {node_style(attrs["kind"]).kind for _, attrs in graph.nodes(data=True)}
    legend = [{"kind": s.kind, "group": s.group, "colour": s.colour, "shape": s.shape, "lv": s.label_vi,
               "le": s.label_en} for s in NODE_STYLES if s.kind in kinds_present]
    if "other" in kinds_present:
        other = node_style("other")
        legend.append({"kind": "other", "group": "other", "colour": other.colour, "shape": other.shape,
                       "lv": other.label_vi, "le": other.label_en})
    edge_legend = []
    for kind in sorted({attrs.get("kind", key) for *_, key, attrs in graph.edges(keys=True, data=True)}):
        style = EDGE_KINDS.get(kind)
        edge_legend.append({"kind": kind, "colour": style.colour if style else "#9e9e9e",
                            "dashes": bool(style and style.dashes),
                            "lv": style.label_vi if style else kind, "le": style.label_en if style else kind})
    return {
        "nodes": nodes, "edges": edges, "lang": lang, "large": large,
        "edgeLabels": not large and len(edges) <= EDGE_LABELS_UP_TO,   # beyond, labels are in tooltip and panel
        "documents": [{"iri": d, "label": labels.get(d) or _tail(d)} for d in documents],
        "kinds": legend, "edgeKinds": edge_legend,
    }


def render_network_page(graph: nx.MultiDiGraph, *, title: str, lang: str = "vi",
                        labels: dict[str, str] | None = None, selected_document: str | None = None) -> str:
    """The self-contained HTML page (a string) drawing ``graph`` (a view graph, see policykg.visualize.views), its
    details inline however large it is.

    ``labels`` maps document/source IRIs to short names; ``selected_document`` preselects the document
    filter. Raises RuntimeError if pyvis's page no longer has the shape this post-processing expects.
    """
    payload = _payload(graph, title, lang, labels, selected_document, GraphDetails(graph))
    return "".join(_pieces(payload, title))


def page_buckets(graph: nx.MultiDiGraph) -> int:
    """The number of details files of the page of ``graph`` when they are apart (:mod:`policykg.visualize.details`)."""
    return bucket_count(graph.number_of_nodes() + graph.number_of_edges())


def write_network_page(target: str | os.PathLike, graph: nx.MultiDiGraph, *, title: str, lang: str = "vi",
                       labels: dict[str, str] | None = None, selected_document: str | None = None,
                       details: GraphDetails | SpilledDetails | None = None,
                       before_page: Callable[[], None] | None = None) -> None:
    """Write the page of :func:`render_network_page` to ``target`` atomically, a piece at a time: a large view's
    page is never one string in memory, nor its data. Above ``DETAILS_APART_ABOVE`` nodes its duties and quotes
    are written into :func:`~policykg.visualize.details.details_dir` of ``target`` instead (replaced whole), which
    the page loads an item at a time. ``details`` (default: those of ``graph``'s attributes) are where they come
    from; a SpilledDetails must have been made for :func:`page_buckets` files. ``before_page``: called just before
    the page itself is made (its nodes and edges, made as they are written, are its largest memory): after a large
    view's details files, which are then written first (round 24: a build's view writes them before it waits for
    the store's summary)."""
    details = details if details is not None else GraphDetails(graph)
    if graph.number_of_nodes() > DETAILS_APART_ABOVE:
        pairs = _pairs(graph)
        payload = _payload(graph, title, lang, labels, selected_document, None, page_buckets(graph), pairs)
        payload["details"] = details_dir(target).name + "/"
        _write_details(details_dir(target), details, page_buckets(graph), payload, pairs, labels or {})
        if before_page is not None:
            before_page()
    else:
        if before_page is not None:
            before_page()
        inline = details if isinstance(details, GraphDetails) else _Collected(details, page_buckets(graph))
        payload = _payload(graph, title, lang, labels, selected_document, inline)
    with atomic_open(target, "w") as handle:
        handle.writelines(_pieces(payload, title))


def _write_details(folder: Path, details: GraphDetails | SpilledDetails, buckets: int, payload: dict, pairs: Pairs,
                   labels: dict[str, str]) -> None:
    """The details files of the page whose data is ``payload`` and drawn edges ``pairs`` (:func:`_pairs`), written
    into a new folder renamed to ``folder``."""
    doc_index = {d["iri"]: i for i, d in enumerate(payload["documents"])}
    numbers = {pair: number for number, pair in enumerate(pairs)}
    folder.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        for number, nodes, edges in details.buckets(buckets):
            found: dict = {}
            for key, detail in edges.items():
                part = _part(key, pairs, numbers) if detail.evidence else None
                if part is not None:
                    found.setdefault(part[0], {})[part[1]] = _evidence_items(sorted(detail.evidence), doc_index,
                                                                             labels)
            with open(fresh / details_script(number), "w", encoding="utf-8") as handle:
                handle.write(f"policykgDetails({number},")
                handle.writelines(_details_pieces(found, nodes, doc_index, labels))
                handle.write(");\n")
        os.chmod(fresh, 0o755)
        shutil.rmtree(folder, ignore_errors=True)
        os.rename(fresh, folder)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def _details_pieces(edges: dict, nodes: dict[str, Detail], doc_index: dict[str, int], labels: dict[str, str]
                    ) -> Iterator[str]:
    """:func:`safe_json` of a details file's ``{"e": edges, "n": {node: what it shows}}`` in pieces: each node's
    details made as they are written, a duty at a time (never the file's whole data nor its whole text)."""
    yield '{"e":' + safe_json(edges) + ',"n":{'
    first = True
    for iri in sorted(nodes):
        items = _node_detail(nodes[iri], doc_index, labels, held=False)
        if items:
            yield ("" if first else ",") + safe_json(iri) + ":"
            yield from safe_json_pieces(items, ("du",))
            first = False
    yield "}}"


def _part(key: str, pairs: Pairs, numbers: dict[tuple[str, str], int]) -> tuple[str, str] | None:
    """The drawn edge (its id) and part (its number) of the edge part whose :func:`edge_key` is ``key``; None when
    the page does not draw it."""
    source, target, kind = key.split("\u0000")
    pair = (source, target) if source <= target else (target, source)
    found = pairs.get(pair, ())
    if (source, target, kind) not in found:
        return None
    return f"e{numbers[pair]}", str(found.index((source, target, kind)))


def _payload(graph: nx.MultiDiGraph, title: str, lang: str, labels: dict[str, str] | None,
             selected_document: str | None, details, buckets: int = 1, pairs: Pairs | None = None) -> dict:
    payload = _page_data(graph, labels or {}, lang, details, buckets, pairs)
    payload["title"] = title
    if selected_document is not None:
        payload["selected"] = next((i for i, d in enumerate(payload["documents"]) if d["iri"] == selected_document), -1)
    return payload


def _pieces(payload: dict, title: str) -> Iterator[str]:
    """The pieces of the page drawing ``payload``, in order."""
    head, tail = _page_frame(payload, title)
    yield head
    yield from safe_json_pieces(payload, ("nodes", "edges"))
    yield tail


def _page_frame(payload: dict, title: str) -> tuple[str, str]:
    """The page around its data: what comes before and after the JSON of ``payload``."""
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", bgcolor="#fafafa")
    # pyvis builds the page; its data is replaced below by our escaped JSON, so give it no data
    # (no titles: pyvis switches to an innerHTML popup when a title contains "href")
    # (neither its nodes nor its edges: its template reads only how many nodes there are, besides the data sets
    # replaced below, so it gets as many empty stand-ins; the page of a large view is not made twice in memory)
    net.nodes = [{}] * len(payload["nodes"])
    net.edges = []
    net.options = view_options(len(payload["nodes"]))
    net.options["groups"] = _group_options({k["kind"] for k in payload["kinds"]})   # the kinds of its nodes
    page = net.generate_html()
    del net

    page, removed = _EXTERNAL_TAG.subn("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _OLD_LINKS_COMMENT.sub("", page)
    page, n_nodes = _NODES_DATASET.subn(lambda m: "nodes = new vis.DataSet(POLICYKG.nodes);", page, count=1)
    page, n_edges = _EDGES_DATASET.subn(lambda m: "edges = new vis.DataSet(POLICYKG.edges);", page, count=1)
    page, n_hook = re.subn(r"(\n\s*)return network;", lambda m: m.group(1) + "policykgAttach(network);" + m.group(0),
                           page, count=1)
    if not (n_nodes == n_edges == n_hook == 1 and "<head>" in page and "<body>" in page):
        raise RuntimeError("pyvis page layout not recognised (pyvis version?): cannot post-process the view")
    head = (
        f"<head>\n<title>{html.escape(title)}</title>\n"
        f"<style>\n{_asset('view.css')}\n</style>\n"
        '<script id="policykg-data" type="application/json">@@POLICYKG_DATA@@</script>\n'
        f"<script>\n{_asset('dom.js')}\n{_asset('view.js')}\n</script>\n"
    )
    page = page.replace("<head>", head, 1)
    page = page.replace("<body>", "<body>\n" + _asset("sidebar.html"), 1)
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="vi">', 1)
    page = page if page.endswith("\n") else page + "\n"
    # checked before the data goes in: a quote may mention a web address, the page itself must not load one
    if _EXTERNAL_ATTR.search(page) or page.count("@@POLICYKG_DATA@@") != 1:
        raise RuntimeError("the view page still links another host; refusing to write it")
    before, after = page.split("@@POLICYKG_DATA@@")
    return before, after


def _view_title(data: PolicyGraph, view: str, document: str | None) -> tuple[str, dict[str, str]]:
    labels = document_labels(data)
    names = {"actors": "Mạng lưới chủ thể / Actor network", "full": "Toàn bộ đồ thị / Full graph",
             "document": "Văn bản / Document"}
    title = f"policykg — {names.get(view, view)}"
    if document:
        title += f" — {labels.get(document, _tail(document))}"
    return title, labels


def render_page(graph: nx.MultiDiGraph, data: PolicyGraph, *, view: str, document: str | None, lang: str) -> str:
    """The HTML page of a view built from ``data`` (see :func:`render_network_page`)."""
    title, labels = _view_title(data, view, document)
    return render_network_page(graph, title=title, lang=lang, labels=labels, selected_document=document)


def write_page(target: str | os.PathLike, graph: nx.MultiDiGraph, data: PolicyGraph, *, view: str,
               document: str | None, lang: str, details: GraphDetails | SpilledDetails | None = None,
               before_page: Callable[[], None] | None = None) -> None:
    """Write the page of :func:`render_page` to ``target``, a piece at a time (:func:`write_network_page`, which
    calls ``before_page``)."""
    title, labels = _view_title(data, view, document)
    write_network_page(target, graph, title=title, lang=lang, labels=labels, selected_document=document,
                       details=details, before_page=before_page)
