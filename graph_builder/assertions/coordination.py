"""Coordination: who leads ("chủ trì") and who cooperates ("phối hợp"), in a sentence or in the "Cơ quan chủ
trì: X. / Cơ quan phối hợp: Y." lines below a task."""

from __future__ import annotations

import re

from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.bracketunits import partner_iris_of
from policykg.graph_builder.assertions.clausepartners import joins_clause_holder
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.assertions.followinglists import following_list
from policykg.graph_builder.assertions.passiveagents import partner_described
from policykg.graph_builder.assertions.roleblocks import carried_out, give_roles, qualifier_only, role_block_line
from policykg.graph_builder.assertions.tables import assigned_task
from policykg.graph_builder.assertions.topicbetween import first_party_after_topic
from policykg.graph_builder.assertions.unnamedmembers import partners_past_unnamed
from policykg.graph_builder.deadlines import find_deadline
from policykg.graph_builder.model import Assertion, Mention, Span

__all__ = ["assigned_after_task", "bare_roles", "bracketed_lead", "coordination", "governed_before", "labelled_roles",
           "later_partners", "lead_role_line", "led_on_its_own", "parties_of_coordination", "qualifier_only"]


def lead_role_line(ctx: Context, s: Sent) -> bool:
    """'Cơ quan chủ trì: X.' / 'Cơ quan phối hợp: Y; Z.' below a task."""
    line = ctx.match[s.start:s.end]
    m = dutycues.LEAD_ROLE.match(line) or dutycues.LEAD_ROLE_UNMARKED.match(line)
    if not m:
        return _focal_line(ctx, s) or role_block_line(ctx, s)
    state = ctx.state
    # the line is a list by construction: every actor named on it counts (up to the partners' label, if any)
    role = (m.group("role") or "").lower()
    second = dutycues.PARTNER_ROLE.search(ctx.match, s.start + m.end(), s.end) if role == "chủ trì" else None
    stop = second.start() if second is not None else s.end
    chain = [a for a in s.actors if s.start + m.end() <= a.span.start < stop]
    partners = [a for a in s.actors if second is not None and a.span.start >= second.end()]
    if m.group("all") and chain and carried_out(ctx, s, chain):
        return True
    if m.group("all"):      # "Đơn vị thực hiện: Sở A (chủ trì), Sở B": the marked leads, else all co-lead
        chain, partners, role = *ctx.shared_cell(chain, "chủ trì" in m.group("all").lower()), "chủ trì"
    if not chain and not ctx.match[s.start + m.end():s.end].strip(" .;:"):
        return role_block_line(ctx, s)      # "- Cơ quan chủ trì:" over the bodies, a line each
    item = ctx.item_task(s) if chain else None
    if item is None:
        return True
    task = ctx.out[item]
    due = find_deadline(ctx.low, s.start + m.end(), s.end)
    if due is not None and task.deadline is None:   # "...; Thời gian hoàn thành: Trước ngày 30/9/2026." on the line
        task.deadline = ctx.text[due[0]:due[1]]
    leads, partners = (chain, partners) if role == "chủ trì" else ([], chain)
    give_roles(ctx, s, item, leads, partners)
    # the lines below that only list bodies go on with the label's ("Cơ quan phối hợp: Sở A;" / "Sở B;")
    state.role_label = (s.sentence.section, s.sentence.index, "lead" if role == "chủ trì" else "partner", item)
    return True


