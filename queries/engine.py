"""Running queries: on DATA (embedded Oxigraph; see :mod:`policykg.queries.data`) or on a remote SPARQL endpoint,
with parameters bound as RDF terms and labels resolved to the IRIs they name.

>>> from pathlib import Path
>>> fixture = Path(__file__).parent.parent / "tests" / "data" / "queries" / "fixture.trig"
>>> result = run_query("tasks-without-lead", {}, data=fixture)
>>> [row["task"].short() for row in result.rows][:2]
['pkgid:ct09-nhandan-2023-12-09/task/1', 'pkgid:ct09-nhandan-2023-12-09/task/3']
"""

from __future__ import annotations

import io
import json
import os
from typing import TYPE_CHECKING, Callable, Iterator

import pyoxigraph as ox

from policykg.core.errors import QueryError
from policykg.queries.bulkplans import planned_answer
from policykg.queries.catalogue import QueryInfo, get_query, query_from_text
from policykg.queries.data import open_data
from policykg.queries.order import number_terms, sort_numbered, split_order_by
from policykg.queries.params import ONLY_QUERIES, bind_parameters, is_update, query_form
from policykg.queries.resolve import RESOLVE_LABEL, iris_named
from policykg.queries.results import (TABLE_CELL_MAX, QueryResult, RdfTerm, numbered_row_pieces, shorten_iri,
                                      solution_rows)
from policykg.queries.store import GraphStore
from policykg.queries.summary import summary_answer
from policykg.queries.tables import TABLE_FORMATS, Answer, answer_for

if TYPE_CHECKING:
    from policykg.queries.remote import EndpointAuth

__all__ = ["run_query", "resolve_query", "result_from_oxigraph", "stream_query", "write_result"]

# Runs one query text with its bindings and form ('SELECT', 'ASK', ...) on the engine at hand.
Execute = Callable[[str, dict, str], QueryResult]


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


def run_query(
    query: str | QueryInfo,
    params: dict[str, str] | None = None,
    *,
    data: str | os.PathLike | GraphStore | None = None,
    endpoint: str | None = None,
    auth: EndpointAuth | tuple | None = None,
    timeout: float = 30,
    stream: bool = False,
) -> QueryResult:
    """Run ``query`` (a catalogue name, SPARQL text or a QueryInfo) with ``params`` bound, on ``data`` or ``endpoint``.

    ``params`` maps parameter names to values (IRIs or text; see :mod:`policykg.queries.params`). Exactly one of
    ``data`` (DATA for :func:`policykg.queries.data.open_data`, or a GraphStore) and ``endpoint`` (a SPARQL endpoint
    URL; ``auth`` an :class:`policykg.queries.remote.EndpointAuth`, default from the environment) must be given.
    A text value for a parameter that takes an IRI is first resolved, case-insensitively, to the one IRI whose
    label, số hiệu or class name it is (:mod:`policykg.queries.resolve`; no match: an empty result; several:
    QueryError). Returns a QueryResult. Raises QueryError (unknown query, bad or missing parameter, syntax error,
    an update or anything else that is not one query), InputError (data) or EndpointError (remote failures,
    ``timeout`` seconds). Only a text that parses as one query is sent to an endpoint
    (:func:`policykg.queries.params.query_form`). With ``stream``, the rows of a SELECT come from the store, or from
    the endpoint's answer, as they are read (``QueryResult.stream``: one pass, memory flat in the row count), to be
    written with ``QueryResult.chunks``.
    """
    if (data is None) == (endpoint is None):
        raise QueryError("give exactly one of --data PATH or --endpoint URL")
    info = resolve_query(query)
    bindings = bind_parameters(info, params)
    answer = _answer(info, data, bindings) if endpoint is None else None
    if answer is not None:
        return _kept_result(answer, info, stream)
    if endpoint is not None:
        form = query_form(info.text)   # the guard: what is not one query stops here
        store = None
        execute = _remote(endpoint, auth, timeout, stream)
    else:
        # the embedded store parses the query itself and runs nothing but queries; a catalogue query is a SELECT
        form = "SELECT" if info.in_catalogue else ""
        store = open_data(data)
        execute = _embedded(store, info.name, sort_here=info.in_catalogue, stream=stream)

    def select(label: ox.Literal) -> list[str]:
        return [row["iri"].value for row in execute(RESOLVE_LABEL, {"label": label}, "SELECT").rows if "iri" in row]

    for name, term in list(bindings.items()):
        spec = info.param(name)
        if spec is not None and "iri" in spec.kinds and isinstance(term, ox.Literal):
            iris = iris_named(term.value, select)
            if not iris:   # nothing has that name: the answer is empty, not an error
                return QueryResult.select(list(info.returns) or [], [])
            if len(iris) > 1:
                shown = ", ".join(shorten_iri(i) for i in iris[:5])
                raise QueryError(f"{name}={term.value!r} names {len(iris)} things ({shown}); give one IRI instead")
            bindings[name] = ox.NamedNode(iris[0])
    if info.computed == "paths":
        from policykg.queries.paths import shortest_paths   # networkx loads only for the queries that use it

        return shortest_paths(info.text, bindings, execute, list(info.returns))
    kept = summary_answer(store, info, bindings) if store is not None else None   # kept by the build (summary.py)
    return kept if kept is not None else execute(info.text_for(bindings), bindings, form)


