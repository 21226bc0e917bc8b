"""``policykg push --bulk``: Virtuoso's own bulk loader (ld_dir + rdf_loader_run + checkpoint, through isql-vt) on
N-Quads files in a folder the server may read; a real throwaway Virtuoso, every catalogue query compared with the
embedded store. Skips only when Virtuoso is missing and CI is not "true"."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.errors import EndpointError
from policykg.core.iris import MERGED_GRAPH, ONTOLOGY_IRI
from policykg.corpus.build import build_corpus
from policykg.queries.bulkload import bulk_load, write_nquads_files
from policykg.queries.catalogue import list_queries
from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries.remote import holds_merged_graph
from policykg.queries.virtuoso import VirtuosoServer, free_port
from benchcorpus import generator
from queryfixture import PARAMS
from services import need_virtuoso

pytestmark = pytest.mark.virtuoso

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
COUNT = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
         "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/policykg/graph/')) }")


@pytest.fixture(scope="module")
def allowed(tmp_path_factory):
    return tmp_path_factory.mktemp("bulk-allowed")


@pytest.fixture(scope="module")
def server(allowed):
    need_virtuoso()
    with VirtuosoServer(dirs_allowed=(allowed,)) as running:
        bulk_load(FIXTURE, allowed, isql=running.isql_address, auth=(running.user, running.password))
        yield running


def _count(server) -> int:
    return int(run_query(COUNT, {}, endpoint=server.sparql_url).rows[0]["n"].value)


@pytest.mark.parametrize("info", list_queries(), ids=lambda q: q.name)
def test_every_catalogue_query_gives_the_embedded_rows_after_a_bulk_load(server, info):
    params = PARAMS.get(info.name, {})
    local = run_query(info, params, data=open_data(FIXTURE))
    remote = run_query(info, params, endpoint=server.sparql_url)
    assert remote.variables == local.variables
    assert remote.tuples() == local.tuples() and local.rows


def test_a_second_bulk_load_replaces_the_graphs_and_leaves_no_files(server, allowed):
    before = _count(server)
    summary = bulk_load(FIXTURE, allowed, isql=server.isql_address, auth=(server.user, server.password))
    assert summary.method == "bulk" and summary.triples > before    # the ontology graph comes along
    assert _count(server) == before
    assert not list(allowed.glob("*.nq"))
    assert summary.graphs[-1] == MERGED_GRAPH and holds_merged_graph(server.sparql_url)   # queries name it


def test_a_folder_the_server_may_not_read_is_one_line_and_touches_nothing(server, tmp_path):
    before = _count(server)
    with pytest.raises(EndpointError, match=r"^Virtuoso may not read .*: add it to DirsAllowed"):
        bulk_load(FIXTURE, tmp_path / "elsewhere", isql=server.isql_address, auth=(server.user, server.password))
    assert _count(server) == before


def test_unreachable_isql_and_refused_login_are_one_line(server, tmp_path):
    with pytest.raises(EndpointError, match=r"^cannot reach Virtuoso's SQL port at 127\.0\.0\.1:\d+"):
        bulk_load(FIXTURE, tmp_path, isql=f"127.0.0.1:{free_port()}", auth=("dba", "dba"))
    with pytest.raises(EndpointError, match="refused the credentials") as refused:
        bulk_load(FIXTURE, tmp_path, isql=server.isql_address, auth=(server.user, "not-the-password"))
    assert "not-the-password" not in str(refused.value)
    assert not list(tmp_path.iterdir())    # nothing written before the server said yes


def test_cli_push_bulk(server, allowed, monkeypatch, tmp_path):
    runner = CliRunner()
    monkeypatch.delenv("POLICYKG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("POLICYKG_ENDPOINT_PASSWORD", raising=False)
    args = ["push", str(FIXTURE), "--bulk", "--bulk-dir", str(allowed), "--isql", server.isql_address]
    no_credentials = runner.invoke(cli, args)
    assert no_credentials.exit_code == 1 and "set POLICYKG_ENDPOINT_USER" in no_credentials.output
    monkeypatch.setenv("POLICYKG_ENDPOINT_USER", server.user)
    monkeypatch.setenv("POLICYKG_ENDPOINT_PASSWORD", server.password)
    done = runner.invoke(cli, args)
    assert done.exit_code == 0, done.output
    assert "(bulk loader)" in done.output and server.password not in done.output.replace(server.user, "")
    missing = runner.invoke(cli, ["push", str(FIXTURE), "--bulk"])
    assert missing.exit_code == 2 and "--bulk-dir" in missing.output
    bad = runner.invoke(cli, args[:-1] + ["not-an-address"])
    assert bad.exit_code == 1 and bad.output.count("\n") == 1 and "HOST:PORT" in bad.output
    no_endpoint = runner.invoke(cli, ["push", str(FIXTURE)])
    assert no_endpoint.exit_code == 2 and "--endpoint" in no_endpoint.output


def test_a_build_directory_s_cache_files_make_the_same_bulk_files_as_the_store(tmp_path):
    """From a build directory the document graphs are copied from its cache files rather than serialized again by
    Oxigraph: the files hold the same quads (and the merged view) as when every graph comes from the store."""
    folder = tmp_path / "in"
    generator.generate_corpus(6, folder)
    out = tmp_path / "out"
    build_corpus([folder], out, quiet=True, viz=False)
    store = open_data(out)
    merged = tmp_path / "merged.nt"
    store.dump_merged(merged)

    def lines(directory: Path, cache) -> tuple[list[bytes], int]:
        files, triples = write_nquads_files(store, directory, store.graphs(), merged=merged, cache=cache,
                                            chunk_bytes=4096)
        return sorted(line for f in files for line in f.read_bytes().splitlines()), triples

    dumped, dump_graph = [], store.dump_graph
    store.dump_graph = lambda graph: dumped.append(graph) or dump_graph(graph)
    copied = lines(tmp_path / "copied", out / "graphs")
    assert dumped == [ONTOLOGY_IRI]   # only the ontology graph, which has no cache file, came from Oxigraph
    serialized = lines(tmp_path / "serialized", None)
    assert copied == serialized and copied[1] == len(copied[0]) > 0
