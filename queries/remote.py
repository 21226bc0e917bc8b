"""Remote SPARQL servers: run queries with SPARQLWrapper and push named graphs (Graph Store Protocol or UPDATE).

Credentials, URLs without them and one-line failures: :mod:`policykg.queries.connection`; the writes:
:mod:`policykg.queries.writer`. A server that holds the merged view as the graph ``MERGED_GRAPH`` (``push`` and
``build --endpoint`` send it) is queried with that graph as the default graph, as the embedded store answers over
its own merged view; the document graphs stay in reach of ``GRAPH ?g``.

>>> safe_url("http://alice:secret@example.org:8890/sparql")
'http://example.org:8890/sparql'
"""

from __future__ import annotations

import ast
import json
import os
import tempfile
import time
import urllib.error
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as sx

from policykg.core.errors import EndpointError, QueryError
from policykg.core.iris import MERGED_GRAPH, ONTOLOGY_IRI
from policykg.queries.connection import (ENV_PASSWORD, ENV_SCHEME, ENV_USER, EndpointAuth, check_url,
                                         credentials_from_env, describe_failure, resolve_auth, safe_url)
from policykg.queries.data import open_data
from policykg.queries.params import bind_values, is_select_distinct, make_iri, names_dataset, query_form
from policykg.queries.results import QueryResult, RdfTerm, solution_rows
from policykg.queries.store import GraphStore
from policykg.queries.writer import ServerWriter

__all__ = ["AUTO", "ENV_PASSWORD", "ENV_SCHEME", "ENV_USER", "EndpointAuth", "PushSummary", "credentials_from_env",
           "forget_datasets", "holds_merged_graph", "push", "query_endpoint", "read_graphs", "safe_url"]


AUTO = "auto"        # query_endpoint's default graph: the merged view when the server holds it
DATASET_TTL = 60.0   # seconds a server's answer to holds_merged_graph is trusted
# Both halves in reach: a triple of the default graph (the merged view) and one in a named graph.
_MERGED_PROBE = "ASK { { SELECT * { ?s ?p ?o } LIMIT 1 } { SELECT ?g { GRAPH ?g { ?a ?b ?c } } LIMIT 1 } }"
_DATASETS: dict[tuple[str, str | None], tuple[float, bool]] = {}

_RDF_MEDIA_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/rdf+n3": ox.RdfFormat.TURTLE,
    "text/n3": ox.RdfFormat.TURTLE,
}


