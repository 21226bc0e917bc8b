"""DATA: what every command that reads a graph accepts, found and opened by one set of rules.

DATA is one of

- a build directory (``policykg build --out OUT``): its persistent store ``OUT/store/``;
- a persistent store directory (``policykg load --store DIR``);
- an RDF file (.ttl .trig .nt .nq .jsonld .rdf), loaded into an in-memory store with the ontology;
- any other directory: the RDF files directly in it (only the .trig/.nq ones when there are any, since a build
  writes the same graphs as .trig and .ttl), in memory with the ontology.

``query``, ``viz``, ``export``, ``load`` and ``push`` all go through :func:`locate_data` / :func:`open_data`, so
they accept the same things and say the same things when DATA is wrong.

>>> locate_data("/nonexistent/graph.trig")
Traceback (most recent call last):
...
policykg.core.errors.InputError: no such data: /nonexistent/graph.trig
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from policykg.core.builddir import has_generation, is_build_dir
from policykg.core.errors import InputError
from policykg.core.formats import FORMATS, rdf_format
from policykg.core.iris import ONTOLOGY_IRI
from policykg.queries.store import STORE_DIRNAME, GraphStore, is_store_dir

__all__ = ["DataLocation", "LoadSummary", "locate_data", "open_data", "load_into_store"]

RDF_SUFFIXES = tuple(f.suffix for f in FORMATS.values())
_DATASET_SUFFIXES = tuple(f.suffix for f in FORMATS.values() if f.dataset and f.name != "jsonld")


@dataclass(frozen=True)
class DataLocation:
    """Where the graphs of DATA are: a persistent store directory, or RDF files to load."""

    path: Path
    store: Path | None = None
    files: tuple[Path, ...] = ()


def locate_data(data: str | os.PathLike) -> DataLocation:
    """Find the graphs of ``data`` (see the module docstring). InputError, one line, if there are none."""
    p = Path(data)
    if not p.exists():
        raise InputError(f"no such data: {p}")
    if not p.is_dir():
        rdf_format(p)   # InputError for an unknown suffix
        return DataLocation(p, files=(p,))
    if is_build_dir(p) and not has_generation(p):
        raise InputError(f"{p}: a policykg build directory with no finished build yet (interrupted?): "
                         "run policykg build again")
    for candidate in (p / STORE_DIRNAME, p):
        if is_store_dir(candidate):
            return DataLocation(p, store=candidate)
    files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in RDF_SUFFIXES)
    if any(f.suffix.lower() in _DATASET_SUFFIXES for f in files):
        files = [f for f in files if f.suffix.lower() in _DATASET_SUFFIXES]
    if not files:
        raise InputError(f"{p}: neither a store nor a build directory, and it holds no RDF files "
                         f"({', '.join(RDF_SUFFIXES)})")
    return DataLocation(p, files=tuple(files))


def open_data(data: str | os.PathLike | GraphStore) -> GraphStore:
    """The store to read for ``data``: a persistent store read-only, or the files loaded in memory with the ontology.

    A GraphStore is returned as it is. Raises InputError (one line) for missing, unknown or invalid data.
    """
    if isinstance(data, GraphStore):
        return data
    where = locate_data(data)
    if where.store is not None:
        return GraphStore(where.store, read_only=True)
    store = GraphStore()
    for f in where.files:
        store.load_file(f)
    store.load_ontology()
    return store


@dataclass(frozen=True)
class LoadSummary:
    """What ``load_into_store`` did: the graphs it replaced and the store's size afterwards."""

    store: Path
    graphs: tuple[str, ...]
    quads: int


def load_into_store(data: str | os.PathLike, store_dir: str | os.PathLike) -> LoadSummary:
    """Load DATA into a persistent store at ``store_dir``: each named graph replaces the graph of the same name.

    The ontology graph is (re)loaded too, so subclass queries work. Loading the same data twice leaves the store
    unchanged. Files are parsed by Oxigraph straight into the store; the graphs of another store are copied as
    N-Quads. Raises InputError for missing, unreadable or invalid data, or a store loaded into itself.
    """
    where = locate_data(data)
    if where.store is not None and Path(store_dir).resolve() == where.store.resolve():
        raise InputError(f"{data}: is the store itself")
    store = GraphStore(store_dir)
    written: set[str] = set()
    if where.store is not None:
        source = GraphStore(where.store, read_only=True)
        for graph in source.graphs():
            if graph != ONTOLOGY_IRI:
                store.replace_graph_ntriples(graph, source.dump_graph(graph))
                written.add(graph)
        del source
    for f in where.files:
        written.update(store.load_file(f))
    store.load_ontology()
    store.flush()
    return LoadSummary(Path(store_dir), tuple(sorted(written)), len(store))
