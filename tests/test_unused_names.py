"""The library's modules import nothing they do not use and use no name they do not define (pyflakes).

An import kept only for a docstring's example belongs in the example (``>>> from ... import ...``), so a reader
of the module sees what the code itself needs; a name used but never defined is a crash waiting on a rare path.
"""

from __future__ import annotations

from pathlib import Path

from pyflakes import api as pyflakes_api
from pyflakes.reporter import Reporter

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ("policykg", "graph_builder", "ontology", "queries", "visualize", "bench")


class _Collect(Reporter):
    def __init__(self):
        self.found: list[str] = []

    def unexpectedError(self, filename, message):
        self.found.append(f"{filename}: {message}")

    def syntaxError(self, filename, message, lineno, offset, text):
        self.found.append(f"{filename}:{lineno}: {message}")

    def flake(self, message):
        self.found.append(str(message))


def _warnings(paths: list[str]) -> list[str]:
    reporter = _Collect()
    pyflakes_api.checkRecursive(paths, reporter)
    return reporter.found


def test_the_library_and_benchmarks_have_no_unused_or_undefined_names():
    found = _warnings([str(ROOT / folder) for folder in LIBRARY])
    assert found == [], "\n".join(found)


def test_the_check_finds_an_unused_import(tmp_path):
    """A guard of the check itself: a module with an unused import and an undefined name is reported twice."""
    module = tmp_path / "bad.py"
    module.write_text("import os\n\n\ndef f():\n    return undefined_name\n", encoding="utf-8")
    found = _warnings([str(module)])
    assert len(found) == 2 and "'os' imported but unused" in found[0] and "undefined name" in found[1]
