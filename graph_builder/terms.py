"""The RDF vocabulary of the emitter: ontology terms, literals, and the collector of one named graph's quads.

Every IRI comes from :mod:`policykg.core.iris`; there are no blank nodes, so the same records always give the same
quads.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterable

import pyoxigraph as ox

from policykg.core.iris import ACTOR, PKG, PREFIXES
from policykg.core.textnorm import match_form, source_text

__all__ = ["Emitter", "RDF_TYPE", "XSD_DATE", "XSD_INTEGER", "actor_iris", "clean_label", "integer", "pkg", "term", "vi"]

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
XSD_INTEGER = ox.NamedNode(PREFIXES["xsd"] + "integer")
XSD_DATE = ox.NamedNode(PREFIXES["xsd"] + "date")


@functools.lru_cache(maxsize=512)
def pkg(local: str) -> ox.NamedNode:
    """The ontology term ``pkg:<local>``.

    >>> pkg("Task").value
    'https://w3id.org/policykg/ontology#Task'
    """
    return ox.NamedNode(PKG + local)


@functools.lru_cache(maxsize=512)
def term(prefix: str, local: str) -> ox.NamedNode:
    """A term of one of the project's standard prefixes.

    >>> term("skos", "prefLabel").value
    'http://www.w3.org/2004/02/skos/core#prefLabel'
    """
    return ox.NamedNode(PREFIXES[prefix] + local)


@functools.lru_cache(maxsize=1 << 14)
def clean_label(text: str) -> str:
    """A label as the graph shows it: NFC, look-alike letters folded, single spaces.

    Quotes (``pkg:quote``) are never cleaned: they stay exact slices of the source.

    >>> clean_label("  Tăng cường  sự lãnh đạo của \\u00d0ảng ")
    'Tăng cường sự lãnh đạo của Đảng'
    """
    return re.sub(r"\s+", " ", match_form(source_text(text))).strip()


def vi(text: str) -> ox.Literal:
    """A Vietnamese literal."""
    return ox.Literal(text, language="vi")


@functools.lru_cache(maxsize=1 << 14)
def integer(value: int) -> ox.Literal:
    """An xsd:integer literal."""
    return ox.Literal(str(int(value)), datatype=XSD_INTEGER)


@dataclass
class Emitter:
    """Collects the quads of one named graph, as the lines of their N-Quads text.

    A line is ``str(ox.Quad(...))`` without the final " .": each IRI becomes an ``ox.NamedNode`` once (checked by
    pyoxigraph) and its text is kept; literals are pyoxigraph's, written by pyoxigraph. No ``ox.Quad`` is made per
    statement (making one costs more than the rest of ``add``); sorted lines are the sorted N-Quads document.

    >>> out = Emitter(ox.NamedNode("urn:g"))
    >>> out.add("urn:a", ox.NamedNode("urn:p"), vi('Bộ "A"'))
    >>> out.add("urn:a", ox.NamedNode("urn:p"), "urn:b")
    >>> print(out.nquads().decode(), end="")
    <urn:a> <urn:p> "Bộ \\"A\\""@vi <urn:g> .
    <urn:a> <urn:p> <urn:b> <urn:g> .
    >>> [str(q) for q in out.quads] == [line[:-2] for line in out.nquads().decode().splitlines()]
    True
    """

    graph: ox.NamedNode
    lines: set[str] = field(default_factory=set)
    nodes: dict[str, ox.NamedNode] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)   # unqualified local document IRIs -> qualified
    texts: dict[str, str] = field(default_factory=dict)     # IRI -> the N-Triples text of its node
    added: list[tuple] = field(default_factory=list)        # each statement's plain values (repeats kept)

    def __post_init__(self) -> None:
        self._graph_text = str(self.graph)   # the same in every line

    def node(self, iri: str) -> ox.NamedNode:
        """The node of an IRI (a local document IRI replaced by its qualified form)."""
        found = self.nodes.get(iri)
        if found is None:
            found = self.nodes[iri] = ox.NamedNode(self.renamed.get(iri, iri))
        return found

    def _text(self, iri: str) -> str:
        found = self.texts.get(iri)
        if found is None:
            found = self.texts[iri] = str(self.node(iri))
        return found

    def add(self, s: str | ox.NamedNode, p: ox.NamedNode, o: str | ox.NamedNode | ox.Literal) -> None:
        texts, renamed = self.texts, self.renamed
        if isinstance(s, str):
            subject = texts.get(s) or self._text(s)
            s_value = renamed.get(s, s) if renamed else s
        else:
            subject, s_value = str(s), s.value
        if isinstance(o, str):
            obj = texts.get(o) or self._text(o)
            o_value = renamed.get(o, o) if renamed else o
        else:
            obj = str(o)
            o_value = o.value if isinstance(o, ox.NamedNode) else o
        predicate = _PREDICATES.get(id(p))
        if predicate is None or predicate[0] is not p:
            if len(_PREDICATES) >= 4096:
                _PREDICATES.clear()   # (nodes made anew for each statement would fill it)
            predicate = _PREDICATES[id(p)] = (p, str(p), p.value)   # (the node kept: its id stays its own)
        self.lines.add(f"{subject} {predicate[1]} {obj} {self._graph_text}")
        self.added.append((s_value, predicate[2], o_value))

    def triples(self) -> list[tuple[str, str, str | ox.Literal]]:
        """Each statement added, as plain values: the subject's and the predicate's IRIs and the object, an IRI
        (``str``) or a Literal; the same triples as the N-Quads document's (repeats possible), without reading it.

        >>> out = Emitter(ox.NamedNode("urn:g"), renamed={"urn:b": "urn:B"})
        >>> out.add("urn:a", ox.NamedNode("urn:p"), "urn:b")
        >>> out.add(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), vi("x"))
        >>> out.triples()
        [('urn:a', 'urn:p', 'urn:B'), ('urn:a', 'urn:p', <Literal value=x language=vi>)]
        """
        return self.added

    def nquads(self) -> bytes:
        """The N-Quads document of the graph: its lines sorted (the order of ``sorted(quads, key=str)``)."""
        return "".join([" .\n".join(sorted(self.lines)), " .\n" if self.lines else ""]).encode("utf-8")

    @property
    def quads(self) -> list[ox.Quad]:
        """The quads, sorted by their N-Quads text."""
        return list(ox.parse(self.nquads(), format=ox.RdfFormat.N_QUADS))


# id of a predicate node -> (the node, its N-Triples text, its IRI): few nodes, asked for in every statement, looked up
# by identity (the terms come from ``pkg`` and ``term``'s caches) instead of hashing the node's IRI each time
_PREDICATES: dict[int, tuple[ox.NamedNode, str, str]] = {}


def actor_iris(iris: Iterable[str | None]) -> list[str]:
    """Actor IRIs among ``iris`` in their order, without duplicates or Nones."""
    seen: list[str] = []
    for iri in iris:
        if iri and iri.startswith(ACTOR) and iri not in seen:
            seen.append(iri)
    return seen


