"""The embedded store: Oxigraph on disk (or in memory), one named graph per source document.

The builder streams each document's named graph in with :meth:`GraphStore.replace_graph`
(drop then insert in one transaction), so loading a document again replaces it
instead of duplicating it.

Queries read the *merged view*: the store's default graph holds the distinct triples of
all named graphs. Every document graph repeats the types and labels of the actors it
names, so querying the raw union of graphs multiplies each join by the number of
documents; the merged view states each triple once. Any write marks the view stale;
it is rebuilt by :meth:`GraphStore.refresh_merged_view` (the build and ``load`` do it
before they finish, and a writable store does it lazily before its next query). A
read-only store whose view is stale falls back to the union of named graphs.

>>> import pyoxigraph as ox
>>> store = GraphStore()   # in memory
>>> g = "https://w3id.org/policykg/graph/demo"
>>> q = ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x"), ox.NamedNode(g))
>>> store.replace_graph(g, [q]); store.replace_graph(g, [q])
>>> len(store), store.graphs()
(1, ['https://w3id.org/policykg/graph/demo'])
>>> [str(r["o"]) for r in store.select("SELECT ?o WHERE { ?s ?p ?o }")]
['"x"']
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from policykg.core.errors import InputError
from policykg.core.formats import rdf_format
from policykg.core.iris import BASE, GRAPH, ONTOLOGY_IRI, PKG, slugify
from policykg.core.memory import release_freed
from policykg.ontology.files import ONTOLOGY_FILES
from policykg.queries.params import bind_values

__all__ = ["GraphStore", "STORE_DIRNAME", "SUMMARY_GRAPH", "damaged_store_message", "is_store_dir", "ontology_quads"]

STORE_DIRNAME = "store"   # a build directory keeps its persistent store here


def is_store_dir(path: str | os.PathLike) -> bool:
    """True if ``path`` is a directory holding an Oxigraph store."""
    p = Path(path)
    return p.is_dir() and ((p / "CURRENT").exists() or any(p.glob("*.sst")))


def damaged_store_message(exc: BaseException, path: str | os.PathLike | None = None) -> str | None:
    """The one-line message for an error that says a store on disk is damaged (truncated or garbled files, an empty
    or missing CURRENT), else None. ``path``: the store, when known; else it is read from RocksDB's message.

    >>> damaged_store_message(RuntimeError("Corruption: block checksum mismatch in out/store/000010.sst offset 0"))
    'store at out/store is damaged: rebuild with --force'
    >>> damaged_store_message(OSError("No space left on device")) is None
    True
    """
    text = str(exc)
    if not (text.startswith("Corruption") or ("CURRENT" in text and "No such file" in text)):
        return None
    if path is None:
        found = re.search(r"(\S+)/(?:\d+\.sst|CURRENT|MANIFEST-\d+)", text)
        path = found.group(1) if found else "this path"
    return f"store at {path} is damaged: rebuild with --force"


# A marker in a graph of its own says the merged view (the default graph) is current.
_META_GRAPH = ox.NamedNode(BASE + "store/meta")
_MERGED_MARK = ox.Quad(_META_GRAPH, ox.NamedNode(PKG + "mergedViewCurrent"), ox.Literal("true"), _META_GRAPH)
# The per-actor summary (policykg.queries.summary): derived from the merged view, dropped with it by any write.
SUMMARY_GRAPH = ox.NamedNode(BASE + "store/summary")
_OWN_GRAPHS = (_META_GRAPH, SUMMARY_GRAPH)


_SUMMARY_BATCH = 4 << 20   # characters of summary literals per transaction


class GraphStore:
    """An Oxigraph store (persistent at ``path``, in memory when ``path`` is None)."""

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            damaged = damaged_store_message(exc, self.path)
            if damaged:
                raise InputError(damaged) from None
            raise InputError(f"cannot open store {self.path}: {str(exc).splitlines()[0]}") from None

    def __len__(self) -> int:
        """Quads in the named graphs: the data itself, not the merged view derived from it."""
        meta = 1 if self.merged_view_is_current() else 0
        default = sum(1 for _ in self.quads_of_default_graph()) if meta else 0
        summary = sum(1 for _ in self.store.quads_for_pattern(None, None, None, SUMMARY_GRAPH))
        return len(self.store) - default - meta - summary

    # -- writing -----------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, quads: Iterable[ox.Quad | ox.Triple]) -> None:
        """Drop the named graph ``graph_iri`` and insert ``quads`` into it, in one transaction."""
        graph = ox.NamedNode(graph_iri)
        new = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
        self._mark_stale()
        self.store.remove_graph(graph) if self.store.contains_named_graph(graph) else None
        self.store.extend(new)

    def replace_graph_nquads(self, graph_iri: str, nquads: bytes) -> None:
        """Replace the named graph ``graph_iri`` with N-Quads bytes whose quads all lie in that graph.

        The fast path of the builder: Oxigraph parses the bytes itself.
        """
        self.remove_graph(graph_iri)
        self.store.load(nquads, format=ox.RdfFormat.N_QUADS)

    def replace_graph_ntriples(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace the named graph ``graph_iri`` with the triples of N-Triples bytes (parsed by Oxigraph)."""
        self.remove_graph(graph_iri)
        self.store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri))

    def remove_graph(self, graph_iri: str) -> None:
        graph = ox.NamedNode(graph_iri)
        self._mark_stale()
        if self.store.contains_named_graph(graph):
            self.store.remove_graph(graph)

    def _mark_stale(self) -> None:
        for graph in _OWN_GRAPHS:
            if self.store.contains_named_graph(graph):
                self.store.remove_graph(graph)

    def add_summary(self, quads: Iterable[ox.Quad] | bytes | Path, first: bool = False) -> None:
        """Add these quads (or N-Quads bytes or a file of them, bulk-loaded) to the summary graph ``SUMMARY_GRAPH`` (``first``: drop
        what it held). They are derived from the current merged view: any later write drops them with the view's
        mark, so a summary is never older than the data."""
        if first and self.store.contains_named_graph(SUMMARY_GRAPH):
            self.store.remove_graph(SUMMARY_GRAPH)
        if isinstance(quads, bytes):
            if quads:
                self.store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
            return
        if isinstance(quads, Path):   # N-Quads in a file: bulk-loaded a few MB at a time
            with open(quads, "rb") as source:
                while True:
                    chunk = source.read(_SUMMARY_BATCH)
                    chunk += source.readline()   # whole lines only
                    if not chunk:
                        return
                    self.store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS)
        batch: list[ox.Quad] = []
        size = 0
        for quad in quads:   # a transaction per few MB: the whole summary is tens of MB of literals
            batch.append(quad)
            size += len(quad.object.value) if isinstance(quad.object, ox.Literal) else 0
            if size >= _SUMMARY_BATCH:
                self.store.extend(batch)
                batch, size = [], 0
        self.store.extend(batch)

    def holds_summary(self, predicate: ox.NamedNode) -> bool:
        """True when the summary graph is current and marks the answers of ``predicate`` complete."""
        return next(self.store.quads_for_pattern(SUMMARY_GRAPH, predicate, None, SUMMARY_GRAPH), None) is not None

    def merged_view_is_current(self) -> bool:
        return _MERGED_MARK in self.store

    def refresh_merged_view(self) -> None:
        """Rebuild the default graph as the distinct triples of all named graphs (a no-op when current).

        Each graph is dumped and bulk-loaded by Oxigraph itself (the store is a set, so repeated
        triples collapse); no triple passes through Python.

        >>> store = GraphStore()
        >>> for g in ("urn:g1", "urn:g2"):
        ...     store.replace_graph(g, [ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x"))])
        >>> store.refresh_merged_view()
        >>> len(list(store.quads_of_default_graph())), store.merged_view_is_current(), len(store)
        (1, True, 2)
        """
        if self.merged_view_is_current():
            return
        self.set_merged_view(b"", extra_graphs=self.graphs())

    def set_merged_view(self, ntriples: bytes, *, extra_graphs: Iterable[str] = (ONTOLOGY_IRI,)) -> None:
        """Make the default graph ``ntriples`` (the merged triples a builder already has) plus ``extra_graphs``.

        The fast path of a corpus build, which holds the merged N-Triples anyway.
        """
        self._mark_stale()   # the summary, derived from the view, goes with it
        parts = [ntriples]
        for graph_iri in extra_graphs:
            graph = ox.NamedNode(graph_iri)
            if self.store.contains_named_graph(graph):
                parts.append(self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph))
        self.store.clear_graph(ox.DefaultGraph())
        self.store.bulk_load(b"".join(parts), format=ox.RdfFormat.N_TRIPLES)  # one load: each has a fixed cost
        self.store.add(_MERGED_MARK)

    def quads_of_default_graph(self) -> Iterator[ox.Quad]:
        return self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())

    def load_file(self, path: str | os.PathLike, fmt: ox.RdfFormat | None = None) -> list[str]:
        """Load an RDF file; each of its named graphs replaces the graph of the same name.

        Triples outside any named graph (Turtle, N-Triples, JSON-LD) go to a graph
        named after the file. Returns the graph IRIs written. The file is parsed by
        Oxigraph into a scratch store first (no quad becomes a Python object), so a
        syntax error leaves this store untouched.
        """
        p = Path(path)
        fmt = fmt or rdf_format(p).oxigraph
        scratch = ox.Store()
        try:
            scratch.bulk_load(path=str(p), format=fmt)
        except SyntaxError as exc:
            raise InputError(f"{p}: not valid {fmt.name}: {str(exc).splitlines()[0]}") from None
        file_graph = GRAPH + "file/" + _file_key(p)
        parts: list[bytes] = []
        if next(iter(scratch.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
            triples = scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
            scratch.clear_graph(ox.DefaultGraph())
            scratch.load(triples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(file_graph))
        written = sorted(g.value for g in scratch.named_graphs() if isinstance(g, ox.NamedNode))
        for g in written:
            self.remove_graph(g)
        parts.append(scratch.dump(format=ox.RdfFormat.N_QUADS))
        self._mark_stale()
        self.store.bulk_load(b"".join(parts), format=ox.RdfFormat.N_QUADS)
        return written

    def load_nquads(self, nquads: bytes) -> None:
        """Add the quads of N-Quads bytes in one transaction (a batch of documents' graphs)."""
        self._mark_stale()
        if nquads:
            self.store.load(nquads, format=ox.RdfFormat.N_QUADS)

    def ontology_is_current(self) -> bool:
        """True when the store's ontology graph holds the ontology files' triples (blank nodes compared by count)."""
        graph = ox.NamedNode(ONTOLOGY_IRI)
        held = [ox.Triple(q.subject, q.predicate, q.object) for q in self.store.quads_for_pattern(None, None, None, graph)]
        files = [q.triple for q in ontology_quads()]
        return len(held) == len(files) and {t for t in held if _ground(t)} == {t for t in files if _ground(t)}

    def bulk_load_chunks(self, chunks: Iterable[bytes], fmt: ox.RdfFormat, *, own: bool = False) -> None:
        """Bulk-load RDF given in pieces, one bulk load per piece: memory is bounded by a piece, not the whole (what
        the loader freed is given back to the system after each: :func:`policykg.core.memory.release_freed`).

        ``own``: the pieces are the builder's own N-Quads or N-Triples (its cache, every IRI checked by pyoxigraph when
        the builder made it), parsed without checking each IRI again (Oxigraph's ``lenient``): the same quads, for
        0.91-0.95x the CPU of a build's two loads at 1,000 documents (``bench/results-round13-build.txt``). Anything
        a user gives is loaded strictly."""
        self._mark_stale()
        for chunk in chunks:
            if chunk:
                self.store.bulk_load(chunk, format=fmt, lenient=own)
                release_freed()

    def set_merged_view_from(self, ntriples: str | os.PathLike, *, own: bool = False) -> None:
        """Make the default graph the triples of the N-Triples file ``ntriples`` plus the ontology's (streamed;
        ``own``: as in :meth:`bulk_load_chunks`)."""
        self.set_merged_view_chunks(_line_chunks(ntriples), own=own)

    def set_merged_view_chunks(self, chunks: Iterable[bytes], *, own: bool = False) -> None:
        """Make the default graph the triples of the N-Triples ``chunks`` (every named graph's, repeats allowed: the
        store is a set) plus the ontology's, one bulk load per chunk (``own``: as in :meth:`bulk_load_chunks`)."""
        self.store.clear_graph(ox.DefaultGraph())
        self.bulk_load_chunks(chunks, ox.RdfFormat.N_TRIPLES, own=own)
        ontology = ox.NamedNode(ONTOLOGY_IRI)
        if self.store.contains_named_graph(ontology):
            self.store.bulk_load(self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ontology),
                                 format=ox.RdfFormat.N_TRIPLES)
        self.store.add(_MERGED_MARK)

    def update_merged_view(self, gone: bytes, added: bytes) -> None:
        """Keep the merged view current after graphs changed: ``added`` (N-Triples) joins the default graph, and
        each triple of ``gone`` leaves it unless a named graph still holds it.

        >>> store = GraphStore()
        >>> t = b'<urn:a> <urn:p> "x" .\\n'
        >>> for g in ("urn:g1", "urn:g2"):
        ...     store.replace_graph_ntriples(g, t)
        >>> store.refresh_merged_view()
        >>> store.remove_graph("urn:g1"); store.update_merged_view(t, b"")
        >>> len(list(store.quads_of_default_graph())), store.merged_view_is_current()
        (1, True)
        >>> store.remove_graph("urn:g2"); store.update_merged_view(t, b"")
        >>> len(list(store.quads_of_default_graph()))
        0
        """
        self._mark_stale()
        for t in self.not_held(gone):
            self.store.remove(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
        if added:
            self.store.load(added, format=ox.RdfFormat.N_TRIPLES)
        self.store.add(_MERGED_MARK)

    def not_held(self, ntriples: bytes) -> list[ox.Triple]:
        """The triples of the N-Triples bytes ``ntriples`` that no named graph of the store holds (the default graph,
        the merged view, does not count): what leaves the merged view when they were a changed graph's."""
        gone = []
        for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES) if ntriples else ():
            holders = self.store.quads_for_pattern(t.subject, t.predicate, t.object, None)
            if not any(not isinstance(q.graph_name, ox.DefaultGraph) for q in holders):
                gone.append(t)
        return gone

    def dump_merged(self, target: str | os.PathLike) -> None:
        """Write the merged view (the default graph) to the file ``target`` as N-Triples, streamed by Oxigraph.

        A store whose view is stale is brought up to date first; a read-only one writes the union of its named
        graphs instead (the same triples, some repeated).
        """
        if not self.merged_view_is_current() and not self.read_only:
            self.refresh_merged_view()
        if self.merged_view_is_current():
            self.store.dump(str(target), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
            return
        with open(target, "wb") as handle:
            for graph in self.graphs():
                self.store.dump(handle, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))

    def backup(self, target: str | os.PathLike) -> None:
        """Copy the store to the new folder ``target`` (hard links on the same file system: cheap)."""
        try:
            self.store.backup(str(target))
        except (OSError, RuntimeError) as exc:
            damaged = damaged_store_message(exc, self.path)
            if damaged:
                raise InputError(damaged) from None
            raise

    def load_ontology(self) -> None:
        """(Re)load the ontology files into the graph ``ONTOLOGY_IRI`` so subclass queries work."""
        self.replace_graph(ONTOLOGY_IRI, ontology_quads())

    def flush(self, compact: bool = True) -> None:
        """Bring the merged view up to date and write everything to disk; ``compact``: also compact it for reading
        (RocksDB's ``optimize``: a quarter of a second at 1,000 documents; the store shrinks from 1.2 GB to 0.4 GB,
        its write-ahead logs written out, and queries read 5-10% faster), once a build is done with it."""
        if not self.read_only:
            self.refresh_merged_view()
        if self.path is not None and not self.read_only:
            self.store.flush()
            if compact:
                self.store.optimize()

    def reopen(self) -> None:
        """Write what is in memory to disk (:meth:`flush`, without compacting), close the store and open it again:
        what RocksDB keeps of the files the queries so far read (their index blocks, its cache) is let go of and
        given back to the system, so a series of large queries holds the memory of one, not of all. Nothing for a
        store in memory or read-only; the store must be held by nothing else (no unfinished query result)."""
        if self.path is None or self.read_only:
            return
        self.flush(compact=False)
        self.store = None
        release_freed()
        self.store = ox.Store(str(self.path))

    # -- reading -----------------------------------------------------------------------
    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted (the store's own graphs, bookkeeping and summary, left out)."""
        return sorted(g.value for g in self.store.named_graphs()
                      if isinstance(g, ox.NamedNode) and g not in _OWN_GRAPHS)

    def dump_graph(self, graph_iri: str) -> bytes:
        """The triples of the named graph ``graph_iri`` as N-Triples bytes (dumped by Oxigraph)."""
        return self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri)) or b""

    def quads(self, graph_iri: str | None = None) -> Iterator[ox.Quad]:
        graph = ox.NamedNode(graph_iri) if graph_iri else None
        return self.store.quads_for_pattern(None, None, None, graph)

    def query(self, sparql: str, bindings: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """Run SPARQL over the merged view of all graphs; ``bindings`` (variable name -> term) are bound by a
        VALUES block of strictly serialised terms (:func:`policykg.queries.params.bind_values`), never pasted as
        given, and Oxigraph's planner starts from them.

        ``GRAPH ?g { ... }`` still reaches each document's own named graph.
        """
        if not self.merged_view_is_current() and not self.read_only:
            self.refresh_merged_view()
        union = not self.merged_view_is_current()
        return self.store.query(bind_values(sparql, bindings or {}), use_default_graph_as_union=union)

    def select(self, sparql: str, bindings: dict | None = None) -> list[ox.QuerySolution]:
        return list(self.query(sparql, bindings))


def _line_chunks(path: str | os.PathLike, size: int = 24 << 20) -> Iterator[bytes]:
    """A line-based RDF file in pieces of about ``size`` bytes, each ending at a line end."""
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(size)
            if not chunk:
                return
            yield chunk + handle.readline()


def _ground(t: ox.Triple) -> bool:
    return not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)


def ontology_quads() -> list[ox.Quad]:
    quads: list[ox.Quad] = []
    for f in ONTOLOGY_FILES:
        quads.extend(ox.parse(path=str(f), format=ox.RdfFormat.TURTLE))
    return quads


def _file_key(path: Path) -> str:
    return slugify(path.stem)
