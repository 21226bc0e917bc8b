"""The merged triples of a corpus (the union of its documents' graphs), sorted and de-duplicated, in bounded memory.

The per-document cache holds canonical N-Quads lines: dropping a line's graph term (always the document's own
graph, and never inside a literal, where line ends are escaped) leaves an N-Triples line. The lines are sorted in
runs of bounded size written to temporary files, then merged: memory does not grow with the corpus.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> from policykg.core.iris import mint_graph_iri
>>> for key, subjects in (("a", "ba"), ("b", "ab")):
...     g = mint_graph_iri(key)
...     _ = (d / f"{key}.nq").write_text("".join(f'<urn:{s}> <urn:p> "x" <{g}> .\\n' for s in subjects))
>>> write_merged(d, ["a", "b"], d / "m.nt", run_bytes=10)
(4, 2)
>>> (d / "m.nt").read_text()
'<urn:a> <urn:p> "x" .\\n<urn:b> <urn:p> "x" .\\n'
"""

from __future__ import annotations

import heapq
import os
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from policykg.core.atomic import atomic_open
from policykg.core.builddir import graph_file
from policykg.core.iris import mint_graph_iri

__all__ = ["doc_ntriples", "write_merged"]

RUN_BYTES = 64 << 20   # lines sorted in memory at once


def doc_ntriples(graphs_dir: Path, key: str) -> bytes:
    """One document's cached quads as N-Triples lines (its graph term dropped)."""
    data = graph_file(graphs_dir, key).read_bytes()
    suffix = b" <" + mint_graph_iri(key).encode("utf-8") + b"> .\n"
    return data.replace(suffix, b" .\n")


def write_merged(graphs_dir: Path, keys: Iterable[str], target: Path, run_bytes: int = RUN_BYTES
                 ) -> tuple[int, int]:
    """Write the sorted, distinct triples of the documents ``keys`` to ``target`` (N-Triples, atomically).

    Returns the number of quads read (the statements of the dataset outputs) and of triples written.
    """
    quads = triples = 0
    runs: list[IO[bytes]] = []
    lines: list[bytes] = []
    size = 0
    try:
        for key in keys:
            data = doc_ntriples(graphs_dir, key)
            quads += data.count(b"\n")
            for line in data.splitlines(keepends=True):
                lines.append(line)
                size += len(line)
            if size >= run_bytes:
                runs.append(_spill(lines, target.parent))
                lines, size = [], 0
        with atomic_open(target, "wb", encoding=None) as handle:
            sources: list[Iterable[bytes]] = [_unique(sorted(lines))] + [iter(run) for run in runs]
            lines = []
            last = None
            for line in heapq.merge(*sources):
                if line != last:
                    handle.write(line)
                    triples += 1
                    last = line
    finally:
        for run in runs:
            run.close()
    return quads, triples


def _spill(lines: list[bytes], where: Path) -> IO[bytes]:
    """One sorted run in an unnamed temporary file, rewound for reading."""
    run = tempfile.TemporaryFile(dir=where)
    run.writelines(_unique(sorted(lines)))
    run.seek(0, os.SEEK_SET)
    return run


def _unique(lines: list[bytes]) -> Iterator[bytes]:
    last = None
    for line in lines:
        if line != last and line.strip():
            yield line
            last = line
