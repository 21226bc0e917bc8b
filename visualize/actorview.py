"""The actor view of a corpus drawn from its documents' facts in three passes, its memory flat in the statements.

The first pass merges what the corpus says of its nodes other than statements (kinds, labels, the graphs that type
them, the documents each graph speaks about): actors and documents, not what documents state, nor the nodes no view
draws (quotes, sentences, signatures), which a pass before it leaves out. The second reads the
documents again, one at a time, and adds what each one's statements give the network (:func:`light_facts`: without
quotes and texts) into running totals: each edge's number of statements or graphs stating it, per document, and its
documents; each actor's number of duties. A statement belongs to the one document that states it, so the totals
are those of the merged facts; the document's records go before the next one is read. The network is drawn from
those totals. The third reads the documents again and writes each one's details (the duties that name an actor,
with their text and quotes; each node's and edge's quotes) into spill files
(:class:`~policykg.visualize.details.SpilledDetails`), which the page writer reads back a spill file at a time
into the page (a small view) or into the details files beside it (a large one). Every detail belongs to one
document's statements, duties and quotes, so the union over the documents is the detail of the merged facts: the
page and its files are byte for byte what :func:`policykg.visualize.views.write_view` writes from a store of the
same documents (``tests/test_view_facts.py``).
"""

from __future__ import annotations

import os
from array import array
from typing import Callable, Iterable, Iterator, Sequence

from policykg.core.memory import in_child

from policykg.visualize.details import SpilledDetails, edge_key
from policykg.visualize.facts import GraphFacts
from policykg.visualize.graphdata import PolicyGraph, policy_graph
from policykg.visualize.kinds import ACTOR_KINDS, DOCUMENT_KINDS, STATEMENT_KINDS, most_specific_kind
from policykg.visualize.page import page_buckets, write_page
from policykg.visualize.network import CompactNetwork
from policykg.visualize.views import (Duty, _apply_sizes, _collect_actor_edges, _EdgeCollector, _node_attributes,
                                      actor_centrality, actor_duties)

__all__ = ["light_facts", "write_actor_view"]


def _statements(facts: GraphFacts) -> set[str]:
    """The nodes ``facts`` type as statements (their most specific kind)."""
    return {node for node, kinds in facts.types.items() if most_specific_kind(kinds) in STATEMENT_KINDS}


def light_facts(facts: GraphFacts) -> GraphFacts:
    """``facts`` without what only the details show (the quotes, the texts of statements) and what the actor view
    does not read of a statement (the graphs that type it, its number): of a statement, its kind, its links and
    the document it is stated in."""
    statements = _statements(facts)
    return GraphFacts(types=facts.types, graphs={n: g for n, g in facts.graphs.items() if n not in statements},
                      values={k: v for k, v in facts.values.items() if k[0] not in statements or k[1] == "stated_in"},
                      links=facts.links, duties=facts.duties, speaks=facts.speaks, sources=facts.sources)


def write_actor_view(parts: Callable[[], Iterable[GraphFacts]] | Iterable[GraphFacts],
                     out_path: str | os.PathLike, groups: Sequence[Parts] | None = None,
                     before_page: Callable[[], None] | None = None) -> CompactNetwork:
    """Write the actor view of the documents whose facts are ``parts`` (:mod:`policykg.visualize.facts`; a function
    giving them anew for each of the three passes, or a collection) to ``out_path``: the same page, and details
    files, that :func:`~policykg.visualize.views.write_view` writes from a store holding those documents. Returns
    the graph (without the details; an edge's ``statements`` left empty, its ``count`` kept), held as numbers
    (:class:`~policykg.visualize.network.CompactNetwork`, read as that view's MultiDiGraph).

    ``groups``: the same documents as ``parts`` in consecutive groups (each a function giving its facts). Each pass
    then reads each group in a child process of its own (:func:`policykg.core.memory.in_child`), which sends back
    what the pass keeps of it (nodes, totals; the details go to spill files): the memory of the documents read ends
    with the child instead of staying held by what is kept, and a child's memory is that of a group, whatever the
    corpus (for a process with no other thread, such as a build's view's process). The same page and files.

    ``before_page``: called before the page is written (the step that holds the most: the whole network and its
    details' index), e.g. to wait until other processes hold less (a build's view waits for its store's summary);
    a large view's details files are written before it (round 24: they are ready before the wait).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_actor_view([GraphFacts()], target).number_of_nodes(), target.read_text(encoding="utf-8")[:15]
    (0, '<!DOCTYPE html>')
    """
    again = parts if callable(parts) else (lambda held=list(parts): held)
    # with groups, what the groups' children send is merged in a child too: only the merge comes back here
    run = in_child if groups is not None else (lambda function, *args: function(*args))
    corpus = run(_merged_nodes, again, groups)
    kinds = {iri: node.kind for iri, node in corpus.nodes.items()}   # of every node but the statements
    # the network comes back without the totals it is drawn from: they end with the child
    graph = run(_network, corpus, again, groups, kinds)
    data = PolicyGraph({d.iri: d for d in corpus.documents()}, [], [], {})   # the page's labels of the documents
    del corpus
    with SpilledDetails(page_buckets(graph), Duty) as details:
        for _ in _passes(_spill_details, again, groups, kinds, graph, details):
            pass
        write_page(out_path, graph, data, view="actors", document=None, lang="vi", details=details,
                   before_page=before_page)
    return graph


