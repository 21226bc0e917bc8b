"""Issue 12, round 21: a build keeps the whole answers of ``tasks`` and ``tasks-without-lead`` reduced from the
documents' parts (policykg/queries/taskparts.py) instead of querying its store; what a user gets from ``policykg
query tasks --data OUT`` (the kept file, CSV and JSON) must be byte for byte the live SPARQL answer -- on a generated
corpus, on invented documents reaching each branch of the two queries, and where the reduce must give up (a document
stating something of another's task, rows equal on every ORDER BY key), which then answers on the store."""

from __future__ import annotations

import io
from pathlib import Path
from unittest import mock

import pyoxigraph as ox
import pytest

from corpusfixture import build_generated  # noqa: E402  (tests/ is on sys.path via conftest.py)
from policykg.core.iris import mint_graph_iri, mint_item_iri
from policykg.queries import bulkplans
from policykg.queries.catalogue import get_query
from policykg.queries.engine import stream_query
from policykg.queries.store import GraphStore
from policykg.queries.summarise import write_summary
from policykg.queries.summaryparts import part_digest, triples_part
from policykg.queries.tables import Answer
from policykg.queries.taskparts import KEPT_FROM_PARTS, sorted_kept

PKG = "https://w3id.org/policykg/ontology#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
ACTOR = "https://w3id.org/policykg/actor/"
NAMES = list(KEPT_FROM_PARTS)


def live(store: GraphStore, name: str, fmt: str) -> bytes:
    """The catalogue's SPARQL answer on the store (no bulk plan)."""
    out = io.BytesIO()
    with mock.patch.dict(bulkplans.PLANS, clear=True):
        stream_query(name, {}, out, fmt, data=store)
    return out.getvalue()


def kept(generation: Path, name: str, fmt: str) -> bytes:
    return Answer(generation, generation, name, get_query(name).text).path(fmt).read_bytes()


def reduced(parts: list[bytes], folder: Path) -> set[str]:
    """The queries the reduce answers from ``parts`` (the others run on the store)."""
    infos = [get_query(name) for name in NAMES]
    folder.mkdir(exist_ok=True)
    return set(sorted_kept(infos, {info.name: part_digest(info) for info in infos}, parts, folder))


def vi(text: str) -> ox.Literal:
    return ox.Literal(text, language="vi")


def plan(key: str, tasks: int = 6) -> list[tuple]:
    """An invented plan's triples under its own prefix: a task its lead ``pkg:leads``, one whose duty has a lead, one
    whose duty has none, one with two quotes and one quote said twice, one without text, evidence without a quote, a
    deadline with and without a due date."""
    doc = f"https://w3id.org/policykg/id/doc/{key}-kh"
    task = [mint_item_iri(key, "task", n) for n in range(tasks)]
    ev = [mint_item_iri(key, "evidence", n) for n in range(tasks + 2)]
    duty = [mint_item_iri(key, "duty", n) for n in range(2)]
    t = []
    for n, iri in enumerate(task):
        t += [(iri, TYPE, PKG + "Task"), (iri, PKG + "statedIn", doc), (iri, PKG + "hasEvidence", ev[n]),
              (ev[n], PKG + "quote", vi(f"Các sở, ngành thực hiện việc {n} của {key}"))]
        if n != 4:
            t.append((iri, PKG + "text", vi(f"tổ chức thực hiện việc {n} ({key})")))
    t.append((ACTOR + "so-a", PKG + "leads", task[0]))
    t += [(duty[0], TYPE, PKG + "CoordinationDuty"), (duty[0], PKG + "onTask", task[1]),
          (duty[0], PKG + "leadActor", ACTOR + "so-b"), (duty[0], PKG + "cooperatingActor", ACTOR + "so-c")]
    t += [(duty[1], TYPE, PKG + "CoordinationDuty"), (duty[1], PKG + "onTask", task[2]),
          (duty[1], PKG + "cooperatingActor", ACTOR + "so-c"), (duty[1], PKG + "cooperatingActor", ACTOR + "so-d")]
    t += [(task[3], PKG + "hasEvidence", ev[tasks]), (ev[tasks], PKG + "quote", vi("Một câu khác")),
          (task[3], PKG + "hasEvidence", ev[tasks + 1]), (ev[tasks + 1], PKG + "quote", vi("Một câu khác"))]
    t += [(task[-1], PKG + "hasEvidence", ev[tasks + 1].replace("evidence", "note"))]   # evidence with no quote
    t += [(task[2], PKG + "deadline", vi("Quý III/2026")),
          (task[2], PKG + "dueDate", ox.Literal("2026-09", datatype=ox.NamedNode(XSD + "gYearMonth"))),
          (task[-1], PKG + "deadline", vi("Thường xuyên"))]
    return t


