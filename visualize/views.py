"""The graph views: the actor network, the full network, one document's network, and the HTML page.

Every view is a ``networkx.MultiDiGraph`` (edge key = edge kind) whose nodes carry ``kind``,
``group``, ``label_vi``, ``label_en``, ``documents`` (document IRIs), ``evidence`` (tuple of
:class:`policykg.visualize.graphdata.Evidence`), ``centrality`` and ``size``, and whose edges carry ``kind``,
``count`` (how many statements or documents state it), ``documents``, ``statements`` and ``evidence``.
Edges are merged across documents: the same (source, target, kind) is one edge with a count.

Node size is the **betweenness centrality** of the actor–actor graph (documents left out; directed,
coordination counting both ways): the question the view answers is who brokers between the others in the coordination web,
which betweenness measures and degree does not (a body named once beside many others gets a high
degree but brokers nothing). Above 1,000 actors it is estimated from 64 fixed-seed sample sources
so that large views stay quick and deterministic.
"""

from __future__ import annotations

import itertools
import math
import os
from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx

from policykg.core.errors import InputError
from policykg.queries.data import open_data
from policykg.queries.resolve import RESOLVE_LABEL, resolve_iri
from policykg.queries.store import GraphStore
from policykg.visualize.graphdata import Evidence, PolicyGraph, read_policy_graph
from policykg.visualize.kinds import ACTOR_KINDS, DOCUMENT_KINDS, STATEMENT_KINDS, node_style
from policykg.visualize.page import write_page

__all__ = ["VIEWS", "LANGS", "Duty", "actor_centrality", "actor_duties", "actor_network", "build_view", "full_network", "resolve_document",
           "write_view", "write_view_from"]

VIEWS = ("actors", "full", "document")
LANGS = ("vi", "en")
_ACTOR_EDGE_KINDS = ("coordinates", "directs", "mobilises", "memberOf", "partOf")
_SAMPLED_ABOVE = 1000
_SAMPLE_SOURCES = 64


@dataclass
class _EdgeSupport:
    statements: set[str] = field(default_factory=set)
    graphs: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    by_document: dict[str, set[str]] = field(default_factory=dict)   # document -> statements or graphs stating it


@dataclass(frozen=True, order=True)
class Duty:
    """A statement that names an actor: its role ('lead', 'cooperating', 'responsible', 'assigned',
    'coordination'), the statement, its text, the document it is stated in and its quotes."""

    role: str
    statement: str
    text: str
    document: str
    evidence: tuple[Evidence, ...] = ()


class _EdgeCollector:
    """Merges edges by (source, target, kind) across statements and documents."""

    def __init__(self, document: str | None = None) -> None:
        self.edges: dict[tuple[str, str, str], _EdgeSupport] = {}
        self.document = document     # when set, only what this document states is counted


    def add(self, source: str, target: str, kind: str, *, statement: str | None = None, graph: str | None = None,
            documents=(), evidence=()) -> None:
        if self.document is not None and self.document not in documents:
            return
        support = self.edges.setdefault((source, target, kind), _EdgeSupport())
        if statement:
            support.statements.add(statement)
        elif graph:
            support.graphs.add(graph)
        support.documents.update(d for d in documents if d)
        support.evidence.update(evidence)
        for d in documents:
            if d and (statement or graph):
                support.by_document.setdefault(d, set()).add(statement or graph)


