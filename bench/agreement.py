"""How far two annotators agree: a second, independent annotation of a document scored against the first with the
evaluation's own matching (``bench/eval_real.py``), so that the builder's figures can be read against the ceiling
two careful people reach on the same text.

    python bench/agreement.py tests/data/real-dev/second/*.gold.json [--builder]

Each file given is a second annotation; the first is the gold of the same name in ``tests/data/real-dev/`` (or
``tests/data/real/``); the text is read as the evaluation reads it (``$POLICYKG_DEV_CORPUS`` for real-dev). The
second annotation is turned into what the scorer reads from a graph (:func:`predictions_from_gold`) and scored
against the first, then the first against the second; the table gives the micro P/R/F1 of "second against first"
(P of one direction is R of the other) and the mean of the two F1. ``--builder`` adds the builder's F1 against
each annotation on the same documents.

The scorer matches a gold duty, lead, objective or dated task when its fragment occurs in the predicted text. An
annotator's fragment is a short span, not a clause as the builder writes, so each fragment of the annotation
playing the prediction is widened to its sentence in the text (:func:`sentence_around`): two annotators agree on a
duty when they give it to the same actor in the same sentence. Optional actors of the second annotation that the
first does not list are not errors, as a people group or vague collective of the builder's is not.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import (  # noqa: E402
    DEV_DIR, GOLD_DIR, RELATIONS, Gold, Predicted, Tally, build_document, corpus_dir, dev_paths, identifier_key,
    load_gold, predictions_from_quads, score_document, corpus_text,
)

_SENTENCE_END = re.compile(r"[.;!?](?=\s)|¶")
# where a unit of the text ends whatever its punctuation: a blank line, a table cell's edge, a line that opens an item
_UNIT_EDGE = re.compile(r"\n\s*\n|\||<br\s*/?>|\n(?=[ \t]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+*•–]|[IVX]+\.)\s)")
REACH = 400   # at most this many characters of the sentence on each side of the fragment


def sentence_around(text: str, fragment: str) -> str:
    """The sentence of ``text`` that holds ``fragment`` (whitespace folded; a table cell, a list item and a
    paragraph end it too; cut at REACH characters each side); the fragment itself when the text does not hold it.

    >>> sentence_around("Mở đầu. Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án; báo cáo.", "xây dựng đề án")
    'Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án'
    >>> sentence_around("1 | Rà soát quy hoạch | Sở Xây dựng\\n2 | Rà soát đất đai | Sở Xây dựng", "Rà soát đất")
    'Rà soát đất đai'
    >>> sentence_around("a b", "không có")
    'không có'
    """
    piece = " ".join(fragment.split())
    flat = " ".join(_UNIT_EDGE.sub(" ¶ ", text).split())
    at = flat.find(piece) if piece else -1
    if at < 0:   # a fragment that runs over an edge
        flat = " ".join(text.split())
        at = flat.find(piece) if piece else -1
    if at < 0:
        return piece
    start, end = max(0, at - REACH), min(len(flat), at + len(piece) + REACH)
    before = [m.end() for m in _SENTENCE_END.finditer(flat, start, at)]
    after = _SENTENCE_END.search(flat, at + len(piece), end)
    return flat[before[-1] if before else start:after.start() if after else end].strip()


def predictions_from_gold(gold: Gold, text: str) -> Predicted:
    """What the scorer would read from a graph that states exactly this annotation (actors by name)."""
    p = Predicted()

    def iri(name: str) -> str:
        node = "annotation:" + name
        if node not in p.actors:
            p.actors[node], p.labels[node] = {name}, {name}
        return node

    for actor in gold.raw["actors"]:
        node = iri(actor["name"])
        p.actors[node] |= set(actor.get("aliases") or [])
        if actor.get("optional"):
            p.people_groups.add(node)   # unmatched, it is optional; matched, it counts
    p.pairs = {tuple(sorted((iri(a), iri(b)))) for a, b in gold.raw["coordination"] if a != b}
    p.leads = {(iri(a), sentence_around(text, f)) for a, f in gold.raw["leads"]}
    p.duties = {(iri(a), sentence_around(text, f)) for a, f in gold.raw["responsibilities"]}
    p.objectives = {sentence_around(text, f) for f in gold.raw["objectives"]}
    p.issuers = {iri(name) for name in gold.raw["document"].get("issuers") or []}
    p.signers = {(s.get("person") or "", s.get("post") or "") for s in gold.raw["signers"]}
    p.cited = {identifier_key(c["identifier"]) for c in gold.raw["citations"] if c.get("identifier")}
    p.deadlines = {(sentence_around(text, t["task"]), t["deadline"], frozenset(iri(a) for a in t["lead"]))
                   for t in gold.raw["tasks"]}
    return p


@functools.lru_cache(maxsize=1)
def _dev_documents() -> dict[str, tuple[Path, Path]]:
    """real-dev's (text, gold) by stem, its texts checked against the manifest once (:func:`dev_paths`)."""
    return {text.stem: (text, gold) for text, gold in dev_paths()}


