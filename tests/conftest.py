"""Fixtures shared by the build tests."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from buildfixtures import FakeLexicon, fake_build_source  # noqa: E402


@pytest.fixture
def fake_steps(monkeypatch):
    """Replace the language steps (and the lexicon) of a corpus build with the stand-in; forked workers inherit it."""
    from policykg.corpus import outcome
    from policykg.graph_builder.emit import emit_nquads

    monkeypatch.setattr(outcome, "build_source", fake_build_source)
    monkeypatch.setattr(outcome, "emit_result_nquads", lambda result: emit_nquads(result, FakeLexicon()))
