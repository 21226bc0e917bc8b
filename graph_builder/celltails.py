"""The second lines of a tall row's cells, printed after the row by a copy of a table one cell per line.

A PDF or Word export of a division-of-labour table that writes each cell on a line of its own writes a tall row's
first line, cell by cell, and then the second line of the cells that wrap, after the row's last cell ("c)" / task
"... đo đạc, thẩm định" / lead "Viện Khoa học lâm nghiệp Việt Nam, Cục" / partners / time "Quý IV/2026" / "kết quả
giảm phát thải; ..." / "Lâm nghiệp và Kiểm lâm"). Read as wrapped lines of the task cell, the row's lead and partners
became words of its task and the row had no lead. :func:`has_cell_tails` tells such a row, which is then read one line
per cell: the header's width of cells, then the tails as cells of their own after them, so the row's lead and partners
keep their columns (a tail cell past the header's width holds no role).

The form is read only where it shows: the line after the task cell opens a cell (a capital letter), the last column's
line is a time, and the first tail goes on with the task in lower case.

>>> row = ["c)", "Xây dựng tiêu chuẩn rừng và hướng dẫn; đo đạc, thẩm định", "Viện Khoa học lâm nghiệp, Cục",
...        "Vụ Khoa học và Công nghệ", "Quý IV/2026", "kết quả giảm phát thải.", "Lâm nghiệp và Kiểm lâm"]
>>> has_cell_tails(row, 5, 1)
True
>>> has_cell_tails(["1", "Rà soát văn bản", "quy phạm pháp luật", "Sở Tư pháp", "Quý II/2026"], 4, 1)
False
"""

from __future__ import annotations

import re

__all__ = ["has_cell_tails"]

# a time as a table's last column writes it: a quarter, a month, a year, a recurrence
_TIME = re.compile(r"(?i)(?<!\w)(?:quý|tháng|năm|\d{4}|thường xuyên|hằng năm|hàng năm|định kỳ|hằng quý|hàng quý)(?!\w)")


def has_cell_tails(line_texts: list[str], width: int, task: int) -> bool:
    """The row whose lines' texts are ``line_texts`` (``width`` columns, the task's at ``task``) is one whose cells'
    second lines follow its last cell: each of its lines is a cell of its own."""
    return len(line_texts) > width and task + 1 < width - 1 and _first_letter(line_texts[task + 1]).isupper() \
        and _TIME.search(line_texts[width - 1]) is not None and _TIME.search(line_texts[width]) is None \
        and _first_letter(line_texts[width]).islower()


def _first_letter(line: str) -> str:
    return next((c for c in line if c.isalpha()), "")
