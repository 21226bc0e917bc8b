"""Tables that a copy out of a word processor flattens, read as the pipe rows every table reader knows.

Two plain-text forms of a division-of-labour table (``dutycues.HEADER_WORD`` finds its header):

- **tab-separated rows** (read by ``tabtables``): the header and each row one line, cells separated by tabs
  ("Nội dung\\tCơ quan chủ trì\\tCơ quan phối hợp\\tThời hạn"); a row that continues the task above leaves its
  first cell empty; a short line without a tab inside the table is a group heading ("I. Hoàn thiện thể chế");
- **one cell per line**: each header cell on a line of its own ("STT" / "Nội dung nhiệm vụ" / "Đơn vị chủ trì" /
  ...), then the rows: either each introduced by its number alone on a line ("1" / task / lead / partners / time),
  or blocks of one line per cell separated by blank lines.

``flat_table_marks`` says, for a text, which characters of its match form become cell separators (``|``), which
line
breaks inside one cell become spaces and which stay line breaks (the end of a row), so that each row is one line of
the match form with a pipe between its cells: ``segment`` makes it one sentence and ``tabular.find_tables`` reads
it as a table row. The text itself is never changed (offsets stay those of the published text).

>>> text = "STT\\nNội dung\\nCơ quan chủ trì\\nThời gian\\n1\\nTuần tra\\nSở A\\nQuý II/2026\\n2\\nKiểm tra\\nSở B\\nNăm 2026"
>>> chars = list(text)
>>> breaks = apply_flat_tables(text, chars)
>>> "".join(chars).split("\\n")
['STT|Nội dung|Cơ quan chủ trì|Thời gian', '1|Tuần tra|Sở A|Quý II/2026', '2|Kiểm tra|Sở B|Năm 2026']
"""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import dutycues
from policykg.graph_builder.celltails import has_cell_tails
from policykg.graph_builder.pagebreaks import across_page_breaks
from policykg.graph_builder.tagless import without_tags
from policykg.graph_builder.tablelines import cell_break, duty_header, line_spans
from policykg.graph_builder.tabtables import tab_table_marks
from policykg.graph_builder.wrappedgroups import numbered_group
from policykg.graph_builder.wrappedtables import wrapped_table_marks

__all__ = ["apply_flat_tables", "bare_pipe_rows", "cell_break", "duty_header", "flat_table_marks", "line_spans"]

_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)]?\s*$")
_NUMBER_COLUMN = re.compile(rf"^(?:{'|'.join(dutycues.NUMBER_COLUMNS)})$")
_ROW_NUMBER = re.compile(r"^[\s*]*(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,5})[.)]?[\s*]*$")
_OPENER = re.compile(r"^\s*(?:\d{1,3}|[IVXLC]{1,5}|[a-zđ]\))\s*\.?\s*$")
_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MARKED = re.compile(r"^(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.):/-]|^[-+•*]")
_LEAVES = re.compile(rf"^(?:[IVXLC]{{1,5}}\s*[.)/-]\s|{dutycues.TABLE_NEVER_HOLDS})")
_MAX_HEADER_CELL = 48


def _header_cell(key: str) -> bool:
    """A line that is one header cell: short, header words, no numbering (not a heading "II. NHIỆM VỤ ...")."""
    return bool(key) and len(key) <= _MAX_HEADER_CELL and not _MARKED.match(key) and bool(
        dutycues.HEADER_WORD.search(key) or _NUMBER_COLUMN.match(key))


