"""The actor view of a corpus drawn from its documents' facts in two passes, its memory flat in the quotes.

The first pass merges what the graph of the view needs from each document (:func:`light_facts`: the facts without
quotes and without the statements' texts) and draws it: nodes, edges, counts, sizes, and each actor's duties
without their words. The second reads the documents again, one at a time, and writes each one's details (the
duties that name an actor, with their text and quotes; each node's and edge's quotes) into spill files
(:class:`~policykg.visualize.details.SpilledDetails`), which the page writer reads back a spill file at a time
into the page (a small view) or into the details files beside it (a large one). Every detail belongs to one
document's statements, duties and quotes, so the union over the documents is the detail of the merged facts: the
page and its files are byte for byte what :func:`policykg.visualize.views.write_view` writes from a store of the
same documents (``tests/test_view_facts.py``).
"""

from __future__ import annotations

import os
from typing import Callable, Iterable

import networkx as nx

from policykg.visualize.details import SpilledDetails, edge_key
from policykg.visualize.facts import GraphFacts, merge_facts
from policykg.visualize.graphdata import PolicyGraph, policy_graph
from policykg.visualize.kinds import DOCUMENT_KINDS, STATEMENT_KINDS, most_specific_kind
from policykg.visualize.page import page_buckets, write_page
from policykg.visualize.views import Duty, _actor_network, _collect_actor_edges, _EdgeCollector, actor_duties

__all__ = ["light_facts", "write_actor_view"]


def light_facts(facts: GraphFacts) -> GraphFacts:
    """``facts`` without what only the details show (the quotes, the texts of statements) and what the actor view
    does not read of a statement (the graphs that type it, its number): of a statement, its kind, its links and
    the document it is stated in."""
    statements = {node for node, kinds in facts.types.items() if most_specific_kind(kinds) in STATEMENT_KINDS}
    return GraphFacts(types=facts.types, graphs={n: g for n, g in facts.graphs.items() if n not in statements},
                      values={k: v for k, v in facts.values.items() if k[0] not in statements or k[1] == "stated_in"},
                      links=facts.links, duties=facts.duties, speaks=facts.speaks, sources=facts.sources)


def write_actor_view(parts: Callable[[], Iterable[GraphFacts]] | Iterable[GraphFacts],
                     out_path: str | os.PathLike) -> nx.MultiDiGraph:
    """Write the actor view of the documents whose facts are ``parts`` (:mod:`policykg.visualize.facts`; a function
    giving them anew for each of the two passes, or a collection) to ``out_path``: the same page, and details
    files, that :func:`~policykg.visualize.views.write_view` writes from a store holding those documents. Returns
    the graph (without the details).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_actor_view([GraphFacts()], target).number_of_nodes(), target.read_text(encoding="utf-8")[:15]
    (0, '<!DOCTYPE html>')
    """
    again = parts if callable(parts) else (lambda held=list(parts): held)
    data = policy_graph(merge_facts(light_facts(facts) for facts in again()))
    graph = _actor_network(data, None)
    kinds = {iri: node.kind for iri, node in data.nodes.items()}
    # what the rest reads of the merged graph: each node's kind, and the documents (the page's labels); the
    # statements' records go before the details are read and the page is written
    data = PolicyGraph({d.iri: d for d in data.documents()}, [], [], {})
    for _, attrs in graph.nodes(data=True):   # the page shows the number of an actor's duties, not them
        if "duties" in attrs:
            attrs["duties"] = _Count(len(attrs["duties"]))
    with SpilledDetails(page_buckets(graph), Duty) as details:
        _spill_details(again(), kinds, graph, details)
        write_page(out_path, graph, data, view="actors", document=None, lang="vi", details=details)
    return graph


class _Count:
    """A sized stand-in for a node's duties (the page writer reads only how many there are)."""

    __slots__ = ("size",)

    def __init__(self, size: int):
        self.size = size

    def __len__(self) -> int:
        return self.size


def _spill_details(parts: Iterable[GraphFacts], kinds: dict[str, str], graph: nx.MultiDiGraph,
                   details: SpilledDetails) -> None:
    """Each document's details (duties with their words, quotes of nodes and edges) into ``details``; ``kinds``:
    the kind of every node in the whole corpus."""
    issued: dict[str, list[str]] = {}   # document -> the actors its "issues" edges point to
    for source, target, kind in graph.edges(keys=True):
        if kind == "issues":
            issued.setdefault(source, []).append(target)
    for facts in parts:
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


def _with_kinds(facts: GraphFacts, kinds: dict[str, str]) -> GraphFacts:
    """One document's ``facts`` with each node it names given its kind in the whole corpus (``kinds``): the same
    nodes, roles and quotes as in the merged facts, restricted to this document."""
    named = set(facts.types) | {node for _, s, _, o in facts.links for node in (s, o)} \
        | {node for _, d, _, v in facts.duties for node in (d, v)} | {e[1] for e in facts.evidence} \
        | {d for items in (*facts.speaks.values(), *facts.sources.values()) for d in items}
    return GraphFacts(types={n: {kinds[n]} for n in named if n in kinds},
                      graphs={n: facts.graphs.get(n, set()) for n in named if n in kinds},
                      values=facts.values, links=facts.links, duties=facts.duties, speaks=facts.speaks,
                      sources=facts.sources, evidence=facts.evidence)
