"""The embedded engine sorts catalogue results in Python (Oxigraph's on-disk ORDER BY decodes strings at every
comparison): the rows must come in exactly the order Oxigraph's own ORDER BY gives, for every catalogue query,
with and without its optional parameters, on the hand-made fixture and on a small generated corpus."""

from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.queries.catalogue import list_queries
from policykg.queries.data import open_data
from policykg.queries.engine import result_from_oxigraph, run_query
from policykg.queries.order import sort_rows, split_order_by
from policykg.queries.params import bind_parameters
from corpusfixture import build_generated  # noqa: E402  (tests/ is on sys.path via conftest.py)

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "queries" / "fixture.trig"
ACTOR = "https://w3id.org/policykg/actor/"
ID = "https://w3id.org/policykg/id/"
# IRIs, not labels: the Oxigraph side of the comparison binds them as they are
FIXTURE_PARAMS = {"actor": {"actor": ACTOR + "cong-an-nhan-dan"}, "actors-by-kind": {"kind": "pkg:ArmedForce"},
                  "path": {"from": ACTOR + "cong-an-tinh-son-la", "to": ACTOR + "quan-doi-nhan-dan"},
                  "document-diff": {"a": ID + "doc/09-ct-tw", "b": ID + "doc/182-kh-ubnd"},
                  "evidence": {"item": ID + "ct09-nhandan-2023-12-09/task/2"}}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    return open_data(build_generated(tmp_path_factory.mktemp("order"), 12))


def _cases(store, params_of):
    for info in list_queries():
        if info.computed:   # ordered by the code that computes it (tests/test_paths.py)
            continue
        base = params_of(info, store)
        if base is None:
            continue
        yield info, base
        for extra in ({"document": None}, {"actor": None}):
            name = next(iter(extra))
            if info.param(name) is not None and info.param(name).optional:
                value = _sample(store, name)
                yield info, {**base, name: value}


def _sample(store, name):
    pkg = "https://w3id.org/policykg/ontology#"
    sparql = {"document": f"SELECT ?x WHERE {{ ?t <{pkg}statedIn> ?x }} ORDER BY ?x LIMIT 1",
              "actor": f"SELECT ?x WHERE {{ ?x <{pkg}leads> ?t }} ORDER BY ?x LIMIT 1"}[name]
    return store.select(sparql)[0]["x"].value


def _corpus_params(info, store):
    required = [p.name for p in info.params if not p.optional]
    values = {"actor": _sample(store, "actor"), "document": _sample(store, "document"), "kind": "pkg:StateBody",
              "from": _sample(store, "actor"), "to": "actor:uy-ban-nhan-dan-cac-cap"}
    values.update(a=values["document"], b=values["document"], item=_sample(store, "actor"))
    return {name: values[name] for name in required}


def _same_order(info, params, store):
    ours = run_query(info, params, data=store)
    bindings = bind_parameters(info, params)
    oxigraph = result_from_oxigraph(store.query(info.text_for(bindings), bindings))
    return ours.tuples(), oxigraph.tuples()


def test_python_order_is_oxigraphs_on_the_fixture():
    store = open_data(FIXTURE)
    for info, params in _cases(store, lambda info, _: FIXTURE_PARAMS.get(info.name, {})):
        ours, oxigraph = _same_order(info, params, store)
        assert ours == oxigraph, (info.name, params)


def test_python_order_is_oxigraphs_on_a_generated_corpus(corpus_store):
    checked = 0
    for info, params in _cases(corpus_store, _corpus_params):
        ours, oxigraph = _same_order(info, params, corpus_store)
        assert ours == oxigraph, (info.name, params)
        checked += bool(ours)
    assert checked >= 15


def test_descending_keys_and_limit():
    order = split_order_by("SELECT ?a ?n WHERE { ?a ?p ?n } ORDER BY DESC(?n) ?a LIMIT 2")
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    rows = [(ox.NamedNode(f"urn:{a}"), ox.Literal(n, datatype=integer)) for a, n in
            (("b", "9"), ("a", "10"), ("c", "9"), ("d", "1"))]
    ordered = sort_rows(rows, [(1, True), (0, False)])[:order.limit]
    assert [r[0].value for r in ordered] == ["urn:a", "urn:b"]   # 10 > 9 as numbers, then by IRI


def test_mixed_columns_are_left_to_oxigraph():
    rows = [(ox.Literal("2024-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),),
            (ox.Literal("a"),), (ox.BlankNode(),)]
    assert sort_rows(rows, [(0, False)]) is None
    assert sort_rows(rows[2:], [(0, False)]) is None


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_written_results_are_pyoxigraphs_own_bytes(corpus_store, fmt):
    """Python writes JSON, CSV and TSV exactly as Oxigraph's serialisers do, so sorting here changes nothing."""
    formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "json": ox.QueryResultsFormat.JSON}
    for info, params in _cases(corpus_store, _corpus_params):
        bindings = bind_parameters(info, params)
        theirs = corpus_store.query(info.text_for(bindings), bindings).serialize(format=formats[fmt])
        assert run_query(info, params, data=corpus_store).serialize(fmt).encode("utf-8") == theirs, (info.name, fmt)
