"""The holders of a duty named in a form other than "X <duty word> ...": the addressees of a decision's closing article
("... chịu trách nhiệm thi hành Quyết định này"), names that open a sentence before a condition, the agent of a passive
duty ("do X thực hiện"), a subject named after its partners ("Phối hợp với Y, X tổ chức ..."), and the body that set
up or appointed the holder, named between the holder and its duty word ("X do Y thành lập, có nhiệm vụ ...")."""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.model import Mention
from policykg.graph_builder.vocabulary import lower_same_length

__all__ = ["agent", "appointer_skipped", "conditioned", "executors", "fronted_partners"]

_AND = re.compile(r"(?<!\w)và(?!\w)")
# what the holders have or do, said of them between their names and their duty word (round 33): "Công an các đơn vị,
# địa phương | có thiết bị, hạ tầng hệ thống giám sát đặt trên địa bàn | có trách nhiệm phối hợp với ..."
_DESCRIBED = re.compile(r"\s+(?:có|đang|được)\s+(?!trách nhiệm)[^.;:!?()\n]{3,160}?\s+", re.S)
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:của|thuộc|trực thuộc|với|cho|về|theo|tại)\s+(?:các\s+|những\s+)?$")


def executors(ctx: Context, s: Sent, start: int, trigger: tuple[int, int, str]) -> list[Mention]:
    """The closing article of a decision: "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở, Thủ trưởng các ban, ngành
    của tỉnh; Chủ tịch UBND các xã, phường; các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định
    này.": every body named in its list of addressees (items cut by semicolons, each with its own words) executes it;
    so it does when commas alone cut the list (round 33, ``_listed_by_commas``)."""
    executes = dutycues.EXECUTES.match(ctx.low, trigger[1]) if trigger[2] == "responsible" else None
    if executes is None or not cues.self_reference(ctx.lexicon).match(ctx.low, executes.end()):
        return []
    listed = [a for a in s.actors if start <= a.span.start and a.span.end <= trigger[0]]
    if ";" in ctx.match[start:trigger[0]]:
        return listed
    return _listed_by_commas(ctx, start, trigger[0], listed)


def _listed_by_commas(ctx: Context, start: int, end: int, listed: list[Mention]) -> list[Mention]:
    """The same article with its addressees cut by commas alone, one of them named in words the recogniser does not
    know ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố, Thủ trưởng các tổ
    chức, cơ quan và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này", "... và các đối tượng áp dụng của
    Nghị định chịu trách nhiệm ..."), which cut the list where it stands: every body named in it executes the article,
    less a body named only as the owner of another ("Thủ trưởng các đơn vị thuộc Bộ Công an"), an office named
    alone ("Chủ tịch") and a head whose level a later member names ("Ủy ban nhân dân, Chủ tịch và các thành viên Ủy
    ban nhân dân tỉnh": one body). None when the words before the duty word hold a sentence mark or a bracket (not
    one list of addressees)."""
    bounds = [start] + [p for a in listed for p in (a.span.start, a.span.end)] + [end]
    gaps = " ".join(ctx.match[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds), 2))
    if not listed or re.search(r"[.!?()\"“”]", gaps):
        return []
    words = [" ".join(ctx.low[a.span.start:a.span.end].split()) for a in listed]
    return [a for k, a in enumerate(listed)
            if not _OWNER_BEFORE.search(ctx.low[max(start, a.span.start - 24):a.span.start])
            and not (a.office and lower_same_length(a.office).strip() == words[k])
            and not any(later.startswith(words[k] + " ") for later in words[k + 1:])]


def conditioned(ctx: Context, s: Sent, trigger: tuple[int, int, str], opening: list[Mention]) -> list[Mention]:
    """"5. Thủ trưởng cơ quan điều tra, Viện trưởng Viện kiểm sát khi quyết định tạm hoãn xuất cảnh ... phải gửi văn bản
    ...": the names that open the sentence (``opening``, as ``Context.opening_chain`` reads them) hold the duty when
    a condition stands between them and the duty word (``Context.condition_then_duty``) and names no one else; so do
    the names that open it before what they have or do ("Công an các đơn vị, địa phương có thiết bị ... đặt trên địa
    bàn có trách nhiệm phối hợp với ...", round 33: ``_described``)."""
    if not opening or opening[-1].span.end > trigger[0] \
            or not ctx.condition_then_duty(opening[-1].span.end, trigger[1]):
        return _described(ctx, s, trigger)
    return [] if any(opening[-1].span.end <= m.span.start and m.span.end <= trigger[0] for m in s.actors) else opening


