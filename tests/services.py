"""The services tests start themselves: skip when one is missing locally, fail under CI=true (CI must install it)."""

import os

import pytest

from policykg.queries.virtuoso import virtuoso_available


def need_virtuoso() -> None:
    """Skip (locally) or fail (CI=true) when Debian's Virtuoso is not installed."""
    if not virtuoso_available():
        if os.environ.get("CI") == "true":
            pytest.fail("virtuoso-t is not installed, and CI=true: .ci/run must install virtuoso-opensource")
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource)")