Parts = Callable[[], Iterable[GraphFacts]]


def _passes(function: Callable, parts: Parts, groups: Sequence[Parts] | None, *args) -> Iterator:
    """``function(parts, *args)``; with ``groups``, ``function(group, *args)`` of each group in turn, each computed in
    a child process (:func:`~policykg.core.memory.in_child`)."""
    if groups is None:
        yield function(parts, *args)
        return
    for group in groups:
        yield in_child(function, group, *args)


def _merged_nodes(parts: Parts, groups: Sequence[Parts] | None) -> PolicyGraph:
    """The nodes other than statements (:func:`_node_facts`) of ``parts``, or merged over ``groups`` (each group's
    node facts read by a child).

    Only the facts of the nodes some document gives a kind the views draw (:func:`_drawn_nodes`, a pass of its
    own) are merged: :func:`~policykg.visualize.graphdata.policy_graph` keeps no other node, and the others (each
    document's quotes, sentences, signatures: most of its nodes) would make what is held grow with the corpus."""
    drawn: set[str] = set()
    for found in _passes(_drawn_nodes, parts, groups):
        drawn |= found
    merged = GraphFacts()
    for found in _passes(_node_facts, parts, groups, drawn):
        merged.update(found)
    return policy_graph(merged)


def _drawn_nodes(parts: Parts) -> set[str]:
    """The nodes of ``parts()`` that some document gives a kind the views draw other than a statement's: the nodes
    of :func:`_merged_nodes`' graph (a node is one of them when a document where it is not a statement gives it a
    known kind)."""
    drawn = set()
    for facts in parts():
        for node, kinds in facts.types.items():
            kind = most_specific_kind(kinds)
            if kind is not None and kind not in STATEMENT_KINDS:
                drawn.add(node)
    return drawn


def _network(corpus: PolicyGraph, parts: Parts, groups: Sequence[Parts] | None,
             kinds: dict[str, str]) -> CompactNetwork:
    """The actor network of the nodes ``corpus`` (:func:`_merged_nodes`) drawn from the totals (:func:`_totals`) of
    ``parts`` or ``groups``: its nodes sized, each actor with the number of its duties."""
    edges, duties = _totals(parts, groups, kinds)
    # the totals are consumed as the graph is drawn: they and the graph are not held whole at once
    graph = edges.network(corpus, [i for i, n in corpus.nodes.items() if n.kind in ACTOR_KINDS])
    del edges
    _apply_sizes(graph, actor_centrality(graph))
    for actor, count in sorted(duties.items()):   # the page shows the number of an actor's duties, not them
        if actor in graph:
            graph.nodes[actor]["duties"] = _Count(count)
    return graph


def _totals(parts: Parts, groups: Sequence[Parts] | None, kinds: dict[str, str]) -> tuple[_Tallies, dict[str, int]]:
    """:func:`_tally` of ``parts``, or summed over ``groups`` (each group's totals counted by a child)."""
    edges, duties, names = _Tallies(), {}, {}
    for found in _passes(_tally, parts, groups, kinds):
        edges.add_all(found[0], names)
        for actor, count in found[1].items():
            duties[actor] = duties.get(actor, 0) + count
    return edges, duties


class _Count:
    """A sized stand-in for what is counted, not held: an actor's duties (the page writer reads only how many there
    are)."""

    __slots__ = ("size",)

    def __init__(self, size: int = 0):
        self.size = size

    def __len__(self) -> int:
        return self.size


