"""Tables of PDF text kept in columns by runs of spaces (``pdftotext -layout``): a header whose words span one to
four lines ("TT   Nội dung   Cơ quan chủ trì   Cơ quan phối hợp   Thời gian / hoàn thành"), then numbered rows
whose cells wrap over several lines. Each cell is the pieces of text in its column, line by line.

The columns are the header's runs of words (two or more spaces apart), joined across the header's lines where they
overlap; a run of a row belongs to the column it overlaps most. A row starts at a line whose first run, in the
first column, is a row number ("1", "2.", "II", "1.2"); the lines below it that start no row continue its cells.
The table ends at a blank line followed by prose, a line of one run as wide as the table, or the signature block.
Only division-of-labour tables are kept (``tabular.duty_columns``).

>>> text = ("TT   Nội dung công việc       Cơ quan chủ trì   Cơ quan phối hợp   Thời gian\\n"
...         "                                                                  hoàn thành\\n"
...         "1    Rà soát hồ sơ địa chính  Phòng Kinh tế     Công an phường     Quý III/2026\\n"
...         "     của các hộ gia đình\\n"
...         "2    Cập nhật dữ liệu         Văn phòng đăng    Phòng Kinh tế      Trước ngày\\n"
...         "                              ký đất đai                           30/9/2026\\n")
>>> [table] = find_layout_tables(text)
>>> table.columns
DutyColumns(task=1, lead=2, partner=3, deadline=4)
>>> [[" ".join(text[a:b] for a, b in cell) for cell in row.cells] for row in table.rows][1]
['2', 'Cập nhật dữ liệu', 'Văn phòng đăng ký đất đai', 'Phòng Kinh tế', 'Trước ngày 30/9/2026']
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder import framecues
from policykg.graph_builder import dutycues
from policykg.graph_builder.flattables import line_spans
from policykg.graph_builder.tablelines import cell_break
from policykg.graph_builder.gridtables import grid_tables
from policykg.graph_builder.identity import identify_actors
from policykg.graph_builder.model import DocumentInfo, Mention, SourceText, Span
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.tabular import DutyColumns, Table, TableRow, duty_columns
from policykg.ontology.lexicon import Lexicon

__all__ = ["LayoutRow", "LayoutTable", "cell_text", "find_layout_tables", "with_cell_mentions"]

# words one space apart (a no-break space too: "Cơ quan<NBSP>chủ trì"); two or more spaces separate columns
_RUN = re.compile(r"\S+(?:[ \u00a0]\S+)*")
_ROW_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,2})*|[IVXL]{1,5}|[A-H])[.)]?")   # "A", "B": a group's letter
_HEADER_LINES = 4
_HEADER_WORDS = 8      # the most words of one header cell's line ("Cơ quan, đơn vị chủ trì thực hiện")
_PAGE_NUMBER = re.compile(r"[-–]?\s*\d{1,3}\s*[-–]?")
_COLUMN_NUMBER = re.compile(r"\(?\s*\d{1,2}\s*\)?")   # "(1)   (2)" under a header


@dataclass
class LayoutRow:
    """One row: its span (first line start to last line end) and, per column, the pieces of its cell."""

    span: Span
    cells: list[list[tuple[int, int]]]


@dataclass
class LayoutTable:
    """A division-of-labour table of layout text: its header (match keys), its columns and its rows."""

    header: list[str]
    columns: DutyColumns
    span: Span
    rows: list[LayoutRow] = field(default_factory=list)


def cell_text(text: str, pieces: list[tuple[int, int]]) -> str:
    """The words of a cell, its pieces joined by one space."""
    return " ".join(re.sub(r"\s+", " ", text[a:b]).strip() for a, b in pieces if b > a).strip()


def _runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(line column start, line column end) of each run of a line."""
    return [(m.start(), m.end()) for m in _RUN.finditer(text[start:end].replace("\f", " "))]


def find_layout_tables(text: str) -> list[LayoutTable]:
    """The division-of-labour tables of a layout text (``SourceText.match`` or ``.text``), in order. Never raises.
    The tables of the last text are kept (the cells' mentions and the assertions' context read them of the same text,
    one after the other); no reader changes a table."""
    return list(_layout_tables_of(text))


