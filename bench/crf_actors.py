"""A small sequence model for actor names, trained on the real corpus's tune gold only, measured leave-one-document-
out (LODO) against the rules.

Why: the rules of ``graph_builder/`` fit the tune documents; a model learnt from the tune gold might generalise to
names the rules miss (OCR'd or run-on text). This script answers whether it does, before anything is wired into the
builder: for each of the 15 tune documents it trains a CRF (python-crfsuite) on the other 14 and tags the 15th, then
compares, at the level of distinct actors per document (as ``bench/eval_real.py`` counts them):

- ``rules``: the builder's actor mentions;
- ``crf``: the model's spans alone;
- ``rules+crf``: the builder's mentions plus the model's spans that overlap none of them;
- ``rules&crf``: the builder's mentions the model agrees with (overlapping one of its spans): the model as a filter.

Training data: the document's match form cut into tokens; a token is B/I of an actor where a gold actor's name or
alias (``tests/data/real/<stem>.gold.json``) occurs in the text (longest first, case-insensitive), else O.
Features: the token (lower case), its shape, its neighbours (two each side), whether a head noun of the ontology
starts at it, and the tag the rules give it (B/I/O of the builder's actor mentions), so that the model learns where
the rules are wrong rather than relearning them. The features, the training and the tagging are the library's
(:mod:`policykg.graph_builder.actormodel`): the builder's optional filter (``policykg build --actor-model PATH``,
the ``rules&crf`` row) uses the same code.

Only tune documents are read (never the blind half). Deterministic: L-BFGS with fixed parameters; the figures are
printed, nothing is written. ``--train OUT`` instead trains one model on all 15 tune documents and writes it to OUT
(the committed ``bench/models/actors-tune.crfsuite``: see ``bench/models/README.md``).

Usage:  .venv/bin/python bench/crf_actors.py [--train bench/models/actors-tune.crfsuite]
Needs:  python-crfsuite (``pip install 'policykg[crf]'``); the real corpus ($POLICYKG_REAL_CORPUS).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.eval_real import GOLD_DIR, corpus_dir, corpus_text, load_gold, name_key, split_documents  # noqa: E402

from policykg.graph_builder.actormodel import ActorModel, bio, features, rule_spans, train_actor_model  # noqa: E402
from policykg.graph_builder.pipeline import build_source  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402

def _gold_spans(text: str, gold) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of the gold actors' names and aliases, longest first."""
    low = text.lower()
    names = sorted({n for a in gold.raw["actors"] for n in [a["name"], *a.get("aliases", [])] if len(n) > 2},
                   key=len, reverse=True)
    taken = [False] * len(text)
    spans = []
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", low):
            if not any(taken[m.start():m.end()]):
                spans.append((m.start(), m.end()))
                for k in range(m.start(), m.end()):
                    taken[k] = True
    return sorted(spans)


class Doc:
    """One tune document: its tokens, the rules' actor spans, the gold tags and the features (the library's code,
    :mod:`policykg.graph_builder.actormodel`, the same the builder tags with)."""

    def __init__(self, name: str, lexicon):
        source = source_from_string(corpus_text(corpus_dir() / name), name=name)
        self.name, self.text = name, source.match
        self.gold = load_gold(GOLD_DIR / (Path(name).stem + ".gold.json"))
        result = build_source(source, lexicon)
        self.rule_spans = rule_spans(result.mentions)
        self.tokens, self.features = features(self.text, self.rule_spans, lexicon)
        self.labels = bio(self.tokens, _gold_spans(self.text, self.gold))


def train(docs: list[Doc], path: str) -> None:
    train_actor_model([(d.features, d.labels) for d in docs], path)


def tag(doc: Doc, path: str) -> list[tuple[int, int]]:
    return ActorModel(path).tag_tokens(doc.tokens, doc.features)


def score(doc: Doc, spans: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    """(correct, predicted, matched, gold) over distinct actors: a predicted name is correct when its key is a gold
    actor's name or alias (optional ones included); a required gold actor is matched when one predicted name is it."""
    index = doc.gold.actor_of_key()
    predicted = {name_key(doc.text[a:b]) for a, b in spans} - {""}
    hit = {index[k] for k in predicted if k in index}
    optional_only = {k for k in predicted if k in index and doc.gold.optional(index[k])}
    required = {n for n, a in doc.gold.actors.items() if not a.optional}
    return (len([k for k in predicted if k in index and k not in optional_only]),
            len(predicted - optional_only), len(hit & required), len(required))


def _prf(c: int, p: int, m: int, g: int) -> str:
    prec, rec = (c / p if p else 1.0), (m / g if g else 1.0)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f"{prec:6.3f} {rec:6.3f} {f1:6.3f}   ({c}/{p}, {m}/{g})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", "--save", dest="train", metavar="OUT",
                        help="only train on all 15 tune documents and write the model to OUT (no LODO figures)")
    args = parser.parse_args(argv)
    lexicon = load_lexicon()
    docs = [Doc(name, lexicon) for name in split_documents("real-tune")]
    if args.train:
        train(docs, args.train)
        print(f"model trained on all {len(docs)} tune documents: {args.train}")
        return 0
    totals = {k: [0, 0, 0, 0] for k in ("rules", "crf", "rules+crf", "rules&crf")}
    tmp = Path(tempfile.mkdtemp(prefix="policykg-crf-")) / "lodo.model"
    for held in docs:
        train([d for d in docs if d is not held], str(tmp))
        crf = tag(held, str(tmp))
        extra = [s for s in crf if not any(a < s[1] and s[0] < b for a, b in held.rule_spans)]
        kept = [s for s in held.rule_spans if any(a < s[1] and s[0] < b for a, b in crf)]
        for key, spans in (("rules", held.rule_spans), ("crf", crf), ("rules+crf", held.rule_spans + extra),
                           ("rules&crf", kept)):
            for k, v in enumerate(score(held, spans)):
                totals[key][k] += v
    tmp.unlink(missing_ok=True)
    tmp.parent.rmdir()
    print(f"actor names, distinct per document, leave-one-document-out over {len(docs)} tune documents")
    print(f"{'':12} {'P':>6} {'R':>6} {'F1':>6}")
    for key, t in totals.items():
        print(f"{key:12} {_prf(*t)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
