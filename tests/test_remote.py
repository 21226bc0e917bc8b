"""Remote endpoints: queries through SPARQLWrapper, push through the Graph Store Protocol or SPARQL UPDATE,
and one clear EndpointError line for unreachable servers, refused credentials, timeouts and server errors.
A tiny local http.server plays the SPARQL server."""

import base64
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.core.errors import EndpointError, QueryError
from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries import remote
from policykg.queries.remote import EndpointAuth, credentials_from_env, push
from policykg.queries.virtuoso import free_port

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
SECRET = "s3cret-pw"
RESULTS = {"head": {"vars": ["x"]}, "results": {"bindings": [
    {"x": {"type": "typed-literal", "value": "7", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}


VIRTUOSO_DEADLOCK = (b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head><title>Error 500</title></head>'
                     b'<body><h3>SPARQL Graph Protocol request failed</h3><pre>HTTP/1.1 500 Request Failed\n'
                     b'Error 40001 SR172: Transaction deadlocked\n</pre></body></html>')   # what Virtuoso 7 answers

VIRTUOSO_BUSY = (b'<html><head><title>Error 500</title></head><body><h3>SPARQL Graph Protocol request failed</h3>'
                 b'<pre>HTTP/1.1 500 Request Failed\nSR008: server busy\n</pre></body></html>')   # names no error


class FakeServer(BaseHTTPRequestHandler):
    mode = "ok"          # ok | 400 | 401 | 500 | slow | basic
    requests: list = []

    def log_message(self, *args):
        pass

    def _reply(self, code, body=b"", content_type="application/sparql-results+json", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        FakeServer.requests.append((self.command, self.path, dict(self.headers), body))
        if self.mode == "slow":
            time.sleep(3)
        if self.mode == "401" or (self.mode == "basic" and self.headers.get("Authorization") !=
                                  "Basic " + base64.b64encode(f"dba:{SECRET}".encode()).decode()):
            return self._reply(401, b"Unauthorized", "text/plain", [("WWW-Authenticate", 'Basic realm="sparql"')])
        if self.mode == "400":
            return self._reply(400, b"Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error", "text/plain")
        if self.mode == "deadlock" or (self.mode == "deadlock-twice" and self.command == "PUT"
                                       and sum(r[0] == "PUT" for r in FakeServer.requests) <= 2):
            return self._reply(500, VIRTUOSO_DEADLOCK, "text/html; charset=UTF-8")
        if self.mode == "500":
            return self._reply(500, b"Virtuoso 42000 Error SR: something broke\nmore", "text/plain")
        if self.command == "PUT" and (self.mode == "busy" or (self.mode == "busy-once" and sum(
                r[0] == "PUT" for r in FakeServer.requests) == 1)):
            return self._reply(500, VIRTUOSO_BUSY, "text/html; charset=UTF-8")
        if self.mode == "html" or self.path.startswith("/login"):
            return self._reply(200, b"<!DOCTYPE html>\n<html><head><title>Sign in | Portal</title></head><body>...</body></html>",
                               "text/html; charset=utf-8")
        if self.mode == "html-as-text":
            return self._reply(200, b"  <html><body>Error: no such service</body></html>", "text/plain")
        if self.mode == "redirect":
            return self._reply(302, b"", "text/plain", [("Location", "/login?next=/sparql")])
        if self.mode == "empty-html" and self.command == "PUT":
            return self._reply(201, b"", "text/html; charset=UTF-8")   # what Virtuoso answers to a Graph Store PUT
        if self.command == "PUT":
            return self._reply(201, b"", "text/plain")
        return self._reply(200, json.dumps(RESULTS).encode())

    do_GET = do_POST = do_PUT = _handle


@pytest.fixture()
def server():
    FakeServer.mode, FakeServer.requests = "ok", []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeServer)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def sent_queries() -> list[dict]:
    """The form fields of each query request the fake server got, but the probe for the merged graph."""
    fields = [urllib.parse.parse_qs(r[3].decode()) for r in FakeServer.requests if r[0] == "POST"]
    return [f for f in fields if "query" in f and f["query"][0] != remote._MERGED_PROBE]


def test_query_reads_sparql_json_including_virtuoso_typed_literals(server):
    result = run_query("SELECT ?x WHERE { ?s ?p ?x }", {}, endpoint=server + "/sparql")
    assert result.variables == ["x"] and result.rows[0]["x"].value == "7"
    assert result.rows[0]["x"].datatype.endswith("#integer")
    method, path, headers, body = FakeServer.requests[-1]
    assert method == "POST" and "query=" in body.decode()


def test_parameters_travel_as_a_values_block(server):
    # a label is first resolved to an IRI by a lookup query; the label travels as an escaped VALUES term
    assert run_query("actor", {"actor": 'x" } ; DROP ALL ; #'}, endpoint=server + "/sparql").rows == []
    sent = sent_queries()[0]["query"][0]
    assert 'VALUES ( ?label ) { ( "x\\" } ; DROP ALL ; #" ) }' in sent
    run_query("actor", {"actor": "actor:x"}, endpoint=server + "/sparql")
    sent = sent_queries()[1]["query"][0]
    assert "VALUES ( ?actor ) { ( <https://w3id.org/policykg/actor/x> ) }" in sent


def test_unreachable_server(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/sparql"
    with pytest.raises(EndpointError, match="cannot reach .*connection refused"):
        run_query("tasks", {}, endpoint=url, timeout=2)
    with pytest.raises(EndpointError, match="cannot reach"):
        push(FIXTURE, url, timeout=2)


def test_refused_credentials_never_show_the_password(server, monkeypatch):
    FakeServer.mode = "basic"
    wrong = EndpointAuth("dba", "wrong")
    with pytest.raises(EndpointError, match="refused the credentials") as error:
        run_query("tasks", {}, endpoint=server + "/sparql", auth=wrong)
    assert "wrong" not in str(error.value)
    with pytest.raises(EndpointError, match="refused the credentials \\(HTTP 401\\)"):
        push(FIXTURE, server + "/sparql", graph_store=server + "/gsp", auth=wrong)
    # the right password from the environment gets in
    monkeypatch.setenv("POLICYKG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("POLICYKG_ENDPOINT_PASSWORD", SECRET)
    assert run_query("tasks", {}, endpoint=server + "/sparql").rows
    assert push(FIXTURE, server + "/sparql", graph_store=server + "/gsp").method == "gsp"


def test_no_credentials_at_all_is_a_401(server, monkeypatch):
    monkeypatch.delenv("POLICYKG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("POLICYKG_ENDPOINT_PASSWORD", raising=False)
    FakeServer.mode = "401"
    with pytest.raises(EndpointError, match="POLICYKG_ENDPOINT_USER and POLICYKG_ENDPOINT_PASSWORD"):
        run_query("tasks", {}, endpoint=server + "/sparql")


def test_timeout(server):
    FakeServer.mode = "slow"
    with pytest.raises(EndpointError, match="did not answer within 1 s"):
        run_query("tasks", {}, endpoint=server + "/sparql", timeout=1)
    with pytest.raises(EndpointError, match="did not answer within 1 s"):
        push(FIXTURE, server + "/sparql", timeout=1)


def test_server_error_is_one_line(server):
    FakeServer.mode = "500"
    with pytest.raises(EndpointError, match="failed with HTTP 500: Virtuoso 42000 Error SR: something broke$"):
        run_query("tasks", {}, endpoint=server + "/sparql")
    with pytest.raises(EndpointError, match="failed with HTTP 500: Virtuoso 42000 Error SR: something broke$"):
        push(FIXTURE, server + "/sparql")
    assert len(FakeServer.requests) == 2   # one query, one update: an error that is not a deadlock is never re-sent


def test_a_write_the_server_rolled_back_on_a_deadlock_is_sent_again(server):
    """CI failure of stop 16: concurrent Graph Store PUTs on Virtuoso deadlock now and then (HTTP 500, "Error 40001
    SR172: Transaction deadlocked"); the server rolled that PUT back, so it is sent again after a short pause."""
    FakeServer.mode = "deadlock-twice"
    summary = push(FIXTURE, server + "/sparql", graph_store=server + "/gsp", include_ontology=False,
                   include_merged=False)
    puts = [r for r in FakeServer.requests if r[0] == "PUT"]
    assert len(summary.graphs) == 2 and len(puts) == 4   # the first PUT was sent three times
    assert puts[0][1] == puts[1][1] == puts[2][1] != puts[3][1]


def test_a_deadlock_that_does_not_clear_is_one_line_naming_it(server):
    from policykg.queries.connection import ROLLBACK_RETRIES

    FakeServer.mode = "deadlock"
    with pytest.raises(EndpointError, match=r"failed with HTTP 500: Error 40001 SR172: Transaction deadlocked$"):
        push(FIXTURE, server + "/sparql", graph_store=server + "/gsp", include_ontology=False, include_merged=False)
    assert len([r for r in FakeServer.requests if r[0] == "PUT"]) == ROLLBACK_RETRIES + 1


def test_a_graph_store_put_that_met_a_bare_server_error_is_sent_again(server):
    """CI failure of stop 19: Virtuoso answered the first Graph Store PUT of a test with HTTP 500, "SPARQL Graph
    Protocol request failed" and no error named. A PUT is idempotent, so it is sent again; the push succeeds."""
    FakeServer.mode = "busy-once"
    summary = push(FIXTURE, server + "/sparql", graph_store=server + "/gsp", include_ontology=False,
                   include_merged=False)
    puts = [r for r in FakeServer.requests if r[0] == "PUT"]
    assert len(summary.graphs) == 2 and len(puts) == 3 and puts[0][1] == puts[1][1] != puts[2][1]


def test_a_bare_server_error_that_does_not_clear_is_one_line_with_the_page_text(server):
    from policykg.queries.connection import SERVER_ERROR_RETRIES

    FakeServer.mode = "busy"
    with pytest.raises(EndpointError, match=r"failed with HTTP 500: Error 500 \| SPARQL Graph Protocol request failed"
                                            r" \| HTTP/1.1 500 Request Failed \| SR008: server busy$"):
        push(FIXTURE, server + "/sparql", graph_store=server + "/gsp", include_ontology=False, include_merged=False)
    assert len([r for r in FakeServer.requests if r[0] == "PUT"]) == SERVER_ERROR_RETRIES + 1


def test_a_rejected_query_is_a_query_error(server):
    FakeServer.mode = "400"
    with pytest.raises(QueryError, match="rejected the query: Virtuoso 37000 Error SP030"):
        run_query("SELECT * WHERE { ?s ?p ?o }", {}, endpoint=server + "/sparql")


def test_push_with_the_graph_store_protocol_puts_each_graph(server):
    summary = push(FIXTURE, server + "/sparql", graph_store=server + "/gsp", auth=("dba", SECRET),
                   include_ontology=False, include_merged=False)
    assert summary.method == "gsp" and len(summary.graphs) == 2
    puts = [r for r in FakeServer.requests if r[0] == "PUT"]
    graphs = [urllib.parse.parse_qs(urllib.parse.urlsplit(p[1]).query)["graph"][0] for p in puts]
    assert graphs == list(summary.graphs) == ["https://w3id.org/policykg/graph/ct09-nhandan-2023-12-09",
                                              "https://w3id.org/policykg/graph/kh182-son-la"]
    triples = [t for p in puts for t in ox.parse(p[3], format=ox.RdfFormat.N_TRIPLES)]
    assert len(triples) == summary.triples == len(list(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG)))
    assert puts[0][2]["Content-Type"].startswith("text/turtle")


def test_push_with_sparql_update_drops_then_inserts(server):
    summary = push(FIXTURE, server + "/sparql", include_ontology=False, include_merged=False)
    updates = [urllib.parse.parse_qs(r[3].decode())["update"][0] for r in FakeServer.requests]
    assert summary.method == "update"
    assert updates[0] == "DROP SILENT GRAPH <https://w3id.org/policykg/graph/ct09-nhandan-2023-12-09>"
    assert updates[1].startswith("INSERT DATA { GRAPH <https://w3id.org/policykg/graph/ct09-nhandan-2023-12-09> {")
    assert sum(u.startswith("DROP SILENT GRAPH") for u in updates) == 2


def test_push_includes_the_ontology_by_default(server):
    summary = push(FIXTURE, server + "/sparql", graph_store=server + "/gsp")
    assert "https://w3id.org/policykg/ontology" in summary.graphs


def test_credentials_come_from_the_environment_only():
    env = {"POLICYKG_ENDPOINT_USER": "dba", "POLICYKG_ENDPOINT_PASSWORD": SECRET, "POLICYKG_ENDPOINT_AUTH": "digest"}
    auth = credentials_from_env(environ=env)
    assert (auth.user, auth.password, auth.scheme) == ("dba", SECRET, "digest")
    assert SECRET not in repr(auth)
    with pytest.raises(EndpointError, match="set both"):
        credentials_from_env(environ={"POLICYKG_ENDPOINT_USER": "dba"})
    with pytest.raises(EndpointError, match="unknown authentication scheme"):
        credentials_from_env(environ={**env, "POLICYKG_ENDPOINT_AUTH": "ntlm"})


def test_bad_endpoint_urls():
    with pytest.raises(EndpointError, match="must be an http"):
        run_query("tasks", {}, endpoint="ftp://x/sparql")
    with pytest.raises(QueryError, match="exactly one of"):
        run_query("tasks", {}, endpoint="http://x/sparql", data=FIXTURE)


@pytest.mark.parametrize("text", ["PREFIX SELECT: <http://x/> DROP ALL", "?SELECT DROP ALL", "SELECT * {} ; CLEAR ALL",
                                  "DROP ALL", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <http://x/>",
                                  "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "not sparql at all"])
def test_what_is_not_one_query_is_never_sent(server, text):
    """Issue 11, failure 6: the guard parses the text; nothing reaches the server."""
    with pytest.raises(QueryError, match="only runs queries"):
        run_query(text, {}, endpoint=server + "/sparql")
    assert FakeServer.requests == []


def test_a_query_always_travels_as_query_never_as_update(server):
    # SPARQLWrapper's own pattern takes this query for a DROP and would send it as update=
    text = "BASE <http://x/> PREFIX : <http://x/DROP/> SELECT ?x WHERE { ?s :p ?x }"
    assert run_query(text, {}, endpoint=server + "/sparql").rows
    sent = sent_queries()[0]
    assert "update" not in sent and sent["query"][0].endswith(text)


@pytest.mark.parametrize("mode", ["html", "html-as-text", "redirect"])
def test_push_to_a_server_that_answers_html_or_redirects_fails_with_one_line(server, mode):
    """Issue 11, failure 9: a push to a server that answered an HTML page reported success."""
    FakeServer.mode = mode
    expected = "redirect \\(HTTP 302\\) to /login" if mode == "redirect" else "with an HTML page"
    for graph_store in (server + "/gsp", None):
        with pytest.raises(EndpointError, match=expected) as error:
            push(FIXTURE, server + "/sparql", graph_store=graph_store, auth=("dba", SECRET), include_ontology=False)
        assert "\n" not in str(error.value)
    if mode == "html":
        assert '("Sign in | Portal")' in str(error.value)
    assert not any(r[1].startswith("/login") for r in FakeServer.requests)   # a redirect is never followed


def test_push_cli_reports_an_html_answer_and_exits_1(server):
    from click.testing import CliRunner

    from policykg.cli import cli

    FakeServer.mode = "html"
    result = CliRunner().invoke(cli, ["push", str(FIXTURE), "--endpoint", server + "/sparql"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"Error: {server}/sparql answered HTTP 200 with an HTML page")
    assert result.output.count("\n") == 1 and "pushed" not in result.output


def test_an_empty_html_answer_to_a_put_is_success(server):
    FakeServer.mode = "empty-html"
    assert push(FIXTURE, server + "/sparql", graph_store=server + "/gsp", include_ontology=False).method == "gsp"


def test_push_sends_the_merged_view_as_a_graph_of_its_own(server):
    """The embedded store's default graph (each triple once, the ontology's too) goes as MERGED_GRAPH: a PUT that
    replaces it, then POSTs that add to it when it is big; blank nodes all travel in the first request."""
    from policykg.core.iris import MERGED_GRAPH
    from policykg.queries import writer

    data = open_data(FIXTURE)
    data.refresh_merged_view()
    expected = {ox.Triple(q.subject, q.predicate, q.object) for q in data.quads_of_default_graph()}
    original = writer.GSP_CHUNK_BYTES
    try:
        writer.GSP_CHUNK_BYTES = 50_000
        summary = push(data, server + "/sparql", graph_store=server + "/gsp")
    finally:
        writer.GSP_CHUNK_BYTES = original
    assert summary.graphs[-1] == MERGED_GRAPH
    sent = [r for r in FakeServer.requests if "graph=" in r[1] and urllib.parse.parse_qs(
        urllib.parse.urlsplit(r[1]).query)["graph"][0] == MERGED_GRAPH]
    assert [r[0] for r in sent[:2]] == ["PUT", "POST"] and {r[0] for r in sent[1:]} == {"POST"}
    assert all(b"_:" not in r[3] for r in sent[1:])
    triples = [q.triple for r in sent for q in ox.parse(r[3], format=ox.RdfFormat.N_TRIPLES)]
    assert len(triples) == len(expected) and {t for t in triples if not writer._has_blank_node(t)} == \
        {t for t in expected if not writer._has_blank_node(t)}


class MergedServer(FakeServer):
    """A server that holds the merged graph: the probe is answered yes."""

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        FakeServer.requests.append((self.command, self.path, dict(self.headers), body))
        answer = {"head": {}, "boolean": True} if b"ASK" in body else RESULTS
        self._reply(200, json.dumps(answer).encode())

    do_GET = do_POST = _handle


def test_queries_name_the_merged_graph_when_the_server_holds_it(monkeypatch):
    """default-graph-uri is the merged view for queries that name no dataset; the server is asked once."""
    from policykg.core.iris import MERGED_GRAPH

    FakeServer.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), MergedServer)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    try:
        run_query("tasks", {}, endpoint=url)
        run_query("SELECT ?x WHERE { ?s ?p ?x }", {}, endpoint=url)
        run_query("SELECT ?x FROM <urn:mine> WHERE { ?s ?p ?x }", {}, endpoint=url)
        run_query("SELECT ?x WHERE { ?s ?p ?x }", {}, endpoint=url, timeout=5)
    finally:
        httpd.shutdown()
        httpd.server_close()
        remote.forget_datasets(url)
    probes = [r for r in FakeServer.requests if remote._MERGED_PROBE.encode() in urllib.parse.unquote_plus(
        r[3].decode()).encode()]
    assert len(probes) == 1 and urllib.parse.parse_qs(probes[0][3].decode())["default-graph-uri"] == [MERGED_GRAPH]
    queries = sent_queries()
    assert [q.get("default-graph-uri") for q in queries] == [[MERGED_GRAPH], [MERGED_GRAPH], None, [MERGED_GRAPH]]


def test_a_server_without_the_merged_graph_is_queried_as_before(server):
    run_query("tasks", {}, endpoint=server + "/sparql")
    remote.forget_datasets()
    assert all("default-graph-uri" not in q for q in sent_queries())
