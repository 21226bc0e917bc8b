"""Division-of-labour tables saved as text by a word processor: the header and each row one line, cells parted by
tabs ("Nội dung\\tCơ quan chủ trì\\tCơ quan phối hợp\\tThời hạn"); a row that continues the task above leaves its first
cell empty; a short line without a tab inside the table is a group heading ("I. Hoàn thiện thể chế"). Read by
``flattables.flat_table_marks`` into the match form's cell separators."""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import dutycues
from policykg.graph_builder.tablelines import cell_break, duty_header

__all__ = ["tab_table_marks"]

_MAX_GROUP_LINE = 120
_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,5})[.)]?\s*$")


def tab_table_marks(text: str, lines: list[tuple[int, int]], marks: dict[int, str]) -> None:
    """Tab-separated rows below a header line of a duty table (or two lines: "Cơ quan" over "chủ trì"): each tab a
    cell separator. A row with fewer tabs than the header goes on over the next lines (Word writes a paragraph break
    inside a cell as a line break) until it has them all, unless a line opens a row (its number and a tab, or a tab
    first); such a break becomes what ``cell_break`` says."""
    i = 0
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        if "\t" not in line.strip() or not duty_header(_header_keys(text, lines, i)):
            i += 1
            continue
        if a > 0:
            marks[a - 1] = "\n"
        j, width, tabs = i, line.count("\t"), 0
        while j < len(lines):
            a, b = lines[j]
            line = text[a:b]
            if not line.strip() or ("\t" not in line and len(line.strip()) > _MAX_GROUP_LINE):
                break
            for k in range(a, b):
                if text[k] == "\t":
                    marks[k] = "|"       # a leading tab: an empty first cell, the row continues the task above
            tabs += line.count("\t")
            below = text[lines[j + 1][0]:lines[j + 1][1]] if j + 1 < len(lines) else ""
            goes_on = 0 < tabs < width and below.strip() and not _opens_row(below)
            if b < len(text):
                marks[b] = cell_break(line, below) if goes_on else "\n"   # a group heading ("I. ...") stays a line
            tabs = tabs if goes_on else 0
            j += 1
        i = j + 1


def _header_keys(text: str, lines: list[tuple[int, int]], i: int) -> list[str]:
    """The header keys of the tab-separated line ``i``, joined column by column with the next line's when that one
    only adds short header words under them ("Cơ quan\\tCơ quan" over "\\t\\tchủ trì\\tphối hợp")."""
    top = text[lines[i][0]:lines[i][1]].split("\t")
    below = text[lines[i + 1][0]:lines[i + 1][1]].split("\t") if i + 1 < len(lines) else []
    if len(below) == len(top) and all(_header_word(c) for c in below if c.strip()):
        top = [f"{t} {u}" for t, u in zip(top, below)]
    return [match_key(c) for c in top if c.strip()]


def _header_word(cell: str) -> bool:
    key = match_key(cell)
    return bool(dutycues.HEADER_WORD.search(key) or set(key.split()) <= dutycues.HEADER_FRAGMENTS)


def _opens_row(line: str) -> bool:
    """A line that opens a row of tab-separated cells: a tab first (a merged first cell), or its number and a tab."""
    return line.startswith("\t") or "\t" in line and bool(_ROW_NUMBER.match(line.split("\t")[0]))