@functools.lru_cache(maxsize=1)
def _layout_tables_of(text: str) -> tuple[LayoutTable, ...]:
    return tuple(_find_layout_tables(text))


def _find_layout_tables(text: str) -> list[LayoutTable]:
    lines = line_spans(text)
    grids = [LayoutTable(header, columns, span, [LayoutRow(*row) for row in rows])
             for header, columns, span, rows in grid_tables(text, lines)]
    if grids:
        # a grid table's lines are no layout text of their own: the text between the grids is read as before
        out, start = [], 0
        for grid in grids:
            out += [_shifted(t, start) for t in _layout_tables(text[start:grid.span.start])]
            out.append(grid)
            start = grid.span.end
        return out + [_shifted(t, start) for t in _layout_tables(text[start:])]
    return _layout_tables(text, lines)


def _shifted(table: LayoutTable, by: int) -> LayoutTable:
    """A table found in a part of the text, placed back at the part's offset ``by``."""
    if not by:
        return table
    rows = [LayoutRow(Span(r.span.start + by, r.span.end + by), [[(a + by, b + by) for a, b in c] for c in r.cells])
            for r in table.rows]
    return dataclasses.replace(table, span=Span(table.span.start + by, table.span.end + by), rows=rows)


def _layout_tables(text: str, lines=None) -> list[LayoutTable]:
    """The tables of layout text kept in columns by runs of spaces."""
    lines = line_spans(text) if lines is None else lines
    # the lines that name who does a task, each line's key computed once (a header is looked for at every line)
    doers = {k for k, (a, b) in enumerate(lines) if _may_name_doers(text, a, b) and _names_doers(match_key(text[a:b]))}
    tables: list[LayoutTable] = []
    i = 0
    while i < len(lines):
        found = _header_at(text, lines, i) if any(k in doers for k in range(i, i + _HEADER_LINES)) else None
        if found is None:
            i += 1
            continue
        header, columns, bounds, first_row = found
        table = _rows(text, lines, first_row, columns, bounds)
        if table is not None:
            table.header, table.span = header, Span(lines[i][0], table.span.end)
        if table is not None and table.rows:
            tables.append(table)
            i = max(first_row, _line_of(lines, table.span.end)) + 1
        else:
            i += 1
    return tables


def _line_of(lines: list[tuple[int, int]], offset: int) -> int:
    return next((k for k, (a, b) in enumerate(lines) if a <= offset <= b), len(lines) - 1)


def _header_at(text: str, lines, i: int):
    """(header, duty columns, column bounds, index of the first line below the header) when a table header starts at
    ``i``. The header is the lines of header words from ``i`` on ("Cơ quan thực hiện" over "Chủ trì   Phối hợp",
    "STT   Nội dung" on a middle line); a word spanning two columns of a line below it names both. The first row's
    number comes within a few lines: the lines above it are that row's (its cells centred on the number's line)."""
    if len(_runs(text, *lines[i])) < 2:
        return None
    k = i + 1
    while k < min(len(lines), i + _HEADER_LINES) and _is_header_line(text, lines[k]) \
            and not _ROW_NUMBER.fullmatch(text[lines[k][0]:lines[k][1]].strip()):   # a row's number alone: its row
        k += 1
    runs = [(j, run) for j in range(i, k) for run in _runs(text, *lines[j])]
    if any(len(text[lines[j][0] + a:lines[j][0] + b].split()) > _HEADER_WORDS for j, (a, b) in runs):
        return None   # a header cell is a few words; prose with double spaces is no header
    spanning = {(j, run) for j, run in runs
                if any(sum(1 for j2, r2 in runs if j2 == other and _overlap(run, r2) > 0) >= 2 for other in range(i, k))}
    bounds: list[list[int]] = []
    for _, (a, b) in sorted((r for r in runs if r not in spanning), key=lambda r: r[1]):
        if bounds and a < bounds[-1][1]:
            bounds[-1][1] = max(bounds[-1][1], b)
        else:
            bounds.append([a, b])
    if len(bounds) < 3:
        return None
    words: list[list[str]] = [[] for _ in bounds]
    for j, run in runs:
        targets = [c for c, bound in enumerate(bounds) if _overlap(run, bound) > 0] if (j, run) in spanning \
            else [_column_of(run, bounds)]
        for c in targets:
            words[c].append(match_key(text[lines[j][0] + run[0]:lines[j][0] + run[1]]))
    header = [re.sub(r"\s+", " ", " ".join(w)).strip() for w in words]
    columns = duty_columns(Table(header=header, header_row=TableRow(0, Span(0, 0), [])))
    if columns is None or not any(_row_start(text, lines[m], bounds, alone=columns.task > 0)
                                  or columns.task == 0 and _block_start(text, lines, m, bounds)
                                  for m in range(k, min(len(lines), k + _HEADER_LINES))):
        return None
    return header, columns, bounds, k


