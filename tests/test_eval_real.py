"""The evaluation on the real development corpus (bench/eval_real.py): its gold, its split, its matching rules."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import eval_real  # noqa: E402
from realcorpus import real_corpus  # noqa: E402  (tests/ is on sys.path via conftest.py)

GOLD = ROOT / "tests" / "data" / "real"


def test_split_is_fifteen_and_fifteen_and_covers_every_gold_file():
    tune, blind = eval_real.split_documents("real-tune"), eval_real.split_documents("real-blind")
    assert len(tune) == len(blind) == 15 and not set(tune) & set(blind)
    assert sorted(p.name.replace(".gold.json", ".txt") for p in GOLD.glob("*.gold.json")) == sorted(tune + blind)


def test_split_covers_the_corpus_and_is_reproducible(tmp_path):
    corpus = real_corpus()
    assert sorted(p.name for p in corpus.glob("*.txt")) == sorted(eval_real.split_documents("real"))
    copy = tmp_path / "make_split.py"
    copy.write_text((GOLD / "make_split.py").read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([sys.executable, str(copy), str(corpus)], check=True)
    assert (tmp_path / "SPLIT.tsv").read_bytes() == (GOLD / "SPLIT.tsv").read_bytes()


def test_every_gold_file_passes_the_schema_check():
    result = subprocess.run([sys.executable, str(GOLD / "check_gold.py"), *sorted(map(str, GOLD.glob("*.gold.json")))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_real_dev_gold_passes_the_schema_check_and_the_manifest_names_each_file_once(tmp_path, monkeypatch):
    dev = eval_real.DEV_DIR
    golds = sorted(map(str, dev.glob("*.gold.json")))
    result = subprocess.run([sys.executable, str(GOLD / "check_gold.py"), *golds], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    manifest = (dev / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    files = [line.split("\t")[0] for line in manifest]
    assert sorted(files) == sorted(Path(g).name.replace(".gold.json", ".txt") for g in golds)
    assert len(set(files)) == len(files)
    # a text that is not the manifest's (its SHA-256 differs) is refused with one line, never scored
    for name in files:
        (tmp_path / name).write_text("# source: x\n# title: y\nnot the published text\n", encoding="utf-8")
    monkeypatch.setenv(eval_real.DEV_CORPUS_ENV, str(tmp_path))
    with pytest.raises(SystemExit, match="SHA-256 differs"):
        eval_real.split_paths("real-dev")


def test_real_dev_halves_are_disjoint_named_by_the_manifest_and_score_only_their_own_documents(tmp_path, monkeypatch):
    a, b = eval_real.dev_half("a"), eval_real.dev_half("b")
    manifest = {line.split("\t")[0] for line in
                (eval_real.DEV_DIR / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    c, d = eval_real.dev_half("c"), eval_real.dev_half("d")
    assert (len(a), len(b), len(c), len(d)) == (40, 38, 21, 23)
    assert not a & b and not (a | b) & c and not (a | b | c) & d and a | b | c | d <= manifest
    # each half checks and scores only its own texts: the other half's (here missing) are never read
    for name in a:
        (tmp_path / name).write_bytes(b"body of " + name.encode())
    monkeypatch.setattr(eval_real, "_dev_text_matches", lambda data, row: True)
    monkeypatch.setenv(eval_real.DEV_CORPUS_ENV, str(tmp_path))
    assert sorted(t.name for t, _ in eval_real.split_paths("real-dev-a")) == sorted(a)
    with pytest.raises(SystemExit, match="missing"):
        eval_real.split_paths("real-dev-b")
    with pytest.raises(SystemExit, match="missing"):
        eval_real.split_paths("real-dev-c")
    with pytest.raises(SystemExit, match="missing"):
        eval_real.split_paths("real-dev-d")


def test_a_restored_real_dev_text_is_accepted_by_its_body_digest_and_a_changed_one_is_refused():
    body = "Bộ Công an chủ trì, phối hợp với Bộ Tư pháp.\n".encode()
    row = {"sha256": hashlib.sha256(b"# source: a\n# title: first title\n" + body).hexdigest(),
           "text_sha256": hashlib.sha256(body).hexdigest()}
    assert eval_real._dev_text_matches(b"# source: a\n# title: first title\n" + body, row)  # as first saved
    assert eval_real._dev_text_matches(b"# source: a\n# title: another title\n" + body, row)  # restored
    assert not eval_real._dev_text_matches(b"# source: a\n# title: another title\n" + body.replace(b"p", b"P"), row)
    assert not eval_real._dev_text_matches(b"# source: a\n# title: t\n" + body, {**row, "text_sha256": ""})


def test_names_match_across_abbreviations_spellings_and_function_words():
    key = eval_real.name_key
    assert key("UBND tỉnh Lào Cai") == key("Ủy ban nhân dân tỉnh Lào Cai") == key("Uỷ ban nhân dân tỉnh Lào Cai")
    assert key("các Sở, ban, ngành liên quan") == "sở, ban, ngành"
    assert key("Ban Chấp hành Trung ương") == key("BCH T.Ư")
    assert key("Sở Tài chính") != key("Sở Tài nguyên")


def test_identifiers_compare_after_folding_look_alikes_and_spaces():
    key = eval_real.identifier_key
    assert key("24 /HDLN-BCA-BQP-ВСТ") == key("24/HDLN-BCA-BQP-BCT")
    assert key("09-CT/T.Ư") == key("09-CT/TW")
    assert key("05/CT-TTg") != key("05/QĐ-TTg")


def _gold(actors, coordination=(), leads=()):
    raw = {"file": "x.txt", "actors": [{"name": n, "aliases": list(a), "kind": "StateBody", "optional": o}
                                       for n, a, o in actors],
           "coordination": [list(p) for p in coordination], "leads": [list(x) for x in leads]}
    gold = eval_real.Gold("x.txt", {}, raw)
    for a in raw["actors"]:
        keys = {eval_real.name_key(a["name"])} | {eval_real.name_key(x) for x in a["aliases"]}
        gold.actors[a["name"]] = eval_real.GoldActor(a["name"], keys, a["optional"])
    return gold


def test_a_second_node_for_one_actor_is_a_split_and_counts_against_precision():
    gold = _gold([("Sở Công Thương", ["SCT"], False)])
    pred = eval_real.Predicted(actors={"a:1": {"Sở Công Thương"}, "a:2": {"Sở Công thương"}},
                               labels={"a:1": {"Sở Công Thương"}, "a:2": {"Sở Công thương"}})
    mapping, tally = eval_real.match_actors(pred, gold)
    assert (tally.correct, tally.predicted, tally.matched, tally.gold) == (1, 2, 1, 1)
    assert tally.errors["split: one actor as two nodes"] == 1


def test_a_body_labelled_with_the_issuers_own_place_matches_the_gold_name_written_without_it():
    # "Các Sở: Y tế, Công Thương" in a plan of tỉnh Lào Cai: the node is labelled with the province, its surface
    # is the bare list item; the gold writes the body as the text names it
    gold = _gold([("Sở Công Thương", [], False), ("Sở Y tế", [], False)])
    gold.raw["document"] = {"issuers": ["Ủy ban nhân dân tỉnh Lào Cai"]}
    pred = eval_real.Predicted(actors={"a:ct": {"Sở Công Thương tỉnh Lào Cai", "Công Thương"},
                                       "a:yt": {"Sở Y tế tỉnh Yên Bái", "Y tế"}},
                               labels={"a:ct": {"Sở Công Thương tỉnh Lào Cai"}, "a:yt": {"Sở Y tế tỉnh Yên Bái"}})
    mapping, tally = eval_real.match_actors(pred, gold)
    assert mapping["a:ct"] == "Sở Công Thương"
    assert mapping["a:yt"] is None          # another province's department is not the document's own
    assert (tally.correct, tally.predicted, tally.matched, tally.gold) == (1, 2, 1, 2)
    gold.raw["document"] = {"issuers": ["Bộ Công Thương"]}     # a document of no locality: nothing is taken off
    assert eval_real.match_actors(pred, gold)[0]["a:ct"] is None


def test_optional_actors_and_their_pairs_are_neither_required_nor_wrong():
    gold = _gold([("Công an tỉnh", [], False), ("Sở Y tế", [], False), ("nhân dân", [], True)],
                 coordination=[("Công an tỉnh", "Sở Y tế"), ("Công an tỉnh", "nhân dân")])
    pred = eval_real.Predicted(actors={"a:ca": {"Công an tỉnh"}, "a:nd": {"nhân dân"}},
                               labels={"a:ca": {"Công an tỉnh"}, "a:nd": {"nhân dân"}},
                               pairs={("a:ca", "a:nd")})
    mapping, actors = eval_real.match_actors(pred, gold)
    pairs = eval_real.score_pairs(pred, gold, mapping)
    assert (actors.correct, actors.predicted, actors.gold) == (1, 1, 2)
    assert (pairs.predicted, pairs.gold, pairs.matched) == (0, 1, 0)


def test_an_office_a_motto_line_and_a_person_are_classed_as_never_organisations():
    gold = _gold([("Bộ Công an", [], False)])
    gold.raw["persons"] = ["Nguyễn Văn Long"]
    assert eval_real.classify_false_actor({"Bộ trưởng"}, gold) == "office as organisation"
    assert eval_real.classify_false_actor({"Ủy ban nhân dân Cộng Hòa xã Hội"}, gold) == "motto or header line"
    assert eval_real.classify_false_actor({"CHỦ TỊCH Nguyen Van Long"}, gold) == "person as organisation"
    assert eval_real.classify_false_actor({"Thủ tướng Chính phủ"}, gold) == "not an actor of the gold"


def test_the_blind_half_prints_figures_only():
    real_corpus()
    out = io.StringIO()
    results = eval_real.evaluate_real("real-blind", verbose=True, out=out)
    text = out.getvalue()
    assert set(results) == set(eval_real.RELATIONS)
    assert "errors by class" not in text
    assert not any(line.startswith("  [") for line in text.splitlines())


def _coordination_quads(lead, cooperating, with_pairs):
    """The quads of one CoordinationDuty record and the pkg:coordinatesWith shortcuts written beside it, sorted as
    the builder emits them."""
    import pyoxigraph as ox
    pkg, graph = eval_real.PKG, ox.DefaultGraph()
    node = ox.NamedNode("https://w3id.org/policykg/id/x/coordination/1")
    quads = [ox.Quad(node, ox.NamedNode(eval_real.RDF_TYPE), ox.NamedNode(pkg + "CoordinationDuty"), graph)]
    quads += [ox.Quad(node, ox.NamedNode(pkg + "leadActor"), ox.NamedNode(eval_real.ACTOR + a), graph) for a in lead]
    quads += [ox.Quad(node, ox.NamedNode(pkg + "cooperatingActor"), ox.NamedNode(eval_real.ACTOR + a), graph)
              for a in cooperating]
    for x, y in with_pairs:
        for a, b in ((x, y), (y, x)):
            quads.append(ox.Quad(ox.NamedNode(eval_real.ACTOR + a), ox.NamedNode(pkg + "coordinatesWith"),
                                 ox.NamedNode(eval_real.ACTOR + b), graph))
    return sorted(quads, key=str)


def _pairs(pred):
    return {tuple(sorted(x.rsplit("/", 1)[-1] for x in pair)) for pair in pred.pairs}


def test_pairs_are_formed_as_the_guideline_forms_them():
    # "X phối hợp với Y và Z" (no lead): X-Y and X-Z, never Y-Z, whichever party's IRI sorts first in the record
    unled = eval_real.predictions_from_quads(_coordination_quads([], ["x-so", "a-so", "b-so"],
                                                                 [("x-so", "a-so"), ("x-so", "b-so")]), {})
    assert _pairs(unled) == {("a-so", "x-so"), ("b-so", "x-so")}
    # "phối hợp giữa A, B, C": every pair
    among = eval_real.predictions_from_quads(_coordination_quads([], ["a", "b", "c"], [("a", "b"), ("a", "c"), ("b", "c")]), {})
    assert _pairs(among) == {("a", "b"), ("a", "c"), ("b", "c")}
    # "X chủ trì, phối hợp với Y, Z": the lead with each partner, from the record alone
    led = eval_real.predictions_from_quads(_coordination_quads(["x"], ["y", "z"], []), {})
    assert _pairs(led) == {("x", "y"), ("x", "z")}


def test_a_vague_collective_or_people_group_the_gold_does_not_list_is_optional():
    gold = _gold([("Công an tỉnh", [], False), ("Sở Y tế", [], False)],
                 coordination=[("Công an tỉnh", "Sở Y tế")])
    pred = eval_real.Predicted(actors={"a:ca": {"Công an tỉnh"}, "a:cq": {"các cơ quan, đơn vị liên quan"},
                                       "a:dn": {"hộ kinh doanh"}, "a:x": {"Sở Xây dựng"}},
                               labels={"a:ca": {"Công an tỉnh"}, "a:cq": {"các cơ quan, đơn vị liên quan"},
                                       "a:dn": {"hộ kinh doanh"}, "a:x": {"Sở Xây dựng"}},
                               people_groups={"a:dn"}, pairs={("a:ca", "a:cq"), ("a:ca", "a:x")})
    mapping, actors = eval_real.match_actors(pred, gold)
    pairs = eval_real.score_pairs(pred, gold, mapping)
    # the collective and the people group are neither right nor wrong; "Sở Xây dựng" is still wrong
    assert (actors.correct, actors.predicted, actors.gold) == (1, 2, 2)
    assert actors.errors["not an actor of the gold"] == 1
    assert (pairs.predicted, pairs.correct) == (1, 0)


def test_the_error_list_is_the_same_for_any_hash_seed():
    """`eval_builder --verbose` is read and diffed between runs to choose the next fix: its error lines must come
    in one order, whatever the interpreter's string hash seed (sets of predicted objectives once leaked it)."""
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "POLICYKG_REAL_CORPUS": str(real_corpus())}
        run = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_builder.py"), "--split", "real-tune",
                              "--verbose", "--files", "^(nq-57|qd-63|bao-2020-hddtvn-hai-quan)-"], capture_output=True,
                             text=True, env=env, check=True)
        # the sets whose order once depended on the seed: objectives predicted and not in the gold, and missed
        assert "objective not in the gold" in run.stdout and run.stdout.count("missed objective") >= 2
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_real_heldout_gold_passes_the_schema_check_and_the_manifest_names_each_file_once():
    held = eval_real.HELDOUT_DIR
    golds = sorted(map(str, held.glob("*.gold.json")))
    result = subprocess.run([sys.executable, str(GOLD / "check_gold.py"), *golds], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    files = [line.split("\t")[0] for line in (held / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted(files) == sorted(Path(g).name.replace(".gold.json", ".txt") for g in golds)
    assert len(set(files)) == len(files)


def test_the_held_out_batch_prints_figures_only_and_refuses_a_text_that_is_not_its_own(tmp_path, monkeypatch):
    # an invented document and its gold stand in for the batch: the split must never list an error of it
    probe = ROOT / "tests" / "data" / "genre" / "probe11" / "r11f-01-ttlt-hai-bo-chu-ky-xen-dong"
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir(), texts.mkdir()
    body = probe.with_suffix(".txt").read_bytes()
    text = b"# source: https://example.org/x\n# title: t\n" + body
    (texts / "x.txt").write_bytes(text)
    (gold_dir / "x.gold.json").write_bytes(probe.with_suffix(".gold.json").read_bytes())
    (gold_dir / "MANIFEST.tsv").write_text(
        "file\tsha256\ttext_sha256\tsource\n"
        f"x.txt\t{hashlib.sha256(text).hexdigest()}\t{hashlib.sha256(body).hexdigest()}\thttps://example.org/x\n",
        encoding="utf-8")
    monkeypatch.setattr(eval_real, "HELDOUT_DIR", gold_dir)
    monkeypatch.setenv(eval_real.HELDOUT_CORPUS_ENV, str(texts))
    out = io.StringIO()
    results = eval_real.evaluate_real("real-heldout", verbose=True, out=out)
    assert set(results) == set(eval_real.RELATIONS) and results["actors"][2] > 0
    assert out.getvalue().startswith("split=real-heldout documents=1")
    assert "errors by class" not in out.getvalue() and "  [" not in out.getvalue()
    (texts / "x.txt").write_bytes(text + "Sở Tư pháp phối hợp.\n".encode())   # one sentence more than published
    with pytest.raises(SystemExit, match="SHA-256 differs"):
        eval_real.split_paths("real-heldout")
    monkeypatch.delenv(eval_real.HELDOUT_CORPUS_ENV)
    with pytest.raises(SystemExit, match=r"\$POLICYKG_HELDOUT_CORPUS"):
        eval_real.split_paths("real-heldout")
