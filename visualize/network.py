"""A view's network held as numbers: what a ``networkx.MultiDiGraph`` of the same nodes and edges gives the page
writer, at a small part of its memory.

A corpus's actor view has an edge from each document to each actor it assigns or that issues it, and one between
each two actors that coordinate, direct, mobilise or belong: tens of thousands of edges at 1,000 documents, each with
its count per document. As a MultiDiGraph, every edge is two dicts (its key's and its attributes') and a tuple of
``(document, count)`` tuples: about 800 bytes. Here an edge is a packed number (its source's, target's and kind's
positions) in one array, its count in another, and its documents' numbers and counts in two more (positions in the
network's sorted document IRIs): about 20 bytes and 8 a document. An edge's attributes are made when they are read,
the same values :func:`policykg.visualize.views._assemble` gives a MultiDiGraph's edge; the nodes keep theirs as
dicts (there are few of them next to the edges). Edges are added in the order of their (source, target, kind), which is
also the order they are read in: the order a MultiDiGraph built in that order gives.

>>> net = CompactNetwork({"urn:a": {"kind": "StateBody"}, "urn:b": {"kind": "Ministry"}}, ["urn:d1", "urn:d2"],
...                      ["directs"])
>>> net.add_edge("urn:a", "urn:b", "directs", 3, [0, 1], [1, 2])
>>> net.edges["urn:a", "urn:b", "directs"]["document_counts"], net.degree("urn:b"), net.has_edge("urn:b", "urn:a", "directs")
((('urn:d1', 1), ('urn:d2', 2)), 1, False)
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import Iterable, Iterator, Sequence

__all__ = ["CompactNetwork"]


class CompactNetwork:
    """The nodes (``nodes``: {IRI: attributes}, in their order) and the edges of a view's network, the edges as
    numbers; ``documents``: every document IRI an edge names, sorted (an edge's documents are positions in it);
    ``kinds``: every kind of edge it may hold. Read as a MultiDiGraph: ``nodes`` and ``edges`` (called, or indexed
    by a node or an edge), ``degree``, ``has_edge``, ``in``, ``number_of_nodes``, ``number_of_edges``."""

    def __init__(self, nodes: dict[str, dict], documents: Sequence[str], kinds: Iterable[str]):
        self._attributes = nodes
        self._names = list(nodes)
        self._position = {iri: number for number, iri in enumerate(self._names)}
        self._documents = tuple(documents)
        self._kinds = sorted(set(kinds))
        self._kind_number = {kind: number for number, kind in enumerate(self._kinds)}
        self._keys = array("Q")      # each edge's (source, target, kind) as one number, ascending
        self._counts = array("Q")    # each edge's number of statements or graphs
        self._starts = array("Q", [0])   # where each edge's documents begin in ``_numbers`` and ``_document_counts``
        self._numbers = array("I")   # the documents counted (positions in ``documents``), ascending per edge
        self._document_counts = array("Q")
        self._others: dict[int, tuple[int, ...]] = {}   # an edge -> its documents counted in no statement (rare)
        self._degrees = array("Q", bytes(8 * len(self._names)))
        self.nodes = _Nodes(self)
        self.edges = _Edges(self)

    def _key(self, source: str, target: str, kind: str) -> int | None:
        try:
            numbers = self._position[source], self._position[target], self._kind_number[kind]
        except KeyError:
            return None
        return (numbers[0] * len(self._names) + numbers[1]) * len(self._kinds) + numbers[2]

    def add_edge(self, source: str, target: str, kind: str, count: int, numbers: Sequence[int],
                 counts: Sequence[int], others: Iterable[int] = ()) -> None:
        """Add the edge (after every edge before it in (source, target, kind) order): stated ``count`` times, by
        the documents ``numbers`` (ascending positions in ``documents``) ``counts`` times each, and also named by
        the documents ``others`` (counted in no statement or graph)."""
        key = self._key(source, target, kind)
        if key is None or (self._keys and key <= self._keys[-1]):
            raise ValueError(f"edge {(source, target, kind)!r} out of order or of an unknown node or kind")
        self._keys.append(key)
        self._counts.append(count)
        self._numbers.extend(numbers)
        self._document_counts.extend(counts)
        self._starts.append(len(self._numbers))
        extra = tuple(sorted(set(others).difference(numbers)))
        if extra:
            self._others[len(self._keys) - 1] = extra
        self._degrees[self._position[source]] += 1
        self._degrees[self._position[target]] += 1

    def _edge(self, number: int) -> tuple[str, str, str]:
        key, kinds = self._keys[number], len(self._kinds)
        pair, kind = divmod(key, kinds)
        source, target = divmod(pair, len(self._names))
        return self._names[source], self._names[target], self._kinds[kind]

    def _find(self, source: str, target: str, kind: str) -> int | None:
        key = self._key(source, target, kind)
        if key is None:
            return None
        number = bisect_left(self._keys, key)
        return number if number < len(self._keys) and self._keys[number] == key else None

    def _edge_attributes(self, number: int) -> dict:
        """The attributes :func:`~policykg.visualize.views._assemble` gives the edge: its kind, count, documents,
        statements and quotes (none: the details' own) and count per document."""
        start, end = self._starts[number], self._starts[number + 1]
        counted = self._numbers[start:end]
        names = self._documents
        documents = sorted(set(counted).union(self._others[number])) if number in self._others else counted
        kind = self._kinds[self._keys[number] % len(self._kinds)]
        return {"kind": kind, "count": self._counts[number], "documents": tuple(names[d] for d in documents),
                "statements": (), "evidence": (),
                "document_counts": tuple(zip((names[d] for d in counted), self._document_counts[start:end]))}

    def __contains__(self, node) -> bool:
        return node in self._attributes

    def __len__(self) -> int:
        return len(self._names)

    def number_of_nodes(self) -> int:
        return len(self._names)

    def number_of_edges(self) -> int:
        return len(self._keys)

    def has_edge(self, source: str, target: str, kind: str) -> bool:
        return self._find(source, target, kind) is not None

    def degree(self, node: str) -> int:
        """The number of edges into and out of ``node`` (a loop counts twice), as a MultiDiGraph's."""
        return self._degrees[self._position[node]]


class _Nodes:
    """``network.nodes``: called, the nodes (with ``data=True``, with their attributes); indexed, a node's attributes."""

    def __init__(self, network: CompactNetwork):
        self._network = network

    def __call__(self, data: bool = False) -> Iterator:
        items = self._network._attributes
        return iter(items.items() if data else items)

    def __iter__(self) -> Iterator[str]:
        return iter(self._network._attributes)

    def __len__(self) -> int:
        return len(self._network._attributes)

    def __getitem__(self, node: str) -> dict:
        return self._network._attributes[node]


class _Edges:
    """``network.edges``: called with ``keys=True``, the edges as (source, target, kind) in their order (with
    ``data=True``, and their attributes); indexed by (source, target, kind), an edge's attributes."""

    def __init__(self, network: CompactNetwork):
        self._network = network

    def __call__(self, keys: bool = False, data: bool = False) -> Iterator[tuple]:
        network = self._network
        for number in range(len(network._keys)):
            source, target, kind = network._edge(number)
            edge = (source, target, kind) if keys else (source, target)
            yield (*edge, network._edge_attributes(number)) if data else edge

    def __len__(self) -> int:
        return len(self._network._keys)

    def __getitem__(self, edge: tuple[str, str, str]) -> dict:
        number = self._network._find(*edge)
        if number is None:
            raise KeyError(edge)
        return self._network._edge_attributes(number)
