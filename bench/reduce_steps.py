"""Issue 12, round 10: the CPU of a build's reduce (the summary job) and of its kept answers, for this checkout and
another installation, in turns, on one build's cache and store, with their outputs compared byte for byte.

    python bench/reduce_steps.py BUILD --baseline-python OTHER/bin/python [--rounds 2]

``BUILD`` is a build directory (its ``graphs/`` cache and ``current/store``, left as they are). Each round runs, in a
child process of each interpreter in turn (both see the same load):

- ``reduce``: :func:`policykg.queries.summarise.summarise_parts` of every published document's cached part (what
  the build's summary job does: the summary graph's quads and the whole answers of coordination and
  responsibilities kept as JSON and CSV);
- ``main-reads`` (round 22): the main process's own reading of the parts, for the kept ``tasks`` and
  ``tasks-without-lead`` (``KEPT_FROM_PARTS``): round 21's build did it there; since round 22 the reduce keeps them
  in its one reading of the parts (``summarise_parts(..., kept=...)``), and this step is empty;
- ``kept``: each query of ``KEPT_AT_BUILD`` but busiest-actors and those two answered on the store, sorted on disk
  and kept as JSON and CSV (what the build's main process does around the summary; the store opened read-only).

It prints the CPU seconds (``time.process_time`` of the child) of each, the least of the rounds and the sums, the
ratio ours/baseline, and whether the two installations wrote the same bytes (every file of the reduce's and the
kept answers' output folders).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import inspect, json, sys, time
from pathlib import Path
from policykg.corpus.cacheread import cached_summary_parts
from policykg.queries.taskparts import KEPT_FROM_PARTS
from policykg.queries.catalogue import get_query
from policykg.queries.store import GraphStore
from policykg.queries import summarise

build, out = Path(sys.argv[1]), Path(sys.argv[2])
graphs = build / "graphs"
keys = sorted(p.name[:-len(".nq")] for p in graphs.glob("*.nq"))
spent = {}
(out / "reduce").mkdir()
parts = lambda: cached_summary_parts(graphs, keys)
tasks = [get_query(name) for name in KEPT_FROM_PARTS]
once = "kept" in inspect.signature(summarise.summarise_parts).parameters   # round 22: the tasks' answers too
start = time.process_time()
summarise.summarise_parts(parts, out / "reduce", quads_file=out / "reduce" / "q.nq", **({"kept": tasks} if once else {}))
spent["reduce"] = time.process_time() - start
start = time.process_time()
if not once:   # before round 22 the main process read the parts again for the tasks' answers
    summarise._keep_reduced(out / "reduce", tasks, parts)
spent["main-reads"] = time.process_time() - start
store = GraphStore(build / "current" / "store", read_only=True)
(out / "kept").mkdir()
start = time.process_time()
for name in summarise.KEPT_AT_BUILD:
    if name != "busiest-actors" and name not in KEPT_FROM_PARTS:   # kept from the summary's counts, or reduced
        summarise._keep_sorted_on_disk(out / "kept", get_query(name), store)
spent["kept"] = time.process_time() - start
print(json.dumps(spent))
"""

STEPS = ("reduce", "main-reads", "kept")


def run(python: str, build: str, out: Path) -> dict[str, float]:
    """The CPU seconds of each step in a child process of ``python``, its outputs written under ``out``."""
    proc = subprocess.run([python, "-c", _CHILD, build, str(out)], capture_output=True, text=True,
                          cwd=tempfile.gettempdir(), env={**os.environ, "PYTHONPATH": ""})
    if proc.returncode != 0:
        raise SystemExit(f"{python} failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def same_tree(a: Path, b: Path) -> bool:
    """Every file under ``a`` and ``b`` present in both and byte-identical."""
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all(filecmp.cmp(a / f, b / f, shallow=False) for f in files_a)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build")
    parser.add_argument("--baseline-python", required=True)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    pythons = {"ours": sys.executable, "baseline": args.baseline_python}
    print(f"reduce and kept answers of {args.build}; load average {os.getloadavg()[0]:.1f}; command: python "
          f"bench/reduce_steps.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    spent: dict[str, list[dict[str, float]]] = {who: [] for who in pythons}
    identical = True
    with tempfile.TemporaryDirectory(prefix="reduce-steps-") as scratch:
        for number in range(args.rounds):
            outs = {}
            for who, python in pythons.items():   # alternating: both see the same load
                outs[who] = Path(scratch) / f"{who}-{number}"
                outs[who].mkdir()
                spent[who].append(run(python, args.build, outs[who]))
            identical = identical and same_tree(outs["ours"], outs["baseline"])
    print(f"CPU seconds over {args.rounds} round(s): the least of the rounds, and the sum")
    for step in (*STEPS, "all"):
        least, total = {}, {}
        for who in pythons:
            each = [sum(r.values()) if step == "all" else r[step] for r in spent[who]]
            least[who], total[who] = min(each), sum(each)
        print(f"  {step:10s} ours {least['ours']:6.2f} s (sum {total['ours']:6.2f})   baseline {least['baseline']:6.2f} s "
              f"(sum {total['baseline']:6.2f})   ours/baseline {least['ours'] / max(least['baseline'], 1e-9):.2f}x "
              f"(sums {total['ours'] / max(total['baseline'], 1e-9):.2f}x)")
    print(f"outputs (summary quads, kept JSON and CSV) byte-identical: {'yes' if identical else 'NO'}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
