"""Bulk plans: the whole answer of a named catalogue query assembled from a few cheaper queries of the merged view.

The catalogue's SPARQL text stays the definition of each query (it is what runs on Virtuoso and what ``--sparql``
shows). On the embedded store, the unfiltered form of the queries in :data:`PLANS` is answered by a plan here: a
few small SELECTs that Oxigraph evaluates with index look-ups and no aggregate (:class:`ViewReader`: the actors
of the duties, each duty's task, document and quotes once per duty, not once per pair of its actors), joined in
Python dictionaries and sorted with the engine's own sort (:func:`policykg.queries.order.sort_numbered`) on the
query's ORDER BY keys. Each plan transcribes its query's pattern (the comments quote it);
``tests/test_bulk_plans_round20.py`` compares every plan with the SPARQL answer, byte for byte, on the bundled
directive, a generated corpus and generated graphs with awkward text.

Only the queries a plan answers faster, paired with the SPARQL in one process, have one (``bench/bulk_plans.py``,
``bench/results-round20-bulk.txt``): on the on-disk store each term Oxigraph hands over is a read of its text from
RocksDB, and the other bulk queries (``tasks``, ``responsibilities``, ``objectives``, ``actors``, ``campaigns``)
read no fewer texts however they are split: their plans were written, proven identical and measured at 0.8-1.0x.

A plan gives up (None: the engine runs the SPARQL) whenever the answer could differ from the query's: the merged
view is stale, a term is not of the kind the query's comparisons assume (a literal or blank node as an actor), a
column's terms sort only in Oxigraph's order, or two different rows are equal on every ORDER BY key (their order
would be Oxigraph's evaluation order, which only the SPARQL run knows).

>>> sorted(PLANS)
['coordination', 'references', 'tasks-without-lead']
"""

from __future__ import annotations

from typing import Callable

import pyoxigraph as ox

from policykg.queries.bulkscan import NONE, ViewReader
from policykg.queries.catalogue import get_query
from policykg.queries.order import number_terms, sort_numbered, split_order_by
from policykg.queries.store import GraphStore

__all__ = ["PLANS", "planned_answer"]


class _GiveUp(Exception):
    """The plan met data on which its answer might differ from the SPARQL's: the engine runs the SPARQL."""


def _actor(term):
    """``term`` as an actor of the coordination pattern: an IRI (the queries compare actors
    with ``!=`` and ``STR``, whose answers on other terms are Oxigraph's to give)."""
    if not isinstance(term, ox.NamedNode):
        raise _GiveUp
    return term


# the columns of a task or duty the relations show, each OPTIONAL: its text, document and quotes (DISTINCT)
_TEXT = {"text": "?s pkg:text ?text"}
_STATED = {"document": "?s pkg:statedIn ?document", "quote": "?s pkg:hasEvidence ?e . ?e pkg:quote ?quote"}


def _product(head: tuple, columns) -> list[tuple]:
    """``head`` followed by each combination of one value of each column (the OPTIONALs' rows)."""
    rows = [head]
    for values in columns:
        rows = [row + (value,) for row in rows for value in values]
    return rows


def coordination(view: ViewReader) -> list[tuple]:
    """?actorA ?actorALabel ?actorB ?actorBLabel ?task ?document ?quote (DISTINCT)."""
    duty = "?s a pkg:CoordinationDuty ."
    leads, cooperating = view.objects("pkg:leadActor", duty), view.objects("pkg:cooperatingActor", duty)
    coordinate = set(view.pairs("pkg:coordinatesWith"))
    columns = view.attributes(duty, {"task": "?s pkg:onTask ?task", **_STATED})
    labels = view.least_labels("vi")
    rows: dict = {}
    for item, values in columns.items():
        partners = [_actor(b) for b in cooperating.get(item, ())]
        if item in leads:   # ?duty pkg:leadActor ?actorA ; pkg:cooperatingActor ?actorB .
            pairs = [(_actor(a), b) for a in leads[item] for b in partners if a != b]
        else:   # no lead: each coordinating pair of its cooperating actors once, STR(?actorA) < STR(?actorB)
            pairs = [(a, b) for a in partners for b in partners if a.value < b.value and (a, b) in coordinate]
        for a, b in pairs:
            rows.update(dict.fromkeys(_product((a, labels.get(a), b, labels.get(b)), values)))
    return list(rows)


def tasks_without_lead(view: ViewReader) -> list[tuple]:
    """?task ?text ?document ?quote (DISTINCT) of the tasks no actor leads and no duty on which has a lead actor
    (the query's OPTIONAL + !BOUND tests: no solution shares ?task with them, MINUS)."""
    among = ("{ SELECT ?s WHERE { ?s a pkg:Task . MINUS { ?lead pkg:leads ?s } "
             "MINUS { ?duty pkg:onTask ?s ; pkg:leadActor ?leadActor } } }")
    columns = view.attributes(among, {**_TEXT, **_STATED})
    return [row for task, values in columns.items() for row in _product((task,), values)]


def references(view: ViewReader) -> list[tuple]:
    """?document ?identifier ?cited ?citedIdentifier ?relation (DISTINCT)."""
    identifiers = view.objects("dcterms:identifier")
    rows: dict = {}
    for document, relation, cited in view.select("SELECT ?s ?r ?o WHERE { VALUES ?r { pkg:cites pkg:implements "
                                                 "pkg:basedOn pkg:replaces pkg:reportsOn } ?s ?r ?o }"):
        for identifier in identifiers.get(document, NONE):
            for cited_identifier in identifiers.get(cited, NONE):
                rows[(document, identifier, cited, cited_identifier, relation)] = None
    return list(rows)


PLANS: dict[str, Callable[[ViewReader], list[tuple]]] = {
    "coordination": coordination, "references": references, "tasks-without-lead": tasks_without_lead}


def planned_answer(store: GraphStore, name: str, text: str) -> tuple[list[str], list, list[tuple[int, ...]]] | None:
    """The variables, distinct terms and sorted rows (numbers into the terms, as
    :func:`policykg.queries.order.number_terms` gives them) of the catalogue query ``name`` without parameters, when
    ``text`` is its text for that (``QueryInfo.text_for(())``), answered by its plan; None when it has none or gives
    up (the engine then runs ``text``)."""
    plan = PLANS.get(name)
    if plan is None:
        return None
    info = get_query(name)
    order = split_order_by(text) if info.text_for(()) == text else None
    view = ViewReader.of(store) if order is not None else None
    if view is None:
        return None
    variables = list(info.returns)
    try:
        found = plan(view)
    except _GiveUp:
        return None
    terms, rows = number_terms(found)
    del found
    keys = [(variables.index(v), descending) for v, descending in order.keys]
    rows = sort_numbered(terms, rows, keys)
    if rows is None or _ties(rows, [k for k, _ in keys]):
        return None
    return variables, terms, rows


def _ties(rows: list[tuple[int, ...]], positions: list[int]) -> bool:
    """True when two different neighbouring rows are equal on every ORDER BY column (``positions``).

    >>> _ties([(1, 2, 3), (1, 2, 4)], [0, 1]), _ties([(1, 2, 3), (1, 2, 4)], [0, 2]), _ties([(1, 2), (1, 2)], [0])
    (True, False, False)
    """
    return any(a != b and all(a[p] == b[p] for p in positions) for a, b in zip(rows, rows[1:]))
