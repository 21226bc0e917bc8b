"""The learnt decision on candidate collectives (issue 9, round 21): train, cross-validate by document, write the model.

The rules' actors stay as they are; :mod:`policykg.graph_builder.collectivecands` proposes lower-case or qualified
collectives the rules do not make actors, and a logistic regression (:mod:`policykg.graph_builder.collectivemodel`)
decides each. Training material is development gold only: dev A of real-dev (``/work/briefs/devA.re`` or
``--dev-a REGEX``), real-tune, and the probe splits that are not check sets (never dev B, probe17h, probe18h,
probe19h, probe20h, nor any blind split).

A candidate node of a document is labelled 1 when the evaluation's key (:func:`bench.eval_real.name_key`) of its label
names a required gold actor the rules' graph does not already match, 0 when it names none (or one the rules already
match: a second node would be a split); a candidate naming an optional gold actor, or vague by the guideline's lists,
costs nothing either way and is left out.

Cross-validation is grouped by document (document n, in split and name order, in fold n mod K). For each threshold the
held-out candidates a fold's model accepts give the actors' figures of rules + model against the rules alone (an
accepted 1 is a right actor more, an accepted 0 a false one). ``--train OUT`` fits one model on every document with
the threshold the cross-validation chose, and writes it.

``--relations T`` also builds every document twice, the rules alone and with the model of the fold that holds it
out at threshold T, and scores every relation (actors, pairs, leads, duties) by ``bench/eval_real.py``.

Usage:  .venv/bin/python bench/collective_actors.py [--folds 5] [--l2 1.0] [--relations T] [--drop PREFIX]
                                                    [--train bench/models/collectives.tsv]
Needs:  $POLICYKG_REAL_CORPUS and $POLICYKG_DEV_CORPUS.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.eval_real import (RELATIONS, Tally, corpus_text, load_gold, match_actors, name_key,  # noqa: E402
                             predictions_from_quads, score_document, split_paths, vague_or_people)

from policykg.graph_builder.actoraccept import train_acceptance  # noqa: E402
from policykg.graph_builder.collectivemodel import CollectiveModel, document_candidates  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_bytes  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402

CHECK_SETS = ("probe17h", "probe18h", "probe19h", "probe20h")
TRAIN_PROBES = ("probe", "probe3", "probe4", "probe5", "probe6", "probe10", "probe10n", "probe11", "probe11t", "probe13",
                "probe13j", "probe14j", "probe14p", "probe14a", "probe15n", "probe15i", "probe15s", "probe15t",
                "probe16p", "probe16a", "probe17w", "probe18w")
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7)


def documents(dev_a: str) -> list[tuple[str, Path, Path]]:
    """(split, text, gold) of every development document, in split and name order."""
    docs = [("real-dev-a", t, g) for t, g in split_paths("real-dev", dev_a)]
    docs += [("real-tune", t, g) for t, g in split_paths("real-tune")]
    for split in TRAIN_PROBES:
        docs += [(split, t, g) for t, g in split_paths(split)]
    return docs


def _text(split: str, path: Path) -> str:
    return corpus_text(path) if split in ("real-dev-a", "real-tune") else path.read_text(encoding="utf-8")


def _predicted(result, lexicon):
    surfaces: dict[str, set[str]] = {}
    for m in result.mentions:
        if m.category == "actor":
            surfaces.setdefault(m.iri, set()).add(m.surface)
    return predictions_from_quads(emit_result(result, lexicon), surfaces)


def _build(split: str, text_path: Path, lexicon, model=None):
    source = source_from_bytes(_text(split, text_path).encode("utf-8"), text_path.name)
    return build_source(source, lexicon=lexicon, actor_model=model)


def labelled(split: str, text_path: Path, gold_path: Path, lexicon) -> list[tuple[dict[str, float], int, str]]:
    """(features, label, label text) of each candidate node of one document, by the rules' build and the gold."""
    result = _build(split, text_path, lexicon)
    gold = load_gold(gold_path)
    mapping, _ = match_actors(_predicted(result, lexicon), gold)
    matched = {name for name in mapping.values() if name}
    index = gold.actor_of_key()
    emitted = set(mapping)
    out = []
    for iri, (feats, label) in sorted(document_candidates(result, lexicon).items()):
        if iri in emitted:
            continue
        name = index.get(name_key(label))
        if name is not None and gold.optional(name):
            continue
        if name is None and vague_or_people(label):
            continue
        out.append((feats, int(name is not None and name not in matched), label))
    return out


def _scores(rows, folds, k, l2):
    """Held-out probability of each row (rows: (doc number, features, label))."""
    probs = [0.0] * len(rows)
    for fold in range(k):
        train = [(f, y) for n, f, y in rows if folds[n] != fold]
        model = train_acceptance(train, l2=l2)
        for i, (n, f, _) in enumerate(rows):
            if folds[n] == fold:
                probs[i] = model.probability(f)
    return probs


