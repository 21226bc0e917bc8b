"""Rows of a whole answer sorted and grouped on disk, so that a build's reduce holds a bounded number of them.

A row is a tuple of terms written as ``(kind, value, lang, datatype)`` tuples (the fields of a result's
:class:`~policykg.queries.results.RdfTerm`) or None (unbound). :class:`SortedRuns` takes the rows in any order,
sorts them ``RUN_ROWS`` at a time by the order of :func:`policykg.queries.order.sort_rows` (:func:`packed_key`),
writes each sorted run to a file, and merges the runs into one file of distinct rows (:func:`read_rows` reads it
back a batch at a time). :func:`grouped` splits sorted rows by owner (each actor its rows, in their order) through
bucket files: memory holds one run, one batch of each run, or one bucket at a time, never the answer.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> runs = SortedRuns(folder, [0], run_rows=2)
>>> for value in ["c", "a", "b", "a"]:
...     runs.add((("literal", value, None, None),))
>>> runs.finish(folder / "all")
True
>>> [row[0][1] for row in read_rows(folder / "all")]
['a', 'b', 'c']
"""

from __future__ import annotations

import heapq
import marshal
import operator
import os
import struct
import zlib
from pathlib import Path
from typing import Callable, Iterable, Iterator

from policykg.queries.order import packed_key, packed_kind
from policykg.queries.results import RdfTerm, memoised

__all__ = ["RUN_ROWS", "RowsFile", "SortedRuns", "dict_rows", "grouped", "read_rows", "write_rows"]

RUN_ROWS = 20_000   # rows sorted in memory at a time (about 10-20 MB of a whole answer's rows)
_BATCH = 256        # rows per marshal record: the merge holds one batch of each run
_BUCKETS = 32       # bucket files of grouped(): each read whole, 1/32 of the rows at a time
_LENGTH = struct.Struct("<Q")   # the length of a marshal record, before it
_KEYS_HELD = 50_000   # distinct terms whose sort key is remembered (a bound: a merge sees every quote)


def _dump(batch: list, out) -> None:
    """One marshal record of ``batch``, after its length (``marshal.load`` from a file reads it a few bytes at a
    time through the file's methods: about 18x the CPU of one read and ``marshal.loads``, measured on rows of terms)."""
    data = marshal.dumps(batch)
    out.write(_LENGTH.pack(len(data)))
    out.write(data)


def _records(source) -> Iterator[list]:
    """The records :func:`_dump` wrote to the open file ``source``, in order."""
    while True:
        head = source.read(_LENGTH.size)
        if len(head) < _LENGTH.size:
            return
        yield marshal.loads(source.read(_LENGTH.unpack(head)[0]))


def write_rows(path: Path, rows: Iterable[tuple]) -> int:
    """Write ``rows`` to ``path`` (batches of marshal records); the number written."""
    with RowsFile(path) as out:
        for row in rows:
            out.add(row)
    return out.count


