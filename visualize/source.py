"""Open the data a view or an export is drawn from: a build directory, a store directory or an RDF file.

Prefers ``policykg.queries.engine.open_data`` (the queries package owns opening data); until that exists
this module opens the same three kinds of input itself, through ``policykg.queries.store.GraphStore``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

from policykg.core.errors import InputError
from policykg.core.iris import GRAPH, slugify
from policykg.queries.store import STORE_DIRNAME, GraphStore, is_store_dir, rdf_format

_BUILD_FILES = ("graph.trig", "graph.nq", "graph.ttl")


def open_graph_data(path: str | os.PathLike) -> GraphStore:
    """A GraphStore holding the data at ``path``.

    ``path`` is an Oxigraph store directory (opened read-only), a build directory (its ``store/``
    or its ``graph.trig``), or an RDF file (loaded into an in-memory store, one named graph per
    graph in the file; triples outside any graph go to a graph named after the file).
    Raises InputError when the path is missing or holds nothing readable.

    >>> open_graph_data("/nonexistent/x.trig")
    Traceback (most recent call last):
    ...
    policykg.core.errors.InputError: no such file or directory: /nonexistent/x.trig
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file or directory: {p}")
    try:
        from policykg.queries.engine import open_data  # type: ignore[import-not-found]
    except ImportError:
        open_data = None
    if open_data is not None:
        return open_data(p)
    if p.is_dir():
        if is_store_dir(p):
            return GraphStore(p, read_only=True)
        if is_store_dir(p / STORE_DIRNAME):
            return GraphStore(p / STORE_DIRNAME, read_only=True)
        for name in _BUILD_FILES:
            if (p / name).is_file():
                return _load_file(p / name)
        raise InputError(f"{p}: not a build directory, a store or an RDF file (no store/ and no graph.trig)")
    return _load_file(p)


def _load_file(path: Path) -> GraphStore:
    """Load one RDF file into an in-memory store, keeping its named graphs."""
    fmt = rdf_format(path)
    fallback = GRAPH + "file/" + slugify(path.stem)
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {fmt.name}: {str(exc).splitlines()[0]}") from None
    by_graph: dict[str, list] = {}
    for q in quads:
        graph = q.graph_name.value if isinstance(getattr(q, "graph_name", None), ox.NamedNode) else fallback
        by_graph.setdefault(graph, []).append(q)
    store = GraphStore()
    for graph, items in sorted(by_graph.items()):
        store.replace_graph(graph, items)
    return store
