"""``policykg build --endpoint``: a real throwaway Virtuoso follows the build directory. Every catalogue query gives
the embedded build's rows on the server (the merged view lives there as a graph of its own), an incremental build
sends only the changed graphs and keeps the server equal to the embedded store, --prune drops a removed document's
graph there, and a failed sync says OUT was published and sends everything the next time.

Skips only when virtuoso-t is missing and CI is not "true"."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.errors import EndpointError
from policykg.core.iris import GRAPH, MERGED_GRAPH
from policykg.corpus.build import build_corpus
from policykg.corpus.serverpush import RECORD, ServerTarget
from policykg.queries.catalogue import list_queries
from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries.remote import EndpointAuth
from policykg.queries.virtuoso import VirtuosoServer, free_port
from benchcorpus import generator
from services import need_virtuoso

pytestmark = pytest.mark.virtuoso

_spec = importlib.util.spec_from_file_location("bench_querybench",
                                               Path(__file__).resolve().parent.parent / "bench" / "querybench.py")
querybench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench_querybench", querybench)
_spec.loader.exec_module(querybench)

GRAPHS = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
          "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/policykg/graph/')) }")
MERGED = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{MERGED_GRAPH}> {{ ?s ?p ?o }} }}"


def _count(url: str, text: str) -> int:
    return int(run_query(text, {}, endpoint=url).rows[0]["n"].value)


@pytest.fixture(scope="module")
def server():
    need_virtuoso()
    with VirtuosoServer() as running:
        yield running


def _target(server) -> ServerTarget:
    return ServerTarget(server.auth_url, server.graph_store_url, EndpointAuth(server.user, server.password, "digest"))


@pytest.fixture(scope="module")
def built(server, tmp_path_factory):
    """Ten generated documents built with --jobs 2 into OUT and the server."""
    folder = tmp_path_factory.mktemp("endpoint-corpus")
    generator.generate_corpus(10, folder)
    out = tmp_path_factory.mktemp("endpoint-out") / "out"
    summary = build_corpus([folder], out, jobs=2, quiet=True, viz=False, server=_target(server))
    assert summary.built == 10 and "everything sent, 11 graph(s) replaced" in summary.server
    return folder, out


def _same_as_embedded(server, out: Path) -> None:
    """Every catalogue query, with parameters picked from the data, gives the embedded build's rows."""
    embedded = open_data(out)
    values = querybench.pick_values(embedded)
    compared = 0
    for info in list_queries():
        params = querybench.params_for(info, values)
        if params is None:
            continue
        local = run_query(info, params, data=embedded)
        remote = run_query(info, params, endpoint=server.sparql_url, timeout=120)
        assert remote.variables == local.variables, info.name
        assert remote.tuples() == local.tuples(), info.name
        compared += 1
    assert compared >= len(list_queries()) - 1
    assert _count(server.sparql_url, MERGED) == len(list(embedded.quads_of_default_graph()))


def test_every_catalogue_query_on_the_server_gives_the_embedded_build_rows(server, built):
    _folder, out = built
    assert _count(server.sparql_url, GRAPHS) == 10
    _same_as_embedded(server, out)
    record = json.loads((out / RECORD).read_text())
    assert list(record.values())[0]["complete"] is True


def test_an_incremental_build_sends_the_changed_graph_and_prune_drops_a_removed_one(server, built, tmp_path):
    folder, out = built
    docs = sorted(folder.iterdir())
    changed = docs[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("Nơi nhận:", "12. Bộ Tài chính phối hợp Bộ Nội vụ rà soát kinh phí thực hiện.\n"
                                                 "\nNơi nhận:", 1), encoding="utf-8")
    gone = docs[1]
    shutil.move(gone, tmp_path / gone.name)
    summary = build_corpus([folder], out, quiet=True, viz=False, prune=True, server=_target(server))
    assert summary.built == 1 and summary.removed == 1
    assert "1 graph(s) replaced, 1 dropped" in summary.server and "everything" not in summary.server
    assert _count(server.sparql_url, GRAPHS) == 9
    listed = run_query(GRAPHS.replace("(COUNT(DISTINCT ?g) AS ?n)", "DISTINCT ?g"), {}, endpoint=server.sparql_url)
    assert {r["g"].value for r in listed.rows} == {g for g in open_data(out).graphs() if g.startswith(GRAPH)}
    _same_as_embedded(server, out)


def test_a_failed_sync_says_out_was_published_and_sends_everything_next_time(server, built):
    folder, out = built
    before = (out / "current").resolve()
    dead = ServerTarget(f"http://127.0.0.1:{free_port()}/sparql-auth", timeout=5)
    with pytest.raises(EndpointError, match=r"was published, but the server is out of date: 0 of \d+ graph\(s\) sent"):
        build_corpus([folder], out, quiet=True, viz=False, server=dead)
    assert (out / "current").resolve() != before   # the generation was published
    summary = build_corpus([folder], out, quiet=True, viz=False, server=_target(server))
    assert summary.built == 0 and "everything sent" in summary.server   # the record said: out of date
    _same_as_embedded(server, out)


def test_a_full_sync_drops_the_graphs_of_documents_out_no_longer_has(server, built):
    """Orphans: a document graph the server holds but OUT never published (here written behind the build's back,
    as when documents are removed by builds that did not follow the server) is dropped by the next full sync;
    graphs outside the document namespace stay."""
    folder, out = built
    writer = _target(server).writer()
    orphan, other = GRAPH + "removed-while-not-followed", "https://example.org/not-policykg"
    triple = b"<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n"
    for graph in (orphan, other):
        writer.put(graph, triple)
    documents = [g for g in open_data(out).graphs() if g.startswith(GRAPH)]
    assert _count(server.sparql_url, GRAPHS) == len(documents) + 1   # and the orphan
    (out / RECORD).unlink()   # no record of this server: the next sync is a full one
    summary = build_corpus([folder], out, quiet=True, viz=False, server=_target(server))
    assert summary.built == 0 and "everything sent" in summary.server and "1 dropped" in summary.server
    held = {row["g"].value for row in run_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {},
                                                 endpoint=server.sparql_url).rows}
    assert orphan not in held and other in held
    _same_as_embedded(server, out)
    writer.drop(other)


def test_cli_build_into_a_server(server, built, tmp_path, monkeypatch):
    folder, _out = built
    monkeypatch.setenv("POLICYKG_ENDPOINT_USER", server.user)
    monkeypatch.setenv("POLICYKG_ENDPOINT_PASSWORD", server.password)
    out = tmp_path / "cli-out"
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(out), "--no-viz", "--endpoint",
                                      server.auth_url, "--graph-store", server.graph_store_url,
                                      "--auth-scheme", "digest"])
    assert result.exit_code == 0, result.output
    assert "server: " in result.output and server.password not in result.output
    bad = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "x"), "--endpoint", "ftp://h/"])
    assert bad.exit_code == 1 and "must be an http:// or https:// URL" in bad.output
    assert not (tmp_path / "x").exists()
