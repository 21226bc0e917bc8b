"""A small sequence model for actor names, trained on the gold of the published documents that may be developed on
(the real corpus's *tune* half and ``real-dev``, 80 documents), measured leave-one-document-out (LODO) against the
rules on every relation that depends on actors.

Why: the rules of ``graph_builder/`` fit the documents we develop on; a model learnt from their gold might generalise
to names the rules miss (OCR'd or run-on text, lower-case kinds of bodies). For each document a CRF
(python-crfsuite) is trained on the other 79 and tags the held-out one (``--folds K``: grouped K-fold by document,
document n in fold n mod K, the same folds for every variant); the document is then built with the model
used in one of the ways below and scored by ``bench/eval_real.py`` on actors, coordination pairs, leads and duties
(so a dropped actor drops its pairs and leads, an added one may gain some):

- ``rules``: the builder alone (the baseline of the ratios, same run);
- ``filter``: the rules' actor mentions the model agrees with (overlapping one of its spans): the builder's option
  ``--actor-model`` (:class:`policykg.graph_builder.actormodel.ActorModel`);
- ``union``: the rules' mentions plus the model's spans that overlap none of them, each a new actor;
- ``veto-unknown``: the model drops only the rules' mentions of names the ontology does not know (a known name, a
  frame actor, a generic kind of body stay);
- ``propose+confirm``: the rules' mentions, plus a model span that overlaps none of them when a rule of the genre
  confirms it: it starts with a head noun of the ontology or with "các" and one, and stands where the genre puts an
  actor (after "giao", "đề nghị", "yêu cầu", "phối hợp với", "chỉ đạo", at the start of an item, or before "chủ trì",
  "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "thực hiện", "tham mưu" or a colon);
- ``veto-headless``: the model drops only the rules' mentions whose name starts with no head noun of the ontology
  (and is not a known name): the filter where the rules have the least to go on (round 14).

Training data: the document's match form cut into tokens; a token is B/I of an actor where a gold actor's name or
alias occurs in the text (longest first, case-insensitive), else O. Features: the library's
(:func:`policykg.graph_builder.actormodel.features`: the token, its shape, two neighbours each side, a head noun of the
ontology starting at it, the rules' B/I/O tag), and with ``--more-features`` also the third neighbour each side, the
bigram with the word before, whether the token starts a line and whether the rules' mention there is a name the
ontology knows.

Only tune and real-dev documents are read (never the blind half). Deterministic: L-BFGS with fixed parameters; the
figures are printed, nothing is written. ``--train OUT`` instead trains one model on all of them and writes it (the
committed ``bench/models/actors-tune.crfsuite`` is the round-7 model of the 15 tune documents, ``--splits real-tune
--train ...``: ``bench/models/README.md``). The folds are independent: ``--shard I/N --dump FILE`` runs every N-th
document from the I-th (N processes side by side), ``--merge FILE ...`` prints their figures together.

Usage:  .venv/bin/python bench/crf_actors.py [--more-features] [--limit N] [--folds K] [--variants V,...]
                                            [--shard I/N --dump FILE] [--train OUT]
        .venv/bin/python bench/crf_actors.py --merge FILE ...
Needs:  python-crfsuite (``pip install 'policykg[crf]'``); $POLICYKG_REAL_CORPUS and $POLICYKG_DEV_CORPUS.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.eval_real import (RELATIONS, Tally, corpus_text, load_gold, predictions_from_quads,  # noqa: E402
                             score_document, split_paths)

from policykg.core.iris import mint_actor_iri  # noqa: E402
from policykg.core.textnorm import match_key  # noqa: E402
from policykg.graph_builder.actormodel import ActorModel, bio, features, rule_spans, train_actor_model  # noqa: E402
from policykg.graph_builder.model import Mention, Span  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_bytes  # noqa: E402
from policykg.graph_builder.vocabulary import vocabulary  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402

SPLITS = ("real-tune", "real-dev")
VARIANTS = ("rules", "filter", "union", "veto-unknown", "propose+confirm", "veto-headless")
SCORED = RELATIONS[:4]   # actors, coordination, leads, responsibilities
_BEFORE = re.compile(r"(?:(?<!\w)(?:giao|đề nghị|yêu cầu|phối hợp với|phối hợp|với|chỉ đạo|cùng)\s+|^[ \t]*"
                     r"(?:[-+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)])?[ \t]*)$", re.M)
_AFTER = re.compile(r"^\s*(?::|(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|tham mưu|"
                    r"theo dõi|hướng dẫn|chỉ đạo|triển khai|tổ chức)(?!\w))")


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


def _more(text: str, toks, feats, mentions) -> list[dict[str, str]]:
    """The library's features plus the third neighbours, the bigram with the word before, a line start and whether
    the rules' mention over the token is a name the ontology knows."""
    known = [False] * len(text)
    for m in mentions:
        if m.category == "actor" and m.known:
            for k in range(m.span.start, min(m.span.end, len(text))):
                known[k] = True
    words = [text[s:e].lower() for s, e in toks]
    out = []
    for k, (s, _) in enumerate(toks):
        f = dict(feats[k])
        f["w-3"] = words[k - 3] if k >= 3 else "<edge>"
        f["w+3"] = words[k + 3] if k + 3 < len(words) else "<edge>"
        f["bigram"] = (words[k - 1] if k else "<edge>") + "|" + words[k]
        f["line"] = str(s == 0 or "\n" in text[toks[k - 1][1]:s] if k else True)
        f["known"] = str(known[s])
        out.append(f)
    return out