def first_annotation(second: Path) -> tuple[Path, Path]:
    """(text, first gold) of the document a second annotation is of."""
    stem = second.name.removesuffix(".gold.json")
    if (DEV_DIR / second.name).exists() and stem in _dev_documents():
        return _dev_documents()[stem]
    if (GOLD_DIR / second.name).exists():
        return corpus_dir() / (stem + ".txt"), GOLD_DIR / second.name
    raise SystemExit(f"no first annotation of {stem} in tests/data/real-dev/ or tests/data/real/")


def agreement(seconds: list[Path], with_builder: bool = False, out=None,
              relations: tuple[str, ...] = RELATIONS) -> dict[str, dict[str, float]]:
    """Print and return, per relation, P/R/F1 of the second annotations against the first (micro over the
    documents), the mean F1 of both directions, and with ``with_builder`` the builder's F1 against each;
    ``relations``: the ones both annotations hold (a second annotation of a narrower scope leaves the others
    empty, and their figures would say nothing)."""
    out = out or sys.stdout
    totals = {key: {r: Tally() for r in RELATIONS} for key in ("2v1", "1v2", "b1", "b2")}
    for second_path in seconds:
        text_path, first_path = first_annotation(second_path)
        text = corpus_text(text_path)
        first, second = load_gold(first_path), load_gold(second_path)
        runs = {"2v1": (predictions_from_gold(second, text), first),
                "1v2": (predictions_from_gold(first, text), second)}
        if with_builder:
            quads, surfaces = build_document(text_path)
            built = predictions_from_quads(quads, surfaces)
            runs |= {"b1": (built, first), "b2": (built, second)}
        for key, (pred, gold) in runs.items():
            for relation, tally in score_document(pred, gold).items():
                totals[key][relation].add(tally)
    print(f"documents={len(seconds)}: the second annotation scored against the first", file=out)
    head = f"{'relation':22} {'P':>6} {'R':>6} {'F1':>6} {'mean F1':>8}"
    print(head + (f" {'builder F1 vs 1st':>18} {'vs 2nd':>7}" if with_builder else ""), file=out)
    results: dict[str, dict[str, float]] = defaultdict(dict)
    for relation in relations:
        p, r, f = totals["2v1"][relation].prf()
        mean = (f + totals["1v2"][relation].prf()[2]) / 2
        results[relation].update(P=p, R=r, F1=f, mean_F1=mean)
        line = f"{relation:22} {p:6.3f} {r:6.3f} {f:6.3f} {mean:8.3f}"
        if with_builder:
            b1, b2 = totals["b1"][relation].prf()[2], totals["b2"][relation].prf()[2]
            results[relation].update(builder_F1_first=b1, builder_F1_second=b2)
            line += f" {b1:18.3f} {b2:7.3f}"
        print(line, file=out)
    return dict(results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("second", nargs="+", type=Path, help="second annotations (<stem>.gold.json)")
    parser.add_argument("--builder", action="store_true", help="also score the builder against each annotation")
    parser.add_argument("--relations", default=",".join(RELATIONS),
                        help="comma-separated relations to print, when the second annotations hold only these "
                             f"(default: all of {', '.join(RELATIONS)})")
    args = parser.parse_args(argv)
    relations = tuple(r.strip() for r in args.relations.split(","))
    unknown = [r for r in relations if r not in RELATIONS]
    if unknown:
        parser.error(f"unknown relation {unknown[0]!r}; choose among: {', '.join(RELATIONS)}")
    agreement(args.second, args.builder, relations=relations)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