# -- queries ---------------------------------------------------------------------------------
def query_endpoint(endpoint: str, text: str, bindings: dict, *, form: str | None = None, auth=None,
                   timeout: float = 30, default_graph: str | None = AUTO, stream: bool = False) -> QueryResult:
    """Run query ``text`` on ``endpoint`` with SPARQLWrapper; ``bindings`` go in as a VALUES block.

    The text sent (``text`` with its VALUES block) must parse as one query (:func:`policykg.queries.params.query_form`,
    which also decides its form; ``form`` is ignored) and always goes as ``query=``, never as ``update=``.
    ``default_graph``: the graph sent as the protocol's ``default-graph-uri``; :data:`AUTO` (the default) sends
    the merged view ``MERGED_GRAPH`` when the server holds it (:func:`holds_merged_graph`) and the query names no
    dataset of its own (``FROM``); None sends none (the server's own default graph).
    Returns a QueryResult; with ``stream``, a SELECT's rows are parsed from the answer as they arrive (pyoxigraph's
    results parser reading the response; ``QueryResult.stream``). Raises QueryError (not one query; HTTP 400: the
    server rejected the query) or EndpointError (network, auth, server, an answer that is not SPARQL results).
    """
    check_url(endpoint)
    credentials = resolve_auth(auth)
    sent = bind_values(text, bindings)
    form = query_form(sent)   # the guard, on exactly what is sent
    if default_graph == AUTO:
        default_graph = MERGED_GRAPH if not names_dataset(sent) and holds_merged_graph(
            endpoint, auth=credentials, timeout=timeout) else None
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setMethod(POST)   # long queries and VALUES blocks do not fit every server's URL limit
    wrapper.setTimeout(max(1, int(round(timeout))))
    wrapper.setQuery(sent)
    wrapper.queryType = form   # SPARQLWrapper guesses the type with a pattern; the parser decided it: query=
    if default_graph:
        wrapper.addDefaultGraph(make_iri(default_graph).value)
    if credentials:
        wrapper.setHTTPAuth(DIGEST if credentials.scheme == "digest" else BASIC)
        wrapper.setCredentials(credentials.user, credentials.password)
    graph_form = form in ("CONSTRUCT", "DESCRIBE")
    wrapper.setReturnFormat(TURTLE if graph_form else JSON)
    try:
        response = wrapper.query().response
        if stream and form == "SELECT":
            return _streamed_select(response, endpoint, is_select_distinct(text))
        body = response.read()
        media_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    except sx.QueryBadFormed as exc:
        raise QueryError(f"{safe_url(endpoint)} rejected the query: {_sparqlwrapper_detail(exc)}") from None
    except sx.Unauthorized:
        raise EndpointError(describe_failure(urllib.error.HTTPError(endpoint, 401, "", None, None), endpoint, timeout)) from None
    except sx.EndPointNotFound:
        raise EndpointError(f"no SPARQL service at {safe_url(endpoint)} (HTTP 404)") from None
    except sx.EndPointInternalError as exc:
        raise EndpointError(f"{safe_url(endpoint)} failed with HTTP 500: {_sparqlwrapper_detail(exc)}") from None
    except sx.SPARQLWrapperException as exc:
        raise EndpointError(f"{safe_url(endpoint)} failed: {_sparqlwrapper_detail(exc)}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise EndpointError(describe_failure(exc, endpoint, timeout)) from None
    if graph_form:
        return _graph_result(body, media_type, endpoint)
    result = _json_result(body, endpoint)
    if result.form == "SELECT" and is_select_distinct(text):
        # Virtuoso 7 returns duplicate rows for SELECT DISTINCT when one literal sits in several graphs
        result.rows = _unique_rows(result)
    return result


def _streamed_select(response, endpoint: str, distinct: bool) -> QueryResult:
    """The rows of a SPARQL JSON answer, parsed as they arrive; the response is closed when they are read.

    ``distinct``: rows seen before are dropped (Virtuoso 7 repeats rows of SELECT DISTINCT; this set is the one
    thing that grows with the result)."""
    def failed() -> EndpointError:
        response.close()
        return EndpointError(f"{safe_url(endpoint)} did not return SPARQL JSON results")

    try:
        solutions = ox.parse_query_results(response, ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError, OSError):
        raise failed() from None
    if not isinstance(solutions, ox.QuerySolutions):   # a boolean answer to a SELECT
        raise failed()
    variables = [v.value for v in solutions.variables]

    def rows():
        seen: set = set()
        try:
            for row in solution_rows(variables, solutions):
                if distinct:
                    key = tuple(row.get(v) for v in variables)
                    if key in seen:
                        continue
                    seen.add(key)
                yield row
        except (SyntaxError, ValueError, OSError):
            raise failed() from None
        response.close()

    return QueryResult.stream(variables, rows())


def holds_merged_graph(endpoint: str, *, auth=None, timeout: float = 30) -> bool:
    """True when the server at ``endpoint`` holds the merged view as the graph ``MERGED_GRAPH`` (pushed by
    ``policykg push`` or ``build --endpoint``) and its named graphs stay in reach while that graph is the protocol's
    default graph (``GRAPH ?g`` patterns; Virtuoso keeps them, a strictly conforming server may not). Asked once per
    endpoint and user, again after :data:`DATASET_TTL` seconds or :func:`forget_datasets`. A server without it
    (data pushed by an older policykg) is queried over its own default graph, as before.
    """
    credentials = resolve_auth(auth)
    key = (endpoint, credentials.user if credentials else None)
    known = _DATASETS.get(key)
    if known is not None and time.monotonic() - known[0] < DATASET_TTL:
        return known[1]
    try:
        held = query_endpoint(endpoint, _MERGED_PROBE, {}, auth=credentials, timeout=timeout,
                              default_graph=MERGED_GRAPH).boolean is True
    except QueryError:   # the server does not take the probe: ask it as before
        held = False
    _DATASETS[key] = (time.monotonic(), held)
    return held


def forget_datasets(endpoint: str | None = None) -> None:
    """Forget what :func:`holds_merged_graph` learnt about ``endpoint`` (every endpoint when None): its data changed."""
    for key in [k for k in _DATASETS if endpoint is None or k[0] == endpoint]:
        del _DATASETS[key]


def _unique_rows(result: QueryResult) -> list[dict]:
    seen, rows = set(), []
    for key, row in zip(result.tuples(), result.rows):
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows


def _sparqlwrapper_detail(exc: BaseException) -> str:
    """The server's first line from a SPARQLWrapper exception (it embeds the body as a bytes repr)."""
    text = str(exc).split("Response:", 1)[-1].strip()
    if text[:2] in ("b'", 'b"'):
        try:
            text = ast.literal_eval(text).decode("utf-8", "replace")
        except (ValueError, SyntaxError):
            pass
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0][:240] if lines else type(exc).__name__


