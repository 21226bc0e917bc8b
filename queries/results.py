"""Query results as plain records, the same for the embedded store and a remote endpoint, and their formats.

``QueryResult.serialize(fmt)``: ``json`` is the W3C SPARQL 1.1 Query Results JSON format, ``xml`` the
SPARQL Query Results XML Format, ``csv`` / ``tsv`` the W3C SPARQL 1.1 Query Results CSV and TSV formats,
``table`` an aligned terminal table with IRIs shortened by the project's prefixes and cells cut at
``max_width`` characters (None: never cut). ASK gives ``true``/``false`` (JSON: ``{"head": {}, "boolean": ...}``;
XML: ``<boolean>``); CONSTRUCT/DESCRIBE give Turtle in every format. JSON (compact), CSV and TSV (numbers and
booleans bare) are written byte for byte as pyoxigraph's own serialisers write them, so a result Oxigraph streams
and one written here are the same file (``tests/test_query_order.py``).

>>> r = QueryResult.select(["x"], [{"x": RdfTerm.iri("https://w3id.org/policykg/actor/a")}, {}])
>>> print(r.serialize("table"), end="")
x
-------
actor:a
<BLANKLINE>
<BLANKLINE>
(2 rows)
>>> r.serialize("csv")
'x\\r\\nhttps://w3id.org/policykg/actor/a\\r\\n\\r\\n'
"""

from __future__ import annotations

import io
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from policykg.core.errors import QueryError
from policykg.core.iris import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
FORMATS = ("table", "json", "xml", "csv", "tsv")
TABLE_CELL_MAX = 80   # the table is for reading (default width of a cell); json/xml/csv/tsv carry full values
_TERM_CACHE = 20_000   # distinct terms whose text is kept while writing (bounded: a streamed result may hold millions)
TABLE_ALIGN_ROWS = 1000   # a streamed table aligns its columns on this many rows, then writes the rest as they come
SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

__all__ = ["FORMATS", "TABLE_ALIGN_ROWS", "TABLE_CELL_MAX", "QueryResult", "RdfTerm", "memoised", "shorten_iri", "joined",
           "numbered_row_pieces", "solution_rows"]


