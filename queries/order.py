"""ORDER BY in Python for the embedded store: the same order as Oxigraph's, at a fraction of the cost.

Oxigraph's on-disk store compares terms by decoding their strings from RocksDB at every comparison of the sort,
so an ``ORDER BY ?document ?task`` over a few thousand rows costs more than finding the rows (30-80 ms of a
100 ms budget at 1,000 documents; seconds for a whole relation). Each row's terms are decoded once anyway when the
results reach Python, so the engine runs a query whose ORDER BY is a plain list of projected variables without
it and sorts here (then applies its LIMIT).

The order is the one SPARQL and Oxigraph give where it is total: unbound first, then IRIs by their text, then
literals. Literals are compared only when every literal of a column is of one comparable kind -- strings (plain or
with a language tag: by text, then tagged before plain, then by tag), integers (by value), or dates written
without a time zone (by text, which is their order); for anything else (blank nodes, mixed kinds, other
datatypes) :func:`sort_rows` gives up and the query runs with Oxigraph's own ORDER BY.

>>> split_order_by("SELECT ?a ?b WHERE { ?a ?p ?b }\\nORDER BY ?b ?a\\n")
OrderBy(text='SELECT ?a ?b WHERE { ?a ?p ?b }\\n', keys=[('b', False), ('a', False)], limit=None)
>>> split_order_by("SELECT ?a WHERE { ?a ?p ?b } ORDER BY DESC(?a) ?b LIMIT 5").keys
[('a', True), ('b', False)]
>>> split_order_by("SELECT ?a WHERE { ?a ?p ?b } ORDER BY STR(?a)") is None
True
>>> rows = [(ox.Literal("b"),), (None,), (ox.NamedNode("urn:x"),), (ox.Literal("a", language="vi"),), (ox.Literal("a"),)]
>>> [str(r[0]) if r[0] else None for r in sort_rows(rows, [(0, False)])]
[None, '<urn:x>', '"a"@vi', '"a"', '"b"']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox

__all__ = ["OrderBy", "literal_kind", "number_terms", "packed_key", "packed_kind", "sort_numbered", "sort_rows",
           "split_order_by"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_STRINGS = (_XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
_INTEGERS = tuple(_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "unsignedInt", "unsignedLong"))
_DATES = (_XSD + "date", _XSD + "gYear", _XSD + "gYearMonth")
_DATE_NO_ZONE = re.compile(r"^\d{4}(-\d{2}){0,2}$")

# the query's last clauses: ORDER BY variables (DESC(?v) / ASC(?v) / ?v), then an optional LIMIT, nothing else
_KEY = r"(?:(?:DESC|ASC)\s*\(\s*\?[A-Za-z_][A-Za-z0-9_]*\s*\)|\?[A-Za-z_][A-Za-z0-9_]*)"
_ORDER_BY = re.compile(r"\bORDER\s+BY((?:\s+" + _KEY + r")+)(?:\s+LIMIT\s+(\d+))?\s*$", re.IGNORECASE)
_ONE_KEY = re.compile(r"(DESC|ASC)?\s*\(?\s*\?([A-Za-z_][A-Za-z0-9_]*)", re.IGNORECASE)


@dataclass(frozen=True)
class OrderBy:
    """A query's final ORDER BY (and LIMIT), split off its text: ``keys`` are (variable, descending) pairs."""

    text: str
    keys: list[tuple[str, bool]]
    limit: int | None = None


def split_order_by(text: str) -> OrderBy | None:
    """The query without its final ``ORDER BY`` of variables (and ``LIMIT``), and what they said; None when the
    query does not end that way."""
    match = _ORDER_BY.search(text)
    if not match:
        return None
    keys = [(m.group(2), (m.group(1) or "").upper() == "DESC") for m in _ONE_KEY.finditer(match.group(1))]
    return OrderBy(text[:match.start()], keys, int(match.group(2)) if match.group(2) else None)


def _column_kind(values) -> str | None:
    """'string', 'integer', 'date' or 'iri' when the bound terms of a column compare in one way; else None."""
    literal = None   # the one kind of the column's literals
    for term in values:
        if term is None or isinstance(term, ox.NamedNode):
            continue
        if not isinstance(term, ox.Literal):   # blank nodes: Oxigraph leaves them in evaluation order
            return None
        datatype = term.datatype.value
        # a string's kind needs no copy of its text (a column of task texts or quotes: megabytes)
        kind = "string" if datatype in _STRINGS else literal_kind(term.value, datatype)
        if kind is None or (literal is not None and kind != literal):
            return None
        literal = kind
    return literal or "iri"


def literal_kind(value: str, datatype: str | None) -> str | None:
    """How a literal compares ('string', 'integer', 'date:DATATYPE'), or None (only Oxigraph knows); ``datatype``
    None: a plain or language-tagged string.

    >>> literal_kind("12", _XSD + "integer"), literal_kind("2020-01-02", _XSD + "date"), literal_kind("x", None)
    ('integer', 'date:http://www.w3.org/2001/XMLSchema#date', 'string')
    """
    if datatype is None or datatype in _STRINGS:
        return "string"
    if datatype in _INTEGERS:
        return "integer"
    if datatype in _DATES and _DATE_NO_ZONE.match(value):
        return "date:" + datatype
    return None


