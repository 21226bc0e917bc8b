"""Packaging: one import name. The wheel holds ``policykg`` and its dist-info and nothing else at the top; the
editable install imports ``policykg.queries`` etc. from the design card's folders; neither build warns.

The builds run on a copy of the source tree (so parallel tests and the working tree are left alone), without
build isolation (setuptools and wheel come with the test extras), through the project's build backend.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("policykg.queries", "policykg.visualize", "policykg.ontology", "policykg.graph_builder",
            "policykg.corpus", "policykg.cli", "policykg.core")
SOURCE = ("pyproject.toml", "README.md", "MANIFEST.in", "build_backend", "policykg", "ontology", "graph_builder",
          "queries", "visualize")


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("source")
    for name in SOURCE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, copy / name)
    return copy


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONWARNINGS": "always", **env}
    return subprocess.run(args, cwd=cwd, env=environment, capture_output=True, text=True, timeout=300)


def warnings_in(output: str) -> list[str]:
    """Lines that a build backend prints for warnings (pip's notes about this machine's index set-up and warnings
    raised inside pip's own code, e.g. an older pip's pkg_resources deprecation, aside)."""
    return [line for line in output.splitlines()
            if ("warning" in line.lower() or line.strip() == "!!") and "Location 'file:" not in line
            and "/site-packages/pip/" not in line]


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(source)],
               cwd=out)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not warnings_in(done.stdout + done.stderr), warnings_in(done.stdout + done.stderr)
    return next(out.glob("policykg-*.whl"))


def test_the_wheel_installs_one_top_level_name(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"policykg", wheel.name.split("-py")[0] + ".dist-info"}
    assert "policykg/py.typed" in names and "policykg/ontology/core.ttl" in names
    assert "policykg/queries/catalogue/coordination.rq" in names and "policykg/visualize/assets/view.js" in names
    top_level = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("top_level.txt"))).decode()
    assert top_level.split() == ["policykg"]


def test_the_installed_wheel_imports_every_layer(wheel, tmp_path):
    site = tmp_path / "site"
    done = run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)],
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in site.iterdir() if not p.name.endswith(".dist-info")) == ["bin", "policykg"]
    code = ("import policykg.queries, policykg.visualize, policykg.ontology, policykg.graph_builder, importlib\n"
            f"for name in {PACKAGES!r}: print(importlib.import_module(name).__file__)\n"
            "from policykg.queries.catalogue import list_queries; print(len(list_queries()))")
    imported = run([sys.executable, "-c", code], cwd=tmp_path, PYTHONPATH=str(site))
    assert imported.returncode == 0, imported.stderr
    *files, count = imported.stdout.split()
    assert all(f.startswith(str(site / "policykg")) for f in files) and int(count) >= 15


def test_the_editable_install_maps_the_design_card_folders(tmp_path):
    code = ("import policykg.queries, policykg.visualize, policykg.ontology, policykg.graph_builder, importlib\n"
            f"for name in {PACKAGES!r}: print(importlib.import_module(name).__file__)\n"
            "for name in ('queries', 'visualize', 'ontology', 'graph_builder'):\n"
            "    try:\n        importlib.import_module(name); print('LEAK', name)\n"
            "    except ModuleNotFoundError:\n        pass\n")
    imported = run([sys.executable, "-c", code], cwd=tmp_path)   # not from the repository: only what is installed
    assert imported.returncode == 0, imported.stderr
    files = imported.stdout.split()
    assert "LEAK" not in files
    assert files[:4] == [str(ROOT / folder / "__init__.py") for folder in ("queries", "visualize", "ontology",
                                                                          "graph_builder")]


def test_the_editable_wheel_builds_without_warnings(source, tmp_path):
    code = ("import sys; sys.path.insert(0, 'build_backend'); import policykg_build as backend\n"
            f"print(backend.build_editable({str(tmp_path)!r}))")
    done = run([sys.executable, "-c", code], cwd=source)
    assert done.returncode == 0, done.stderr
    assert not warnings_in(done.stdout + done.stderr), warnings_in(done.stdout + done.stderr)
    assert (tmp_path / done.stdout.split()[-1]).exists()