def build(work: Path, documents: dict[str, list[tuple]]) -> tuple[GraphStore, Path, list[bytes]]:
    """A store of ``documents`` (each its own graph, the ontology, the merged view) and a generation whose answers
    ``write_summary`` kept from the documents' parts, as a build does."""
    store = GraphStore(work / "store")
    store.load_ontology()
    for key, triples in documents.items():
        store.replace_graph(mint_graph_iri(key), [
            ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o) if isinstance(o, str) else o)
            for s, p, o in triples])
    store.refresh_merged_view()
    parts = [triples_part(triples, key) for key, triples in documents.items()]
    generation = work / "gen"
    generation.mkdir()
    write_summary(store, generation, parts=lambda: iter(parts))
    return store, generation, parts


def assert_kept_is_live(store: GraphStore, generation: Path) -> None:
    for name in NAMES:
        for fmt in ("csv", "json"):
            assert kept(generation, name, fmt) == live(store, name, fmt), (name, fmt)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_generated(tmp_path_factory.mktemp("keptparts"), 12)


def test_generated_corpus_kept_answers_are_the_live_answers(corpus):
    generation = (corpus / "current").resolve()
    parts = [p.read_bytes() for p in sorted((generation / "graphs").glob("*.summary.json"))]
    assert reduced(parts, generation.parent / "reduce-check") == set(NAMES)   # reduced, not answered on the store
    store = GraphStore(generation / "store", read_only=True)
    for name in NAMES:
        for fmt in ("csv", "json"):
            assert kept(generation, name, fmt) == live(store, name, fmt)


def test_invented_plans_reduced_as_the_store_answers(tmp_path):
    store, generation, parts = build(tmp_path, {"kh-alpha": plan("kh-alpha"), "qd-beta": plan("qd-beta", 4)})
    assert reduced(parts, tmp_path / "r") == set(NAMES)
    unled = kept(generation, "tasks-without-lead", "csv").decode("utf-8")
    assert "kh-alpha/task/2" in unled and "kh-alpha/task/0" not in unled and "kh-alpha/task/1" not in unled
    assert_kept_is_live(store, generation)


@pytest.mark.parametrize("crossing", [
    (ACTOR + "so-e", PKG + "leads", mint_item_iri("kh-alpha", "task", 2)),           # a lead named elsewhere
    (mint_item_iri("kh-alpha", "task", 4), PKG + "text", vi("văn bản khác nói thêm")),  # a text said elsewhere
    (mint_item_iri("kh-alpha", "evidence", 0), PKG + "quote", vi("trích dẫn khác")),   # a quote said elsewhere
])
def test_a_document_stating_another_documents_task_is_answered_on_the_store(tmp_path, crossing):
    store, generation, parts = build(tmp_path, {"kh-alpha": plan("kh-alpha"), "qd-beta": plan("qd-beta") + [crossing]})
    assert reduced(parts, tmp_path / "r") == set()
    assert_kept_is_live(store, generation)


def test_rows_equal_on_every_order_key_are_answered_on_the_store(tmp_path):
    task = mint_item_iri("kh-alpha", "task", 2)   # two deadlines: rows equal on ?document ?task ?text ?quote
    store, generation, parts = build(tmp_path, {"kh-alpha": plan("kh-alpha") + [(task, PKG + "deadline", vi("Năm 2027"))],
                                                "qd-beta": plan("qd-beta")})
    assert reduced(parts, tmp_path / "r") == {"tasks-without-lead"}
    assert_kept_is_live(store, generation)
