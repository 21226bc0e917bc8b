"""The build's writer of packed rows (issue 12, round 8) writes the same bytes as the general one: the kept answers
(JSON and CSV in one pass, ``packedwrite.write_packed``)."""

import io
from dataclasses import astuple

import pytest

from policykg.queries import results
from policykg.queries.packedwrite import write_packed
from policykg.queries.results import QueryResult, RdfTerm

XSD = "http://www.w3.org/2001/XMLSchema#"
TERMS = [RdfTerm.iri("https://w3id.org/policykg/actor/bo-cong-an"), RdfTerm.literal("Bộ Công an", "vi"),
         RdfTerm.literal('Chủ trì, phối hợp "các" bộ\r\nngành'), RdfTerm.literal("12", datatype=XSD + "integer"),
         RdfTerm("bnode", "b0"), RdfTerm.literal("2025-01-01", datatype=XSD + "date"), RdfTerm.literal(""),
         RdfTerm.literal("a\tb\\c"), RdfTerm.iri("urn:x,y")]
VARIABLES = ["actor", "label", "task", "count"]


def _rows(n: int) -> list[tuple]:
    """n rows of packed terms, some unbound, terms recurring (and, past the writers' bound, distinct)."""
    rows = []
    for i in range(n):
        row = [TERMS[(i * k + k) % len(TERMS)] if (i + k) % 5 else None for k in range(len(VARIABLES))]
        if i % 7 == 0:
            row[2] = RdfTerm.literal(f"task {i}, đợt {i % 3}")
        rows.append(tuple(None if t is None else astuple(t) for t in row))
    return rows


@pytest.mark.parametrize("n, bound", [(0, 20_000), (1, 20_000), (600, 20_000), (600, 3)])
def test_write_packed_writes_what_the_result_writer_writes(n, bound, monkeypatch):
    monkeypatch.setattr(results.memoised, "__defaults__", (bound,))   # past the bound of remembered terms: the same text
    rows = _rows(n)
    whole = QueryResult.select(VARIABLES, [{v: RdfTerm(*t) for v, t in zip(VARIABLES, row) if t is not None}
                                           for row in rows])
    json_text, csv_text = io.StringIO(newline=""), io.StringIO(newline="")
    write_packed(VARIABLES, iter(rows), json_text, csv_text, batch=7)
    assert json_text.getvalue() == whole.serialize("json")
    assert csv_text.getvalue() == whole.serialize("csv")

