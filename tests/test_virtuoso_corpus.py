"""The catalogue on a generated corpus, embedded and on a real Virtuoso 7: the same rows for document-diff between
documents that implement or cite each other, and for the selective forms of the bulk queries (actor, document).

Skips only when virtuoso-t is missing and CI is not "true" (in CI a missing Virtuoso is a failure)."""

import os

import pytest

from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries.remote import EndpointAuth, push
from policykg.queries.virtuoso import VirtuosoServer, virtuoso_available
from corpusfixture import build_generated  # noqa: E402  (tests/ is on sys.path via conftest.py)

pytestmark = pytest.mark.virtuoso
PKG = "https://w3id.org/policykg/ontology#"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_generated(tmp_path_factory.mktemp("vcorpus"), 16)


@pytest.fixture(scope="module")
def endpoint(built):
    if not virtuoso_available():
        if os.environ.get("CI") == "true":
            pytest.fail("virtuoso-t is not installed, and CI=true: .ci/run must install virtuoso-opensource")
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource)")
    with VirtuosoServer() as server:
        push(built / "graph.trig", server.auth_url, graph_store=server.graph_store_url,
             auth=EndpointAuth(server.user, server.password, "digest"))
        yield server.sparql_url


def _pairs(store) -> list[tuple[str, str]]:
    """Documents that implement or cite each other, and the two with the most tasks."""
    linked = store.select(f"SELECT DISTINCT ?a ?b WHERE {{ ?a <{PKG}implements>|<{PKG}cites> ?b . "
                          f"?a <{PKG}hasTask> ?t . ?b <{PKG}hasTask> ?u }} ORDER BY ?a ?b LIMIT 3")
    busiest = store.select(f"SELECT ?d (COUNT(?t) AS ?n) WHERE {{ ?d <{PKG}hasTask> ?t }} GROUP BY ?d "
                           "ORDER BY DESC(?n) ?d LIMIT 2")
    pairs = [(r["a"].value, r["b"].value) for r in linked]
    return pairs + [(busiest[0]["d"].value, busiest[1]["d"].value)]


def test_document_diff_gives_the_embedded_rows(built, endpoint):
    store = open_data(built)
    pairs = _pairs(store)
    assert len(pairs) >= 2
    changed = 0
    for a, b in pairs:
        local = run_query("document-diff", {"a": a, "b": b}, data=store)
        remote = run_query("document-diff", {"a": a, "b": b}, endpoint=endpoint)
        assert remote.tuples() == local.tuples(), (a, b)
        assert {row["side"].value for row in local.rows} == {"a", "b"}
        changed += len(local.rows)
    assert changed > 20


def test_selective_forms_give_the_embedded_rows(built, endpoint):
    store = open_data(built)
    actor = store.select(f"SELECT ?a (COUNT(*) AS ?n) WHERE {{ ?a <{PKG}leads> ?t }} GROUP BY ?a "
                         "ORDER BY DESC(?n) ?a LIMIT 1")[0]["a"].value
    document = _pairs(store)[-1][0]
    for name in ("coordination", "responsibilities", "tasks", "objectives"):
        for params in ({"actor": actor}, {"document": document}, {"actor": actor, "document": document}):
            local = run_query(name, params, data=store)
            assert run_query(name, params, endpoint=endpoint).tuples() == local.tuples(), (name, params)
    far = store.select(f"SELECT ?b WHERE {{ ?b <{PKG}responsibleFor> ?t }} ORDER BY DESC(?b) LIMIT 1")[0]["b"].value
    for name, params in (("busiest-actors", {}), ("documents", {}), ("actor", {"actor": actor}),
                         ("path", {"from": actor, "to": far}), ("path", {"from": far, "to": actor})):
        assert run_query(name, params, endpoint=endpoint).tuples() == run_query(name, params, data=store).tuples(), name