class RowsFile:
    """A file of rows that :func:`read_rows` reads back, written a row at a time (:func:`write_rows` of rows that
    come from one loop writing several such files at once: a reduce's one reading of the parts).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "rows"
    >>> with RowsFile(path) as out:
    ...     out.add(("a", None))
    >>> list(read_rows(path)), out.count
    ([('a', None)], 1)
    """

    def __init__(self, path: Path):
        self.path, self.count = path, 0
        self._out = open(path, "wb")
        self._batch: list[tuple] = []

    def add(self, row: tuple) -> None:
        self._batch.append(row)
        if len(self._batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            _dump(self._batch, self._out)
            self.count += len(self._batch)
            self._batch = []

    def close(self) -> None:
        try:
            self._flush()
        finally:
            self._out.close()

    def __enter__(self) -> "RowsFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_rows(path: Path) -> Iterator[tuple]:
    """The rows :func:`write_rows` wrote to ``path``, in order, one batch in memory at a time."""
    with open(path, "rb") as source:
        for batch in _records(source):
            yield from (tuple(row) for row in batch)


class SortedRuns:
    """Distinct rows (with ``distinct`` False: every row, rows of equal keys in the order they came) sorted by the
    columns ``positions`` (ascending), spilled ``run_rows`` at a time into files in ``folder`` and merged by
    :meth:`finish`. Gives up (``finish`` returns False) when a column holds terms whose order only Oxigraph knows,
    as :func:`policykg.queries.order.sort_rows` does."""

    def __init__(self, folder: Path, positions: list[int], run_rows: int | None = None, distinct: bool = True):
        self.folder, self.positions, self.run_rows = folder, positions, run_rows or RUN_ROWS
        self.distinct = distinct
        self.buffer: set[tuple] | list[tuple] = set() if distinct else []
        self.runs: list[Path] = []
        self.kinds: dict[int, set[str]] = {p: set() for p in positions}
        self.failed = False

    def add(self, row: tuple) -> None:
        if self.distinct:
            self.buffer.add(row)
        else:
            self.buffer.append(row)
        if len(self.buffer) >= self.run_rows:
            self._spill()

    def _key(self) -> Callable[[tuple], tuple]:
        # the same actor, document, task recur row after row: a remembered key is found without a call in Python
        # (a dict's __missing__ only on a new term), and the row's terms are picked by one itemgetter (round 22:
        # a generator and a Python call per term were a third of the reduce's CPU)
        term_key = _TermKeys().__getitem__
        pick = operator.itemgetter(*self.positions)
        if len(self.positions) == 1:
            return lambda row: (term_key(pick(row)),)
        return lambda row: tuple(map(term_key, pick(row)))

    def _spill(self) -> None:
        rows, self.buffer = self.buffer, set() if self.distinct else []
        if self.failed or not rows:
            return
        for position in self.positions:
            kinds = self.kinds[position]
            kinds.update(packed_kind(term) for term in {row[position] for row in rows})
            if None in kinds or len(kinds - {"", "iri"}) > 1:
                self.failed = True
                return
        try:
            ordered = sorted(rows, key=self._key())
        except (TypeError, ValueError):
            self.failed = True
            return
        path = self.folder / f"run-{id(self)}-{len(self.runs)}"
        write_rows(path, ordered)
        self.runs.append(path)

    def finish(self, out: Path) -> bool:
        """Merge the runs into ``out`` (distinct rows in order); False (nothing written) when the rows cannot be
        sorted here."""
        self._spill()
        try:
            if self.failed:
                return False
            if len(self.runs) == 1:
                os.replace(self.runs[0], out)
                return True
            key = self._key()
            merged = heapq.merge(*(read_rows(run) for run in self.runs), key=key)   # stable: earlier runs first
            write_rows(out, _distinct(merged, key) if self.distinct else merged)
            return True
        finally:
            for run in self.runs:
                run.unlink(missing_ok=True)


class _TermKeys(dict):
    """Each term's :func:`packed_key`, made on its first lookup and remembered for the first ``_KEYS_HELD`` terms.

    >>> keys = _TermKeys()
    >>> keys[("uri", "urn:a", None, None)], keys[None]
    ((1, 'urn:a'), (0,))
    """

    def __missing__(self, term):
        key = packed_key(term)
        if len(self) < _KEYS_HELD:
            self[term] = key
        return key


def _distinct(rows: Iterable[tuple], key: Callable[[tuple], tuple]) -> Iterator[tuple]:
    """Sorted ``rows`` without repeats (equal rows have equal keys: only rows of one key are remembered)."""
    last, seen = None, set()
    for row in rows:
        current = key(row)
        if current != last:
            last, seen = current, set()
        if row not in seen:
            seen.add(row)
            yield row


def grouped(rows: Iterable[tuple], owners: Callable[[tuple], Iterable[str]], folder: Path
            ) -> Iterator[tuple[str, list[tuple]]]:
    """(owner, its rows in the order of ``rows``) for every owner of a row (``owners(row)``: a row may have several),
    the owners in a stable order (by bucket of :data:`_BUCKETS`, then by name); one bucket in memory at a time."""
    paths = [folder / f"bucket-{n}" for n in range(_BUCKETS)]
    files = [open(path, "wb") for path in paths]
    pending: list[list[tuple[str, tuple]]] = [[] for _ in paths]   # a marshal record per _BATCH pairs of a bucket
    try:
        for row in rows:
            for owner in owners(row):
                bucket = zlib.crc32(owner.encode("utf-8")) % _BUCKETS
                waiting = pending[bucket]
                waiting.append((owner, row))
                if len(waiting) >= _BATCH:
                    _dump(waiting, files[bucket])
                    waiting.clear()
        for handle, waiting in zip(files, pending):
            if waiting:
                _dump(waiting, handle)
    finally:
        for handle in files:
            handle.close()
    del pending
    try:
        for path in paths:
            held: dict[str, list[tuple]] = {}
            with open(path, "rb") as source:
                for batch in _records(source):
                    for owner, row in batch:
                        held.setdefault(owner, []).append(tuple(row))
            path.unlink()
            for owner in sorted(held):
                yield owner, held.pop(owner)
    finally:
        for path in paths:
            path.unlink(missing_ok=True)


def dict_rows(variables: list[str], rows: Iterable[tuple]) -> Iterator[dict[str, RdfTerm]]:
    """``rows`` as a result's rows: dicts of RdfTerm, unbound variables left out (each distinct term made once, up
    to a bound)."""
    term = memoised(lambda fields: RdfTerm(*fields))
    for row in rows:
        yield {variable: term(fields) for variable, fields in zip(variables, row) if fields is not None}
