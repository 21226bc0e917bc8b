"""Tables of a segmented text: Markdown pipe tables and HTML tables (which ``read`` renders as ``| a | b |`` lines,
a merged cell written again in each row and column it covers), and the columns of a division-of-labour table.

A table is consecutive table-row sentences; its header is the first row, plus the rows right below it that only
carry more header words ("Chủ trì | Phối hợp" under a merged "Cơ quan thực hiện") or column numbers ("(1) | (2)").
A division-of-labour table ("STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản
phẩm") is recognised by the words of its header (``cues``): one column holds the task, one the lead ("chủ trì"),
and optionally one the partners ("phối hợp") and one the time ("thời gian", "thời hạn", "tiến độ").

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.segment import segment
>>> src = source_from_string("Kế hoạch:\\n\\n| TT | Nội dung | Cơ quan thực hiện | | Thời gian |\\n|---|---|---|---|---|\\n"
...                          "| | | Chủ trì | Phối hợp | |\\n| 1 | Tuần tra | Sở A | Sở B | Quý II/2026 |", name="k.md")
>>> [table] = find_tables(src, segment(src)[1])
>>> table.header
['tt', 'nội dung', 'cơ quan thực hiện chủ trì', 'phối hợp', 'thời gian']
>>> duty_columns(table)
DutyColumns(task=1, lead=2, partner=3, deadline=4)
>>> [[src.text[c.start:c.end] for c in row.cells] for row in table.rows]
[['1', 'Tuần tra', 'Sở A', 'Sở B', 'Quý II/2026']]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.core.textnorm import match_key
from policykg.graph_builder import deadlinecues, dutycues
from policykg.graph_builder.flattables import duty_header
from policykg.graph_builder.model import Sentence, SourceText, Span

__all__ = ["DutyColumns", "Table", "TableRow", "duty_columns", "cell_words", "find_tables", "group_title_row", "is_table_row"]

_COLUMN_NUMBER = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")
_MAX_GROUP_LINE = 120
_ROMAN_GROUP = re.compile(r"^[IVXLC]{1,5}\.\s")     # "II. Hoàn thiện thể chế ...": a group title may run long
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ])[.)]?$")


@dataclass
class TableRow:
    """One row of a table: its sentence, its span and one span per cell (trimmed; empty cells are empty spans)."""

    sentence: int            # Sentence.index (a table row is always exactly one sentence)
    span: Span
    cells: list[Span]

    def cell(self, table: "Table", *names: str) -> Span | None:
        """The span of the first column whose header starts with one of ``names`` (match keys), or None."""
        column = table.column(*names)
        return self.cells[column] if column is not None and column < len(self.cells) else None


@dataclass
class Table:
    """A table: its header (one match key per column, header rows joined), the header rows and the data rows."""

    header: list[str]        # column headers as match keys ("cơ quan chủ trì"), in column order
    header_row: TableRow
    rows: list[TableRow] = field(default_factory=list)
    header_rows: list[TableRow] = field(default_factory=list)   # rows below the first that only add header words

    def column(self, *names: str) -> int | None:
        """Index of the first column whose header starts with one of ``names`` (match keys), or None."""
        for name in names:
            for i, title in enumerate(self.header):
                if title == name or (title.startswith(name) and not title[len(name)].isalpha()):
                    return i
        return None


@dataclass(frozen=True)
class DutyColumns:
    """The columns of a division-of-labour table: task, lead, and (when there) partners and time."""

    task: int
    lead: int
    partner: int | None = None
    deadline: int | None = None
    shared: bool = field(default=False, repr=False)   # one column of all who carry the task out: co-leads
    ordered: bool = field(default=False, repr=False)  # ... titled for both roles ("chủ trì, phối hợp"): its first leads


def duty_columns(table: Table) -> DutyColumns | None:
    """The task, lead, partner and time columns of a division-of-labour table, or None for any other table.

    >>> row = TableRow(0, Span(0, 1), [])
    >>> duty_columns(Table(["tt", "nội dung nhiệm vụ", "cơ quan chủ trì", "cơ quan phối hợp", "thời gian"], row))
    DutyColumns(task=1, lead=2, partner=3, deadline=4)
    >>> duty_columns(Table(["tt", "tên nhiệm vụ", "sở, ngành chủ trì tham mưu", "đơn vị phối hợp thực hiện"], row))
    DutyColumns(task=1, lead=2, partner=3, deadline=None)
    >>> duty_columns(Table(["tt", "nội dung", "đơn vị thực hiện", "thời gian"], row)).shared
    True
    >>> duty_columns(Table(["tt", "nội dung", "đơn vị thực hiện", "đơn vị phối hợp", "thời gian"], row))
    DutyColumns(task=1, lead=2, partner=3, deadline=4)
    >>> duty_columns(Table(["tt", "nội dung", "cơ quan chủ trì, phối hợp", "thời gian"], row)).shared
    True
    >>> duty_columns(Table(["tỉnh ủy bình định", "đảng cộng sản việt nam"], row)) is None
    True
    """
    roles: dict[str, int] = {}
    both = [i for i, title in enumerate(table.header)
            if dutycues.LEAD_COLUMN.search(title) and dutycues.PARTNER_COLUMN.search(title)]
    for i, title in enumerate(table.header):
        for role, pattern in (("lead", dutycues.LEAD_COLUMN), ("partner", dutycues.PARTNER_COLUMN),
                              ("deadline", dutycues.DEADLINE_COLUMN), ("task", dutycues.TASK_COLUMN)):
            if pattern.search(title):
                roles.setdefault(role, i)
                break
    if "task" in roles and "lead" not in roles:
        # "| Nội dung | Đơn vị thực hiện | Thời gian |": one column of those who carry the task out; beside a column
        # of partners ("| Đơn vị thực hiện | Đơn vị phối hợp |") those who carry it out lead it
        executors = [i for i, t in enumerate(table.header) if dutycues.EXECUTOR_COLUMN.search(t) and i not in roles.values()]
        if executors:
            return DutyColumns(roles["task"], executors[0], roles.get("partner"), roles.get("deadline"),
                               shared="partner" not in roles)
    if "task" not in roles or "lead" not in roles:
        return None
    if both and roles["lead"] == both[0] and "partner" not in roles:
        # "| Nội dung | Cơ quan chủ trì, phối hợp |": one column for both roles, read as a column of all who carry
        # the task out (the body marked "(chủ trì)", else the first, leads)
        return DutyColumns(roles["task"], both[0], None, roles.get("deadline"), shared=True, ordered=True)
    return DutyColumns(roles["task"], roles["lead"], roles.get("partner"), roles.get("deadline"))


def is_table_row(match: str, start: int, end: int) -> bool:
    """A paragraph of the match form with a cell separator ('read' keeps '|' only between table cells)."""
    return "|" in match[start:end]


def _cells(match: str, span: Span) -> list[Span]:
    cells = []
    start = span.start
    for i in [*(k for k in range(span.start, span.end) if match[k] == "|"), span.end]:
        a, b = start, i
        while a < b and match[a].isspace():
            a += 1
        while b > a and match[b - 1].isspace():
            b -= 1
        cells.append(Span(a, b))
        start = i + 1
    return cells


def find_tables(source: SourceText, sentences: list[Sentence]) -> list[Table]:
    """The tables of a segmented source: consecutive table-row sentences, the first one(s) the header.

    Takes the source and its sentences (from ``segment``); returns the tables in document order,
    each with its header (column titles as match keys) and its data rows with one span per cell
    (``source.text[cell.start:cell.end]`` is the cell as written; a comma or semicolon inside a
    cell stays inside it). Never raises.

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.graph_builder.segment import segment
    >>> src = source_from_string("Kế hoạch:\\n\\n| TT | Nội dung | Cơ quan chủ trì |\\n|---|---|---|\\n"
    ...                          "| 1 | Tuần tra | Sở A, Sở B |\\n| 2 | Tuyên truyền | Sở C |", name="k.md")
    >>> [t.header for t in find_tables(src, segment(src)[1])]
    [['tt', 'nội dung', 'cơ quan chủ trì']]
    >>> table = find_tables(src, segment(src)[1])[0]
    >>> [[src.text[c.start:c.end] for c in row.cells] for row in table.rows]
    [['1', 'Tuần tra', 'Sở A, Sở B'], ['2', 'Tuyên truyền', 'Sở C']]
    >>> src.text[table.rows[0].cell(table, "cơ quan chủ trì").start:table.rows[0].span.end]
    'Sở A, Sở B'
    """
    match = source.match
    tables: list[Table] = []
    previous_end = None
    grouped = False
    for sentence in sentences:
        span = sentence.span
        if "|" not in match[span.start:span.end]:
            # a group heading between two rows ("I. Hoàn thiện thể chế") keeps the table open
            grouped = previous_end is not None and _group_line(match, previous_end, span)
            previous_end = span.end if grouped else None
            continue
        row = TableRow(sentence.index, span, _cells(match, span))
        keys = [match_key(match[c.start:c.end]) for c in row.cells]
        if tables and tables[-1].rows and (keys == _first_header(match, tables[-1]) or _placeholder_header(keys)):
            # the header repeated after a page break, or the converter's names of a table it cut there ("Col1 |
            # Col2 | ..."): the table goes on below it
            tables[-1].header_rows.append(row)
        elif previous_end is not None and tables and _adjacent(source, previous_end, span.start) \
                and not (grouped and duty_header(keys) and not _ROW_NUMBER.match(keys[0])) \
                and not (tables[-1].rows and _opens_table(source, keys, previous_end, span)):
            table = tables[-1]
            if not table.rows and _more_header(match, row):
                table.header_rows.append(row)
                table.header = _joined(table.header, keys)
            else:
                table.rows.append(row)
        else:
            tables.append(Table(header=keys, header_row=row))
        previous_end, grouped = span.end, False
    for table in tables:
        _align_merged_rows(match, table)
    return tables


_YEAR = re.compile(r"^\d{4}$")


def _cell_kind(text: str) -> str:
    """What a cell holds, to tell which column a cell of a short row stands in: '' (empty), 'number' (a row's number),
    'year' ("2026"), 'time' ("Quý II/2026", "Tháng 6"), 'text'."""
    key = match_key(text.strip(" *_"))
    if not key:
        return ""
    if _YEAR.match(key):
        return "year"
    if _ROW_NUMBER.match(key):
        return "number"
    return "time" if deadlinecues.TIME_CELL.match(key) else "text"


def _align_merged_rows(match: str, table: Table) -> None:
    """Rows that leave out their first cells, merged over several rows and written by the copy in the first of them
    only ("| 2026 | Quý I | 1. Tuần tra | Sở A |" / "| Quý II | 2. Tuyên truyền | Sở B |" / "| 3. Kiểm tra | Sở C |"):
    such a row's cells stand in the last columns, and the columns it leaves out hold the cells of the row above. A row
    is so read when its first cell holds what the cells of a later column of the row above hold, not what its first
    column holds (a row short of a cell at its end, "| 1 | Tuần tra | Sở A | Quý II |", stays as it is).

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.graph_builder.segment import segment
    >>> src = source_from_string("Tiến độ:\\n\\n| Năm | Thời gian | Nội dung | Thực hiện |\\n|---|---|---|---|\\n"
    ...     "| 2026 | Quý I/2026 | 1. Tuần tra | Sở A |\\n| 2. Tuyên truyền | Sở B |\\n| Quý II/2026 | 3. Kiểm tra | Sở C |",
    ...     name="k.md")
    >>> [table] = find_tables(src, segment(src)[1])
    >>> [[src.text[c.start:c.end] for c in row.cells] for row in table.rows]
    [['2026', 'Quý I/2026', '1. Tuần tra', 'Sở A'], ['2026', 'Quý I/2026', '2. Tuyên truyền', 'Sở B'], \
['2026', 'Quý II/2026', '3. Kiểm tra', 'Sở C']]
    """
    width, above = len(table.header), None
    for row in table.rows:
        short = width - len(row.cells)
        if above is not None and 0 < short < width and row.cells:
            first = _cell_kind(match[row.cells[0].start:row.cells[0].end])
            kinds = [_cell_kind(match[c.start:c.end]) for c in above.cells]
            if first and first != kinds[0] and first == kinds[short]:
                row.cells = above.cells[:short] + row.cells
        if len(row.cells) == width:
            above = row


_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def cell_words(text: str) -> str:
    """A cell's words on one line: the line breaks of a cell that wraps, and the "<br>" a Markdown copy of a Word or
    HTML table keeps in its cells ("Giai đoạn<br>2026 - 2030"), as spaces.

    >>> cell_words("Giai đoạn<br>2026 - 2030"), cell_words("Phủ sóng di động\\ncác thôn")
    ('Giai đoạn 2026 - 2030', 'Phủ sóng di động các thôn')
    """
    return " ".join(_BREAK_TAG.sub(" ", text).split())


_PLACEHOLDER = re.compile(r"^(?:col(?:umn)?|cột)\s*\d{1,2}$")


def _placeholder_header(keys: list[str]) -> bool:
    """A header row of a converter's placeholder names ("Col1 | Col2 | Col3"), most of its cells so named.

    >>> _placeholder_header(["col1", "col2", "col3", "luật để mở rộng vùng phủ"]), _placeholder_header(["1", "col2"])
    (True, False)
    """
    return sum(bool(_PLACEHOLDER.match(k)) for k in keys) * 2 > len(keys) and bool(_PLACEHOLDER.match(keys[0]))


def group_title_row(texts: list[str]) -> bool:
    """A row that only holds a group's title, its cells merged across the table and so written again in each ("| I |
    Tăng cường ... | Tăng cường ... | Tăng cường ... |"): no task of its own.

    >>> group_title_row(["II", "Hoàn thiện thể chế", "Hoàn thiện thể chế", "Hoàn thiện thể chế"])
    True
    >>> group_title_row(["1", "Rà soát quy định", "Sở Tư pháp", "Quý II/2026"])
    False
    """
    filled = [t.strip(" *_") for t in texts[1:] if t.strip(" *_")]
    return len(filled) >= 2 and len(set(filled)) == 1


# the rule a Markdown table writes below its header ("|---|:---:|"): the row above it opens a table of its own, also
# right below another table (two tables a blank line apart, one for each group of tasks)
_MARKDOWN_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M)


def _opens_table(source: SourceText, keys: list[str], end: int, span: Span) -> bool:
    """A row right below a table that opens a table of its own: it stands over a Markdown rule ("|---|---|"), or it
    is a blank line below the table and reads as the header of a division-of-labour table (a task and a lead column,
    short titles, no row number: "| STT | Nội dung | Cơ quan chủ trì |", the second of two tables of an HTML page)."""
    cut = source.text.find("\n", span.end)
    if cut >= 0 and _MARKDOWN_RULE.match(source.text, cut + 1):
        return True
    return source.match.count("\n", end, span.start) >= 2 and duty_header(keys) and not _ROW_NUMBER.match(keys[0]) \
        and all(len(k.split()) <= 8 for k in keys)


def _adjacent(source: SourceText, end: int, start: int) -> bool:
    """Nothing but a line break or two between two rows, or only what a reader skips (a page's running head and
    number: the table goes on over the page break)."""
    gap = source.match[end:start]
    if not gap.strip():
        return gap.count("\n") <= 2
    if not gap.replace("|", "").strip():
        return gap.count("\n") <= 3   # a row of empty cells between two (a spacer row of a Word table)
    parts = _outside(source.skipped, end, start)
    return len(parts) > 1 and not "".join(source.match[a:b] for a, b in parts).strip()


def _outside(skipped: list[Span], end: int, start: int) -> list[tuple[int, int]]:
    """The parts of [end, start) that no skipped span covers."""
    out, pos = [], end
    for sp in sorted(skipped):
        if sp.end <= pos or sp.start >= start:
            continue
        out.append((pos, sp.start))
        pos = sp.end
    out.append((pos, start))
    return out


def _first_header(match: str, table: Table) -> list[str]:
    """The match keys of a table's first header row, as written (before rows below it joined more header words)."""
    return [match_key(match[c.start:c.end]) for c in table.header_row.cells]


def _group_line(match: str, previous_end: int, span: Span) -> bool:
    """A short line of its own right below a table row: a group heading inside the table ("I. Hoàn thiện thể chế")."""
    between = match[previous_end:span.start]
    text = match[span.start:span.end].strip()
    ends_line = match.find("\n", span.end) in (-1, span.end)
    short = len(text) <= _MAX_GROUP_LINE or bool(_ROMAN_GROUP.match(text)) and len(text) <= 3 * _MAX_GROUP_LINE
    return not between.strip() and 1 <= between.count("\n") <= 2 and short and ends_line \
        and not text.endswith((".", ";", ":"))


def _more_header(match: str, row: TableRow) -> bool:
    """A row right below the header that only adds header words ("Chủ trì | Phối hợp") or column numbers."""
    texts = [match[c.start:c.end].strip() for c in row.cells]
    filled = [t for t in texts if t]
    if not filled:
        return False
    if all(_COLUMN_NUMBER.match(t) for t in filled):
        return True
    if texts and _ROW_NUMBER.match(texts[0]):
        return False   # "| 1 | Rà soát hồ sơ | Sở A (chủ trì), Sở B |": the first row, its number "1" no column number
    keys = [match_key(t) for t in filled]
    return all(len(t) <= 40 for t in filled) and any(
        p.search(k) for k in keys for p in (dutycues.LEAD_COLUMN, dutycues.PARTNER_COLUMN, dutycues.DEADLINE_COLUMN))


def _joined(header: list[str], more: list[str]) -> list[str]:
    """Header words of two rows, column by column; column numbers ("(1)") add nothing."""
    out = []
    for i in range(max(len(header), len(more))):
        top = header[i] if i < len(header) else ""
        below = more[i] if i < len(more) else ""
        if _COLUMN_NUMBER.match(below) or below == top:
            below = ""
        out.append(f"{top} {below}".strip())
    return out
