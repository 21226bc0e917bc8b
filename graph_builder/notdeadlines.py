"""Times in running text that have the words of a deadline but are no completion time of a duty.

Two forms of published text (decrees, joint circulars, resolutions) give them:

- a time of the past: a period that ends before the document's own date ("Chi cấp báo cho người hoạt động cách
  mạng trước ngày 01/01/1945" in a circular of 2009) or a span ("từ ngày ... đến ngày ...") that ends on it or before
  ("Hội nghị lần thứ 5 ... họp từ ngày 10/4 đến ngày 12/4/2026" in the resolution dated 12/4/2026): an event that has
  happened or a condition on the past, never a task still to be done;
- the time of an entitlement or of the state that grants it: who may borrow, draw a benefit, or who died or lost
  their job in the time ("Người lao động bị mất việc làm trong năm 2026 được vay vốn ...", "Thời hạn vay: tối đa 12
  tháng", "Đối tượng ... đã từ trần trước ngày 01/01/2027"): whom the rule covers, not when a body must act;
- the year of a programme or project named with it, the name going on with what it belongs to ("xây dựng Kế hoạch
  tham gia Dự án truyền thông trong năm 2022 thuộc Chương trình mục tiêu quốc gia ..."): part of a name, not when
  the duty is due.

>>> low = "người lao động bị mất việc làm trong năm 2026 được vay vốn."
>>> no_deadline(low, 0, len(low), low.find("trong"), low.find(" được"), "2026-02-27")
True
>>> low = "tỉnh đoàn xây dựng kế hoạch tham gia dự án truyền thông trong năm 2022 thuộc chương trình giảm nghèo."
>>> no_deadline(low, 0, len(low), low.find("trong"), low.find(" thuộc"), "2022-08-10")
True
>>> low = "sở tài chính báo cáo trước ngày 30/6/2026."
>>> no_deadline(low, 0, len(low), low.find("trước"), len(low) - 1, "2026-02-27")
False
"""

from __future__ import annotations

import calendar
import re

from policykg.graph_builder.deadlines import due_date

__all__ = ["no_deadline"]

# the words of an entitlement and of the state that grants it, in the clause of the time
_ENTITLED = re.compile(r"(?<!\w)(?:được\s+(?:nhà\s+nước\s+)?(?:cho\s+)?(?:vay|hưởng)|thời\s+hạn\s+vay|bị\s+mất"
                       r"|bị\s+thương|từ\s+trần|hy\s+sinh|qua\s+đời)(?!\w)")
# what a time in a name is followed by: the body of which the named programme or project is part ("... thuộc Chương trình")
_NAME_GOES_ON = re.compile(r"\s*thuộc\s")
_SPAN = re.compile(r"(?<!\w)từ\s+(?:ngày\s+|tháng\s+|năm\s+)?\d.*\s(?:đến|tới)\s", re.S)


def no_deadline(low: str, start: int, end: int, d_start: int, d_end: int, issued: str | None) -> bool:
    """True when the time ``low[d_start:d_end]`` of the clause ``low[start:end]`` (the lower-cased match form) is a
    time of the past (against ``issued``, the document's ISO date, or None), of an entitlement or in a name (module
    docstring)."""
    return _past(low[d_start:d_end], issued) or _ENTITLED.search(low, start, end) is not None \
        or _NAME_GOES_ON.match(low, d_end) is not None


def _past(time: str, issued: str | None) -> bool:
    if not issued or not re.match(r"\d{4}-\d{2}-\d{2}$", issued):
        return False
    due = due_date(time)
    if due is None:
        return False
    last = _last_day(*due)
    if last is None:
        return False
    return last <= issued if _SPAN.search(time) else last < issued


def _last_day(value: str, kind: str) -> str | None:
    """The last day (ISO) of the period a due date names."""
    if kind == "date":
        return value
    if kind == "gYearMonth":
        year, month = (int(x) for x in value.split("-"))
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    if kind == "gYear":
        return f"{value}-12-31"
    return None
