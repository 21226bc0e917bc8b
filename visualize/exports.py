"""Exports of the actor network for other tools: GraphML and GEXF (Gephi, Cytoscape), SVG and PNG pictures.

Attributes are strings and numbers only (lists joined with " | ", quotes with a blank line), and every string
is made carriable first (:func:`policykg.core.textnorm.carriable`: XML 1.0 cannot hold control characters, lone
surrogates or noncharacters, which data loaded from elsewhere may have); every file is deterministic (sorted nodes and edges, GEXF's date stamp removed, seeded layout).
The picture is drawn by our own small SVG renderer over :func:`policykg.visualize.layout.force_layout`;
PNG is that SVG rendered by headless Chromium (no new Python dependency), so PNG needs
``/usr/bin/chromium`` (or ``$POLICYKG_CHROMIUM``); without it, export SVG.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import networkx as nx

from policykg.core.atomic import write_bytes, write_text
from policykg.core.errors import InputError
from policykg.core.formats import FORMAT_NAMES
from policykg.core.textnorm import carriable
from policykg.queries.convert import write_data
from policykg.queries.data import open_data
from policykg.visualize.kinds import EDGE_KINDS, NODE_STYLES, node_style
from policykg.visualize.layout import force_layout
from policykg.visualize.views import actor_network, build_view

NETWORK_FORMATS = ("graphml", "gexf", "svg", "png")
FORMATS = NETWORK_FORMATS + FORMAT_NAMES   # the actor network for other tools, or the graph itself in RDF

__all__ = ["FORMATS", "NETWORK_FORMATS", "export_from", "flat_actor_network", "gexf_text", "graphml_text",
           "layout_positions",
           "svg_text", "svg_to_png", "write_gexf", "write_graphml", "write_picture", "chromium_path"]
_GEXF_DATE = re.compile(r'\s+lastmodifieddate="[^"]*"')
_GEXF_KEY_ATTRIBUTE = re.compile(r'<attribute id="(\d+)" title="networkx_key" ')


def flat_actor_network(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of a view graph whose attributes are strings and numbers only (what GraphML/GEXF can hold).

    >>> g = nx.MultiDiGraph(); g.add_node("a", kind="Actor", label_vi="A", documents=("d1", "d2"))
    >>> flat_actor_network(g).nodes["a"]["documents"]
    'd1 | d2'
    """
    flat = nx.MultiDiGraph()
    for iri, attrs in sorted(graph.nodes(data=True)):
        flat.add_node(
            carriable(iri), label=attrs.get("label_vi", "") or iri, kind=attrs.get("kind", ""),
            label_vi=attrs.get("label_vi", ""), label_en=attrs.get("label_en", ""),
            documents=" | ".join(attrs.get("documents", ())),
            centrality=float(attrs.get("centrality", 0.0)), size=float(attrs.get("size", 12.0)),
            quotes="\n\n".join(e.quote for e in attrs.get("evidence", ())),
        )
    for number, (u, v, key, attrs) in enumerate(sorted(graph.edges(keys=True, data=True))):
        kind = attrs.get("kind", key)
        style = EDGE_KINDS.get(kind)
        flat.add_edge(
            carriable(u), carriable(v), key=carriable(kind), id=f"e{number}", kind=kind,
            label=style.label_vi if style else kind, label_en=style.label_en if style else kind,
            count=int(attrs.get("count", 1)), weight=float(attrs.get("count", 1)),
            documents=" | ".join(attrs.get("documents", ())), quotes="\n\n".join(e.quote for e in attrs.get("evidence", ())),
        )
    for _, attrs in flat.nodes(data=True):
        attrs.update({k: carriable(v) for k, v in attrs.items() if isinstance(v, str)})
    for *_, attrs in flat.edges(keys=True, data=True):
        attrs.update({k: carriable(v) for k, v in attrs.items() if isinstance(v, str)})
    return flat


def _xml_text(text: str) -> str:
    """Text for an SVG element or attribute: carriable, then XML-escaped."""
    return escape(carriable(text))


