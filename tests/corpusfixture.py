"""A small generated corpus (bench/corpus.py) built into a build directory, for tests that need realistic data."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generated_texts(work: Path, documents: int) -> list[str]:
    """Generate ``documents`` policy texts into ``work/corpus``; their paths."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench.corpus import generate_corpus

    return [str(p) for p in generate_corpus(documents, work / "corpus")]


def build_generated(work: Path, documents: int) -> Path:
    """Generate ``documents`` policy texts into ``work/corpus`` and build them into ``work/out``; returns the latter."""
    from policykg.corpus.build import build_corpus

    build_corpus(generated_texts(work, documents), work / "out", viz=False, quiet=True)
    return work / "out"
