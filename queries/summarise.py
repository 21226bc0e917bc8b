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

import io
import itertools
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, NamedTuple, Sequence

import pyoxigraph as ox

from policykg.queries.catalogue import QueryInfo, get_query
from policykg.queries.engine import run_query, write_result
from policykg.queries.order import split_order_by
from policykg.queries.packedwrite import write_packed
from policykg.queries.results import QueryResult, RdfTerm, memoised
from policykg.queries.store import GraphStore
from policykg.queries.spillsort import SortedRuns, grouped, read_rows
from policykg.queries.summary import (BUSIEST, HUB_QUERIES, SUMMARISED, actor_quad, counts_predicate, grouped_quads,
                                      summary_predicate, summary_quads)
from policykg.queries.summaryparts import part_digest, sorted_entries, spooled_parts
from policykg.queries.taskparts import KEPT_FROM_PARTS, KeptReduce, sorted_kept
from policykg.queries.tables import Answer

__all__ = ["KEPT_AT_BUILD", "KEPT_FORMATS", "Reduced", "summarise_parts", "write_summary"]

KEPT_FORMATS = ("json", "csv")   # the whole answers a build keeps beside the summary
# whole answers over the corpus kept by the build too: small ones, and the bulk relations (at most tens of thousands
# of rows, 1-25 k rows/s live on the on-disk store: their first run after a build copies the kept file instead)
KEPT_AT_BUILD = ("busiest-actors", "documents", "tasks", "objectives", "tasks-without-lead", "actors", "campaigns",
                 "references")
HUB_ROWS = 300    # a hub: an actor with at least this many rows of responsibilities (about 30-60 ms answered live)
HUBS_MAX = 100    # the most hubs whose HUB_QUERIES are kept (the busiest first)
# hubs answered on one opening of the store: what RocksDB keeps of what their queries read and wrote is let go of
# after each group (round 18: answered on one opening, the hubs of 3,000 documents took the main process of a build
# from 190 to 350 MB, its largest after the store's loads; the number of hubs grows with the corpus)
HUBS_PER_OPEN = 10
_READ_FROM_SUMMARY = (BUSIEST,)   # kept answers read from the summary graph (its counts), once it is loaded


