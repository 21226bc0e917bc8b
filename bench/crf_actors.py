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
the rules are wrong rather than relearning them.

Only tune documents are read (never the blind half). Deterministic: L-BFGS with fixed parameters; the figures are
printed, nothing is written unless ``--save PATH`` is given (a model trained on all 15 tune documents).

Usage:  .venv/bin/python bench/crf_actors.py [--save bench/actor-crf.model]
Needs:  python-crfsuite (``pip install python-crfsuite``); the real corpus ($POLICYKG_REAL_CORPUS).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.eval_real import GOLD_DIR, corpus_dir, corpus_text, load_gold, name_key, split_documents  # noqa: E402

from policykg.graph_builder.pipeline import build_source  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402
from policykg.graph_builder.vocabulary import vocabulary  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return "p"
    if word.isupper() and len(word) > 1:
        return "X"
    return "Xx" if word[0].isupper() else "x"


def _bio(tokens: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[str]:
    tags = ["O"] * len(tokens)
    for a, b in spans:
        inside = [k for k, (s, e) in enumerate(tokens) if s >= a and e <= b]
        for n, k in enumerate(inside):
            tags[k] = "B" if n == 0 else "I"
    return tags


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
    """One tune document: its tokens, the rules' tags, the gold tags and the features."""

    def __init__(self, name: str, lexicon, vocab):
        source = source_from_string(corpus_text(corpus_dir() / name), name=name)
        self.name, self.text = name, source.match
        self.gold = load_gold(GOLD_DIR / (Path(name).stem + ".gold.json"))
        result = build_source(source)
        self.rule_spans = sorted({(m.span.start, m.span.end) for m in result.mentions if m.category == "actor"})
        self.tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(self.text)]
        self.labels = _bio(self.tokens, _gold_spans(self.text, self.gold))
        rule_tags = _bio(self.tokens, self.rule_spans)
        low = self.text.lower()
        heads = {m.start(1) for m in vocab.head_regex.finditer(low)} if vocab.head_regex is not None else set()
        words = [self.text[s:e] for s, e in self.tokens]
        self.features = []
        for k, (s, _) in enumerate(self.tokens):
            f = {"w": words[k].lower(), "shape": _shape(words[k]), "rule": rule_tags[k], "head": s in heads}
            for d in (-2, -1, 1, 2):
                j = k + d
                if 0 <= j < len(words):
                    f[f"w{d}"] = words[j].lower()
                    f[f"shape{d}"] = _shape(words[j])
                    f[f"rule{d}"] = rule_tags[j]
                else:
                    f[f"w{d}"] = "<edge>"
            f["rule|shape"] = rule_tags[k] + "|" + f["shape"]
            self.features.append(f)

    def spans_of(self, tags: list[str]) -> list[tuple[int, int]]:
        spans, start = [], None
        for k, tag in enumerate(tags + ["O"]):
            if start is not None and tag != "I":
                spans.append((self.tokens[start][0], self.tokens[k - 1][1]))
                start = None
            if tag == "B":
                start = k
        return spans


def train(docs: list[Doc], path: str) -> None:
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    for d in docs:
        trainer.append([{k: str(v) for k, v in f.items()} for f in d.features], d.labels)
    trainer.set_params(PARAMS)
    trainer.train(path)


def tag(doc: Doc, path: str) -> list[tuple[int, int]]:
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return doc.spans_of(tagger.tag([{k: str(v) for k, v in f.items()} for f in doc.features]))


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
    parser.add_argument("--save", help="train on all tune documents and write the model here")
    args = parser.parse_args(argv)
    lexicon = load_lexicon()
    vocab = vocabulary(lexicon)
    docs = [Doc(name, lexicon, vocab) for name in split_documents("real-tune")]
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
    if args.save:
        train(docs, args.save)
        print(f"model trained on all tune documents: {args.save}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
