"""``path``: every shortest path between two actors, found by a bidirectional search that fetches links by SPARQL
around the two actors only, must be exactly what networkx finds on the whole actor graph."""

import itertools

import networkx as nx
import pyoxigraph as ox
import pytest

from policykg.queries.catalogue import get_query
from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries.order import split_order_by
from corpusfixture import build_generated  # noqa: E402  (tests/ is on sys.path via conftest.py)

A = "https://w3id.org/policykg/actor/"
PKG = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"


def _chain(tmp_path):
    """a - b - c - d - e by shared tasks, a second way b - x - d, and y under e in the hierarchy."""
    lines = ["@prefix pkg: <https://w3id.org/policykg/ontology#> .", "@prefix a: <https://w3id.org/policykg/actor/> .",
             "<https://w3id.org/policykg/graph/g> {"]
    for number, (x, y) in enumerate([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("b", "x"), ("x", "d")]):
        task = f"<{ID}g/task/{number}>"
        lines.append(f"  a:{x} pkg:leads {task} . a:{y} pkg:cooperatesIn {task} . {task} pkg:statedIn <{ID}doc/g> .")
    lines.append("  a:y pkg:partOf a:e . }")
    data = tmp_path / "chain.trig"
    data.write_text("\n".join(lines), encoding="utf-8")
    return data


def _paths(result):
    paths: dict[int, list[str]] = {}
    for row in result.rows:
        steps = paths.setdefault(int(row["path"].value), [row["from"].value])
        assert steps[-1] == row["from"].value   # hops follow each other
        steps.append(row["to"].value)
    return [[iri[len(A):] for iri in steps] for _, steps in sorted(paths.items())]


def test_every_shortest_path_once_in_order(tmp_path):
    data = _chain(tmp_path)
    assert _paths(run_query("path", {"from": "actor:a", "to": "actor:e"}, data=data)) == [
        ["a", "b", "c", "d", "e"], ["a", "b", "x", "d", "e"]]
    assert _paths(run_query("path", {"from": "actor:c", "to": "actor:y"}, data=data)) == [["c", "d", "e", "y"]]
    rows = run_query("path", {"from": "actor:a", "to": "actor:b"}, data=data).rows
    assert [(r["link"].value, r["via"].value, r["document"].value) for r in rows] == [("task", ID + "g/task/0", ID + "doc/g")]


def test_no_path_beyond_the_hop_limit_or_between_strangers(tmp_path):
    data = _chain(tmp_path)
    assert run_query("path", {"from": "actor:a", "to": "actor:y"}, data=data).rows == []   # 5 hops > 4
    assert run_query("path", {"from": "actor:a", "to": "actor:nobody"}, data=data).rows == []
    assert run_query("path", {"from": "actor:a", "to": "actor:a"}, data=data).rows == []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return open_data(build_generated(tmp_path_factory.mktemp("paths"), 16))


def _whole_graph(store) -> nx.Graph:
    """The actor graph from every link at once (the path query with nothing bound)."""
    text = split_order_by(get_query("path").text).text
    graph = nx.Graph()
    for row in store.select(text):
        graph.add_edge(row["from"].value, row["to"].value)
    return graph


def test_the_search_finds_what_networkx_finds_on_the_whole_graph(corpus):
    whole = _whole_graph(corpus)
    actors = sorted(whole.nodes)
    checked = 0
    for source, target in itertools.islice(itertools.combinations(actors[::7], 2), 60):
        try:
            expected = sorted(nx.all_shortest_paths(whole, source, target))
        except nx.NetworkXNoPath:
            expected = []
        expected = [p for p in expected if len(p) - 1 <= 4][:100]
        result = run_query("path", {"from": source, "to": target}, data=corpus)
        assert _paths(result) == [[a[len(A):] for a in p] for p in expected], (source, target)
        for row in result.rows:   # every hop names a link of the right kind, with its evidence when it has one
            assert row["link"].value in ("coordination", "task", "hierarchy")
            assert ("via" in row) == (row["link"].value != "hierarchy")
        checked += bool(expected)
    assert checked >= 20


def test_hops_carry_the_preferred_link_and_its_quote(corpus):
    whole = _whole_graph(corpus)
    hub = max(sorted(whole.nodes), key=whole.degree)
    other = sorted(whole.neighbors(hub))[0]
    row = run_query("path", {"from": hub, "to": other}, data=corpus).rows[0]
    kinds = {r["link"].value for r in corpus.select(split_order_by(get_query("path").text).text,
                                                     {"from": ox.NamedNode(hub), "to": ox.NamedNode(other)})}
    assert row["link"].value == min(kinds, key=["coordination", "task", "hierarchy"].index)
    if row["link"].value != "hierarchy":
        assert row["quote"].value and row["document"].value.startswith(ID)
