"""Size limits of the code outside bench/ and tests/: no file over 500 lines, no function over 80 lines.

Code files are the Python modules, scripts and the page assets; the ontology's Turtle files are data (the
vocabulary and its actors) and are not held to the limit.
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80
CODE_SUFFIXES = (".py", ".js", ".css", ".html", ".rq", ".sh")
EXEMPT = ("bench/", "tests/")


def code_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    files = [ROOT / name for name in listed
             if not name.startswith(EXEMPT) and (name.endswith(CODE_SUFFIXES) or name == ".ci/run")]
    return sorted(f for f in files if f.exists())


def test_the_check_sees_the_code():
    names = {f.relative_to(ROOT).as_posix() for f in code_files()}
    assert {"graph_builder/pipeline.py", "policykg/cli/__init__.py", "visualize/assets/view.js", ".ci/run"} <= names
    assert not any(n.startswith(EXEMPT) for n in names)


def test_no_file_over_500_lines():
    long = [f"{f.relative_to(ROOT)}: {n} lines" for f in code_files()
            if (n := len(f.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES]
    assert not long, "\n".join(long)


def test_no_function_over_80_lines():
    long = []
    for f in code_files():
        if f.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{f.relative_to(ROOT)}:{node.lineno} {node.name}: {lines} lines")
    assert not long, "\n".join(long)
