"""Inclusive CPU of named functions of the builder over a worker's steps, without a profiler (issue 12, round 26).

cProfile and sampling profilers mislead on a flat profile: cProfile adds a cost to every Python call (2-3x on the
builder's many small functions) and a sampler's per-line overhead inflates list comprehensions (a per-character
count of a text looked like 3% of a build and is 0.1%). Here each function named on the command line is wrapped
where any loaded module binds it (a class's method: on the class), its CPU time (``time.process_time``) is summed
over the calls that are not inside another call of it, and the worker's steps (read, build, emit, the counts, the
view's facts, the summary part and the report part, as ``bench/worker_steps.py`` runs them) are run on the first N
documents of a corpus after one warm-up document. Printed: the whole loop's CPU, and per function its inclusive
seconds, share and calls. Nested functions count in each (the shares do not add up). A wrapper costs about a
microsecond a call: keep to functions called at most some 10,000 times a document.

    python bench/function_cpu.py CORPUS N graph_builder.recognise:find_mentions graph_builder.footer:read_footer \
        graph_builder.names:_NameScan.__init__
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policykg.corpus import outcome  # noqa: E402
from policykg.graph_builder import pipeline  # noqa: E402
from policykg.graph_builder import read  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402
from policykg.visualize import report  # noqa: E402

_CLOCK = time.process_time


class Totals:
    """Inclusive CPU seconds and calls per wrapped function; a call inside a call of the same function counts once."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._inside: set[str] = set()

    def wrap(self, name: str, fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            if name in self._inside:
                return fn(*args, **kwargs)
            self._inside.add(name)
            started = _CLOCK()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + _CLOCK() - started
                self.calls[name] = self.calls.get(name, 0) + 1
                self._inside.discard(name)
        return timed

    def clear(self) -> None:
        self.spent.clear()
        self.calls.clear()


def _import_builder() -> None:
    """Every module of the builder, so that each binding of a wrapped function is found."""
    import policykg.graph_builder
    for module in pkgutil.walk_packages(policykg.graph_builder.__path__, "policykg.graph_builder."):
        importlib.import_module(module.name)


def wrap_everywhere(spec: str, totals: Totals) -> None:
    """Wrap ``module:function`` or ``module:Class.method`` (module without its ``policykg.`` prefix) in every loaded
    module that binds it. Raises SystemExit for a name that is not there."""
    module_name, _, qualified = spec.rpartition(":")
    try:
        module = importlib.import_module("policykg." + module_name)
        owner_name, _, attr = qualified.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module
        original = getattr(owner, attr)
    except (ImportError, AttributeError, ValueError) as exc:
        raise SystemExit(f"{spec}: no such function ({exc})") from None
    timed = totals.wrap(spec, original)
    if owner_name:
        setattr(owner, attr, timed)
        return
    for loaded in list(sys.modules.values()):
        if loaded is None or loaded.__name__ == "__main__":
            continue
        for key, value in list(getattr(loaded, "__dict__", {}).items()):
            if value is original:
                setattr(loaded, key, timed)


def worker_steps(path: Path, lexicon) -> None:
    """A build's worker on one document, its cache files not written (``bench/worker_steps.py``'s steps); each
    function called through its module, so that a wrapped one is the one called."""
    source = read.read_source(path, key=None, max_size=None)
    result = pipeline.build_source(source, lexicon)
    graph = pipeline.emit_result_graph(result, lexicon)
    data = graph.nquads()
    triples = list(graph.triples())
    outcome._graph_counts(result, graph, triples, data)
    g = graph.graph.value
    outcome.actor_view_facts(outcome.facts_from_quads((g, s, p, o) for s, p, o in triples
                                                      if p in outcome.FACT_PREDICATES)).to_json()
    outcome.triples_part(triples)
    report.render_document(result)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 3 or not args[1].isdigit():
        print("usage: python bench/function_cpu.py CORPUS N MODULE:FUNCTION [MODULE:CLASS.METHOD ...]", file=sys.stderr)
        return 2
    corpus, count, specs = Path(args[0]), int(args[1]), args[2:]
    if not corpus.is_dir():
        print(f"{corpus}: not a directory", file=sys.stderr)
        return 2
    paths = sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".html", ".htm"))[:count]
    if not paths:
        print(f"{corpus}: no documents", file=sys.stderr)
        return 2
    _import_builder()
    totals = Totals()
    for spec in specs:
        wrap_everywhere(spec, totals)
    lexicon = load_lexicon()
    worker_steps(paths[0], lexicon)   # warm-up: lexicon, vocabulary, regexes
    totals.clear()
    started = _CLOCK()
    for path in paths:
        worker_steps(path, lexicon)
    whole = _CLOCK() - started
    print(f"{len(paths)} documents of {corpus}: {whole:.2f} s CPU (the worker's steps, wrappers included)")
    for name, spent in sorted(totals.spent.items(), key=lambda item: -item[1]):
        print(f"  {spent:7.3f} s {100 * spent / whole:5.1f}% {totals.calls[name]:8d} calls  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
