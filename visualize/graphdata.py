"""Read what the views need from a GraphStore, with SPARQL, into plain records.

This is the RDF boundary of ``visualize``: everything after :func:`read_policy_graph` works on the
dataclasses below. The ontology graph is left out (it holds classes and the actor vocabulary, not
what documents say); every fact keeps the named graph it came from, so views can tell which
document says it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from policykg.core.iris import ONTOLOGY_IRI, PKG, PREFIXES
from policykg.queries.store import GraphStore
from policykg.visualize.facts import LINK_PREDICATES, VALUE_PREDICATES, GraphFacts, value_slot
from policykg.visualize.kinds import DOCUMENT_KINDS, most_specific_kind

_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(PREFIXES.items()))
_NOT_ONTOLOGY = f"FILTER(?g != <{ONTOLOGY_IRI}>)"
_NO_GRAPHS: frozenset[str] = frozenset()   # the graphs of a node no graph types (one object for all of them)

@dataclass(frozen=True, order=True, slots=True)
class Evidence:
    """One quote that supports a node or an edge: the exact words, the document they belong to
    (the policy document a statement is stated in, or the graph's document) and the source text."""

    document: str          # IRI
    source: str            # IRI of the source text the offsets index ('' if not given)
    start: int             # code-point offset in the source (-1 if not given)
    quote: str


@dataclass(slots=True)   # slots: a corpus's view holds one per statement (no __dict__ each)
class NodeRecord:
    """A typed node of a graph: actor, document, statement or initiative."""

    iri: str
    kind: str                                  # local name of its most specific pkg: class
    label_vi: str = ""
    label_en: str = ""
    text: str = ""                             # pkg:text of a statement
    title: str = ""                            # dcterms:title of a document
    identifier: str = ""                       # dcterms:identifier (số hiệu)
    ordinal: int | None = None
    stated_in: str | None = None               # pkg:statedIn (statements)
    graphs: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True, order=True, slots=True)
class Link:
    """One triple between two nodes, with the graph that states it and its edge kind."""

    graph: str
    subject: str
    kind: str
    object: str


@dataclass(slots=True)
class CoordinationRecord:
    """A reified pkg:CoordinationDuty: who leads, who cooperates, where stated."""

    iri: str
    graph: str
    leads: list[str] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)
    stated_in: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class PolicyGraph:
    """Everything the views read from a store."""

    nodes: dict[str, NodeRecord]
    links: list[Link]
    coordination: list[CoordinationRecord]
    graph_documents: dict[str, list[str]]      # named graph -> the documents it speaks about

    def documents(self) -> list[NodeRecord]:
        """The document nodes, sorted by IRI."""
        return [self.nodes[i] for i in sorted(self.nodes) if self.nodes[i].kind in DOCUMENT_KINDS]

    def documents_of(self, node: NodeRecord) -> list[str]:
        """The documents a node belongs to: its own IRI for a document, the document a statement is
        stated in, else the documents of every graph that mentions it."""
        if node.kind in DOCUMENT_KINDS:
            return [node.iri]
        if node.stated_in:
            return [node.stated_in]
        return sorted({d for g in node.graphs for d in self.graph_documents.get(g, [])})


def _link_key(link: Link) -> tuple[str, str, str, str]:
    """The order of :class:`Link` (its fields in turn) as a key: sorting 100,000s of links compares tuples in C."""
    return link.graph, link.subject, link.kind, link.object


def _evidence_key(e: Evidence) -> tuple[str, str, int, str]:
    return e.document, e.source, e.start, e.quote


def read_policy_graph(store: GraphStore) -> PolicyGraph:
    """Read nodes, links, coordination duties and evidence from ``store`` (a policykg.queries.store.GraphStore).

    Returns a :class:`PolicyGraph`; an empty store gives an empty one. Raises nothing of its own.

    >>> from policykg.queries.store import GraphStore
    >>> read_policy_graph(GraphStore()).nodes
    {}
    """
    return policy_graph(read_facts(store))


