"""A catalogue query without parameters streamed to CSV, TSV or JSON on the embedded store is written straight from its
sorted terms (issue 12, round 8): the bytes must be exactly those of the row-by-row writer (and so of pyoxigraph's
own serialisers), for every catalogue query, on the hand-made fixture and on a small generated corpus -- a store
directory (live) and a build directory (its kept answers, made the first time by the same writer)."""

import io
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.queries.catalogue import list_queries
from policykg.queries.data import open_data
from policykg.queries.engine import run_query, stream_query, write_result
from policykg.queries.order import number_terms
from policykg.queries.results import QueryResult, numbered_row_pieces, solution_rows
from corpusfixture import build_generated  # noqa: E402  (tests/ is on sys.path via conftest.py)

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
FORMATS = ("csv", "tsv", "json")
# the queries the new writer answers: in the catalogue, no parameter required, not computed in Python
UNPARAMETERISED = [info.name for info in list_queries()
                   if not info.computed and not any(not p.optional for p in info.params)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_generated(tmp_path_factory.mktemp("bulkwrite"), 12)


def _row_by_row(name: str, store, fmt: str) -> bytes:
    out = io.BytesIO()
    write_result(run_query(name, {}, data=store, stream=True), out, fmt, None)
    return out.getvalue()


def _streamed(name: str, data, fmt: str) -> bytes:
    out = io.BytesIO()
    stream_query(name, {}, out, fmt, data=data)
    return out.getvalue()


def test_the_bulk_queries_are_among_those_written_from_terms():
    assert {"coordination", "responsibilities", "tasks", "objectives", "tasks-without-lead", "actors",
            "campaigns", "references", "busiest-actors", "documents"} <= set(UNPARAMETERISED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_fixture_answers_are_the_row_writers_bytes(fmt):
    store = open_data(FIXTURE)
    for name in UNPARAMETERISED:
        expected = _row_by_row(name, store, fmt)
        assert _streamed(name, store, fmt) == expected, name
        assert run_query(name, {}, data=store).rows, name   # every such catalogue query has rows on the fixture


@pytest.mark.parametrize("fmt", FORMATS)
def test_corpus_answers_are_the_row_writers_bytes_live_and_kept(corpus, fmt):
    store = open_data(corpus / "store")
    for name in UNPARAMETERISED:
        expected = _row_by_row(name, store, fmt)
        assert _streamed(name, store, fmt) == expected, name
        assert _streamed(name, corpus, fmt) == expected, name      # first run on the build: kept as written
        assert _streamed(name, corpus, fmt) == expected, name      # then copied


def test_numbered_rows_match_the_result_writer_on_awkward_terms():
    rows = [(ox.NamedNode("urn:a"), ox.Literal('say "x", then\r\nmore'), None),
            (None, ox.Literal("12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
             ox.BlankNode("b0")),
            (ox.NamedNode("urn:a"), ox.Literal("tab\there", language="vi"), ox.Literal("1.5e3", datatype=ox.NamedNode(
                "http://www.w3.org/2001/XMLSchema#double")))]
    variables = ["s", "o", "x"]
    for fmt in FORMATS:
        expected = QueryResult.select(variables, solution_rows(variables, rows)).serialize(fmt, max_width=None)
        assert "".join(numbered_row_pieces(variables, *number_terms(rows), fmt, size=7)) == expected, fmt
        assert "".join(numbered_row_pieces(variables, *number_terms([]), fmt)) == \
            QueryResult.select(variables, []).serialize(fmt), fmt
