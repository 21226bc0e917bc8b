"""bench/dev_checkout.sh: a development checkout holds no gold file of the blind half and gives the tune texts alone.

Round 33's engineers read blind gold four times through globs over tests/data/real/; this checkout makes that
impossible rather than forbidden. The test makes one in a temporary folder from this repository and removes it.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

if os.environ.get("CI") != "true" and (shutil.which("git") is None or not (ROOT / ".git").exists()):
    pytest.skip("needs git and a git checkout of the project (CI has both)", allow_module_level=True)


def _split() -> dict[str, str]:
    with open(ROOT / "tests/data/real/SPLIT.tsv", encoding="utf-8") as handle:
        return {row["file"]: row["split"] for row in csv.DictReader(handle, delimiter="\t")}


def test_a_development_checkout_has_no_blind_gold_and_only_the_tune_texts(tmp_path):
    branch = f"dev-checkout-test-{uuid.uuid4().hex[:8]}"
    target = tmp_path / "dev"
    corpus = tmp_path / "corpus"   # the links may point at nothing: only their names are checked
    corpus.mkdir()
    try:
        subprocess.run(["bash", str(ROOT / "bench/dev_checkout.sh"), str(target), branch, "HEAD", str(corpus)],
                       cwd=ROOT, check=True, capture_output=True, text=True)
        split = _split()
        gold = {p.name for p in (target / "tests/data/real").glob("*.gold.json")}
        stem = {name.rsplit(".", 1)[0] + ".gold.json": which for name, which in split.items()}
        assert gold == {g for g, which in stem.items() if which == "tune"}
        assert (target / "graph_builder").is_dir() and (target / "tests/data/real/SPLIT.tsv").is_file()
        texts = {p.name for p in Path(str(target) + ".tune-texts").iterdir()}
        assert texts == {name for name, which in split.items() if which == "tune"} and len(texts) == 15
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(target)], cwd=ROOT, capture_output=True)
        subprocess.run(["git", "branch", "-D", branch], cwd=ROOT, capture_output=True)