def _json_result(body: bytes, endpoint: str) -> QueryResult:
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise EndpointError(f"{safe_url(endpoint)} did not return SPARQL JSON results") from None
    return QueryResult.from_json(doc)


def _graph_result(body: bytes, media_type: str, endpoint: str) -> QueryResult:
    fmt = _RDF_MEDIA_TYPES.get(media_type, ox.RdfFormat.TURTLE)
    try:
        triples = [(RdfTerm.from_oxigraph(q.subject), RdfTerm.from_oxigraph(q.predicate), RdfTerm.from_oxigraph(q.object))
                   for q in ox.parse(body, format=fmt)]
    except SyntaxError as exc:
        raise EndpointError(f"{safe_url(endpoint)} returned unreadable RDF ({media_type}): {str(exc).splitlines()[0]}") from None
    return QueryResult.graph(triples)


# -- push ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PushSummary:
    """What ``push`` uploaded: graph IRIs, triples in total, and how ('gsp' or 'update')."""

    endpoint: str
    graphs: tuple[str, ...]
    triples: int
    method: str


def read_graphs(data: str | os.PathLike | GraphStore, *, include_ontology: bool = True) -> dict[str, list[ox.Triple]]:
    """The named graphs of DATA (opened by :func:`policykg.queries.data.open_data`): graph IRI -> sorted triples.

    With ``include_ontology`` the ontology graph comes along, so remote queries see what embedded ones see.
    Raises InputError for missing or invalid data.
    """
    store = open_data(data)
    graphs: dict[str, list[ox.Triple]] = {}
    for g in store.graphs():
        if g == ONTOLOGY_IRI and not include_ontology:
            continue
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(g)}, key=str)
        if triples:
            graphs[g] = triples
    return graphs


def push(
    data_path: str | os.PathLike | GraphStore,
    endpoint: str,
    *,
    graph_store: str | None = None,
    auth=None,
    timeout: float = 60,
    include_ontology: bool = True,
    include_merged: bool = True,
) -> PushSummary:
    """Upload each named graph of ``data_path`` to a SPARQL server, replacing the graph there.

    With ``graph_store`` (a SPARQL 1.1 Graph Store HTTP Protocol URL) each graph is sent with one
    ``PUT ?graph=IRI``; otherwise through SPARQL UPDATE at ``endpoint``: ``DROP SILENT GRAPH`` then
    ``INSERT DATA`` in chunks (:class:`policykg.queries.writer.ServerWriter`). With ``include_merged`` the merged
    view (the embedded store's default graph) goes too, as the graph ``MERGED_GRAPH``, in pieces: the catalogue
    queries name it as their default graph (:func:`query_endpoint`). ``auth``: EndpointAuth or (user,
    password[, scheme]); default from the environment. Returns a PushSummary. Raises InputError (data) or
    EndpointError.
    """
    writer = ServerWriter(endpoint, graph_store=graph_store, auth=auth, timeout=timeout)
    store = open_data(data_path)
    graphs = [g for g in store.graphs() if include_ontology or g != ONTOLOGY_IRI]
    total = 0
    for graph_iri in graphs:
        data = store.dump_graph(make_iri(graph_iri).value)
        writer.put(graph_iri, data)
        total += data.count(b"\n")
    if include_merged:
        with tempfile.TemporaryDirectory(prefix="policykg-push-") as scratch:
            merged = Path(scratch) / "merged.nt"
            store.dump_merged(merged)
            total += writer.put_file(MERGED_GRAPH, merged)
        graphs.append(MERGED_GRAPH)
    forget_datasets(endpoint)
    return PushSummary(safe_url(endpoint), tuple(graphs), total, writer.method)
