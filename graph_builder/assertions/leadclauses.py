"""Two leads of two tasks in one sentence, the clauses parted by a comma: "Sở Y tế chủ trì giám sát ..., Sở Giáo dục
và Đào tạo chủ trì bố trí ...". Each clause names its own holder right before "chủ trì" (or "làm đầu mối"), so the
sentence is read as two clauses, each with its lead, and not as one lead with a long task."""

from __future__ import annotations

import re

from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.context import Context, Sent

__all__ = ["comma_lead_clauses"]

_COMMA = re.compile(r",[ \t]*")
_OWN_LEAD = re.compile(r"\s*(?:chủ trì|làm đầu mối)(?!\w)")   # not "đồng chủ trì", which joins the lead before it


def comma_lead_clauses(ctx: Context, s: Sent, start: int) -> list[tuple[int, int]]:
    """The clauses of ``s`` from ``start`` cut at each comma after which a list of bodies and "chủ trì" open a clause
    of their own, when the clause before the first such comma has a lead of its own; [] otherwise."""
    cuts = [m for m in _COMMA.finditer(ctx.match, start, s.end) if _opens_lead_clause(ctx, s, m.end())]
    if not cuts or not _holds_lead(ctx, s, start, cuts[0].start()):
        return []
    starts = [start] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [s.end]
    return list(zip(starts, ends))


def _opens_lead_clause(ctx: Context, s: Sent, pos: int) -> bool:
    chain = ctx.chain_after(pos, s.end, s.actors)
    if not chain or chain[0].span.start != pos or ctx.after_preposition(pos, s.start):
        return False
    return _OWN_LEAD.match(ctx.low, chain[-1].span.end) is not None


def _holds_lead(ctx: Context, s: Sent, start: int, end: int) -> bool:
    """The clause [start, end) names a body right before its own "chủ trì" and no partner word follows it there."""
    lead = dutycues.LEAD.search(ctx.scan, start, end)
    return lead is not None and bool(ctx.chain_before(lead.start(), start, s.actors)) \
        and dutycues.COOPERATE.search(ctx.low, lead.end(), end) is None
