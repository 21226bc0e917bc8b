"""The optional learnt decision on candidate collectives, issue 9 round 21 (``--actor-model`` with a collectives
model, :mod:`policykg.graph_builder.collectivemodel`): lower-case or qualified collectives the rules leave out
("các hội nghề nghiệp", "đơn vị tư vấn", "các cơ quan, tổ chức liên quan", "các trường trung học phổ thông") are
proposed as candidates, and a candidate the model accepts becomes an actor of the graph, a party of the statements
around it; one it rejects stays out, and the rules' own actors are never touched. The weights here are written for
the test (one that accepts every candidate, one that accepts none); the committed model is read as a file. Sentences
invented from docs/GENRE.md."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.actormodel import load_actor_model  # noqa: E402
from policykg.graph_builder.collectivemodel import CollectiveModel  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

ACCEPT_ALL = CollectiveModel({"bias": 5.0}, threshold=0.5)
ACCEPT_NONE = CollectiveModel({"bias": -5.0}, threshold=0.5)
MODEL = Path(__file__).resolve().parent.parent / "bench" / "models" / "collectives.tsv"


def actors(text: str, model=None) -> set[str]:
    pred = predictions_from_quads(emit_result(build_source(source_from_string(text), actor_model=model)),
                                  defaultdict(set))
    return {sorted(pred.labels[iri])[0] for iri in pred.actors if pred.labels.get(iri)}


def duty_holders(text: str, model=None) -> set[str]:
    pred = predictions_from_quads(emit_result(build_source(source_from_string(text), actor_model=model)),
                                  defaultdict(set))
    return {sorted(pred.labels[iri])[0] for iri, _ in pred.duties if pred.labels.get(iri)}


FORMS = [
    ("3. Hội nghị có sự tham dự của Sở Tư pháp, các hội nghề nghiệp và đại diện doanh nghiệp.", "hội nghề nghiệp"),
    ("4. Sở Xây dựng giao đơn vị tư vấn hoàn thiện hồ sơ thiết kế trong tháng 6.", "đơn vị tư vấn"),
    ("5. Kinh phí hỗ trợ các tổ chức công đoàn cơ sở được bố trí từ ngân sách tỉnh.", "tổ chức công đoàn cơ sở"),
    ("6. Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông tổ chức ngoại khóa.",
     "trường trung học phổ thông"),
]


@pytest.mark.parametrize(("text", "collective"), FORMS)
def test_an_accepted_candidate_is_an_actor_of_the_graph(text, collective):
    assert collective not in actors(text)
    assert collective in actors(text, ACCEPT_ALL)


@pytest.mark.parametrize(("text", "collective"), FORMS)
def test_a_rejected_candidate_leaves_the_graph_as_the_rules_made_it(text, collective):
    assert actors(text, ACCEPT_NONE) == actors(text)


def test_the_accepted_collective_holds_its_duty_and_the_rules_actors_stay():
    text = "7. Đơn vị tư vấn có trách nhiệm báo cáo Sở Tài chính tiến độ hằng tháng."
    with_model = actors(text, ACCEPT_ALL)
    assert actors(text) <= with_model
    assert "đơn vị tư vấn" in {a.lower() for a in duty_holders(text, ACCEPT_ALL)}


def test_the_committed_model_is_read_as_a_collectives_model(tmp_path):
    model = load_actor_model(MODEL)
    assert isinstance(model, CollectiveModel)
    copy = tmp_path / "copy.tsv"
    copy.write_text(model.text(), encoding="utf-8")
    assert load_actor_model(copy).weights == model.weights
