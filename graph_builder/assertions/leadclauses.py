"""The clauses of one sentence that each state a duty of their own holders, read one by one.

Parted by semicolons: "Công an tỉnh chủ trì quản lý ...; Sở Nội vụ chủ trì quản lý ...; Sở Ngoại vụ chủ trì ..." (two
or more clauses name their own holder before a duty word). Two leads of two tasks parted by a comma: "Sở Y tế chủ trì
giám sát ..., Sở Giáo dục và Đào tạo chủ trì bố trí ...". Each clause names its own holder right before "chủ trì" (or
"làm đầu mối"), so the sentence is read as two clauses, each with its lead, and not as one lead with a long task."""

from __future__ import annotations

import re

from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.context import Context, Sent

__all__ = ["comma_lead_clauses", "duty_clauses"]

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


def duty_clauses(ctx: Context, s: Sent, start: int) -> list[tuple[int, int]]:
    """"Công an tỉnh chủ trì quản lý ...; Sở Nội vụ chủ trì quản lý ...; Sở Ngoại vụ chủ trì ...": the clauses of a
    sentence cut at semicolons when two or more of them name their own holder before a duty word; [] otherwise."""
    cuts = [m.end() for m in re.finditer(";", ctx.match[start:s.end])]
    if not cuts:
        return comma_lead_clauses(ctx, s, start)   # "Sở A chủ trì T1, Sở B chủ trì T2"
    bounds = [start] + [start + c for c in cuts] + [s.end]
    parts = [(a, b) for a, b in zip(bounds, bounds[1:]) if ctx.match[a:b].strip(" ;\n")]
    def holds(a: int, b: int) -> bool:   # "...; Bộ Chỉ huy Quân sự tỉnh tuần tra ...": names, then a verb of its own
        trigger = dutycues.DUTY_TRIGGER.search(ctx.scan, a, b)
        return trigger is not None and bool(ctx.chain_before(trigger.start(), a, s.actors)) \
            or not _ends_with_name(a) and bool(ctx.opening_chain(s, a, b))
    name_ends = {m.span.end for m in s.actors}   # (a set: a sentence of thousands of clauses and names stays linear)
    def _ends_with_name(a: int) -> bool:   # "phối hợp với A; B; C lập ...": a list of partners cut by semicolons
        return a in name_ends or a - 1 in name_ends or a - 2 in name_ends
    if any(dutycues.PARTNERS_CLAUSE.search(ctx.match, a, b) for a, b in parts[1:]):
        return []       # "X là cơ quan chủ trì; Y, Z là cơ quan phối hợp": one coordination, read whole
    if any(dutycues.BARE_LEAD.search(ctx.low, a, b) and dutycues.COOPERATE.search(ctx.low, c, d)
           for (a, b), (c, d) in zip(parts, parts[1:])):
        return []       # "Giao X chủ trì; Y, Z phối hợp tổ chức ...": X leads the task the partners' clause names
    def requests(a: int, b: int) -> bool:    # "...; khẩn trương giao X lập hồ sơ ...": X holds that clause only
        return any(ctx.chain_after(m.end(), b, s.actors, gap_chars=":") for m in dutycues.REQUIRE.finditer(ctx.scan, a, b))
    if sum(holds(a, b) for a, b in parts) >= 2 or any(requests(a, b) for a, b in parts[1:]):
        return _names_joined(ctx, s, parts)
    return []


def _names_joined(ctx: Context, s: Sent, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` with each clause that only names bodies joined to the clause after it when that one opens with bodies
    too: "Sở A chủ trì T; Sở B; Sở C phối hợp": Sở B and Sở C are the partners' list cut by semicolons, not a clause
    of Sở B's own (not after a clause that ends with a name, whose list it goes on with: "phối hợp với A; B; C")."""
    joined: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(parts):
        if joined and joined[-1][1] == -1:
            a = joined.pop()[0]
        chain = ctx.chain_after(a, b, s.actors)
        names_only = bool(chain) and not ctx.match[a:chain[0].span.start].strip() \
            and not ctx.match[chain[-1].span.end:b].strip(" \t\n;,.")
        after_name = any(0 <= a - m.span.end <= 2 for m in s.actors)
        if names_only and not after_name and k + 1 < len(parts) and ctx.opening_chain(s, *parts[k + 1]):
            joined.append((a, -1))   # open: the next clause closes it
        else:
            joined.append((a, b))
    return joined
