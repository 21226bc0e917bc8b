"""Query parameters are bound as RDF terms, never pasted into the query text: injection is harmless."""

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.core.errors import QueryError
from policykg.queries.catalogue import get_query, query_from_text
from policykg.queries.data import load_into_store, open_data
from policykg.queries.engine import run_query
from policykg.queries.params import bind_parameters, bind_values, parse_value
from policykg.queries.store import GraphStore

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
INJECTION = 'x" } ; DROP ALL ; #'
ACTOR = "https://w3id.org/policykg/actor/"


@pytest.fixture()
def store_dir(tmp_path):
    load_into_store(FIXTURE, tmp_path / "store")
    return tmp_path / "store"


def test_iri_like_values_bind_as_iris_and_text_as_literals():
    assert parse_value("actor:cong-an-nhan-dan") == ox.NamedNode(ACTOR + "cong-an-nhan-dan")
    assert parse_value("https://example.org/x") == ox.NamedNode("https://example.org/x")
    assert parse_value("urn:x:y") == ox.NamedNode("urn:x:y")
    assert parse_value("Công an nhân dân") == ox.Literal("Công an nhân dân")
    assert parse_value("09-CT/TW") == ox.Literal("09-CT/TW")
    assert parse_value("unknownprefix:x") == ox.Literal("unknownprefix:x")


@pytest.mark.parametrize("bad", ["http://x/a> } ; DROP ALL ; <http://y", "http://x/a b", 'http://x/"', "actor:a{b}"])
def test_malformed_iris_are_refused(bad):
    with pytest.raises(QueryError, match="not a valid IRI"):
        parse_value(bad)


def test_missing_and_unknown_parameters_are_one_line_errors():
    with pytest.raises(QueryError, match=r"needs parameter\(s\) from, to") as missing:
        run_query("path", {}, data=FIXTURE)
    assert "\n" not in str(missing.value)
    with pytest.raises(QueryError, match="has no parameter 'who'.*actor"):
        run_query("actor", {"actor": "x", "who": "y"}, data=FIXTURE)
    with pytest.raises(QueryError, match="has no parameter"):
        run_query("tasks", {"x": "1"}, data=FIXTURE)


def test_injection_value_is_harmless_on_a_persistent_store(store_dir):
    before = sorted(str(q) for q in GraphStore(store_dir, read_only=True).quads())
    result = run_query("actor", {"actor": INJECTION}, data=store_dir)
    assert result.rows == []
    result = run_query("document-diff", {"a": INJECTION, "b": INJECTION}, data=store_dir)
    assert result.rows == []
    after = sorted(str(q) for q in GraphStore(store_dir, read_only=True).quads())
    assert after == before and len(after) > 2000


def test_injection_value_matches_literally(tmp_path):
    data = tmp_path / "odd.trig"
    data.write_text(FIXTURE.read_text(encoding="utf-8") + """
<https://w3id.org/policykg/graph/odd> {
  <https://w3id.org/policykg/actor/odd> a <https://w3id.org/policykg/ontology#PeopleGroup> ;
      <http://www.w3.org/2004/02/skos/core#prefLabel> "x\\" } ; DROP ALL ; #"@vi ;
      <https://w3id.org/policykg/ontology#responsibleFor> <urn:task> .
}
""", encoding="utf-8")
    store = open_data(data)
    size = len(store)
    rows = run_query("actor", {"actor": INJECTION}, data=store).rows
    assert [(r["actor"].value, r["relation"].value) for r in rows] == [(ACTOR + "odd", "responsible")]
    assert len(store) == size


def test_remote_binding_is_a_values_block_of_escaped_terms(store_dir):
    info = get_query("actor")
    bindings = bind_parameters(info, {"actor": INJECTION})
    text = bind_values(info.text, bindings)
    block = 'VALUES ( ?actor ) { ( "x\\" } ; DROP ALL ; #" ) }'
    assert text.replace(" " + block + "\n", "", 1) == info.text   # the only change: one escaped term in a VALUES block
    # the text a server would get is one valid query, and running it changes nothing
    store = GraphStore(store_dir, read_only=True)
    size = len(store)
    assert list(store.query(text)) == []
    assert len(store) == size


def test_values_block_goes_into_the_where_group_not_the_template():
    query = 'PREFIX x: <http://x/> # a { brace in a comment\nCONSTRUCT { ?s x:p "}" } WHERE { ?s x:q ?v }'
    bound = bind_values(query, {"v": ox.Literal("a")})
    assert bound.endswith('WHERE { VALUES ( ?v ) { ( "a" ) }\n ?s x:q ?v }')


def test_ad_hoc_query_takes_parameters_for_its_variables():
    info = query_from_text("SELECT ?actor ?kind WHERE { ?actor a ?kind }")
    result = run_query(info, {"actor": "actor:cong-an-nhan-dan"}, data=FIXTURE)
    assert "https://w3id.org/policykg/ontology#ArmedForce" in {row["kind"].value for row in result.rows}
    assert {row["actor"].value for row in result.rows} == {ACTOR + "cong-an-nhan-dan"}
    ask = run_query("ASK { ?actor a ?kind }", {"actor": "actor:no-such-actor"}, data=FIXTURE)
    assert ask.boolean is False   # not projected: bound through the VALUES block
    with pytest.raises(QueryError, match="has no parameter 'nothere'"):
        run_query(info, {"nothere": "x"}, data=FIXTURE)


def test_updates_are_refused(store_dir):
    with pytest.raises(QueryError, match="only runs queries"):
        run_query("DROP ALL", {}, data=store_dir)
    with pytest.raises(QueryError, match="only runs queries"):
        run_query("DELETE WHERE { ?s ?p ?o }", {}, data=store_dir)
    assert len(GraphStore(store_dir, read_only=True)) > 2000


def test_store_copy_is_independent(store_dir, tmp_path):
    # loading the same data into another store directory leaves the first as it was (no shared state)
    shutil.copytree(store_dir, tmp_path / "copy")
    assert len(GraphStore(tmp_path / "copy", read_only=True)) == len(GraphStore(store_dir, read_only=True))


def test_a_label_naming_two_things_asks_for_an_iri(tmp_path):
    data = tmp_path / "twins.trig"
    data.write_text("""@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/policykg/graph/twins> {
  <https://w3id.org/policykg/actor/a> skos:prefLabel "Sở Tư pháp"@vi .
  <https://w3id.org/policykg/actor/b> skos:altLabel "sở tư pháp"@vi .
}""", encoding="utf-8")
    with pytest.raises(QueryError, match="actor='SỞ TƯ PHÁP' names 2 things \\(actor:a, actor:b\\); give one IRI"):
        run_query("actor", {"actor": "SỞ TƯ PHÁP"}, data=data)
    assert run_query("actor", {"actor": "actor:a"}, data=data).rows == []


def test_queries_parse_the_same_from_several_threads_at_once():
    """The workbench answers requests in threads, each query checked by rdflib's parser, whose grammar is shared
    state: without the parser's lock two threads parsing at once made valid queries 'not a SPARQL query'."""
    import threading

    from policykg.queries.catalogue import list_queries
    from policykg.queries.params import parse_query

    texts = [info.text for info in list_queries()]
    failures = []

    def work(n):
        for i, text in enumerate(texts):
            try:
                parse_query(f"# thread {n} query {i}\n" + text)   # a new text each time: the cache does not answer
            except Exception as exc:   # noqa: BLE001 (any failure is the finding)
                failures.append(f"{n}/{i}: {exc}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures[:3]
