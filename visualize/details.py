"""The details of a view page: each node's duties and quotes and each edge's quotes, inline or in files beside it.

A small view carries its details inside the page. A large one (more than ``DETAILS_APART_ABOVE`` nodes: the actor
network of a corpus, whose duties and quotes are tens of MB of text at 1,000 documents) carries only the graph;
the details go into small script files beside it (``<page stem>-details/NNN.js``, each a call
``policykgDetails(NNN, {...})`` that the page loads with a ``<script src>`` when a node or an edge of that file is
clicked: that works from ``file://``, where ``fetch`` does not). Node ``n`` and edge ``e`` are in file
:func:`bucket_of` of their key; there are about ``ITEMS_PER_FILE`` nodes and edges per file, whatever the size of
the corpus.

The details come from a :class:`GraphDetails` (the attributes of a view graph held in memory) or from a
:class:`SpilledDetails` (records written one document at a time into spill files, then read back one spill file
at a time: the memory of a page made from the documents' cached facts does not grow with their quotes). Both give
the same :class:`Detail` for the same data, so the page and its files are the same bytes either way.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

import networkx as nx

from policykg.visualize.graphdata import Evidence

__all__ = ["DETAILS_APART_ABOVE", "Detail", "GraphDetails", "SpilledDetails", "bucket_of", "details_dir",
           "details_script", "edge_key"]

DETAILS_APART_ABOVE = 300   # nodes: a larger view keeps its details in files beside the page (page.LARGE_VIEW)
ITEMS_PER_FILE = 100        # nodes and edges per details file (about 100-300 KB of quotes at 1,000 documents)
# spill files of SpilledDetails, each read whole: one per details file up to this many (a read holds one file's
# details, whatever the corpus), then a few details files each
SPILLS_MAX = 256


@dataclass
class Detail:
    """What one node (its duties and quotes) or one edge part (its quotes) shows when clicked."""

    duties: set = field(default_factory=set)       # views.Duty
    evidence: set = field(default_factory=set)     # Evidence


def edge_key(source: str, target: str, kind: str) -> str:
    """The key of an edge part of a view: its two ends and its kind."""
    return f"{source}\u0000{target}\u0000{kind}"


def _pair(key: str) -> str:
    """The drawn edge an edge part belongs to: its two ends in order (what :func:`bucket_of` files it by)."""
    source, target, _ = key.split("\u0000")
    return "\u0000".join(sorted((source, target))) + "\u0000"


def bucket_of(key: str, buckets: int) -> int:
    """The details file of a node (its IRI) or a drawn edge (:func:`_pair`): a stable hash of ``key``.

    >>> bucket_of("urn:a", 1), 0 <= bucket_of("urn:a", 7) < 7
    (0, True)
    """
    return int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:8], "big") % buckets


def bucket_count(items: int) -> int:
    """The number of details files for a page of ``items`` nodes and edges.

    >>> bucket_count(0), bucket_count(250)
    (1, 3)
    """
    return max(1, -(-items // ITEMS_PER_FILE))


def details_dir(page: str | os.PathLike) -> Path:
    """The folder beside ``page`` that holds its details files (``graph.html`` -> ``graph-details``).

    >>> details_dir("out/graph.html").as_posix()
    'out/graph-details'
    """
    page = Path(page)
    return page.with_name(f"{page.stem}-details")


def details_script(number: int) -> str:
    """The name of details file ``number`` inside :func:`details_dir` (also spelled in the page's script)."""
    return f"{number:03d}.js"


class GraphDetails:
    """The details of a view graph held in memory: node ``duties`` and ``evidence``, edge ``evidence``."""

    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = graph

    def node(self, iri: str) -> Detail:
        attrs = self.graph.nodes[iri]
        return Detail(set(attrs.get("duties", ())), set(attrs.get("evidence", ())))

    def edge(self, key: str) -> Detail:
        source, target, kind = key.split("\u0000")
        return Detail(evidence=set(self.graph.edges[source, target, kind].get("evidence", ())))

    def buckets(self, buckets: int) -> Iterator[tuple[int, dict[str, Detail], dict[str, Detail]]]:
        """(file number, {node: Detail}, {edge key: Detail}) of every details file, in order."""
        nodes: dict[int, list[str]] = {}
        edges: dict[int, list[str]] = {}
        for iri in self.graph.nodes:
            nodes.setdefault(bucket_of(iri, buckets), []).append(iri)
        for source, target, kind in self.graph.edges(keys=True):
            key = edge_key(source, target, kind)
            edges.setdefault(bucket_of(_pair(key), buckets), []).append(key)
        for number in range(buckets):
            yield (number, {n: self.node(n) for n in nodes.get(number, ())},
                   {k: self.edge(k) for k in edges.get(number, ())})


def _fields(e: Evidence) -> list:
    return [e.document, e.source, e.start, e.quote]


class SpilledDetails:
    """Details written a record at a time (:meth:`add_duties`, :meth:`add_evidence`) into spill files in a temporary
    folder, read back one spill file at a time by :meth:`buckets`. Use as a context manager (removes the folder)."""

    def __init__(self, buckets: int, duty: Callable):
        self.count = buckets
        self.duty = duty   # rebuilds a views.Duty from its fields
        self.folder = Path(tempfile.mkdtemp(prefix="policykg-details-"))
        # appended to: records written by child processes one after the other land after each other; each record
        # pickled (written and read back here only: a third of the CPU of JSON lines)
        self.spills: list[IO[bytes]] = [open(self.folder / f"{n}.spill", "ab")
                                        for n in range(min(buckets, SPILLS_MAX))]

    def __enter__(self) -> "SpilledDetails":
        return self

    def __exit__(self, *exc) -> None:
        for spill in self.spills:
            spill.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def flush(self) -> None:
        """Write out what is buffered (records added by a child process are read by its parent)."""
        for spill in self.spills:
            spill.flush()

    def _write(self, bucket: int, record: list) -> None:
        self.spills[bucket % len(self.spills)].write(pickle.dumps([bucket, *record], pickle.HIGHEST_PROTOCOL))

    def add_duties(self, node: str, duties: Iterable) -> None:
        bucket = bucket_of(node, self.count)
        for d in duties:
            self._write(bucket, ["n", node, [d.role, d.statement, d.text, d.document, [_fields(e) for e in d.evidence]]])

    def add_evidence(self, owner: str, evidence: Iterable[Evidence], edge: bool = False) -> None:
        """Quotes of node ``owner``, or with ``edge`` of the edge part whose :func:`edge_key` is ``owner``."""
        bucket = bucket_of(_pair(owner) if edge else owner, self.count)
        for e in evidence:
            self._write(bucket, ["e" if edge else "v", owner, _fields(e)])

    def buckets(self, buckets: int) -> Iterator[tuple[int, dict[str, Detail], dict[str, Detail]]]:
        """(file number, {node: Detail}, {edge key: Detail}) of every details file, in order."""
        assert buckets == self.count
        for spill in self.spills:
            spill.close()
        spills = len(self.spills)
        for first in range(spills):
            found: dict[int, tuple[dict, dict]] = {}
            with open(self.folder / f"{first}.spill", "rb") as spill:
                for bucket, what, owner, value in _records(spill):
                    nodes, edges = found.setdefault(bucket, ({}, {}))
                    detail = (edges if what == "e" else nodes).setdefault(owner, Detail())
                    if what == "n":
                        role, statement, text, document, evidence = value
                        detail.duties.add(self.duty(role, statement, text, document,
                                                    tuple(Evidence(*e) for e in evidence)))
                    else:
                        detail.evidence.add(Evidence(*value))
            (self.folder / f"{first}.spill").unlink()
            for number in range(first, buckets, spills):
                yield (number, *found.pop(number, ({}, {})))


def _records(spill: IO[bytes]) -> Iterator[list]:
    """The records of a spill file, in the order they were written."""
    while True:
        try:
            yield pickle.load(spill)   # an unpickler of its own: each record's memo starts anew, as it was written
        except EOFError:
            return
