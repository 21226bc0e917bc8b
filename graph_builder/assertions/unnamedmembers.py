"""A list of partners whose first member the recogniser did not name (issue 9, round 27): "Sở A phối hợp với cơ quan
Thuế, Sở B rà soát ...", "... phối hợp với Hải quan cửa khẩu, Công an tỉnh kiểm tra ...". The list still names the
partners after that member; before, the unnamed first member cut the list and the sentence gave no pair at all.

The unnamed member must look like a name in a list: a few words (``listgaps.member_qualifier``: at most five, no verb
of the genre, no preposition that opens a phrase of the duty) of which one is written with a capital, closed by a
comma. The member itself stays unnamed (no actor is made of it: that is the recogniser's business)."""

from __future__ import annotations

from policykg.graph_builder.assertions.listgaps import member_qualifier
from policykg.graph_builder.model import Mention

__all__ = ["partners_past_unnamed"]


def partners_past_unnamed(ctx, s, trigger: tuple[int, int, str], end: int) -> list[Mention]:
    """The partners named after "phối hợp với" / "cùng với" at ``trigger`` past a first member that names no known body
    ("với | cơ quan Thuế, | Sở Nông nghiệp và Môi trường rà soát ..."); [] when the words after the trigger are not
    such a member."""
    if not ctx.low[trigger[0]:trigger[1]].endswith("với"):
        return []
    first = next((a for a in s.actors if trigger[1] <= a.span.start < end), None)
    if first is None:
        return []
    gap = ctx.gaps[trigger[1]:first.span.start]
    if not member_qualifier(gap) or not any(word[0].isupper() for word in ctx.text[trigger[1]:first.span.start].split()):
        return []
    return ctx.chain_after(first.span.start, end, s.actors)