class _Tallies:
    """The actor edges of documents, each edge's support summed over them as numbers (what
    :func:`~policykg.visualize.views._assemble` reads of an edge collector's supports): ``edges`` maps an edge
    (source, target, kind) to an array of the statements or graphs stating it, then a (document, how many of them)
    pair for each document that states it (a document as its position in ``documents``; a document may come back in
    a later pair, whose count adds up); ``others``, an edge to the documents of it that state it by no statement or
    graph (rare). About 100 bytes an edge and 8 a document, where a dict of counts per document took 150 a
    document (at 3,000 documents, 70,000 edges)."""

    def __init__(self) -> None:
        self.edges: dict[tuple[str, str, str], array] = {}
        self.others: dict[tuple[str, str, str], set[int]] = {}
        self.documents: list[str] = []   # position -> document IRI
        self._positions: dict[str, int] = {}

    def position(self, document: str) -> int:
        """The position of ``document`` in ``documents`` (added at the end when new)."""
        found = self._positions.get(document)
        if found is None:
            found = self._positions[document] = len(self.documents)
            self.documents.append(document)
        return found

    def _row(self, key: tuple[str, str, str]) -> array:
        row = self.edges.get(key)
        if row is None:
            row = self.edges[key] = array("Q", [0])
        return row

    def add(self, key: tuple[str, str, str], support) -> None:
        """Add one document's support of the edge ``key`` (an edge collector's: a statement or graph belongs to one
        document)."""
        row = self._row(key)
        row[0] += len(support.statements) + len(support.graphs)
        for document, items in support.by_document.items():
            row.extend((self.position(document), len(items)))
        extra = [self.position(d) for d in support.documents if d not in support.by_document]
        if extra:
            self.others.setdefault(key, set()).update(extra)

    def add_all(self, other: "_Tallies", names: dict[str, str]) -> None:
        """Add the totals of other documents (``other``) to these: they sum as their documents' supports do.
        ``names``: each node of an edge one string object, whichever group's totals name it."""
        moved = [self.position(d) for d in other.documents]

        def key_of(key: tuple[str, str, str]) -> tuple[str, str, str]:
            return names.setdefault(key[0], key[0]), names.setdefault(key[1], key[1]), key[2]

        for key, theirs in other.edges.items():
            row = self._row(key_of(key))
            row[0] += theirs[0]
            for at in range(1, len(theirs), 2):
                row.extend((moved[theirs[at]], theirs[at + 1]))
        for key, extra in other.others.items():
            self.others.setdefault(key_of(key), set()).update(moved[d] for d in extra)

    def counts(self, key: tuple[str, str, str]) -> tuple[int, dict[int, int], set[int]]:
        """The edge ``key``'s statements or graphs, its count per document (position: how many) and its other
        documents."""
        row, per_document = self.edges[key], {}
        for at in range(1, len(row), 2):
            per_document[row[at]] = per_document.get(row[at], 0) + row[at + 1]
        return row[0], per_document, self.others.get(key, set())

    def network(self, corpus: PolicyGraph, actors: list[str]) -> CompactNetwork:
        """The network of these edges and of the nodes ``actors`` (of ``corpus``: the merged nodes), the
        attributes :func:`~policykg.visualize.views._assemble` gives them (a MultiDiGraph's); the totals are
        consumed as the edges join it."""
        rank = sorted(range(len(self.documents)), key=self.documents.__getitem__)
        sorted_documents = [self.documents[p] for p in rank]
        place = array("Q", bytes(8 * len(rank)))
        for number, p in enumerate(rank):
            place[p] = number   # a document's position -> its place in ``sorted_documents``
        kept = sorted(self.edges)
        wanted = set(actors)
        incident: dict[str, set[int]] = {}
        for key in kept:   # the documents of each edge, its counts left for the pass that adds it
            documents = self.edges[key][1::2]
            wanted.update(key[:2])
            for node in key[:2]:
                incident.setdefault(node, set()).update(documents, self.others.get(key, ()))
        nodes = {iri: _node_attributes(corpus, iri, (self.documents[p] for p in incident.get(iri, ())))
                 for iri in sorted(wanted)}
        del incident
        graph = CompactNetwork(nodes, sorted_documents, {kind for *_, kind in kept})
        for key in kept:
            count, per_document, others = self.counts(key)
            del self.edges[key]
            ordered = sorted((place[p], n) for p, n in per_document.items())
            graph.add_edge(*key, count, [p for p, _ in ordered], [n for _, n in ordered], (place[p] for p in others))
        return graph