def _node_label(data: PolicyGraph, iri: str) -> tuple[str, str]:
    """(Vietnamese, English) label of a node; English is '' where the data has none."""
    node = data.nodes[iri]
    style = node_style(node.kind)
    if node.kind in DOCUMENT_KINDS:
        label = node.identifier or _shorten(node.title, 60) or _tail(iri)
        return label, label
    if node.kind in STATEMENT_KINDS:
        number = f" {node.ordinal}" if node.ordinal is not None else ""
        text = _shorten(node.text, 48)
        return (f"{style.label_vi}{number}: {text}" if text else f"{style.label_vi}{number}",
                f"{style.label_en}{number}: {text}" if text else f"{style.label_en}{number}")
    return node.label_vi or _tail(iri), node.label_en


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _collect_actor_edges(data: PolicyGraph, edges: _EdgeCollector, *, with_assigns: bool) -> None:
    """Actor–actor edges (coordination from the reified duties, then the shortcut triples), issuing
    edges (document -> issuer) and, when asked, responsibility edges (document -> actor it assigns)."""
    nodes = data.nodes
    covered: set[tuple[str, frozenset[str]]] = set()
    for duty in data.coordination:
        if duty.leads:
            pairs = [(lead, other) for lead in duty.leads for other in duty.cooperating]
        else:
            pairs = list(itertools.combinations(duty.cooperating, 2))
        documents = [duty.stated_in] if duty.stated_in else data.graph_documents.get(duty.graph, [])
        for a, b in pairs:
            edges.add(a, b, "coordinates", statement=duty.iri, documents=documents, evidence=duty.evidence)
            covered.add((duty.graph, frozenset((a, b))))
    for link in data.links:
        subject, obj = nodes[link.subject], nodes[link.object]
        graph_docs = data.graph_documents.get(link.graph, [])
        if link.kind in _ACTOR_EDGE_KINDS and subject.kind in ACTOR_KINDS and obj.kind in ACTOR_KINDS:
            a, b = link.subject, link.object
            if link.kind == "coordinates":
                if (link.graph, frozenset((a, b))) in covered:
                    continue
                a, b = sorted((a, b))   # symmetric: both directions are written, draw one edge
            edges.add(a, b, link.kind, graph=link.graph, documents=graph_docs)
        elif link.kind == "issues" and subject.kind in DOCUMENT_KINDS and obj.kind in ACTOR_KINDS:
            edges.add(link.subject, link.object, "issues", graph=link.graph, documents=[link.subject],
                      evidence=subject.evidence)
        elif with_assigns and link.kind in ("assignedTo", "responsibleFor", "leads"):
            statement, actor = (subject, obj) if link.kind == "assignedTo" else (obj, subject)
            if statement.kind in STATEMENT_KINDS and actor.kind in ACTOR_KINDS and statement.stated_in in nodes:
                edges.add(statement.stated_in, actor.iri, "assigns", statement=statement.iri,
                          documents=[statement.stated_in], evidence=statement.evidence)


def _collect_other_edges(data: PolicyGraph, edges: _EdgeCollector) -> None:
    """Every other link of the full network: document -> statements, statements -> actors,
    actors -> initiatives, document -> document; evidence from the statement an edge touches."""
    nodes = data.nodes
    for link in data.links:
        subject, obj = nodes[link.subject], nodes[link.object]
        if link.kind in _ACTOR_EDGE_KINDS and subject.kind in ACTOR_KINDS and obj.kind in ACTOR_KINDS:
            continue   # drawn by _collect_actor_edges
        if link.kind == "issues":
            continue
        if obj.kind == "CoordinationDuty" or subject.kind == "CoordinationDuty":
            continue   # drawn as coordination edges between the actors
        statement = subject if subject.kind in STATEMENT_KINDS else obj if obj.kind in STATEMENT_KINDS else None
        if statement is not None and statement.stated_in:
            edges.add(link.subject, link.object, link.kind, statement=statement.iri,
                      documents=[statement.stated_in], evidence=statement.evidence)
        else:
            edges.add(link.subject, link.object, link.kind, graph=link.graph,
                      documents=data.graph_documents.get(link.graph, []))


def _assemble(data: PolicyGraph, node_iris, edges: _EdgeCollector, document: str | None) -> nx.MultiDiGraph:
    """Build the MultiDiGraph (sorted nodes and edges), restricted to ``document`` when given.

    ``edges`` is consumed: each support leaves the collector as its edge joins the graph, so the supports of a
    corpus and the graph drawn from them are not held whole at once."""
    kept = sorted(key for key, sup in edges.edges.items() if document is None or document in sup.documents)
    wanted = set(node_iris)
    if document is not None:
        wanted = {i for i in wanted if document in data.documents_of(data.nodes[i])}
    incident: dict[str, set[str]] = {}
    for key in kept:
        source, target, _kind = key
        wanted.update((source, target))
        incident.setdefault(source, set()).update(edges.edges[key].documents)
        incident.setdefault(target, set()).update(edges.edges[key].documents)
    graph = nx.MultiDiGraph()
    for iri in sorted(wanted):
        graph.add_node(iri, **_node_attributes(data, iri, incident.get(iri, ())))
    del incident
    for key in kept:
        (source, target, kind), sup = key, edges.edges.pop(key)
        graph.add_edge(
            source, target, key=kind, kind=kind, count=len(sup.statements) + len(sup.graphs),
            documents=tuple(sorted(sup.documents)), statements=tuple(sorted(sup.statements)),
            evidence=tuple(sorted(sup.evidence)),
            document_counts=tuple(sorted((d, len(items)) for d, items in sup.by_document.items())),
        )
    return graph


def _node_attributes(data: PolicyGraph, iri: str, incident: Iterable[str]) -> dict:
    """The attributes of the node ``iri`` of ``data`` in a view: its kind, group, labels, text, documents (its own
    and those of the edges it has: ``incident``), quotes, centrality and size (before they are measured)."""
    node = data.nodes[iri]
    label_vi, label_en = _node_label(data, iri)
    style = node_style(node.kind)
    return dict(kind=node.kind, group=style.group, label_vi=label_vi, label_en=label_en, text=node.text or node.title,
                documents=tuple(sorted(set(data.documents_of(node)).union(incident))),
                evidence=tuple(node.evidence), centrality=0.0, size=_DEFAULT_SIZE.get(style.group, 14.0))