def _features(text, mentions, lexicon, more: bool):
    toks, feats = features(text, rule_spans(mentions), lexicon)
    return toks, (_more(text, toks, feats, mentions) if more else feats)


class Doc:
    """One document: the rules' build, its tokens and features, the gold tags."""

    def __init__(self, split: str, text: Path, gold_path: Path, lexicon, more: bool):
        self.split, self.name = split, text.name
        self.source = source_from_bytes(corpus_text(text).encode("utf-8"), text.name)
        self.gold = load_gold(gold_path)
        self.result = build_source(self.source, lexicon)
        self.tokens, self.features = _features(self.source.match, self.result.mentions, lexicon, more)
        self.labels = bio(self.tokens, _gold_spans(self.source.match, self.gold))


class Variant:
    """The held-out document's model spans, applied to the mentions as one of :data:`VARIANTS` (the pipeline's
    ``actor_model`` hook: ``filter`` before the statements, ``accept`` after)."""

    def __init__(self, model: ActorModel, how: str, more: bool, vocab):
        self.model, self.how, self.more, self.vocab = model, how, more, vocab

    def filter(self, source, mentions, lexicon):
        text = source.match
        tagged = self.model.tag_tokens(*_features(text, mentions, lexicon, self.more))
        actors = [m for m in mentions if m.category == "actor"]

        def overlaps(m):
            return any(a < m.span.end and m.span.start < b for a, b in tagged)

        if self.how == "filter":
            return [m for m in mentions if m.category != "actor" or overlaps(m)]
        if self.how == "veto-unknown":
            return [m for m in mentions if m.category != "actor" or m.known or m.generic or overlaps(m)]
        if self.how == "veto-headless":
            return [m for m in mentions if m.category != "actor" or m.known or self._headed(m.label) or overlaps(m)]
        fresh = [(a, b) for a, b in tagged if not any(m.span.start < b and a < m.span.end for m in actors)]
        if self.how == "propose+confirm":
            fresh = [s for s in fresh if self._confirmed(text, *s)]
        added = [self._mention(source, a, b) for a, b in fresh]
        return sorted(mentions + [m for m in added if m is not None], key=lambda m: (m.span.start, m.span.end))

    def _headed(self, label: str) -> bool:
        """The name starts with a head noun of the ontology ("các" before it allowed)."""
        low = label.lower()
        low = low[4:] if low.startswith("các ") else low
        head = self.vocab.head_regex.match(low) if self.vocab.head_regex is not None else None
        return head is not None and head.start(1) == 0

    def _confirmed(self, text: str, a: int, b: int) -> bool:
        low = text[a:b].lower()
        low = low[4:] if low.startswith("các ") else low
        head = self.vocab.head_regex.match(low) if self.vocab.head_regex is not None else None
        return head is not None and head.start(1) == 0 and bool(
            _BEFORE.search(text[max(0, a - 40):a].lower()) or _AFTER.match(text[b:b + 40].lower()))

    def _mention(self, source, a: int, b: int) -> Mention | None:
        surface = source.text[a:b]
        label = re.sub(r"\s+", " ", surface).strip(" ,.;:-")
        if len(label) < 3:
            return None
        head = self.vocab.head_regex.match(label.lower()) if self.vocab.head_regex is not None else None
        kind = self.vocab.head_kind.get(match_key(label[:head.end(1)]), "Organization") if head else "Organization"
        return Mention(span=Span(a, b), surface=surface, category="actor", iri=mint_actor_iri(label), label=label,
                       kind=kind, known=False)

    def accept(self, result, lexicon):
        return result


def _scored(result, gold) -> dict[str, Tally]:
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in result.mentions:
        if m.category == "actor":
            surfaces[m.iri].add(m.surface)
    return score_document(predictions_from_quads(emit_result(result), surfaces), gold)


def _row(t: Tally) -> str:
    p, r, f = t.prf()
    return f"{p:6.3f} {r:6.3f} {f:6.3f}   ({t.correct}/{t.predicted}, {t.matched}/{t.gold})"


