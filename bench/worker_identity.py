"""Are a build worker's outputs byte-identical between this checkout and another installation?

For every document of the given corpora, in a child process of each interpreter, ``build_outcome`` (what a build's
worker runs) is called and a digest taken of each thing it hands back: the N-Quads, the actor view's facts, the
summary part, the report part, the counts, the actors and the identity. The two lists are compared document by
document; the differing documents and fields are printed. Exit status 1 when anything differs. A summary part is
compared by its contents: its spans as a set of lines, each query's digest and its rows as a set (round 15: a part's
rows are sorted by their terms, where they came in the order of Oxigraph's evaluation before; round 21's rows of the
kept ``tasks`` and ``tasks-without-lead`` and their ``local`` entry are left out, as older parts have none: a build's
``results/`` and ``tests/test_kept_parts_round21.py`` compare them).

    python bench/worker_identity.py --baseline-python OLD/bin/python CORPUS [CORPUS ...] [--max N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

_DIGESTS = r"""
import hashlib, json, sys
from pathlib import Path
from policykg.corpus.outcome import build_outcome
def h(data):
    return hashlib.sha256(data if isinstance(data, bytes) else json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]
def rows(packed):   # a packed answer's rows as a sorted list of their terms (the order of the rows is no part of it)
    p = json.loads(packed)
    return [p["vars"], sorted(json.dumps([p["terms"][i] if i >= 0 else None for i in r]) for r in p["rows"])]
ADDED = ("local", "tasks", "tasks-without-lead")   # round 21's entries (queries/taskparts.py): not in older parts
def answers(part):   # a summary part as its spans' set of lines and each query's digest and rows
    part = json.loads(part) if part else {}
    return {k: sorted(set(v.splitlines())) if k == "spans" else {x: rows(y) if x in ("rows", "if") else y
            for x, y in v.items()} for k, v in part.items() if k not in ADDED}
out = {}
for folder in sys.argv[2:]:
    paths = sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html"))
    if not paths: raise SystemExit(f"no documents in {folder}")
    for path in paths[: int(sys.argv[1])]:
        o = build_outcome(str(path), None)
        out[str(path)] = {"ok": o.ok, "error": o.error, "nquads": h(o.nquads), "view": h(o.view),
                          "summary": h(answers(o.summary)), "part": h(o.part.html if o.part else b""),
                          "counts": h(o.counts), "actors": h(o.actors), "identity": h(list(o.identity or ()))}
print(json.dumps(out))
"""


def digests(python: str, corpora: list[str], most: int) -> dict:
    proc = subprocess.run([python, "-c", _DIGESTS, str(most), *corpora], capture_output=True, text=True,
                          cwd=tempfile.gettempdir(), env={**os.environ, "PYTHONPATH": ""})
    if proc.returncode != 0:
        raise SystemExit(f"{python} failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--baseline-python", required=True)
    parser.add_argument("--max", type=int, default=10 ** 9, help="documents per corpus, at most")
    args = parser.parse_args(argv)
    with ThreadPoolExecutor(2) as pool:
        corpora = [os.path.abspath(c) for c in args.corpora]
        ours, base = pool.map(lambda py: digests(py, corpora, args.max), [sys.executable, args.baseline_python])
    differing = 0
    for path in sorted(set(ours) | set(base)):
        a, b = ours.get(path), base.get(path)
        if a != b:
            differing += 1
            fields = sorted(k for k in (a or {}) if (b or {}).get(k) != a.get(k)) if a and b else ["missing"]
            print(f"DIFFERS {path}: {', '.join(fields)}")
    print(f"{len(ours)} documents, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