_ROLES = {"leads": "lead", "cooperatesIn": "cooperating", "responsibleFor": "responsible", "assignedTo": "assigned"}


def actor_duties(data: PolicyGraph, document: str | None = None) -> dict[str, tuple[Duty, ...]]:
    """{actor IRI: the statements that name it}, each with its role, text, document and quotes; coordination
    duties count as 'coordination'. ``document`` keeps those stated in that document.

    >>> actor_duties(PolicyGraph({}, [], [], {}))
    {}
    """
    found: dict[str, set[Duty]] = {}
    for link in data.links:
        role = _ROLES.get(link.kind)
        if role is None:
            continue
        actor, statement = (link.object, link.subject) if link.kind == "assignedTo" else (link.subject, link.object)
        node, actor_node = data.nodes.get(statement), data.nodes.get(actor)
        if node is None or actor_node is None or actor_node.kind not in ACTOR_KINDS or node.kind not in STATEMENT_KINDS:
            continue
        found.setdefault(actor, set()).add(Duty(role, statement, node.text, node.stated_in or "", tuple(node.evidence)))
    for duty in data.coordination:
        for actor in duty.leads + duty.cooperating:
            found.setdefault(actor, set()).add(Duty("coordination", duty.iri, "", duty.stated_in or "",
                                                    tuple(duty.evidence)))
    return {actor: tuple(sorted(d for d in duties if document is None or d.document == document))
            for actor, duties in sorted(found.items())}


_DEFAULT_SIZE = {"actor": 12.0, "document": 18.0, "statement": 10.0, "initiative": 14.0, "other": 10.0}