def _may_name_doers(text: str, a: int, b: int) -> bool:
    """A cheap test before the line's key: a run of two or more spaces, or a short line (a header word alone); never
    a line with a tab (a word processor's table saved as text, read by ``tabtables``, whose cells may hold two
    spaces)."""
    return "\t" not in text[a:b] and ("  " in text[a:b].strip() or len(text[a:b].split()) <= _HEADER_WORDS)


def _names_doers(key: str) -> bool:
    """A header line that names who does the task: the lead ("Cơ quan chủ trì") or all who carry it out ("Đơn vị
    thực hiện", read by ``tabular.duty_columns``: the one marked "(chủ trì)" leads, else all co-lead); or the
    partners, when a narrow column cuts the lead's header ("Cơ quan chủ" over "trì": the header's lines joined by
    column name it)."""
    return bool(dutycues.LEAD_COLUMN.search(key) or dutycues.EXECUTOR_COLUMN.search(key)
                or dutycues.PARTNER_COLUMN.search(key))


def _is_header_line(text: str, line: tuple[int, int]) -> bool:
    """A line of header words only: each run a few words with a header word ("hoàn thành", "Chủ trì   Phối hợp")."""
    runs = _runs(text, *line)
    for a, b in runs:
        key = match_key(text[line[0] + a:line[0] + b])
        if len(key.split()) > 5 or not (dutycues.HEADER_WORD.search(key) or _COLUMN_NUMBER.fullmatch(key)
                                        or set(key.split()) <= dutycues.HEADER_FRAGMENTS):
            return False
    return bool(runs)


def _overlap(run, bound) -> int:
    return min(bound[1], run[1]) - max(bound[0], run[0])


def _column_words(text: str, line: tuple[int, int], bounds, column: int) -> str:
    start, end = line
    return " ".join(text[start + a:start + b] for a, b in _runs(text, start, end) if _column_of((a, b), bounds) == column)


def _column_of(run: tuple[int, int], bounds) -> int:
    """The column a run overlaps most; the nearest one on its left when it overlaps none."""
    best, best_overlap = None, 0
    for c, bound in enumerate(bounds):
        overlap = _overlap(run, bound)
        if overlap > best_overlap:
            best, best_overlap = c, overlap
    if best is not None:
        return best
    left = [c for c, (a, _) in enumerate(bounds) if a <= run[0]]
    return left[-1] if left else 0


def _row_start(text: str, line: tuple[int, int], bounds, alone: bool = False) -> bool:
    """A line that opens a row: a row number in the first column, then the row's cells, or a group's title after it
    ("II. LĨNH VỰC MÔI TRƯỜNG" across the table: a row of no one, which ends the row above); with ``alone`` (a table
    with a number column), also the number alone on its line: the cell's text placed above the row's other cells."""
    runs = _runs(text, *line)
    if not runs:
        return False
    first = text[line[0] + runs[0][0]:line[0] + runs[0][1]]
    number = first.split(" ")[0]
    if _column_of((runs[0][0], runs[0][0] + len(number)), bounds) != 0 or not _ROW_NUMBER.fullmatch(number):
        return False
    return len(runs) >= 2 or len(first) > len(number) or (alone and any(ch.isdigit() for ch in number))