@dataclass(frozen=True, order=True)
class RdfTerm:
    """One RDF term in a result row. ``kind`` is 'uri', 'literal' or 'bnode'; plain strings have datatype None."""

    kind: str
    value: str
    lang: str | None = None
    datatype: str | None = None

    @classmethod
    def iri(cls, value: str) -> "RdfTerm":
        return cls("uri", value)

    @classmethod
    def literal(cls, value: str, lang: str | None = None, datatype: str | None = None) -> "RdfTerm":
        """A literal; xsd:string and rdf:langString are folded into 'no datatype' (RDF 1.1 says they are the same)."""
        if lang or datatype in (XSD_STRING, RDF_LANGSTRING):
            datatype = None
        return cls("literal", value, lang.lower() if lang else None, datatype)

    @classmethod
    def from_oxigraph(cls, term) -> "RdfTerm":
        """The RdfTerm of a pyoxigraph NamedNode, Literal or BlankNode."""
        if isinstance(term, ox.NamedNode):
            return cls.iri(term.value)
        if isinstance(term, ox.Literal):
            return cls.literal(term.value, term.language, term.datatype.value)
        if isinstance(term, ox.BlankNode):
            return cls("bnode", term.value)
        raise QueryError(f"unsupported term in results: {term!r}")

    @classmethod
    def from_json(cls, data: dict) -> "RdfTerm":
        """From a SPARQL results JSON binding (also Virtuoso's older 'typed-literal')."""
        kind = data.get("type")
        if kind == "uri":
            return cls.iri(data["value"])
        if kind in ("literal", "typed-literal"):
            return cls.literal(data["value"], data.get("xml:lang"), data.get("datatype"))
        if kind == "bnode":
            return cls("bnode", data["value"])
        raise QueryError(f"unsupported term type in endpoint results: {kind!r}")

    def to_oxigraph(self):
        if self.kind == "uri":
            return ox.NamedNode(self.value)
        if self.kind == "bnode":
            return ox.BlankNode(self.value)
        if self.lang:
            return ox.Literal(self.value, language=self.lang)
        return ox.Literal(self.value, datatype=ox.NamedNode(self.datatype) if self.datatype else None)

    def to_json(self) -> dict:
        """The W3C SPARQL JSON form: {"type": ..., "value": ..., ["xml:lang" | "datatype"]}."""
        out = {"type": self.kind, "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype:
            out["datatype"] = self.datatype
        return out

    def short(self) -> str:
        """A readable form: IRIs as prefixed names where a project prefix fits, literals as their text."""
        if self.kind == "uri":
            return shorten_iri(self.value)
        if self.kind == "bnode":
            return "_:" + self.value
        return self.value


def shorten_iri(iri: str) -> str:
    """``actor:x`` for ``https://w3id.org/policykg/actor/x``; the IRI itself when no prefix fits.

    >>> shorten_iri("https://w3id.org/policykg/id/doc/09-ct-tw"), shorten_iri("http://example.org/x")
    ('pkgid:doc/09-ct-tw', 'http://example.org/x')
    """
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


@dataclass
class QueryResult:
    """What a query gave. ``form`` is 'SELECT', 'ASK' or 'GRAPH' (CONSTRUCT/DESCRIBE).

    SELECT: ``variables`` and ``rows`` (dicts variable -> RdfTerm; unbound variables are absent): a list, or for a
    result made by :meth:`stream` an iterator read once, as the rows are written. ASK: ``boolean``. GRAPH:
    ``triples`` as (s, p, o) RdfTerm tuples, sorted.
    """

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, RdfTerm]] | Iterator[dict[str, RdfTerm]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[RdfTerm, RdfTerm, RdfTerm]] = field(default_factory=list)

    @classmethod
    def select(cls, variables: list[str], rows: Iterable[dict[str, RdfTerm]]) -> "QueryResult":
        return cls("SELECT", variables=list(variables), rows=list(rows))

    @classmethod
    def stream(cls, variables: list[str], rows: Iterable[dict[str, RdfTerm]]) -> "QueryResult":
        """A SELECT result whose rows are produced as they are written (one pass; memory flat in the row count)."""
        return cls("SELECT", variables=list(variables), rows=iter(rows))

    @classmethod
    def ask(cls, value: bool) -> "QueryResult":
        return cls("ASK", boolean=bool(value))

    @classmethod
    def graph(cls, triples) -> "QueryResult":
        return cls("GRAPH", triples=sorted(set(triples)))

    @classmethod
    def from_json(cls, doc: dict) -> "QueryResult":
        """The result of a parsed SPARQL results JSON document (a SELECT or an ASK).

        >>> QueryResult.from_json({"head": {"vars": ["a"]}, "results": {"bindings": [{"a": {"type": "uri", "value": "urn:x"}}]}}).rows
        [{'a': RdfTerm(kind='uri', value='urn:x', lang=None, datatype=None)}]
        """
        if "boolean" in doc:
            return cls.ask(bool(doc["boolean"]))
        variables = list(doc.get("head", {}).get("vars", []))
        converted: dict = {}   # the same term recurs row after row: converted once

        def term(data: dict) -> RdfTerm:
            key = (data.get("type"), data.get("value"), data.get("xml:lang"), data.get("datatype"))
            found = converted.get(key)
            if found is None:
                found = converted[key] = RdfTerm.from_json(data)
            return found
        rows = [{v: term(t) for v, t in binding.items() if v in variables}
                for binding in doc.get("results", {}).get("bindings", [])]
        return cls.select(variables, rows)

    def tuples(self) -> list[tuple[RdfTerm | None, ...]]:
        """SELECT rows as tuples in variable order (None where unbound): handy for comparing engines."""
        return [tuple(row.get(v) for v in self.variables) for row in self.rows]

    def serialize(self, fmt: str = "table", *, max_width: int | None = TABLE_CELL_MAX) -> str:
        """The result in ``fmt`` ('table', 'json', 'xml', 'csv', 'tsv'); QueryError for another name.

        ``max_width`` cuts table cells longer than that many characters (with "…"); None never cuts.

        >>> QueryResult.ask(True).serialize("json")
        '{"head":{},"boolean":true}'
        >>> print(QueryResult.ask(False).serialize("xml"), end="")
        <?xml version="1.0" encoding="UTF-8"?>
        <sparql xmlns="http://www.w3.org/2005/sparql-results#">
          <head/>
          <boolean>false</boolean>
        </sparql>
        """
        buffer = io.StringIO(newline="")
        self.write(buffer, fmt, max_width=max_width)
        return buffer.getvalue()

    def write(self, out, fmt: str = "table", *, max_width: int | None = TABLE_CELL_MAX) -> None:
        """Write the result in ``fmt`` to the text stream ``out``, row by row (see :meth:`serialize`).

        JSON, CSV and TSV are byte for byte what pyoxigraph's own serialisers write for the same rows, so a result
        streamed by Oxigraph and one written here read the same. A streamed result (:meth:`stream`) is written as
        its rows come, never held whole.
        """
        for piece in self._pieces(fmt, max_width):
            out.write(piece)

    def chunks(self, fmt: str = "table", *, max_width: int | None = TABLE_CELL_MAX,
               size: int = 1 << 16) -> Iterator[str]:
        """The text of :meth:`serialize` in pieces of about ``size`` characters, written as the rows come: a
        streamed result of a million rows is never held whole (the table aligns its columns on its first
        TABLE_ALIGN_ROWS rows). QueryError for an unknown format or width."""
        yield from joined(self._pieces(fmt, max_width), size)

    def _pieces(self, fmt: str, max_width: int | None) -> Iterator[str]:
        if fmt not in FORMATS:
            raise QueryError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        if max_width is not None and max_width < 2:
            raise QueryError(f"a table cell must be at least 2 characters wide, not {max_width}")
        if self.form == "GRAPH":
            yield self._turtle()
        elif self.form == "ASK":
            if fmt == "json":
                yield json.dumps({"head": {}, "boolean": self.boolean}, separators=(",", ":"))
            elif fmt == "xml":
                yield _xml_document(["  <head/>", f"  <boolean>{'true' if self.boolean else 'false'}</boolean>"])
            else:
                yield ("true" if self.boolean else "false") + "\n"
        elif fmt == "table":
            yield from self._table(max_width)
        else:
            yield from {"json": self._json, "csv": self._csv, "tsv": self._tsv, "xml": self._xml}[fmt]()

    # -- formats: each yields its text row by row -----------------------------------------
    def _json(self) -> Iterator[str]:
        yield _json_head(self.variables)
        names = [(v, _compact(v) + ":") for v in self.variables]
        fragment = memoised(lambda term: _compact(term.to_json()))   # each distinct term written once
        for number, row in enumerate(self.rows):
            parts = [name + fragment(term) for v, name in names if (term := row.get(v)) is not None]
            yield ("," if number else "") + "{" + ",".join(parts) + "}"
        yield "]}}"

    def _csv(self) -> Iterator[str]:
        yield _csv_header(self.variables)
        for row in self.rows:   # RFC 4180, as the W3C CSV results format says
            yield ",".join(_csv_field(_csv_value(row.get(v))) for v in self.variables) + "\r\n"

    def _tsv(self) -> Iterator[str]:
        yield "\t".join("?" + v for v in self.variables) + "\n"
        cell = memoised(lambda term: _tsv_term(term) if term else "")   # each distinct term written once
        for row in self.rows:
            yield "\t".join(cell(row.get(v, "")) for v in self.variables) + "\n"

    def _xml(self) -> Iterator[str]:
        yield from (line + "\n" for line in _xml_document(
            ["  <head>", *(f"    <variable name={quoteattr(v)}/>" for v in self.variables), "  </head>",
             "  <results>"]).splitlines()[:-1])
        for row in self.rows:
            yield "".join(["    <result>\n", *(f"      <binding name={quoteattr(v)}>{_xml_term(row[v])}</binding>\n"
                                                for v in self.variables if v in row), "    </result>\n"])
        yield "  </results>\n</sparql>\n"

    def _table(self, max_width: int | None) -> Iterator[str]:
        """Columns as wide as their widest cell; in a streamed result, the widest among its first TABLE_ALIGN_ROWS
        rows (a later, longer cell widens its own row only)."""
        rows = iter(self.rows)
        aligned = len(self.rows) if isinstance(self.rows, list) else TABLE_ALIGN_ROWS
        first = [[_cell(row.get(v), max_width) for v in self.variables] for row in itertools.islice(rows, aligned)]
        widths = [max([len(v)] + [len(r[i]) for r in first]) for i, v in enumerate(self.variables)]
        yield "  ".join(v.ljust(w) for v, w in zip(self.variables, widths)).rstrip() + "\n"
        yield "  ".join("-" * w for w in widths) + "\n"
        count = 0
        for cells in itertools.chain(first, ([_cell(row.get(v), max_width) for v in self.variables] for row in rows)):
            count += 1
            yield "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n"
        yield f"\n({count} row{'s' if count != 1 else ''})\n"

    def _turtle(self) -> str:
        triples = [ox.Triple(*(t.to_oxigraph() for t in triple)) for triple in self.triples]
        iris = {t.value for triple in self.triples for t in triple if t.kind == "uri"}
        used = {p: ns for p, ns in PREFIXES.items() if any(iri.startswith(ns) for iri in iris)}
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used)
        return data.decode("utf-8") if data else ""


