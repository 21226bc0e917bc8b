"""The false, missed and split actors of ``bench/eval_builder.py --verbose`` grouped by class, before and after.

Reads two verbose outputs of the same split (a baseline and the branch) and prints one row per class: false actors
("not an actor of the gold"), missed actors and splits (one gold actor as two nodes), baseline -> branch. The
classes are read from the name and the document alone (a heuristic, for reading the errors, not for scoring):

- OCR letters: the two scanned documents whose letters lost their marks (``tb-08``, ``cv-4740``);
- one body as two nodes: every split of the other documents;
- heading or title in capitals: three capitalised words in a row, or a head inside a word ("NHIỆM VỤ");
- fund named in passing ("Quỹ ..."); the higher body or the State named in passing ("Quốc hội", "Nhà nước", ...);
- level form: the level class ("Ủy ban nhân dân cấp tỉnh", "UBND xã") where the gold names the document's body;
- cut or run-on name: a false and a missed actor of one document with the same first two words;
- generic collective ("cơ quan ...", "đơn vị ...", "sở, ban, ngành"), lower-case kind of body ("các ngân hàng thương
  mại", "tổ chức ..."), else a named body the lexicon or the pattern misses (or the gold does not count).

Usage:  bench/eval_builder.py --split real-dev --verbose > before.txt   (on the baseline)
        bench/eval_builder.py --split real-dev --verbose > after.txt    (on the branch)
        .venv/bin/python bench/actor_errors.py before.txt after.txt [--examples N]
Never run on the blind half (its errors are never listed).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict

OCR_DOCUMENTS = ("tb-08", "cv-4740")
KINDS = ("false", "missed", "split")
_LINE = re.compile(r"\s*\[(.+?)\] actors / (missed actor|not an actor of the gold|split: one actor as two nodes): (.*)")
_PASSING = re.compile(r"^(?:Quốc hội|Nhà nước|Thủ tướng Chính phủ|Quân đội nhân dân|QUÂN ĐỘI|Công an|Tỉnh ủy|TỈNH ỦY"
                      r"|Thành ủy|Đảng|Ban Chấp hành Trung ương|BAN CHẤP HÀNH TRUNG ƯƠNG|Ủy ban trung ương)$")
_PLURAL = re.compile(r"^(?:các|những)\s+", re.I)
_COLLECTIVE = re.compile(r"(?:cơ quan|đơn vị|địa phương|sở, |bộ, |cấp|tổ chức, cá nhân|các cấp|ngành)")


def read_errors(path: str) -> list[tuple[str, str, str]]:
    """(document, false|missed|split, name) of each actor error listed in a verbose output."""
    errors = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            m = _LINE.match(line)
            if m is None:
                continue
            doc, kind, rest = m.groups()
            what = {"missed actor": "missed", "not an actor of the gold": "false"}.get(kind, "split")
            name = rest if what == "missed" else (re.findall(r"'((?:[^'\\]|\\.)*)'", rest) or [rest])[0]
            errors.append((doc, what, name.replace("\\n", " ")))
    return errors


def error_class(doc: str, what: str, name: str, errors: list[tuple[str, str, str]]) -> str:
    bare = _PLURAL.sub("", name.strip())
    if doc.startswith(OCR_DOCUMENTS):
        return "OCR letters (tb-08, cv-4740)"
    if what == "split":
        return "one body as two nodes (level, short form, caps)"
    if re.search(r"[A-ZĐ]{2,}\s+[A-ZĐ]{2,}\s+[A-ZĐ]{2,}", name) or re.search(r"NHIỆM VỤ|VỤ TRỌNG|SỞ DỮ", name):
        return "heading or title in capitals"
    if name.startswith("Quỹ"):
        return "fund named in passing"
    if _PASSING.match(name.strip()):
        return "higher body or the State named in passing"
    if re.search(r"\bcấp (?:tỉnh|huyện|xã)\b|^UBND(?: (?:xã|huyện))?(?:, phường)?$", name):
        return "level form (cấp tỉnh/huyện/xã) vs the document's"
    head = " ".join(bare.split()[:2]).lower()
    other = "missed" if what == "false" else "false"
    if any(d == doc and w == other and " ".join(_PLURAL.sub("", n).split()[:2]).lower() == head for d, w, n in errors):
        return "cut or run-on name"
    if bare[:1].islower():
        if _COLLECTIVE.match(bare.lower()):
            return "generic collective (cơ quan ..., đơn vị ..., sở/bộ, ngành ...)"
        return "lower-case kind of body (ngân hàng, tổ chức, hội ...)"
    return "named body: lexicon or pattern misses it / not the gold's"


def tally(path: str) -> tuple[Counter, dict]:
    errors = read_errors(path)
    counts: Counter = Counter()
    examples: dict = defaultdict(list)
    for doc, what, name in errors:
        key = (error_class(doc, what, name, errors), what)
        counts[key] += 1
        examples[key].append(f"{doc[:24]}: {name[:70]}")
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--examples", type=int, default=0, help="list up to N errors of each class (after)")
    args = parser.parse_args(argv)
    before, _ = tally(args.before)
    after, examples = tally(args.after)
    classes = sorted({k for k, _ in before} | {k for k, _ in after},
                     key=lambda c: -sum(before[(c, w)] + after[(c, w)] for w in KINDS))
    print(f"{'class':64} {'false':>11} {'missed':>11} {'split':>11}")
    for c in classes:
        print(f"{c:64} " + " ".join(f"{before[(c, w)]:>4} -> {after[(c, w)]:<3}" for w in KINDS))
    totals = [(sum(v for (_, x), v in before.items() if x == w), sum(v for (_, x), v in after.items() if x == w))
              for w in KINDS]
    print(f"{'total':64} " + " ".join(f"{b:>4} -> {a:<3}" for b, a in totals))
    for key in sorted(examples) if args.examples else ():
        print(f"== {key[0]} / {key[1]}: {len(examples[key])}")
        for line in examples[key][:args.examples]:
            print(f"     {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
