"""The precision/recall evaluation over the hand-written genre corpus (bench/eval_builder.py)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import eval_builder  # noqa: E402

from policykg.ontology import load_lexicon  # noqa: E402
from policykg.core.iris import ACTOR  # noqa: E402


def test_the_corpus_has_tune_and_held_out_documents_each_with_gold():
    tune, heldout = eval_builder.documents("tune"), eval_builder.documents("heldout")
    assert len(tune) >= 8 and len(heldout) >= 4
    for path in tune + heldout:
        gold = json.loads((path.parent / (path.stem + ".gold.json")).read_text(encoding="utf-8"))
        assert set(gold) <= set(eval_builder.RELATIONS)
        assert gold["actors"], path.name


def test_gold_names_resolve_to_vocabulary_or_minted_iris():
    lexicon = load_lexicon()
    assert eval_builder.resolve_actor("MTTQ", lexicon) == ACTOR + "mat-tran-to-quoc-viet-nam"
    assert eval_builder.resolve_actor("Sở Tư pháp", lexicon) == ACTOR + "so-tu-phap"
    assert eval_builder.resolve_reference("09-CT/T.Ư").endswith("/doc/09-ct-tw")
    assert eval_builder.resolve_reference("Movement: toàn dân bảo vệ an ninh Tổ quốc").endswith(
        "/initiative/phong-trao-toan-dan-bao-ve-an-ninh-to-quoc")


def test_scoring_counts_false_positives_and_misses():
    gold = {("a", "lập kế hoạch"), ("b", "báo cáo")}
    predicted = {("a", "sở x có trách nhiệm lập kế hoạch năm"), ("c", "báo cáo")}
    correct, n_pred, matched, n_gold, false_pos, misses = eval_builder.score("responsibilities", predicted, gold)
    assert (correct, n_pred, matched, n_gold) == (1, 2, 1, 2)
    assert misses == [str(("b", "báo cáo"))] and false_pos == [str(("c", "báo cáo"))]


# The held-out gold predates issue 9, which made a national body's committee at one level a body of its own ("Đoàn
# Thanh niên ... thành phố" in a city's directive is the city's Youth Union, as the real corpus's gold has it): the
# held-out gold names the national bodies there, which counts against the builder (tests/data/genre/README.md); so
# does the Front's Central Committee, an organ of the Front, which the held-out news article's gold names the Front.
@pytest.mark.parametrize("split, floor, duties", [("tune", 0.9, 0.85), ("heldout", 0.85, 0.75)])
def test_the_builder_stays_precise_on_the_genre_corpus(split, floor, duties):
    out = io.StringIO()
    results = eval_builder.evaluate(split, out=out)
    assert "overall (micro)" in out.getvalue()
    precision, recall, f1 = results["overall"]
    # a regression guard well below the measured figures (see the report of issue 3)
    assert precision >= floor and recall >= floor, out.getvalue()
    assert results["coordination"][2] >= duties and results["responsibilities"][2] >= duties, out.getvalue()


def test_the_blind_split_has_ten_documents_five_looked_at_and_five_untouched():
    blind = eval_builder.documents("blind")
    looked, untouched = eval_builder.documents("blind-looked"), eval_builder.documents("blind-untouched")
    assert len(blind) == 10 and looked + untouched == blind and len(looked) == 5
    lexicon = load_lexicon()
    for path in blind:
        gold = eval_builder.gold_of(path.parent / (path.stem + ".gold.json"), lexicon)
        assert gold["actors"] and gold["responsibilities"], path.name
        # every duty and coordination holder is also listed as an actor of the document
        assert {a for a, _ in gold["responsibilities"]} <= gold["actors"], path.name
        assert {x for pair in gold["coordination"] for x in pair} <= gold["actors"], path.name


@pytest.mark.parametrize("split, floor", [("blind-looked", 0.9), ("blind", 0.8)])
def test_the_builder_holds_its_blind_figures(split, floor):
    out = io.StringIO()
    results = eval_builder.evaluate(split, out=out)
    precision, recall, f1 = results["overall"]
    # a regression guard below the figures measured after the fixes (see tests/data/genre/README.md)
    assert precision >= floor and recall >= floor, out.getvalue()