def _key_function(kind: str):
    """The sort key of one column's terms: unbound < IRIs < literals, literals by ``kind``."""
    def key(term):
        if term is None:
            return (0,)
        if isinstance(term, ox.NamedNode):
            return (1, term.value)
        if kind == "integer":
            return (2, int(term.value))
        if kind == "string":
            lang = term.language
            return (2, term.value, 0 if lang else 1, lang or "")
        return (2, term.value)
    return key


def packed_kind(term: tuple | None) -> str | None:
    """How a term written as ``(kind, value, lang, datatype)`` (the fields of a result's RdfTerm) compares in a
    column: 'iri', a :func:`literal_kind`, '' when unbound; None when only Oxigraph knows (a blank node, another
    datatype)."""
    if term is None:
        return ""
    if term[0] == "uri":
        return "iri"
    return literal_kind(term[1], term[3]) if term[0] == "literal" else None


def packed_key(term: tuple | None) -> tuple:
    """The sort key of a term written as ``(kind, value, lang, datatype)``: the order of :func:`sort_rows` within a
    column whose :func:`packed_kind` is one (unbound < IRIs < literals; integers by value, strings by text, tagged
    before plain, then by tag; dates by text).

    >>> sorted([("literal", "a", None, None), None, ("uri", "urn:x", None, None), ("literal", "a", "vi", None)],
    ...        key=packed_key)[1:]
    [('uri', 'urn:x', None, None), ('literal', 'a', 'vi', None), ('literal', 'a', None, None)]
    """
    if term is None:
        return (0,)
    kind, value, lang, datatype = term
    if kind == "uri":
        return (1, value)
    if literal_kind(value, datatype) == "integer":
        return (2, int(value))
    return (2, value, 0 if lang else 1, lang or "")


def sort_rows(rows: list[tuple], keys: list[tuple[int, bool]]) -> list[tuple] | None:
    """``rows`` (tuples of pyoxigraph terms or None) sorted by ``keys`` -- (column position, descending) pairs --
    as Oxigraph's ORDER BY would sort them, or None when a column holds terms whose order only Oxigraph knows."""
    terms, numbered = number_terms(rows)
    order = sort_numbered(terms, numbered, keys)
    return None if order is None else [tuple(terms[i] for i in row) for row in order]


def number_terms(rows) -> tuple[list, list[tuple[int, ...]]]:
    """``rows`` (tuples of terms, None where unbound) as tuples of numbers into a list of their distinct terms
    (``terms[0]`` is None): each term hashed once, equal terms one object (a whole answer of responsibilities
    holds each task text and quote about 3 times).

    >>> number_terms([(ox.Literal("a"), None), (ox.Literal("a"), ox.Literal("b"))])[1]
    [(1, 0), (1, 2)]
    """
    numbers: dict = {None: 0}
    terms: list = [None]
    numbered = []
    for row in rows:
        out = []
        for term in row:
            number = numbers.get(term)
            if number is None:
                number = numbers[term] = len(terms)
                terms.append(term)
            out.append(number)
        numbered.append(tuple(out))
    return terms, numbered


def sort_numbered(terms: list, rows: list[tuple[int, ...]], keys: list[tuple[int, bool]]
                  ) -> list[tuple[int, ...]] | None:
    """Rows of :func:`number_terms` sorted as :func:`sort_rows` sorts their terms, or None (only Oxigraph knows).

    A column repeats its terms (the same actor, document, task text row after row), so each column's distinct terms
    are sorted once and given ranks (equal keys: equal ranks; descending: negated), and the rows are sorted once on
    tuples of small integers: a stable sort, so rows equal on every key keep the order they came in.
    """
    ranks = []
    for position, descending in keys:
        distinct = {row[position] for row in rows}
        kind = _column_kind(terms[i] for i in distinct)
        if kind is None:
            return None
        ranks.append((position, _ranks(terms, distinct, _key_function(kind), descending)))
    if len(ranks) == 1:
        (position, rank), = ranks
        return sorted(rows, key=lambda row: rank[row[position]])
    return sorted(rows, key=lambda row: tuple([rank[row[position]] for position, rank in ranks]))


def _ranks(terms: list, numbers: set[int], key, descending: bool) -> dict[int, int]:
    """{term number: its rank among ``numbers`` by ``key`` of its term}: equal keys share a rank; negated when
    ``descending``."""
    keyed = sorted((key(terms[n]), n) for n in numbers) if len(numbers) > 1 else [(None, n) for n in numbers]
    ranks: dict = {}
    rank, last = 0, None
    for index, (k, number) in enumerate(keyed):
        if index and k != last:
            rank += 1
        ranks[number] = -rank if descending else rank
        last = k
    return ranks
