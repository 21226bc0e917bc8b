"""RDF formats by name and by file suffix: the one table every reader and writer of RDF uses.

Formats are named explicitly wherever a user can name them (``--format``, ``--from``, ``--to``); a file's suffix
is only a convenience guess, made here and nowhere else.

>>> rdf_format("trig").oxigraph == ox.RdfFormat.TRIG
True
>>> rdf_format("graph.rdf").name, rdf_format("JSON-LD").name, rdf_format("out/store.nq").dataset
('rdfxml', 'jsonld', True)
>>> rdf_format("graph.rdfa")
Traceback (most recent call last):
...
policykg.core.errors.InputError: unknown RDF format 'rdfa': use one of ttl, trig, nt, nq, jsonld, rdfxml
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from policykg.core.errors import InputError
from policykg.core.iris import PREFIXES

__all__ = ["RdfFormat", "FORMATS", "FORMAT_NAMES", "rdf_format", "format_of_suffix", "output_prefixes"]


@dataclass(frozen=True)
class RdfFormat:
    """One RDF syntax: its short name, the suffix of its files, Oxigraph's format, whether it holds named graphs."""

    name: str                 # 'ttl', 'trig', 'nt', 'nq', 'jsonld', 'rdfxml'
    suffix: str               # '.ttl', ... '.rdf'
    oxigraph: ox.RdfFormat
    dataset: bool             # True: named graphs (TriG, N-Quads, JSON-LD); False: triples only
    label: str                # 'Turtle', 'RDF/XML', ...


FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("ttl", ".ttl", ox.RdfFormat.TURTLE, False, "Turtle"),
    RdfFormat("trig", ".trig", ox.RdfFormat.TRIG, True, "TriG"),
    RdfFormat("nt", ".nt", ox.RdfFormat.N_TRIPLES, False, "N-Triples"),
    RdfFormat("nq", ".nq", ox.RdfFormat.N_QUADS, True, "N-Quads"),
    RdfFormat("jsonld", ".jsonld", ox.RdfFormat.JSON_LD, True, "JSON-LD"),
    RdfFormat("rdfxml", ".rdf", ox.RdfFormat.RDF_XML, False, "RDF/XML"),
)}
FORMAT_NAMES: tuple[str, ...] = tuple(FORMATS)

# Other spellings of the names, and the suffixes a file of each format may have.
_ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nquads": "nq", "n-quads": "nq", "json-ld": "jsonld",
            "json": "jsonld", "rdf": "rdfxml", "xml": "rdfxml", "owl": "rdfxml", "rdf/xml": "rdfxml", "rdf-xml": "rdfxml"}


def rdf_format(name_or_path: str | os.PathLike) -> RdfFormat:
    """The format a name ('ttl', 'Turtle', 'rdfxml') or a file's suffix ('graph.trig') names; InputError if none."""
    text = str(name_or_path)
    key = text.rsplit(".", 1)[-1].lower() if "." in Path(text).name else text.lower()
    key = _ALIASES.get(key, key)
    if key not in FORMATS:
        raise InputError(f"unknown RDF format {key!r}: use one of {', '.join(FORMAT_NAMES)}")
    return FORMATS[key]


def format_of_suffix(path: str | os.PathLike) -> RdfFormat | None:
    """The format a file's suffix suggests, or None (no suffix, or an unknown one).

    >>> format_of_suffix("a/graph.ttl").name, format_of_suffix("a/graph") is None
    ('ttl', True)
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    key = _ALIASES.get(suffix, suffix)
    return FORMATS.get(key)


def output_prefixes(fmt: RdfFormat) -> dict[str, str] | None:
    """The prefixes every policykg output declares (sorted), or None for the line formats that have none."""
    if fmt.name in ("nt", "nq"):
        return None
    return {k: PREFIXES[k] for k in sorted(PREFIXES)}