def read_facts(store: GraphStore) -> GraphFacts:
    """The :class:`~policykg.visualize.facts.GraphFacts` of every named graph of ``store`` but the ontology."""
    facts = GraphFacts()
    for g, n, t in store.select(_PREFIXES + f"""
            SELECT ?g ?n ?t WHERE {{ GRAPH ?g {{ ?n a ?t }} {_NOT_ONTOLOGY}
              FILTER(isIRI(?n) && STRSTARTS(STR(?t), STR(pkg:))) }}"""):
        facts.typed(g.value, n.value, t.value)
    values = " ".join(f"<{p}>" for p in sorted(VALUE_PREDICATES))
    for n, p, v in store.select(_PREFIXES + f"""
            SELECT ?n ?p ?v WHERE {{ GRAPH ?g {{ ?n ?p ?v }} {_NOT_ONTOLOGY} VALUES ?p {{ {values} }} }}"""):
        slot = value_slot(p.value, getattr(v, "language", None) or "")
        if slot is not None and isinstance(n, ox.NamedNode):
            facts.value(n.value, slot, v.value)
    values = " ".join(f"<{p}>" for p in sorted(LINK_PREDICATES))
    for g, s, p, o in store.select(_PREFIXES + f"""
            SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_ONTOLOGY} VALUES ?p {{ {values} }}
              FILTER(isIRI(?s) && isIRI(?o)) }}"""):
        facts.links.add((g.value, s.value, p.value, o.value))
    for g, d, role, a in store.select(_PREFIXES + f"""
            SELECT ?g ?d ?role ?a WHERE {{ GRAPH ?g {{ ?d a pkg:CoordinationDuty ; ?role ?a }} {_NOT_ONTOLOGY}
              VALUES ?role {{ pkg:leadActor pkg:cooperatingActor pkg:statedIn }} FILTER(isIRI(?d)) }}"""):
        facts.duties.add((g.value, d.value, role.value, a.value))
    for g, d in store.select(_PREFIXES + f"""
            SELECT ?g ?d WHERE {{ GRAPH ?g {{ {{ ?s pkg:statedIn ?d }} UNION {{ ?d pkg:issuedBy ?x }} }} {_NOT_ONTOLOGY} }}"""):
        facts.speaks.setdefault(g.value, set()).add(d.value)
    for g, d in store.select(_PREFIXES + f"""
            SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?d dcterms:source ?f }} {_NOT_ONTOLOGY} }}"""):
        facts.sources.setdefault(g.value, set()).add(d.value)
    for g, n, q, src, start in store.select(_PREFIXES + f"""
            SELECT ?g ?n ?q ?src ?start WHERE {{ GRAPH ?g {{ ?n pkg:hasEvidence ?ev }} {_NOT_ONTOLOGY}
              ?ev pkg:quote ?q . OPTIONAL {{ ?ev pkg:sourceDocument ?src }} OPTIONAL {{ ?ev pkg:start ?start }} }}"""):
        try:
            offset = int(start.value) if start is not None else -1
        except ValueError:
            offset = -1
        facts.evidence.add((g.value, n.value, q.value, src.value if src is not None else "", offset))
    return facts


_SLOTS = ("label_vi", "label_en", "title", "identifier", "text", "ordinal", "stated_in")


def policy_graph(facts: GraphFacts) -> PolicyGraph:
    """The :class:`PolicyGraph` of ``facts``: nodes of a known kind with their values, the links and duties between
    them, the documents each graph speaks about, and every quote attributed to its document."""
    nodes: dict[str, NodeRecord] = {}
    for iri, kinds in facts.types.items():
        kind = most_specific_kind(kinds)
        if kind is not None:
            nodes[iri] = NodeRecord(iri=iri, kind=kind, graphs=facts.graphs.get(iri) or _NO_GRAPHS)
    for (iri, slot), value in facts.values.items():
        if iri in nodes:
            setattr(nodes[iri], slot, value)
    links = {Link(g, s, LINK_PREDICATES[p], o) for g, s, p, o in facts.links if s in nodes and o in nodes}
    duties = _duties(facts, nodes)
    graph_documents: dict[str, set[str]] = {}
    for g, documents in facts.speaks.items():
        if any(d in nodes for d in documents):
            graph_documents[g] = {d for d in documents if d in nodes}
    for g, documents in facts.sources.items():
        if g not in graph_documents and any(d in nodes for d in documents):
            graph_documents[g] = {d for d in documents if d in nodes}
    _attach_evidence(facts, nodes, duties, graph_documents)
    return PolicyGraph(
        nodes=dict(sorted(nodes.items())),
        links=sorted(links, key=_link_key),
        coordination=[duties[d] for d in sorted(duties)],
        graph_documents={g: sorted(ds) for g, ds in sorted(graph_documents.items())},
    )


def _duties(facts: GraphFacts, nodes: dict[str, NodeRecord]) -> dict[str, CoordinationRecord]:
    """The reified coordination duties: lead and cooperating actors, where stated."""
    duties: dict[str, CoordinationRecord] = {}
    for g, d, role, actor in sorted(facts.duties):
        duty = duties.setdefault(d, CoordinationRecord(iri=d, graph=g))
        if role == PKG + "statedIn":
            duty.stated_in = min(duty.stated_in, actor) if duty.stated_in else actor
        elif actor in nodes:
            (duty.leads if role == PKG + "leadActor" else duty.cooperating).append(actor)
    for duty in duties.values():
        duty.leads.sort()
        duty.cooperating = sorted(set(duty.cooperating) - set(duty.leads))
    return duties


def _attach_evidence(facts: GraphFacts, nodes: dict[str, NodeRecord], duties: dict[str, CoordinationRecord],
                     graph_documents: dict[str, set[str]]) -> None:
    """The quotes behind every node and duty, with the document each belongs to."""
    evidence: dict[str, set[Evidence]] = {}
    for g, owner, quote, src, offset in facts.evidence:
        if owner not in nodes and owner not in duties:
            continue
        stated = nodes[owner].stated_in if owner in nodes else duties[owner].stated_in
        if owner in nodes and nodes[owner].kind in DOCUMENT_KINDS:
            stated = owner
        docs = sorted(graph_documents.get(g, []))
        document = stated or (docs[0] if docs else "")
        evidence.setdefault(owner, set()).add(Evidence(document, src, offset, quote))
    for iri, items in evidence.items():
        if iri in nodes:
            nodes[iri].evidence = sorted(items, key=_evidence_key)
    for duty in duties.values():
        duty.evidence = sorted(evidence.get(duty.iri, ()), key=_evidence_key)
