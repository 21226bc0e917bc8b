"""The per-actor summary: each actor's answer to the selective catalogue queries, kept in the store beside the data.

For a hub actor (named in hundreds of documents) ``coordination`` and ``responsibilities`` filtered by the actor
return one to four thousand rows, and on the on-disk store each row costs 40-100 us of Oxigraph's evaluation
(every term of every row decoded from RocksDB, a seek per OPTIONAL look-up). So a build answers both queries once,
unfiltered, splits the rows by actor, and writes each actor's rows (compact JSON: each distinct term once, a row
a list of term numbers) into one literal of the store's summary graph (``SUMMARY_GRAPH``, :func:`summary_quads`,
written by :func:`policykg.queries.summarise.write_summary`)::

    <actor> <https://w3id.org/policykg/store/summary/coordination-DIGEST> '{"vars":[...],"terms":[...],"rows":[...]}'

``DIGEST`` hashes the query's text with the actor filter switched on, so a changed catalogue file never reads a
summary of its old text. A mark ``<SUMMARY_GRAPH> <.../coordination-DIGEST> "complete"`` says every actor's rows
were written: an actor without a literal then has no rows. The ``actor`` query (everything about one actor) is kept
for the hubs only (``HUB_QUERIES``: the actors with the most responsibilities rows, each answered live with the
actor bound, so the kept rows are its answer by construction), without a mark: any other actor is answered live.
The embedded store answers such a query from the
literal (:func:`summary_answer`): one look-up and a JSON parse, 5-6x less CPU for the hub. The rows are the live
answer's, in its order: the unfiltered answer is sorted by every column, and an actor's answer is exactly its rows
of the whole answer (``tests/test_query_summary.py`` compares every actor, live against kept, through new,
incremental and pruned builds). Any write to the store drops the summary graph with the merged view's mark
(:class:`policykg.queries.store.GraphStore`), so a summary is never older than the data; without one (a store
written since, a remote endpoint, ``load``) the query runs live as before.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

import pyoxigraph as ox

from policykg.core.iris import BASE
from policykg.queries.catalogue import QueryInfo, get_query
from policykg.queries.order import split_order_by
from policykg.queries.results import QueryResult, RdfTerm
from policykg.queries.store import SUMMARY_GRAPH, GraphStore

__all__ = ["BUSIEST", "HUB_QUERIES", "SUMMARISED", "actor_quad", "busiest_answer", "counts_predicate", "grouped_quads", "packed_field_rows", "packed_rows", "summary_answer",
           "summary_predicate",
           "summary_quads"]

# query name -> the result columns whose actor a row belongs to (the actor filter's own test)
SUMMARISED = {"coordination": ("actorA", "actorB"), "responsibilities": ("actor",)}
# queries kept for the hubs only, each answered with the hub bound (not a split of one whole answer; no mark of
# completeness: another actor's is answered live)
HUB_QUERIES = ("actor",)
# busiest-actors is kept as each actor's counts of its rows of COUNTED (busiest_answer)
BUSIEST, COUNTED = "busiest-actors", "responsibilities"
_LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?actor (MIN(?name) AS ?label) WHERE {
  OPTIONAL { ?actor skos:prefLabel ?name . FILTER(langMatches(lang(?name), "vi")) }
} GROUP BY ?actor"""
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_COMPLETE = ox.Literal("complete")
_LAYOUT = "2"   # part of the digest: a new layout of the literal never reads an old one


def summary_predicate(info: QueryInfo) -> ox.NamedNode:
    """The predicate of ``info``'s per-actor answers: the query's name and a digest of its actor-filtered text.

    >>> from policykg.queries.catalogue import get_query
    >>> summary_predicate(get_query("coordination")).value.startswith("https://w3id.org/policykg/store/summary/coordination-")
    True
    """
    import hashlib

    digest = hashlib.sha256(f"{_LAYOUT}\n{info.text_for({'actor'})}".encode("utf-8")).hexdigest()[:16]
    return ox.NamedNode(f"{BASE}store/summary/{info.name}-{digest}")


def summary_quads(info: QueryInfo, whole: QueryResult) -> Iterator[ox.Quad]:
    """The summary graph's quads for ``info`` from its unfiltered answer ``whole``: one literal per actor holding that
    actor's rows (in ``whole``'s order) in the compact layout of :func:`packed_rows`, and the mark that every actor's
    rows are there."""
    by_actor: dict[str, list[dict]] = {}
    for row in whole.rows:
        for actor in {row[c].value for c in SUMMARISED[info.name] if c in row and row[c].kind == "uri"}:
            by_actor.setdefault(actor, []).append(row)
    yield from grouped_quads(info, whole.variables, ((actor, by_actor[actor]) for actor in sorted(by_actor)))


