"""The facts the views read, before they are resolved into a :class:`~policykg.visualize.graphdata.PolicyGraph`.

A :class:`GraphFacts` holds what the named graphs state, each fact with the graph it comes from, still unjoined:
the types of every node, the labels and texts (the smallest value of each), the links, the coordination duties'
roles, which documents a graph speaks about, and the quotes. Facts of several graphs merge by union (and the
smallest value), in any order, so the facts of a corpus are the merge of its documents' facts. They come from a
store (:func:`policykg.visualize.graphdata.read_policy_graph`, by SPARQL) or from one document's N-Quads
(:func:`facts_from_nquads`, as a corpus build's workers read them): a build draws its actor view from the cached
facts of each document (:func:`actor_view_facts` keeps what that view draws) without reading the store.

>>> from policykg.core.iris import PKG
>>> quads = (f'<urn:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{PKG}Ministry> <urn:g> .\\n'
...          f'<urn:a> <http://www.w3.org/2004/02/skos/core#prefLabel> "Bộ A"@vi <urn:g> .\\n').encode()
>>> facts = facts_from_nquads(quads)
>>> facts.types, facts.values[("urn:a", "label_vi")]
({'urn:a': {'Ministry'}}, 'Bộ A')
>>> GraphFacts.from_json(facts.to_json()) == facts
True
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from policykg.core.iris import PKG, PREFIXES
from policykg.visualize.kinds import STATEMENT_KINDS, most_specific_kind

__all__ = ["ACTOR_VIEW_LINKS", "FACT_PREDICATES", "LINK_PREDICATES", "VALUE_PREDICATES", "GraphFacts",
           "LazyFacts", "actor_view_facts", "facts_from_nquads", "facts_from_quads", "merge_facts"]

# Predicates between nodes that the views draw (local name in pkg: or a full IRI) -> edge kind.
LINK_PREDICATES: dict[str, str] = {
    PKG + "coordinatesWith": "coordinates",
    PKG + "directs": "directs",
    PKG + "mobilises": "mobilises",
    PKG + "memberOf": "memberOf",
    PREFIXES["org"] + "memberOf": "memberOf",
    PKG + "partOf": "partOf",
    PREFIXES["org"] + "subOrganizationOf": "partOf",
    PKG + "issuedBy": "issues",
    PKG + "hasRequirement": "hasRequirement",
    PKG + "hasTask": "hasTask",
    PKG + "hasObjective": "hasObjective",
    PKG + "assignedTo": "assignedTo",
    PKG + "responsibleFor": "responsibleFor",
    PKG + "leads": "leads",
    PKG + "cooperatesIn": "cooperatesIn",
    PKG + "participatesIn": "participatesIn",
    PKG + "concerns": "concerns",
    PKG + "cites": "cites",
    PKG + "implements": "implements",
    PKG + "reportsOn": "reportsOn",
}
# the kinds of link the actor view reads: between actors, issuing, and the roles that name an actor
ACTOR_VIEW_LINKS = frozenset({"coordinates", "directs", "mobilises", "memberOf", "partOf", "issues", "assignedTo",
                              "responsibleFor", "leads", "cooperatesIn"})
# the literal (or IRI) values a view reads -> the slot they fill; labels and titles by language
VALUE_PREDICATES = {PREFIXES["skos"] + "prefLabel": "label", PREFIXES["dcterms"] + "title": "title",
                    PREFIXES["dcterms"] + "identifier": "identifier", PKG + "text": "text",
                    PKG + "ordinal": "ordinal", PKG + "statedIn": "stated_in"}
DUTY_ROLES = (PKG + "leadActor", PKG + "cooperatingActor", PKG + "statedIn")
_RDF_TYPE = PREFIXES["rdf"] + "type"
_DUTY = PKG + "CoordinationDuty"
_STATED_IN, _ISSUED_BY, _SOURCE = PKG + "statedIn", PKG + "issuedBy", PREFIXES["dcterms"] + "source"
_EVIDENCE, _QUOTE, _SOURCE_DOCUMENT, _START = PKG + "hasEvidence", PKG + "quote", PKG + "sourceDocument", PKG + "start"
# every predicate :func:`facts_from_nquads` reads: a quad of any other predicate adds nothing to the facts
FACT_PREDICATES = frozenset({_RDF_TYPE, *VALUE_PREDICATES, *LINK_PREDICATES, *DUTY_ROLES, _STATED_IN, _ISSUED_BY,
                             _SOURCE, _EVIDENCE, _QUOTE, _SOURCE_DOCUMENT, _START})


def value_slot(predicate: str, language: str) -> str | None:
    """The slot a value fills (``label_vi``, ``label_en``, ``title``, ``identifier``, ``text``, ``ordinal``,
    ``stated_in``), or None for a value no view reads (a title in English, a label in a third language).

    >>> value_slot(PREFIXES["skos"] + "prefLabel", "en"), value_slot(PREFIXES["dcterms"] + "title", "en")
    ('label_en', None)
    """
    slot = VALUE_PREDICATES.get(predicate)
    if slot == "label":
        return "label_en" if language == "en" else "label_vi" if language in ("vi", "") else None
    if slot == "title" and language not in ("vi", ""):
        return None
    return slot


@dataclass
class GraphFacts:
    """What named graphs state that the views read (see the module docstring); merged by :meth:`update`."""

    types: dict[str, set[str]] = field(default_factory=dict)         # node -> local names of its pkg: classes
    graphs: dict[str, set[str]] = field(default_factory=dict)        # node -> the graphs that type it
    values: dict[tuple[str, str], object] = field(default_factory=dict)   # (node, slot) -> smallest value
    links: set[tuple[str, str, str, str]] = field(default_factory=set)    # (graph, subject, predicate, object)
    duties: set[tuple[str, str, str, str]] = field(default_factory=set)   # (graph, duty, role predicate, value)
    speaks: dict[str, set[str]] = field(default_factory=dict)        # graph -> statedIn objects, issuedBy subjects
    sources: dict[str, set[str]] = field(default_factory=dict)       # graph -> subjects of dcterms:source
    evidence: set[tuple[str, str, str, str, int]] = field(default_factory=set)   # (graph, owner, quote, src, start)

    def typed(self, graph: str, node: str, cls: str) -> None:
        if cls.startswith(PKG):
            self.types.setdefault(node, set()).add(cls[len(PKG):])
            self.graphs.setdefault(node, set()).add(graph)

    def value(self, node: str, slot: str, value) -> None:
        if slot == "ordinal":
            try:
                value = int(value)
            except ValueError:
                return
        known = self.values.get((node, slot))
        if known is None or known == "" or value < known:
            self.values[(node, slot)] = value

    def update(self, other: "GraphFacts") -> None:
        """Merge ``other`` into these facts (union; the smallest value of each slot)."""
        for node, kinds in other.types.items():
            self.types.setdefault(node, set()).update(kinds)
        for node, graphs in other.graphs.items():
            self.graphs.setdefault(node, set()).update(graphs)
        for (node, slot), value in other.values.items():
            self.value(node, slot, value)
        self.links |= other.links
        self.duties |= other.duties
        for mine, theirs in ((self.speaks, other.speaks), (self.sources, other.sources)):
            for graph, items in theirs.items():
                mine.setdefault(graph, set()).update(items)
        self.evidence |= other.evidence

    def to_json(self) -> bytes:
        """The facts as compact, deterministic JSON (UTF-8)."""
        data = {"types": {n: sorted(k) for n, k in sorted(self.types.items())},
                "graphs": {n: sorted(g) for n, g in sorted(self.graphs.items())},
                "values": sorted([n, s, v] for (n, s), v in self.values.items()),
                "links": sorted(self.links), "duties": sorted(self.duties),
                "speaks": {g: sorted(d) for g, d in sorted(self.speaks.items())},
                "sources": {g: sorted(d) for g, d in sorted(self.sources.items())},
                "evidence": sorted(self.evidence)}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes, names: dict | None = None) -> "GraphFacts":
        """The facts written by :meth:`to_json`. ``names``, a dict shared by the documents of a corpus, makes each
        IRI one string object however many documents and facts repeat it (quotes and texts are left as read)."""
        raw = json.loads(data)
        if names is None:   # each IRI as read (interning them costs a third of the reading)
            return cls(**{name: _SECTIONS[name](raw[name]) for name in _SECTIONS})
        one = names.setdefault

        def iris(items):
            return tuple(map(one, items, items))

        return cls(types={one(n, n): set(map(one, k, k)) for n, k in raw["types"].items()},
                   graphs={one(n, n): set(iris(g)) for n, g in raw["graphs"].items()},
                   values={(one(n, n), one(s, s)): v for n, s, v in raw["values"]},
                   links=set(map(iris, raw["links"])), duties=set(map(iris, raw["duties"])),
                   speaks={one(g, g): set(iris(d)) for g, d in raw["speaks"].items()},
                   sources={one(g, g): set(iris(d)) for g, d in raw["sources"].items()},
                   evidence={(one(g, g), one(n, n), q, one(src, src), start) for g, n, q, src, start in raw["evidence"]})


# how each section of :meth:`GraphFacts.to_json` is read back (each IRI as read), in the order it is written
_SECTIONS = {"types": lambda raw: {n: set(k) for n, k in raw.items()},
             "graphs": lambda raw: {n: set(g) for n, g in raw.items()},
             "values": lambda raw: {(n, s): v for n, s, v in raw},
             "links": lambda raw: set(map(tuple, raw)), "duties": lambda raw: set(map(tuple, raw)),
             "speaks": lambda raw: {g: set(d) for g, d in raw.items()},
             "sources": lambda raw: {g: set(d) for g, d in raw.items()},
             "evidence": lambda raw: set(map(tuple, raw))}
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")   # what JSON allows between tokens


class LazyFacts(GraphFacts):
    """The :class:`GraphFacts` of :meth:`GraphFacts.to_json`'s bytes, each section read when it is first asked for:
    the JSON is decoded only as far as the last section asked for, and a section is made into sets and tuples only
    when asked for. A pass that reads a document's types alone decodes a tenth of its facts; the actor view's
    passes read the same cached file up to four times, each for what it uses (:mod:`policykg.visualize.actorview`).
    Equal to :meth:`GraphFacts.from_json` of the same bytes, section by section.

    Bytes that are not such JSON (damaged, or without one of the sections) give the facts ``otherwise()`` gives
    (each section not read yet), or raise ValueError when there is no ``otherwise``, as :meth:`GraphFacts.from_json`
    would -- when the section is asked for, not when the facts are made.

    >>> facts = GraphFacts(types={"urn:a": {"Ministry"}}, evidence={("urn:g", "urn:a", "q", "urn:s", 0)})
    >>> lazy = LazyFacts(facts.to_json())
    >>> lazy.types, sorted(vars(lazy))
    ({'urn:a': {'Ministry'}}, ['_at', '_otherwise', '_raw', '_text', 'types'])
    >>> all(getattr(lazy, name) == value for name, value in vars(facts).items())
    True
    >>> LazyFacts(b'{"types":{', otherwise=lambda: facts).evidence == facts.evidence
    True
    """

    def __init__(self, data: bytes, otherwise: Callable[[], GraphFacts] | None = None):
        # the dataclass's fields are not set here: each is read when first asked for (__getattr__)
        self._text = data.decode("utf-8", "replace")
        self._at = _SPACE.match(self._text, _SPACE.match(self._text).end() + 1).end()   # the first key, after "{"
        self._raw: dict[str, object] = {}   # sections decoded on the way to another, not yet made into sets
        self._otherwise = otherwise

    def __getattr__(self, name: str):
        if name not in _SECTIONS or "_raw" not in vars(self):
            raise AttributeError(name)
        try:
            raw = self._decoded(name)
        except (ValueError, KeyError, TypeError, IndexError):
            if self._otherwise is None:
                raise ValueError("not the JSON of a document's facts") from None
            read = self._otherwise()
            for field_name in _SECTIONS:
                vars(self).setdefault(field_name, getattr(read, field_name))
            return vars(self)[name]
        value = _SECTIONS[name](raw)
        setattr(self, name, value)
        return value

    def _decoded(self, name: str) -> object:
        """The JSON of the section ``name``, decoding the object's members up to it."""
        text = self._text
        while name not in self._raw:
            if text[self._at] != '"':
                raise ValueError(f"no section {name!r}")
            key, at = _DECODER.raw_decode(text, self._at)
            at = _SPACE.match(text, at).end()
            if text[at] != ":":
                raise ValueError("not a member")
            value, at = _DECODER.raw_decode(text, _SPACE.match(text, at + 1).end())
            self._raw[key] = value
            at = _SPACE.match(text, at).end()
            self._at = _SPACE.match(text, at + 1).end() if text[at] == "," else at
        return self._raw.pop(name)