def _body_lines(text: str, lines, k: int, bounds) -> list[int]:
    """The table's lines from ``k``: to a second blank line, prose after a blank line, a line of one run as wide as
    the table, a line with a tab, or the signature block."""
    width = bounds[-1][1] - bounds[0][0]
    body: list[int] = []
    blank = 0
    while k < len(lines):
        start, end = lines[k]
        runs = _runs(text, start, end)
        line = text[start:end].strip()
        if not runs:
            blank += 1
            if blank > 1:
                break
            k += 1
            continue
        if "\t" in text[start:end]:
            break   # a tab: a word processor's table saved as text (``tabtables``), not columns of spaces
        if cues.SIGNATURE.match(line) or framecues.RECIPIENTS.match(line) or \
                (len(runs) == 1 and runs[0][1] - runs[0][0] > 0.8 * width and runs[0][0] <= bounds[0][0] + 2):
            break
        furniture = _page_furniture(text, lines, k, runs)
        if blank and len(runs) == 1 and not furniture:
            break   # after a blank line, prose (or the next heading: "III. TỔ CHỨC THỰC HIỆN") ends the table
        blank = 0   # ... but a page number after the blank line is the page's foot: the row goes on on the next page
        if not furniture:
            body.append(k)
        k += 1
    return body


def _page_furniture(text: str, lines, k: int, runs) -> bool:
    """The header repeated on a new page ("TT   Nhiệm vụ   Đơn vị chủ trì ..."), or a page number by a form feed."""
    if len(runs) >= 2 and _is_header_line(text, lines[k]):
        return True
    if not _PAGE_NUMBER.fullmatch(text[lines[k][0]:lines[k][1]].strip(" \f")):
        return False
    near = text[lines[max(0, k - 1)][0]:lines[min(len(lines) - 1, k + 1)][1]]
    # the form feed (read as a space when the text is read as a document), or the header repeated below the number
    below = next((j for j in range(k + 1, min(len(lines), k + 4)) if text[lines[j][0]:lines[j][1]].strip(" \f")), None)
    return "\f" in near or below is not None and len(_runs(text, *lines[below])) >= 2 \
        and _is_header_line(text, lines[below])


def _starts_upper(text: str, line: tuple[int, int], bounds, column: int) -> bool | None:
    """Whether the line's words in a column start with a capital (None: the line has none there)."""
    words = _column_words(text, line, bounds, column).strip()
    letter = next((ch for ch in words if ch.isalpha()), None)
    return None if letter is None else letter.isupper()


def _left_edges(text: str, body, bounds) -> list[tuple[int, int]]:
    """Where each column's cells start in the rows, and how many runs start there: cells are written from the
    column's left edge (the commonest start of the runs under its header), while the header is centred above them."""
    starts: list[Counter] = [Counter() for _ in bounds]
    for line in body:
        for run in _runs(text, *line):
            column = _column_of(run, bounds)
            if _overlap(run, bounds[column]) > 0:
                starts[column][run[0]] += 1
    return [min(c.items(), key=lambda kv: (-kv[1], kv[0])) if c else (bound[0], 0) for c, bound in zip(starts, bounds)]


def _split_at_edges(text: str, start: int, run: tuple[int, int], edges) -> list[tuple[int, int]]:
    """A run that crosses the left edge of a column after one space is two cells that touch ("Viettel Thanh Thủy Quý
    II/2026"): split where at least two other cells of that column start."""
    a, b = run
    pieces = []
    for edge, count in edges[1:]:
        if count >= 2 and a + 1 < edge < b and text[start + edge - 1] == " " and text[start + edge - 2] != " ":
            pieces.append((a, edge - 1))
            a = edge
    return pieces + [(a, b)]


def _column_in(run: tuple[int, int], bounds, edges) -> int:
    """The column of a run of a row: the one it overlaps most under the header; else the one whose cells start
    nearest on its left ("Hải quan khu vực" / "XI": a word that wraps under its cell's first word)."""
    if any(_overlap(run, bound) > 0 for bound in bounds):
        return _column_of(run, bounds)
    left = [c for c, (edge, _) in enumerate(edges) if edge <= run[0]]
    return max(left, key=lambda c: edges[c][0]) if left else 0


_OPEN_NAME_END = re.compile(r"(?:\s(?:và|của)|[,;–-])\s*$")   # "Sở Giáo dục và": a name the next line goes on with


