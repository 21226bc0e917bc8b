"""Regression tests on the real development corpus (tune half only): the document's frame as structure.

The texts are read from ``../shared/corpus/real/`` (or ``$POLICYKG_REAL_CORPUS``), never copied into the project;
locally a missing corpus skips, under CI=true it fails. Only documents of the *tune* half are built here.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import eval_real  # noqa: E402

from policykg.core.iris import ACTOR, ID  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402
from policykg.queries.engine import run_query  # noqa: E402
from policykg.queries.store import GraphStore  # noqa: E402
from tests.test_eval_real import real_corpus  # noqa: E402

PKG = "https://w3id.org/policykg/ontology#"
TUNE = eval_real.split_documents("real-tune")


@functools.cache
def built(name: str):
    """(BuildResult, quads) of one tune document."""
    assert name in TUNE, f"{name} is not a tune document"
    source = source_from_string(eval_real.corpus_text(real_corpus() / name), name=name)
    result = build_source(source)
    return result, emit_result(result)


def objects(quads, predicate: str, subject: str | None = None) -> set[str]:
    return {q.object.value for q in quads if q.predicate.value == PKG + predicate
            and (subject is None or q.subject.value == subject)}


def document_node(name: str) -> str:
    result, quads = built(name)
    return next(q.subject.value for q in quads if q.predicate.value == "http://purl.org/dc/terms/source")


@pytest.mark.parametrize("name,issuers", [
    ("kh-3260-2025-dang-doan-quoc-hoi-nq57.txt", {"dang-doan-quoc-hoi"}),              # not the Party's motto line
    ("nq-57-2024-bo-chinh-tri-khcn-chuyen-doi-so.txt", {"bo-chinh-tri"}),              # "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ"
    ("tt-13-2026-bqp-hoa-chat.txt", {"bo-quoc-phong"}),                                # not "Bộ trưởng"
    ("nqlt-102-2025-ubtvqh-cp-mttq-hiep-thuong.txt", {                                 # a joint resolution: three
        "uy-ban-thuong-vu-quoc-hoi", "chinh-phu", "doan-chu-tich-uy-ban-trung-uong-mat-tran-to-quoc-viet-nam"}),
    ("cv-5973-2026-lao-cai-thanh-kiem-tra-khoang-san.txt", {"uy-ban-nhan-dan-tinh-lao-cai"}),   # two-column layout
    ("kh-duthao-2026-lao-cai-trien-khai-chi-thi-11-khoang-san.txt", {"uy-ban-nhan-dan-tinh-lao-cai"}),  # Word cells
    ("hd-2025-quang-ninh-mttq-hiep-thuong.txt",                                        # a part named with its body
     {"ban-thuong-truc-uy-ban-mat-tran-to-quoc-viet-nam-tinh-quang-ninh"}),
    ("qd-63-2025-phu-tho-quy-che-phoi-hop-nguoi-nuoc-ngoai.txt", {"chu-tich-uy-ban-nhan-dan-tinh-phu-tho"}),  # office
    ("tb-duthao-2026-lao-cai-ket-luan-cum-cong-nghiep.txt", {"van-phong-uy-ban-nhan-dan-tinh-lao-cai"}),  # one cell
])
def test_issuers_are_exactly_the_issuing_organs(name, issuers):
    _, quads = built(name)
    assert objects(quads, "issuedBy", document_node(name)) == {ACTOR + slug for slug in issuers}


@pytest.mark.parametrize("name,signers", [
    ("cv-5973-2026-lao-cai-thanh-kiem-tra-khoang-san.txt", [("Nguyễn Thành Sinh", "Phó Chủ tịch", "KT.")]),
    ("tt-13-2026-bqp-hoa-chat.txt", [("Nguyễn Văn Hiền", "Thứ trưởng", "KT.")]),      # rank "Thượng tướng" dropped
    ("hd-2025-quang-ninh-mttq-hiep-thuong.txt", [("Nguyễn Chí Thành", "Phó Chủ tịch Thường trực", "TM.")]),
    ("tb-duthao-2026-lao-cai-ket-luan-cum-cong-nghiep.txt", [("Lê Trí Hà", "Chánh Văn phòng", None)]),  # one cell
    ("qd-63-2025-phu-tho-quy-che-phoi-hop-nguoi-nuoc-ngoai.txt", [("Trần Duy Đông", "Chủ tịch", None)]),
    ("nqlt-102-2025-ubtvqh-cp-mttq-hiep-thuong.txt", [("Đỗ Văn Chiến", "Chủ tịch", "TM."),
                                                      ("Phạm Minh Chính", "Thủ tướng", "TM."),
                                                      ("Trần Thanh Mẫn", "Chủ tịch", "TM.")]),
])
def test_signature_blocks_give_person_post_and_mode(name, signers):
    result, quads = built(name)
    assert [(s.person, s.post, s.mode) for s in result.document.signatures] == signers
    people = objects(quads, "signedBy", document_node(name))
    assert all(p.startswith(ID + "person/") for p in people) and len(people) == len({s[0] for s in signers})
    types = {q.object.value for q in quads if q.subject.value in people
             and q.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}
    assert types == {PKG + "Person"}


def test_a_part_named_in_one_cell_with_its_body_is_part_of_it():
    _, quads = built("tb-duthao-2026-lao-cai-ket-luan-cum-cong-nghiep.txt")
    part_of = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == PKG + "partOf"}
    assert (ACTOR + "van-phong-uy-ban-nhan-dan-tinh-lao-cai", ACTOR + "uy-ban-nhan-dan-tinh-lao-cai") in part_of


def test_the_signing_post_belongs_to_the_organ_the_block_signs_for():
    _, quads = built("nqlt-102-2025-ubtvqh-cp-mttq-hiep-thuong.txt")
    post_in = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == "http://www.w3.org/ns/org#postIn"}
    assert (ID + "post/chinh-phu/thu-tuong", ACTOR + "chinh-phu") in post_in


@pytest.mark.parametrize("name", TUNE)
def test_every_cited_number_of_the_gold_and_no_other(name):
    gold = eval_real.load_gold(eval_real.GOLD_DIR / name.replace(".txt", ".gold.json"))
    _, quads = built(name)
    predicted = eval_real.predictions_from_quads(quads, {}).cited
    assert predicted == {eval_real.identifier_key(c["identifier"]) for c in gold.raw["citations"] if c["identifier"]}


@pytest.mark.parametrize("name", TUNE)
def test_no_motto_line_person_or_heading_is_an_organisation(name):
    gold = eval_real.load_gold(eval_real.GOLD_DIR / name.replace(".txt", ".gold.json"))
    result, quads = built(name)
    surfaces: dict[str, set[str]] = {}
    for m in result.mentions:
        if m.category == "actor":
            surfaces.setdefault(m.iri, set()).add(m.surface)
    predicted = eval_real.predictions_from_quads(quads, surfaces)
    _, tally = eval_real.match_actors(predicted, gold)
    never = {"person as organisation", "motto or header line", "heading as organisation"}
    assert [item for cls, item in tally.items if cls in never] == []


def test_chapter_headings_and_the_verb_quy_dinh_tai_are_not_documents():
    result, _ = built("nd-217-2025-cp-kiem-tra-chuyen-nganh.txt")
    labels = {m.label.lower() for m in result.mentions if m.category == "document"}
    assert not any(x.startswith(("quy định chung", "quy định chuyển tiếp", "quy định tại")) for x in labels)


def test_a_law_named_with_its_number_and_later_without_is_one_node():
    result, _ = built("nd-25-2026-cp-an-toan-an-ninh-hoa-chat.txt")
    iris = {m.iri for m in result.mentions if m.category == "document" and m.label.startswith("Luật Hóa chất")}
    assert iris == {ID + "doc/69-2025-qh15"}


def test_references_query_returns_the_cited_identifier_of_every_numbered_citation(tmp_path):
    store = GraphStore(tmp_path / "store")
    name = "cv-5973-2026-lao-cai-thanh-kiem-tra-khoang-san.txt"
    _, quads = built(name)
    store.replace_graph(quads[0].graph_name.value, quads)
    store.load_ontology()
    store.flush()
    rows = run_query("references", {}, data=store).rows
    cited = [(row["cited"].value, row.get("citedIdentifier")) for row in rows if row["relation"].value != PKG + "reportsOn"]
    numbered = [iri for iri, number in cited if iri.startswith(ID + "doc/") and "/law-" not in iri]
    assert numbered and all(number is not None for iri, number in cited if iri in numbered)
    assert ("4250/BNNMT-ĐCKS" in {n.value for _, n in cited if n is not None})
