"""A list of partners that a head opens in the sentence itself: "X chủ trì, phối hợp với các cơ quan sau đây: a) Sở A;
b) Sở B; c) Sở C để ..." (also "- Sở A; - Sở B", "+ Sở A; + Sở B", "• Sở A • Sở B" run on one line): every body of the
list cooperates (round 34); the head ("các cơ quan sau đây") only announces them and is no partner of its own."""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.model import Mention

__all__ = ["following_list"]

# the head that announces the list: "các cơ quan sau đây:", "những đơn vị, địa phương sau:", "các cơ quan dưới đây:"
_HEAD = re.compile(r"[\s,]*(?:(?:và|cùng)\s+)?(?:các|những)(?:\s+[^\W\d]+,?){1,5}?\s+(?:sau(?:\s+đây)?|dưới\s+đây)\s*:\s*")
# a plural collective ("các cơ quan", "những đơn vị"): the head of the list, not one of its members
_PLURAL = re.compile(r"(?<!\w)(?:các|những)\s")
# what stands between two members: a semicolon or a comma, "và", and an item's mark ("a)", "2.", "-", "+", "•")
_MEMBER_GAP = re.compile(r"[\s;,]*(?:(?:và|cùng)\s+)?(?:(?:[a-zđ]|\d{1,2})[.)]|[-+•*–])?\s*")


def following_list(ctx: Context, s: Sent, pos: int, before: list[Mention], end: int) -> list[Mention] | None:
    """The partners a head after ``pos`` (the end of "phối hợp với") announces, with ``before`` (the bodies named
    between ``pos`` and the head, the head's own collective left out); None when no such head follows there."""
    named = [a for a in before if not _PLURAL.search(ctx.low, max(0, a.span.start - 6), a.span.start + 6)]
    cursor = named[-1].span.end if named else pos
    head = _HEAD.match(ctx.low, cursor, end)
    if head is None:
        return None
    members: list[Mention] = []
    cursor = head.end()
    for a in s.actors:
        if a.span.start < cursor:
            continue
        if a.span.start >= end or not _MEMBER_GAP.fullmatch(ctx.low, cursor, a.span.start):
            break
        members.append(a)
        cursor = a.span.end
    return named + members if members else None
