"""CPU of a build worker's steps per document, in one process, for this checkout and (optionally) another installation.

A worker (``policykg.corpus.outcome.build_outcome``) reads a document, builds it (metadata, segment, recognise,
assertions), emits its N-Quads, counts them, reads them back for the actor view's facts and for its part of the
per-actor summary, and renders its report part. This script runs those steps on the first N documents of a corpus
in a child process of each interpreter (after one warm-up document), times each step (CPU seconds,
``time.process_time``), and prints them side by side with the ratio ours/baseline. The runs alternate
(``--rounds``), so both see the same load. With ``--profile FILE`` it runs cProfile over ours instead and writes the
top functions (by own time and cumulative) to FILE.

    python bench/worker_steps.py CORPUS --docs 300 --baseline-python OLD/bin/python --rounds 2
    python bench/worker_steps.py CORPUS --docs 300 --profile /tmp/profile.txt
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

_STEPS = r"""
import cProfile, io, json, pstats, sys, time
from pathlib import Path
from policykg.corpus import outcome
from policykg.graph_builder import pipeline
from policykg.graph_builder.read import read_source
from policykg.ontology import load_lexicon
from policykg.queries.summaryparts import document_part
from policykg.visualize.report import render_document

paths = sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_file())[: int(sys.argv[2])]
profile_to = sys.argv[3] if len(sys.argv) > 3 else ""
lexicon = load_lexicon()
totals = {}
clock = time.process_time

class Steps:
    def __init__(self):
        self.name, self.at = None, clock()
    def __call__(self, name):
        now = clock()
        if self.name:
            totals[self.name] = totals.get(self.name, 0.0) + now - self.at
        self.name, self.at = name, clock()

def one(path):
    step = Steps()
    step("read")
    source = read_source(path, key=None, max_size=None)
    result = pipeline.build_source(source, lexicon, on_step=step)
    step("emit")
    if hasattr(pipeline, "emit_result_graph"):   # round 15: the emitter's own records, not its N-Quads read again
        graph = pipeline.emit_result_graph(result, lexicon)
        data = graph.nquads()
        step("count")
        triples = list(graph.triples())
        outcome._graph_counts(result, graph, triples, data)
        step("view facts")
        g = graph.graph.value
        outcome.actor_view_facts(outcome.facts_from_quads((g, s, p, o) for s, p, o in triples
                                                          if p in outcome.FACT_PREDICATES)).to_json()
        step("summary part")
        outcome.triples_part(triples)
    else:
        data = pipeline.emit_result_nquads(result, lexicon)
        step("count")
        if hasattr(outcome, "_read_once"):   # round 9: one reading of the N-Quads for the three readers
            _, _, facts_lines, summary_lines = outcome._read_once(result, data)
            step("view facts")
            outcome.actor_view_facts(outcome.facts_from_nquads(facts_lines, outcome.ONTOLOGY_IRI)).to_json()
            step("summary part")
            document_part(summary_lines, selected=True)
        else:
            outcome._count(result, data)
            step("view facts")
            outcome.view_facts(data).to_json()
            step("summary part")
            document_part(data)
    step("report part")
    render_document(result)
    step("")

one(paths[0])   # warm-up: lexicon, vocabulary, regexes
totals.clear()
size = sum(p.stat().st_size for p in paths)
profiler = cProfile.Profile() if profile_to else None
start = clock()
if profiler:
    profiler.enable()
for path in paths:
    one(path)
if profiler:
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(45)
    stats.sort_stats("cumulative").print_stats(70)
    Path(profile_to).write_text(out.getvalue(), encoding="utf-8")
totals["all"] = clock() - start
print(json.dumps({"docs": len(paths), "mb": size / 1e6, "steps": totals}))
"""

ORDER = ["read", "metadata", "segment", "recognise", "assert", "emit", "count", "view facts", "summary part",
         "report part", "all"]


def run(python: str, corpus: str, docs: int, profile: str = "") -> dict:
    """The steps' CPU seconds over the first ``docs`` documents of ``corpus``, in a child process of ``python``."""
    args = [python, "-c", _STEPS, corpus, str(docs)] + ([profile] if profile else [])
    proc = subprocess.run(args, capture_output=True, text=True, cwd=tempfile.gettempdir(),
                          env={**os.environ, "PYTHONPATH": ""})
    if proc.returncode != 0:
        raise SystemExit(f"{python} failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--baseline-python")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", help="cProfile ours and write the top functions to this file")
    args = parser.parse_args(argv)
    pythons = {"ours": sys.executable}
    if args.baseline_python:
        pythons["baseline"] = args.baseline_python
    print(f"worker steps, {args.docs} documents of {args.corpus}; load average {os.getloadavg()[0]:.1f}; command: "
          f"python bench/worker_steps.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    if args.profile:
        r = run(sys.executable, args.corpus, args.docs, args.profile)
        for name in ORDER:
            print(f"  {name:13s} {r['steps'].get(name, 0):7.2f} s (under cProfile)")
        return 0
    runs: dict[str, list[dict[str, float]]] = {who: [] for who in pythons}
    for _ in range(args.rounds):
        for who, python in pythons.items():   # alternating: both see the same load
            r = run(python, args.corpus, args.docs)
            runs[who].append(r["steps"])
    mb = r["mb"]
    print(f"CPU seconds per step over {args.rounds} round(s) ({mb:.2f} MB of text a round): the smallest of the rounds"
          f" (the least disturbed by other jobs), and the sum")
    for name in ORDER:
        least = {who: min(x.get(name, 0.0) for x in runs[who]) for who in pythons}
        total = {who: sum(x.get(name, 0.0) for x in runs[who]) for who in pythons}
        line = f"  {name:13s} ours {least['ours']:7.2f} s (sum {total['ours']:7.2f})"
        if "baseline" in pythons:
            line += (f"   baseline {least['baseline']:7.2f} s (sum {total['baseline']:7.2f})   ours/baseline "
                     f"{_ratio(least['ours'], least['baseline'])} (sums {_ratio(total['ours'], total['baseline'])})")
        print(line)
    for who in pythons:
        print(f"  per core, {who}: {mb / min(x['all'] for x in runs[who]):.3f} MB/s CPU (best round)")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
