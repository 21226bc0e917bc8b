"""The holder of the duties of a decision on one body's functions.

A province sets out each of its departments' functions in a decision (or a regulation) of its own: the title names the
one body ("Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng tỉnh Bắc Ninh"), an
article lists what it does, each item without a subject ("Điều 2. Nhiệm vụ và quyền hạn" / "1. Trình Ủy ban nhân dân
tỉnh ..." / "2. Chủ trì, phối hợp với Sở Tài chính ..."). The items are that body's duties, its "Chủ trì" items its
leads and "phối hợp với Y" its pairs: the article's heading is read as an actor heading of the body the title names.
Only a title that names one body, never a body named only inside an item or in a "Căn cứ" line.

>>> from policykg.graph_builder.pipeline import build_source
>>> from policykg.graph_builder.read import source_from_string
>>> text = ("QUYẾT ĐỊNH\\nQuy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng tỉnh Bắc Ninh\\n\\n"
...         "QUYẾT ĐỊNH:\\n\\nĐiều 2. Nhiệm vụ và quyền hạn\\n\\n1. Chủ trì, phối hợp với Sở Tài chính thẩm định dự án.\\n")
>>> found = build_source(source_from_string(text, name="qd.txt")).assertions
>>> sorted({(a.relation, a.subjects[0].rsplit("/", 1)[1]) for a in found if a.relation in ("task", "coordination")})
[('coordination', 'so-xay-dung-tinh-bac-ninh'), ('task', 'so-xay-dung-tinh-bac-ninh')]
"""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.model import Mention

__all__ = ["remit_group_line", "remit_heading"]

# "... quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của " right before the body's name in the title
_REMIT_TITLE = re.compile(r"chức\s+năng,\s*nhiệm\s+vụ(?:,\s*|\s+và\s+)quyền\s+hạn(?:\s+và\s+cơ\s+cấu\s+tổ\s+chức)?"
                          r"\s+(?:của|thuộc)\s+")
# "Điều 2. Nhiệm vụ và quyền hạn", "Điều 3. Nhiệm vụ, quyền hạn của Sở", "II. NHIỆM VỤ VÀ QUYỀN HẠN"
_ARTICLE_NUMBER = re.compile(r"[\s*#]*(?:điều\s+\d{1,2}|[ivx]{1,4})\s*[.:]?[\s*]*")
_DUTIES_ARTICLE = re.compile(r"[\s*#]*(?:chức\s+năng,\s*)?nhiệm\s+vụ(?:,|\s+và)"
                             r"\s+quyền\s+hạn(?:\s+của\s+(?:sở|ban|cục|chi\s+cục|trung\s+tâm|cơ\s+quan|đơn\s+vị))?"
                             r"[\s*.:]*")
# "Điều 1. Vị trí và chức năng" / "1. Sở X là cơ quan chuyên môn ...": the body the article opens with
_POSITION_ARTICLE = re.compile(r"(?:điều\s+\d{1,2}|[ivx]{1,4})\s*[.:]?[\s*]*vị\s+trí(?:,|\s+và)\s+chức\s+năng[\s*.:]*\n"
                               r"[\s*]*(?:\d{1,2}[.)]\s*)?")
_IS_A_BODY = re.compile(r"\s+là\s+(?:cơ\s+quan|đơn\s+vị|tổ\s+chức)\b")
# "4. Các nhiệm vụ chuyên môn thuộc lĩnh vực công tác dân tộc:" over "a) ...": a label of the items below, no duty
_GROUP_LABEL = re.compile(r"\s*(?:các\s+)?nhiệm\s+vụ(?:,\s*quyền\s+hạn)?\s+[^:;.]{1,120}:\s*$")


def remit_heading(ctx: Context, s: Sent) -> list[Mention] | None:
    """The article heading of the duties of the one body the document's title sets out the functions of: that body
    (as the heading's actor); None for any other sentence or document."""
    numbered = _ARTICLE_NUMBER.fullmatch(ctx.low, s.sentence.span.start, s.start) \
        or _ARTICLE_NUMBER.match(ctx.low, s.start, s.end)
    if not numbered or not _DUTIES_ARTICLE.fullmatch(ctx.low, numbered.end() if numbered.start() == s.start else s.start,
                                                     s.end):
        return None
    header_end = max((sec.span.end for sec in ctx.sections.values() if sec.role == "header"), default=0)
    title = _REMIT_TITLE.search(ctx.low, 0, header_end)
    holder = _title_body(ctx, title.end()) if title is not None else _position_body(ctx, s.start)
    return [holder] if holder is not None else None


def _title_body(ctx: Context, pos: int) -> Mention | None:
    """The one body named at ``pos``, right after "chức năng, nhiệm vụ, quyền hạn ... của" in the document's header (its
    title), and nothing after it on its line ("của Sở A và Sở B": none); None otherwise."""
    body = _actor_at(ctx, pos)
    if body is None:
        return None
    line_end = ctx.low.find("\n", body.span.end)
    rest = ctx.low[body.span.end:line_end if line_end >= 0 else len(ctx.low)]
    return body if not rest.strip(" *;.") else None


def _position_body(ctx: Context, before: int) -> Mention | None:
    """The body that opens the article on position and functions above the duties ("Điều 1. Vị trí và chức năng" /
    "1. Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh ..."); None otherwise."""
    article = _POSITION_ARTICLE.search(ctx.low, 0, before)
    if article is None:
        return None
    body = _actor_at(ctx, article.end())
    return body if body is not None and _IS_A_BODY.match(ctx.low, body.span.end) else None


def _actor_at(ctx: Context, pos: int) -> Mention | None:
    """The actor mention that starts at ``pos``, or None."""
    return next((m for m in ctx.mentions if m.category == "actor" and m.span.start == pos), None)


def remit_group_line(ctx: Context, s: Sent) -> bool:
    """A line below an actor heading that names a group of the items below it and no body ("4. Các nhiệm vụ chuyên
    môn thuộc lĩnh vực tín ngưỡng, tôn giáo:"): a label, not a duty of the heading's body."""
    return bool(ctx.state.heading) and not s.actors and _GROUP_LABEL.fullmatch(ctx.low, s.start, s.end) is not None
