"""Remote SPARQL servers: run queries with SPARQLWrapper and push named graphs (Graph Store Protocol or UPDATE).

Credentials never travel on the command line: :func:`credentials_from_env` reads
``POLICYKG_ENDPOINT_USER`` / ``POLICYKG_ENDPOINT_PASSWORD`` (and ``POLICYKG_ENDPOINT_AUTH`` =
``basic`` (default) or ``digest``). No message ever contains the password, and user info in
URLs is stripped before a URL is shown. Every network failure -- unreachable host, timeout,
refused credentials, server error -- becomes one :class:`EndpointError` line.

>>> safe_url("http://alice:secret@example.org:8890/sparql")
'http://example.org:8890/sparql'
"""

from __future__ import annotations

import ast
import base64
import json
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as sx

from policykg.core.errors import EndpointError, QueryError
from policykg.core.iris import ONTOLOGY_IRI
from policykg.queries.data import open_data
from policykg.queries.params import bind_values, is_select_distinct, make_iri, query_form
from policykg.queries.results import QueryResult, RdfTerm
from policykg.queries.store import GraphStore

__all__ = ["EndpointAuth", "PushSummary", "credentials_from_env", "push", "query_endpoint", "read_graphs", "safe_url"]

ENV_USER = "POLICYKG_ENDPOINT_USER"
ENV_PASSWORD = "POLICYKG_ENDPOINT_PASSWORD"
ENV_SCHEME = "POLICYKG_ENDPOINT_AUTH"
AUTH_SCHEMES = ("basic", "digest")
UPDATE_CHUNK_TRIPLES = 500   # Virtuoso compiles INSERT DATA into SQL; big chunks hit its statement limits

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


@dataclass(frozen=True)
class EndpointAuth:
    """Credentials for an endpoint; ``scheme`` is 'basic' or 'digest'. The password is never shown (repr hides it)."""

    user: str
    password: str
    scheme: str = "basic"

    def __post_init__(self):
        if self.scheme not in AUTH_SCHEMES:
            raise EndpointError(f"unknown authentication scheme {self.scheme!r}: use basic or digest")

    def __repr__(self) -> str:
        return f"EndpointAuth(user={self.user!r}, password='***', scheme={self.scheme!r})"


def credentials_from_env(scheme: str | None = None, environ=None) -> EndpointAuth | None:
    """Credentials from POLICYKG_ENDPOINT_USER / _PASSWORD (None when the user is unset).

    ``scheme`` overrides POLICYKG_ENDPOINT_AUTH. EndpointError if only one of user and password is set.

    >>> credentials_from_env(environ={"POLICYKG_ENDPOINT_USER": "dba", "POLICYKG_ENDPOINT_PASSWORD": "pw"})
    EndpointAuth(user='dba', password='***', scheme='basic')
    >>> credentials_from_env(environ={}) is None
    True
    """
    env = os.environ if environ is None else environ
    user, password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if not user and not password:
        return None
    if not user or password is None:
        raise EndpointError(f"set both {ENV_USER} and {ENV_PASSWORD} (or neither)")
    return EndpointAuth(user, password, (scheme or env.get(ENV_SCHEME) or "basic").lower())


