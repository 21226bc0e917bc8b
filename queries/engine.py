"""Running queries: on the embedded Oxigraph store (a file, a build directory or a store directory)
or on a remote SPARQL endpoint, with parameters bound as RDF terms.

>>> from pathlib import Path
>>> fixture = Path(__file__).parent.parent / "tests" / "data" / "queries" / "fixture.trig"
>>> result = run_query("tasks-without-lead", {}, data=fixture)
>>> [row["task"].short() for row in result.rows][:2]
['pkgid:ct09-nhandan-2023-12-09/task/1', 'pkgid:ct09-nhandan-2023-12-09/task/3']
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from policykg.core.errors import InputError, QueryError
from policykg.queries.catalogue import QueryInfo, get_query, query_from_text
from policykg.queries.params import bind_parameters, bind_remote, query_form
from policykg.queries.results import QueryResult, RdfTerm, shorten_iri
from policykg.queries.store import STORE_DIRNAME, GraphStore, is_store_dir, rdf_format

RDF_SUFFIXES = tuple("." + s for s in ("trig", "ttl", "nt", "nq", "jsonld"))


def resolve_query(query: str | QueryInfo) -> QueryInfo:
    """A QueryInfo for a catalogue name, SPARQL text or a QueryInfo; QueryError for an unknown name.

    >>> resolve_query("documents").name, resolve_query("ASK { ?s ?p ?o }").name
    ('documents', '<query>')
    """
    if isinstance(query, QueryInfo):
        return query
    text = query.strip()
    if text and all(c.isalnum() or c == "-" for c in text):
        return get_query(text)
    return query_from_text(query)


def _load_ontology_if_present(store: GraphStore) -> None:
    try:
        store.load_ontology()
    except ImportError:   # the ontology package ships with policykg; tolerate a partial checkout
        pass


def open_data(path: str | os.PathLike | GraphStore) -> GraphStore:
    """The store to query for ``path``; InputError (one line) if there is nothing to query there.

    - an RDF file (.ttl/.trig/.nt/.nq/.jsonld): loaded into a fresh in-memory store, with the ontology;
    - a build directory holding ``store/``: that persistent store, read-only;
    - a persistent store directory: opened read-only;
    - another directory: every RDF file directly in it, in memory, with the ontology.
    """
    if isinstance(path, GraphStore):
        return path
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such data: {p}")
    if p.is_dir():
        if is_store_dir(p / STORE_DIRNAME):
            return GraphStore(p / STORE_DIRNAME, read_only=True)
        if is_store_dir(p):
            return GraphStore(p, read_only=True)
        try:
            files = data_files(p)
        except InputError:
            raise InputError(f"{p}: neither a store nor a build directory, and it holds no RDF files") from None
    else:
        files = data_files(p)
    store = GraphStore()
    for f in files:
        store.load_file(f)
    _load_ontology_if_present(store)
    return store


def data_files(data: str | os.PathLike) -> list[Path]:
    """The RDF files to read for ``data``: the file itself, or the RDF files directly in a directory.

    A build directory writes the same graphs as .trig and .ttl, so when .trig/.nq files are
    present only those are read. InputError if there is nothing to read.
    """
    p = Path(data)
    if not p.exists():
        raise InputError(f"no such data: {p}")
    if not p.is_dir():
        rdf_format(p)   # InputError for an unknown suffix
        return [p]
    files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in RDF_SUFFIXES)
    if any(f.suffix.lower() in (".trig", ".nq") for f in files):
        files = [f for f in files if f.suffix.lower() in (".trig", ".nq")]
    if not files:
        raise InputError(f"{p}: holds no RDF files (.trig, .ttl, .nt, .nq, .jsonld)")
    return files


@dataclass(frozen=True)
class LoadSummary:
    """What ``load_into_store`` did: the graphs it replaced and the store's size afterwards."""

    store: Path
    graphs: tuple[str, ...]
    quads: int


def load_into_store(data: str | os.PathLike, store_dir: str | os.PathLike) -> LoadSummary:
    """Load RDF into a persistent store at ``store_dir``: each named graph replaces the graph of the same name.

    ``data`` is an RDF file or a directory of RDF files (a build directory: its ``*.trig``/``*.ttl``...).
    The ontology graph is (re)loaded too, so subclass queries work. Loading the same data twice
    leaves the store unchanged. Raises InputError for unreadable or invalid data.
    """
    files = data_files(data)
    store = GraphStore(store_dir)
    written: set[str] = set()
    for f in files:
        written.update(store.load_file(f))
    _load_ontology_if_present(store)
    store.flush()
    return LoadSummary(Path(store_dir), tuple(sorted(written)), len(store))


