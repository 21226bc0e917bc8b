"""Fixtures shared by the build tests."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from buildfixtures import FakeLexicon, fake_build_source  # noqa: E402


@pytest.fixture
def fake_steps(monkeypatch):
    """Replace the language steps (and the lexicon) with the stand-in; forked workers inherit it."""
    from policykg.graph_builder import pipeline

    monkeypatch.setattr(pipeline, "build_source", fake_build_source)
    monkeypatch.setattr(pipeline, "_lexicon", lambda: FakeLexicon())
