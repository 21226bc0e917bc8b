"""A line that names what its duty is about in a label before the holders: "Công tác tuyên truyền: Văn phòng chủ trì,
Đoàn Thanh niên phối hợp tổ chức ...", "Về công tác kiểm tra: Sở Nội vụ rà soát biên chế ...", "c) Đối với các dự án
chậm tiến độ: Sở Tài chính rà soát, đề xuất điều chuyển vốn."

The label is no actor and no time: the words after it open with the duty's holders and a duty word or a verb, and
the duty is read from there (the holders are those named after the label, not the label's words). A label opened by
"Về" or "Đối với" is a topic whatever its own words (a field of work often named by a verb: "công tác kiểm tra");
other labels are read so only when no duty word is inside them (``walk``'s attribute lines).
"""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent

__all__ = ["topic_label_end", "topic_of_duty"]

_TOPIC_LABEL = re.compile(r"\s*(?:về|đối với)\s+[^:;.]{1,80}:\s*")


def topic_of_duty(ctx: Context, s: Sent, after: int) -> bool:
    """The words of ``s`` from ``after`` (past a label) name the duty's holders before a duty word or a verb (not
    "Thời gian thực hiện: năm 2024")."""
    chain = ctx.opening_chain(s, after, s.end)
    return bool(chain) and (ctx.has_trigger(chain[-1].span.end, s.end) or ctx.verb_after(chain[-1].span.end, s.end))


def topic_label_end(ctx: Context, s: Sent) -> int | None:
    """Where the duty starts after a topic label opened by "Về" or "Đối với" ("Về công tác kiểm tra: | Sở Nội vụ rà
    soát ..."), or None when the line has no such label or no holders after it."""
    m = _TOPIC_LABEL.match(ctx.low, s.start, s.end)
    return m.end() if m is not None and topic_of_duty(ctx, s, m.end()) else None