def _ratio(a: Tally, b: Tally) -> str:
    return " ".join(f"{n} x{(y / x if x else 1.0):.3f}" for n, x, y in zip("PRF", a.prf(), b.prf()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", metavar="OUT", help="only train on all the documents and write the model to OUT")
    parser.add_argument("--more-features", action="store_true", help="third neighbours, bigram, line start, known")
    parser.add_argument("--splits", default=",".join(SPLITS),
                        help="the documents read (default real-tune,real-dev; the committed round-7 model: real-tune)")
    parser.add_argument("--limit", type=int, default=0, help="hold out only the first N documents (a quick look)")
    parser.add_argument("--shard", default="0/1", metavar="I/N",
                        help="hold out only the documents I, I+N, I+2N, ... (run N shards side by side, then --merge)")
    parser.add_argument("--folds", type=int, default=0,
                        help="grouped k-fold by document (document n in fold n mod k, in split and name order) "
                             "instead of leave-one-document-out; --shard then runs every N-th fold")
    parser.add_argument("--variants", default=",".join(VARIANTS[1:]),
                        help="the ways of using the model measured besides the rules (default: all)")
    parser.add_argument("--dump", metavar="FILE", help="write this run's counts to FILE (JSON) instead of printing")
    parser.add_argument("--merge", nargs="+", metavar="FILE", help="print the figures of the --dump FILEs together")
    args = parser.parse_args(argv)
    if args.merge:
        totals = {}
        for path in args.merge:
            for key, counts in json.loads(Path(path).read_text(encoding="utf-8")).items():
                tally = totals.setdefault(key, Tally())
                tally.add(Tally(*counts))
        return _print(totals, "merged: " + ", ".join(args.merge))
    lexicon = load_lexicon()
    vocab = vocabulary(lexicon)
    splits = [x for x in args.splits.split(",") if x in SPLITS]   # (never the blind half)
    docs = [Doc(split, text, gold, lexicon, args.more_features) for split in splits for text, gold in split_paths(split)]
    if args.train:
        train_actor_model([(d.features, d.labels) for d in docs], args.train)
        print(f"model trained on {len(docs)} documents: {args.train}")
        return 0
    totals = {f"{v}|{s}|{r}": Tally() for v in VARIANTS for s in (*SPLITS, "all") for r in SCORED}
    tmp = Path(tempfile.mkdtemp(prefix="policykg-crf-")) / "lodo.model"
    started = time.time()
    shard, shards = (int(x) for x in args.shard.split("/"))
    pool = docs[:args.limit] if args.limit else docs
    k = args.folds or len(pool)
    groups = [[d for n, d in enumerate(pool) if n % k == j] for j in range(k)]
    groups = [g for j, g in enumerate(groups) if j % shards == shard]
    variants = ["rules"] + [v for v in args.variants.split(",") if v in VARIANTS[1:]]
    for n, held_docs in enumerate(groups):
        train_actor_model([(d.features, d.labels) for d in docs if d not in held_docs], str(tmp))
        model = ActorModel(tmp)
        for held in held_docs:
            for how in variants:
                result = held.result if how == "rules" else build_source(
                    held.source, lexicon, actor_model=Variant(model, how, args.more_features, vocab))
                for relation, tally in _scored(result, held.gold).items():
                    if relation in SCORED:
                        tally.items = []
                        for split in (held.split, "all"):
                            totals[f"{how}|{split}|{relation}"].add(tally)
        print(f"  fold {n + 1}/{len(groups)} {held_docs[0].name}... ({time.time() - started:.0f} s)", file=sys.stderr,
              flush=True)
    tmp.unlink(missing_ok=True)
    tmp.parent.rmdir()
    if args.dump:
        Path(args.dump).write_text(json.dumps({k: [t.correct, t.predicted, t.matched, t.gold]
                                               for k, t in totals.items()}), encoding="utf-8")
        return 0
    how = f"grouped {k}-fold by document" if args.folds else "each document held out"
    return _print(totals, f"{how}, {len(pool)} of {len(docs)} documents (real-tune "
                          f"{sum(d.split == 'real-tune' for d in docs)}, real-dev "
                          f"{sum(d.split == 'real-dev' for d in docs)}); features: "
                          f"{'library + more' if args.more_features else 'library'}")


def _print(totals: dict[str, Tally], what: str) -> int:
    print(f"leave-one-document-out: {what}")
    for split in ("all", *SPLITS):
        print(f"\n{split}")
        for relation in SCORED:
            rules = totals[f"rules|{split}|{relation}"]
            print(f"  {relation:17} {'rules':16} {_row(rules)}")
            for how in VARIANTS[1:]:
                got = totals.get(f"{how}|{split}|{relation}")
                if got is None or not (got.predicted or got.gold):
                    continue
                print(f"  {'':17} {how:16} {_row(got)}   {_ratio(rules, got)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
