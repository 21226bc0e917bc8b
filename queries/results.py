"""Query results as plain records, the same for the embedded store and a remote endpoint, and their formats.

``QueryResult.serialize(fmt)``: ``json`` is the W3C SPARQL 1.1 Query Results JSON format, ``xml`` the
SPARQL Query Results XML Format, ``csv`` / ``tsv`` the W3C SPARQL 1.1 Query Results CSV and TSV formats,
``table`` an aligned terminal table with IRIs shortened by the project's prefixes and cells cut at
``max_width`` characters (None: never cut). ASK gives ``true``/``false`` (JSON: ``{"head": {}, "boolean": ...}``;
XML: ``<boolean>``); CONSTRUCT/DESCRIBE give Turtle in every format.

>>> r = QueryResult.select(["x"], [{"x": RdfTerm.iri("https://w3id.org/policykg/actor/a")}, {}])
>>> print(r.serialize("table"), end="")
x
-------
actor:a
<BLANKLINE>
<BLANKLINE>
(2 rows)
>>> r.serialize("csv")
'x\\r\\nhttps://w3id.org/policykg/actor/a\\r\\n""\\r\\n'
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from dataclasses import dataclass, field
from typing import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from policykg.core.errors import QueryError
from policykg.core.iris import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
FORMATS = ("table", "json", "xml", "csv", "tsv")
TABLE_CELL_MAX = 80   # the table is for reading (default width of a cell); json/xml/csv/tsv carry full values
TABLE_ALIGN_ROWS = 1000   # a streamed table aligns its columns on this many rows, then writes the rest as they come
SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

__all__ = ["FORMATS", "TABLE_ALIGN_ROWS", "TABLE_CELL_MAX", "QueryResult", "RdfTerm", "shorten_iri"]


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

    def to_ntriples(self) -> str:
        """The term in N-Triples / SPARQL syntax (``<iri>``, ``"x"@vi``, ``_:b``), as TSV results want."""
        if self.kind == "bnode":
            return "_:" + self.value
        return str(self.to_oxigraph())

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

    def tuples(self) -> list[tuple[RdfTerm | None, ...]]:
        """SELECT rows as tuples in variable order (None where unbound): handy for comparing engines."""
        return [tuple(row.get(v) for v in self.variables) for row in self.rows]

    def serialize(self, fmt: str = "table", *, max_width: int | None = TABLE_CELL_MAX) -> str:
        """The result in ``fmt`` ('table', 'json', 'xml', 'csv', 'tsv'); QueryError for another name.

        ``max_width`` cuts table cells longer than that many characters (with "…"); None never cuts.

        >>> print(QueryResult.ask(True).serialize("json"), end="")
        {
          "head": {},
          "boolean": true
        }
        >>> print(QueryResult.ask(False).serialize("xml"), end="")
        <?xml version="1.0" encoding="UTF-8"?>
        <sparql xmlns="http://www.w3.org/2005/sparql-results#">
          <head/>
          <boolean>false</boolean>
        </sparql>
        """
        return "".join(self.chunks(fmt, max_width=max_width))

    def chunks(self, fmt: str = "table", *, max_width: int | None = TABLE_CELL_MAX,
               size: int = 1 << 16) -> Iterator[str]:
        """The text of :meth:`serialize` in pieces of about ``size`` characters, written as the rows come: a
        streamed result of a million rows is never held whole (the table aligns its columns on its first
        TABLE_ALIGN_ROWS rows). QueryError for an unknown format or width."""
        if fmt not in FORMATS:
            raise QueryError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        if max_width is not None and max_width < 2:
            raise QueryError(f"a table cell must be at least 2 characters wide, not {max_width}")
        if self.form == "GRAPH":
            yield self._turtle()
            return
        if self.form == "ASK":
            if fmt == "json":
                yield json.dumps({"head": {}, "boolean": self.boolean}, indent=2) + "\n"
            elif fmt == "xml":
                yield _xml_document(["  <head/>", f"  <boolean>{'true' if self.boolean else 'false'}</boolean>"])
            else:
                yield ("true" if self.boolean else "false") + "\n"
            return
        lines = self._table(max_width) if fmt == "table" else getattr(self, "_" + fmt)()
        pending, length = [], 0
        for line in lines:
            pending.append(line)
            length += len(line)
            if length >= size:
                yield "".join(pending)
                pending, length = [], 0
        if pending:
            yield "".join(pending)

    # -- formats: each yields its text line by line ---------------------------------------
    def _json(self) -> Iterator[str]:
        head = json.dumps({"head": {"vars": self.variables}}, ensure_ascii=False, indent=2)
        yield head[:-2] + ',\n  "results": {\n    "bindings": ['
        separator = "\n"
        for row in self.rows:
            binding = json.dumps({v: row[v].to_json() for v in self.variables if v in row}, ensure_ascii=False,
                                 indent=2)
            yield separator + "      " + binding.replace("\n", "\n      ")
            separator = ",\n"
        yield ("\n    ]" if separator == ",\n" else "]") + "\n  }\n}\n"

    def _csv(self) -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")   # RFC 4180, as the W3C CSV results format says
        for values in itertools.chain([self.variables],
                                      ([_csv_value(row.get(v)) for v in self.variables] for row in self.rows)):
            writer.writerow(values)
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()

    def _tsv(self) -> Iterator[str]:
        yield "\t".join("?" + v for v in self.variables) + "\n"
        for row in self.rows:
            yield "\t".join(row[v].to_ntriples() if v in row else "" for v in self.variables) + "\n"

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
