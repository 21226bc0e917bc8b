"""The kept answers' writer (issue 12, round 8): rows of packed terms written as SPARQL JSON and CSV in one pass, the
same text as :class:`~policykg.queries.results.QueryResult`'s writers of the same rows (the build keeps every whole
answer in both formats, :mod:`policykg.queries.summarise`)."""

from __future__ import annotations

from typing import Iterable

from policykg.queries.results import (RdfTerm, _compact, _csv_field, _csv_header, _csv_value, _json_head,
                                      memoised)

__all__ = ["write_packed"]


def write_packed(variables: list[str], rows: Iterable[tuple], json_out, csv_out, batch: int = 256) -> None:
    """Rows of packed terms (``(kind, value, lang, datatype)`` tuples in ``variables`` order, None where unbound)
    written in one pass as SPARQL JSON to the text stream ``json_out`` and as CSV to ``csv_out``: the same text as
    :meth:`~policykg.queries.results.QueryResult.write` of the same rows in each format, each distinct term's two
    texts made once.

    >>> import io
    >>> from policykg.queries.results import QueryResult
    >>> j, c = io.StringIO(), io.StringIO(newline="")
    >>> write_packed(["a", "b"], [(("uri", "urn:x", None, None), None), (None, ("literal", "p,q", None, None))], j, c)
    >>> j.getvalue() == QueryResult.select(["a", "b"], [{"a": RdfTerm.iri("urn:x")},
    ...     {"b": RdfTerm.literal("p,q")}]).serialize("json"), c.getvalue()
    (True, 'a,b\\r\\nurn:x,\\r\\n,"p,q"\\r\\n')
    """
    names = [_compact(v) + ":" for v in variables]
    texts = memoised(lambda fields: (_compact((term := RdfTerm(*fields)).to_json()), _csv_field(_csv_value(term))))
    json_parts, csv_parts = [_json_head(variables)], [_csv_header(variables)]
    opening = "{"
    for row in rows:
        cells = [None if fields is None else texts(fields) for fields in row]
        json_parts.append(opening + ",".join([n + c[0] for n, c in zip(names, cells) if c is not None]) + "}")
        csv_parts.append(",".join(["" if c is None else c[1] for c in cells]) + "\r\n")
        opening = ",{"
        if len(json_parts) >= batch:
            json_out.write("".join(json_parts))
            csv_out.write("".join(csv_parts))
            json_parts, csv_parts = [], []
    json_out.write("".join(json_parts) + "]}}")
    csv_out.write("".join(csv_parts))