def grouped_quads(info: QueryInfo, variables: list[str], groups: Iterable[tuple[str, list[dict[str, RdfTerm]]]],
                  fields: bool = False) -> Iterator[ox.Quad]:
    """The summary graph's quads for ``info`` from ``groups``: (actor, that actor's rows of the unfiltered answer in
    its order) for every actor, each once; then the mark that every actor's rows are there. ``fields``: each row is
    a tuple of ``(kind, value, lang, datatype)`` tuples in ``variables`` order (None: unbound), as the build's
    reduce sorts them (:mod:`policykg.queries.spillsort`), instead of a dict of RdfTerm: the same quads, without an
    RdfTerm made per cell."""
    predicate = summary_predicate(info)   # one digest of the query text for all the actors
    counted = counts_predicate() if info.name == COUNTED else None
    for actor, rows in groups:
        if fields:
            yield ox.Quad(ox.NamedNode(actor), predicate, ox.Literal(packed_field_rows(variables, rows)), SUMMARY_GRAPH)
        else:
            yield _kept_quad(actor, predicate, variables, rows)
        if counted is not None:
            yield _counts_quad(actor, counted, rows) if not fields else _field_counts_quad(actor, counted, variables, rows)
    yield ox.Quad(SUMMARY_GRAPH, predicate, _COMPLETE, SUMMARY_GRAPH)
    if counted is not None:
        yield ox.Quad(SUMMARY_GRAPH, counted, _COMPLETE, SUMMARY_GRAPH)


def actor_quad(info: QueryInfo, actor: str, answer: QueryResult) -> ox.Quad:
    """The summary graph's quad that keeps ``answer``, the answer of ``info`` for ``actor``."""
    return _kept_quad(actor, summary_predicate(info), answer.variables, answer.rows)


def _kept_quad(actor: str, predicate: ox.NamedNode, variables: list[str], rows: list[dict[str, RdfTerm]]) -> ox.Quad:
    return ox.Quad(ox.NamedNode(actor), predicate, ox.Literal(packed_rows(variables, rows)), SUMMARY_GRAPH)


def summary_answer(store: GraphStore, info: QueryInfo, bindings: dict) -> QueryResult | None:
    """``info``'s answer for the one actor bound in ``bindings`` from the store's summary, or None (run it live):
    a query the summary does not hold, other parameters, or no complete summary of this query's text."""
    if info.name == BUSIEST and info.in_catalogue and not bindings:
        return busiest_answer(store, info)
    actor = bindings.get("actor")
    if info.name not in (*SUMMARISED, *HUB_QUERIES) or not info.in_catalogue or set(bindings) != {"actor"} \
            or not isinstance(actor, ox.NamedNode):
        return None
    predicate = summary_predicate(info)
    held = next(store.store.quads_for_pattern(actor, predicate, None, SUMMARY_GRAPH), None)
    if held is not None:
        return _unpacked(held.object.value)
    return QueryResult.select(list(info.returns), []) if store.holds_summary(predicate) else None


def counts_predicate(text: str | None = None) -> ox.NamedNode:
    """The predicate of each actor's counts for ``busiest-actors``: a digest of that query's text and of the text of
    the query whose rows are counted (``responsibilities`` filtered by the actor), so a change to either never reads
    counts made for the old texts. ``text``: the text asked (default: the catalogue's)."""
    import hashlib

    texts = f"{_LAYOUT}\n{get_query(BUSIEST).text if text is None else text}\n{get_query(COUNTED).text_for({'actor'})}"
    return ox.NamedNode(f"{BASE}store/summary/{BUSIEST}-{hashlib.sha256(texts.encode('utf-8')).hexdigest()[:16]}")


def _counts_quad(actor: str, predicate: ox.NamedNode, rows: list[dict[str, RdfTerm]]) -> ox.Quad:
    """``<actor> predicate "TASKS DOCUMENTS"``: the distinct tasks and the distinct (bound) documents of the actor's
    rows of ``responsibilities`` -- the roles ``busiest-actors`` counts (lead, cooperating, responsible, assigned:
    a task assigned besides another role is still one of its tasks), each task with its ``pkg:statedIn``."""
    tasks = {row["task"] for row in rows if "task" in row}
    documents = {row["document"] for row in rows if "document" in row}
    return ox.Quad(ox.NamedNode(actor), predicate, ox.Literal(f"{len(tasks)} {len(documents)}"), SUMMARY_GRAPH)


