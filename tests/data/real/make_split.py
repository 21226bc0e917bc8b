"""Draw the tune / blind split of the real development corpus (run once, before the builder saw any of it).

The 30 documents of ``../shared/corpus/real/`` are grouped into five strata by genre, each stratum is
shuffled with a fixed seed and its first half becomes *tune*, the rest *blind*; in strata of odd size the
extra document goes to blind and to tune in turn (15 + 15 in all).
The result is SPLIT.tsv; re-running this script reproduces it byte for byte.

Usage: python tests/data/real/make_split.py [CORPUS_DIR]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 20261128
STRATA = {
    "news": ("bao-",),
    "party": ("kl-", "ctr-", "nq-57", "kh-3260"),
    "state-national": ("nd-", "tt-", "ct-", "nq-03", "nqlt-", "hdln-"),
    "local-plans": ("kh-", "hd-"),
    "letters-notices-regulations": ("cv-", "tb-", "qd-"),
}


def stratum(name: str) -> str:
    for label, prefixes in STRATA.items():
        if name.startswith(prefixes):
            return label
    raise ValueError(f"no stratum for {name}")


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[4] / "shared/corpus/real")
    names = sorted(p.name for p in corpus.glob("*.txt"))
    rng = random.Random(SEED)
    rows = []
    odd = 0
    for label in STRATA:
        members = sorted(n for n in names if stratum(n) == label)
        rng.shuffle(members)
        half = len(members) // 2
        if len(members) % 2:
            half += odd % 2
            odd += 1
        rows += [(n, "tune", label) for n in members[:half]] + [(n, "blind", label) for n in members[half:]]
    lines = ["file\tsplit\tstratum"] + [f"{n}\t{s}\t{l}" for n, s, l in sorted(rows)]
    (Path(__file__).parent / "SPLIT.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
