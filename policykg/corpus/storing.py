"""The store of a new generation, in memory that does not grow with the corpus.

Two ways, same content (one named graph per published document, the ontology graph, the merged view):

- **incremental** (few documents changed): the previous generation's store is copied with Oxigraph's backup (a
  RocksDB checkpoint: hard links), the changed graphs are replaced in batches (one load per batch), and the merged
  view follows: the new triples join the default graph, and a triple a document no longer states leaves it only
  when no other graph still holds it;
- **full** (a first build, ``--force``, many changes, a changed ontology): a fresh store is bulk-loaded from the
  cached N-Quads, and the default graph from the documents' triples (the store is a set: a triple two
  documents state is held once), a chunk of about 24 MB per bulk load
  (Oxigraph's loader holds what one call loads in memory: one call for 2M quads peaks at 1.6 GB, calls of 200k
  quads at 0.3 GB).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from policykg.core.builddir import graph_file
from policykg.core.iris import mint_graph_iri
from policykg.corpus.merged import doc_ntriples
from policykg.core.errors import InputError
from policykg.queries.store import GraphStore, damaged_store_message, is_store_dir
from policykg.queries.writer import byte_chunks

__all__ = ["write_store"]

_BATCH_BYTES = 8 << 20    # N-Quads loaded in one transaction (incremental way)
_FLUSH_BYTES = 32 << 20   # written to disk this often: RocksDB's in-memory tables stay small
_CHUNK_BYTES = 24 << 20   # N-Quads of one bulk load (whole way): Oxigraph's loader holds a chunk in memory


def write_store(target: Path, graphs_dir: Path, keys: list[str], *, previous: Path | None = None,
                previous_graphs: Path | None = None, changed: list[str] = (), removed: list[str] = (),
                shown: str = "", merged: Callable[[], Path | None] | None = None) -> GraphStore:
    """Write the store of a generation at ``target`` and return it open.

    ``keys`` are the published documents (their cache in ``graphs_dir``). With ``previous`` (a store whose documents differ from ``keys`` only by ``changed`` and ``removed``,
    their old cache in ``previous_graphs``), the store starts as its copy; otherwise it is loaded whole. A damaged
    ``previous`` is an InputError naming it as ``shown`` (rebuild with --force, which loads the store whole).
    ``merged`` (a whole load only), once the documents' graphs are loaded, gives the file of the same documents'
    merged triples (:func:`policykg.corpus.merged.write_merged`: sorted and distinct, written by the exports' process
    meanwhile) or None: the merged view is loaded from it instead of from each document's triples again (the same
    default graph; 0.85x the CPU of that load at 1,000 documents, ``bench/results-round14-build.txt``).
    """
    if previous is not None and is_store_dir(previous):
        try:
            GraphStore(previous, read_only=True).backup(target)
            store = GraphStore(target)
            current = store.merged_view_is_current() and store.ontology_is_current()
        except (InputError, RuntimeError) as exc:
            if isinstance(exc, RuntimeError) and not damaged_store_message(exc):
                raise
            raise InputError(damaged_store_message(RuntimeError("Corruption"), shown or previous)) from None
        if current:
            _update(store, graphs_dir, previous_graphs, keys, changed, removed)
            return store
        del store
        shutil.rmtree(target)
    store = GraphStore(target)
    # the cache is the builder's own N-Quads (every IRI checked when it was made): parsed without checking them again
    store.bulk_load_chunks(_chunks(graphs_dir, keys), ox.RdfFormat.N_QUADS, own=True)
    store.load_ontology()
    written = merged() if merged is not None else None
    if written is not None:
        store.set_merged_view_from(written, own=True)
    else:
        store.set_merged_view_chunks(_chunks(graphs_dir, keys, triples=True), own=True)   # the store is a set: repeats go
    return store


def _chunks(graphs_dir: Path, keys: list[str], triples: bool = False) -> Iterator[bytes]:
    """The cached N-Quads of the documents ``keys`` (``triples``: as N-Triples, their graph dropped), in pieces of
    about ``_CHUNK_BYTES``."""
    pieces = (doc_ntriples(graphs_dir, key) if triples else graph_file(graphs_dir, key).read_bytes() for key in keys)
    return byte_chunks(pieces, _CHUNK_BYTES)


def _update(store: GraphStore, graphs_dir: Path, previous_graphs: Path, keys: list[str], changed: Iterable[str],
            removed: Iterable[str]) -> None:
    """Replace the changed graphs and drop the removed ones, a batch at a time, keeping the merged view."""
    published = set(keys)
    batch: list[str] = []
    size = unflushed = 0
    for key in [*changed, *removed]:
        batch.append(key)
        size += graph_file(graphs_dir, key).stat().st_size if key in published else 0
        if size >= _BATCH_BYTES:
            _apply(store, graphs_dir, previous_graphs, batch, published)
            unflushed += size
            batch, size = [], 0
            if unflushed >= _FLUSH_BYTES:
                store.flush(compact=False)
                unflushed = 0
    if batch:
        _apply(store, graphs_dir, previous_graphs, batch, published)


def _apply(store: GraphStore, graphs_dir: Path, previous_graphs: Path, batch: list[str], published: set[str]) -> None:
    gone = b"".join(doc_ntriples(previous_graphs, k) for k in batch if graph_file(previous_graphs, k).exists())
    new = [k for k in batch if k in published]
    for key in batch:
        store.remove_graph(mint_graph_iri(key))
    store.load_nquads(b"".join(graph_file(graphs_dir, k).read_bytes() for k in new))
    store.update_merged_view(gone, b"".join(doc_ntriples(graphs_dir, k) for k in new))
