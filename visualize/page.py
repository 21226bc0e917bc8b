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
from pathlib import Path
from typing import Iterable, Iterator

import networkx as nx
from pyvis.network import Network

from policykg.core.atomic import atomic_open
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


def safe_json(value) -> str:
    """JSON text that is safe inside an HTML ``<script>`` element (cannot close it or start a comment).

    >>> safe_json({"a": "</script><!-- & \\u2028"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003c!-- \\\\u0026 \\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
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
        if key in lists and isinstance(value[key], list):
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


def _node_items(graph: nx.MultiDiGraph, doc_index: dict[str, int], labels: dict[str, str], large: bool) -> list[dict]:
    nodes = []
    for iri, attrs in sorted(graph.nodes(data=True)):
        node = {"id": iri, "kind": node_style(attrs["kind"]).kind, "size": attrs.get("size", 12.0),
                "lv": attrs["label_vi"], "docs": [doc_index[d] for d in attrs.get("documents", ())]}
        duties = [{"r": d.role, "t": d.text, "d": doc_index.get(d.document, -1),
                   "ev": [] if large else _evidence_items(d.evidence, doc_index, labels)}
                  for d in attrs.get("duties", ())]
        optional = {"le": attrs.get("label_en", ""), "text": attrs.get("text", ""),
                    "ev": _evidence_items(attrs.get("evidence", ()), doc_index, labels), "c": attrs.get("centrality", 0.0),
                    "du": duties}
        node.update({k: v for k, v in optional.items() if v})
        nodes.append(node)
    return nodes


def _edge_items(graph: nx.MultiDiGraph, doc_index: dict[str, int], labels: dict[str, str]) -> list[dict]:
    """One drawn edge per pair of nodes: the kinds of link between them are its ``parts`` (each with its direction,
    count, count per document and quotes); it points one way only when every part does."""
    pairs: dict[tuple[str, str], list[dict]] = {}
    for source, target, key, attrs in sorted(graph.edges(keys=True, data=True)):
        part = {"kind": attrs.get("kind", key), "from": source, "to": target, "count": int(attrs.get("count", 1)),
                "dc": {str(doc_index[d]): n for d, n in attrs.get("document_counts", ()) if d in doc_index}}
        if attrs.get("evidence"):
            part["ev"] = _evidence_items(attrs["evidence"], doc_index, labels)
        pairs.setdefault(tuple(sorted((source, target))), []).append(part)
    edges = []
    for number, ((a, b), parts) in enumerate(sorted(pairs.items())):
        directions = {(p["from"], p["to"]) for p in parts if p["kind"] != "coordinates"}
        one_way = len(directions) == 1 and all(p["kind"] != "coordinates" for p in parts)
        start, end = next(iter(directions)) if one_way else (a, b)
        docs = sorted({int(i) for p in parts for i in p["dc"]})
        edges.append({"id": f"e{number}", "from": start, "to": end, "arrow": one_way, "parts": parts, "docs": docs})
    return edges


def _page_data(graph: nx.MultiDiGraph, labels: dict[str, str], lang: str) -> dict:
    """The JSON payload of the page: nodes and edges (vis fields plus what the side panel shows).

    Kept lean because it is most of a large page: styles come from per-kind groups and edge kinds,
    labels and tooltips are composed by the page's script.
    """
    documents = sorted({d for _, attrs in graph.nodes(data=True) for d in attrs.get("documents", ())}
                       | {d for *_, attrs in graph.edges(keys=True, data=True) for d in attrs.get("documents", ())})
    doc_index = {d: i for i, d in enumerate(documents)}
    large = graph.number_of_nodes() > LARGE_VIEW
    nodes = _node_items(graph, doc_index, labels, large)
    edges = _edge_items(graph, doc_index, labels)
    kinds_present = {n["kind"] for n in nodes}
    legend = [{"kind": s.kind, "group": s.group, "colour": s.colour, "shape": s.shape, "lv": s.label_vi,
               "le": s.label_en} for s in NODE_STYLES if s.kind in kinds_present]
    if "other" in kinds_present:
        other = node_style("other")
        legend.append({"kind": "other", "group": "other", "colour": other.colour, "shape": other.shape,
                       "lv": other.label_vi, "le": other.label_en})
    edge_legend = []
    for kind in sorted({p["kind"] for e in edges for p in e["parts"]}):
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
    """The self-contained HTML page (a string) drawing ``graph`` (a view graph, see policykg.visualize.views).

    ``labels`` maps document/source IRIs to short names; ``selected_document`` preselects the document
    filter. Raises RuntimeError if pyvis's page no longer has the shape this post-processing expects.
    """
    return "".join(_network_page(graph, title=title, lang=lang, labels=labels, selected_document=selected_document))


def write_network_page(target: str | os.PathLike, graph: nx.MultiDiGraph, *, title: str, lang: str = "vi",
                       labels: dict[str, str] | None = None, selected_document: str | None = None) -> None:
    """Write the page of :func:`render_network_page` to ``target`` atomically, a piece at a time: a large view's
    page (tens of MB) is never one string in memory, nor its data."""
    with atomic_open(target, "w") as handle:
        handle.writelines(_network_page(graph, title=title, lang=lang, labels=labels,
                                        selected_document=selected_document))


def _network_page(graph: nx.MultiDiGraph, *, title: str, lang: str, labels: dict[str, str] | None,
                  selected_document: str | None) -> Iterator[str]:
    """The pieces of the page of :func:`render_network_page`, in order."""
    payload = _page_data(graph, labels or {}, lang)
    payload["title"] = title
    if selected_document is not None:
        payload["selected"] = next((i for i, d in enumerate(payload["documents"]) if d["iri"] == selected_document), -1)
    head, tail = _page_frame(payload, title)
    yield head
    yield from safe_json_pieces(payload, ("nodes", "edges"))
    yield tail


def _page_frame(payload: dict, title: str) -> tuple[str, str]:
    """The page around its data: what comes before and after the JSON of ``payload``."""
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", bgcolor="#fafafa")
    # pyvis builds the page; its data is replaced below by our escaped JSON, so give it ids only
    # (no titles: pyvis switches to an innerHTML popup when a title contains "href").
    net.nodes = [{"id": n["id"], "label": "", "group": n["kind"]} for n in payload["nodes"]]
    net.node_ids = [n["id"] for n in payload["nodes"]]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = [{"from": e["from"], "to": e["to"], "id": e["id"]} for e in payload["edges"]]
    net.options = view_options(len(payload["nodes"]))
    net.options["groups"] = _group_options({n["kind"] for n in payload["nodes"]})
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
               document: str | None, lang: str) -> None:
    """Write the page of :func:`render_page` to ``target``, a piece at a time (:func:`write_network_page`)."""
    title, labels = _view_title(data, view, document)
    write_network_page(target, graph, title=title, lang=lang, labels=labels, selected_document=document)
