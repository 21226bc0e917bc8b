"""``OUT/graph.<format>``: the documents of a build directory in each RDF format asked for, from the cache.

Datasets (TriG, N-Quads, JSON-LD) keep one named graph per document, written document by document; triple
formats (Turtle, N-Triples, RDF/XML) hold the merged triples, sorted and de-duplicated (in bounded memory:
:mod:`policykg.corpus.merged`). Nothing is rebuilt.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from policykg.core.builddir import GRAPH_SUFFIX, GRAPHS, graph_file
from policykg.core.errors import InputError
from policykg.core.formats import FORMAT_NAMES, FORMATS
from policykg.core.iris import mint_graph_iri
from policykg.corpus.merged import write_merged
from policykg.corpus.summary import BuildSummary
from policykg.queries.convert import write_graphs

__all__ = ["MERGED_NAME", "OUTPUT_FORMATS", "check_formats", "graph_order", "output_name", "write_exports",
           "write_outputs"]

MERGED_NAME = ".merged.nt"   # the sorted, distinct triples while a build writes its outputs

OUTPUT_FORMATS = FORMAT_NAMES


def check_formats(formats: Iterable[str]) -> list[str]:
    """The formats asked for, lower case, without repeats; InputError for one that is not an output format."""
    wanted = list(dict.fromkeys(f.lower() for f in formats))
    for f in wanted:
        if f not in FORMATS:
            raise InputError(f"unknown output format {f!r}: use one of {', '.join(OUTPUT_FORMATS)}")
    return wanted


def output_name(fmt: str) -> str:
    """The file a format is written to: ``graph.ttl``, ..., ``graph.rdf`` for RDF/XML."""
    return "graph" + FORMATS[fmt].suffix


def graph_order(keys: Iterable[str]) -> list[str]:
    """Document keys in the order of their graph IRIs (the order of every dataset output)."""
    return sorted(keys, key=lambda k: (mint_graph_iri(k), k))


def write_exports(out_dir: str | os.PathLike, formats: Iterable[str] = ("trig", "ttl"),
                  target: str | os.PathLike | None = None) -> BuildSummary:
    """(Re)write ``graph.<fmt>`` for each of ``formats`` from a build directory's per-document cache.

    No document is rebuilt: the cached N-Quads of ``OUT/graphs/`` are merged and serialised into ``target``
    (default: ``out_dir`` itself). Returns a BuildSummary with ``quads``, ``triples`` and ``outputs`` filled in.
    Raises InputError when ``out_dir`` is not a build directory or a format is unknown.
    """
    out = Path(out_dir)
    graphs_dir = out / GRAPHS
    if not graphs_dir.is_dir():
        raise InputError(f"{out}: not a build directory (no graphs/ inside)")
    wanted = check_formats(formats)
    keys = graph_order(p.name[:-len(GRAPH_SUFFIX)] for p in graphs_dir.glob("*" + GRAPH_SUFFIX))
    summary = BuildSummary(out_dir=str(out))
    where = Path(target) if target is not None else out
    merged = where / MERGED_NAME
    summary.quads, summary.triples = write_merged(graphs_dir, keys, merged)
    try:
        write_outputs(where, graphs_dir, keys, wanted, merged, summary)
    finally:
        merged.unlink(missing_ok=True)
    return summary


def write_outputs(where: Path, graphs_dir: Path, keys: list[str], formats: list[str], merged: Path,
                  summary: BuildSummary) -> None:
    """graph.<fmt> for each format into ``where``, by the store layer's writer: datasets streamed document by
    document from ``graphs_dir``, triple formats from ``merged`` (the sorted, distinct N-Triples of
    :func:`write_merged`)."""
    files = [graph_file(graphs_dir, key) for key in keys]
    for name in formats:
        write_graphs(where / output_name(name), name, graph_files=files, merged=merged)
        summary.outputs.append(output_name(name))
