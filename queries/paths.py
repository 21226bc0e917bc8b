"""``path``: the shortest paths between two actors, found with networkx on the actor graph projected from the data.

The links between actors are the catalogue's ``path`` query (``queries/catalogue/path.rq``): a coordination duty, a
task both have a role in, or the hierarchy. They are fetched by SPARQL -- from the embedded store or from a SPARQL
server alike -- only around the two actors: a bidirectional breadth-first search binds the whole frontier of one
side at once (a VALUES block of the actors found so far), always widening the smaller side, until the two meet or
:data:`MAX_HOPS` is reached. Every link of the nodes it widened is kept, so the graph it builds holds every
shortest path (a node on such a path is at most as far from its side as the sides were widened), and
``networkx.all_shortest_paths`` lists them. Hubs that many documents name are only widened when the other side is
larger.

Each path is one row per hop: the link of the hop (a coordination duty before a shared task before the hierarchy;
the first IRI among several of a kind), the quote of its evidence and the document that states it. Paths come in
the order of the actors along them; at most :data:`MAX_PATHS`.
"""

from __future__ import annotations

from typing import Callable

import networkx as nx
import pyoxigraph as ox

from policykg.queries.order import split_order_by
from policykg.queries.results import QueryResult, RdfTerm

__all__ = ["MAX_HOPS", "MAX_PATHS", "shortest_paths"]

MAX_HOPS = 4
MAX_PATHS = 100
_LINK_ORDER = {"coordination": 0, "task": 1, "hierarchy": 2}
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"

# Runs SPARQL text with bound terms (a term or a list of terms per variable) on the data at hand: QueryResult.
Execute = Callable[[str, dict, str], QueryResult]

_EVIDENCE = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?via ?quote ?document WHERE {
  OPTIONAL { ?via pkg:hasEvidence ?evidence . ?evidence pkg:quote ?quote }
  OPTIONAL { ?via pkg:statedIn ?document }
}
"""
_LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?actor ?label WHERE {
  OPTIONAL { ?actor skos:prefLabel ?label . FILTER(langMatches(lang(?label), "vi")) }
}
"""


class _Search:
    """The bidirectional search: the graph of the links fetched so far, and each side's distances."""

    def __init__(self, links_text: str, execute: Execute, source: str, target: str):
        self.text, self.execute = links_text, execute
        self.graph = nx.Graph()
        self.sides = [{source: 0}, {target: 0}]
        self.frontiers = [{source}, {target}]
        self.widened = [0, 0]

    def widen(self, side: int) -> None:
        """Fetch every link of one side's frontier; the new actors become its frontier."""
        frontier = sorted(self.frontiers[side])
        rows = self.execute(self.text, {"from": [ox.NamedNode(a) for a in frontier]}, "SELECT").rows
        distance = self.widened[side] + 1
        found: set[str] = set()
        for row in rows:
            a, b = row["from"].value, row["to"].value
            via = row["via"].value if "via" in row else ""
            if self.graph.has_edge(a, b):
                self.graph.edges[a, b]["links"].add((row["link"].value, via))
            else:
                self.graph.add_edge(a, b, links={(row["link"].value, via)})
            if b not in self.sides[side]:
                self.sides[side][b] = distance
                found.add(b)
        self.frontiers[side] = found
        self.widened[side] = distance

    def met(self) -> bool:
        return bool(self.sides[0].keys() & self.sides[1].keys())

    def run(self, max_hops: int) -> bool:
        """Widen until the sides meet (True) or ``max_hops`` or an empty frontier ends the search (False)."""
        while not self.met():
            if sum(self.widened) >= max_hops or not (self.frontiers[0] and self.frontiers[1]):
                return False
            self.widen(0 if len(self.frontiers[0]) <= len(self.frontiers[1]) else 1)
        return True


def _first_link(links: set[tuple[str, str]]) -> tuple[str, str]:
    return min(links, key=lambda link: (_LINK_ORDER.get(link[0], 9), link[1]))


def _by_key(result: QueryResult, key: str, value: str) -> dict[str, RdfTerm]:
    """The first ``value`` (in term order) of each ``key`` of a result."""
    best: dict[str, RdfTerm] = {}
    for row in result.rows:
        if value in row and (row[key].value not in best or row[value] < best[row[key].value]):
            best[row[key].value] = row[value]
    return best


def shortest_paths(links_text: str, bindings: dict, execute: Execute, variables: list[str], *,
                   max_hops: int = MAX_HOPS, limit: int = MAX_PATHS) -> QueryResult:
    """Every shortest path (at most ``limit``, at most ``max_hops`` links) between the actors ``bindings['from']`` and
    ``bindings['to']`` (IRIs), over the links of ``links_text`` (the ``path`` query), one row per hop with the
    columns ``variables``. ``execute`` runs SPARQL on the data (embedded or remote)."""
    source, target = bindings["from"].value, bindings["to"].value
    order = split_order_by(links_text)
    search = _Search(order.text if order else links_text, execute, source, target)
    if source == target or not search.run(max_hops):
        return QueryResult.select(variables, [])
    found = sorted(nx.all_shortest_paths(search.graph, source, target))[:limit]
    hops = {(a, b): _first_link(search.graph.edges[a, b]["links"]) for path in found for a, b in zip(path, path[1:])}
    vias = sorted({via for _, via in hops.values() if via})
    evidence = execute(_EVIDENCE, {"via": [ox.NamedNode(v) for v in vias]}, "SELECT") if vias else QueryResult.select([], [])
    quotes, documents = _by_key(evidence, "via", "quote"), _by_key(evidence, "via", "document")
    actors = sorted({a for path in found for a in path})
    labels = _by_key(execute(_LABELS, {"actor": [ox.NamedNode(a) for a in actors]}, "SELECT"), "actor", "label")
    rows = []
    for number, path in enumerate(found, 1):
        for step, (a, b) in enumerate(zip(path, path[1:]), 1):
            link, via = hops[a, b]
            row = {"path": _integer(number), "hops": _integer(len(path) - 1), "step": _integer(step),
                   "from": RdfTerm.iri(a), "link": RdfTerm.literal(link), "to": RdfTerm.iri(b)}
            extra = {"fromLabel": labels.get(a), "toLabel": labels.get(b), "via": RdfTerm.iri(via) if via else None,
                     "quote": quotes.get(via), "document": documents.get(via)}
            row.update({k: v for k, v in extra.items() if v is not None})
            rows.append({v: row[v] for v in variables if v in row})
    return QueryResult.select(variables, rows)


def _integer(value: int) -> RdfTerm:
    return RdfTerm.literal(str(value), datatype=_XSD_INTEGER)
