"""The optional acceptance model of actors (``--actor-model`` with an acceptance file): trained on a tiny invented set
it keeps and drops what that set says, a dropped actor loses its places in the statements, the frame's actors are
never dropped, the file is read back as written, and without the option nothing changes."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.errors import InputError
from policykg.graph_builder.actoraccept import MAGIC, AcceptanceModel, actor_features, train_acceptance
from policykg.graph_builder.actormodel import load_actor_model
from policykg.graph_builder.pipeline import build_source, emit_result, source_from_string
from policykg.graph_builder.terms import ACTOR
from policykg.ontology import load_lexicon

from realcorpus import ROOT, tune_document  # noqa: E402  (tests/ is on sys.path via conftest.py)

COMMITTED = ROOT / "bench" / "models" / "actors-accept.tsv"
TEXT = "Sở Y tế chủ trì, phối hợp với Công an tỉnh tuyên truyền pháp luật về phòng, chống ma túy."
HEALTH, POLICE = ACTOR + "so-y-te", ACTOR + "cong-an-tinh"
HEADED = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nTuyên truyền pháp luật\n\n"
          "Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Tư pháp tổ chức tuyên truyền pháp luật.\n")


def actors(result) -> set[str]:
    return {m.iri for m in result.mentions if m.category == "actor"}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A model trained on one invented sentence whose gold keeps the lead and drops the partner."""
    result = build_source(source_from_string(TEXT))
    feats = actor_features(result, load_lexicon())
    assert set(feats) == {HEALTH, POLICE}
    model = train_acceptance([(feats[HEALTH], 1), (feats[POLICE], 0)] * 5)
    path = tmp_path_factory.mktemp("accept") / "tiny.tsv"
    path.write_text(model.text(("tiny",)), encoding="utf-8")
    return path


def test_a_model_trained_on_a_tiny_set_keeps_and_drops_as_the_set_says(tiny):
    model = load_actor_model(tiny)
    assert isinstance(model, AcceptanceModel)
    rules = build_source(source_from_string(TEXT))
    judged = build_source(source_from_string(TEXT), actor_model=model)
    assert actors(rules) == {HEALTH, POLICE} and actors(judged) == {HEALTH}
    coordination = [a for a in judged.assertions if a.relation == "coordination"]
    assert coordination and all(a.subjects == [HEALTH] and POLICE not in a.objects for a in coordination)
    graph = emit_result(judged)
    assert not any(POLICE in (q.subject.value, q.object.value) for q in graph)
    assert any(HEALTH == q.subject.value for q in graph)


def test_the_training_is_deterministic_and_learns_a_separable_set():
    examples = [({"role=none": 1.0}, 0), ({"role=task:subject": 1.0}, 1)] * 4 + [({"role=task:subject": 1.0}, 1)]
    one, two = train_acceptance(examples), train_acceptance(examples)
    assert one.text() == two.text()
    assert one.probability({"role=none": 1.0}) < 0.5 < one.probability({"role=task:subject": 1.0})


def test_the_file_is_read_back_as_written(tiny):
    model = AcceptanceModel.read(tiny)
    assert model.text(("tiny",)) == tiny.read_text(encoding="utf-8")
    assert model.text().startswith(MAGIC + "\nthreshold\t0.500000\n")


def test_without_the_option_or_with_a_model_that_keeps_all_nothing_changes(tmp_path):
    source = source_from_string(TEXT)
    keep_all = AcceptanceModel({"bias": 5.0}, threshold=0.5)
    assert emit_result(build_source(source)) == emit_result(build_source(source, actor_model=keep_all))
    assert emit_result(build_source(source)) == emit_result(build_source(source, actor_model=None))


def test_the_actors_of_the_frame_are_never_dropped():
    drop_all = AcceptanceModel({"bias": -20.0}, threshold=0.5)
    source = source_from_string(HEADED)
    rules, judged = build_source(source), build_source(source, actor_model=drop_all)
    issuers = {r.iri for r in rules.document.issuers}
    assert issuers and issuers <= actors(judged) < actors(rules)


@pytest.mark.parametrize("body, expected", [
    ("bias\t1.0\n", "gives no threshold"),
    ("threshold\tabc\n", ":2: not 'feature<TAB>weight'"),
])
def test_a_bad_acceptance_file_is_one_line(tmp_path, body, expected):
    path = tmp_path / "bad.tsv"
    path.write_text(MAGIC + "\n" + body, encoding="utf-8")
    with pytest.raises(InputError, match=expected):
        load_actor_model(path)
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(tmp_path / "out"), "--actor-model", str(path)])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and expected in result.output
    assert not (tmp_path / "out").exists()


def test_the_build_option_takes_an_acceptance_file(tiny, tmp_path):
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    plain, judged = tmp_path / "plain", tmp_path / "judged"
    assert CliRunner().invoke(cli, ["build", str(doc), "--out", str(plain), "-q", "--no-viz"]).exit_code == 0
    result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(judged), "-q", "--no-viz", "--actor-model",
                                      str(tiny)])
    assert result.exit_code == 0, result.output
    assert "cong-an-tinh" in (plain / "graph.trig").read_text(encoding="utf-8")
    assert "cong-an-tinh" not in (judged / "graph.trig").read_text(encoding="utf-8")


def test_the_committed_model_is_deterministic_and_keeps_the_issuers_on_a_tune_document():
    from bench.eval_real import corpus_text
    source = source_from_string(corpus_text(tune_document("cv-7432-2026-lao-cai-pccc.txt")))
    model = load_actor_model(COMMITTED)
    rules, once = build_source(source), build_source(source, actor_model=model)
    twice = build_source(source, actor_model=AcceptanceModel.read(COMMITTED))
    assert emit_result(once) == emit_result(twice)
    assert actors(once) <= actors(rules)
    assert {r.iri for r in rules.document.issuers} <= actors(once)


class _Doc:
    """A document of the benchmark's folds: its labelled examples, and whether anyone asked for them."""

    def __init__(self, examples):
        self._examples, self.read = examples, False

    def examples(self):
        self.read = True
        return self._examples


def test_the_benchmarks_threshold_is_chosen_without_the_held_out_fold():
    """bench/accept_actors.py --threshold cv: the threshold of an outer fold comes from the other folds alone."""
    from bench.accept_actors import _choose_threshold
    keep, drop = ({"role=task:subject": 1.0}, 1), ({"role=none": 1.0}, 0)
    folds = [0, 1, 2, 0, 1, 2]
    docs = [_Doc([keep, keep, drop]) for _ in folds]
    chosen = _choose_threshold(docs, folds, 0, 3, "base", 1.0, {})
    assert not any(d.read for d, f in zip(docs, folds) if f == 0)
    assert all(d.read for d, f in zip(docs, folds) if f != 0)
    flipped = [_Doc([({"role=task:subject": 1.0}, 0), ({"role=none": 1.0}, 1)]) if f == 0 else d
               for d, f in zip(docs, folds)]
    assert chosen > 0 and _choose_threshold(flipped, folds, 0, 3, "base", 1.0, {}) == chosen
