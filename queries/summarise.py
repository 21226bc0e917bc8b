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

from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from policykg.queries.catalogue import QueryInfo, get_query
from policykg.queries.engine import run_query, write_result
from policykg.queries.results import QueryResult
from policykg.queries.store import GraphStore
from policykg.queries.summary import HUB_QUERIES, SUMMARISED, actor_quad, summary_predicate, summary_quads
from policykg.queries.summaryparts import corpus_spans, whole_answer
from policykg.queries.tables import Answer

__all__ = ["KEPT_AT_BUILD", "KEPT_FORMATS", "summarise_parts", "write_summary"]

KEPT_FORMATS = ("json", "csv")   # the whole answers a build keeps beside the summary
# whole answers over the corpus kept by the build too: small ones, and the bulk relations (at most tens of thousands
# of rows, 1-25 k rows/s live on the on-disk store: their first run after a build copies the kept file instead)
KEPT_AT_BUILD = ("busiest-actors", "documents", "tasks", "objectives", "tasks-without-lead", "actors", "campaigns",
                 "references")
HUB_ROWS = 300    # a hub: an actor with at least this many rows of responsibilities (about 30-60 ms answered live)
HUBS_MAX = 100    # the most hubs whose HUB_QUERIES are kept (the busiest first)


def write_summary(store: GraphStore, generation: str | Path | None = None, hub_rows: int = HUB_ROWS,
                  parts: Callable[[], Iterable[bytes]] | None = None,
                  reduced: tuple[bytes, list[str]] | None = None) -> int:
    """Answer each summarised query unfiltered on ``store`` (writable) and keep every actor's rows in its summary
    graph, unless it already holds them for the current data and query texts. Returns the queries answered.

    With ``generation`` (the build's generation folder, whose store ``store`` is), each whole answer is also kept
    there in KEPT_FORMATS as the unfiltered query's answer (:mod:`policykg.queries.tables`): the first bulk run of
    the generation copies a file instead of decoding every row from the store; so are the answers of KEPT_AT_BUILD
    (their first run after a build is then as fast as the next). The HUB_QUERIES are answered for the hubs
    (``hub_rows``) and kept in the summary too.

    A build gives the whole answers without a query on the store: ``reduced`` (what :func:`summarise_parts` made,
    in another process), else ``parts()`` (every published document's part, :mod:`policykg.queries.summaryparts`)
    reduced here. The same rows; a part of another query text makes the queries run live."""
    queries = [get_query(name) for name in SUMMARISED]
    if store.read_only or all(store.holds_summary(summary_predicate(info)) for info in queries):
        return 0
    if reduced is None and parts is not None:
        reduced = summarise_parts(parts, generation, hub_rows)
    if reduced is not None:
        store.add_summary(reduced[0], first=True)
        hubs = reduced[1]
    else:
        hubs = _live_summary(store, queries, generation, hub_rows)
    for info in map(get_query, HUB_QUERIES):
        store.add_summary(actor_quad(info, hub, run_query(info, {"actor": hub}, data=store)) for hub in hubs)
    for info in map(get_query, KEPT_AT_BUILD if generation is not None else ()):
        _keep(Path(generation), info, run_query(info, {}, data=store))
    return len(queries)


def summarise_parts(parts: Callable[[], Iterable[bytes]], generation: str | Path | None = None,
                    hub_rows: int = HUB_ROWS) -> tuple[bytes, list[str]] | None:
    """The summary graph's quads (N-Quads) of every summarised query and the hubs (``hub_rows``), reduced from the
    documents' ``parts()`` without the store, each whole answer kept in ``generation`` as :func:`write_summary`
    keeps it; None when a query must run live (a part of another query text)."""
    spans = corpus_spans(parts())
    pieces: list[bytes] = []
    hubs: list[str] = []
    for info in map(get_query, SUMMARISED):   # one query's rows in memory at a time
        whole = whole_answer(spans, info, parts())
        if whole is None:
            return None
        if info.name == "responsibilities":
            hubs = _hubs(whole, hub_rows)
        pieces.append(ox.serialize(summary_quads(info, whole), format=ox.RdfFormat.N_QUADS))
        if generation is not None:
            _keep(Path(generation), info, whole)
    return b"".join(pieces), hubs


def _live_summary(store: GraphStore, queries: list[QueryInfo], generation: str | Path | None, hub_rows: int
                  ) -> list[str]:
    """The summary of ``queries`` answered on the store; the hubs."""
    hubs: list[str] = []
    for number, info in enumerate(queries):   # one query's rows in memory at a time
        whole = run_query(info, {}, data=store)
        if info.name == "responsibilities":
            hubs = _hubs(whole, hub_rows)
        store.add_summary(summary_quads(info, whole), first=not number)
        if generation is not None:
            _keep(Path(generation), info, whole)
        del whole   # before the next answer is made: one whole answer in memory at a time
    return hubs


def _hubs(responsibilities: QueryResult, rows: int) -> list[str]:
    """The actors with at least ``rows`` rows of ``responsibilities``, the busiest first (at most HUBS_MAX)."""
    counts: dict[str, int] = {}
    for row in responsibilities.rows:
        counts[row["actor"].value] = counts.get(row["actor"].value, 0) + 1
    return sorted((a for a, n in counts.items() if n >= rows), key=lambda a: (-counts[a], a))[:HUBS_MAX]


def _keep(generation: Path, info: QueryInfo, whole: QueryResult) -> None:
    """Keep ``whole`` as the answer of ``info`` without parameters on ``generation``, in each of KEPT_FORMATS (a
    file that cannot be written is left out: the query is then answered live, as before)."""
    answer = Answer(generation, generation, info.name, info.text)
    for fmt in KEPT_FORMATS:
        with answer.keep(fmt) as stream:
            write_result(whole, stream, fmt, None)