def safe_url(url: str) -> str:
    """``url`` without user info (``user:password@``), for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _check_url(url: str, what: str = "endpoint") -> str:
    parts = urllib.parse.urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{what} must be an http:// or https:// URL, got {safe_url(url or '')!r}")
    return url


def _resolve_auth(auth) -> EndpointAuth | None:
    if auth is None:
        return credentials_from_env()
    if isinstance(auth, EndpointAuth):
        return auth
    if isinstance(auth, tuple) and len(auth) in (2, 3):
        return EndpointAuth(*auth)
    raise EndpointError("auth must be an EndpointAuth or a (user, password[, scheme]) tuple")


def _describe_failure(exc: BaseException, url: str, timeout: float) -> str:
    """One line for a network failure (never containing credentials)."""
    where = safe_url(url)
    if isinstance(exc, urllib.error.HTTPError):
        code = exc.code
        if 300 <= code < 400:
            return (f"{where} answered with a redirect (HTTP {code}) to {safe_url(exc.headers.get('Location') or '?')}"
                    f": give the SPARQL service's own URL")
        if code in (401, 403):
            return (f"{where} refused the credentials (HTTP {code}); set {ENV_USER} and {ENV_PASSWORD} "
                    f"({ENV_SCHEME}=basic|digest)")
        if code == 404:
            return f"no SPARQL service at {where} (HTTP 404)"
        body = _first_body_line(exc)
        return f"{where} failed with HTTP {code}{': ' + body if body else ''}"
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (socket.timeout, TimeoutError)) or isinstance(exc, (socket.timeout, TimeoutError)):
        return f"{where} did not answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot reach {where}: connection refused"
    text = str(getattr(reason, "strerror", None) or reason).strip().splitlines()
    return f"cannot reach {where}: {text[0] if text else type(exc).__name__}"


def _first_body_line(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(2000).decode("utf-8", "replace")
    except Exception:   # the body is only a courtesy in the message
        return ""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return lines[0][:200] if lines else ""


# -- queries ---------------------------------------------------------------------------------
def query_endpoint(endpoint: str, text: str, bindings: dict, *, form: str | None = None, auth=None,
                   timeout: float = 30) -> QueryResult:
    """Run query ``text`` on ``endpoint`` with SPARQLWrapper; ``bindings`` go in as a VALUES block.

    The text sent (``text`` with its VALUES block) must parse as one query (:func:`policykg.queries.params.query_form`,
    which also decides its form; ``form`` is ignored) and always goes as ``query=``, never as ``update=``.
    Returns a QueryResult; raises QueryError (not one query; HTTP 400: the server rejected the query) or
    EndpointError (network, auth, server).
    """
    _check_url(endpoint)
    credentials = _resolve_auth(auth)
    sent = bind_values(text, bindings)
    form = query_form(sent)   # the guard, on exactly what is sent
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setMethod(POST)   # long queries and VALUES blocks do not fit every server's URL limit
    wrapper.setTimeout(max(1, int(round(timeout))))
    wrapper.setQuery(sent)
    wrapper.queryType = form   # SPARQLWrapper guesses the type with a pattern; the parser decided it: query=
    if credentials:
        wrapper.setHTTPAuth(DIGEST if credentials.scheme == "digest" else BASIC)
        wrapper.setCredentials(credentials.user, credentials.password)
    graph_form = form in ("CONSTRUCT", "DESCRIBE")
    wrapper.setReturnFormat(TURTLE if graph_form else JSON)
    try:
        response = wrapper.query().response
        body = response.read()
        media_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    except sx.QueryBadFormed as exc:
        raise QueryError(f"{safe_url(endpoint)} rejected the query: {_sparqlwrapper_detail(exc)}") from None
    except sx.Unauthorized:
        raise EndpointError(_describe_failure(urllib.error.HTTPError(endpoint, 401, "", None, None), endpoint, timeout)) from None
    except sx.EndPointNotFound:
        raise EndpointError(f"no SPARQL service at {safe_url(endpoint)} (HTTP 404)") from None
    except sx.EndPointInternalError as exc:
        raise EndpointError(f"{safe_url(endpoint)} failed with HTTP 500: {_sparqlwrapper_detail(exc)}") from None
    except sx.SPARQLWrapperException as exc:
        raise EndpointError(f"{safe_url(endpoint)} failed: {_sparqlwrapper_detail(exc)}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise EndpointError(_describe_failure(exc, endpoint, timeout)) from None
    if graph_form:
        return _graph_result(body, media_type, endpoint)
    result = _json_result(body, endpoint)
    if result.form == "SELECT" and is_select_distinct(text):
        # Virtuoso 7 returns duplicate rows for SELECT DISTINCT when one literal sits in several graphs
        result.rows = _unique_rows(result)
    return result


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
    if "boolean" in doc:
        return QueryResult.ask(bool(doc["boolean"]))
    variables = list(doc.get("head", {}).get("vars", []))
    rows = [{v: RdfTerm.from_json(t) for v, t in binding.items() if v in variables}
            for binding in doc.get("results", {}).get("bindings", [])]
    return QueryResult.select(variables, rows)


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


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer of its own (a login page, another site): it is reported, never followed."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _opener(credentials: EndpointAuth | None, url: str) -> urllib.request.OpenerDirector:
    handlers: list = [_NoRedirect()]
    if credentials and credentials.scheme == "digest":
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, credentials.user, credentials.password)
        handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
    return urllib.request.build_opener(*handlers)


def _send(opener, request: urllib.request.Request, credentials: EndpointAuth | None, timeout: float) -> None:
    if credentials and credentials.scheme == "basic":
        token = base64.b64encode(f"{credentials.user}:{credentials.password}".encode("utf-8")).decode("ascii")
        request.add_header("Authorization", "Basic " + token)
    try:
        with opener.open(request, timeout=timeout) as response:
            status = response.status
            media_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            body = response.read(1 << 20)
    except (urllib.error.URLError, OSError) as exc:
        raise EndpointError(_describe_failure(exc, request.full_url, timeout)) from None
    _check_answer(request.full_url, status, media_type, body)


_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def _check_answer(url: str, status: int, media_type: str, body: bytes) -> None:
    """A write is done only when the server says so as the protocols do: a 2xx status whose body, if any, is not an
    HTML page (a web application, a login form or a proxy answering in the endpoint's place). EndpointError if not.

    >>> _check_answer("http://h/sparql", 200, "text/html", b"")   # Virtuoso's answer to a Graph Store PUT
    >>> _check_answer("http://h/sparql", 200, "text/html", b"<!DOCTYPE html><title>Sign in</title>...")
    Traceback (most recent call last):
    ...
    policykg.core.errors.EndpointError: http://h/sparql answered HTTP 200 with an HTML page ("Sign in"), not as a SPARQL server does: check the URL (the upload is not done)
    """
    where = safe_url(url.split("?", 1)[0])
    if not 200 <= status < 300:
        raise EndpointError(f"{where} answered HTTP {status}, not success: check the URL (the upload is not done)")
    if body.strip() and (media_type in ("text/html", "application/xhtml+xml") or _HTML_START.match(body)):
        title = re.search(rb"<title[^>]*>(.*?)</title>", body, re.I | re.S)
        shown = " ".join(title.group(1).decode("utf-8", "replace").split())[:80] if title else ""
        named = f' ("{shown}")' if shown else ""
        raise EndpointError(f"{where} answered HTTP {status} with an HTML page{named}, not as a SPARQL server does: "
                            f"check the URL (the upload is not done)")


def _has_blank_node(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def push(
    data_path: str | os.PathLike | GraphStore,
    endpoint: str,
    *,
    graph_store: str | None = None,
    auth=None,
    timeout: float = 60,
    include_ontology: bool = True,
) -> PushSummary:
    """Upload each named graph of ``data_path`` to a SPARQL server, replacing the graph there.

    With ``graph_store`` (a SPARQL 1.1 Graph Store HTTP Protocol URL) each graph is sent with one
    ``PUT ?graph=IRI``; otherwise through SPARQL UPDATE at ``endpoint``: ``DROP SILENT GRAPH`` then
    ``INSERT DATA`` in chunks of UPDATE_CHUNK_TRIPLES. ``auth``: EndpointAuth or (user, password[, scheme]);
    default from the environment. Returns a PushSummary. Raises InputError (data) or EndpointError.
    """
    target = _check_url(graph_store, "--graph-store") if graph_store else _check_url(endpoint)
    credentials = _resolve_auth(auth)
    graphs = read_graphs(data_path, include_ontology=include_ontology)
    opener = _opener(credentials, target)
    total = 0
    for graph_iri, triples in sorted(graphs.items()):
        make_iri(graph_iri)
        total += len(triples)
        if graph_store:
            separator = "&" if urllib.parse.urlsplit(graph_store).query else "?"
            url = graph_store + separator + urllib.parse.urlencode({"graph": graph_iri})
            request = urllib.request.Request(url, data=_ntriples(triples), method="PUT",
                                             headers={"Content-Type": "text/turtle; charset=utf-8"})
            _send(opener, request, credentials, timeout)
        else:
            statements = [f"DROP SILENT GRAPH <{graph_iri}>"]
            ground = [t for t in triples if not _has_blank_node(t)]
            for i in range(0, len(ground), UPDATE_CHUNK_TRIPLES):
                body = _ntriples(ground[i:i + UPDATE_CHUNK_TRIPLES]).decode("utf-8")
                statements.append(f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}}} }}")
            blank = [t for t in triples if _has_blank_node(t)]
            if blank:   # one template keeps each blank node one node (some servers refuse blank nodes in INSERT DATA)
                body = _ntriples(blank).decode("utf-8")
                statements.append(f"INSERT {{ GRAPH <{graph_iri}> {{\n{body}}} }} WHERE {{}}")
            for statement in statements:
                request = urllib.request.Request(
                    endpoint, data=urllib.parse.urlencode({"update": statement}).encode("ascii"), method="POST",
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
                _send(opener, request, credentials, timeout)
    return PushSummary(safe_url(endpoint), tuple(sorted(graphs)), total, "gsp" if graph_store else "update")


