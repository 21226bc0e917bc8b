"""Agreement of two annotators (bench/agreement.py): a second annotation is scored against the first with the
evaluation's own matching, its fragments widened to their sentence, so that the builder's figures can be read
against what two careful people reach on the same text."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.agreement import predictions_from_gold, sentence_around  # noqa: E402
from bench.eval_real import load_gold, score_document  # noqa: E402

TEXT = ("KẾ HOẠCH\nPhòng chống thiên tai\n\n1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính kiểm tra công trình\n"
        "trước ngày 30/6/2026.\n2. Công an tỉnh bảo đảm an ninh trật tự; Sở Y tế chuẩn bị thuốc men.\n")
FIRST = {
    "file": "kh.txt",
    "document": {"kind": "Plan", "identifier": None, "issuers": [], "date": None, "place": None, "subject": None,
                 "reports_on": None},
    "signers": [], "persons": [], "recipients": [],
    "actors": [{"name": n, "aliases": [], "kind": "StateBody", "optional": False}
               for n in ("Sở Xây dựng", "Sở Tài chính", "Công an tỉnh", "Sở Y tế")]
              + [{"name": "nhân dân", "aliases": [], "kind": "PeopleGroup", "optional": True}],
    "coordination": [["Sở Xây dựng", "Sở Tài chính"]],
    "leads": [["Sở Xây dựng", "kiểm tra công trình"]],
    "responsibilities": [["Sở Xây dựng", "kiểm tra công trình"], ["Sở Tài chính", "kiểm tra công trình"],
                         ["Công an tỉnh", "bảo đảm an ninh trật tự"], ["Sở Y tế", "chuẩn bị thuốc men"]],
    "objectives": [], "citations": [],
    "tasks": [{"task": "kiểm tra công trình", "deadline": "trước ngày 30/6/2026", "lead": ["Sở Xây dựng"],
               "source": "text"}],
    "concerns": [], "notes": "",
}


def _scores(first: dict, second: dict, tmp_path: Path) -> dict:
    paths = []
    for name, raw in (("first", first), ("second", second)):
        path = tmp_path / f"{name}.gold.json"
        path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    gold_first, gold_second = map(load_gold, paths)
    return {r: t.prf() for r, t in score_document(predictions_from_gold(gold_second, TEXT), gold_first).items()}


def test_an_annotation_agrees_fully_with_itself(tmp_path):
    assert all(prf == (1.0, 1.0, 1.0) for prf in _scores(FIRST, FIRST, tmp_path).values())


def test_two_annotators_agree_on_a_duty_marked_by_other_words_of_its_sentence(tmp_path):
    second = copy.deepcopy(FIRST)
    second["responsibilities"][3] = ["Sở Y tế", "chuẩn bị thuốc"]   # a shorter span of the same duty
    second["leads"] = [["Sở Xây dựng", "chủ trì"]]                  # another span of the same sentence
    scores = _scores(FIRST, second, tmp_path)
    assert scores["responsibilities"] == scores["leads"] == (1.0, 1.0, 1.0)


def test_a_duty_given_to_another_actor_and_a_missed_pair_lower_only_their_relations(tmp_path):
    second = copy.deepcopy(FIRST)
    second["coordination"] = []
    second["responsibilities"][2] = ["Sở Y tế", "bảo đảm an ninh trật tự"]
    scores = _scores(FIRST, second, tmp_path)
    assert scores["coordination"][1] == 0.0 and scores["responsibilities"][:2] == (0.75, 0.75)
    assert scores["actors"] == scores["leads"] == scores["tasks with deadlines"] == (1.0, 1.0, 1.0)


def test_an_optional_actor_only_the_second_annotator_lists_is_no_error(tmp_path):
    first = copy.deepcopy(FIRST)
    first["actors"] = first["actors"][:-1]
    assert _scores(first, FIRST, tmp_path)["actors"] == (1.0, 1.0, 1.0)


def test_a_fragment_is_widened_to_its_sentence_only():
    assert sentence_around(TEXT, "bảo đảm an ninh") == "Công an tỉnh bảo đảm an ninh trật tự"


def test_a_fragment_in_a_table_row_is_widened_to_its_cell_and_a_list_item_to_the_item():
    table = "1 | Rà soát quy hoạch | Sở Xây dựng\n2 | Rà soát đất đai | Sở Xây dựng\n"
    assert sentence_around(table, "Rà soát đất") == "Rà soát đất đai"
    items = "Sở Y tế có trách nhiệm:\n- Kiểm tra an toàn thực phẩm\n- Báo cáo kết quả\n"
    assert sentence_around(items, "Kiểm tra an toàn") == "- Kiểm tra an toàn thực phẩm"


def test_a_second_annotation_of_narrower_scope_prints_only_the_relations_asked_for(tmp_path, monkeypatch, capsys):
    import io

    import bench.agreement as agreement_module
    text = tmp_path / "kh.txt"
    text.write_text(TEXT, encoding="utf-8")
    second = copy.deepcopy(FIRST)
    second["responsibilities"], second["tasks"] = [], []      # out of the study's scope: left empty
    paths = {}
    for name, raw in (("first", FIRST), ("second", second)):
        paths[name] = tmp_path / name / "kh.gold.json"
        paths[name].parent.mkdir()
        paths[name].write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(agreement_module, "first_annotation", lambda path: (text, paths["first"]))
    out = io.StringIO()
    results = agreement_module.agreement([paths["second"]], relations=("actors", "coordination"), out=out)
    assert set(results) == {"actors", "coordination"}
    assert results["actors"]["F1"] == results["coordination"]["F1"] == 1.0
    printed = out.getvalue()
    assert "actors" in printed and "responsibilities" not in printed and "tasks with deadlines" not in printed
    with pytest.raises(SystemExit) as stop:
        agreement_module.main([str(paths["second"]), "--relations", "actors,duties"])
    assert stop.value.code == 2
    assert "unknown relation 'duties'" in capsys.readouterr().err