def _described(ctx: Context, s: Sent, trigger: tuple[int, int, str]) -> list[Mention]:
    """The bodies that open the sentence, then a clause that says what they have or do ("có ...", "đang ...", "được
    ..."), then "có trách nhiệm" or "chịu trách nhiệm", with no other body named between: they hold the duty."""
    opening = ctx.chain_after(s.start, trigger[0], s.actors)
    if not opening or ctx.match[s.start:opening[0].span.start].strip() \
            or not ctx.low.startswith(("có trách nhiệm", "chịu trách nhiệm"), trigger[0]) \
            or not _DESCRIBED.fullmatch(ctx.low, opening[-1].span.end, trigger[0]):
        return []
    return [] if any(opening[-1].span.end <= m.span.start and m.span.end <= trigger[0] for m in s.actors) else opening


def agent(ctx: Context, s: Sent, start: int, end: int) -> list[Mention]:
    """The agent of a passive duty: "Việc phát phiếu bầu do Tổ bầu cử thực hiện." gives the Tổ its duty."""
    for m in dutycues.BY_AGENT.finditer(ctx.low, start, end):
        chain = ctx.chain_after(m.end(), end, s.actors)
        if chain and dutycues.AGENT_VERB.match(ctx.low, chain[-1].span.end, end):
            return chain
    return []


def fronted_partners(ctx: Context, s: Sent, start: int, end: int) -> tuple[list[Mention], list[Mention]] | None:
    """"Phối hợp với Công an tỉnh, Sở Y tế tổ chức ...", "Cùng với Sở Tư pháp và Sở Nội vụ, Sở Y tế rà soát ...": a
    clause that opens with its partners names its subject after them; (partners, subject), or None. The subject is the
    last body of the list, cut from the partners by a comma alone, with a verb right after it, where the partners' own
    list is closed ("Y và Z, X ...") or, after "Cùng với", is one body ("Cùng với Y, X ..."). Otherwise the list is
    the partners of a subject left out: "Phối hợp với Sở A, Sở B, Sở C chuẩn bị ..." (an item of the issuer's own
    tasks, or of an actor heading's). Read only where no actor heading or lead-in gives the clause a holder."""
    opens = dutycues.FRONTED_PARTNERS.match(ctx.low, start, end)
    if opens is None or ctx.state.heading or ctx.state.addressees:
        return None
    chain = ctx.chain_after(opens.end(), end, s.actors)
    if len(chain) < 2 or ctx.match[chain[-2].span.end:chain[-1].span.start].strip() != "," \
            or not ctx.verb_after(chain[-1].span.end, end):
        return None
    closed = len(chain) >= 3 and _AND.search(ctx.low, chain[-3].span.end, chain[-2].span.start) is not None
    if not closed and not (len(chain) == 2 and ctx.low[opens.start():opens.end()].strip().startswith("cùng")):
        return None
    return chain[:-1], chain[-1:]


def appointer_skipped(ctx: Context, s: Sent, start: int, opening: list[Mention], trigger: int) -> list[Mention]:
    """The bodies right before a duty word (``Context.chain_before``), unless they are the agent of a relative clause
    that says who set up or appointed the subject ("Ban Quản lý dự án | do Sở Xây dựng thành lập | có trách nhiệm ...",
    "Cơ quan quản lý dự án ở địa phương do Chủ tịch Ủy ban nhân dân tỉnh chỉ định, có nhiệm vụ ...", round 22): then
    the subject holds the duty (``opening``, the names that open the sentence, or those at its ``start``), never the
    appointer; none when the subject is no actor ("Tổ giúp việc do Giám đốc Sở Y tế thành lập, có nhiệm vụ ...")."""
    actors = s.actors
    before = ctx.chain_before(trigger, start, actors)
    if not before or dutycues.APPOINTED_BY.search(ctx.low, max(0, before[0].span.start - 30), before[0].span.start) is None \
            or dutycues.APPOINTS.match(ctx.low, before[-1].span.end, trigger) is None:
        return before
    subject = opening or ctx.chain_after(start, before[0].span.start, actors)
    return [m for m in subject if m.span.end <= before[0].span.start]
