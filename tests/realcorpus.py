"""The real development corpus beside the checkout (../shared/corpus/real, or $POLICYKG_REAL_CORPUS), for tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import eval_real  # noqa: E402  (bench/ is a folder of the checkout, not installed)


def real_corpus() -> Path:
    """The corpus folder; locally a missing corpus skips, under CI=true it fails."""
    corpus = eval_real.corpus_dir()
    if not corpus.is_dir():
        message = f"the real corpus is not at {corpus} (set {eval_real.CORPUS_ENV})"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return corpus


def tune_document(name: str) -> Path:
    """A document of the tune half (never a blind one: tests/data/real/SPLIT.tsv)."""
    assert name in eval_real.split_documents("real-tune"), f"{name} is not a tune document"
    return real_corpus() / name