def graphml_text(graph: nx.MultiDiGraph) -> str:
    """GraphML of a view graph (flattened attributes)."""
    return "\n".join(nx.generate_graphml(flat_actor_network(graph))) + "\n"


def layout_positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Deterministic positions in the unit square for the nodes of a view graph (the SVG's and the GEXF's)."""
    nodes = sorted(graph.nodes)
    return force_layout(nodes, [(u, v) for u, v in graph.edges()], iterations=150 if len(nodes) <= 500 else 40)


def _rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}


_GEXF_SHAPES = {"square": "square", "triangle": "triangle", "triangleDown": "triangle", "diamond": "diamond"}


def gexf_text(graph: nx.MultiDiGraph) -> str:
    """GEXF 1.2 of a view graph: flattened attributes, viz:color / viz:size / viz:position (and viz:shape where
    GEXF has the shape) for nodes, viz:color and viz:thickness for edges; no date stamp, no internal attribute
    (networkx's own ``networkx_key`` is left out: each edge's ``kind`` says the same)."""
    flat = flat_actor_network(graph)
    positions = layout_positions(graph)
    for iri, attrs in flat.nodes(data=True):
        style = node_style(attrs["kind"])
        x, y = positions.get(iri, (0.5, 0.5))
        attrs["viz"] = {"color": dict(_rgb(style.colour), a=1.0), "size": round(attrs["size"], 2),
                        "position": {"x": round((x - 0.5) * 1000, 2), "y": round((0.5 - y) * 1000, 2), "z": 0.0},
                        "shape": _GEXF_SHAPES.get(style.shape, "disc")}
    for *_, attrs in flat.edges(keys=True, data=True):
        style = EDGE_KINDS.get(attrs["kind"])
        attrs["viz"] = {"color": dict(_rgb(style.colour if style else "#9e9e9e"), a=1.0),
                        "thickness": round(1.0 + 1.5 * math.log2(max(1, attrs["count"])), 2)}
    lines = list(nx.generate_gexf(flat, version="1.2draft"))
    key_ids = {m.group(1) for line in lines for m in [_GEXF_KEY_ATTRIBUTE.search(line)] if m}
    kept = [line for line in lines if not _GEXF_KEY_ATTRIBUTE.search(line)
            and not any(f'<attvalue for="{k}" ' in line for k in key_ids)]
    return _GEXF_DATE.sub("", "\n".join(kept) + "\n")


def write_graphml(store, out_path: str | os.PathLike) -> None:
    """Write the actor network of ``store`` (a GraphStore) as GraphML to ``out_path``."""
    write_text(out_path, graphml_text(actor_network(store)))


def write_gexf(store, out_path: str | os.PathLike) -> None:
    """Write the actor network of ``store`` (a GraphStore) as GEXF to ``out_path``."""
    write_text(out_path, gexf_text(actor_network(store)))


# -- the picture -------------------------------------------------------------------------------

_W, _H, _MARGIN, _LEGEND_W = 1400, 1000, 70, 250


def _shape_svg(shape: str, x: float, y: float, r: float, colour: str) -> str:
    fill = f'fill="{colour}" stroke="#37474f" stroke-width="1.2"'
    if shape in ("dot", "ellipse"):
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {fill}/>'
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {fill}/>'
    if shape == "box":
        return f'<rect x="{x - 1.8 * r:.1f}" y="{y - r:.1f}" width="{3.6 * r:.1f}" height="{2 * r:.1f}" rx="3" {fill}/>'
    if shape == "star":
        points = [(x + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
                   y - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5)) for i in range(10)]
    elif shape == "diamond":
        points = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    elif shape == "triangle":
        points = [(x, y - r), (x + r * 0.95, y + r * 0.7), (x - r * 0.95, y + r * 0.7)]
    elif shape == "triangleDown":
        points = [(x, y + r), (x + r * 0.95, y - r * 0.7), (x - r * 0.95, y - r * 0.7)]
    else:  # hexagon
        points = [(x + r * math.cos(i * math.pi / 3), y + r * math.sin(i * math.pi / 3)) for i in range(6)]
    joined = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    return f'<polygon points="{joined}" {fill}/>'


def svg_text(graph: nx.MultiDiGraph, *, lang: str = "vi", title: str = "policykg — actor network") -> str:
    """An SVG picture of a view graph: nodes coloured and shaped by kind, sized by centrality, a legend.

    All text is XML-escaped. Deterministic for the same graph.
    """
    nodes = sorted(graph.nodes)
    pos = layout_positions(graph)
    width = _W - _LEGEND_W - 2 * _MARGIN
    height = _H - 2 * _MARGIN

    def xy(n: str) -> tuple[float, float]:
        x, y = pos[n]
        return _LEGEND_W + _MARGIN + x * width, _MARGIN + y * height

    scale = 0.6 if len(nodes) > 200 else 1.0
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{_H}" viewBox="0 0 {_W} {_H}" '
        'font-family="DejaVu Sans, Arial, sans-serif">',
        f"<title>{_xml_text(title)}</title>",
        "<defs>",
    ]
    edge_kinds = sorted({attrs.get("kind", k) for *_, k, attrs in graph.edges(keys=True, data=True)})
    for kind in edge_kinds:
        colour = EDGE_KINDS[kind].colour if kind in EDGE_KINDS else "#9e9e9e"
        out.append(f'<marker id="arrow-{_xml_text(kind)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>')
    out.append("</defs>")
    out.append(f'<rect x="0" y="0" width="{_W}" height="{_H}" fill="#ffffff"/>')
    for u, v, key, attrs in sorted(graph.edges(keys=True, data=True)):
        kind = attrs.get("kind", key)
        style = EDGE_KINDS.get(kind)
        colour = style.colour if style else "#9e9e9e"
        (x1, y1), (x2, y2) = xy(u), xy(v)
        r = float(graph.nodes[v].get("size", 12.0)) * scale * 0.8 + 2
        dist = math.hypot(x2 - x1, y2 - y1) or 1.0
        x2, y2 = x2 - (x2 - x1) * r / dist, y2 - (y2 - y1) * r / dist
        dash = ' stroke-dasharray="5,4"' if style and style.dashes else ""
        w = 1.0 + 1.2 * math.log2(max(1, int(attrs.get("count", 1))))
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
                   f'stroke-width="{w:.1f}"{dash} marker-end="url(#arrow-{_xml_text(kind)})"/>')
    for n in nodes:
        attrs = graph.nodes[n]
        style = node_style(attrs.get("kind", ""))
        x, y = xy(n)
        r = float(attrs.get("size", 12.0)) * scale * 0.8
        out.append(_shape_svg(style.shape, x, y, r, style.colour))
    if len(nodes) <= 400:
        for n in nodes:
            attrs = graph.nodes[n]
            label = (attrs.get("label_en") if lang == "en" else "") or attrs.get("label_vi", "") or n
            x, y = xy(n)
            r = float(attrs.get("size", 12.0)) * scale * 0.8
            out.append(f'<text x="{x:.1f}" y="{y + r + 13:.1f}" font-size="12" text-anchor="middle" fill="#102027" '
                       f'stroke="#ffffff" stroke-width="3" paint-order="stroke">{_xml_text(label)}</text>')
    out.append(f'<text x="16" y="28" font-size="16" font-weight="bold">{_xml_text(title)}</text>')
    y = 56
    kinds_present = {graph.nodes[n].get("kind", "") for n in nodes}
    for style in NODE_STYLES:
        if style.kind in kinds_present:
            out.append(_shape_svg(style.shape, 26, y - 4, 7, style.colour))
            out.append(f'<text x="42" y="{y}" font-size="12">{_xml_text(style.label(lang))}</text>')
            y += 20
    y += 10
    for kind in edge_kinds:
        style = EDGE_KINDS.get(kind)
        colour = style.colour if style else "#9e9e9e"
        out.append(f'<line x1="16" y1="{y - 4}" x2="36" y2="{y - 4}" stroke="{colour}" stroke-width="3"/>')
        out.append(f'<text x="42" y="{y}" font-size="12">{_xml_text(style.label(lang) if style else kind)}</text>')
        y += 20
    out.append("</svg>")
    return "\n".join(out) + "\n"


def chromium_path() -> str | None:
    """The Chromium used to render PNG pictures: $POLICYKG_CHROMIUM, /usr/bin/chromium or `chromium` on PATH."""
    for candidate in (os.environ.get("POLICYKG_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def svg_to_png(svg: str, *, width: int = _W, height: int = _H, timeout: int = 90) -> bytes:
    """Render SVG text to PNG bytes with headless Chromium. Raises InputError when Chromium is missing or fails."""
    browser = chromium_path()
    if browser is None:
        raise InputError("PNG export needs Chromium (/usr/bin/chromium or $POLICYKG_CHROMIUM); export --format svg instead")
    with tempfile.TemporaryDirectory(prefix="policykg-png-") as tmp:
        svg_file, png_file = Path(tmp) / "picture.svg", Path(tmp) / "picture.png"
        svg_file.write_text(svg, encoding="utf-8")
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={tmp}/profile", f"--window-size={width},{height}",
                "--default-background-color=ffffffff", f"--screenshot={png_file}", svg_file.as_uri()]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp,
                                start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)   # our own process group only
            proc.wait()
            raise InputError(f"Chromium did not render the PNG within {timeout} s; export --format svg instead") from None
        if not png_file.exists():
            raise InputError("Chromium could not render the PNG; export --format svg instead")
        return png_file.read_bytes()


def write_picture(store, out_path: str | os.PathLike, *, lang: str = "vi") -> None:
    """Write a static picture of the actor network of ``store``: ``.svg`` or ``.png`` by the file suffix.

    Raises InputError for another suffix, or for PNG without Chromium.
    """
    suffix = Path(out_path).suffix.lower()
    if suffix not in (".svg", ".png"):
        raise InputError(f"picture format must be .svg or .png, not {suffix or 'no suffix'!r}")
    svg = svg_text(actor_network(store), lang=lang)
    if suffix == ".svg":
        write_text(out_path, svg)
    else:
        write_bytes(out_path, svg_to_png(svg))


def export_from(data_path: str | os.PathLike, fmt: str, out_path: str | os.PathLike, *, view: str = "actors",
                document: str | None = None) -> str:
    """Open DATA (a build dir, a store dir or an RDF file) and export it as ``fmt`` to ``out_path``.

    ``fmt`` is a network format ('graphml' | 'gexf' | 'svg' | 'png': the network of ``view``, 'actors', 'full' or
    'document', restricted to ``document`` when given, as :func:`policykg.visualize.views.build_view` draws it) or
    an RDF format ('ttl', 'trig', 'nt', 'nq', 'jsonld', 'rdfxml': the graphs themselves,
    :func:`policykg.queries.convert.write_data`). Returns what was written, in words. Raises InputError for an
    unknown format or view, a view or document given with an RDF format, an unknown document, or unreadable data.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt in FORMAT_NAMES:
        if view != "actors" or document:
            raise InputError(f"--view and --document choose a network: use them with {', '.join(NETWORK_FORMATS)}")
        written = write_data(data_path, out_path, fmt)
        return f"{written.triples} statements of {written.graphs} graph(s) ({written.format.label})"
    if fmt in ("svg", "png") and Path(out_path).suffix.lower() != f".{fmt}":
        raise InputError(f"the output file of --format {fmt} must end in .{fmt}")
    graph, _data, _doc = build_view(open_data(data_path), view, document=document)
    if fmt == "graphml":
        write_text(out_path, graphml_text(graph))
    elif fmt == "gexf":
        write_text(out_path, gexf_text(graph))
    else:
        title = {"actors": "actor network", "full": "full graph", "document": "document"}.get(view, view)
        svg = svg_text(graph, title=f"policykg — {title}")
        if fmt == "svg":
            write_text(out_path, svg)
        else:
            write_bytes(out_path, svg_to_png(svg))
    return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
