"""Why each gold duty of a split is missed: the classes of issue 9's largest error class, so the next fix is chosen
from data (round 12).

    python bench/duty_errors.py --split real-dev [--examples N]

Every missed duty (a gold ``responsibilities`` item the evaluation does not match, ``bench/eval_real.py``) goes to the
first class that fits:

- ``actor missed``: the builder has no node for the gold actor (a question of names, not of duties);
- ``task found, other holder``: a predicted duty's text holds the fragment, but not one of this actor's;
- ``span differs``: the actor's (or another's) duty text holds the fragment's first words only, or is part of it;
- ``not found in the text``: the fragment is on no line or paragraph of the text (OCR, a table's cells);
- ``table row``: the fragment is on a line of a table;
- ``text, cue C, actor on the line|elsewhere``: running text; C is the first duty cue of the line ("giao", "đề nghị",
  "yêu cầu", "có trách nhiệm", "chịu trách nhiệm", "tham mưu", "chủ trì", "phối hợp") or "none", and whether the line
  names the actor (the duty's sentence) or not (a heading, a lead-in or a sentence before gives it).

``--split real-blind`` is refused: the blind half is never looked at while developing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real import (build_document, corpus_text, load_gold, match_actors,  # noqa: E402
                             predictions_from_quads, split_paths, text_key)

CUES = (("giao", r"\bgiao\b"), ("đề nghị", r"đề nghị"), ("yêu cầu", r"yêu cầu"), ("có trách nhiệm", r"có trách nhiệm"),
        ("chịu trách nhiệm", r"chịu trách nhiệm"), ("tham mưu", r"tham mưu"), ("chủ trì", r"chủ trì"),
        ("phối hợp", r"phối hợp"))
_HEAD = 25   # the characters of a fragment's key that stand for its first words


def _line_of(lines: list[str], key: str) -> str | None:
    """The line holding the fragment's key, else the paragraph (lines up to a blank one) holding it, else None."""
    for line in lines:
        if key in text_key(line):
            return line
    paragraph: list[str] = []
    for line in lines + [""]:
        if line.strip():
            paragraph.append(line.strip())
            continue
        if paragraph and key in text_key(" ".join(paragraph)):
            return " ".join(paragraph)
        paragraph = []
    return None


def classify(gold, duties: list[tuple[str | None, str]], found: set[str], lines: list[str], actor: str,
             fragment: str) -> str:
    """The class of one missed duty (see the module's docstring); ``duties`` are (gold actor name or None, text key)
    of the predictions, ``found`` the gold actors the builder has."""
    key = text_key(fragment)
    if actor not in found:
        return "actor missed"
    if any(key in text for _, text in duties):
        return "task found, other holder"
    if any(key[:_HEAD] in text or text and text in key for name, text in duties if name == actor) \
            or any(key[:_HEAD] in text for _, text in duties):
        return "span differs"
    line = _line_of(lines, key)
    if line is None:
        return "not found in the text"
    if "|" in line or "\t" in line or "<td" in line.lower():
        return "table row"
    low = line.lower()
    cue = next((name for name, pattern in CUES if re.search(pattern, low)), "none")
    on_line = actor in gold.actors and any(k in text_key(line) for k in gold.actors[actor].keys)
    return f"text, cue {cue}, actor {'on the line' if on_line else 'elsewhere'}"


def missed_duties(split: str, files: str | None = None):
    """(document, gold actor, fragment, class) of every missed duty of the split's documents."""
    if split in ("real-blind", "real"):
        raise SystemExit("the blind half is never looked at while developing")
    for text_path, gold_path in split_paths(split, files):
        gold = load_gold(gold_path)
        quads, surfaces = build_document(text_path)
        pred = predictions_from_quads(quads, surfaces)
        mapping, _ = match_actors(pred, gold)
        found = {name for name in mapping.values() if name}
        duties = [(mapping.get(iri), text_key(text)) for iri, text in sorted(pred.duties)]
        lines = corpus_text(text_path).split("\n") if split.startswith("real") else \
            text_path.read_text(encoding="utf-8").split("\n")
        for actor, fragment in gold.raw["responsibilities"]:
            if gold.optional(actor):
                continue
            if any(name == actor and text_key(fragment) in text for name, text in duties):
                continue
            yield text_path.name, actor, fragment, classify(gold, duties, found, lines, actor, fragment)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="real-dev")
    parser.add_argument("--files", help="a regular expression: only the documents whose file name it finds")
    parser.add_argument("--examples", type=int, default=0, help="list up to N missed duties of each class")
    args = parser.parse_args(argv)
    rows = list(missed_duties(args.split, args.files))
    counts = Counter(cls for *_, cls in rows)
    by_class: dict[str, list] = defaultdict(list)
    for row in rows:
        by_class[row[3]].append(row)
    documents: dict[str, set[str]] = defaultdict(set)
    for name, _, _, cls in rows:
        documents[cls].add(name)
    print(f"split={args.split} missed duties={len(rows)}")
    print(f"{'count':>5} {'docs':>4}  class")
    for cls, n in counts.most_common():
        print(f"{n:5} {len(documents[cls]):4}  {cls}")
    for cls, n in counts.most_common():
        if args.examples:
            print(f"\n== {cls} ({n})")
            for name, actor, fragment, _ in by_class[cls][:args.examples]:
                print(f"  [{name}] {actor} | {fragment}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
