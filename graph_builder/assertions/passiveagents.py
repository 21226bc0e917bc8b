"""The assigner named inside a passive assignment (issue 9, round 34): "X (cũng) được Y giao chủ trì ...", "X được Chủ
tịch Ủy ban nhân dân tỉnh giao nhiệm vụ chủ trì ...", "X được Thủ tướng Chính phủ phân công ...". Y, between "được" and
the assigning verb, is the agent of the passive: it gave the task, X holds (and leads) it, as in "X được giao chủ trì
..." (``dutycues.ASSIGNED_IT``). The actor list before the duty word is the one before "được", never Y
(``passive_agent``), and "được Y giao" is a responsibility trigger as "được giao" is ("X được Y giao xây dựng ...":
``passive_assignments``). A lead word after "phối hợp với" that ends such a passive, or a bare body word, describes the
partners, not the holder: "Sở A phối hợp với các đơn vị được Y giao chủ trì ...", "... với cơ quan chủ trì ..."
(``partner_described``, round 34c); so does "được giao chủ trì" when a duty of the holders' own follows in the clause:
"Các cơ quan được giao chủ trì các nhiệm vụ tại Phụ lục có trách nhiệm báo cáo ..." names who must report
(``lead_of_others``)."""

from __future__ import annotations

import re

from policykg.graph_builder.model import Mention

__all__ = ["lead_of_others", "partner_described", "passive_agent", "passive_assignments"]

# "được" right before the agent, a post of the agent's body between them ("được | Chủ tịch | Ủy ban nhân dân tỉnh giao")
_BY = re.compile(r"(?<!\w)được\s+(?:(?:chủ tịch|phó chủ tịch|bộ trưởng|thứ trưởng|giám đốc|thủ trưởng|trưởng ban"
                 r"|người đứng đầu|lãnh đạo|thường trực|ban thường vụ|ban chấp hành)\s+)?$")
# the assigning verb between the agent and the duty word ("Y | giao | chủ trì", "Y | giao nhiệm vụ | chủ trì")
_GIVES = re.compile(r"\s*(?:giao|phân công|cử|chỉ định|ủy quyền|uỷ quyền)(?:\s+(?:nhiệm vụ|cho))?(?:\s+(?:làm|là))?\s*")
# what may join two agents ("được Bộ Tài chính, Bộ Y tế giao ...", "được Bộ A và Bộ B giao ...")
_JOIN = re.compile(r"\s*(?:,|và)\s*")


def passive_agent(low: str, before: list[Mention], pos: int) -> tuple[int, list[Mention]]:
    """``pos`` (the duty word) and ``before`` (the actors ending before it), or, when the actors that close ``before``
    are the agent of a passive assignment ("X được | Y | giao | chủ trì"), the position of "được" and the actors
    before it: the list before the duty word is the one before "được"."""
    if not before or not _GIVES.fullmatch(low, before[-1].span.end, pos):
        return pos, before
    first = len(before) - 1
    while True:
        by = _BY.search(low, max(0, before[first].span.start - 40), before[first].span.start)
        if by is not None:
            return by.start(), before[:first]
        if first == 0 or not _JOIN.fullmatch(low, before[first - 1].span.end, before[first].span.start):
            return pos, before
        first -= 1


# what may stand between the holder and "được": "X | cũng / đã / đều | được Y giao ..."
_ADVERBS = re.compile(r"\s*(?:(?:cũng|đã|đều|sẽ|tiếp tục|vừa)\s+)*")
# a relative clause that names the tasks given, not a duty: "các nhiệm vụ | mà | X được Y giao", "nhiệm vụ | X được Y
# giao | tại Kế hoạch này." (the word before the holder, and what may follow "giao" when no task does)
_RELATIVE = re.compile(r"(?<!\w)(?:mà|nhiệm vụ|công việc|chỉ tiêu)\s*$")
_NO_TASK_AFTER = re.compile(r"\s*(?:$|[.;,:)]|(?:tại|theo|trong|từ|năm|cho|và|hằng năm|hàng năm)(?!\w))")


