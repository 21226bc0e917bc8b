"""Division-of-labour tables saved as text by a word processor: the header and each row one line, cells parted by
tabs ("Nội dung\\tCơ quan chủ trì\\tCơ quan phối hợp\\tThời hạn"); a row that continues the task above leaves its first
cell empty; a short line without a tab inside the table is a group heading ("I. Hoàn thiện thể chế"). Read by
``flattables.flat_table_marks`` into the match form's cell separators."""

from __future__ import annotations

from policykg.core.textnorm import match_key
from policykg.graph_builder.tablelines import duty_header

__all__ = ["tab_table_marks"]

_MAX_GROUP_LINE = 120


def tab_table_marks(text: str, lines: list[tuple[int, int]], marks: dict[int, str]) -> None:
    """Tab-separated rows below a header line of a duty table: each tab a cell separator."""
    i = 0
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        if "\t" not in line.strip() or not duty_header([match_key(c) for c in line.split("\t") if c.strip()]):
            i += 1
            continue
        if a > 0:
            marks[a - 1] = "\n"
        j = i
        while j < len(lines):
            a, b = lines[j]
            line = text[a:b]
            if not line.strip() or ("\t" not in line and len(line.strip()) > _MAX_GROUP_LINE):
                break
            for k in range(a, b):
                if text[k] == "\t":
                    marks[k] = "|"       # a leading tab: an empty first cell, the row continues the task above
            if b < len(text):
                marks[b] = "\n"         # a group heading without a tab ("I. Hoàn thiện thể chế") stays a line
            j += 1
        i = j + 1
