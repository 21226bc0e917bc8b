"""The reduce's files on disk (:mod:`policykg.queries.spillsort`): rows written and read back in order, and rows split
by owner through bucket files, whatever the number of rows per record (issue 12, round 10: a record per batch of
rows, after its length)."""

from __future__ import annotations

import zlib

from policykg.queries import spillsort
from policykg.queries.spillsort import SortedRuns, grouped, read_rows, write_rows
from policykg.queries.summary import packed_field_rows, packed_rows
from policykg.queries.results import RdfTerm


def _term(kind: str, value: str, lang: str | None = None) -> tuple:
    return (kind, value, lang, None)


def test_rows_read_back_in_order_across_many_records(tmp_path):
    rows = [(_term("uri", f"urn:a{i % 7}"), None if i % 5 == 0 else _term("literal", f"câu {i}\n\"x\"", "vi"))
            for i in range(3 * spillsort._BATCH + 11)]
    assert write_rows(tmp_path / "rows", rows) == len(rows)
    assert list(read_rows(tmp_path / "rows")) == rows
    assert write_rows(tmp_path / "none", []) == 0
    assert list(read_rows(tmp_path / "none")) == []


def test_grouped_gives_each_owner_its_rows_in_order_as_a_pass_over_the_rows_would(tmp_path):
    owners_of = {i: {f"urn:actor{i % 13}", f"urn:actor{(i * 7) % 40}"} for i in range(5000)}
    rows = [(_term("uri", f"urn:task{i}"), _term("literal", f"việc {i}")) for i in range(5000)]

    def owners(row: tuple) -> set[str]:
        return owners_of[int(row[0][1][len("urn:task"):])]

    expected: dict[str, list[tuple]] = {}
    for row in rows:
        for owner in owners(row):
            expected.setdefault(owner, []).append(row)
    found = list(grouped(iter(rows), owners, tmp_path))
    assert dict(found) == expected
    # owners by bucket, then by name; more than one record of a bucket was written (5000 rows in 32 buckets)
    assert [o for o, _ in found] == sorted(expected, key=lambda o: (zlib.crc32(o.encode()) % spillsort._BUCKETS, o))
    assert max(len(r) for r in expected.values()) > spillsort._BATCH
    assert not list(tmp_path.iterdir())


def test_sorted_runs_merge_many_runs_into_distinct_rows(tmp_path):
    runs = SortedRuns(tmp_path, [0], run_rows=50)
    values = [f"v{(i * 37) % 401:03d}" for i in range(2000)]
    for value in values:
        runs.add((_term("literal", value),))
    assert runs.finish(tmp_path / "all")
    assert [row[0][1] for row in read_rows(tmp_path / "all")] == sorted(set(values))


def test_packed_field_rows_is_the_text_of_packed_rows():
    a, b, c = _term("uri", "urn:a"), _term("literal", "x", "vi"), _term("literal", "5")
    rows = [(a, b, None), (a, None, c), (None, b, b)]
    variables = ["s", "o", "n"]
    as_dicts = [{v: RdfTerm(*t) for v, t in zip(variables, row) if t is not None} for row in rows]
    assert packed_field_rows(variables, rows) == packed_rows(variables, as_dicts)
    assert packed_field_rows(variables, []) == packed_rows(variables, [])
