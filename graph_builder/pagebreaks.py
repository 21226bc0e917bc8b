"""Tables read across a page break: a PDF's text puts the page's furniture (a form feed, the page's number, "Trang
3/12", the Official Gazette's running head) and blank lines between two lines of one table, often inside a cell
("Bộ Tài chính, Bộ" / "" / "\\f23" / "Y tế, Cơ quan, đơn vị"). A reader of tables that go one cell (or one fragment)
a line is run on the text without those lines, as if the page went on; its marks are placed back on the text, and
where a row goes on over the page break, the break's lines become spaces of that row in the match form.

>>> text = "STT\\nNội dung\\nCơ quan chủ trì\\n1\\nRà soát hồ sơ\\nSở Tư\\n\\n\\f2\\npháp\\n2\\nKiểm tra\\nSở Y tế"
>>> def marks_of(t):   # a reader that joins each cell's lines: here, "Sở Tư" + "pháp"
...     at = t.index("Sở Tư") + len("Sở Tư")
...     return {at: " "} if t[at:at + 5] == "\\npháp" else {}
>>> marks = across_page_breaks(text, marks_of)
>>> "".join(marks.get(i, c) for i, c in enumerate(text)).split("\\n")[5]
'Sở Tư     pháp'

A statement read over a page break (its sentence goes on on the next page) is written without the page's lines
(``without_page_lines``): "... báo cáo kết quả cho" / "- 4 -" / "Ủy ban nhân dân tỉnh ..." is one duty, and the
page's number is no word of it.
"""

from __future__ import annotations

import bisect
from typing import Callable

from policykg.graph_builder.model import SourceText, Span
from policykg.graph_builder.skipped import page_lines

__all__ = ["across_page_breaks", "without_page_lines"]


def _dropped_runs(text: str, lines: list[str], starts: list[int]) -> list[tuple[int, int]]:
    """(first, last) line of each run of blank lines and page furniture that holds furniture and lies between two
    lines of text."""
    furniture = {bisect.bisect_right(starts, span.start) - 1 for span in page_lines(text)}
    runs, k = [], 0
    while k < len(lines):
        if k in furniture or not lines[k].strip(" \t\f"):
            end = k
            while end + 1 < len(lines) and (end + 1 in furniture or not lines[end + 1].strip(" \t\f")):
                end += 1
            if k > 0 and end + 1 < len(lines) and furniture & set(range(k, end + 1)):
                runs.append((k, end))
            k = end + 1
        else:
            k += 1
    return runs


def across_page_breaks(text: str, marks_of: Callable[[str], dict[int, str]]) -> dict[int, str]:
    """``marks_of(text)`` (offsets of ``text`` -> a match-form character), read as if no page broke the text."""
    if "\n" not in text:
        return marks_of(text)
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    runs = _dropped_runs(text, lines, starts)
    if not runs:
        return marks_of(text)
    dropped = {k for a, b in runs for k in range(a, b + 1)}
    kept = [k for k in range(len(lines)) if k not in dropped]
    reduced_starts, at = [], 0
    for k in kept:
        reduced_starts.append(at)
        at += len(lines[k]) + 1

    def original(r: int) -> int:
        j = bisect.bisect_right(reduced_starts, r) - 1
        return starts[kept[j]] + (r - reduced_starts[j])   # the line break after a kept line: the one after it

    marks = {original(r): c for r, c in marks_of("\n".join(lines[k] for k in kept)).items()}
    for a, b in runs:
        if marks.get(starts[a] - 1) in (" ", "|"):   # a row goes on over the page break: its lines are the row's
            for pos in range(starts[a], starts[b] + len(lines[b]) + 1):
                marks[pos] = " "
    return marks


def without_page_lines(statement: str, source: SourceText, near: Span) -> str:
    """``statement`` (a slice of ``source.text`` about the span ``near``: its evidence) without the lines inside it
    that the match form blanked, a page's number or running head that a sentence goes on over (``read`` joins the
    sentence over them), nor the blank lines around them; the statement as it is when it crosses no such line.

    >>> from policykg.graph_builder.read import source_from_string
    >>> text = ("1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát các thủ tục hành chính và báo cáo kết quả cho\\n"
    ...         "\\n- 4 -\\n\\nỦy ban nhân dân tỉnh trước ngày 20 tháng 12 năm 2029.\\n2. Công an tỉnh kiểm tra.")
    >>> source = source_from_string(text)
    >>> duty = text[3:text.index(".\\n2.") + 1]
    >>> without_page_lines(duty, source, Span(3, len(duty) + 3)).split("\\n")
    ['Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát các thủ tục hành chính và báo cáo kết quả cho', \
'Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 năm 2029.']
    """
    if "\n" not in statement:
        return statement
    at = source.text.find(statement, max(0, near.start - len(statement)), near.end + len(statement))
    if at < 0:
        return statement
    kept: list[str] = []
    run: list[str] = []            # blank or blanked lines since the last line of the statement's own words
    blanked, offset = False, at
    lines = statement.split("\n")
    for k, line in enumerate(lines):
        if 0 < k < len(lines) - 1 and not source.match[offset:offset + len(line)].strip():
            run.append(line)
            blanked = blanked or bool(line.strip())
        else:
            kept += [] if blanked else run
            kept.append(line)
            run, blanked = [], False
        offset += len(line) + 1
    return "\n".join(kept)