def relations(docs, rows, folds, k, l2, threshold, lexicon, out=sys.stdout) -> None:
    """Every relation, micro over the documents by split group, of the rules alone and of rules + the model of the
    fold that holds each document out (trained on the other folds, ``threshold``): built and scored in full."""
    models = {}
    for fold in range(k):
        m = train_acceptance([(f, y) for n, f, y in rows if folds[n] != fold], l2=l2, threshold=threshold)
        models[fold] = CollectiveModel(m.weights, threshold)
    groups = {"all": lambda s: True, "real-dev-a": lambda s: s == "real-dev-a", "real-tune": lambda s: s == "real-tune",
              "probes": lambda s: s.startswith("probe")}
    tallies = {g: {v: {r: Tally() for r in RELATIONS} for v in ("rules", "model")} for g in groups}
    for n, (split, text, gold_path) in enumerate(docs):
        gold = load_gold(gold_path)
        for variant, model in (("rules", None), ("model", models[folds[n]])):
            scored = score_document(_predicted(_build(split, text, lexicon, model), lexicon), gold)
            for g, keep in groups.items():
                if keep(split):
                    for r in RELATIONS:
                        tallies[g][variant][r].add(scored[r])
    print(f"held-out, threshold {threshold:.2f}, l2 {l2}: rules alone / rules + model", file=out)
    for g in groups:
        print(f"{g}:", file=out)
        for r in ("actors", "coordination", "leads", "responsibilities"):
            for v in ("rules", "model"):
                t = tallies[g][v][r]
                p, rec, f = t.prf()
                print(f"  {r:17s} {v:5s} {p:.3f} {rec:.3f} {f:.3f}   ({t.correct}/{t.predicted}, {t.matched}/{t.gold})",
                      file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--dev-a", default=None, help="regular expression of dev A's file names (default: the brief's)")
    ap.add_argument("--cache", default=None, help="pickle of the labelled candidates (read if present, else written)")
    ap.add_argument("--train", default=None, help="write the model fitted on every document here")
    ap.add_argument("--drop", action="append", default=[],
                    help="leave out the features whose name starts so (an ablation; may be repeated)")
    ap.add_argument("--relations", type=float, default=None, metavar="T",
                    help="also build and score every document held out with its fold's model at threshold T, every "
                         "relation, against the rules alone")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    dev_a = args.dev_a or Path("/work/briefs/devA.re").read_text(encoding="utf-8").strip()
    lexicon = load_lexicon()
    if args.cache and os.path.exists(args.cache):
        docs, per_doc = pickle.loads(Path(args.cache).read_bytes())
    else:
        docs = documents(dev_a)
        per_doc = [labelled(s, t, g, lexicon) for s, t, g in docs]
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps((docs, per_doc)))
    drop = tuple(args.drop)
    rows = [(n, {k: v for k, v in f.items() if not (drop and k.startswith(drop))}, y)
            for n, items in enumerate(per_doc) for f, y, _ in items]
    folds = [n % args.folds for n in range(len(docs))]
    positives = sum(y for _, _, y in rows)
    print(f"{len(docs)} documents, {len(rows)} candidates, {positives} naming a gold actor the rules miss")
    probs = _scores(rows, folds, args.folds, args.l2)
    best = None
    for t in THRESHOLDS:
        right = sum(1 for p, (_, _, y) in zip(probs, rows) if p >= t and y)
        wrong = sum(1 for p, (_, _, y) in zip(probs, rows) if p >= t and not y)
        print(f"threshold {t:.2f}: accepted {right + wrong}: right {right}, false {wrong}, net {right - wrong:+d}")
        if best is None or right - wrong > best[0]:
            best = (right - wrong, t)
    if args.verbose:
        labels = [(n, lab) for n, items in enumerate(per_doc) for _, _, lab in items]
        for p, (n, _, y), (_, lab) in sorted(zip(probs, rows, labels), key=lambda x: -x[0]):
            if p >= 0.2:
                print(f"  {p:.2f} {'+' if y else '-'} {docs[n][1].name[:50]} | {lab}")
    if args.relations is not None:
        relations(docs, rows, folds, args.folds, args.l2, args.relations, lexicon)
    if args.train:
        threshold = best[1] if best and best[0] > 0 else 1.0
        model = train_acceptance([(f, y) for _, f, y in rows], l2=args.l2, threshold=threshold)
        comments = (f"trained by bench/collective_actors.py on {len(docs)} development documents, {len(rows)} "
                    f"candidates; l2 {args.l2}; threshold by {args.folds}-fold cross-validation by document",)
        Path(args.train).write_text(CollectiveModel(model.weights, threshold).text(comments), encoding="utf-8")
        print(f"wrote {args.train} (threshold {threshold:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
