"""Writing the per-actor summary (:mod:`policykg.queries.summary`) of a store: what a build does once its store holds
every document and the merged view.

>>> from pathlib import Path
>>> from policykg.queries.data import open_data
>>> fixture = Path(__file__).parent.parent / "tests" / "data" / "queries" / "fixture.trig"
>>> store = open_data(fixture)
>>> write_summary(store)
2
>>> write_summary(store)   # current: nothing to do
0
"""

from __future__ import annotations

from policykg.queries.catalogue import get_query
from policykg.queries.engine import run_query
from policykg.queries.store import GraphStore
from policykg.queries.summary import SUMMARISED, summary_predicate, summary_quads

__all__ = ["write_summary"]


def write_summary(store: GraphStore) -> int:
    """Answer each summarised query unfiltered on ``store`` (writable) and keep every actor's rows in its summary
    graph, unless it already holds them for the current data and query texts. Returns the queries answered."""
    queries = [get_query(name) for name in SUMMARISED]
    if store.read_only or all(store.holds_summary(summary_predicate(info)) for info in queries):
        return 0
    for number, info in enumerate(queries):   # one query's rows in memory at a time
        store.add_summary(summary_quads(info, run_query(info, {}, data=store)), first=not number)
    return len(queries)
