"""Read what the views need from a GraphStore, with SPARQL, into plain records.

This is the RDF boundary of ``visualize``: everything after :func:`read_policy_graph` works on the
dataclasses below. The ontology graph is left out (it holds classes and the actor vocabulary, not
what documents say); every fact keeps the named graph it came from, so views can tell which
document says it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policykg.core.iris import ONTOLOGY_IRI, PKG, PREFIXES
from policykg.queries.store import GraphStore
from policykg.visualize.kinds import DOCUMENT_KINDS, most_specific_kind

_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(PREFIXES.items()))
_NOT_ONTOLOGY = f"FILTER(?g != <{ONTOLOGY_IRI}>)"

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


@dataclass(frozen=True, order=True)
class Evidence:
    """One quote that supports a node or an edge: the exact words, the document they belong to
    (the policy document a statement is stated in, or the graph's document) and the source text."""

    document: str          # IRI
    source: str            # IRI of the source text the offsets index ('' if not given)
    start: int             # code-point offset in the source (-1 if not given)
    quote: str


@dataclass
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


@dataclass(frozen=True, order=True)
class Link:
    """One triple between two nodes, with the graph that states it and its edge kind."""

    graph: str
    subject: str
    kind: str
    object: str


@dataclass
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


def _local(iri: str) -> str:
    return iri[len(PKG):] if iri.startswith(PKG) else ""


def read_policy_graph(store: GraphStore) -> PolicyGraph:
    """Read nodes, links, coordination duties and evidence from ``store`` (a policykg.queries.store.GraphStore).

    Returns a :class:`PolicyGraph`; an empty store gives an empty one. Raises nothing of its own.

    >>> from policykg.queries.store import GraphStore
    >>> read_policy_graph(GraphStore()).nodes
    {}
    """
    nodes = _read_nodes(store)
    _read_properties(store, nodes)
    links = _read_links(store, nodes)
    duties = _read_duties(store, nodes)
    graph_documents = _read_graph_documents(store, nodes)
    _read_evidence(store, nodes, duties, graph_documents)
    return PolicyGraph(
        nodes=dict(sorted(nodes.items())),
        links=sorted(links, key=_link_key),
        coordination=[duties[d] for d in sorted(duties)],
        graph_documents={g: sorted(ds) for g, ds in sorted(graph_documents.items())},
    )


def _read_nodes(store: GraphStore) -> dict[str, NodeRecord]:
    """Every typed node (outside the ontology graph) with its most specific kind and the graphs that type it."""
    nodes: dict[str, NodeRecord] = {}
    types: dict[str, set[str]] = {}
    graphs_of: dict[str, set[str]] = {}
    for row in store.select(_PREFIXES + f"""
            SELECT ?g ?n ?t WHERE {{ GRAPH ?g {{ ?n a ?t }} {_NOT_ONTOLOGY}
              FILTER(isIRI(?n) && STRSTARTS(STR(?t), STR(pkg:))) }}"""):
        g, n, t = row   # in the order of the SELECT
        iri = n.value
        types.setdefault(iri, set()).add(_local(t.value))
        graphs_of.setdefault(iri, set()).add(g.value)
    for iri, kinds in types.items():
        kind = most_specific_kind(kinds)
        if kind is not None:
            nodes[iri] = NodeRecord(iri=iri, kind=kind, graphs=graphs_of[iri])
    return nodes


def _read_properties(store: GraphStore, nodes: dict[str, NodeRecord]) -> None:
    """Labels, titles, số hiệu, texts, ordinals and where statements are stated (the smallest value of each)."""
    for row in store.select(_PREFIXES + f"""
            SELECT ?n ?p ?v WHERE {{ GRAPH ?g {{ ?n ?p ?v }} {_NOT_ONTOLOGY}
              VALUES ?p {{ skos:prefLabel dcterms:title dcterms:identifier pkg:text pkg:ordinal pkg:statedIn }} }}"""):
        node = nodes.get(row["n"].value)
        if node is None:
            continue
        prop, value = row["p"].value, row["v"]
        lang = getattr(value, "language", None) or ""
        text = value.value
        if prop.endswith("prefLabel"):
            if lang == "en":
                node.label_en = min(node.label_en, text) if node.label_en else text
            elif lang in ("vi", ""):
                node.label_vi = min(node.label_vi, text) if node.label_vi else text
        elif prop.endswith("title") and lang in ("vi", ""):
            node.title = min(node.title, text) if node.title else text
        elif prop.endswith("identifier"):
            node.identifier = min(node.identifier, text) if node.identifier else text
        elif prop == PKG + "text":
            node.text = min(node.text, text) if node.text else text
        elif prop == PKG + "ordinal":
            try:
                node.ordinal = int(text)
            except ValueError:
                pass
        elif prop == PKG + "statedIn":
            node.stated_in = min(node.stated_in, text) if node.stated_in else text


def _read_links(store: GraphStore, nodes: dict[str, NodeRecord]) -> set[Link]:
    """The triples between two nodes that a view draws, with their graph and edge kind."""
    values = " ".join(f"<{p}>" for p in sorted(LINK_PREDICATES))
    links: set[Link] = set()
    for row in store.select(_PREFIXES + f"""
            SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_ONTOLOGY} VALUES ?p {{ {values} }} }}"""):
        g, s, p, o = (term.value for term in row)   # in the order of the SELECT
        if s in nodes and o in nodes:
            links.add(Link(g, s, LINK_PREDICATES[p], o))
    return links


def _read_duties(store: GraphStore, nodes: dict[str, NodeRecord]) -> dict[str, CoordinationRecord]:
    """The reified coordination duties: lead and cooperating actors, where stated."""
    duties: dict[str, CoordinationRecord] = {}
    for row in store.select(_PREFIXES + f"""
            SELECT ?g ?d ?role ?a WHERE {{ GRAPH ?g {{ ?d a pkg:CoordinationDuty ; ?role ?a }} {_NOT_ONTOLOGY}
              VALUES ?role {{ pkg:leadActor pkg:cooperatingActor pkg:statedIn }} }}"""):
        d = row["d"].value
        duty = duties.setdefault(d, CoordinationRecord(iri=d, graph=row["g"].value))
        role, actor = row["role"].value, row["a"].value
        if role == PKG + "statedIn":
            duty.stated_in = actor
        elif actor in nodes:
            (duty.leads if role == PKG + "leadActor" else duty.cooperating).append(actor)
    for duty in duties.values():
        duty.leads.sort()
        duty.cooperating = sorted(set(duty.cooperating) - set(duty.leads))
    return duties


def _read_graph_documents(store: GraphStore, nodes: dict[str, NodeRecord]) -> dict[str, set[str]]:
    """Named graph -> the documents it speaks about."""
    graph_documents: dict[str, set[str]] = {}
    for row in store.select(_PREFIXES + f"""
            SELECT ?g ?d WHERE {{ GRAPH ?g {{ {{ ?s pkg:statedIn ?d }} UNION {{ ?d pkg:issuedBy ?x }} }} {_NOT_ONTOLOGY} }}"""):
        if row["d"].value in nodes:
            graph_documents.setdefault(row["g"].value, set()).add(row["d"].value)
    for row in store.select(_PREFIXES + f"""
            SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?d dcterms:source ?f }} {_NOT_ONTOLOGY} }}"""):
        g = row["g"].value
        if g not in graph_documents and row["d"].value in nodes:
            graph_documents.setdefault(g, set()).add(row["d"].value)
    return graph_documents


def _read_evidence(store: GraphStore, nodes: dict[str, NodeRecord], duties: dict[str, CoordinationRecord],
                   graph_documents: dict[str, set[str]]) -> None:
    """The quotes behind every node and duty, with the document each belongs to."""
    evidence_rows = store.select(_PREFIXES + f"""
            SELECT ?g ?n ?q ?src ?start WHERE {{ GRAPH ?g {{ ?n pkg:hasEvidence ?ev }} {_NOT_ONTOLOGY}
              ?ev pkg:quote ?q . OPTIONAL {{ ?ev pkg:sourceDocument ?src }} OPTIONAL {{ ?ev pkg:start ?start }} }}""")
    evidence: dict[str, set[Evidence]] = {}
    for row in evidence_rows:
        owner = row["n"].value
        if owner not in nodes and owner not in duties:
            continue
        stated = nodes[owner].stated_in if owner in nodes else duties[owner].stated_in
        if owner in nodes and nodes[owner].kind in DOCUMENT_KINDS:
            stated = owner
        docs = sorted(graph_documents.get(row["g"].value, []))
        document = stated or (docs[0] if docs else "")
        start = row["start"]
        try:
            offset = int(start.value) if start is not None else -1
        except ValueError:
            offset = -1
        src = row["src"].value if row["src"] is not None else ""
        evidence.setdefault(owner, set()).add(Evidence(document, src, offset, row["q"].value))
    for iri, items in evidence.items():
        if iri in nodes:
            nodes[iri].evidence = sorted(items, key=_evidence_key)
    for duty in duties.values():
        duty.evidence = sorted(evidence.get(duty.iri, ()), key=_evidence_key)