def _cell_above(text: str, body, rows: tuple[int, int], bounds, columns: DutyColumns) -> int:
    """Where a row starts whose task starts on its number's line: there, unless its lead or partner cell goes on in
    lower case on that line ("3   Tuyên truyền pháp luật   thao và Du lịch"), and the lines above, with no task
    words, reach up to that cell's capitalised start ("Sở Văn hóa, Thể"): from there. A cell of two lines centred
    about the number's line (empty there, the line below not) starts on the line above when that line holds only
    the cell's words and leaves its name open."""
    previous, n = rows
    first = n
    for column in (columns.lead, columns.partner):
        if column is not None and previous < n - 1 and n + 1 < len(body) \
                and _starts_upper(text, body[n], bounds, column) is None \
                and _starts_upper(text, body[n + 1], bounds, column) is not None \
                and not _row_start(text, body[n + 1], bounds, alone=True) \
                and {_column_of(run, bounds) for run in _runs(text, *body[n - 1])} == {column} \
                and _OPEN_NAME_END.search(_column_words(text, body[n - 1], bounds, column)):
            first = min(first, n - 1)   # "Sở Giáo dục và" / "2   Kiểm tra ...   (empty)" / "Đào tạo": centred cells
            continue
        if column is None or _starts_upper(text, body[n], bounds, column) is not False:
            continue
        m = n - 1
        while m > previous and _starts_upper(text, body[m], bounds, columns.task) is None:
            if _starts_upper(text, body[m], bounds, column):
                first = min(first, m)
                break
            m -= 1
    return first


def _rows(text: str, lines, k: int, columns: DutyColumns, bounds) -> LayoutTable | None:
    """The rows of the table whose first line below the header is ``k``. A row is its number's line and the lines
    after it up to the next row's; but when the next row's number line continues its task in lower case (cells
    centred on the number's line), the lines from the last one whose task starts with a capital are the next row's.
    Lines above the first number are the first row's."""
    body = _body_lines(text, lines, k, bounds)
    starts = [n for n, j in enumerate(body) if _row_start(text, lines[j], bounds, alone=columns.task > 0)]
    if not starts and columns.task == 0:
        # no number column ("Nội dung   Cơ quan chủ trì   ..."): each row a block of lines after a blank line
        return _block_rows(text, lines, body, columns, bounds, k)
    table = LayoutTable(header=[], columns=columns, span=Span(lines[k][0], lines[k][0]))
    if not starts:
        return table
    owner = [0] * len(body)
    for r, n in enumerate(starts):
        first = 0 if r == 0 else n
        if r and _starts_upper(text, lines[body[n]], bounds, columns.task) is False:
            upper = [m for m in range(starts[r - 1] + 1, n) if _starts_upper(text, lines[body[m]], bounds, columns.task)]
            first = upper[-1] if upper else n
        elif r:
            first = _cell_above(text, [lines[j] for j in body], (starts[r - 1], n), bounds, columns)
        for m in range(first, len(body)):
            owner[m] = r
    edges = _left_edges(text, [lines[j] for j in body], bounds)
    for r in range(len(starts)):
        mine = [body[m] for m in range(len(body)) if owner[m] == r]
        table.rows.append(_row_of(text, lines, mine, bounds, edges))
    table.span = Span(lines[body[0]][0], lines[body[-1]][1])
    return table


def _row_of(text: str, lines, mine: list[int], bounds, edges) -> LayoutRow:
    """The row of lines ``mine``: each run of each line in the column it belongs to."""
    row = LayoutRow(span=Span(lines[mine[0]][0], lines[mine[-1]][1]), cells=[[] for _ in bounds])
    for j in mine:
        start = lines[j][0]
        for run in _runs(text, *lines[j]):
            for a, b in _split_at_edges(text, start, run, edges):
                row.cells[_column_in((a, b), bounds, edges)].append((start + a, start + b))
    return row


def _block_start(text: str, lines, j: int, bounds) -> bool:
    """A line that opens a row of a table with no number column: after a blank line, its first run in the first
    column starting with a capital, and another run beside it."""
    runs = _runs(text, *lines[j])
    return j > 0 and not text[lines[j - 1][0]:lines[j - 1][1]].strip() and len(runs) >= 2 \
        and _column_of(runs[0], bounds) == 0 and text[lines[j][0] + runs[0][0]].isupper()


