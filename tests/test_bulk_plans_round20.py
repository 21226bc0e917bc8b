"""Issue 12, round 20: the bulk plans (policykg/queries/bulkplans.py) answer the whole relation of eight named
queries from predicate scans of the store; a user's CSV or JSON must be byte for byte the SPARQL answer, on the
bundled directive, on a generated corpus and on generated graphs with awkward text (quotes, commas, newlines,
look-alike letters, empty labels, an actor with two labels, actors typed outside any document)."""

from __future__ import annotations

import csv as csvlib
import io
from pathlib import Path
from unittest import mock

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpusfixture import build_generated  # noqa: E402  (tests/ is on sys.path via conftest.py)
from policykg.corpus.build import build_corpus
from policykg.queries import bulkplans
from policykg.queries.catalogue import get_query
from policykg.queries.data import open_data
from policykg.queries.engine import run_query, stream_query
from policykg.queries.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ct09-nhandan-2023-12-09.txt"
PKG = "https://w3id.org/policykg/ontology#"
ACTOR = "https://w3id.org/policykg/actor/"
ID = "https://w3id.org/policykg/id/"
GRAPH = "https://w3id.org/policykg/graph/"
NAMES = sorted(bulkplans.PLANS)
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def answers(store, name: str, fmt: str) -> bytes:
    out = io.BytesIO()
    stream_query(name, {}, out, fmt, data=store)
    return out.getvalue()


def sparql_answers(store, name: str, fmt: str) -> bytes:
    with mock.patch.dict(bulkplans.PLANS, clear=True):   # no plan: the catalogue's SPARQL answers
        return answers(store, name, fmt)


def planned(store, name: str):
    return bulkplans.planned_answer(store, name, get_query(name).text_for(()))


@pytest.fixture(scope="module")
def directive(tmp_path_factory):
    out = tmp_path_factory.mktemp("directive") / "out"
    build_corpus([str(EXAMPLE)], out, viz=False, quiet=True)
    return open_data(out / "store")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return open_data(build_generated(tmp_path_factory.mktemp("bulkplans"), 10) / "store")


@pytest.mark.parametrize("name", NAMES)
def test_directive_answer_is_the_sparql_answer(directive, name):
    assert planned(directive, name) is not None   # the plan answers, it does not hand back to SPARQL
    for fmt in ("csv", "json", "tsv"):
        assert answers(directive, name, fmt) == sparql_answers(directive, name, fmt)


@pytest.mark.parametrize("name", NAMES)
def test_generated_corpus_answer_is_the_sparql_answer(corpus, name):
    assert planned(corpus, name) is not None
    for fmt in ("csv", "json"):
        assert answers(corpus, name, fmt) == sparql_answers(corpus, name, fmt)


def test_table_rows_are_the_sparql_rows(directive):
    for name in NAMES:
        with mock.patch.dict(bulkplans.PLANS, clear=True):
            expected = run_query(name, {}, data=directive).tuples()
        assert run_query(name, {}, data=directive).tuples() == expected


# -- generated graphs with awkward text ----------------------------------------------------------------------------
_LETTERS = st.sampled_from(['"', "'", ",", "\n", "\r\n", "\t", "\\", " ", "a", "а", "A", "Đ", "Ð", "đ", "ệ",
                            "e\u0323\u0302", "Ủy", "Uỷ", "0", "<", "&", "x"])
TEXT = st.lists(_LETTERS, max_size=4).map("".join)   # empty strings too


def _iri(kind: str, i: int) -> ox.NamedNode:
    return ox.NamedNode(f"{ACTOR}a-{i}" if kind == "actor" else f"{ID}{kind}/{i}")


def _p(local: str) -> ox.NamedNode:
    return ox.NamedNode(PKG + local)