_OXIGRAPH_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                     "tsv": ox.QueryResultsFormat.TSV}


def stream_query(query: str | QueryInfo, params: dict[str, str] | None, out, fmt: str = "csv", *,
                 data: str | os.PathLike | GraphStore | None = None, endpoint: str | None = None,
                 auth: EndpointAuth | tuple | None = None, timeout: float = 30,
                 max_width: int | None = TABLE_CELL_MAX) -> None:
    """Run ``query`` as :func:`run_query` does and write its result in ``fmt`` to the binary stream ``out``.

    A query of one's own (not from the catalogue) on DATA, as JSON, CSV or TSV, is streamed by Oxigraph's own
    serialiser: no row becomes a Python object, and memory stays flat whatever the number of rows. Everything else
    is written row by row from the result (:meth:`QueryResult.write`) -- the same bytes either way.

    >>> import io, pathlib
    >>> out = io.BytesIO()
    >>> fixture = pathlib.Path(__file__).parent.parent / "tests" / "data" / "queries" / "fixture.trig"
    >>> stream_query("SELECT (COUNT(*) AS ?n) WHERE { ?t a pkg:Task }", {}, out, "csv", data=fixture)
    >>> out.getvalue()
    b'n\\r\\n7\\r\\n'
    """
    info = resolve_query(query)
    bindings = bind_parameters(info, params)
    answer = _answer(info, data, bindings) if endpoint is None else None
    if answer is not None and fmt in TABLE_FORMATS:
        if not answer.copy_to(fmt, out):   # the first time on this generation: answered live, and kept
            with answer.keeping(fmt, out) as tee:
                store = answer.open_store()
                if not _write_sorted(store, info, bindings, tee, fmt):
                    write_result(run_query(info, params, data=store, stream=True), tee, fmt, max_width)
        return
    if data is not None and endpoint is None:
        data = open_data(data)   # once, for whichever way below answers
        kept = summary_answer(data, info, bindings)   # kept by the build in the store (summary.py)
        if kept is not None:
            write_result(kept, out, fmt, max_width)
            return
        if _write_sorted(data, info, bindings, out, fmt):
            return
    if data is not None and endpoint is None and not info.in_catalogue and fmt in _OXIGRAPH_FORMATS:
        try:
            results = data.query(info.text, bindings)
        except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
            raise _embedded_error(exc, info.text, info.name) from None
        if isinstance(results, ox.QuerySolutions):
            results.serialize(out, _OXIGRAPH_FORMATS[fmt])
            return
        result = result_from_oxigraph(results)
    else:
        result = run_query(info, params, data=data, endpoint=endpoint, auth=auth, timeout=timeout, stream=True)
    write_result(result, out, fmt, max_width)


def _write_sorted(store: GraphStore, info: QueryInfo, bindings: dict, out, fmt: str) -> bool:
    """Write the answer of the catalogue query ``info`` without parameters on ``store`` in ``fmt`` (CSV, TSV, JSON) to
    ``out`` from its sorted terms (:func:`_sorted_terms`, :func:`policykg.queries.results.numbered_row_pieces`): no
    result row is made, each distinct term is written once. False (nothing written) when that does not apply."""
    if not info.in_catalogue or info.computed or bindings or fmt not in _OXIGRAPH_FORMATS:
        return False
    text = info.text_for(bindings)
    try:
        sorted_here = planned_answer(store, info.name, text) or _sorted_terms(store, text, bindings)
    except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
        raise _embedded_error(exc, info.text, info.name) from None
    if sorted_here is None:
        return False
    variables, terms, rows = sorted_here
    for piece in numbered_row_pieces(variables, terms, _drained(rows), fmt):
        out.write(piece.encode("utf-8"))
    return True


