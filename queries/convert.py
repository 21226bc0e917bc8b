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
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from policykg.core.atomic import write_bytes
from policykg.core.errors import InputError
from policykg.core.formats import RdfFormat, format_of_suffix, output_prefixes, rdf_format
from policykg.core.iris import ONTOLOGY_IRI
from policykg.queries.data import open_data
from policykg.queries.store import GraphStore

__all__ = ["Written", "convert", "serialize_quads", "write_data"]


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


def write_data(data: str | os.PathLike | GraphStore, out_path: str | os.PathLike, fmt: str) -> Written:
    """Write the graphs of DATA (:func:`policykg.queries.data.open_data`; the ontology graph left out) to
    ``out_path`` in ``fmt`` (a format name: ttl, trig, nt, nq, jsonld, rdfxml). Raises InputError."""
    target = rdf_format(fmt)
    store = open_data(data)
    graphs = [g for g in store.graphs() if g != ONTOLOGY_IRI]
    quads = [q for g in graphs for q in store.quads(g)]
    payload, count = serialize_quads(quads, target)
    write_bytes(out_path, payload)
    return Written(str(out_path), target, count, len(graphs))


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
