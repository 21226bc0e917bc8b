"""Fixtures shared by the build tests."""

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).parent))

from buildfixtures import FakeLexicon, fake_build_source  # noqa: E402

# The property tests (test_properties.py) run the same examples on every run: derandomized, no example database,
# no deadline (a shared 2-core machine has slow moments), and generation that may be slow or filter a lot.
settings.register_profile("policykg", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.filter_too_much])
settings.load_profile("policykg")


@pytest.fixture
def fake_steps(monkeypatch):
    """Replace the language steps (and the lexicon) of a corpus build with the stand-in; forked workers inherit it."""
    from policykg.corpus import outcome
    from policykg.graph_builder.emit import emit_graph

    monkeypatch.setattr(outcome, "build_source", fake_build_source)
    monkeypatch.setattr(outcome, "emit_result_graph", lambda result: emit_graph(result, FakeLexicon()))
