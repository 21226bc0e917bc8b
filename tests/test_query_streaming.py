"""Streaming query output (issue 11, failure 9: a query of 1M rows held every row, 1.5-1.7 GB): ``policykg query``
writes rows as the store gives them, in the same bytes as before. The memory figure itself is measured by
bench/query_memory.py."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.errors import QueryError
from policykg.queries import results as results_module
from policykg.queries.data import load_into_store
from policykg.queries.engine import run_query
from policykg.queries.results import FORMATS, QueryResult, RdfTerm

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("stream") / "store"
    load_into_store(FIXTURE, path)
    return path


def test_a_streamed_result_is_read_once_and_writes_the_same_bytes(store):
    streamed = run_query(ALL, {}, data=store, stream=True)
    assert not isinstance(streamed.rows, list)
    whole = run_query(ALL, {}, data=store)
    assert len(whole.rows) > 1000
    for fmt in FORMATS:
        if fmt != "table":
            again = run_query(ALL, {}, data=store, stream=True)
            assert "".join(again.chunks(fmt)) == whole.serialize(fmt), fmt


def test_the_cli_writes_what_the_library_serialises(store):
    runner = CliRunner()
    for fmt in FORMATS:
        result = runner.invoke(cli, ["query", "-e", ALL, "--data", str(store), "--format", fmt])
        assert result.exit_code == 0, result.output
        output = result.output   # (CliRunner shows CSV's \r\n as \n)
        assert output == "".join(run_query(ALL, {}, data=store, stream=True).chunks(fmt)).replace("\r\n", "\n")
        if fmt != "table":   # a streamed table aligns on its first 1,000 rows; the others are the same bytes
            assert output == run_query(ALL, {}, data=store).serialize(fmt).replace("\r\n", "\n")


def rows_then_failure(count: int):
    for i in range(count):
        yield {"x": RdfTerm.literal(f"row {i}")}
    raise QueryError("the store failed half-way")


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_are_written_before_the_result_is_complete(fmt):
    chunks = QueryResult.stream(["x"], rows_then_failure(5000)).chunks(fmt, size=1000)
    first = list(itertools.islice(chunks, 3))   # written while later rows do not exist yet
    assert "row 0" in first[0]
    with pytest.raises(QueryError, match="half-way"):
        list(chunks)


def test_a_long_table_aligns_on_its_first_rows_then_streams(monkeypatch):
    monkeypatch.setattr(results_module, "TABLE_ALIGN_ROWS", 2)
    rows = [{"x": RdfTerm.literal("a")}, {"x": RdfTerm.literal("bb")}, {"x": RdfTerm.literal("a much longer cell")}]
    text = "".join(QueryResult.stream(["x"], iter(rows)).chunks("table"))
    assert text == "x\n--\na\nbb\na much longer cell\n\n(3 rows)\n"
    assert QueryResult.select(["x"], rows).serialize("table").startswith("x\n" + "-" * 18 + "\n")


def test_an_endpoints_rows_are_parsed_as_they_arrive_and_are_the_same(monkeypatch):
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    rows = [{"x": {"type": "uri", "value": f"https://w3id.org/policykg/actor/a{i % 7}"},
             "y": {"type": "typed-literal", "value": str(i % 3), "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}
            for i in range(3000)] + [{"x": {"type": "bnode", "value": "b1"}}, {}]
    body = json.dumps({"head": {"vars": ["x", "y"]}, "results": {"bindings": rows}}).encode()

    class Server(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(body if b"not-json" not in self.path.encode() else b"<html>nope</html>")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Server)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
        query = "SELECT ?x ?y WHERE { ?x ?p ?y }"
        streamed = run_query(query, {}, endpoint=url, stream=True)
        assert not isinstance(streamed.rows, list)
        whole = run_query(query, {}, endpoint=url)
        assert streamed.tuples() == whole.tuples() and len(whole.rows) == 3002
        distinct = run_query("SELECT DISTINCT ?x ?y WHERE { ?x ?p ?y }", {}, endpoint=url, stream=True)
        assert len(distinct.tuples()) == 23   # 7 x 3 pairs, a blank node and an unbound row; repeats dropped
        for fmt in FORMATS:
            if fmt != "table":
                again = run_query(query, {}, endpoint=url, stream=True)
                assert "".join(again.chunks(fmt)) == whole.serialize(fmt)
        with pytest.raises(Exception, match="did not return SPARQL JSON results"):
            run_query(query, {}, endpoint=url + "/not-json", stream=True).tuples()
    finally:
        httpd.shutdown()
        httpd.server_close()
