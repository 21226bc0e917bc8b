"""Dates as the genre writes them: "29/4/2026", "26 tháng 9 năm 2025", "ngày 05-8-2025"; ISO forms of them.

>>> m = re.search(DATE_DMY, "ban hành ngày 26 tháng 9 năm 2025")
>>> iso_date(m.group("d"), m.group("m"), m.group("y"))
'2025-09-26'
>>> iso_date("31", "2", "2026") is None
True
"""

from __future__ import annotations

import datetime
import re

__all__ = ["DATE_DMY", "ON_DATE", "iso_date"]

# day, month and year, with "/", "-" or the words "tháng" and "năm" between them
DATE_DMY = r"(?P<d>\d{1,2})\s*(?:/|-|\s+tháng\s+)(?P<m>\d{1,2})\s*(?:/|-|\s+năm\s+)(?P<y>(?:19|20)\d{2})"
# "ngày 29/4/2026" right at the start of a string (after a comma or spaces)
ON_DATE = re.compile(r"[\s,]*ngày\s+" + DATE_DMY, re.I)


def iso_date(d: str, m: str, y: str) -> str | None:
    """'YYYY-MM-DD' of a day, month and year as written, or None when there is no such day."""
    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None
