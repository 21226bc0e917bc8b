"""The acceptance of the rules' actors by a small logistic regression, trained on the gold of published documents and
measured leave-one-document-out (LODO) against the rules alone.

For each actor the builder's rules propose in a document (:func:`policykg.graph_builder.actoraccept.actor_features`:
head noun and kind, mentions, places, roles in the statements, form of the name), the model decides keep or drop.
Training data: the 32 published documents with gold and text that may be developed on, the real corpus's *tune*
half (``tests/data/real/SPLIT.tsv``; never a blind one) and ``real-dev`` (``tests/data/real-dev/``, texts from
``$POLICYKG_DEV_CORPUS``). An actor is labelled *keep* when the evaluation's own matching
(:func:`bench.eval_real.match_actors` on the document's quads) maps it to a required gold actor, *drop* when it maps
it to none; actors it maps to an optional gold actor, actors two nodes share (a split) and the actors of the
document's frame (issuers, organs of signers: the builder always keeps them) are left out of the training.

LODO: for each document, a model trained on the other 31 judges its actors; the document is then scored by
``bench/eval_real.py`` on every relation (dropping an actor drops its pairs, leads and duties). The ``rules`` rows are
the builder without the model, in the same run: the baseline of the ratios. ``--train OUT`` trains one model on all
32 documents and writes it (the committed ``bench/models/actors-accept.tsv``: ``bench/models/README.md``).

Usage:  .venv/bin/python bench/accept_actors.py [--verbose] [--threshold T] [--train bench/models/actors-accept.tsv]
Needs:  the real corpus ($POLICYKG_REAL_CORPUS) and the real-dev texts ($POLICYKG_DEV_CORPUS).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.eval_real import (RELATIONS, Tally, corpus_text, load_gold, match_actors,  # noqa: E402
                             predictions_from_quads, score_document, split_paths)

from policykg.graph_builder.actoraccept import actor_features, train_acceptance, without_actors  # noqa: E402
from policykg.graph_builder.emitframe import frame_actors  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_bytes  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402

SPLITS = ("real-tune", "real-dev")


def _predicted(result):
    quads = emit_result(result)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in result.mentions:
        if m.category == "actor":
            surfaces[m.iri].add(m.surface)
    return predictions_from_quads(quads, surfaces)


class Doc:
    """One document: the rules' result, its actors' features and their labels (1 keep, 0 drop, absent: not trained)."""

    def __init__(self, split: str, text: Path, gold_path: Path, lexicon):
        self.split, self.name = split, text.name
        self.gold = load_gold(gold_path)
        self.result = build_source(source_from_bytes(corpus_text(text).encode("utf-8"), text.name), lexicon)
        self.features = actor_features(self.result, lexicon)
        self.frame = set(frame_actors(self.result, lexicon))
        mapping, _ = match_actors(_predicted(self.result), self.gold)
        shared = Counter(name for name in mapping.values() if name is not None)
        self.labels: dict[str, int] = {}
        self.names = mapping
        for iri in self.features:
            if iri not in mapping or iri in self.frame:
                continue
            name = mapping[iri]
            if name is None:
                self.labels[iri] = 0
            elif not self.gold.optional(name) and shared[name] == 1:
                self.labels[iri] = 1

    def examples(self):
        return [(self.features[iri], y) for iri, y in sorted(self.labels.items())]


def _row(t: Tally) -> str:
    p, r, f = t.prf()
    return f"{p:6.3f} {r:6.3f} {f:6.3f}   ({t.correct}/{t.predicted}, {t.matched}/{t.gold})"


def _ratio(a: Tally, b: Tally) -> str:
    return " ".join(f"{n} x{(y / x if x else 1.0):.3f}" for n, x, y in zip("PRF", a.prf(), b.prf()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", metavar="OUT", help="train on all 32 documents and write the model to OUT")
    parser.add_argument("--threshold", type=float, default=0.5, help="drop an actor under this probability (0.5)")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the weights (1.0)")
    parser.add_argument("--verbose", action="store_true", help="list every dropped actor with its document")
    args = parser.parse_args(argv)
    lexicon = load_lexicon()
    docs = [Doc(split, text, gold, lexicon) for split in SPLITS for text, gold in split_paths(split)]
    if args.train:
        model = train_acceptance([e for d in docs for e in d.examples()], l2=args.l2, threshold=args.threshold)
        Path(args.train).write_text(model.text((
            f"trained by bench/accept_actors.py on {len(docs)} documents ({', '.join(SPLITS)}), "
            f"{sum(len(d.labels) for d in docs)} actors; l2 {args.l2}",)), encoding="utf-8")
        print(f"model trained on {len(docs)} documents: {args.train}")
        return 0
    totals = {(which, split): {r: Tally() for r in RELATIONS} for which in ("rules", "model")
              for split in (*SPLITS, "all")}
    for held in docs:
        model = train_acceptance([e for d in docs if d is not held for e in d.examples()], l2=args.l2,
                                 threshold=args.threshold)
        dropped = {iri for iri, f in held.features.items()
                   if iri not in held.frame and model.probability(f) < model.threshold}
        for which, result in (("rules", held.result), ("model", without_actors(held.result, dropped))):
            scored = score_document(_predicted(result), held.gold)
            for relation, tally in scored.items():
                tally.items = []
                for split in (held.split, "all"):
                    totals[(which, split)][relation].add(tally)
        if args.verbose:
            for iri in sorted(dropped):
                label = {1: "RIGHT", 0: "false"}.get(held.labels.get(iri), "n/a")
                print(f"  [{held.name}] dropped {label}: {iri.rsplit('/', 1)[-1]} "
                      f"p={model.probability(held.features[iri]):.2f}")
    print(f"leave-one-document-out over {len(docs)} documents (real-tune {sum(d.split == 'real-tune' for d in docs)}, "
          f"real-dev {sum(d.split == 'real-dev' for d in docs)}); threshold {args.threshold}, l2 {args.l2}")
    for split in ("all", *SPLITS):
        print(f"\n{split}: {'relation':18} {'P':>6} {'R':>6} {'F1':>6}")
        for relation in RELATIONS[:4]:
            rules, model = totals[("rules", split)][relation], totals[("model", split)][relation]
            print(f"  {relation:22} rules {_row(rules)}")
            print(f"  {'':22} model {_row(model)}   {_ratio(rules, model)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
