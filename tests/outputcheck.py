"""Checks that every output parses back and quotes its source exactly: shared by the any-text tests and the
property-based tests. Each check raises AssertionError with what went wrong."""

from __future__ import annotations

import html.parser
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox

PKG = "https://w3id.org/policykg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# Every character a test puts in a text to break an output: controls XML 1.0 cannot carry, NUL, DEL and a C1
# control, a lone surrogate, the noncharacters U+FFFE / U+FFFF (and one of a higher plane), U+FDD0.
HOSTILE = "\x01\x0b\x1b\x00\x7f\x85\ud800\udfff\ufffe\uffff\U0001ffff\ufdd0"

RDF_FORMATS = {".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML}


def is_xml_char(c: str) -> bool:
    """The Char production of XML 1.0 (what a well-formed document may contain at all)."""
    cp = ord(c)
    return cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF


def is_carriable(c: str) -> bool:
    """What the source text keeps: XML 1.0 characters other than controls and noncharacters."""
    cp = ord(c)
    return is_xml_char(c) and not (0x7F <= cp <= 0x9F or 0xFDD0 <= cp <= 0xFDEF or cp & 0xFFFE == 0xFFFE)


def check_text(text: str, what: str) -> None:
    bad = sorted({f"U+{ord(c):04X}" for c in text if not is_xml_char(c)})
    assert not bad, f"{what} holds characters XML 1.0 cannot carry: {bad}"


def check_rdf(data: bytes, fmt: ox.RdfFormat, what: str = "RDF") -> list[ox.Quad]:
    """The quads of ``data``, parsed by Oxigraph (a syntax error fails the test)."""
    try:
        quads = list(ox.parse(data, format=fmt))
    except SyntaxError as exc:
        raise AssertionError(f"{what} does not parse as {fmt}: {exc}") from None
    check_text(data.decode("utf-8"), what)
    return quads


def check_xml(data: bytes, what: str = "XML") -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise AssertionError(f"{what} is not well-formed XML: {exc}") from None


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.data.append(data)


def check_html(text: str, what: str = "HTML", *, scripts: bool = False) -> set[str]:
    """Parse ``text`` with html.parser; no character XML cannot carry; no <script> unless allowed. Returns the tags."""
    check_text(text, what)
    parser = _Tags()
    parser.feed(text)
    parser.close()
    if not scripts:
        assert not parser.tags & {"script", "iframe", "img", "object", "embed"}, f"{what}: {sorted(parser.tags)}"
    return parser.tags


def check_quotes(quads, text: str) -> int:
    """Every pkg:Evidence's quote equals ``text[start:end]``; returns how many evidence nodes were checked."""
    props: dict[str, dict[str, str]] = {}
    evidence = set()
    for q in quads:
        s = q.subject.value
        if q.predicate.value == RDF_TYPE and q.object.value == PKG + "Evidence":
            evidence.add(s)
        elif q.predicate.value in (PKG + "quote", PKG + "start", PKG + "end"):
            props.setdefault(s, {})[q.predicate.value[len(PKG):]] = q.object.value
    for node in evidence:
        p = props[node]
        start, end = int(p["start"]), int(p["end"])
        assert 0 <= start <= end <= len(text), (node, start, end, len(text))
        assert text[start:end] == p["quote"], (node, text[start:end], p["quote"])
    return len(evidence)


def check_build_dir(out: Path) -> dict[str, list[ox.Quad]]:
    """Every graph.* of a build directory parses; report.html and graph.html parse, without what XML cannot carry.

    Returns the quads of each RDF output by file name.
    """
    found = {}
    for path in sorted(out.glob("graph.*")):
        if path.suffix in RDF_FORMATS:
            found[path.name] = check_rdf(path.read_bytes(), RDF_FORMATS[path.suffix], str(path))
            if path.suffix == ".jsonld":
                json.loads(path.read_bytes())
            if path.suffix == ".rdf":
                check_xml(path.read_bytes(), str(path))
    check_html((out / "report.html").read_text(encoding="utf-8"), "report.html")
    if (out / "graph.html").exists():
        check_html((out / "graph.html").read_text(encoding="utf-8"), "graph.html", scripts=True)
    return found
