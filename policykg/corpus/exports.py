"""``OUT/graph.<format>``: the documents of a build directory in each RDF format asked for, from the cache.

Datasets (TriG, N-Quads, JSON-LD) keep one named graph per document, written document by document; triple
formats (Turtle, N-Triples, RDF/XML) hold the merged triples, sorted and de-duplicated. Nothing is rebuilt.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from policykg.core.errors import InputError
from policykg.core.formats import FORMAT_NAMES, FORMATS
from policykg.core.iris import mint_graph_iri
from policykg.corpus.summary import BuildSummary
from policykg.queries.convert import write_graphs

__all__ = ["OUTPUT_FORMATS", "check_formats", "graph_order", "merged_ntriples", "output_name", "write_exports",
           "write_outputs"]

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


def merged_ntriples(graphs_dir: Path, keys: list[str]) -> tuple[bytes, int]:
    """The union of the documents' triples as sorted, de-duplicated N-Triples, and the number of quads.

    Works on the canonical N-Quads lines of the cache: dropping the line's graph term (always the
    document's own graph, and never inside a literal, where line ends are escaped) leaves an N-Triples line.
    """
    lines: set[bytes] = set()
    quads = 0
    for key in keys:
        data = (graphs_dir / f"{key}.nq").read_bytes()
        quads += data.count(b"\n")
        suffix = b" <" + mint_graph_iri(key).encode("utf-8") + b"> .\n"
        lines.update(data.replace(suffix, b" .\n").splitlines())
    lines.discard(b"")
    return b"".join(line + b"\n" for line in sorted(lines)), quads


def write_exports(out_dir: str | os.PathLike, formats: Iterable[str] = ("trig", "ttl")) -> BuildSummary:
    """(Re)write ``OUT/graph.<fmt>`` for each of ``formats`` from a build directory's per-document cache.

    No document is rebuilt: the cached N-Quads of ``OUT/graphs/`` are merged and serialised. Returns a
    BuildSummary with ``quads``, ``triples`` and ``outputs`` filled in. Raises InputError when ``out_dir`` is
    not a build directory or a format is unknown.
    """
    out = Path(out_dir)
    graphs_dir = out / "graphs"
    if not graphs_dir.is_dir():
        raise InputError(f"{out}: not a build directory (no graphs/ inside)")
    wanted = check_formats(formats)
    keys = graph_order(p.stem for p in graphs_dir.glob("*.nq"))
    summary = BuildSummary(out_dir=str(out))
    ntriples, summary.quads = merged_ntriples(graphs_dir, keys)
    write_outputs(out, keys, wanted, ntriples, summary)
    return summary


def write_outputs(out: Path, keys: list[str], formats: list[str], ntriples: bytes, summary: BuildSummary) -> None:
    """graph.<fmt> for each format, by the store layer's writer: datasets document by document, triple formats
    merged."""
    graphs_dir = out / "graphs"
    summary.triples = ntriples.count(b"\n")
    files = [graphs_dir / f"{key}.nq" for key in keys]
    for name in formats:
        write_graphs(out / output_name(name), name, graph_files=files, merged=ntriples)
        summary.outputs.append(output_name(name))
