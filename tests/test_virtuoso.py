"""Integration with a real Virtuoso 7 (Debian virtuoso-opensource): a throwaway server on 127.0.0.1 with its own
ini and database, the fixture pushed to it, and EVERY catalogue query giving the embedded store's rows.

Skips only when virtuoso-t is missing and CI is not "true" (in CI a missing Virtuoso is a failure)."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.errors import EndpointError, QueryError
from policykg.queries.catalogue import list_queries
from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries.remote import EndpointAuth, push
from policykg.queries.virtuoso import VirtuosoServer

pytestmark = pytest.mark.virtuoso

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
from queryfixture import PARAMS  # noqa: E402  (tests/ is on sys.path via conftest.py)
from services import need_virtuoso  # noqa: E402
MORE_PARAMS = [("actor", {"actor": "actor:ban-bi-thu"}), ("actors-by-kind", {"kind": "pkg:Organization"}),
               ("actors-by-kind", {"kind": "armedforce"}), ("document-diff", {"a": "pkgid:doc/182-kh-ubnd",
                                                                                     "b": "pkgid:doc/09-ct-tw"}),
               ("actor", {"actor": "CAND"}), ("coordination", {"actor": "actor:quan-doi-nhan-dan"}),
               ("coordination", {"document": "182/KH-UBND"}), ("responsibilities", {"actor": "actor:cap-uy-dang"}),
               ("responsibilities", {"document": "09-CT/TW", "actor": "Công an nhân dân"}),
               ("tasks", {"actor": "actor:cong-an-tinh-son-la"}), ("tasks", {"document": "pkgid:doc/182-kh-ubnd"}),
               ("objectives", {"actor": "actor:uy-ban-nhan-dan-tinh-son-la"}), ("objectives", {"document": "09-CT/TW"})]


@pytest.fixture(scope="module")
def virtuoso():
    need_virtuoso()
    with VirtuosoServer() as server:
        auth = EndpointAuth(server.user, server.password, "digest")
        push(FIXTURE, server.auth_url, graph_store=server.graph_store_url, auth=auth)
        yield server


@pytest.fixture(scope="module")
def embedded():
    return open_data(FIXTURE)


@pytest.mark.parametrize("info", list_queries(), ids=lambda q: q.name)
def test_every_catalogue_query_gives_the_embedded_rows(virtuoso, embedded, info):
    params = PARAMS.get(info.name, {})
    local = run_query(info, params, data=embedded)
    remote = run_query(info, params, endpoint=virtuoso.sparql_url)
    assert remote.variables == local.variables
    assert remote.tuples() == local.tuples()
    assert local.rows


@pytest.mark.parametrize("name,params", MORE_PARAMS, ids=lambda x: str(x))
def test_parameters_bind_the_same_way_remotely(virtuoso, embedded, name, params):
    assert run_query(name, params, endpoint=virtuoso.sparql_url).tuples() == run_query(name, params, data=embedded).tuples()


def test_ask_and_construct_remotely(virtuoso, embedded):
    ask = "ASK { ?d a <https://w3id.org/policykg/ontology#Directive> }"
    assert run_query(ask, {}, endpoint=virtuoso.sparql_url).boolean is True
    construct = ("CONSTRUCT { ?a <urn:with> ?b } WHERE { ?a <https://w3id.org/policykg/ontology#coordinatesWith> ?b }")
    remote = run_query(construct, {}, endpoint=virtuoso.sparql_url)
    assert remote.serialize("table") == run_query(construct, {}, data=embedded).serialize("table")


def test_push_again_with_sparql_update_replaces_graphs(virtuoso):
    auth = EndpointAuth(virtuoso.user, virtuoso.password, "digest")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/policykg/graph/kh182-son-la> { ?s ?p ?o } }"
    before = run_query(count, {}, endpoint=virtuoso.sparql_url).rows[0]["n"].value
    summary = push(FIXTURE, virtuoso.auth_url, auth=auth)
    assert summary.method == "update"
    assert run_query(count, {}, endpoint=virtuoso.sparql_url).rows[0]["n"].value == before
    tasks = run_query("tasks", {}, endpoint=virtuoso.sparql_url)
    assert len(tasks.rows) == 7


def test_wrong_password_is_refused(virtuoso):
    with pytest.raises(EndpointError, match="refused the credentials"):
        push(FIXTURE, virtuoso.auth_url, graph_store=virtuoso.graph_store_url,
             auth=EndpointAuth(virtuoso.user, "not-the-password", "digest"))


def test_cli_query_and_push_against_virtuoso(virtuoso, embedded, monkeypatch):
    monkeypatch.setenv("POLICYKG_ENDPOINT_USER", virtuoso.user)
    monkeypatch.setenv("POLICYKG_ENDPOINT_PASSWORD", virtuoso.password)
    runner = CliRunner()
    pushed = runner.invoke(cli, ["push", str(FIXTURE), "--endpoint", virtuoso.auth_url,
                                 "--graph-store", virtuoso.graph_store_url, "--auth-scheme", "digest"])
    assert pushed.exit_code == 0, pushed.output
    assert virtuoso.password not in pushed.output
    remote = runner.invoke(cli, ["query", "coordination", "--endpoint", virtuoso.sparql_url, "--format", "json"])
    local = runner.invoke(cli, ["query", "coordination", "--data", str(FIXTURE), "--format", "json"])
    assert remote.exit_code == 0 and remote.output == local.output


def test_server_is_local_and_stops_by_pid():
    need_virtuoso()
    server = VirtuosoServer()
    with server:
        pid, directory = server.pid, server.directory
        assert server.sparql_url.startswith("http://127.0.0.1:")
        assert (directory / "virtuoso.ini").read_text().count("127.0.0.1:") == 2
        os.kill(pid, 0)   # running
    assert server.pid is None and not directory.exists()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


BYPASSES = ["PREFIX SELECT: <http://x/> DROP ALL", "?SELECT DROP ALL", "SELECT * {} ; CLEAR ALL", "DROP ALL",
            "CLEAR ALL", "DELETE WHERE { ?s ?p ?o }", "# SELECT\nDROP SILENT GRAPH <https://w3id.org/policykg/graph/kh182-son-la>"]


def test_the_update_guard_holds_against_a_server_that_would_run_updates(virtuoso, monkeypatch):
    """Issue 11, failure 6: these passed the client's check and went to the endpoint as update=."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = int(run_query(count, {}, endpoint=virtuoso.sparql_url).rows[0]["n"].value)
    assert before > 1000
    auth = EndpointAuth(virtuoso.user, virtuoso.password, "digest")
    monkeypatch.setenv("POLICYKG_ENDPOINT_USER", virtuoso.user)
    monkeypatch.setenv("POLICYKG_ENDPOINT_PASSWORD", virtuoso.password)
    runner = CliRunner()
    for text in BYPASSES:
        with pytest.raises(QueryError, match="only runs queries"):
            run_query(text, {}, endpoint=virtuoso.auth_url, auth=auth)
        result = runner.invoke(cli, ["query", "-e", text, "--endpoint", virtuoso.auth_url, "--auth-scheme", "digest"])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1, result.output
    assert int(run_query(count, {}, endpoint=virtuoso.sparql_url).rows[0]["n"].value) == before
    # a query with the same words in names and comments still runs, as a query
    tricky = "PREFIX DROP: <urn:drop:> # CLEAR ALL\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert int(run_query(tricky, {}, endpoint=virtuoso.auth_url, auth=auth).rows[0]["n"].value) == before
