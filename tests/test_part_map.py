"""The summary's map computed in Python (policykg.queries.partmap) gives, for each summarised query, the rows the
catalogue's own text gives on an in-memory store of the same document -- on invented documents built to reach each
branch of the two queries, and on generated ones; a part no longer depends on the order in which a store gives its
rows; a catalogue text the map was not written for is answered by the store."""

from __future__ import annotations

import json

import pyoxigraph as ox

from corpusfixture import generated_texts
from policykg.corpus.outcome import build_outcome
from policykg.queries import partmap, summaryparts
from policykg.queries.summary import SUMMARISED
from policykg.queries.summaryparts import document_part, part_digest, triples_part
from policykg.queries.catalogue import get_query

PKG = "https://w3id.org/policykg/ontology#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
A, B, C, D = (f"https://w3id.org/policykg/actor/{x}" for x in ("so-a", "so-b", "so-c", "so-d"))


def vi(text: str, tag: str = "vi") -> ox.Literal:
    return ox.Literal(text, language=tag)


def _invented() -> list[tuple]:
    """A plan's triples reaching every branch: a led duty with two partners and two quotes, a duty without a lead
    whose partners coordinate only partly (one pair stated, one not), a duty with no task and no label for one of its
    actors, labels in two Vietnamese tags and English, each role and an assignment with and without one."""
    t = []
    doc = "urn:x:plan"
    for duty, lead, partners, task in (("urn:x:c1", A, [B, C], "urn:x:t1"), ("urn:x:c2", None, [A, B, C], "urn:x:t2"),
                                       ("urn:x:c3", None, [C, D], None), ("urn:x:c4", D, [D], "urn:x:t1")):
        t.append((duty, TYPE, PKG + "CoordinationDuty"))
        t.append((duty, PKG + "statedIn", doc))
        if lead:
            t.append((duty, PKG + "leadActor", lead))
        t += [(duty, PKG + "cooperatingActor", p) for p in partners]
        if task:
            t.append((duty, PKG + "onTask", task))
        t.append((duty, PKG + "hasEvidence", duty + "/ev"))
        t.append((duty + "/ev", PKG + "quote", vi(f"lời của {duty}")))
    t.append(("urn:x:c1", PKG + "hasEvidence", "urn:x:ev2"))
    t.append(("urn:x:ev2", PKG + "quote", vi("một câu khác")))
    t += [(A, PKG + "coordinatesWith", B), (B, PKG + "coordinatesWith", A), (C, PKG + "coordinatesWith", D)]
    t += [(A, LABEL, vi("Sở A")), (A, LABEL, vi("Sở A cũ", "vi-vn")), (A, LABEL, vi("Dept A", "en")),
          (B, LABEL, vi("Sở B")), (C, LABEL, vi("Sở C", "VI")), (C, LABEL, vi("Sở C"))]
    for task, text in (("urn:x:t1", "tuyên truyền"), ("urn:x:t2", "kiểm tra"), ("urn:x:t3", None)):
        t.append((task, TYPE, PKG + "Task"))
        t.append((task, PKG + "statedIn", doc))
        if text:
            t.append((task, PKG + "text", vi(text)))
    t += [(A, PKG + "leads", "urn:x:t1"), (B, PKG + "cooperatesIn", "urn:x:t1"), (C, PKG + "responsibleFor", "urn:x:t2"),
          ("urn:x:t2", PKG + "assignedTo", C), ("urn:x:t2", PKG + "assignedTo", D), ("urn:x:t3", PKG + "assignedTo", A),
          ("urn:x:t1", PKG + "assignedTo", A), (D, PKG + "cooperatesIn", "urn:x:c3")]
    t.append(("urn:x:t1", PKG + "hasEvidence", "urn:x:ev3"))
    t.append(("urn:x:ev3", PKG + "quote", vi("giao Sở A")))
    return t


def _by_store(triples, monkeypatch, key: str | None = None) -> bytes:
    """The part as the store answers the catalogue's texts (the map told it was written for other texts)."""
    with monkeypatch.context() as patch:
        patch.setattr(summaryparts, "WRITTEN_FOR", {name: "another text" for name in SUMMARISED})
        return triples_part(triples, key)


def _rows(part: bytes, name: str, kind: str = "rows") -> list:
    entry = json.loads(part)[name]
    if kind not in entry:
        return []
    packed = json.loads(entry[kind])
    return [[packed["terms"][i] if i >= 0 else None for i in row] for row in packed["rows"]]


def test_the_map_gives_the_catalogues_rows_on_an_invented_plan(monkeypatch):
    triples = _invented()
    mapped, stored = triples_part(triples), _by_store(triples, monkeypatch)
    assert mapped == stored
    coordination = _rows(mapped, "coordination")
    pairs = {(r[0][1], r[2][1]) for r in coordination}
    assert (A, B) in pairs and (A, C) in pairs          # the led duty: its lead with each partner
    assert (D, D) not in pairs                          # never an actor with itself
    assert (C, D) in pairs and (B, C) not in pairs       # without a lead: the stated pair only, STR(A) < STR(B)
    assert {(r[0][1], r[2][1]) for r in _rows(mapped, "coordination", "if")} == {(A, C), (B, C)}   # unstated pairs
    assert {r[1][1] for r in coordination if r[0][1] == A} == {"Sở A"}   # the least @vi label (vi-vn counted)
    assert any(r[4] is None for r in coordination)      # a duty without a task
    responsibilities = _rows(mapped, "responsibilities")
    roles = {(r[0][1], r[2][1], r[3][1]) for r in responsibilities}
    assert (C, "responsible", "urn:x:t2") in roles and (D, "responsible", "urn:x:t2") in roles
    assert (A, "responsible", "urn:x:t1") not in roles   # assigned, but it leads the task
    assert (A, "responsible", "urn:x:t3") in roles       # a task without text
    assert json.loads(mapped)["spans"] == "".join(sorted(json.loads(mapped)["spans"].splitlines(keepends=True)))


def test_the_map_gives_the_catalogues_rows_on_generated_documents(tmp_path, monkeypatch):
    for path in generated_texts(tmp_path, 12):
        made = build_outcome(path, None)
        assert made.ok
        quads = ox.parse(made.nquads, format=ox.RdfFormat.N_QUADS)
        triples = [(q.subject.value, q.predicate.value, q.object.value if isinstance(q.object, ox.NamedNode)
                    else q.object) for q in quads]
        assert made.summary == triples_part(triples, made.key) == _by_store(triples, monkeypatch, made.key) \
            == document_part(made.nquads, key=made.key)


def test_a_part_is_the_same_whatever_the_order_of_the_triples():
    triples = _invented()
    assert triples_part(triples) == triples_part(list(reversed(triples))) == triples_part(triples + triples[:9])


def test_the_map_was_written_for_the_catalogues_texts_of_today():
    # a changed catalogue text needs the map changed too (until then the store answers it: the next test)
    assert {name: part_digest(get_query(name)) for name in SUMMARISED} == partmap.WRITTEN_FOR


def test_a_text_the_map_was_not_written_for_is_answered_by_the_store(monkeypatch):
    asked = []
    real = summaryparts._store_rows
    monkeypatch.setattr(summaryparts, "_store_rows", lambda *a: asked.append(1) or real(*a))
    triples = _invented()
    mapped = triples_part(triples)
    assert asked == []
    assert _by_store(triples, monkeypatch) == mapped and len(asked) == 3   # both queries, and coordination again with the unstated pairs
