"""A sentence that names the work of the sentence before it and gives when that work is to be done: "Việc chuyển các
biên bản nói trên phải hoàn thành chậm nhất là 17 giờ 00 ngày 01/02/2026.", "Nội dung này báo cáo Bộ Chính trị và
hoàn thành chậm nhất ngày 30/6." The duty of the sentence before (its first task or requirement) is due then, when it
states no time of its own; the sentence keeps what it makes of its own words (a dated requirement). Only a time of
completion ("hoàn thành", "xong") counts: "Nội dung này báo cáo Bộ Chính trị ... để trình Ban Chấp hành Trung ương
trước 7/4" gives the time of its own step, not of the work before."""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.deadlines import find_deadline

__all__ = ["time_of_work_before"]

# the work before, named as the subject that opens the sentence: "Việc chuyển các biên bản nói trên", "Nội dung này"
_WORK_BEFORE = re.compile(r"[\s*•+\-–]*(?:việc|công việc|nội dung|nhiệm vụ)(?:\s+[^\s,.;:]+){0,12}?\s+(?:này|nói trên)"
                          r"(?!\w)")
_COMPLETION = re.compile(r"(?<!\w)(?:hoàn thành|xong)(?!\w)")


def time_of_work_before(ctx: Context, s: Sent) -> None:
    """Give the completion time that sentence ``s`` states of the work before it to the duty of the sentence before."""
    index = s.sentence.index
    work = _WORK_BEFORE.match(ctx.low, s.sentence.span.start, s.end)
    done = _COMPLETION.search(ctx.low, work.end(), s.end) if work is not None and index > 0 else None
    found = find_deadline(ctx.low, done.end(), s.end) if done is not None else None
    if found is None or ctx.sentences[index - 1].section != s.sentence.section:
        return
    before = ctx.first_task_of(index - 1)
    if before is not None and ctx.out[before].deadline is None:
        ctx.out[before].deadline = ctx.text[found[0]:found[1]]