def passive_assignments(low: str, actors: list[Mention], start: int, end: int) -> list[tuple[int, int]]:
    """The spans "được Y giao" in [start, end) of a holder's passive assignment with its assigner named ("X được Ủy ban
    nhân dân tỉnh giao xây dựng ...", as "X được giao xây dựng ..."): a responsibility trigger of X (the holder
    is found before "được" by ``passive_agent``)."""
    found: list[tuple[int, int]] = []
    if low.find("được", start, end) < 0:
        return found
    for k, agent in enumerate(actors):
        if not start <= agent.span.start or agent.span.end > end:
            continue
        gives = _GIVES.match(low, agent.span.end)
        by = _BY.search(low, max(start, agent.span.start - 40), agent.span.start)
        if gives is None or not gives.group(0).strip() or by is None:
            continue
        holder = next((a for a in reversed(actors[:k]) if a.span.end <= by.start()
                       and _ADVERBS.fullmatch(low, a.span.end, by.start())), None)
        if holder is not None and not _RELATIVE.search(low, max(0, holder.span.start - 12), holder.span.start) \
                and not _NO_TASK_AFTER.match(low, gives.end(), end):
            found.append((by.start(), gives.end()))
    return found


# "phối hợp với" and what may stand between it and the partners it names
_WITH = re.compile(r"(?<!\w)phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)(?!\w)")
# the words right before a lead word that make it the partners' ("các đơn vị | được (Y) giao (nhiệm vụ) | chủ trì",
# "các cơ quan, đơn vị được phân công | chủ trì", "cơ quan | chủ trì", "các đơn vị | chủ trì"; not the mark "Sở B (cơ
# quan chủ trì)", nor the holder's "là cơ quan chủ trì")
_DESCRIBES = re.compile(r"(?<!\w)(?:(?P<given>được\s+(?:[^.;:\n]{0,60}?\s)?(?:giao|phân công|cử|chỉ định)"
                        r"(?:\s+nhiệm vụ)?)|(?<!là )(?<!làm )(?<![(\[])(?:cơ quan|đơn vị))\s+$")
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+$")


def partner_described(low: str, actors: list[Mention], lead: int) -> tuple[Mention | None] | None:
    """When the lead word at ``lead`` describes the partners of a "phối hợp với" before it in its clause ("Sở A phối
    hợp với các đơn vị được Ủy ban nhân dân tỉnh giao chủ trì kiểm tra ...": those units lead, not Sở A), a 1-tuple:
    the one body named right before "được" that leads ("... với Công an tỉnh được Y giao chủ trì ..."), or None
    when the partners are unnamed or a plural collective; None when the lead word is not so placed."""
    floor = max(max(low.rfind(c, 0, lead) for c in ".;:\n") + 1, lead - 200)
    found = None
    for found in _WITH.finditer(low, floor, lead):
        pass
    if found is None:
        return None
    described = _DESCRIBES.search(low, found.end(), lead)
    if described is None:
        return None
    body = next((a for a in actors if found.end() <= a.span.start and a.span.end <= described.start()
                 and not low[a.span.end:described.start()].strip()), None) if described.group("given") else None
    if body is not None and _PLURAL_BEFORE.search(low, max(0, body.span.start - 8), body.span.start):
        body = None
    return (body,)


# "được (Y) giao / phân công (nhiệm vụ)" right before the lead word, and a duty of the holders' own after it in the clause
# (no comma between: "X được giao chủ trì tổ chức T, có trách nhiệm ..." leads T)
_GIVEN_BEFORE = re.compile(r"(?<!\w)được\s+(?:[^.;:\n]{0,60}?\s)?(?:giao|phân công)(?:\s+nhiệm vụ)?\s+$")
_OWN_DUTY_AFTER = re.compile(r"[^.;:,\n]{0,200}?(?<!\w)(?:có trách nhiệm|phải)(?!\w)")


def lead_of_others(low: str, actors: list[Mention], lead: int) -> bool:
    """Whether the lead word at ``lead`` names whose the lead is rather than giving one: the partners' of a "phối hợp
    với" before it, unnamed (``partner_described``), or the holders' assignment that a duty of their own follows
    ("Các sở, ngành được phân công chủ trì nhiệm vụ ... có trách nhiệm lập dự toán": they must draw up the
    estimates, and lead nothing the sentence names)."""
    if partner_described(low, actors, lead) == (None,):
        return True
    end = low.find("chủ trì", lead) + len("chủ trì")
    return bool(_GIVEN_BEFORE.search(low, max(0, lead - 90), lead)) and bool(_OWN_DUTY_AFTER.match(low, end))
