"""How the rows of a division-of-labour table from PDF text, one cell fragment per line (``wrappedtables``), are
numbered and grouped, and the header lines that name no role.

A plan's appendix numbers its rows within groups: a group's number in Roman numerals, either with its title on the
same line ("II. Hoàn thiện thể chế") or alone on its line in the number column, its title on the line below ("II" /
"Thực hiện các biện pháp giảm phát thải"), and the rows of each group numbered from 1 again ("I" / "1" / "2" / "II" /
"1" / "2" / "3"), or on from the group before ("6" / "II" / "7"). Its header may hold columns of other kinds than a
role ("Nguồn kinh phí", "Kinh phí thực hiện", "Nguồn vốn", "Dự toán") and periods under the time column, a second header
row ("Thời gian thực hiện" over "Đến 2025" / "2026 – 2030").

>>> follows((2,), (3,)), follows((2,), (1,)), follows((1,), (1, 1)), follows((1, 3), (2,))
(True, False, True, True)
>>> [bool(GROUP.match(line)) for line in ("II. Hoàn thiện thể chế", "II", "III.", "1. Sở Y tế", "I Các")]
[True, True, True, False, False]
>>> [other_title(k) for k in ("nguồn kinh phí", "kinh phí thực hiện", "dự toán", "ghi chú", "đơn vị phối")]
[True, True, True, False, False]
>>> [period_title(k) for k in ("đến 2025", "2026 – 2030", "năm 2026", "giai đoạn 2026-2030", "2025", "quý ii")]
[True, True, True, True, True, False]
>>> roman_value("XIV"), roman_value("IIII"), roman_value("1")
(14, None, None)
"""

from __future__ import annotations

import re

__all__ = ["GROUP", "ROW_OPENER", "capital_title", "follows", "group_lines", "next_group", "numbered_group",
           "other_title", "period_title", "restarts", "roman_value", "row_follows"]

# a group's number, with its title on the line or alone ("II. Hoàn thiện thể chế", "II", "III.")
GROUP = re.compile(r"^[IVXLC]{1,5}\s*(?:[.)]\s+\S|[.)]?\s*$)")
# a row's number opening its line ("1", "2.", "1.2", "10.  Xây dựng ...")
ROW_OPENER = re.compile(r"^(\d{1,3}(?:\.\d{1,2}){0,2})\s*\.?(?=\s|$)\s*")
# a header's column of another kind than a role: the money or the source of funds ("Nguồn kinh phí", "Dự toán")
_OTHER_TITLE = re.compile(r"^(?:nguồn\s+)?(?:kinh\s*phí|vốn|dự\s*toán)(?!\w)")
# a period under the time column ("Đến 2025", "2026 – 2030", "Năm 2026", "Giai đoạn 2026-2030")
_PERIOD_TITLE = re.compile(r"^(?:(?:đến|từ|trước|sau)\s+(?:năm\s+)?|năm\s+|giai\s+đoạn\s+)?(?:19|20)\d\d"
                           r"(?:\s*[-–]\s*(?:19|20)\d\d)?$")
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)]?\s*$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_CANONICAL = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")


def other_title(key: str) -> bool:
    """A header cell (match key) of a column that holds no role and no time: funds."""
    return bool(_OTHER_TITLE.match(key))


