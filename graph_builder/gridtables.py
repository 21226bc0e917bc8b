"""Grid tables of a Markdown conversion (pandoc writes a table whose cells hold several lines so): rules of
"+----+----+" between the rows, each row's cells wrapped over lines between pipes. ``layout`` reads them as it reads
the tables of PDF layout text, a cell being the pieces of its lines (``layout.find_layout_tables``)."""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder.model import Span
from policykg.graph_builder.tabular import DutyColumns, Table, TableRow, duty_columns

__all__ = ["GridTable", "grid_tables"]

# a table: its header (match keys), its duty columns, its span and its rows (span, pieces of each cell)
GridTable = tuple[list[str], DutyColumns, Span, list[tuple[Span, list[list[tuple[int, int]]]]]]

_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=:]+\+){2,}[ \t]*$")   # "+-----+------+" / "+=====+======+"


def grid_tables(text: str, lines: list[tuple[int, int]]) -> list[GridTable]:
    """Grid tables of a Markdown conversion (pandoc's form for cells of several lines): rules of "+---+---+" between
    the rows, each row's cells wrapped over lines between pipes ("| 1 | Kiểm tra hoạt động | Sở Nông nghiệp và |" /
    "|   | khai thác ven bờ   | Môi trường        |"), the header above a "+===+" rule (or the first rule below the
    first). A cell merged across columns (a group's title) is the piece between two pipes, in the column where it
    starts. Only division-of-labour tables are kept (``tabular.duty_columns``).

    >>> text = ("+----+--------------------+--------------+-------------+\\n"
    ...         "| TT | Nội dung           | Cơ quan chủ  | Thời gian   |\\n"
    ...         "|    |                    | trì          |             |\\n"
    ...         "+====+====================+==============+=============+\\n"
    ...         "| 1  | Rà soát hồ sơ địa  | Phòng Kinh   | Quý III     |\\n"
    ...         "|    | chính              | tế           |             |\\n"
    ...         "+----+--------------------+--------------+-------------+\\n")
    >>> from policykg.graph_builder.flattables import line_spans
    >>> [(header, _, _, rows)] = grid_tables(text, line_spans(text))
    >>> header, [" ".join(text[a:b] for a, b in cell) for cell in rows[0][1]]
    (['tt', 'nội dung', 'cơ quan chủ trì', 'thời gian'], ['1', 'Rà soát hồ sơ địa chính', 'Phòng Kinh tế', 'Quý III'])
    """
    tables: list[GridTable] = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        if not _GRID_RULE.match(text[a:b]):
            k += 1
            continue
        first = k
        bounds = _grid_bounds(text[a:b])
        blocks: list[list[int]] = []          # the lines of each row, the header's first
        header_rule = None
        block: list[int] = []
        k += 1
        while k < len(lines):
            line = text[lines[k][0]:lines[k][1]]
            if _GRID_RULE.match(line):
                if block:
                    blocks.append(block)
                block = []
                if "=" in line and header_rule is None:
                    header_rule = len(blocks)
            elif line.strip().startswith("|"):
                block.append(k)
            else:
                break
            k += 1
        if block:
            blocks.append(block)
        table = _grid_table(text, lines, blocks, bounds, header_rule or 1, first)
        if table is not None:
            tables.append(table)
    return tables


def _grid_bounds(rule: str) -> list[tuple[int, int]]:
    """The columns of a grid table's rule: (start, end) between each two "+" of the line."""
    pluses = [i for i, ch in enumerate(rule) if ch == "+"]
    return list(zip([p + 1 for p in pluses], pluses[1:]))


def _grid_cells(text: str, line: tuple[int, int], bounds) -> list[list[tuple[int, int]]]:
    """The pieces of one line of a grid table in each column: the words between two pipes, in the column where they
    start (a merged cell's words stay whole)."""
    start, end = line
    cells: list[list[tuple[int, int]]] = [[] for _ in bounds]
    pipes = [i for i in range(start, end) if text[i] == "|"]
    for a, b in zip(pipes, pipes[1:]):
        words = text[a + 1:b]
        if not words.strip():
            continue
        lo = a + 1 + len(words) - len(words.lstrip())
        hi = b - (len(words) - len(words.rstrip()))
        column = next((c for c, (x, y) in enumerate(bounds) if x <= a + 1 - start < y + 1), None)
        if column is not None:
            cells[column].append((lo, hi))
    return cells


def _grid_table(text: str, lines, blocks: list[list[int]], bounds, header_rows: int, first: int) -> GridTable | None:
    if len(blocks) <= header_rows:
        return None
    header = [" ".join(match_key(text[a:b]) for line in (l for blk in blocks[:header_rows] for l in blk)
                       for a, b in _grid_cells(text, lines[line], bounds)[c]) for c in range(len(bounds))]
    header = [re.sub(r"\s+", " ", h).strip() for h in header]
    columns = duty_columns(Table(header=header, header_row=TableRow(0, Span(0, 0), [])))
    if columns is None:
        return None
    rows = []
    for blk in blocks[header_rows:]:
        cells: list[list[tuple[int, int]]] = [[] for _ in bounds]
        for line in blk:
            for c, pieces in enumerate(_grid_cells(text, lines[line], bounds)):
                cells[c] += pieces
        rows.append((Span(lines[blk[0]][0], lines[blk[-1]][1]), cells))
    last = blocks[-1][-1]
    end = lines[last + 1][1] if last + 1 < len(lines) and _GRID_RULE.match(text[lines[last + 1][0]:lines[last + 1][1]]) \
        else lines[last][1]
    return header, columns, Span(lines[first][0], end), rows
