"""The optional actor model (``--actor-model``): it changes the output only when given, drops the rules' actor names
it does not tag, is read once per process, and a missing or bad model file is one line and a non-zero exit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.errors import InputError
from policykg.graph_builder import actormodel
from policykg.graph_builder.actormodel import ActorModel, bio, features, load_actor_model, rule_spans, \
    train_actor_model
from policykg.graph_builder.pipeline import build_source, emit_result, source_from_string
from policykg.ontology import load_lexicon

from realcorpus import ROOT, tune_document  # noqa: E402  (tests/ is on sys.path via conftest.py)

MODEL = ROOT / "bench" / "models" / "actors-tune.crfsuite"
TEXT = "Sở Y tế chủ trì, phối hợp với Công an tỉnh tuyên truyền pháp luật về phòng, chống ma túy."


def actor_surfaces(result) -> set[str]:
    return {m.surface for m in result.mentions if m.category == "actor"}


def tiny_examples():
    """One sentence whose gold has 'Sở Y tế' as its only actor (the rules find two), three times."""
    lexicon = load_lexicon()
    source = source_from_string(TEXT)
    spans = rule_spans(build_source(source, lexicon).mentions)
    toks, feats = features(source.match, spans, lexicon)
    start = source.match.index("Sở Y tế")
    return [(feats, bio(toks, [(start, start + len("Sở Y tế"))]))] * 3


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A model trained on :func:`tiny_examples`."""
    path = tmp_path_factory.mktemp("model") / "tiny.crfsuite"
    train_actor_model(tiny_examples(), path)
    return path


def test_the_training_is_deterministic(tiny_model, tmp_path):
    again = tmp_path / "again.crfsuite"
    train_actor_model(tiny_examples(), again)
    assert again.read_bytes() == tiny_model.read_bytes()


class _TagsNothing:
    def tag_tokens(self, toks, feats):
        return []


@pytest.mark.parametrize("how, kept", [("filter", set()), ("veto-headless", {"Sở Thông tin", "Cục Hải quan"})])
def test_the_benchmarks_veto_of_headless_names_keeps_every_name_with_a_head_noun(how, kept):
    """bench/crf_actors.py's 'veto-headless': a model that tags nothing drops only names with no head noun."""
    from bench.crf_actors import Variant
    from policykg.graph_builder.vocabulary import vocabulary
    lexicon = load_lexicon()
    source = source_from_string("Cục Hải quan chủ trì, phối hợp với Sở Thông tin rà soát thủ tục.")
    mentions = build_source(source, lexicon).mentions
    assert {m.surface for m in mentions if m.category == "actor"} == {"Sở Thông tin", "Cục Hải quan"}
    variant = Variant(_TagsNothing(), how, False, vocabulary(lexicon))
    assert {m.surface for m in variant.filter(source, mentions, lexicon) if m.category == "actor"} == kept


def test_the_filter_drops_a_rules_name_the_model_does_not_tag(tiny_model):
    source = source_from_string(TEXT)
    rules = build_source(source)
    assert actor_surfaces(rules) == {"Sở Y tế", "Công an tỉnh"}
    filtered = build_source(source, actor_model=ActorModel(tiny_model))
    assert actor_surfaces(filtered) == {"Sở Y tế"}
    partners = {iri for a in filtered.assertions if a.relation == "coordination" for iri in a.objects}
    assert not any("cong-an" in iri for iri in partners)
    assert emit_result(filtered) != emit_result(rules)


def test_the_committed_model_keeps_a_subset_of_the_rules_names_on_a_tune_document():
    source = source_from_string(actormodel_text("cv-7432-2026-lao-cai-pccc.txt"))
    rules, model = build_source(source), load_actor_model(MODEL)
    once, twice = build_source(source, actor_model=model), build_source(source, actor_model=load_actor_model(MODEL))
    assert actor_surfaces(once) < actor_surfaces(rules)
    assert emit_result(once) == emit_result(twice)   # deterministic


def actormodel_text(name: str) -> str:
    from bench.eval_real import corpus_text
    return corpus_text(tune_document(name))


def test_a_model_is_read_once_per_process(tiny_model, monkeypatch):
    first = load_actor_model(tiny_model)
    monkeypatch.setattr(actormodel, "ActorModel", lambda path: pytest.fail("read again"))
    assert load_actor_model(tiny_model) is first


def run_build(*args):
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def test_the_build_option_changes_the_output_only_when_given(tiny_model, tmp_path):
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    plain, again, filtered = tmp_path / "plain", tmp_path / "again", tmp_path / "filtered"
    assert run_build(doc, "--out", plain, "-q", "--no-viz").exit_code == 0
    assert run_build(doc, "--out", again, "-q", "--no-viz", "--jobs", "1").exit_code == 0
    result = run_build(doc, "--out", filtered, "-q", "--no-viz", "--actor-model", tiny_model)
    assert result.exit_code == 0, result.output
    assert (plain / "graph.trig").read_bytes() == (again / "graph.trig").read_bytes()
    assert (plain / "graph.trig").read_bytes() != (filtered / "graph.trig").read_bytes()
    assert "cong-an" in (plain / "graph.trig").read_text(encoding="utf-8")
    # the same OUT built again with the model rebuilds the document (the manifest records the model)
    result = run_build(doc, "--out", plain, "--no-viz", "--actor-model", tiny_model)
    assert "(built 1, unchanged 0, failed 0)" in result.output
    assert (plain / "graph.trig").read_bytes() == (filtered / "graph.trig").read_bytes()


@pytest.mark.parametrize("kind", ["missing", "bad", "no crfsuite"])
def test_a_missing_or_bad_model_is_one_line_and_nothing_is_written(kind, tiny_model, tmp_path, monkeypatch):
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    model = tmp_path / "model.crfsuite"
    expected = {"missing": "cannot read the actor model (No such file or directory)",
                "bad": "not an actor model", "no crfsuite": "needs python-crfsuite"}[kind]
    if kind == "bad":
        model.write_bytes(b"not a model\n")
    if kind == "no crfsuite":
        model = tiny_model
        monkeypatch.setitem(sys.modules, "pycrfsuite", None)   # import fails
        monkeypatch.setattr(actormodel, "_LOADED", {})
    result = run_build(doc, "--out", tmp_path / "out", "--actor-model", model)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ") and expected in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_the_evaluation_refuses_a_bad_model_in_one_line(tmp_path, capsys):
    from bench.eval_builder import main
    model = tmp_path / "model.crfsuite"
    model.write_bytes(b"\x00garbage")
    assert main(["--split", "tune", "--actor-model", str(model)]) == 1
    assert capsys.readouterr().err == f"Error: {model}: not an actor model (a python-crfsuite model file)\n"


def test_a_model_with_other_labels_is_refused(tmp_path):
    path = tmp_path / "other.crfsuite"
    train_actor_model([([{"w": "a"}, {"w": "b"}], ["X", "Y"])], path)
    with pytest.raises(InputError, match="not an actor model"):
        ActorModel(path)


def test_worker_processes_filter_as_the_main_process_does(tiny_model, tmp_path):
    for name in ("a", "b"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text(TEXT + "\n", encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_build(tmp_path / "in", "--out", one, "-q", "--no-viz", "--actor-model", tiny_model).exit_code == 0
    assert run_build(tmp_path / "in", "--out", two, "-q", "--no-viz", "-j", "2", "--actor-model", tiny_model
                     ).exit_code == 0
    assert (one / "graph.trig").read_bytes() == (two / "graph.trig").read_bytes()
    assert "cong-an" not in (two / "graph.trig").read_text(encoding="utf-8")
