"""A report of a meeting held: the sentence of a notice of conclusions, a news article or a report that says who
chaired a meeting on a given day ("Ngày 08/12/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo ...", "Chiều
15/11, tại trụ sở UBND tỉnh, Sở Y tế chủ trì buổi làm việc với Bệnh viện ...", "Sáng 12/3, UBND tỉnh tổ chức hội nghị
... do Phó Chủ tịch UBND tỉnh chủ trì"). It tells what happened, not who must do what: its "chủ trì" leads no task,
the bodies met or the place named ("tại trụ sở UBND tỉnh") are no partners, and the sentence is no duty of anyone.

A meeting prescribed is a duty ("Thường trực HĐND tỉnh chủ trì hội nghị liên tịch vào tháng 12", "Ban Thường trực ...
triệu tập và chủ trì hội nghị"): only the date or the time of day that opens the sentence marks the report.
"""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent

__all__ = ["MEETING_WORDS", "opens_with_day", "reports_meeting"]

# the day the meeting was held, opening the sentence up to its comma (after a news article's credit, "(lcp.vn) -"):
# "Ngày 08/12/2025,", "Chiều 15/11,", "Sáng ngày 20/4/2026, tại ...,", "Ngày 5 tháng 3 năm 2026,", "Chiều cùng ngày,",
# "Vừa qua,", "Hôm nay (12/3),"
_HELD_ON = re.compile(r"[\s*_]*(?:\([^()\n]{1,30}\)\s*[-–—]\s*)?"
                      r"(?:(?:(?:sáng|chiều|trưa|tối)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\s*(?:/|tháng)\s*\d{1,2}"
                      r"(?:\s*(?:/|năm)\s*\d{4})?|(?:sáng|chiều|trưa|tối)\s+(?:cùng\s+ngày|nay|qua)|vừa\s+qua|mới\s+đây"
                      r"|hôm\s+nay)[^.;:\n]{0,120}?,")
# the words of a meeting (lower-case match form; a regex group): "cuộc họp", "hội nghị", "buổi giao ban" (not a bare
# "giao ban": "giao Ban Tuyên giáo ..." assigns), "buổi tiếp", "lễ"; also read by ``agentleads``
MEETING_WORDS = r"(?:cuộc\s+họp|buổi\s+họp|phiên\s+họp|hội\s+nghị|hội\s+thảo|buổi\s+làm\s+việc|cuộc\s+làm\s+việc|buổi\s+giao\s+ban" \
                r"|(?:buổi\s+)?tọa\s+đàm|buổi\s+tiếp|(?:buổi\s+)?lễ)"
# the lead word with the meeting it chairs, either way round: "chủ trì cuộc họp", "hội nghị ... do X chủ trì"
_CHAIRED = re.compile(rf"(?<!\w)chủ\s+trì\s+(?:các\s+|một\s+)?{MEETING_WORDS}(?!\w)|(?<!\w){MEETING_WORDS}(?!\w)[^.;]{{0,200}}?"
                      r"(?<!\w)do\s[^.;]{1,120}?chủ\s+trì(?!\w)")
_ASSIGNS = re.compile(r"(?<!\w)(?:giao(?!\s+ban)|yêu cầu|đề nghị|phải|có trách nhiệm)(?!\w)")


def opens_with_day(ctx: Context, s: Sent) -> bool:
    """``s`` opens its sentence with the day something happened ("Ngày 08/12/2025, tại ...,", "Sáng 12/3,", "Vừa qua,")."""
    return s.start == s.sentence.span.start and _HELD_ON.match(ctx.low, s.start, s.end) is not None


def reports_meeting(ctx: Context, s: Sent) -> bool:
    """``s`` opens with the day a meeting was held and says who chaired it, and gives no one a duty besides."""
    if s.start != s.sentence.span.start:
        return False
    held = _HELD_ON.match(ctx.low, s.start, s.end)
    return held is not None and _CHAIRED.search(ctx.low, s.start, s.end) is not None \
        and _ASSIGNS.search(ctx.low, held.end(), s.end) is None