def bare_roles(ctx: Context, s: Sent, start: int) -> tuple[list[Mention], list[Mention]] | None:
    """The lead and partners of a clause from ``start`` that names only them: "Bộ Công Thương chủ trì, phối hợp với Bộ
    Tài chính (và các cơ quan liên quan) (thực hiện)"; partners the names missed ("các bộ, cơ quan liên quan") are
    left out; None when the clause says more (a task of its own)."""
    lead = dutycues.LEAD.search(ctx.scan, start, s.end)
    leads = ctx.chain_before(lead.start(), start, s.actors) if lead is not None else []
    if not leads or not ctx.gap_ok(ctx.gaps[start:leads[0].span.start]):
        return None
    end, partners = lead.end(), []
    coop = dutycues.ROLE_LINE_COOPERATE.match(ctx.low, end, s.end)
    if coop is not None:
        partners = ctx.chain_after(coop.end(), s.end, s.actors)
        end = partners[-1].span.end if partners else coop.end()
        if not partners and qualifier_only(ctx.match[end:s.end], most=12):
            return leads, partners   # "phối hợp với các bộ, cơ quan liên quan": no verb, no task
    elif ctx.low.startswith(";", end):
        # "Sở A chủ trì; Sở B, Sở C phối hợp.": the partners' own clause after the lead's
        partners = ctx.chain_after(end + 1, s.end, s.actors)
        joined = dutycues.PARTNERS_JOIN.match(ctx.low, partners[-1].span.end, s.end) if partners else None
        end, partners = (joined.end(), partners) if joined is not None else (end, [])
    return (leads, partners) if dutycues.ROLE_LINE_TAIL.fullmatch(ctx.low, end, s.end) else None


def assigned_after_task(ctx: Context, s: Sent) -> bool:
    """"1. Xây dựng đề án phát triển du lịch. Giao Sở Văn hóa chủ trì, phối hợp với Sở Tài chính thực hiện.": a later
    sentence of a numbered item that only names a lead (and partners) gives them the item's task."""
    section = ctx.sections.get(s.sentence.section) if s.sentence.section is not None else None
    while section is not None and section.number is None:
        section = ctx.sections.get(section.parent) if section.parent is not None else None
    opening = ctx.opening.get(section.index) if section is not None else None
    if opening is None or opening.index == s.sentence.index or not s.actors:
        return False
    give = dutycues.GIVE.match(ctx.low, s.start)
    roles = bare_roles(ctx, s, give.end() if give else s.start)
    item = ctx.item_task(s) if roles is not None else None
    if item is None:
        return False
    task = ctx.out[item]
    task.relation, task.subjects = "task", ctx.iris(roles[0])
    task.levels = tuple(dict.fromkeys(task.levels + ctx.levels(roles[0])))
    ctx.add(Assertion("coordination", Span(*ctx.span_text(s.start, s.end)), s.sentence.index, subjects=ctx.iris(roles[0]),
                      objects=[p for p in ctx.iris(roles[1]) if p not in ctx.iris(roles[0])], text=task.text,
                      parent=item))
    return True


def _focal_line(ctx: Context, s: Sent) -> bool:
    """'Giao đầu mối của Bộ A: X, Y.' below an item of an agreement: X and Y lead the item together (with the focal
    units of the other body named on the next such line, who lead it too but with whom no pair is drawn)."""
    m = dutycues.FOCAL_ROLE.match(ctx.match[s.start:s.end])
    if not m:
        return False
    chain = [a for a in s.actors if a.span.start >= s.start + m.end()]
    item = ctx.item_task(s) if chain else None
    if item is None:
        return True
    ctx.state.last_task, ctx.state.open_coordination = item, None
    task = ctx.out[item]
    task.subjects = list(dict.fromkeys(task.subjects + ctx.iris(chain)))
    leads, evidence = ctx.iris(chain), Span(*ctx.span_text(s.start, s.end))
    ctx.add(Assertion("coordination", evidence, s.sentence.index, subjects=leads, objects=[], text=task.text,
                      parent=item))
    if len(leads) >= 2:      # co-leads of one body: a pair each
        ctx.add(Assertion("coordination", evidence, s.sentence.index, subjects=[], objects=leads, text=task.text,
                          parent=item))
    return True