def _node_facts(parts: Parts, drawn: set[str]) -> GraphFacts:
    """The facts of the nodes ``drawn`` (:func:`_drawn_nodes`) merged over ``parts()``, from the documents where they
    are not statements: their kinds, labels and graphs, and the documents each graph speaks about (no links, no
    duties). Each IRI kept is one string object, however many nodes and documents repeat it."""
    merged = GraphFacts()
    one = {}.setdefault

    def iris(items) -> set[str]:
        return {one(item, item) for item in items}

    for facts in parts():
        statements = _statements(facts)
        kept = {n for n in facts.types if n in drawn and n not in statements}
        merged.update(GraphFacts(types={one(n, n): k for n, k in facts.types.items() if n in kept},
                                 graphs={one(n, n): iris(g) for n, g in facts.graphs.items() if n in kept},
                                 values={(one(k[0], k[0]), k[1]): v for k, v in facts.values.items()
                                         if k[0] in drawn and k[0] not in statements},
                                 speaks={one(g, g): iris(d) for g, d in facts.speaks.items()},
                                 sources={one(g, g): iris(d) for g, d in facts.sources.items()}))
    return merged


def _tally(parts: Parts, kinds: dict[str, str]) -> tuple[_Tallies, dict[str, int]]:
    """Each document's actor edges and actors' duties (of ``parts()``) added into running totals: the edges'
    support, each actor's number of duties. ``kinds``: the kind of every node but the statements in the whole
    corpus."""
    edges = _Tallies()
    duties: dict[str, int] = {}
    names: dict[str, str] = {}   # the IRIs the totals keep, one string object each (bounded by nodes, not edges)
    one = names.setdefault
    for facts in parts():
        document = policy_graph(_with_kinds(light_facts(facts), kinds))
        for actor, found in actor_duties(document).items():
            duties[actor] = duties.get(actor, 0) + len(found)
        collector = _EdgeCollector()
        _collect_actor_edges(document, collector, with_assigns=True)
        for (source, target, kind), support in collector.edges.items():
            edges.add((one(source, source), one(target, target), kind), support)
    return edges, duties


def _spill_details(parts: Parts, kinds: dict[str, str], graph: CompactNetwork,
                   details: SpilledDetails) -> None:
    """Each document's details (duties with their words, quotes of nodes and edges; of ``parts()``) into
    ``details`` (flushed before it returns: written by a child process, they are read by its parent); ``kinds``:
    the kind of every node but the statements in the whole corpus."""
    issued: dict[str, list[str]] = {}   # document -> the actors its "issues" edges point to
    for source, target, kind in graph.edges(keys=True):
        if kind == "issues":
            issued.setdefault(source, []).append(target)
    for facts in parts():
        document = policy_graph(_with_kinds(facts, kinds))
        for actor, duties in actor_duties(document).items():
            if actor in graph:
                details.add_duties(actor, duties)
        for iri, node in document.nodes.items():
            if node.evidence and iri in graph:
                details.add_evidence(iri, node.evidence)
            if node.evidence and node.kind in DOCUMENT_KINDS:   # an issues edge shows its document's quotes
                for actor in issued.get(iri, ()):
                    details.add_evidence(edge_key(iri, actor, "issues"), node.evidence, edge=True)
        edges = _EdgeCollector()
        _collect_actor_edges(document, edges, with_assigns=True)
        for (source, target, kind), support in edges.edges.items():
            if kind != "issues" and support.evidence and graph.has_edge(source, target, kind):
                details.add_evidence(edge_key(source, target, kind), support.evidence, edge=True)
    details.flush()


def _with_kinds(facts: GraphFacts, kinds: dict[str, str]) -> GraphFacts:
    """One document's ``facts`` with each node it names given its kind in the whole corpus (``kinds``, else, for a
    statement, which only its own document states, its kind here): the same nodes, roles and quotes as in the
    merged facts, restricted to this document."""
    named = set(facts.types) | {node for _, s, _, o in facts.links for node in (s, o)} \
        | {node for _, d, _, v in facts.duties for node in (d, v)} | {e[1] for e in facts.evidence} \
        | {d for items in (*facts.speaks.values(), *facts.sources.values()) for d in items}
    own = {n: most_specific_kind(facts.types[n]) for n in named if n not in kinds and n in facts.types}
    known = {n: kinds.get(n) or own.get(n) for n in named}
    return GraphFacts(types={n: {k} for n, k in known.items() if k is not None},
                      graphs={n: facts.graphs.get(n, set()) for n, k in known.items() if k is not None},
                      values=facts.values, links=facts.links, duties=facts.duties, speaks=facts.speaks,
                      sources=facts.sources, evidence=facts.evidence)