def _field_counts_quad(actor: str, predicate: ox.NamedNode, variables: list[str], rows: list[tuple]) -> ox.Quad:
    """:func:`_counts_quad` of rows of ``(kind, value, lang, datatype)`` tuples in ``variables`` order."""
    task, document = variables.index("task"), variables.index("document")
    tasks = {row[task] for row in rows if row[task] is not None}
    documents = {row[document] for row in rows if row[document] is not None}
    return ox.Quad(ox.NamedNode(actor), predicate, ox.Literal(f"{len(tasks)} {len(documents)}"), SUMMARY_GRAPH)


def busiest_answer(store: GraphStore, info: QueryInfo) -> QueryResult | None:
    """``busiest-actors`` from the store's counts (:func:`counts_predicate`), or None (run it live) when the summary
    holds none for the current data and texts: every actor's counts read (one small literal each), sorted as the
    query's ORDER BY (tasks, documents, both descending, then the actor's IRI: one row per actor, so the label
    never decides), cut at its LIMIT, and the labels of those actors looked up (the query's own pattern, ``MIN``)."""
    predicate = counts_predicate(info.text)
    if not store.holds_summary(predicate):
        return None
    counted = []
    for quad in store.store.quads_for_pattern(None, predicate, None, SUMMARY_GRAPH):
        if quad.subject != SUMMARY_GRAPH:
            tasks, documents = quad.object.value.split()
            counted.append((-int(tasks), -int(documents), quad.subject.value))
    order = split_order_by(info.text)
    top = sorted(counted)[:order.limit if order is not None else None]
    labels = {row["actor"].value: row["label"] for row in
              store.query(_LABELS, {"actor": [ox.NamedNode(a) for _, _, a in top]}) if row["label"] is not None} \
        if top else {}
    rows = []
    for tasks, documents, actor in top:
        row = {"actor": RdfTerm.iri(actor), "tasks": RdfTerm.literal(str(-tasks), datatype=_INTEGER),
               "documents": RdfTerm.literal(str(-documents), datatype=_INTEGER)}
        if actor in labels:
            row["label"] = RdfTerm.from_oxigraph(labels[actor])
        rows.append(row)
    return QueryResult.select(list(info.returns), rows)


def packed_rows(variables: list[str], rows: list[dict[str, RdfTerm]]) -> str:
    """Rows as compact JSON: ``{"vars": [...], "terms": [[kind, value, lang, datatype], ...], "rows": [[i, ...]]}``,
    each distinct term once, a row a list of term numbers (-1: unbound).

    >>> a, b = RdfTerm.iri("urn:a"), RdfTerm.literal("x", "vi")
    >>> text = packed_rows(["s", "o"], [{"s": a, "o": b}, {"s": a}])
    >>> text
    '{"vars":["s","o"],"terms":[["uri","urn:a",null,null],["literal","x","vi",null]],"rows":[[0,1],[0,-1]]}'
    >>> _unpacked(text).rows == [{"s": a, "o": b}, {"s": a}]
    True
    """
    numbers: dict[RdfTerm, int] = {}
    packed = [[numbers.setdefault(row[v], len(numbers)) if v in row else -1 for v in variables] for row in rows]
    return _packed(variables, numbers, packed)


def packed_field_rows(variables: list[str], rows: list[tuple]) -> str:
    """:func:`packed_rows` of rows given as tuples of ``(kind, value, lang, datatype)`` tuples (the fields of an
    RdfTerm) in ``variables`` order, None where unbound: the same text, each distinct term numbered as its tuple
    (two RdfTerm are equal when their fields are).

    >>> a, b = RdfTerm.iri("urn:a"), RdfTerm.literal("x", "vi")
    >>> packed_field_rows(["s", "o"], [(("uri", "urn:a", None, None), ("literal", "x", "vi", None)),
    ...                                (("uri", "urn:a", None, None), None)]) == packed_rows(["s", "o"], [{"s": a, "o": b}, {"s": a}])
    True
    """
    numbers: dict[tuple, int] = {}
    packed = [[-1 if t is None else numbers.setdefault(t, len(numbers)) for t in row] for row in rows]
    return _packed(variables, numbers, packed)


def _packed(variables: list[str], terms, packed: list[list[int]]) -> str:
    """The JSON text of ``packed`` rows over ``terms`` (RdfTerm, or the tuples of their fields), in their order."""
    terms = [list(t) if isinstance(t, tuple) else [t.kind, t.value, t.lang, t.datatype] for t in terms]
    return json.dumps({"vars": variables, "terms": terms, "rows": packed}, ensure_ascii=False, separators=(",", ":"))


def _unpacked(text: str) -> QueryResult:
    doc = json.loads(text)
    terms = [RdfTerm(*t) for t in doc["terms"]]
    variables = doc["vars"]
    return QueryResult.select(variables, [{v: terms[i] for v, i in zip(variables, row) if i >= 0}
                                          for row in doc["rows"]])