def coordination(ctx: Context, s: Sent, start: int, end: int, subjects: list[Mention], triggers: list[tuple[int, int, str]],
                 index: int | None, task_text: str, span: tuple[int, int]) -> None:
    """"X chủ trì, phối hợp với Y, Z": a coordination duty with a lead; "X phối hợp (với) Y, Z", "phối hợp giữa
    X với Y": X is the first party (subjects) but leads nothing (qualifier 'unled'): X coordinates with Y and with
    Z; "phối hợp giữa A, B và C", "A, B và C phối hợp ...": one among parties who each coordinate with each."""
    low = ctx.low
    lead = next((t for t in triggers if t[2] == "lead"), None)
    coop = next((t for t in triggers if t[2] == "cooperate"), None)
    if lead is None and coop is None:
        return
    # "A phối hợp với B triệu tập và chủ trì hội nghị": A chairs, with B as its partner
    chairs = lead is not None and coop is not None and _chairs_after_partners(ctx, s, coop, lead)
    leads: list[Mention] = []
    partners: list[Mention] = []
    written_to = False
    marked = _marked_partner(ctx, s, coop, lead, (start, end), subjects)
    # "phối hợp trong công tác X giữa A, B và C": the parties after the topic, as right after "phối hợp giữa"
    topic_first = first_party_after_topic(ctx, s, coop, end) if coop is not None and lead is None else None
    if marked is not None:   # "Y phối hợp với X (cơ quan chủ trì) T": X leads, Y cooperates
        leads, partners = marked
    elif coop is not None and (low[coop[0]:coop[1]].endswith("giữa") or topic_first is not None):
        if lead is not None and lead[1] <= coop[0]:
            _leads_the_work(ctx, s, ctx.chain_before(lead[0], start, s.actors) or subjects, index, task_text, span)
        first = ctx.chain_after(coop[1] if topic_first is None else topic_first, end, s.actors, gap_chars=":")
        if len(first) > 2 and ctx.match[first[0].span.end:first[1].span.start].strip() == ":":
            first = first[1:]   # "phối hợp giữa các cơ quan: A, B, C": the words before the colon name the list
        if not first:
            return
        with_ = dutycues.WITH.search(low, first[-1].span.end, end)
        if with_ is not None and ctx.gap_ok(ctx.gaps[first[-1].span.end:with_.start()]):
            leads, partners = first[:1], first[1:] + ctx.chain_after(with_.end(), end, s.actors)
        else:
            leads, partners = [], first   # "phối hợp giữa A, B và C": each with each
    else:
        if lead is not None:
            leads = ctx.chain_before(coop[0] if chairs else lead[0], start, s.actors) or subjects
        elif coop is not None:
            leads = governed_before(ctx, ctx.chain_before(coop[0], start, s.actors), subjects, coop[0]) or subjects
        listed = dutycues.PARTNER_LIST.search(low, start, end) if coop is not None else None
        if listed is not None:   # "X chủ trì; các cơ quan phối hợp gồm: Y, Z": the list after the label
            leads = [a for a in leads if a.span.end <= listed.start()]
            partners = ctx.chain_after(listed.end(), end, s.actors)
        elif coop is not None:
            partners = _named_after_head(ctx, s, coop, end)
            if not partners:
                partners = _exchanged_with(ctx, s, start, coop[0])
                written_to = bool(partners)
        mark = dutycues.LEAD_MARK.match(ctx.match, leads[-1].span.end) if leads and lead is not None else None
        if coop is None and mark is not None:     # "Sở A (chủ trì), Sở B, Sở C kiểm tra ...": the others cooperate
            partners = [a for a in ctx.chain_after(mark.end(), end, s.actors) if a not in leads]
        if coop is not None and lead is not None and not partners and lead[1] <= coop[0]:
            # "X chủ trì, Y phối hợp (thực hiện)", "do X chủ trì, Y phối hợp": the partners stand between them
            partners = [a for a in ctx.chain_before(coop[0], lead[1], s.actors) if a.span.start >= lead[1]]
        if coop is not None and lead is None and not partners and leads and (_joins_sentence_lead(ctx, s, leads, span)
                                                                              or joins_clause_holder(ctx, s, leads, coop, span)):
            return   # "A chủ trì ...; B, C phối hợp (thực hiện)": B and C cooperate with the sentence's lead
        if coop is not None and lead is None and not partners and len(ctx.iris(leads)) >= 2:
            leads, partners = [], leads   # "A, B và C (có trách nhiệm) phối hợp ...": each with each
    if not leads and not partners:
        return
    if not leads and written_to:
        return   # "gửi văn bản cho Y, Z để phối hợp" from nobody named: the sender's purpose, no pair among Y and Z
    if not leads and coop is not None and low[coop[0]:coop[1]].endswith("với") and not _EACH_OTHER.match(low, coop[1]):
        # "phối hợp với Y, Z" with nobody before it: Y and Z cooperate in the task with someone the text leaves
        # unnamed, not with each other
        if index is not None and partners:
            ctx.add(Assertion("responsible", Span(*span), s.sentence.index, subjects=ctx.iris(partners),
                              text=task_text, levels=ctx.levels(partners), qualifier="cooperating", parent=index))
        return
    if not leads and len(partners) < 2:
        return
    lead_iris = ctx.iris(leads)
    partner_iris = [p for p in partner_iris_of(ctx, partners) if p not in lead_iris]
    if not partner_iris and lead is None:
        return
    # "X phối hợp (với) Y", "phối hợp giữa X với Y": X's duty, but no one leads (qualifier 'unled')
    ctx.add(Assertion("coordination", Span(*span), s.sentence.index, subjects=lead_iris, objects=partner_iris,
                       text=task_text, levels=ctx.levels(leads + partners), parent=index,
                       qualifier="unled" if lead is None and lead_iris else None))