def write_summary(store: GraphStore, generation: str | Path | None = None, hub_rows: int = HUB_ROWS,
                  parts: Callable[[], Iterable[bytes]] | None = None,
                  reduced: Reduced | Callable[[], Reduced | None] | None = None) -> int:
    """Answer each summarised query unfiltered on ``store`` (writable) and keep every actor's rows in its summary
    graph, unless it already holds them for the current data and query texts. Returns the queries answered.

    With ``generation`` (the build's generation folder, whose store ``store`` is), each whole answer is also kept
    there in KEPT_FORMATS as the unfiltered query's answer (:mod:`policykg.queries.tables`): the first bulk run of
    the generation copies a file instead of decoding every row from the store; so are the answers of KEPT_AT_BUILD
    (their first run after a build is then as fast as the next). The HUB_QUERIES are answered for the hubs
    (``hub_rows``) and kept in the summary too.

    A build gives the whole answers without a query on the store: ``reduced`` (what :func:`summarise_parts` made,
    in another process: its quads file is loaded, then removed), else ``parts()`` (every published document's part, :mod:`policykg.queries.summaryparts`)
    reduced here. The same rows; a part of another query text makes the queries run live. ``reduced`` may be a
    function that waits for that process: the kept answers that do not read the summary are written first, while it
    still runs (the main process of a build waited for it with nothing to do, bench/results-round17-build.txt).
    Those of KEPT_FROM_PARTS are the reduce's (:attr:`Reduced.kept`, in its one reading of the parts: round 22, the
    main process no longer reads them); any it gave up on are answered on the store."""
    queries = [get_query(name) for name in SUMMARISED]
    if store.read_only or (all(store.holds_summary(summary_predicate(info)) for info in queries)
                           and store.holds_summary(counts_predicate())):
        return 0
    kept = [get_query(name) for name in (KEPT_AT_BUILD if generation is not None else ())]
    if callable(reduced):   # with the parts, the reduce's process keeps those of KEPT_FROM_PARTS in its reading
        early = [info for info in kept if info.name not in _READ_FROM_SUMMARY
                 and (parts is None or info.name not in KEPT_FROM_PARTS)]
        _keep_answers(store, generation, early)
        kept = [info for info in kept if info not in early]
        reduced = reduced()
    if reduced is None and parts is not None:
        reduced = summarise_parts(parts, generation, hub_rows, kept=kept)
    if reduced is not None:
        try:
            store.add_summary(reduced[0], first=True)
        finally:
            reduced[0].unlink(missing_ok=True)
        hubs = reduced[1]
        done = set(reduced[2]) if len(reduced) > 2 else set()
        kept = [info for info in kept if info.name not in done]
        parts = None   # the reduce read them, and gave up on the kept answers left: those run on the store
    else:
        hubs = _live_summary(store, queries, generation, hub_rows)
    # each series of queries on a reopened store: what RocksDB keeps of the files one query read is let go of
    # before the next (the memory of the largest query, not of all of them: it grows with the store)
    for info in map(get_query, HUB_QUERIES):
        for first in range(0, len(hubs), HUBS_PER_OPEN):
            store.reopen()
            store.add_summary(actor_quad(info, hub, run_query(info, {"actor": hub}, data=store))
                              for hub in hubs[first:first + HUBS_PER_OPEN])
    _keep_answers(store, generation, kept, parts)
    return len(queries)


def _keep_answers(store: GraphStore, generation: str | Path | None, kept: list[QueryInfo],
                  parts: Callable[[], Iterable[bytes]] | None = None) -> None:
    """Keep each answer of ``kept`` (queries of KEPT_AT_BUILD) in ``generation``: those of KEPT_FROM_PARTS reduced
    from the documents' ``parts()`` when given (:mod:`policykg.queries.taskparts`; the same files), the others and
    any the reduce gives up on on a reopened store each."""
    if parts is not None and any(info.name in KEPT_FROM_PARTS for info in kept):
        kept = _keep_reduced(Path(generation), kept, parts)
    for info in kept:
        store.reopen()
        if not _keep_sorted_on_disk(Path(generation), info, store):
            _keep(Path(generation), info, run_query(info, {}, data=store))


def _keep_reduced(generation: Path, kept: list[QueryInfo], parts: Callable[[], Iterable[bytes]]) -> list[QueryInfo]:
    """Keep the answers of ``kept`` that :func:`~policykg.queries.taskparts.sorted_kept` reduces from ``parts()`` in
    one reading of them; the queries left to answer on the store."""
    reducible = [info for info in kept if info.name in KEPT_FROM_PARTS]
    scratch = Path(tempfile.mkdtemp(prefix=".kept-", dir=generation))
    try:
        answers = sorted_kept(reducible, {info.name: part_digest(info) for info in reducible}, parts(), scratch)
        for info in reducible:
            if info.name in answers:
                variables, rows = answers[info.name]
                _keep_packed(generation, info, variables, read_rows(rows))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [info for info in kept if info.name not in answers]