def bare_pipe_rows(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines that are rows of a pipe table written without its outer pipes and without a delimiter
    row (a Word table converted to text: "TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"
    then one row per line, "1 | Rà soát ... | Bộ A | Bộ B, Bộ C | Năm 2026"; a row under a merged number cell
    starts with its pipe; a cell that holds a line break carries its row over to the next line). The header is a
    line of short cells, a duty table's by its words.

    >>> t = "Danh mục\\nTT | Nội dung | Cơ quan chủ trì | Thời gian\\n1 | Rà soát | Bộ A | Năm 2026\\n | Kiểm tra | Bộ B | 2027\\nHết"
    >>> sorted(bare_pipe_rows(t, line_spans(t)))
    [1, 2, 3]
    """
    return {k for row in _bare_pipe_tables(text, lines) for k in row}


def _bare_pipe_tables(text: str, lines: list[tuple[int, int]]) -> list[list[int]]:
    """The rows (line indexes) of each table of bare pipe rows, its header first: a row whose cells are fewer than
    the header's goes on over the next lines until it has them all, unless the next line opens a row (its number,
    or a pipe first)."""
    rows: list[list[int]] = []
    i = 0
    while i < len(lines):
        line = text[lines[i][0]:lines[i][1]]
        keys = [match_key(c) for c in line.split("|")] if line.count("|") >= 2 and not line.lstrip().startswith(
            "|") else []
        if not keys or not all(0 < len(k) <= _MAX_HEADER_CELL for k in keys) or not duty_header(keys):
            i += 1
            continue
        table, j, width = [[i]], i + 1, line.count("|")
        while j < len(lines) and text[lines[j][0]:lines[j][1]].strip():
            below = text[lines[j][0]:lines[j][1]]
            count = sum(text[lines[k][0]:lines[k][1]].count("|") for k in table[-1])
            if len(table) > 1 and count < width and not _opens_row(below):
                table[-1].append(j)          # a cell with a line break: the row goes on
            elif "|" in below:
                table.append([j])
            else:
                break
            j += 1
        if len(table) > 1:
            rows += table
        i = j
    return rows


def _opens_row(line: str) -> bool:
    """A line that opens a row of bare pipe cells: its number ("3 | ..."), or a pipe first (a merged number cell)."""
    first = line.split("|")[0].strip() if "|" in line else line.strip()
    return line.lstrip().startswith("|") or bool(_ROW_NUMBER.match(first)) and "|" in line


def _bare_pipe_joins(text: str, lines: list[tuple[int, int]], marks: dict[int, str]) -> None:
    """A bare pipe row carried over several lines: one line of the match form (a break between two names in one cell
    parts them: ``cell_break``)."""
    for row in _bare_pipe_tables(text, lines):
        for k in row[:-1]:
            marks[lines[k][1]] = cell_break(text[lines[k][0]:lines[k][1]], text[lines[k + 1][0]:lines[k + 1][1]])


def _header_run(text: str, lines: list[tuple[int, int]], cells: list[str | None], i: int) -> list[int]:
    """The lines from ``i`` on that are the header cells of a duty table written one per line (a blank line may part
    two of them); [] when there is no such header at ``i``. ``cells``: each line's match key when it is a header
    cell, else None."""
    run: list[int] = []
    j = i
    while j < len(lines):
        if cells[j] is not None:
            run.append(j)
        elif text[lines[j][0]:lines[j][1]].strip() or not run or j + 1 >= len(lines) \
                or not text[lines[j + 1][0]:lines[j + 1][1]].strip():
            break
        j += 1
    return run if len(run) >= 3 and duty_header([cells[k] for k in run]) else []


def _header_cells(text: str, lines: list[tuple[int, int]]) -> list[str | None]:
    """Each line's match key when the line is one header cell, else None (long lines are never keyed)."""
    out: list[str | None] = []
    for a, b in lines:
        line = text[a:b].strip()
        if not 0 < len(line) <= _MAX_HEADER_CELL + 8 or not (dutycues.HEADER_WORD.search(line.lower())
                                                               or _NUMBER_COLUMN.match(line.lower())):
            out.append(None)        # most lines: too long, or no header word even before normalising
            continue
        key = match_key(line)
        out.append(key if _header_cell(key) else None)
    return out


def _numbered_rows(text: str, lines: list[tuple[int, int]], start: int, width: int,
                   groups: list[list[int]]) -> list[list[int]]:
    """Rows each opened by its number alone on a line ("1", "2", ...): line indexes of each row's non-blank lines.

    A row runs to the next row's number; blank lines between its cells are skipped. A group's title ("I" /
    "Phát triển sản xuất", or "II. Thị trường") goes to ``groups``, the rows below it numbered on or from 1 again
    (``wrappedgroups.numbered_group``). The table ends at a line that leaves it (a heading "III. ...", a line in
    capitals, the signature block) or, once a row has all its cells, at a blank line that no next number follows."""
    rows: list[list[int]] = []
    row: list[int] = []
    expected, group_number, skip = 1, None, -1
    for j in range(start, len(lines)):
        line = text[lines[j][0]:lines[j][1]]
        number = _NUMBER.match(line)
        if j <= skip:
            continue
        if number is not None and int(number.group(1)) == expected and (not row or len(row) >= 3):
            if row:
                rows.append(row)
            row, expected = [j], expected + 1
        elif (not row or len(row) >= 3) and (group := numbered_group(text, lines, j, expected, group_number)):
            rows, row = rows + [row] if row else rows, []
            groups.append(group[0])
            skip, expected, group_number = group[0][-1], group[1], group[2]
        elif not line.strip():
            if row and len(_groups(row)) >= width and not _next_is(text, lines, j, expected):
                break
        elif not row or _leaves_table(line):
            break
        elif len(row) >= 2 * width:        # past the table's last row, into running text
            row = row[:width]
            break
        else:
            row.append(j)
    if len(row) >= 3:
        rows.append(row)
    return rows


