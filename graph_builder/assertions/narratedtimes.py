"""A time line that narrates the item's steps, each with its own time ("- Thời gian triển khai: Các hoạt động tuyên
truyền hoàn thành trước ngày 30/11/2022 và báo cáo kết quả thực hiện về Ban Bí thư trước ngày 15/12/2022."): each step
is a requirement of the item's task, due at its own time, and the item as a whole is given none of them.

Read only when the value opens with words of its own before its first time and states two times or more, each closing
a clause (``deadlines.later_clause_deadlines``); a bare time ("Quý IV/2025", "Tháng 10, tháng 11/2022") is the
item's, as before.
"""

from __future__ import annotations

from policykg.graph_builder.deadlines import find_deadline, later_clause_deadlines
from policykg.graph_builder.model import Assertion, Span

__all__ = ["narrated_times"]


def narrated_times(ctx, s, value_start: int) -> bool:
    """Read the value of the time line ``s`` (from ``value_start``) as steps with their own times, each a requirement
    under the task of the item the line belongs to; True when it is so (see the module)."""
    low, end = ctx.low, s.end
    first = find_deadline(low, value_start, end)
    if first is None or len(ctx.words_between(value_start, first[0])) < 3:
        return False
    names = [(m.span.start, m.span.end) for m in s.actors]
    later = later_clause_deadlines(low, first[1], end, names)
    index = ctx.item_task(s) if later else None
    if index is None:
        return False
    for c_start, c_end, d_start, d_end in [(value_start, first[1], *first), *later]:
        rs, re_ = ctx.span_text(c_start, c_end)
        ctx.add(Assertion("requirement", Span(rs, re_), s.sentence.index, text=ctx.text[rs:re_].rstrip(" ."),
                          parent=index, deadline=ctx.text[d_start:d_end]))
    return True