def solution_rows(variables: list[str], solutions: Iterable, cache: int | None = _TERM_CACHE) -> Iterator[dict[str, RdfTerm]]:
    """Rows of pyoxigraph solutions (a QuerySolutions, or tuples of terms in ``variables`` order, None where unbound)
    as dicts of RdfTerm, one at a time, unbound variables left out. Each distinct term is converted once (the same
    actor, the same document recur row after row), up to ``cache`` of them (None: all, for rows that are all held
    anyway): a streamed result may hold millions.

    >>> import pyoxigraph as ox
    >>> list(solution_rows(["a", "b"], [(ox.NamedNode("urn:x"), None)]))
    [{'a': RdfTerm(kind='uri', value='urn:x', lang=None, datatype=None)}]
    """
    converted: dict = {}
    for solution in solutions:
        row = {}
        for variable, term in zip(variables, solution):
            if term is not None:
                found = converted.get(term)
                if found is None:
                    found = RdfTerm.from_oxigraph(term)
                    if cache is None or len(converted) < cache:
                        converted[term] = found
                row[variable] = found
        yield row


def numbered_row_pieces(variables: list[str], terms: list, rows: Iterable[tuple[int, ...]], fmt: str,
                        size: int = 1 << 16) -> Iterator[str]:
    """The text in ``fmt`` ('csv', 'tsv' or 'json'), in pieces of about ``size`` characters, of ``rows`` given as
    numbers into ``terms`` (pyoxigraph terms; ``terms[0]`` None, for unbound: see
    :func:`policykg.queries.order.number_terms`): the same text as :meth:`QueryResult.serialize` of the rows, each
    distinct term converted and written once, its text kept for the whole answer (rows held whole anyway, such as a
    sorted catalogue answer), and no result row made.

    >>> terms = [None, ox.NamedNode("urn:x"), ox.Literal("a,b")]
    >>> "".join(numbered_row_pieces(["s", "o"], terms, [(1, 2), (0, 2)], "csv"))
    's,o\\r\\nurn:x,"a,b"\\r\\n,"a,b"\\r\\n'
    """
    if fmt == "json":
        names = [_compact(v) + ":" for v in variables]
        made = _made(terms, lambda term: _compact(term.to_json()))
        head, end = '{"head":{"vars":' + _compact(variables) + '},"results":{"bindings":[', "]}}"
        lines = ((",{" if number else "{") + ",".join([name + made(i) for name, i in zip(names, row) if i]) + "}"
                 for number, row in enumerate(rows))
        return joined(itertools.chain([head], lines, [end]), size)
    separator, newline, head, text = {
        "csv": (",", "\r\n", ",".join(_csv_field(v) for v in variables), lambda term: _csv_field(_csv_value(term))),
        "tsv": ("\t", "\n", "\t".join("?" + v for v in variables), _tsv_term)}[fmt]
    made = _made(terms, text)
    lines = (separator.join([made(i) for i in row]) + newline for row in rows)
    return joined(itertools.chain([head + newline], lines), size)


