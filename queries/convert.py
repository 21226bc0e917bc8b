"""RDF out: the graphs of DATA written in any RDF format (``export``), and a file converted between formats
(``convert``), with the same prefixes as every build output.

Datasets (TriG, N-Quads, JSON-LD) keep named graphs; triple formats (Turtle, N-Triples, RDF/XML) get the merged,
de-duplicated triples. Output is sorted, so the same input gives the same bytes.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.ttl").write_text("<urn:a> <urn:p> 'x'@vi .")
>>> convert(d / "a.ttl", d / "a.rdf").triples
1
>>> "<rdf:RDF" in (d / "a.rdf").read_text()
True
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from policykg.core.atomic import atomic_open, write_bytes
from policykg.core.errors import InputError
from policykg.core.formats import RdfFormat, format_of_suffix, output_prefixes, rdf_format
from policykg.core.iris import ONTOLOGY_IRI
from policykg.queries.data import open_data
from policykg.queries.store import GraphStore

__all__ = ["Written", "convert", "serialize_quads", "write_data", "write_graphs"]


@dataclass(frozen=True)
class Written:
    """What was written: where, in which format, how many statements (quads or triples) and graphs."""

    path: str
    format: RdfFormat
    triples: int
    graphs: int


def serialize_quads(quads: list[ox.Quad], fmt: RdfFormat) -> tuple[bytes, int]:
    """Sorted bytes of ``quads`` in ``fmt`` (graph names dropped, triples merged, for a triple format) and the count."""
    if fmt.dataset:
        items = sorted(set(quads), key=str)
    else:
        items = sorted({q.triple for q in quads}, key=str)
    return ox.serialize(items, format=fmt.oxigraph, prefixes=output_prefixes(fmt)) or b"", len(items)


def write_graphs(target: str | os.PathLike, fmt: str, *, graph_files: Iterable[Path] = (),
                 merged: bytes | str | os.PathLike = b"") -> None:
    """Write one build output, ``OUT/graph.<fmt>``, atomically and as a stream: a dataset format (TriG, N-Quads,
    JSON-LD) from ``graph_files`` -- one canonical N-Quads file per named graph, in the order wanted -- and a triple
    format (Turtle, N-Triples, RDF/XML) from ``merged``, the distinct triples of all graphs as sorted N-Triples
    (bytes or a file).

    No quad is held in memory beyond the document at hand, and the same input gives the same bytes. Each quad
    passes once through Python between pyoxigraph's parser and serialiser: at 1,000 documents that is about 2x
    pyoxigraph's own dump of an in-memory store holding the same data, and about a third of the time a dump of the
    build's on-disk store takes (``bench/run.py``), so the outputs are written from these files, not read back from
    the store.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "g.nq").write_bytes(b'<urn:a> <urn:p> "x" <urn:g> .\\n')
    >>> write_graphs(d / "graph.trig", "trig", graph_files=[d / "g.nq"])
    >>> print((d / "graph.trig").read_text().splitlines()[-3:])
    ['<urn:g> {', '\\t<urn:a> <urn:p> "x" .', '}']
    """
    target_format = rdf_format(fmt)
    with atomic_open(target, "wb", encoding=None) as handle:
        if target_format.name == "nq":   # canonical N-Quads already: concatenated in the order given
            for path in graph_files:
                with open(path, "rb") as source:
                    shutil.copyfileobj(source, handle, 1 << 20)
        elif target_format.dataset:
            quads = (q for path in graph_files for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
            ox.serialize(quads, handle, target_format.oxigraph, prefixes=output_prefixes(target_format))
        elif target_format.name == "nt":
            if isinstance(merged, bytes):
                handle.write(merged)
            else:
                with open(merged, "rb") as source:
                    shutil.copyfileobj(source, handle, 1 << 20)
        else:   # default-graph quads serialise as triples
            triples = (ox.parse(merged, format=ox.RdfFormat.N_TRIPLES) if isinstance(merged, bytes)
                       else ox.parse(path=str(merged), format=ox.RdfFormat.N_TRIPLES))
            ox.serialize(triples, handle, target_format.oxigraph, prefixes=output_prefixes(target_format))


def write_data(data: str | os.PathLike | GraphStore, out_path: str | os.PathLike, fmt: str) -> Written:
    """Write the graphs of DATA (:func:`policykg.queries.data.open_data`; the ontology graph left out) to
    ``out_path`` in ``fmt`` (a format name: ttl, trig, nt, nq, jsonld, rdfxml). Raises InputError.

    Streamed from the store in its own order, which depends only on the store's content (the same data gives the
    same bytes however it was loaded: ``tests/test_store_order.py``): datasets graph by graph in the order of their
    IRIs, triple formats from the merged view (less the ontology's own triples) when it is current.
    """
    target = rdf_format(fmt)
    store = open_data(data)
    graphs = [g for g in store.graphs() if g != ONTOLOGY_IRI]
    counter = _Counted()
    if target.dataset:
        items = counter.count(q for g in graphs for q in store.quads(g))
    elif store.merged_view_is_current():
        items = counter.count(_merged_triples(store, graphs))
    else:   # a read-only store whose merged view is stale: de-duplicate here
        items = counter.count(sorted({q.triple for g in graphs for q in store.quads(g)}, key=str))
    with atomic_open(out_path, "wb", encoding=None) as handle:
        ox.serialize(items, handle, target.oxigraph, prefixes=output_prefixes(target))
    return Written(str(out_path), target, counter.n, len(graphs))


class _Counted:
    """Counts the items of an iterator as they stream past."""

    def __init__(self) -> None:
        self.n = 0

    def count(self, items):
        for item in items:
            self.n += 1
            yield item


def _merged_triples(store: GraphStore, graphs: list[str]):
    """The merged view's triples in the store's order, less those only the ontology graph states; triples with a
    blank node come from the graphs themselves (the merged view holds copies of blank nodes under other labels)."""
    ontology = ox.NamedNode(ONTOLOGY_IRI)
    own = set()
    for q in store.quads(ONTOLOGY_IRI):
        holders = store.store.quads_for_pattern(q.subject, q.predicate, q.object, None)
        if not any(h.graph_name != ontology and not isinstance(h.graph_name, ox.DefaultGraph) for h in holders):
            own.add(q.triple)
    for q in store.quads_of_default_graph():
        if not _has_blank_node(q) and q.triple not in own:
            yield q.triple
    blank = {q.triple for g in graphs for q in store.quads(g) if _has_blank_node(q)}
    yield from sorted(blank, key=str)


def _has_blank_node(q: ox.Quad) -> bool:
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


def _format(path: str, named: str | None, option: str) -> RdfFormat:
    if named:
        return rdf_format(named)
    guessed = None if path == "-" else format_of_suffix(path)
    if guessed is None:
        raise InputError(f"cannot tell the RDF format of {path!r} from its name: give {option}")
    return guessed


def convert(source: str | os.PathLike, target: str | os.PathLike, *, from_format: str | None = None,
            to_format: str | None = None) -> Written:
    """Convert an RDF file (``'-'``: stdin) to another format in ``target`` (``'-'``: stdout).

    Formats are named by ``from_format`` / ``to_format`` (ttl, trig, nt, nq, jsonld, rdfxml); a file's suffix is
    only a guess when a format is not named. Raises InputError for a missing or invalid input or an unknown format.
    """
    source, target = str(source), str(target)
    in_fmt, out_fmt = _format(source, from_format, "--from"), _format(target, to_format, "--to")
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise InputError(f"{source}: {exc.strerror or 'cannot read'}") from None
    try:
        quads = list(ox.parse(data, format=in_fmt.oxigraph))
    except SyntaxError as exc:
        raise InputError(f"{source}: not valid {in_fmt.label}: {str(exc).splitlines()[0]}") from None
    payload, count = serialize_quads(quads, out_fmt)
    if target == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
    else:
        write_bytes(target, payload)
    graphs = len({q.graph_name for q in quads if isinstance(q.graph_name, ox.NamedNode)})
    return Written(target, out_fmt, count, graphs)
