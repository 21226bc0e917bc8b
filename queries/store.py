"""The embedded store: Oxigraph on disk (or in memory), one named graph per source document.

The builder streams each document's named graph in with :meth:`GraphStore.replace_graph`
(drop then insert in one transaction), so loading a document again replaces it
instead of duplicating it. Queries see the union of all named graphs.

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
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from policykg.errors import InputError
from policykg.iris import GRAPH, ONTOLOGY_IRI

# File suffix -> Oxigraph format. Formats are always explicit; this map is the one guess.
FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
    "owl": ox.RdfFormat.RDF_XML,
}

STORE_DIRNAME = "store"   # a build directory keeps its persistent store here


def rdf_format(name_or_path: str | os.PathLike) -> ox.RdfFormat:
    """The RDF format named by a format name or a file suffix; InputError if unknown.

    >>> rdf_format("graph.trig") == ox.RdfFormat.TRIG
    True
    """
    text = str(name_or_path)
    key = text.rsplit(".", 1)[-1].lower() if "." in Path(text).name else text.lower()
    try:
        return FORMATS[key]
    except KeyError:
        raise InputError(f"unknown RDF format {key!r}: use one of ttl, trig, nt, nq, jsonld") from None


def is_store_dir(path: str | os.PathLike) -> bool:
    """True if ``path`` is a directory holding an Oxigraph store."""
    p = Path(path)
    return p.is_dir() and ((p / "CURRENT").exists() or any(p.glob("*.sst")))


class GraphStore:
    """An Oxigraph store (persistent at ``path``, in memory when ``path`` is None)."""

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise InputError(f"cannot open store {self.path}: {exc}") from None

    def __len__(self) -> int:
        return len(self.store)

    # -- writing -----------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, quads: Iterable[ox.Quad | ox.Triple]) -> None:
        """Drop the named graph ``graph_iri`` and insert ``quads`` into it, in one transaction."""
        graph = ox.NamedNode(graph_iri)
        new = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
        self.store.remove_graph(graph) if self.store.contains_named_graph(graph) else None
        self.store.extend(new)

    def remove_graph(self, graph_iri: str) -> None:
        graph = ox.NamedNode(graph_iri)
        if self.store.contains_named_graph(graph):
            self.store.remove_graph(graph)

    def load_file(self, path: str | os.PathLike, fmt: ox.RdfFormat | None = None) -> list[str]:
        """Load an RDF file; each of its named graphs replaces the graph of the same name.

        Triples outside any named graph (Turtle, N-Triples, JSON-LD) go to a graph
        named after the file. Returns the graph IRIs written.
        """
        p = Path(path)
        fmt = fmt or rdf_format(p)
        try:
            quads = list(ox.parse(path=str(p), format=fmt))
        except SyntaxError as exc:
            raise InputError(f"{p}: not valid {fmt.name}: {str(exc).splitlines()[0]}") from None
        file_graph = GRAPH + "file/" + _file_key(p)   # pyoxigraph 0.5's parse() has no default_graph argument
        by_graph: dict[str, list[ox.Quad]] = {}
        for q in quads:
            name = file_graph if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            by_graph.setdefault(name, []).append(q)
        for g, qs in by_graph.items():
            self.replace_graph(g, qs)
        return sorted(by_graph)

    def load_ontology(self) -> None:
        """(Re)load the ontology files into the graph ``ONTOLOGY_IRI`` so subclass queries work."""
        from ontology import ONTOLOGY_FILES  # the ontology package owns its files

        quads: list[ox.Quad] = []
        for f in ONTOLOGY_FILES:
            quads.extend(ox.parse(path=str(f), format=ox.RdfFormat.TURTLE))
        self.replace_graph(ONTOLOGY_IRI, quads)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()

    # -- reading -----------------------------------------------------------------------
    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph_iri: str | None = None) -> Iterator[ox.Quad]:
        graph = ox.NamedNode(graph_iri) if graph_iri else None
        return self.store.quads_for_pattern(None, None, None, graph)

    def query(self, sparql: str, bindings: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """Run SPARQL over the union of all graphs; ``bindings`` are substituted as terms, never as text."""
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        return self.store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)

    def select(self, sparql: str, bindings: dict | None = None) -> list[ox.QuerySolution]:
        return list(self.query(sparql, bindings))


def _file_key(path: Path) -> str:
    from policykg.iris import slugify

    return slugify(path.stem)