def actor_centrality(graph: nx.MultiDiGraph) -> dict[str, float]:
    """Normalised betweenness centrality of the actors over the actor–actor edges of ``graph`` (directed;
    coordination counts both ways, so a group everyone mobilises is not mistaken for a broker).

    Exact up to 1,000 actors; above, estimated from 64 sample sources with a fixed seed (deterministic).
    Returns {actor IRI: value in [0, 1]} for every actor node of ``graph``.

    >>> g = nx.MultiDiGraph()
    >>> for n in "abc": g.add_node(n, group="actor")
    >>> g.add_edge("a", "b", key="coordinates"); g.add_edge("b", "c", key="coordinates")
    'coordinates'
    'coordinates'
    >>> actor_centrality(g)
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    actors = sorted(n for n, attrs in graph.nodes(data=True) if attrs.get("group") == "actor")
    simple = nx.DiGraph()
    simple.add_nodes_from(actors)
    actor_set = set(actors)
    arcs = set()
    for u, v, kind in graph.edges(keys=True):
        if u in actor_set and v in actor_set and u != v:
            arcs.add((u, v))
            if kind == "coordinates":     # coordination binds both ways; directing or mobilising does not
                arcs.add((v, u))
    simple.add_edges_from(sorted(arcs))
    if len(actors) < 3:
        return {a: 0.0 for a in actors}
    k = _SAMPLE_SOURCES if len(actors) > _SAMPLED_ABOVE else None
    values = nx.betweenness_centrality(simple, k=k, normalized=True, seed=0 if k else None)
    return {a: round(values.get(a, 0.0), 6) for a in actors}


def _apply_sizes(graph: nx.MultiDiGraph, centrality: dict[str, float]) -> None:
    """Actor size grows with the square root of relative betweenness (area ~ value), plus a little degree."""
    top = max(centrality.values(), default=0.0) or 1.0
    for iri, value in centrality.items():
        if iri in graph:
            degree = graph.degree(iri)
            graph.nodes[iri]["centrality"] = value
            graph.nodes[iri]["size"] = round(12.0 + 28.0 * math.sqrt(value / top) + 0.6 * min(degree, 10), 2)


def _actor_network(data: PolicyGraph, document: str | None) -> nx.MultiDiGraph:
    edges = _EdgeCollector(document)
    _collect_actor_edges(data, edges, with_assigns=True)
    actors = [i for i, n in data.nodes.items() if n.kind in ACTOR_KINDS]
    graph = _assemble(data, actors, edges, document)
    _apply_sizes(graph, actor_centrality(graph))
    _attach_duties(graph, data, document)
    return graph


def _attach_duties(graph: nx.MultiDiGraph, data: PolicyGraph, document: str | None) -> None:
    """Each actor node gets ``duties``: the statements that name it (what its panel shows)."""
    for actor, duties in actor_duties(data, document).items():
        if actor in graph:
            graph.nodes[actor]["duties"] = duties


def _full_network(data: PolicyGraph, document: str | None) -> nx.MultiDiGraph:
    edges = _EdgeCollector(document)
    _collect_actor_edges(data, edges, with_assigns=False)
    _collect_other_edges(data, edges)
    everything = [i for i, n in data.nodes.items() if n.kind != "CoordinationDuty"]
    graph = _assemble(data, everything, edges, document)
    actors_only = _actor_network(data, document)
    _apply_sizes(graph, {a: actors_only.nodes[a]["centrality"] for a in actors_only if a in graph})
    _attach_duties(graph, data, document)
    return graph


def resolve_document(store: GraphStore, data: PolicyGraph, document: str) -> str:
    """The IRI of the document named by ``document``: its IRI, its số hiệu ('09-CT/TW') or another label, resolved
    by the same code as every IRI parameter of the queries (:mod:`policykg.queries.resolve`).

    Raises InputError (listing the documents present) when no document, or more than one, matches.
    """
    known = {node.iri for node in data.documents()}

    def select(label) -> list[str]:
        return [row["iri"].value for row in store.select(RESOLVE_LABEL, {"label": label})]

    found = [iri for iri in resolve_iri(document.strip(), select) if iri in known]
    if len(found) == 1:
        return found[0]
    names = ", ".join(sorted(n.identifier or _shorten(n.title, 40) or n.iri for n in data.documents())) or "none"
    what = f"{len(found)} documents" if found else "no document"
    raise InputError(f"{what} {document.strip()!r} in the data; documents present: {names}")


def actor_network(store, document: str | None = None) -> nx.MultiDiGraph:
    """The actor network of the data in ``store`` (a policykg.queries.store.GraphStore).

    Nodes: every actor (plus documents that issue or assign); edges: coordinates / directs /
    mobilises / memberOf / partOf between actors, issues and assigns from documents to actors,
    merged across documents with ``count``, ``documents`` and ``evidence``. ``document`` (IRI or
    số hiệu) keeps what that document states. Raises InputError for an unknown document.

    >>> from policykg.queries.store import GraphStore
    >>> actor_network(GraphStore()).number_of_nodes()
    0
    """
    data = read_policy_graph(store)
    return _actor_network(data, resolve_document(store, data, document) if document else None)


def full_network(store, document: str | None = None) -> nx.MultiDiGraph:
    """The full network: documents, requirements, tasks, objectives, actors, initiatives and the links
    between them (coordination duties drawn as edges between their actors). ``document`` (IRI or
    số hiệu) keeps that document's part. Raises InputError for an unknown document.

    >>> from policykg.queries.store import GraphStore
    >>> full_network(GraphStore()).number_of_edges()
    0
    """
    data = read_policy_graph(store)
    return _full_network(data, resolve_document(store, data, document) if document else None)


def build_view(store, view: str, *, document: str | None = None) -> tuple[nx.MultiDiGraph, PolicyGraph, str | None]:
    """The graph of ``view`` ('actors' | 'full' | 'document'), the data it came from and the document IRI.

    Raises InputError for an unknown view, a document view without ``document``, or an unknown document.
    """
    if view not in VIEWS:
        raise InputError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}")
    if view == "document" and not document:
        raise InputError("the document view needs a document: give --document IRI_OR_NUMBER")
    data = read_policy_graph(store)
    doc = resolve_document(store, data, document) if document else None
    graph = _actor_network(data, doc) if view == "actors" else _full_network(data, doc)
    return graph, data, doc


def write_view(store: GraphStore, view: str, out_path: str | os.PathLike, *, document: str | None = None,
               lang: str = "vi") -> nx.MultiDiGraph:
    """Write the interactive HTML page of ``view`` ('actors' | 'full' | 'document') to ``out_path``.

    One self-contained UTF-8 file (vis-network inlined, no request to any other host, nothing else
    written), deterministic for the same data. ``document`` (IRI or số hiệu) is required for the
    document view and filters the others; ``lang`` ('vi' | 'en') is the initial label language.
    Returns the drawn graph. Raises InputError for an unknown view, language or document.
    """
    if lang not in LANGS:
        raise InputError(f"unknown language {lang!r}: use vi or en")
    graph, data, doc = build_view(store, view, document=document)
    write_page(out_path, graph, data, view=view, document=doc, lang=lang)
    return graph


def write_view_from(data_path: str | os.PathLike, view: str, out_path: str | os.PathLike, *,
                    document: str | None = None, lang: str = "vi") -> nx.MultiDiGraph:
    """Open DATA (:func:`policykg.queries.data.open_data`) and :func:`write_view` it; returns the drawn graph.

    Raises InputError as write_view, or when the data cannot be opened.
    """
    if lang not in LANGS:
        raise InputError(f"unknown language {lang!r}: use vi or en")
    return write_view(open_data(data_path), view, out_path, document=document, lang=lang)
