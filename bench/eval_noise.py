"""Robustness to publishing noise: the figures of the development documents (real-tune, real-dev) clean and under each
transform of ``bench/perturb.py``, as ratios against the clean figures of the same run.

Each transform changes how a text is published (line breaks, page furniture, encodings, debris), not what it says, so
the gold written for the clean text still holds; a ratio under 1 is what the builder loses to the form alone.

    POLICYKG_REAL_CORPUS=/work/shared/corpus/real POLICYKG_DEV_CORPUS=/work/corpus-dev/texts \\
        python bench/eval_noise.py [--split real-tune --split real-dev] [--transform wrap ...] [--errors] [--files RE]

Prints, per split and for the splits together, the clean micro P/R per relation and issuers exact, then one row per
transform: each figure divided by the clean one (1.000: nothing lost). ``--errors`` lists, per transform, the errors
it adds to the clean run's (document, relation, class, item). Never runs the blind half.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real import (RELATIONS, Tally, build_document, corpus_text, load_gold,   # noqa: E402
                             predictions_from_quads, score_document, split_paths)
from bench.perturb import TRANSFORMS, perturb   # noqa: E402

SPLITS = ("real-tune", "real-dev")   # the documents we may develop on; never real-blind
SHOWN = ("actors", "coordination", "leads", "responsibilities", "issuers", "signers", "cited identifiers",
         "tasks with deadlines")
_SHORT = {"actors": "act", "coordination": "pair", "leads": "lead", "responsibilities": "duty", "issuers": "iss",
          "signers": "sign", "cited identifiers": "cite", "tasks with deadlines": "dl"}


def run(paths, transform: str | None) -> tuple[dict[str, Tally], int, set]:
    """Totals per relation, documents with issuers exact, and the errors (document, relation, class, item)."""
    totals = {r: Tally() for r in RELATIONS}
    exact, errors = 0, set()
    for text_path, gold_path in paths:
        text = corpus_text(text_path)
        if transform is not None:
            text = perturb(text, transform, text_path.name)
        quads, surfaces = build_document(text_path, text=text)
        scored = score_document(predictions_from_quads(quads, surfaces), load_gold(gold_path))
        exact += scored["issuers"].correct == scored["issuers"].predicted == scored["issuers"].gold
        for relation, tally in scored.items():
            errors.update((text_path.name, relation, cls, str(item)) for cls, item in tally.items)
            totals[relation].add(tally)
    return totals, exact, errors


def _ratio(x: float, clean: float) -> str:
    return "  -  " if clean == 0 else f"{x / clean:5.3f}"


def table(title: str, clean, rows, documents: int, out) -> None:
    head = " ".join(f"{_SHORT[r] + ' P':>6} {_SHORT[r] + ' R':>6}" for r in SHOWN)
    print(f"\n{title} ({documents} documents)", file=out)
    print(f"{'':10} {head} {'iss.exact':>9}", file=out)
    totals, exact = clean
    figures = " ".join(f"{totals[r].prf()[0]:6.3f} {totals[r].prf()[1]:6.3f}" for r in SHOWN)
    print(f"{'clean':10} {figures} {exact:>4}/{documents:<4}", file=out)
    for name, (t, e) in rows:
        cells = []
        for r in SHOWN:
            (p0, r0, _), (p1, r1, _) = totals[r].prf(), t[r].prf()
            cells.append(f"{_ratio(p1, p0):>6} {_ratio(r1, r0):>6}")
        print(f"{name:10} {' '.join(cells)} {_ratio(e, exact):>9}", file=out)


def _merged(parts: list[tuple[dict[str, Tally], int]]) -> tuple[dict[str, Tally], int]:
    totals = {r: Tally() for r in RELATIONS}
    for t, _ in parts:
        for r in RELATIONS:
            totals[r].add(t[r])
    return totals, sum(e for _, e in parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=SPLITS, help="a development split (default: both)")
    parser.add_argument("--transform", action="append", choices=sorted(TRANSFORMS), help="default: every one")
    parser.add_argument("--errors", action="store_true", help="list the errors each transform adds to the clean run")
    parser.add_argument("--files", metavar="REGEX", help="keep the documents whose file name it finds (one half of a split)")
    args = parser.parse_args(argv)
    splits = args.split or list(SPLITS)
    transforms = args.transform or list(TRANSFORMS)
    out = sys.stdout
    results: dict[str, dict[str | None, tuple]] = {}
    added: dict[str, Counter] = {}
    sizes = {}
    for split in splits:
        paths = split_paths(split, args.files)
        sizes[split] = len(paths)
        clean_totals, clean_exact, clean_errors = run(paths, None)
        results[split] = {None: (clean_totals, clean_exact)}
        for name in transforms:
            totals, exact, errors = run(paths, name)
            results[split][name] = (totals, exact)
            if args.errors:
                for error in sorted(errors - clean_errors):
                    print(f"[{name}] {split} {error[0]} {error[1]} / {error[2]}: {error[3]}", file=out)
            added.setdefault(name, Counter())[split] = len(errors - clean_errors)
    for split in splits:
        table(split, results[split][None], [(n, results[split][n]) for n in transforms], sizes[split], out)
    if len(splits) > 1:
        table(" + ".join(splits), _merged([results[s][None] for s in splits]),
              [(n, _merged([results[s][n] for s in splits])) for n in transforms], sum(sizes.values()), out)
    print("\nerrors a transform adds to the clean run's: "
          + ", ".join(f"{n} {sum(added[n].values())}" for n in transforms), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