def run_query(
    query: str | QueryInfo,
    params: dict[str, str] | None = None,
    *,
    data: str | os.PathLike | GraphStore | None = None,
    endpoint: str | None = None,
    auth=None,
    timeout: float = 30,
) -> QueryResult:
    """Run ``query`` (a catalogue name, SPARQL text or a QueryInfo) with ``params`` bound, on ``data`` or ``endpoint``.

    ``params`` maps parameter names to values (IRIs or text; see :mod:`policykg.queries.params`). Exactly one of
    ``data`` (a path for :func:`open_data` or a GraphStore) and ``endpoint`` (a SPARQL endpoint URL;
    ``auth`` an :class:`policykg.queries.remote.EndpointAuth`, default from the environment) must be given.
    A text value for a parameter that takes an IRI is first resolved, case-insensitively, to the one
    IRI whose label, số hiệu or class name it is (no match: an empty result; several: QueryError).
    Returns a QueryResult. Raises QueryError (unknown query, bad or missing parameter, syntax error),
    InputError (data) or EndpointError (remote failures, ``timeout`` seconds).
    """
    if (data is None) == (endpoint is None):
        raise QueryError("give exactly one of --data PATH or --endpoint URL")
    info = resolve_query(query)
    form = query_form(info.text)
    bindings = bind_parameters(info, params)
    if endpoint is not None:
        from policykg.queries.remote import query_endpoint

        def execute(text: str, terms: dict, text_form: str) -> QueryResult:
            return query_endpoint(endpoint, text, terms, form=text_form, auth=auth, timeout=timeout)
    else:
        store = open_data(data)

        def execute(text: str, terms: dict, text_form: str) -> QueryResult:
            try:
                return result_from_oxigraph(_query_embedded(store, text, terms))
            except SyntaxError as exc:
                raise QueryError(f"query {info.name}: SPARQL syntax error: {_first_line(exc)}") from None
            except (OSError, ValueError, RuntimeError) as exc:
                raise QueryError(f"query {info.name} failed: {_first_line(exc)}") from None

    for name, term in list(bindings.items()):
        spec = info.param(name)
        if spec is not None and "iri" in spec.kinds and isinstance(term, ox.Literal):
            iris = [row["iri"].value for row in execute(RESOLVE_LABEL, {"label": term}, "SELECT").rows if "iri" in row]
            if not iris:   # nothing has that name: the answer is empty, not an error
                return QueryResult.select(list(info.returns) or [], [])
            if len(iris) > 1:
                shown = ", ".join(shorten_iri(i) for i in iris[:5])
                raise QueryError(f"{name}={term.value!r} names {len(iris)} things ({shown}); give one IRI instead")
            bindings[name] = ox.NamedNode(iris[0])
    return execute(info.text, bindings, form)


# A label, alternative label, số hiệu or class name -> the IRI it names (case-insensitive). Parameters that
# take an IRI or a label are resolved with this first, so the catalogue queries only ever see IRIs: their
# triple patterns then start from a constant (fast), and no query filters on a literal parameter.
RESOLVE_LABEL = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?label ?iri WHERE {
  { ?iri skos:prefLabel|skos:altLabel|rdfs:label|dcterms:identifier ?text . }
  UNION { ?iri a owl:Class . BIND(STRAFTER(STR(?iri), "#") AS ?text) }
  FILTER(isIRI(?iri))
  # LCASE(?label), never STR(?label): Virtuoso 7 garbles STR() of non-ASCII literals from the query text
  FILTER(LCASE(STR(?text)) = LCASE(?label))
}
ORDER BY ?iri
LIMIT 20
"""


def _query_embedded(store: GraphStore, text: str, bindings: dict):
    """Bind by pyoxigraph substitution; it only binds projected variables, so otherwise (ASK, CONSTRUCT,
    a parameter not in the SELECT list) bind with the same VALUES block a remote endpoint gets."""
    try:
        return store.query(text, bindings)
    except (ValueError, RuntimeError, OSError) as exc:
        if not bindings or "projection" not in str(exc):
            raise
    return store.query(bind_remote(text, bindings))


def result_from_oxigraph(results) -> QueryResult:
    """A QueryResult from pyoxigraph's QuerySolutions / QueryBoolean / QueryTriples."""
    if isinstance(results, ox.QueryBoolean):
        return QueryResult.ask(bool(results))
    if isinstance(results, ox.QueryTriples):
        return QueryResult.graph(tuple(RdfTerm.from_oxigraph(t) for t in (tr.subject, tr.predicate, tr.object))
                                 for tr in results)
    variables = [v.value for v in results.variables]
    rows = []
    for solution in results:
        row = {}
        for v in variables:
            term = solution[v]
            if term is not None:
                row[v] = RdfTerm.from_oxigraph(term)
        rows.append(row)
    return QueryResult.select(variables, rows)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