def _made(terms: list, text) -> Callable[[int], str]:
    """The text of term number ``i`` (``text`` of its RdfTerm; '' for 0, unbound), made the first time it is asked
    for; the pyoxigraph term is let go of then."""
    made: list = [""] + [None] * (len(terms) - 1)

    def of(number: int) -> str:
        found = made[number]
        if found is None:
            found = made[number] = text(RdfTerm.from_oxigraph(terms[number]))
            terms[number] = None
        return found
    return of


def joined(pieces: Iterable, size: int) -> Iterator:
    """``pieces`` (all str or all bytes) joined into chunks of at least ``size`` (the last may be smaller), never
    splitting a piece.

    >>> list(joined(["ab", "c", "de", "f"], 3)), list(joined([b"ab"], 3))
    (['abc', 'def'], [b'ab'])
    """
    pending: list = []
    length = 0
    for piece in pieces:
        pending.append(piece)
        length += len(piece)
        if length >= size:
            yield pending[0][:0].join(pending)
            pending, length = [], 0
    if pending:
        yield pending[0][:0].join(pending)


def memoised(function, bound: int | None = _TERM_CACHE):
    """``function`` of one hashable argument, computed once per distinct argument (up to ``bound`` of them remembered;
    None: all): the same actor, document or task recurs row after row.

    >>> square = memoised(lambda x: x * x, 1)
    >>> square(3), square(3)
    (9, 9)
    """
    held: dict = {}

    def call(argument):
        found = held.get(argument)
        if found is None:
            found = function(argument)
            if bound is None or len(held) < bound:
                held[argument] = found
        return found
    return call


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_head(variables: list[str]) -> str:
    return '{"head":{"vars":' + _compact(variables) + '},"results":{"bindings":['