def _keep_sorted_on_disk(generation: Path, info: QueryInfo, store: GraphStore) -> bool:
    """Keep ``info``'s answer without parameters as :func:`_keep` does, its rows read from the store as they come
    and sorted on disk (:class:`policykg.queries.spillsort.SortedRuns`, in the order the engine sorts them in
    memory); False (nothing kept) when its ORDER BY is not one the engine sorts here, or its terms are not."""
    order = split_order_by(info.text_for(set()))
    if order is None or any(descending for _, descending in order.keys):
        return False
    results = store.query(order.text, {})
    variables = [v.value for v in results.variables]
    if not all(v in variables for v, _ in order.keys):
        return False
    scratch = Path(tempfile.mkdtemp(prefix=".kept-", dir=generation))
    try:
        runs = SortedRuns(scratch, [variables.index(v) for v, _ in order.keys], distinct=False)
        packed = memoised(_packed_term)
        for solution in results:
            runs.add(tuple(packed(term) if term is not None else None for term in solution))
        del results
        rows = scratch / "rows"
        if not runs.finish(rows):
            return False
        _keep_packed(generation, info, variables, itertools.islice(read_rows(rows), order.limit))
        return True
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _packed_term(term) -> tuple:
    """A pyoxigraph term as a ``(kind, value, lang, datatype)`` tuple (its RdfTerm's fields, read without
    ``dataclasses.astuple``, whose recursive copy was a tenth of the CPU of the kept answers)."""
    found = RdfTerm.from_oxigraph(term)
    return (found.kind, found.value, found.lang, found.datatype)


class Reduced(NamedTuple):
    """What :func:`summarise_parts` made: the summary graph's N-Quads file, the hubs, and the names of the kept
    answers of KEPT_FROM_PARTS it wrote in the same reading of the parts."""

    quads_file: Path
    hubs: list[str]
    kept: tuple[str, ...] = ()


def summarise_parts(parts: Callable[[], Iterable[bytes]], generation: str | Path | None = None,
                    hub_rows: int = HUB_ROWS, quads_file: str | Path | None = None,
                    kept: Sequence[QueryInfo] = ()) -> Reduced | None:
    """The summary graph's quads of every summarised query, as N-Quads written to ``quads_file`` (default: a file
    in ``generation``, else in the temporary folder; the caller removes it), and the hubs (``hub_rows``), reduced
    from the documents' ``parts()`` without the store, each whole answer kept in ``generation`` as
    :func:`write_summary` keeps it; None when a query must run live (a part of another query text). With ``kept``
    (queries of KEPT_FROM_PARTS) and ``generation``, their answers are kept too, those the reduce could answer
    (:mod:`policykg.queries.taskparts`): ``Reduced.kept``.

    Every part is read and parsed once (:func:`~policykg.queries.summaryparts.spooled_parts`). Memory stays flat in
    the rows: each answer is sorted on disk (:mod:`policykg.queries.spillsort`), split by actor through bucket
    files, and written to the quads file and the kept answers as it is read back."""
    scratch = Path(tempfile.mkdtemp(prefix=".summary-", dir=generation))
    if quads_file is None:
        quads_file = scratch.parent / f"{scratch.name}.nq"
    quads_file = Path(quads_file)
    hubs: list[str] = []
    reducible = [info for info in kept if info.name in KEPT_FROM_PARTS] if generation is not None else []
    tasks = KeptReduce(reducible, {info.name: part_digest(info) for info in reducible}, scratch) if reducible else None
    try:
        # what the rows join on (the parts' spans, without a store) and each query's entries, in one reading
        joins, entries = spooled_parts(parts(), SUMMARISED, scratch, also=tasks.read if tasks else None)
        with open(quads_file, "wb") as out:
            for info in map(get_query, SUMMARISED):   # one query's rows on disk at a time
                answer = sorted_entries(joins, info, read_rows(entries[info.name]), scratch)
                if answer is None:
                    out.close()
                    quads_file.unlink(missing_ok=True)
                    return None
                variables, rows = answer
                counts: dict[str, int] | None = {} if info.name == "responsibilities" else None
                _write_actor_quads(out, info, variables, rows, scratch, counts)
                if counts is not None:
                    hubs = _hubs(counts, hub_rows)
                if generation is not None:
                    _keep_packed(Path(generation), info, variables, read_rows(rows))
                rows.unlink()
        answers = tasks.answers() if tasks is not None else {}
        for info in reducible:
            if info.name in answers:
                _keep_packed(Path(generation), info, answers[info.name][0], read_rows(answers[info.name][1]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Reduced(quads_file, hubs, tuple(info.name for info in reducible if info.name in answers))


def _write_actor_quads(out: BinaryIO, info: QueryInfo, variables: list[str], rows: Path, scratch: Path,
                       actor_counts: dict[str, int] | None = None) -> None:
    """The summary graph's quads of ``info`` (each actor's rows, the mark) from the sorted ``rows``, written to
    ``out`` a few MB at a time; with ``actor_counts``, the rows of each value of the ``actor`` column are counted
    into it in the same reading of the file (the hubs' measure)."""
    columns = [variables.index(c) for c in SUMMARISED[info.name]]
    source = read_rows(rows)
    if actor_counts is not None:
        source = _counted(source, variables.index("actor"), actor_counts)

    def actors(row: tuple) -> set[str]:
        return {row[c][1] for c in columns if row[c] is not None and row[c][0] == "uri"}

    batch: list[ox.Quad] = []
    for quad in grouped_quads(info, variables, grouped(source, actors, scratch), fields=True):
        batch.append(quad)
        if len(batch) >= 256:
            out.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))
            batch = []
    out.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))