def _block_rows(text: str, lines, body: list[int], columns: DutyColumns, bounds, k: int) -> LayoutTable:
    """The rows of a table with no number column, each a block of lines opened by ``_block_start``."""
    table = LayoutTable(header=[], columns=columns, span=Span(lines[k][0], lines[k][0]))
    starts = [n for n, j in enumerate(body) if _block_start(text, lines, j, bounds)]
    edges = _left_edges(text, [lines[j] for j in body], bounds)
    for r, n in enumerate(starts):
        mine = body[n:starts[r + 1] if r + 1 < len(starts) else len(body)]
        table.rows.append(_row_of(text, lines, mine, bounds, edges))
    if body:
        table.span = Span(lines[body[0]][0], lines[body[-1]][1])
    return table


def with_cell_mentions(source: SourceText, mentions: list[Mention], document: DocumentInfo,
                       lexicon: Lexicon) -> list[Mention]:
    """The mentions, with those inside the rows of layout tables replaced by the actors named in each row's lead and
    partner cells: a name that wraps inside a cell ("Văn phòng đăng / ký đất đai") is read from the cell's words.
    A cell's mention spans from the first to the last of its pieces the name covers; its surface is the name as
    the cell writes it (its pieces joined), not the text of that span, which holds the other columns' words too."""
    tables = find_layout_tables(source.text)
    if not tables:
        return mentions
    rows = [row for table in tables for row in table.rows]
    kept = [m for m in mentions if m.category != "actor" or not any(r.span.overlaps(m.span) for r in rows)]
    for table in tables:
        for row in table.rows:
            for column in (table.columns.lead, table.columns.partner):
                if column is not None and column < len(row.cells):
                    kept.extend(_named_in(source, row.cells[column], document, lexicon))
    return sorted(kept, key=lambda m: (m.span.start, m.span.end))


def _named_in(source: SourceText, pieces: list[tuple[int, int]], document: DocumentInfo,
              lexicon: Lexicon) -> list[Mention]:
    """The actors a cell names, placed back on the source text."""
    if not pieces:
        return []
    joined, places = "", []
    for a, b in pieces:
        if joined:
            joined += _piece_break(source.match[places[-1][1]:places[-1][1] + places[-1][2]], source.match[a:b],
                                   lexicon)
        places.append((len(joined), a, b - a))
        joined += source.match[a:b]
    if not joined.strip():      # pieces the text's form blanked (a tag's debris over the cells "<n ... >"): no one
        return []
    cell = source_from_string(joined)
    found = identify_actors(find_mentions(cell, [], lexicon), cell, document, lexicon)

    def at(v: int) -> int:
        for start, source_start, length in places:
            if v < start + length:
                return source_start + max(0, v - start)
        return places[-1][1] + places[-1][2]

    return [dataclasses.replace(m, span=Span(at(m.span.start), at(m.span.end - 1) + 1), surface=m.surface)
            for m in found if m.category == "actor"]


def _piece_break(above: str, below: str, lexicon: Lexicon) -> str:
    """What parts two lines of one cell: "; " when a body's name opens the lower line after a name ended on the upper
    one ("Liên đoàn Lao động tỉnh" / "Bộ Chỉ huy Quân sự tỉnh", one partner a line, no separator), as
    ``cell_break`` says and a head noun ("Bộ", "Trung tâm") opens the line while none ends the line above ("Tổng
    cục" / "Thuế tỉnh" is one name) nor runs across the break ("Ủy ban Mặt trận" / "Tổ quốc"); else one space (a
    name that wraps)."""
    if cell_break(above, below) != ";":
        return " "
    above, below = above.rstrip(), below.lstrip()
    heads = [form for form in lexicon.head_noun_forms() if len(form) > 1]   # as written: "Trường", not "Môi trường"
    opens = any(below.startswith(head + " ") and (" " in head or below[len(head) + 1:len(head) + 2].isupper())
                for head in heads)   # "Tổ quốc" opens no body: a one-word head is followed by a capital
    joined, junction = f"{above} {below}", len(above)
    across = any(0 <= joined.find(head) < junction < joined.find(head) + len(head)
                 for head in heads if " " in head)   # "Ủy ban Mặt trận" / "Tổ quốc ...": one name goes on
    return "; " if opens and not across and not any(above.endswith(" " + head) or above == head for head in heads) \
        else " "