def _csv_header(variables: list[str]) -> str:
    return ",".join(_csv_field(v) for v in variables) + "\r\n"


_CSV_QUOTED = re.compile('[,"\r\n]')


def _csv_field(text: str) -> str:
    """A CSV field, quoted (quotes doubled) only when it holds a comma, a quote or a line break."""
    if _CSV_QUOTED.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_TSV_BARE = {"http://www.w3.org/2001/XMLSchema#integer": re.compile(r"^[+-]?\d+$"),
             "http://www.w3.org/2001/XMLSchema#decimal": re.compile(r"^[+-]?\d*\.\d+$"),
             "http://www.w3.org/2001/XMLSchema#double": re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$"),
             "http://www.w3.org/2001/XMLSchema#boolean": re.compile(r"^(true|false)$")}


def _tsv_term(term: RdfTerm) -> str:
    """A term as the TSV results format writes it (numbers and booleans bare, as in Turtle)."""
    if term.kind == "uri":
        return f"<{term.value}>"
    if term.kind == "bnode":
        return "_:" + term.value
    bare = _TSV_BARE.get(term.datatype or "")
    if bare is not None and bare.match(term.value):
        return term.value
    text = '"' + term.value.translate(_TSV_ESCAPES) + '"'
    if term.lang:
        return f"{text}@{term.lang}"
    return f"{text}^^<{term.datatype}>" if term.datatype else text


def _csv_value(term: RdfTerm | None) -> str:
    if term is None:
        return ""
    return "_:" + term.value if term.kind == "bnode" else term.value


def _cell(term: RdfTerm | None, max_width: int | None) -> str:
    if term is None:
        return ""
    text = " ".join(term.short().split())   # one line per row: fold line breaks and runs of spaces
    return text if max_width is None or len(text) <= max_width else text[: max_width - 1] + "…"


def _xml_document(body: list[str]) -> str:
    """A SPARQL Query Results XML document around ``body`` (lines already indented)."""
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', f'<sparql xmlns="{SPARQL_RESULTS_NS}">', *body,
                      "</sparql>"]) + "\n"


def _xml_term(term: RdfTerm) -> str:
    """One bound term as the XML results format writes it: <uri>, <literal> (xml:lang or datatype), <bnode>."""
    if term.kind == "uri":
        return f"<uri>{escape(term.value)}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.lang:
        return f"<literal xml:lang={quoteattr(term.lang)}>{escape(term.value)}</literal>"
    if term.datatype:
        return f"<literal datatype={quoteattr(term.datatype)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities (xml.sax.saxutils.escape, whose module would load the HTTP stack).

    >>> escape("a < b & c")
    'a &lt; b &amp; c'
    """
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """An XML attribute value with its quotes, as xml.sax.saxutils.quoteattr writes it.

    >>> print(quoteattr('say "hi"'), quoteattr("x < y"))
    'say "hi"' "x &lt; y"
    """
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', "&quot;") + '"'