def write_result(result: QueryResult, out, fmt: str, max_width: int | None) -> None:
    """Write ``result`` in ``fmt`` to the binary stream ``out`` (UTF-8, line ends as the format has them)."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    result.write(text, fmt, max_width=max_width)
    text.flush()
    text.detach()


def _answer(info: QueryInfo, data, bindings: dict) -> Answer | None:
    """Where the answer of ``info`` on ``data`` is kept (:mod:`policykg.queries.tables`), or None."""
    return answer_for(data, info.name, info.text, info.in_catalogue and not info.computed, bindings)


def _kept_result(answer: Answer, info: QueryInfo, stream: bool) -> QueryResult:
    """The result kept as SPARQL JSON for ``answer``; the first time, the live result, kept when it is whole."""
    kept = answer.open("json")
    if kept is not None:
        with kept:
            return QueryResult.from_json(json.load(kept))
    result = run_query(info, {}, data=answer.open_store(), stream=stream)
    if isinstance(result.rows, list):
        with answer.keeping("json", io.BytesIO()) as tee:
            write_result(result, tee, "json", None)
    return result


def _remote(endpoint: str, auth, timeout: float, stream: bool = False) -> Execute:
    # loaded on use: SPARQLWrapper and the HTTP stack are a third of a local query's start-up
    from policykg.queries.remote import query_endpoint

    def execute(text: str, terms: dict, text_form: str) -> QueryResult:
        return query_endpoint(endpoint, text, terms, form=text_form, auth=auth, timeout=timeout, stream=stream)
    return execute


def _embedded(store: GraphStore, name: str, sort_here: bool, stream: bool = False) -> Execute:
    def execute(text: str, terms: dict, text_form: str) -> QueryResult:
        try:
            return _query_embedded(store, text, terms, text_form, sort_here, stream, name)
        except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
            raise _embedded_error(exc, text, name) from None
    return execute


def _embedded_error(exc: BaseException, text: str, name: str) -> QueryError:
    """The one-line error for what the embedded store raised running ``text``."""
    if isinstance(exc, SyntaxError):
        if is_update(text):
            return QueryError(ONLY_QUERIES)
        return QueryError(f"query {name}: SPARQL syntax error: {_first_line(exc)}")
    return QueryError(f"query {name} failed: {_first_line(exc)}")


def _query_embedded(store: GraphStore, text: str, bindings: dict, form: str, sort_here: bool,
                    stream: bool = False, name: str = "") -> QueryResult:
    """The query on the store, its parameters bound by the VALUES block a remote endpoint gets too.

    With ``sort_here`` (catalogue queries) the whole relation of a query with a bulk plan is answered by it
    (:mod:`policykg.queries.bulkplans`: the same rows); else a SELECT that ends with ``ORDER BY`` variables (and a
    LIMIT) runs without them and is sorted in Python (:mod:`policykg.queries.order`: Oxigraph's on-disk sort decodes strings at
    every comparison), unless its columns hold terms only Oxigraph knows how to order. Otherwise, with ``stream``,
    a SELECT's rows are converted as they are written (``QueryResult.stream``; a store failure on the way is a
    QueryError naming query ``name``).
    """
    sorted_here = None
    if sort_here and form == "SELECT":
        planned = planned_answer(store, name, text) if not bindings else None
        sorted_here = planned or _sorted_terms(store, text, bindings)
    if sorted_here is not None:
        return QueryResult.select(sorted_here[0], _result_rows(*sorted_here))
    results = store.query(text, bindings)
    if stream and isinstance(results, ox.QuerySolutions):
        variables = [v.value for v in results.variables]
        return QueryResult.stream(variables, _guarded(solution_rows(variables, results), name))
    return result_from_oxigraph(results)


def _sorted_terms(store: GraphStore, text: str, bindings: dict
                  ) -> tuple[list[str], list, list[tuple[int, ...]]] | None:
    """The variables, distinct terms and sorted rows (numbers into the terms: :func:`policykg.queries.order.number_terms`)
    of the SELECT ``text`` run without its final ORDER BY (and LIMIT) and sorted here (:mod:`policykg.queries.order`);
    None when it does not end so or its columns need Oxigraph's order."""
    order = split_order_by(text)
    if order is None:
        return None
    results = store.query(order.text, bindings)
    variables = [v.value for v in results.variables]
    if not all(v in variables for v, _ in order.keys):
        return None
    terms, rows = number_terms(results)
    del results
    rows = sort_numbered(terms, rows, [(variables.index(v), descending) for v, descending in order.keys])
    if rows is None:
        return None
    return variables, terms, rows[:order.limit] if order.limit is not None else rows


def _result_rows(variables: list[str], terms: list, rows: list[tuple[int, ...]]) -> Iterator[dict[str, RdfTerm]]:
    """Result rows of numbered ``rows``, each distinct term converted once (and its pyoxigraph term let go of)."""
    converted = [None] * len(terms)
    for number in range(1, len(terms)):
        converted[number], terms[number] = RdfTerm.from_oxigraph(terms[number]), None
    for row in _drained(rows):
        yield {v: converted[i] for v, i in zip(variables, row) if i}


def _drained(rows: list) -> Iterator:
    """The items of ``rows``, each let go of as it is given: a sorted answer is not held twice, as terms of the store
    and as converted rows."""
    for index in range(len(rows)):
        row, rows[index] = rows[index], None
        yield row


def result_from_oxigraph(results) -> QueryResult:
    """A QueryResult from pyoxigraph's QuerySolutions / QueryBoolean / QueryTriples."""
    if isinstance(results, ox.QueryBoolean):
        return QueryResult.ask(bool(results))
    if isinstance(results, ox.QueryTriples):
        return QueryResult.graph(tuple(RdfTerm.from_oxigraph(t) for t in (tr.subject, tr.predicate, tr.object))
                                 for tr in results)
    variables = [v.value for v in results.variables]
    return QueryResult.select(variables, solution_rows(variables, results))


def _guarded(rows: Iterator[dict[str, RdfTerm]], name: str) -> Iterator[dict[str, RdfTerm]]:
    """Rows read while they are written: a failure of the store on the way is a QueryError, not a traceback."""
    try:
        yield from rows
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query {name} failed: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