def _counted(rows: Iterable[tuple], column: int, counts: dict[str, int]) -> Iterable[tuple]:
    """``rows`` as they are, each value of ``column`` counted into ``counts`` on the way."""
    for row in rows:
        if row[column] is not None:
            counts[row[column][1]] = counts.get(row[column][1], 0) + 1
        yield row


def _live_summary(store: GraphStore, queries: list[QueryInfo], generation: str | Path | None, hub_rows: int
                  ) -> list[str]:
    """The summary of ``queries`` answered on the store; the hubs."""
    hubs: list[str] = []
    for number, info in enumerate(queries):   # one query's rows in memory at a time
        whole = run_query(info, {}, data=store)
        if info.name == "responsibilities":
            hubs = _hubs(Counter(row["actor"].value for row in whole.rows), hub_rows)
        store.add_summary(summary_quads(info, whole), first=not number)
        if generation is not None:
            _keep(Path(generation), info, whole)
        del whole   # before the next answer is made: one whole answer in memory at a time
    return hubs


def _hubs(counts: dict[str, int], rows: int) -> list[str]:
    """The actors ``counts`` gives at least ``rows`` rows (of responsibilities), the busiest first (at most
    HUBS_MAX)."""
    return sorted((a for a, n in counts.items() if n >= rows), key=lambda a: (-counts[a], a))[:HUBS_MAX]


def _keep(generation: Path, info: QueryInfo, whole: QueryResult | Callable[[], QueryResult]) -> None:
    """Keep ``whole`` (or a result made anew for each format by it) as the answer of ``info`` without parameters on
    ``generation``, in each of KEPT_FORMATS (a file that cannot be written is left out: the query is then answered
    live, as before)."""
    answer = Answer(generation, generation, info.name, info.text)
    for fmt in KEPT_FORMATS:
        with answer.keep(fmt) as stream:
            write_result(whole() if callable(whole) else whole, stream, fmt, None)


def _keep_packed(generation: Path, info: QueryInfo, variables: list[str], rows: Iterable[tuple]) -> None:
    """:func:`_keep` of rows of packed terms (:func:`_packed_term`, None where unbound), both KEPT_FORMATS written in
    one reading of the rows (:func:`policykg.queries.packedwrite.write_packed`: the same bytes)."""
    answer = Answer(generation, generation, info.name, info.text)
    with answer.keep("json") as json_file, answer.keep("csv") as csv_file:
        texts = [io.TextIOWrapper(f, encoding="utf-8", newline="", write_through=True) for f in (json_file, csv_file)]
        write_packed(variables, rows, *texts)
        for text in texts:
            text.flush()
            text.detach()