def merge_facts(parts: Iterable[GraphFacts]) -> GraphFacts:
    """The merge of ``parts`` (consumed one at a time)."""
    merged = GraphFacts()
    for part in parts:
        merged.update(part)
    return merged


def facts_from_nquads(data: bytes, ontology: str = "") -> GraphFacts:
    """The facts of N-Quads ``data`` (named graphs; the graph ``ontology`` left out), read the way
    :func:`policykg.visualize.graphdata.read_policy_graph` reads a store."""
    return facts_from_quads(_named_quads(data, ontology))


def _named_quads(data: bytes, ontology: str) -> Iterator[tuple[str, str, str, object]]:
    """The quads of ``data`` in named graphs but ``ontology`` as :func:`facts_from_quads` reads them (of a blank
    subject, only its quotes)."""
    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        graph = quad.graph_name
        if not isinstance(graph, ox.NamedNode) or graph.value == ontology:
            continue
        s, p, o = quad.subject, quad.predicate.value, quad.object
        if isinstance(s, ox.NamedNode):
            yield graph.value, s.value, p, o.value if isinstance(o, ox.NamedNode) else o
        elif p == _QUOTE and isinstance(o, ox.Literal):
            yield graph.value, s.value, p, o


def facts_from_quads(quads: Iterable[tuple[str, str, str, object]]) -> GraphFacts:
    """The facts of quads given as plain values ``(graph, subject, predicate, object)``, each IRI a ``str``, the object
    an IRI (``str``) or another pyoxigraph term: what :func:`facts_from_nquads` reads of the same quads, for a worker
    that holds its document's triples as the emitter made them (:meth:`policykg.graph_builder.terms.Emitter.triples`)
    instead of reading its N-Quads again."""
    facts = GraphFacts()
    quotes: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    starts: dict[str, set[int]] = {}
    owners: list[tuple[str, str, str]] = []
    duty_rows: dict[tuple[str, str], list[tuple[str, str]]] = {}
    duties: set[tuple[str, str]] = set()
    for g, s, p, o in quads:
        iri = isinstance(o, str)
        value = o if iri else o.value
        if p == _RDF_TYPE and iri:
            facts.typed(g, s, value)
            if value == _DUTY:
                duties.add((g, s))
        if p in VALUE_PREDICATES:
            slot = value_slot(p, (None if iri else getattr(o, "language", None)) or "")
            if slot is not None:
                facts.value(s, slot, value)
        if p in LINK_PREDICATES and iri:
            facts.links.add((g, s, p, value))
        if p in DUTY_ROLES:
            duty_rows.setdefault((g, s), []).append((p, value))
        if p == _STATED_IN:
            facts.speaks.setdefault(g, set()).add(value)
        elif p == _ISSUED_BY:
            facts.speaks.setdefault(g, set()).add(s)
        elif p == _SOURCE:
            facts.sources.setdefault(g, set()).add(s)
        elif p == _EVIDENCE:
            owners.append((g, s, value))
        elif p == _QUOTE:
            quotes.setdefault(s, set()).add(value)
        elif p == _SOURCE_DOCUMENT:
            sources.setdefault(s, set()).add(value)
        elif p == _START:
            try:
                starts.setdefault(s, set()).add(int(value))
            except ValueError:
                starts.setdefault(s, set()).add(-1)
    for (g, d), rows in duty_rows.items():
        if (g, d) in duties:
            facts.duties.update((g, d, role, value) for role, value in rows)
    for g, owner, ev in owners:
        for quote in quotes.get(ev, ()):
            for src in sources.get(ev) or ("",):
                for start in starts.get(ev) or (-1,):
                    facts.evidence.add((g, owner, quote, src, start))
    return facts


def actor_view_facts(facts: GraphFacts) -> GraphFacts:
    """The part of one document's ``facts`` that the actor view reads: the links it draws, and of the statements
    (which only their own document states) those that such a link names; every other node kept whole."""
    links = {link for link in facts.links if LINK_PREDICATES[link[2]] in ACTOR_VIEW_LINKS}
    named = {node for _, s, _, o in links for node in (s, o)} | {d for _, d, _, _ in facts.duties}
    dropped = {node for node, kinds in facts.types.items()
               if node not in named and most_specific_kind(kinds) in STATEMENT_KINDS}
    return GraphFacts(types={n: k for n, k in facts.types.items() if n not in dropped},
                      graphs={n: g for n, g in facts.graphs.items() if n not in dropped},
                      values={k: v for k, v in facts.values.items() if k[0] not in dropped},
                      links=links, duties=facts.duties, speaks=facts.speaks, sources=facts.sources,
                      evidence={e for e in facts.evidence if e[1] not in dropped})
