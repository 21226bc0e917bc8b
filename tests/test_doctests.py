"""The runnable examples in the docstrings of every installed policykg module.

They are collected from the installed package, each module under its one import name (``policykg.*``), so no
module is imported twice under two names: the design card's folders are mapped into the namespace at install time.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules() -> list[str]:
    """Every module of every package that pyproject.toml installs."""
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    names = set()
    for package in packages:
        module = importlib.import_module(package)
        if getattr(module, "__file__", None) is None:
            continue   # a folder of data files (namespace package), no code
        names.add(package)
        names.update(info.name for info in pkgutil.iter_modules(module.__path__, package + ".") if not info.ispkg)
    return sorted(n for n in names if not n.endswith("__main__"))


MODULES = _modules()


def test_every_layer_is_found():
    for package in ("core", "ontology", "graph_builder", "queries", "visualize"):
        assert any(m.startswith(f"policykg.{package}.") for m in MODULES), package


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    for test in doctest.DocTestFinder(exclude_empty=True).find(module, name, globs=dict(module.__dict__)):
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