def led_on_its_own(ctx: Context, index: int, holders: list[str], made: int) -> bool:
    """Whether the item (record ``index``) below a lead-in that gives its lead to ``holders`` ("X chủ trì ... các nhiệm
    vụ sau:") names its own roles: a coordination of the item's (among the records from ``made``) that names one of
    the holders, as a party or as the partner of another's lead ("b) Phối hợp với Sở B (cơ quan chủ trì) ..."; not of
    an unled "... trách nhiệm các bộ trong việc phối hợp với X ..."), or a lead word that describes the partners ("c)
    Phối hợp với đơn vị được giao chủ trì ...", ``partner_described``)."""
    task = ctx.out[index]
    return any(a.relation == "coordination" and a.parent == index and set(a.subjects if a.qualifier == "unled" else
                                                                          a.subjects + a.objects) & set(holders)
               for a in ctx.out[made:]) \
        or any(m.group(0).endswith("chủ trì") and partner_described(ctx.low, [], m.start()) is not None
               for m in dutycues.LEAD.finditer(ctx.low, task.evidence.start, task.evidence.end))


def _marked_partner(ctx: Context, s: Sent, coop: tuple[int, int, str] | None, lead: tuple[int, int, str] | None,
                    bounds: tuple[int, int], holders: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """"Y phối hợp với X (cơ quan chủ trì) T", "Y, Z phối hợp với X (chủ trì) T", "Y phối hợp với X được W giao chủ trì
    T" (``partner_described``): the partner marked as the lead leads the task and the subjects before "phối hợp với"
    (or the ``holders`` an actor heading gives an item "- Phối hợp với X (chủ trì) T") are its partners; None when the
    sentence is not so."""
    start, end = bounds
    if coop is None or lead is None or coop[1] > lead[0] or not ctx.low[coop[0]:coop[1]].endswith("với"):
        return None
    named = [a for a in _named_after_head(ctx, s, coop, end) if a.span.end <= lead[0]]
    given = partner_described(ctx.low, s.actors, lead[0])
    if given is not None and given[0] in named:
        named = named[:named.index(given[0]) + 1]   # (not the assigner W)
    else:
        mark = dutycues.LEAD_MARK.match(ctx.match, named[-1].span.end) if named else None
        if mark is None or not mark.start() < lead[0] < mark.end():
            return None
    subjects = ctx.chain_before(coop[0], start, s.actors) or [a for a in holders if a not in named[-1:]]
    return (named[-1:], subjects) if subjects else None


def _named_after_head(ctx: Context, s: Sent, coop: tuple[int, int, str], end: int) -> list[Mention]:
    """The partners after "phối hợp với", also those a list cut by semicolons names ("với Sở A; Sở B; Sở C thực hiện")
    and those a head noun opens a list of: "phối hợp với các đơn vị: A, B", "... với các cơ quan chức năng như A, B"
    (the head, when it names a body, stays a partner)."""
    partners = ctx.chain_after(coop[1], end, s.actors) or partners_past_unnamed(ctx, s, coop, end)   # "với cơ quan Thuế, A"
    listed = following_list(ctx, s, coop[1], partners, end)   # "với các cơ quan sau đây: a) Sở A; b) Sở B"
    if listed is not None:
        return listed
    if not partners and ctx.low[coop[0]:coop[1]] == "phối hợp":
        return _with_after_work(ctx, s, coop[1], end)
    if not (ctx.low[coop[0]:coop[1]].endswith("với") or ctx.low[coop[1]:coop[1] + 3].lstrip().startswith(":")):
        return partners
    cut = ctx.chain_after(coop[1], end, s.actors, gap_chars=";")   # "phối hợp với / phối hợp: Sở A; Sở B; Sở C ..."
    if len(cut) >= len(partners) + 2:   # "với Sở A; Sở B thực hiện ...": Sở B may open a clause of its own
        clause = ctx.match.find(";", cut[-1].span.end, end)
        if not ctx.has_trigger(cut[-1].span.end, clause if clause >= 0 else end):
            partners = cut   # no duty of its own after the last: one list cut by semicolons, not a new clause
    last = partners[-1].span.start if partners else 0
    if partners and not (ctx.low.startswith(("các ", "những "), last)
                         or dutycues.COLLECTIVE_BEFORE.search(ctx.low, max(0, last - 8), last)):
        return partners   # only a collective heads a list ("Sở B: - Hướng dẫn ..." opens B's tasks)
    head = dutycues.LIST_HEAD.match(ctx.low, partners[-1].span.end if partners else coop[1], end)
    if head is None or (not partners and not head.group(1)):
        return partners
    return partners + [a for a in ctx.chain_after(head.end(), end, s.actors) if a not in partners]


def governed_before(ctx: Context, before: list[Mention], holders: list[Mention], trigger: int) -> list[Mention]:
    """The bodies right before a duty word (``before``); but bodies that a verb of the holders governs and a comma
    closes ("Sở A tham mưu Ủy ban nhân dân tỉnh, phối hợp với Sở B ...") are that verb's object: the holders, who do
    both, hold the duty ("Sở A chỉ đạo Z phối hợp với Y", with no comma, is Z's)."""
    if before and holders and before[0] not in holders and holders[-1].span.end < before[0].span.start \
            and "," in ctx.match[before[-1].span.end:trigger] \
            and ctx.words_between(holders[-1].span.end, before[0].span.start):
        return holders
    return before


def _leads_the_work(ctx: Context, s: Sent, holders: list[Mention], index: int | None, task_text: str,
                    span: tuple[int, int]) -> None:
    """"X (, Y) chủ trì / thực hiện nhiệm vụ thường trực công tác phối hợp giữa A và B": each holder leads that work on
    its own (no pair with A and B, who coordinate with each other, nor among the holders); a body named after
    "thuộc" only says whose unit the holder before it is (``Context.without_appositives``)."""
    for holder in ctx.without_appositives(holders):
        if _OWNER.search(ctx.low, max(0, holder.span.start - 12), holder.span.start):
            continue
        ctx.add(Assertion("coordination", Span(*span), s.sentence.index, subjects=ctx.iris([holder]), objects=[],
                          text=task_text, levels=ctx.levels([holder]), parent=index))


_EACH_OTHER = re.compile(r"\s+nhau(?!\w)")   # "A và B phối hợp với nhau": each with each
_OWNER = re.compile(r"(?<!\w)thuộc\s*$")


def later_partners(ctx: Context, s: Sent, span: tuple[int, int], holders: list[Mention],
                   triggers: list[tuple[int, int, str]], index: int | None, task_text: str) -> None:
    """"X chủ trì, phối hợp với A có các giải pháp ...; rà soát ...; phối hợp với B đẩy nhanh ...": a later clause of
    the sentence, cut by a semicolon, that names no holder of its own before its "phối hợp với" gives X a partner
    there too (the pair unled: X cooperates with B on that clause). The party is the first "phối hợp"'s: "X chỉ đạo
    Y phối hợp với A ...; phối hợp với B ..." gives Y the partner B, not X (who only directs). A later "phối hợp" with
    its partner right after it, no "với" ("...; phối hợp Sở Xây dựng tham mưu ...", qd-63-2025-phu-tho), names B too."""
    start, end = span
    coops = [t for t in triggers if t[2] == "cooperate" and (ctx.low[t[0]:t[1]].endswith("với") or t[0] > triggers[0][0]
                                                              and ctx.low[t[0]:t[1]] == "phối hợp"
                                                              and _partner_right_after(ctx, s, t[1]))]
    if not holders or len(coops) < 2:
        return
    if not any(t[2] == "lead" and t[0] < coops[0][0] for t in triggers):
        holders = ctx.chain_before(coops[0][0], start, s.actors) or holders
    for coop in coops[1:]:
        clause = ctx.match.rfind(";", triggers[0][1], coop[0])
        if clause < 0 or any(clause < a.span.start < coop[0] for a in s.actors):
            continue
        partners = [p for p in ctx.iris(ctx.chain_after(coop[1], end, s.actors)) if p not in ctx.iris(holders)]
        if partners:
            ctx.add(Assertion("coordination", Span(*ctx.span_text(clause + 1, end)), s.sentence.index,
                              subjects=ctx.iris(holders), objects=partners, text=task_text,
                              levels=ctx.levels(holders), parent=index, qualifier="unled"))


def _partner_right_after(ctx: Context, s: Sent, pos: int) -> bool:
    """A body's name follows ``pos`` after white space alone ("phối hợp | Sở Xây dựng")."""
    return any(a.span.start > pos and not ctx.low[pos:a.span.start].strip() for a in s.actors)


def parties_of_coordination(ctx: Context, s: Sent) -> None:
    """The parties of a coordination document coordinate with each other: "A và B ký kết Chương trình phối hợp ...",
    "A và B thống nhất ban hành Quy chế phối hợp như sau", its title "QUY CHẾ PHỐI HỢP / Giữa A và B trong ..."; so do the
    parties of a joint meeting: "hội nghị liên tịch giữa A, B, C"."""
    signed = dutycues.SIGNS_COORDINATION.search(ctx.low, s.start, s.end)
    joint = dutycues.JOINT_BETWEEN.search(ctx.low, s.start, s.end)
    if signed is not None:
        signers = ctx.chain_before(signed.start(), s.start, s.actors)
        if signers and _partners_of_a_holder(ctx, s, signers):
            return
        between = dutycues.BETWEEN.match(ctx.low, signed.end()) if ctx.low.startswith("ký", signed.start()) else None
        # no signer before it: the parties are named after it ("ký kết quy chế phối hợp giữa 3 tỉnh gồm: A, B và C"; not
        # "Ban hành Quy chế phối hợp giữa ...", the issuer's act)
        parties = ctx.iris(signers) or (_parties_between(ctx, s, between.end()) if between is not None else [])
    elif joint is not None or (dutycues.BETWEEN.match(ctx.low, s.start)
                               and dutycues.COORDINATION_KIND.search(ctx.low, max(0, s.start - 40), s.start)):
        parties = _parties_between(ctx, s, joint.end() if joint is not None else dutycues.BETWEEN.match(ctx.low, s.start).end())
    else:
        return
    if len(parties) >= 2:
        evidence = Span(*ctx.span_text(s.start, s.end))
        ctx.add(Assertion("coordination", evidence, s.sentence.index, objects=parties, text=ctx.text[evidence.start:evidence.end]))


def _parties_between(ctx: Context, s: Sent, pos: int) -> list[str]:
    """The parties listed after "giữa" at ``pos``: "giữa A, B và C", "giữa A với B", "giữa 3 tỉnh gồm: A, B và C"."""
    first = ctx.chain_after(pos, s.end, s.actors) or ctx.chain_after(
        next((a.span.start for a in s.actors if pos <= a.span.start < pos + 30), pos), s.end, s.actors)
    # (a first party the vocabulary does not name, "giữa | Đảng ủy, | Thường trực HĐND, ...", leaves the others)
    return ctx.iris(first + (ctx.chain_after(with_.end(), s.end, s.actors) if first and (
        with_ := dutycues.WITH.match(ctx.low, first[-1].span.end + 1)) else []))


_WITH_PARTNERS = re.compile(r"(?<!\w)(?:phối hợp|cùng|hợp tác)\s+với(?!\w)")


def _partners_of_a_holder(ctx: Context, s: Sent, signers: list[Mention]) -> bool:
    """"Tổng cục X đã phối hợp với Sở A, Sở B và Sở C ký kết Quy chế phối hợp ...": the bodies before the signing are
    the partners of a holder named before "phối hợp với"; the sentence pairs the holder with each of them (GUIDELINES:
    "X phối hợp với Y" gives [X, Y]), not the partners with each other. True when the partners' list after the last
    "phối hợp với" / "cùng với" runs up to the signing and some body holds it."""
    found = None
    for found in _WITH_PARTNERS.finditer(ctx.low, s.start, signers[0].span.start + 1):
        pass
    if found is None or not any(a.span.end <= found.start() for a in s.actors):
        return False
    partners = ctx.chain_after(found.end(), signers[-1].span.end + 1, s.actors)
    return bool(partners) and partners[-1] is signers[-1]


def _chairs_after_partners(ctx: Context, s: Sent, coop: tuple[int, int, str], lead: tuple[int, int, str]) -> bool:
    """"A phối hợp với B triệu tập và chủ trì hội nghị": a "chủ trì" after the partners of "phối hợp với" and another
    verb of the task ("triệu tập và", "tổ chức,") is the first party's: A leads, B is its partner."""
    if not coop[1] <= lead[0] or not ctx.low[coop[0]:coop[1]].endswith(("với", "cùng")):
        return False
    partners = ctx.chain_after(coop[1], lead[0], s.actors)
    return bool(partners) and dutycues.JOINT_VERBS_GAP.fullmatch(ctx.low, partners[-1].span.end, lead[0]) is not None


def _joins_sentence_lead(ctx: Context, s: Sent, parties: list[Mention], span: tuple[int, int]) -> bool:
    """"Sở A chủ trì thẩm định hồ sơ; Sở B, Sở C phối hợp cho ý kiến", "A và B đồng chủ trì ...; C, D và các cơ quan có
    liên quan phối hợp thực hiện": the parties of a "phối hợp" clause that names no partner after it join, as partners,
    the coordination an earlier clause of the same sentence gives a lead. False when the sentence has no lead."""
    led = next((a for a in reversed(ctx.out) if a.relation == "coordination" and a.sentence == s.sentence.index
                and a.qualifier != "unled" and a.subjects and a.evidence.end <= span[0]), None)
    if led is None:
        return False
    added = [p for p in ctx.iris(parties) if p not in led.subjects]
    led.objects = list(dict.fromkeys(led.objects + added))
    led.evidence = Span(led.evidence.start, max(led.evidence.end, span[1]))
    return True


def _with_after_work(ctx: Context, s: Sent, pos: int, end: int) -> list[Mention]:
    """"Sở Y tế phối hợp tổ chức kiểm tra với Công an tỉnh": the bodies right after the "với" that closes the work
    named after a bare "phối hợp" are its partners (round 24); none when a body stands in the work ("phối hợp Sở A
    ...": read as before) or the "với" names no body."""
    work = dutycues.WORK_THEN_WITH.match(ctx.low, pos, end)
    if work is None or any(pos <= a.span.start < work.end() for a in s.actors):
        return []
    chain = ctx.chain_after(work.end(), end, s.actors)
    return chain if chain and ctx.low[work.end():chain[0].span.start].strip() in ("", "các", "những") else []


def _exchanged_with(ctx: Context, s: Sent, start: int, trigger: int) -> list[Mention]:
    """"trao đổi Công an tỉnh, Sở Nội vụ để theo dõi, phối hợp", "gửi văn bản đề nghị cho A, B để phối hợp": the
    bodies a duty exchanges with or writes to, in the clause before a "phối hợp" that names no partner after it, are
    its partners."""
    clause = next((c for c in s.sentence.clauses if c.start <= trigger < c.end), s.sentence.span)
    found = None
    for m in dutycues.EXCHANGE.finditer(ctx.scan, max(start, clause.start), trigger):
        found = m
    if found is None:
        return []
    pos = found.end()
    if not ctx.chain_after(pos, trigger, s.actors):   # "gửi văn bản đề nghị cho A, B để phối hợp"
        to = dutycues.RECIPIENT.search(ctx.scan, pos, min(trigger, pos + 60))
        pos = to.end() if to is not None else pos
    return [a for a in ctx.chain_after(pos, trigger, s.actors) if a.span.end <= trigger]


def bracketed_lead(ctx: Context, s: Sent, start: int) -> bool:
    """"1. Rà soát quy chế phối hợp (Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; hoàn thành trong Quý II/2026).":
    an item whose lead (and partners, and time) are named in brackets after its task: the words before the bracket
    are the task. Also "(Giao X chủ trì ...)", "(X chủ trì; Y, Z phối hợp)". False when the sentence is not so."""
    m = dutycues.TRAILING_BRACKET.search(ctx.match, start, s.end)
    if m is None or dutycues.LEAD.search(ctx.low, start, m.start()) or ctx.opening_chain(s, start, m.start()):
        return False    # the item names its own holder before the bracket
    inner_start, inner_end = m.start("inner"), m.end("inner")
    inner = [a for a in s.actors if inner_start <= a.span.start and a.span.end <= inner_end]
    lead = dutycues.LEAD.search(ctx.low, inner_start, inner_end)
    led = lead is not None
    lead = lead or dutycues.BRACKET_HOLDERS.search(ctx.low, inner_start, inner_end)   # "(Sở Y tế thực hiện)"
    opener = dutycues.BRACKET_OPENER.match(ctx.match, inner_start)
    leads = ctx.chain_after(opener.end(), lead.start(), inner) if lead is not None else []
    tstart, tend = ctx.span_text(start, m.start())
    if not leads or not ctx.gap_ok(ctx.gaps[leads[-1].span.end:lead.start()]) or len(ctx.text[tstart:tend].split()) < 3:
        return False
    evidence = Span(tstart, ctx.span_text(tstart, m.end())[1])
    if not led:
        ctx.state.last_task = ctx.add(Assertion("task", evidence, s.sentence.index, subjects=ctx.iris(leads),
                                                text=ctx.text[tstart:tend].rstrip(" .,;:"), levels=ctx.levels(leads)))
        ctx.state.open_coordination = None
        return True
    coop = dutycues.COOPERATE.search(ctx.low, lead.end(), inner_end)
    partners: list[Mention] = []
    if coop is not None and coop.group(1):            # "X chủ trì, phối hợp với Y, Z"
        partners = ctx.chain_after(coop.end(), inner_end, inner)
    elif coop is not None:                            # "X chủ trì; Y, Z phối hợp"
        partners = [a for a in ctx.chain_before(coop.start(), lead.end(), inner) if a.span.start >= lead.end()]
    due = find_deadline(ctx.low, inner_start, inner_end)
    assigned_task(ctx, s, evidence, ctx.text[tstart:tend].rstrip(" .,;:"), (leads, partners),
                  ctx.text[due[0]:due[1]] if due is not None else None)
    return True


def labelled_roles(ctx: Context, s: Sent, start: int) -> bool:
    """"1. Rà soát ...; cơ quan chủ trì: X; cơ quan phối hợp: Y, Z; thời gian hoàn thành: Quý II/2026.": the roles
    labelled after the task in its own sentence; the words before the first label are the task. False when the
    sentence is not so."""
    if "chủ trì" not in ctx.low[start:s.end]:
        return False
    labels = list(dutycues.INLINE_ROLE.finditer(ctx.match, start, s.end))
    if not labels or labels[0].group("role").lower() != "chủ trì":
        return False
    tstart, tend = ctx.span_text(start, labels[0].start())
    if len(ctx.text[tstart:tend].split()) < 3:
        return False
    bounds = [m.start() for m in labels[1:]] + [m.start() for m in dutycues.INLINE_ROLE_END.finditer(ctx.match, start, s.end)]

    def listed(label) -> list[Mention]:
        end = min([b for b in bounds if b > label.end()] + [s.end])
        return [a for a in s.actors if label.end() <= a.span.start and a.span.end <= end]

    leads = listed(labels[0])
    partners = [a for m in labels[1:] if m.group("role").lower() == "phối hợp" for a in listed(m)]
    if not leads:
        return False
    due = find_deadline(ctx.low, labels[0].end(), s.end)
    assigned_task(ctx, s, Span(tstart, ctx.span_text(tstart, s.end)[1]), ctx.text[tstart:tend].rstrip(" .,;:-–"),
                  (leads, partners), ctx.text[due[0]:due[1]] if due is not None else None)
    return True