@st.composite
def graphs(draw):
    """Quads (subject, predicate, object, graph index) of a few invented documents: actors, tasks, duties,
    objectives, campaigns and references, drawn at random, their literals awkward; graph -1 is not a document's."""
    quads = []
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    docs, n_actors, n_tasks = 3, draw(st.integers(1, 5)), draw(st.integers(0, 6))
    graph = st.integers(-1, docs - 1)

    def add(s, p, o):
        quads.append((s, p, o, draw(graph)))
    for a in range(n_actors):
        actor = _iri("actor", a)
        for kind in draw(st.lists(st.sampled_from(["Ministry", "Committee", "Organisation"]), min_size=1, max_size=2,
                                  unique=True)):
            add(actor, rdf_type, _p(kind))
        for lang in draw(st.lists(st.sampled_from(["vi", "vi", "en", "vi-VN", "fr"]), max_size=3)):
            add(actor, label, ox.Literal(draw(TEXT), language=lang))
    actor = st.integers(0, n_actors - 1).map(lambda i: _iri("actor", i))
    for d in range(docs):
        document = _iri("doc", d)
        for identifier in draw(st.lists(TEXT, max_size=2)):
            add(document, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal(identifier))
        for relation in draw(st.lists(st.sampled_from(["cites", "implements", "basedOn", "replaces"]), max_size=2)):
            add(document, _p(relation), _iri("doc", draw(st.integers(0, docs))))

    def stated(item):
        add(item, rdf_type, _p(item.value.split("/")[-2].capitalize()) if "/duty/" not in item.value
            else _p("CoordinationDuty"))
        if draw(st.booleans()):
            add(item, _p("statedIn"), _iri("doc", draw(st.integers(0, docs - 1))))
        for e in range(draw(st.integers(0, 2))):
            evidence = ox.NamedNode(f"{item.value}/evidence/{e}")
            add(item, _p("hasEvidence"), evidence)
            for quote in draw(st.lists(TEXT, max_size=1)):
                add(evidence, _p("quote"), ox.Literal(quote))
    for t in range(n_tasks):
        task = _iri("task", t)
        stated(task)
        for text in draw(st.lists(TEXT, max_size=2)):
            add(task, _p("text"), ox.Literal(text))
        if draw(st.booleans()):
            add(task, _p("deadline"), ox.Literal(draw(TEXT)))
        if draw(st.booleans()):
            add(task, _p("dueDate"), ox.Literal(f"2026-0{draw(st.integers(1, 9))}-01", datatype=XSD_DATE))
        for role in draw(st.lists(st.sampled_from(["leads", "cooperatesIn", "responsibleFor", "assignedTo"]),
                                  max_size=4)):
            who = draw(actor)
            add(*((task, _p(role), who) if role == "assignedTo" else (who, _p(role), task)))
        for c in range(draw(st.integers(0, 2))):   # campaigns the task concerns
            campaign = ox.NamedNode(f"{ID}campaign/{c}")
            add(campaign, rdf_type, _p(draw(st.sampled_from(["Campaign", "Movement", "Initiative"]))))
            add(campaign, label, ox.Literal(draw(TEXT), language="vi"))
            add(task, _p("concerns"), campaign)
        for u in range(draw(st.integers(0, 2))):   # duties on the task
            duty = ox.NamedNode(f"{ID}duty/{t}-{u}")
            stated(duty)
            add(duty, _p("onTask"), task)
            for lead in draw(st.lists(actor, max_size=1)):
                add(duty, _p("leadActor"), lead)
            for partner in draw(st.lists(actor, max_size=3, unique=True)):
                add(duty, _p("cooperatingActor"), partner)
    for a, b in draw(st.lists(st.tuples(actor, actor), max_size=4)):
        add(a, _p("coordinatesWith"), b)
        add(b, _p("coordinatesWith"), a)
    for o in range(draw(st.integers(0, 3))):
        objective = _iri("objective", o)
        stated(objective)
        for text in draw(st.lists(TEXT, max_size=2)):
            add(objective, _p("text"), ox.Literal(text))
        for holder in draw(st.lists(st.one_of(st.integers(0, docs - 1).map(lambda d: _iri("doc", d)),
                                              st.integers(0, 6).map(lambda t: _iri("task", t))), max_size=2)):
            add(holder, _p("hasObjective"), objective)
    return quads


def store_of(quads) -> GraphStore:
    store = GraphStore()
    by_graph: dict = {}
    for s, p, o, g in quads:
        graph = f"{GRAPH}d{g}" if g >= 0 else "https://example.org/elsewhere"   # -1: not a document's graph
        by_graph.setdefault(graph, []).append(ox.Triple(s, p, o))
    for name, triples in by_graph.items():
        store.replace_graph(name, triples)
    store.refresh_merged_view()
    return store


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(graphs())
def test_awkward_graphs_answer_as_sparql(quads):
    store = store_of(quads)
    for name in NAMES:
        for fmt in ("csv", "json"):
            assert answers(store, name, fmt) == sparql_answers(store, name, fmt), (name, fmt)


def test_the_least_of_two_labels_and_a_pair_without_a_lead():
    one, two, three = _iri("actor", 1), _iri("actor", 2), _iri("actor", 3)
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    led, shared = ox.NamedNode(ID + "duty/1"), ox.NamedNode(ID + "duty/2")
    quads = [(one, label, ox.Literal('Bộ "Y tế"\n', language="vi"), 0),
             (one, label, ox.Literal("Bộ Y tế", language="vi"), 1),
             (two, label, ox.Literal("", language="vi"), 0),
             (led, rdf_type, _p("CoordinationDuty"), 0), (led, _p("leadActor"), one, 0),
             (led, _p("cooperatingActor"), two, 0),
             (shared, rdf_type, _p("CoordinationDuty"), 1), (shared, _p("cooperatingActor"), two, 1),
             (shared, _p("cooperatingActor"), three, 1), (two, _p("coordinatesWith"), three, 1)]
    store = store_of(quads)
    assert planned(store, "coordination") is not None
    text = answers(store, "coordination", "csv").decode()
    assert text == sparql_answers(store, "coordination", "csv").decode()
    rows = list(csvlib.reader(io.StringIO(text, newline="")))
    assert rows[1:] == [[one.value, 'Bộ "Y tế"\n', two.value, "", "", "", ""],   # the least of its two labels
                        [two.value, "", three.value, "", "", "", ""]]   # no lead: the pair once, in IRI order
