"""Division-of-labour tables from PDF text that keeps one cell fragment per line (a gazette's text layer): the cell
boundaries are not marked, so they are decided from what the lines are, and the table is read as the pipe rows every
table reader knows.

The form: the header's cells wrapped over lines ("STT" / "Tên nhiệm vụ cụ thể" / "Cơ quan" / "chủ trì" / "Cơ quan" /
"phối hợp" / "Kết quả" / "Thời gian hoàn" / "thành": a line that starts in lower case goes on with the cell above),
then each row opened by its number ("1." alone on a line, or "10.  Xây dựng ..."), followed by its cells in the
header's order, each wrapped over as many lines as its column is narrow (a word per line at times). A group title
runs across the table ("II. Hoàn thiện thể chế ..."); a page break puts the page's running head and number and the
header again in the middle of a row, whose cells then go on below it.

How a row's lines become cells (``row_cells``): the task first, over the lines that go on in lower case or are as
wide as its column; the other cells start with a capital on a line whose line above leaves nothing open, and go to the
remaining columns as scores say best (a body's name to the lead and partner columns, a time to the time column only, a
product to the others; a column may stay empty). docs/GENRE.md gives the details.

``wrapped_table_marks`` gives the marks ``flattables`` writes into the match form: ``|`` between cells, `` `` inside a
cell, ``\\n`` at the end of a row, a group title and the page's running lines on lines of their own. The text itself is
never changed.

>>> text = "\\n".join(["STT", "Nội dung", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Thời gian hoàn", "thành",
...                    "1.", "Rà soát các quy định về quản lý", "khoáng sản.", "Sở Tài", "chính", "Sở Xây dựng,", "Sở Công",
...                    "Thương", "Quý II/2027"])
>>> from policykg.graph_builder.flattables import line_spans
>>> marks = {}
>>> wrapped_table_marks(text, line_spans(text), marks)
>>> "".join(marks.get(i, c) for i, c in enumerate(text)).split("\\n")
['STT|Nội dung|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian hoàn thành', \
'1.|Rà soát các quy định về quản lý khoáng sản.|Sở Tài chính|Sở Xây dựng, Sở Công Thương|Quý II/2027']
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from policykg.core.textnorm import match_key
from policykg.graph_builder import deadlinecues, dutycues
from policykg.graph_builder.wrappedgroups import (ROW_OPENER, capital_title, follows, group_lines, other_title,
                                                  period_title, restarts, roman_value, row_follows)

__all__ = ["row_cells", "wrapped_table_marks"]

_NUMBER_KEYS = frozenset((*dutycues.NUMBER_COLUMNS, "số"))
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
_LEAVES = re.compile(rf"^(?:{dutycues.TABLE_NEVER_HOLDS})")
_MAX_HEADER_LINE = 40
_MAX_ROW_PIECES = 80
_MAX_CELL_LINE = 70     # a line this long is a cell's only if the table has lines of two thirds its length
_WIDE = 0.62           # a line at least this share of the table's widest is a line of the task's (wide) column


@dataclass
class _Row:
    number: tuple[int, int] | None                      # the span of its number ("1."); None: a row going on
    pieces: list[tuple[int, int]] = field(default_factory=list)   # its lines (spans, stripped), in order


@dataclass
class _Table:
    titles: list[str]                                   # column titles (match keys), the number column first
    headers: list[list[int]]                            # line indexes of each header (the first, then repeats)
    rows: list[_Row] = field(default_factory=list)
    apart: list[list[int]] = field(default_factory=list)   # group titles and page lines: each one line of its own


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _header_at(text: str, lines: list[tuple[int, int]], i: int) -> tuple[list[str], list[list[int]]] | None:
    """The header that starts at line ``i`` ("STT" then its cells wrapped over lines): the column titles and the
    lines of each title, or None. A title over two columns ("Cơ quan thực hiện" over "Chủ trì" / "Phối hợp") joins
    the first of them."""
    titles: list[str] = []
    cells: list[list[int]] = []
    for j in range(i, len(lines)):
        line = text[lines[j][0]:lines[j][1]].strip()
        key = match_key(line)
        if not line or len(line) > _MAX_HEADER_LINE:
            break
        if not titles and key not in _NUMBER_KEYS:
            return None
        if titles and (line[0].islower() and len(titles) > 1 or titles == ["số"] or len(titles) > 3 and period_title(key)) \
                and len(key.split()) <= 3:
            titles[-1] += " " + key          # "Cơ quan" / "chủ trì": one title
            cells[-1].append(j)
        elif (not titles or dutycues.HEADER_WORD.search(key) or other_title(key)) and not ROW_OPENER.match(line):
            titles.append(key)
            cells.append([j])
        else:
            break
    for k in range(len(titles) - 2, 0, -1):
        if dutycues.EXECUTOR_COLUMN.search(titles[k]) and dutycues.LEAD_COLUMN.search(titles[k + 1]) \
                and not dutycues.LEAD_COLUMN.search(titles[k]) and k + 2 < len(titles) \
                and dutycues.PARTNER_COLUMN.search(titles[k + 2]):
            titles[k:k + 2] = [titles[k] + " " + titles[k + 1]]
            cells[k:k + 2] = [cells[k] + cells[k + 1]]
    if len(titles) < 4 or titles[0] not in _NUMBER_KEYS or not dutycues.TASK_COLUMN.search(titles[1]) or not any(
            dutycues.LEAD_COLUMN.search(t) or dutycues.EXECUTOR_COLUMN.search(t) for t in titles[2:]):
        return None
    return titles, cells


def _same_header(text: str, lines: list[tuple[int, int]], j: int, header: list[int]) -> bool:
    """Line ``j`` opens the header again (after a page break)."""
    return j + len(header) <= len(lines) and all(
        text[lines[j + k][0]:lines[j + k][1]].strip() == text[lines[h][0]:lines[h][1]].strip()
        for k, h in enumerate(header))


def _page_lines(text: str, lines: list[tuple[int, int]], j: int) -> list[int]:
    """The page's running lines right above a repeated header at ``j``: up to two short lines, one of them the page's
    number, below a blank line ("CÔNG BÁO/Số 286/Ngày 27-05-2026" / "96")."""
    found: list[int] = []
    k = j - 1
    while k >= 0 and len(found) < 3:
        line = text[lines[k][0]:lines[k][1]].strip()
        if line:
            if len(found) == 2 or len(line) > 60:
                break
            found.append(k)
        elif found:
            break
        k -= 1
    if any(_PAGE_NUMBER.match(text[lines[k][0]:lines[k][1]].strip()) for k in found):
        return sorted(found)
    return []


def _page_numbers(text: str, lines: list[tuple[int, int]], start: int) -> set[int]:
    """A page's number where no header is repeated below it: a number alone on its line, without a dot, next to a
    blank line, and the running head beside it (a line mostly in capitals with a digit: "CÔNG BÁO/Số 12/Ngày ...")."""
    out: set[int] = set()
    stripped = [text[a:b].strip() for a, b in lines]
    for j in range(start, len(lines)):
        if not _PAGE_NUMBER.match(stripped[j]) or not (j + 1 < len(lines) and not stripped[j + 1]
                                                        or not stripped[j - 1]):
            continue
        out.add(j)
        for k in (j - 1, j - 2, j + 1, j + 2):
            if 0 <= k < len(lines) and _running_head(stripped[k]):
                out.add(k)
    return out


def _running_head(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return any(c.isdigit() for c in line) and len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.6 * len(
        letters)


def _read_table(text: str, lines: list[tuple[int, int]], i: int, titles: list[str], header: list[int]) -> _Table:
    """The rows below the header at line ``i``: each opened by the next number; a group title and the page's running
    lines stand apart; the table ends at a line that leaves it (the signature block, "Nơi nhận:", a line in capitals,
    a line far wider than any row's) or when a row grows past any row's length."""
    table = _Table(titles, [header])
    first = text[lines[header[0]][0]:lines[header[0]][1]].strip()
    repeats = [j for j in range(header[-1] + 1, len(lines)) if lines[j][1] - lines[j][0] < 2 * len(first) + 8
               and text[lines[j][0]:lines[j][1]].strip() == first and _same_header(text, lines, j, header)]
    page = {k for j in repeats for k in _page_lines(text, lines, j)} | _page_numbers(text, lines, header[-1] + 1)
    last, j, widest, below_header, group_number = (), header[-1] + 1, 0, False, None
    while j < len(lines):
        a, b = _strip(text, *lines[j])
        line = text[a:b]
        if not line:
            j += 1
            continue
        if j in repeats:
            table.headers.append(list(range(j, j + len(header))))
            j, below_header = j + len(header), True
            continue
        opener = ROW_OPENER.match(line)
        current = table.rows[-1] if table.rows else None
        number = tuple(int(n) for n in opener.group(1).split(".")) if opener else None
        if number and follows(last, number):
            table.rows.append(_Row((a, a + len(opener.group(0).rstrip()))))
            last, below_header = number, False
            if opener.end() < len(line):
                table.rows[-1].pieces.append((a + opener.end(), b))
        elif j in page:
            table.apart.append([j])
            below_header = True      # a row cut by the page's lines goes on below them as a row of its own
        elif group := group_lines(text, lines, j):
            j = group[-1]
            restart = restarts(text, lines, group, group_number)
            if not restart and not row_follows(text, lines, j + 1, last):
                break       # a heading of the document after the table ("III. TỔ CHỨC THỰC HIỆN" / "1. ..."), no group
            table.apart.append(group)
            last, below_header = () if restart else last, False
            group_number = (roman_value(re.match(r"[IVXLC]+", line).group(0)), capital_title(text, lines, group))
        elif _LEAVES.match(line) or _capitals(line) or current is None or len(current.pieces) > _MAX_ROW_PIECES \
                or len(line) > max(1.5 * widest, _MAX_CELL_LINE):
            break
        else:
            if below_header:
                current = _Row(None)          # the row goes on below a page break
                table.rows.append(current)
                below_header = False
            current.pieces.append((a, b))
            widest = max(widest, b - a)
        j += 1
    return table


def _last_line(lines: list[tuple[int, int]], row: _Row) -> int:
    """Index of the line that holds the row's last piece (or its number)."""
    end = row.pieces[-1][0] if row.pieces else row.number[0] if row.number else 0
    return bisect.bisect_right([a for a, _ in lines], end) - 1


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


@functools.cache
def _actor_heads() -> frozenset[str]:
    from policykg.ontology.lexicon import load_lexicon
    return frozenset(h for h, _ in load_lexicon().head_nouns()) | frozenset(dutycues.CELL_BODY_WORDS)


@functools.cache
def _actor_opening() -> re.Pattern:
    heads = sorted(_actor_heads(), key=len, reverse=True)
    return re.compile(rf"(?:(?:các|những|cùng|toàn thể)\s+)?(?:{'|'.join(map(re.escape, heads))})(?![^\W\d_])")


@functools.cache
def _product_words() -> re.Pattern:
    from policykg.graph_builder.cues import kind_words
    from policykg.ontology.lexicon import load_lexicon
    return re.compile(rf"(?:{kind_words(load_lexicon())}|{'|'.join(dutycues.CELL_PRODUCT_WORDS)})(?!\w)")


def _actor_like(key: str) -> bool:
    """A cell that names bodies: it opens with a head noun ("Bộ Y tế", "Ủy ban nhân dân", "Các cơ quan, tổ chức"),
    not with a kind of document or another product ("Báo cáo kiểm tra", "Hội nghị sơ kết"); a bullet before it
    ("- Các sở, ngành") is no word of it."""
    key = re.sub(r"^[-–+•*]\s*", "", key)
    return not _product_words().match(re.sub(r"^(?:các|những|cùng|toàn thể)\s+", "", key)) \
        and bool(_actor_opening().match(key))


def _fit(role: str, key: str) -> float:
    """How well a piece of cells suits a column of ``role``."""
    time = bool(deadlinecues.TIME_CELL.match(key))
    if role == "deadline":
        return 3.0 if time else -3.0
    if time:
        return -1.5
    actor = _actor_like(key)
    if role in ("lead", "partner"):
        return 2.0 if actor else -1.0
    return -2.0 if actor else 1.0


_EMPTY = {"lead": -2.0, "partner": -0.5, "deadline": -0.5}
_SPLIT = {"lead": 0.6}     # a lead cell most often names one body, a partner cell many: names in doubt go to partners


def _assign(segments: list[str], roles: list[str]) -> list[tuple[int, int]]:
    """The segments [start, end) of each column, in order (best total score; a column may be empty)."""
    m, q = len(segments), len(roles)
    keys = [match_key(s) for s in segments]
    fits = {role: [_fit(role, key) for key in keys] for role in set(roles)}
    best = [[float("-inf")] * (q + 1) for _ in range(m + 1)]
    back = [[0] * (q + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for k in range(1, q + 1):
        for j in range(m + 1):
            for s in range(j + 1):
                if best[s][k - 1] == float("-inf"):
                    continue
                score = best[s][k - 1] + (_EMPTY.get(roles[k - 1], -0.5) if s == j else sum(
                    fits[roles[k - 1]][s:j]) - _SPLIT.get(roles[k - 1], 0.4) * (j - s - 1))
                if score > best[j][k]:
                    best[j][k], back[j][k] = score, s
    spans, j = [], m
    for k in range(q, 0, -1):
        spans.append((back[j][k], j))
        j = back[j][k]
    return spans[::-1]


def row_cells(pieces: list[str], roles: list[str], wide: int) -> list[list[int]]:
    """The indexes of a row's pieces (its lines, the number left out) in each of its cells: the task first, then one
    list per role of ``roles`` (the header's columns after the task: "lead", "partner", "deadline" or "other").

    >>> row_cells(["Xây dựng đề án về quản lý", "khoáng sản", "Ủy ban nhân", "dân tỉnh", "trình", "Hội đồng nhân dân",
    ...            "Các sở, ngành", "Quyết định", "Thường xuyên"], ["lead", "partner", "other", "deadline"], 20)
    [[0, 1], [2, 3, 4, 5], [6], [7], [8]]
    """
    t = 1
    while t < len(pieces) and (not _starts_upper(pieces[t]) or (_open_end(pieces[t - 1]) or len(pieces[t]) >= wide)
                               and not _actor_like(match_key(pieces[t])) and not deadlinecues.TIME_CELL.match(
                                   match_key(pieces[t]))):
        t += 1
    starts = [k for k in range(t, len(pieces)) if k == t or _starts_upper(pieces[k]) and not _open_end(pieces[k - 1])
              and not _name_goes_on(pieces[k - 1], pieces[k])]
    bounds = list(zip(starts, starts[1:] + [len(pieces)]))
    segments = [" ".join(pieces[a:b]) for a, b in bounds]
    cells = [list(range(t))]
    for s, e in _assign(segments, roles) if segments else [(0, 0)] * len(roles):
        cells.append([k for a, b in bounds[s:e] for k in range(a, b)])
    return cells


def _open_end(piece: str) -> bool:
    """The line leaves its cell open: a comma, a connective ("và", "của", "trình"), or a name's head noun that opens a
    name whose words follow on the next line ("Bộ Tài chính, Bộ" / "Tư pháp"). A head noun that ends a name ("Thanh
    tra Sở", "Văn phòng Bộ", "các đơn vị thuộc Sở") closes it: the next line is the next cell."""
    words = piece.split()
    return bool(dutycues.CELL_OPEN_END.search(piece.lower())) or bool(words) and words[-1][:1].isupper() \
        and match_key(words[-1]) in _actor_heads() and (len(words) == 1 or words[-2][-1] in ",;:-–" or
                                                         match_key(words[-2]) in ("và", "các", "những", "với", "cùng"))


def _name_goes_on(piece: str, below: str) -> bool:
    """A proper name wrapped after a capitalised word ("Sở Công" / "Thương", "Thương; Ủy ban"): the first item of the
    line below is a word or two in capitals that open no body, no time and no product."""
    words, item = piece.split(), re.split(r"[;,]", below)[0]
    return bool(words) and words[-1][:1].isupper() and len(item.split()) <= 2 and not _actor_like(key := match_key(item)) \
        and not deadlinecues.TIME_CELL.match(key) and not _product_words().match(key)


def _starts_upper(piece: str) -> bool:
    first = next((c for c in piece if c.isalnum()), "")
    return first.isupper() or first.isdigit()


def _glued_name(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A task's last line longer than its column, whose tail is the lead's name printed on the same line ("... theo lộ
    trình phù hợp Bộ Y tế"): two pieces; else the line."""
    words = list(re.finditer(r"\S+", text[a:b]))
    for k in range(1, len(words)):
        if words[k].group(0)[0].isupper() and words[k - 1].group(0)[0].islower() and len(words) - k <= 6 \
                and _actor_like(match_key(text[a + words[k].start():b])):
            return [(a, a + words[k - 1].end()), (a + words[k].start(), b)]
    return [(a, b)]


def _split_time_tails(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A product and a time glued on one line ("văn bản phối hợp Thường xuyên"): two pieces."""
    out = []
    for a, b in pieces:
        m = dutycues.CELL_TIME_TAIL.search(text, a, b)
        if m and deadlinecues.TIME_CELL.match(match_key(text[m.end():b])):
            out += [(a, m.start()), (m.end(), b)]
        else:
            out.append((a, b))
    return out


def _roles(titles: list[str]) -> list[str]:
    roles = []
    for title in titles[2:]:
        if dutycues.LEAD_COLUMN.search(title) or dutycues.EXECUTOR_COLUMN.search(title) and "lead" not in roles:
            roles.append("lead")
        elif dutycues.PARTNER_COLUMN.search(title):
            roles.append("partner")
        elif dutycues.DEADLINE_COLUMN.search(title):
            roles.append("deadline")
        else:
            roles.append("other")
    return roles


def _mark_line(text: str, lines: list[tuple[int, int]], group: list[int], marks: dict[int, str],
               cells: list[list[int]] | None = None) -> tuple[int, int]:
    """Lines ``group`` one line of the match form (``cells``: the lines of each cell, a pipe between them); returns
    its span."""
    for k in group[:-1]:
        marks[lines[k][1]] = " "
    for cell in (cells or [])[:-1]:
        marks[lines[cell[-1]][1]] = "|"
    return _strip(text, lines[group[0]][0], lines[group[-1]][1])


def _mark_row(text: str, row: _Row, cells: list[list[tuple[int, int]]], marks: dict[int, str]) -> tuple[int, int]:
    """A row one line of the match form: its number, then its cells, a pipe between two (an empty cell takes a
    blank of the gap: a trailing space, the line break); returns its span."""
    spans = ([row.number] if row.number else []) + [p for cell in cells for p in cell]
    start, end = spans[0][0], spans[-1][1]
    for pos in range(start, end):
        if text[pos] == "\n":
            marks[pos] = " "
    for cell in cells[1:]:
        for (a, b), (c, d) in zip(cell, cell[1:]):
            if "\n" in text[b:c] and _starts_upper(text[c:d]) and not _open_end(text[a:b]) \
                    and not _name_goes_on(text[a:b], text[c:d]):
                marks[text.index("\n", b, c)] = ";"     # two names of a list in one cell: "Bộ Y tế" / "Bộ Tài chính"
    pending, prev_end = 0, None
    for cell in ([[row.number]] if row.number else []) + cells:
        if not cell:
            pending += 1
            continue
        if prev_end is not None:
            gap = [pos for pos in range(prev_end, cell[0][0]) if text[pos].isspace()]
            for pos in gap[:pending + 1]:
                marks[pos] = "|"
        pending, prev_end = 0, cell[-1][1]
    return start, end


def _close_gaps(text: str, units: list[tuple[int, int, bool]], marks: dict[int, str]) -> None:
    """Between two lines of a table (header, row, group title, page line): one line break, the rest blanks, so that
    the table reader sees them next to each other; a row going on below a page break gets an empty number cell."""
    units = sorted(units)
    for (a, b, _), (c, d, leading) in zip(units, units[1:]):
        gap = range(b, c)
        if not gap or text[b:c].strip():
            continue
        for pos in gap:
            marks[pos] = " "
        marks[b] = "\n"
        if leading and len(gap) >= 2:
            marks[c - 1] = "|"
        elif leading:      # no blank to spare for its empty number cell: its words in two cells that read as no task
            _one_cell(text, c, d, marks)
    first, last = units[0][0], units[-1][1]
    if first > 0:
        marks[first - 1] = "\n"
    if last < len(text):
        marks[last] = "\n"


def _one_cell(text: str, start: int, end: int, marks: dict[int, str]) -> None:
    """A row going on below a page break that cannot get an empty number cell: its first word apart, the rest one
    cell (a lower-case fragment without a lead, which no reader takes for a task)."""
    for pos in range(start, end):
        if marks.get(pos) == "|":
            marks[pos] = " "
    first = next((pos for pos in range(start, end) if text[pos].isspace()), None)
    if first is not None:
        marks[first] = "|"


def wrapped_table_marks(text: str, lines: list[tuple[int, int]], marks: dict[int, str]) -> None:
    """Write into ``marks`` the cells of each table of this form in ``text`` (offsets already marked by another
    reader are left to it)."""
    i = 0
    while i < len(lines):
        found = _header_at(text, lines, i) if lines[i][1] - lines[i][0] <= 12 and lines[i][1] not in marks else None
        if found is None:
            i += 1
            continue
        titles, cells = found
        header = [k for cell in cells for k in cell]
        table = _read_table(text, lines, i, titles, header)
        if not any(r.number for r in table.rows) or all(len(r.pieces) < len(titles) for r in table.rows):
            i += 1      # no row, or every cell on one line of its own: the one-cell-per-line reader's
            continue
        units = [(*_mark_line(text, lines, used, marks, cells=[[used[0] + k - i for k in cell] for cell in cells]),
                  False) for used in table.headers]
        units += [(*_mark_line(text, lines, group, marks), False) for group in table.apart]
        units += _mark_rows(text, table, marks)
        _close_gaps(text, units, marks)
        i = max(max(h[-1] for h in table.headers), _last_line(lines, table.rows[-1])) + 1


def _mark_rows(text: str, table: _Table, marks: dict[int, str]) -> list[tuple[int, int, bool]]:
    """Mark each row; returns their spans (and whether the row goes on below a page break)."""
    roles = _roles(table.titles)
    widest = max((b - a for r in table.rows for a, b in r.pieces), default=0)
    tasks = [row_cells([text[a:b] for a, b in r.pieces], roles, int(_WIDE * widest))[0] for r in table.rows]
    full = sorted(r.pieces[k][1] - r.pieces[k][0] for r, task in zip(table.rows, tasks) for k in task[:-1])
    column = full[len(full) // 2] if full else widest      # the task column's width: its wrapped lines' usual length
    units = []
    for row, task in zip(table.rows, tasks):
        if not row.pieces:
            continue
        pieces = [row.pieces[k] for k in task]
        pieces[-1:] = _glued_name(text, *pieces[-1]) if pieces[-1][1] - pieces[-1][0] > column + 3 else pieces[-1:]
        pieces += _split_time_tails(text, row.pieces[len(task):])
        cells = row_cells([text[a:b] for a, b in pieces], roles, int(_WIDE * widest))
        units.append((*_mark_row(text, row, [[pieces[k] for k in cell] for cell in cells], marks), row.number is None))
    return units