def _next_is(text: str, lines: list[tuple[int, int]], j: int, expected: int) -> bool:
    """The first non-blank line after ``j`` is the row number ``expected``."""
    for k in range(j + 1, len(lines)):
        line = text[lines[k][0]:lines[k][1]]
        if line.strip():
            number = _NUMBER.match(line)
            return number is not None and int(number.group(1)) == expected
    return False


def _leaves_table(line: str) -> bool:
    """A line that no table cell is: a Roman heading, a line in capitals, "Nơi nhận:", a signature mode."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    return bool(_LEAVES.match(stripped)) or (len(letters) >= 8 and all(c.isupper() for c in letters))


def _block_rows(text: str, lines: list[tuple[int, int]], start: int, width: int) -> list[list[int]]:
    """Rows as blocks of exactly one line per cell, separated by blank lines."""
    rows: list[list[int]] = []
    j = start
    while True:
        while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
            j += 1
        block = []
        while j < len(lines) and text[lines[j][0]:lines[j][1]].strip():
            block.append(j)
            j += 1
        if len(block) != width:
            return rows
        rows.append(block)


def _groups(row: list[int]) -> list[list[int]]:
    """Runs of consecutive lines (no blank line between them) of a row."""
    groups: list[list[int]] = []
    for k in row:
        if groups and groups[-1][-1] + 1 == k:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _cells_of(row: list[int], width: int, task: int, text: str, lines: list[tuple[int, int]]) -> list[list[int]]:
    """A row's lines (indexes into ``lines``, spans of ``text``) grouped into cells. When blank lines part the cells,
    the lines between two blank lines are one cell; else one line per cell, and the lines beyond the header's width
    belong to the task cell (it wraps), unless they are the second lines of the row's cells printed after it
    (``celltails``: then each line is a cell)."""
    groups = _groups(row)
    if len(groups) == width:
        return groups
    if len(row) <= width or has_cell_tails([text[lines[k][0]:lines[k][1]] for k in row], width, task):
        return [[k] for k in row]
    extra = len(row) - width
    return [[k] for k in row[:task]] + [row[task:task + extra + 1]] + [[k] for k in row[task + extra + 1:]]


def _flat_tables(text: str, lines: list[tuple[int, int]], marks: dict[int, str]) -> None:
    header_keys = _header_cells(text, lines)
    i = 0
    while i < len(lines):
        header = _header_run(text, lines, header_keys, i) if header_keys[i] is not None and lines[i][1] not in marks \
            else []
        if not header:
            i += 1
            continue
        width = len(header)
        keys = [header_keys[k] for k in header]
        number_column = bool(_NUMBER_COLUMN.match(keys[0]))
        task = next(k for k, key in enumerate(keys) if dutycues.TASK_COLUMN.search(key))
        groups: list[list[int]] = []
        rows = _numbered_rows(text, lines, header[-1] + 1, width, groups) if number_column else []
        if not rows:
            rows = _block_rows(text, lines, header[-1] + 1, width)
        if not rows:
            i += 1
            continue
        _mark_rows(text, lines, [header] + rows, width, task, marks)
        for group in groups:
            marks.update((lines[k][1], " ") for k in group[:-1])     # a group's title: one line of its own
        if i > 0:
            marks[lines[i][0] - 1] = "\n"
        i = rows[-1][-1] + 1


def _mark_rows(text: str, lines: list[tuple[int, int]], rows: list[list[int]], width: int, task: int,
               marks: dict[int, str]) -> None:
    """Each row (its line indexes) one line of the match form, a pipe between its cells."""
    for row in rows:
        cells = _cells_of(row, width, task, text, lines)
        for c, cell in enumerate(cells):
            for k in cell[:-1]:
                marks[lines[k][1]] = " "            # a cell that wraps: one line of the match form
            if c < len(cells) - 1:
                for pos in range(lines[cell[-1]][1], lines[cells[c + 1][0]][0]):
                    if text[pos] == "\n":
                        marks[pos] = " "
                marks[lines[cell[-1]][1]] = "|"
        if row:
            end = lines[row[-1]][1]
            if end < len(text):
                marks[end] = "\n"


def _opened_rows(text: str, lines: list[tuple[int, int]], start: int, width: int) -> list[list[int]]:
    """Rows each opened by its number or letter alone on a line ("1", "a)", "b)"): a group title ("1" / "Tuyên
    truyền ...") is a short row. The table ends at a blank line, a line of a pipe table, a line that no cell is, or a
    row longer than twice the header."""
    rows: list[list[int]] = []
    for j in range(start, len(lines)):
        line = text[lines[j][0]:lines[j][1]]
        if not line.strip() or "|" in line or _leaves_table(line) or rows and len(rows[-1]) > 2 * width:
            break
        if _OPENER.match(line):
            rows.append([j])
        elif not rows:
            break
        else:
            rows[-1].append(j)
    return rows


def _half_pipe_tables(text: str, lines: list[tuple[int, int]], marks: dict[int, str]) -> None:
    """A Markdown header row and its delimiter row over rows converted one cell per line, the header's last cells
    on lines of their own too ("| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |" / "| --- | ... |" /
    "Thời gian thực hiện" / "1" / "Tuyên truyền ..." / "a)" / task / lead / partners / time)."""
    for i in range(len(lines) - 3):
        line = text[lines[i][0]:lines[i][1]].strip()
        delimiter = text[lines[i + 1][0]:lines[i + 1][1]]
        if not (line.startswith("|") and line.endswith("|") and _DELIMITER.match(delimiter)) \
                or "|" in text[lines[i + 2][0]:lines[i + 2][1]]:
            continue
        keys = [match_key(c) for c in line.strip("|").split("|")]
        extra = []
        for j in range(i + 2, len(lines)):
            key = match_key(text[lines[j][0]:lines[j][1]])
            if not _header_cell(key) or _OPENER.match(key):
                break
            extra.append(j)
        width = len(keys) + len(extra)
        if not duty_header(keys + [match_key(text[lines[j][0]:lines[j][1]]) for j in extra]):
            continue
        rows = _opened_rows(text, lines, (extra or [i + 1])[-1] + 1, width)
        if not rows:
            continue
        marks[lines[i][0] + text[lines[i][0]:].index("|")] = " "      # the header: one line, a pipe between cells
        marks[lines[i][0] + text[lines[i][0]:lines[i][1]].rindex("|")] = "|" if extra else " "
        for pos in range(lines[i][1], lines[i + 1][1] + 1):
            marks[pos] = " "
        for j in extra[:-1]:
            marks[lines[j][1]] = "|"
        marks[lines[(extra or [i + 1])[-1]][1]] = "\n"
        task = next(k for k, key in enumerate(keys) if dutycues.TASK_COLUMN.search(key))
        _mark_rows(text, lines, rows, width, task, marks)


def _pipe_cells(text: str, lines: list[tuple[int, int]], i: int) -> tuple[list[int], list[list[int]]]:
    """From the lone "|" line ``i`` to the first blank line: the indexes of the "|" lines and, between each two of
    them, the lines of one cell ([] for an empty cell)."""
    pipes, cells, cell = [i], [], []
    for k in range(i + 1, len(lines)):
        line = text[lines[k][0]:lines[k][1]].strip()
        if not line:
            break
        if line == "|":
            pipes.append(k)
            cells.append(cell)
            cell = []
        else:
            cell.append(k)
    return pipes, cells


def _pipe_rows(keys: list[str], width: int, first: int, cells: list[list[int]],
               text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first cell, last cell) of each row below the header: a row ends at the empty cell between its closing "|" and
    the next row's opening one, once it has all its cells or when the next row's number follows (a group title
    "I | Hoàn thiện thể chế" fills two cells); an empty cell before that is an empty cell of the row."""
    numbered = bool(_NUMBER_COLUMN.match(keys[0]))
    rows, start = [], first
    for c in range(first, len(cells)):
        if cells[c] or c == start:
            continue
        after = cells[c + 1] if c + 1 < len(cells) else []
        follows = bool(after) and bool(_ROW_NUMBER.match(text[lines[after[0]][0]:lines[after[-1]][1]]))
        if c - start >= width or c + 1 >= len(cells) or numbered and follows and c - start >= 2:
            rows.append((start, c - 1))
            start = c + 1
    if start < len(cells):
        rows.append((start, len(cells) - 1))
    return rows


def _pipe_line_tables(text: str, lines: list[tuple[int, int]], marks: dict[int, str]) -> None:
    """A Markdown table converted from Word with each cell on lines of its own between lone "|" lines ("|" / "TT" /
    "|" / "Nhiệm vụ" / ... / "|" / "|" / "1" / "|" / ...): each row one line of pipe-separated cells."""
    i = 0
    while i < len(lines):
        if text[lines[i][0]:lines[i][1]].strip() != "|":
            i += 1
            continue
        pipes, cells = _pipe_cells(text, lines, i)
        width = next((c for c, cell in enumerate(cells) if not cell), len(cells))
        keys = [match_key(" ".join(text[lines[k][0]:lines[k][1]] for k in cell).replace("*", " ")) for cell in
                cells[:width]]
        if width < 3 or not all(0 < len(k) <= _MAX_HEADER_CELL for k in keys) or not duty_header(keys) \
                or sum(map(_header_cell, keys)) < 3:
            i = pipes[-1] + 1
            continue
        for a, b in [(0, width - 1)] + _pipe_rows(keys, width, width + 1, cells, text, lines):
            start, end = lines[pipes[a]][0], lines[pipes[b + 1]][1]
            for pos in range(start, end):
                if text[pos] == "\n" or text[pos] == "*":
                    marks[pos] = " "
                elif text[pos] == "|" and pos in {lines[pipes[c]][0] + text[lines[pipes[c]][0]:].index("|")
                                                  for c in range(a, b + 2)}:
                    marks[pos] = "|"
            if b - a + 1 < width and _NUMBER_COLUMN.match(keys[0]) and cells[a] and not _ROW_NUMBER.match(
                    text[lines[cells[a][0]][0]:lines[cells[a][-1]][1]]):
                marks[lines[pipes[a]][1]] = "|"     # a row under a merged number cell: its first cell is empty
            if start > 0:
                marks[start - 1] = "\n"
            if end < len(text):
                marks[end] = "\n"
        i = pipes[-1] + 1


def flat_table_marks(text: str) -> dict[int, str]:
    """Offsets of ``text`` whose match-form character a flattened table changes, and the character: ``|`` between
    two cells, `` `` inside a cell, ``\\n`` at the end of a row. Empty when the text has no such table.

    >>> text = "Nội dung\\tCơ quan chủ trì\\tThời hạn\\nTuần tra\\tSở A\\tNăm 2026\\n\\tSở B\\tNăm 2026"
    >>> marks = flat_table_marks(text)
    >>> "".join(marks.get(i, c) for i, c in enumerate(text)).split("\\n")
    ['Nội dung|Cơ quan chủ trì|Thời hạn', 'Tuần tra|Sở A|Năm 2026', '|Sở B|Năm 2026']
    """
    if "\n" not in text:
        return {}
    lines = line_spans(text)
    marks: dict[int, str] = {}
    if "\t" in text:
        tab_table_marks(text, lines, marks)
    wrapped_table_marks(text, lines, marks)    # one cell fragment per line (from PDF): cells decided by content
    _flat_tables(text, lines, marks)
    if "|" in text:
        _bare_pipe_joins(text, lines, marks)
    if "\n|" in text:
        _pipe_line_tables(text, lines, marks)
        _half_pipe_tables(text, lines, marks)
    return marks


def apply_flat_tables(text: str, chars: list[str]) -> frozenset[int]:
    """Write the marks of ``flat_table_marks`` into the match form's characters (same length); returns the offsets of
    the line breaks that now end a table row, or separate its cells (no line may be joined across them). A table is
    read across the page breaks inside it (``pagebreaks.across_page_breaks``) and without a page's tags
    (``tagless.without_tags``)."""
    reader, mapping = without_tags(text)
    marks = across_page_breaks(reader, flat_table_marks)
    if mapping is not None:
        marks = {mapping[pos]: char for pos, char in marks.items()}
    for pos, char in marks.items():
        chars[pos] = char
    return frozenset(marks)