def period_title(key: str) -> bool:
    """A header cell (match key) that is a period of the time column above it."""
    return bool(_PERIOD_TITLE.match(key))


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral up to 399 written the usual way ("XIV"), or None."""
    if not numeral or any(c not in _ROMAN for c in numeral):
        return None
    value = 0
    for k, c in enumerate(numeral):
        v = _ROMAN[c]
        value += -v if k + 1 < len(numeral) and _ROMAN[numeral[k + 1]] > v else v
    hundreds, tens, units = value // 100, value // 10 % 10, value % 10
    canonical = "C" * hundreds + _CANONICAL[tens].translate(str.maketrans("IVX", "XLC")) + _CANONICAL[units]
    return value if canonical == numeral else None


def follows(last: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """The row number that may come after ``last``: the next at its level or above ("1.2" after "1.1", "2" after
    "1.3"), or the first below it ("1.1" after "1")."""
    if number == (*last, 1):
        return True
    return any(number == (*last[:k], last[k] + 1) for k in range(len(last)))


def row_follows(text: str, lines: list[tuple[int, int]], j: int, last: tuple[int, ...]) -> bool:
    """The first line from ``j`` on that is not blank opens the row that comes after ``last``."""
    for a, b in lines[j:j + 3]:
        opener = ROW_OPENER.match(text[a:b].strip())
        if text[a:b].strip():
            return bool(opener) and follows(last, tuple(int(n) for n in opener.group(1).split(".")))
    return False


def group_lines(text: str, lines: list[tuple[int, int]], j: int) -> list[int] | None:
    """The lines of the group title that starts at line ``j``: its number and the lines up to the next that is blank
    or opens a row; None when line ``j`` opens no group (a number alone with no title below is none).

    >>> text = "II\\nThực hiện các biện pháp\\ngiảm phát thải\\n1\\nĐiều tra"
    >>> from policykg.graph_builder.flattables import line_spans
    >>> group_lines(text, line_spans(text), 0), group_lines(text, line_spans(text), 3)
    ([0, 1, 2], None)
    """
    line = text[lines[j][0]:lines[j][1]].strip()
    match = GROUP.match(line)
    if not match:
        return None
    group = [j]
    while j + 1 < len(lines) and text[lines[j + 1][0]:lines[j + 1][1]].strip() \
            and not ROW_OPENER.match(text[lines[j + 1][0]:lines[j + 1][1]].strip()):
        j += 1
        group.append(j)
    return group if len(group) > 1 or match.end() < len(line) else None


def restarts(text: str, lines: list[tuple[int, int]], group: list[int], previous: tuple[int, bool] | None) -> bool:
    """The rows below a group title (its lines ``group``) are numbered from 1 again: the group is the one after the
    table's previous group (``previous``: its number and whether its title is in capitals, None when the table has
    had no group; ``next_group``) and the line below opens row 1."""
    below = _line_below(text, lines, group)
    return previous is not None and next_group(text, lines, group, previous, bool(_BARE_NUMBER.match(below))) \
        is not None and row_follows(text, lines, group[-1] + 1, ())


def _line_below(text: str, lines: list[tuple[int, int]], group: list[int]) -> str:
    """The first line after the group title on lines ``group`` that is not blank ("" when none is)."""
    return next((text[a:b] for a, b in lines[group[-1] + 1:] if text[a:b].strip()), "")


def next_group(text: str, lines: list[tuple[int, int]], group: list[int], previous: tuple[int, bool] | None,
               bare_below: bool) -> tuple[int, bool] | None:
    """The number of the group title on lines ``group`` and whether the title is in capitals, when it is the group
    after the table's previous one (``previous``: its number and capitals, None before the first); else None. A title
    in capitals is a group's only where the table's previous group was in capitals too (or it is the first) and the
    row below opens with its number alone on a line: else it is a heading of the document after the table ("III. TỔ
    CHỨC THỰC HIỆN" / "1. Sở Nội vụ ...")."""
    first = text[lines[group[0]][0]:lines[group[0]][1]].strip()
    value, before = roman_value(re.match(r"[IVXLC]+", first).group(0)), previous[0] if previous else 0
    capitals = capital_title(text, lines, group)
    if value is None or value != before + 1 \
            or capitals and not (bare_below and (previous is None or previous[1])):
        return None
    return value, capitals


def capital_title(text: str, lines: list[tuple[int, int]], group: list[int]) -> bool:
    """The group title on lines ``group`` is written in capitals ("II" / "CÔNG TÁC TUYÊN TRUYỀN")."""
    words = " ".join(text[lines[k][0]:lines[k][1]] for k in group)
    return not any(c.islower() for c in re.sub(r"^\s*[IVXLC]+", "", words) if c.isalpha())


def numbered_group(text: str, lines: list[tuple[int, int]], j: int, expected: int,
                   previous: tuple[int, bool] | None) -> tuple[list[int], int, tuple[int, bool]] | None:
    """A group title at line ``j`` of a table written one cell per line, its rows opened by their numbers alone on a
    line ("I" / "Phát triển sản xuất" / "1" / ...): its lines, the number of the row expected below it (``expected``
    when the rows are numbered on, 1 when numbered again) and its own number and capitals; None when line ``j`` opens
    no group: the group is the one after the table's previous one (``previous``, None before the first, which comes
    before any row: ``expected`` is 1; ``next_group``) and the row number below it follows.

    >>> text = "I\\nPhát triển sản xuất\\n1\\nXây dựng vùng nguyên liệu\\nII. THỊ TRƯỜNG\\n1\\nHội chợ"
    >>> from policykg.graph_builder.flattables import line_spans
    >>> numbered_group(text, line_spans(text), 0, 1, None), numbered_group(text, line_spans(text), 4, 2, (1, True))
    (([0, 1], 1, (1, False)), ([4], 1, (2, True)))
    >>> spans = line_spans(text)
    >>> numbered_group(text, spans, 4, 2, (1, False)) is None, numbered_group(text, spans, 4, 2, None)
    (True, None)
    """
    group = group_lines(text, lines, j)
    below = _line_below(text, lines, group) if group else ""
    number = _BARE_NUMBER.match(below)
    found = next_group(text, lines, group, previous, True) if number and (previous or expected == 1) else None
    if found is None or int(number.group(1)) not in (expected, 1):
        return None
    return group, int(number.group(1)), found
