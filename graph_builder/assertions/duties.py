"""Duties: requirements ("X yêu cầu / đề nghị / giao Y ..."), tasks with their holders, responsibilities ("có
trách nhiệm", "phải"), and, from the same sentence, its coordination, mobilisation, participation, objectives and
what it concerns.

One sentence is read in four steps: (1) a request and its addressees, (2) the holders of the duty (named before
a trigger, opening the sentence, or carried over from an actor heading or a lead-in), (3) the record the sentence
makes (requires, task, requirement), (4) what follows from the record. The times the sentence states (the duty's
deadline, a sentence dated but with no duty: ``dated_statement``) are read in ``datedstatements.py`` (moved there in
round 34).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from policykg.graph_builder import cues, deadlinecues, dutycues
from policykg.graph_builder.assertions.actions import mobilises, participates
from policykg.graph_builder.assertions.agentleads import further_agent_leads
from policykg.graph_builder.assertions.citations import concerns
from policykg.graph_builder.assertions.context import DUTY_PARTS, Context, Sent
from policykg.graph_builder.assertions.coordination import coordination, governed_before, later_partners
from policykg.graph_builder.assertions.datedstatements import duty_deadline
from policykg.graph_builder.assertions.holderforms import agent, appointer_skipped, conditioned, executors, fronted_partners
from policykg.graph_builder.assertions.leadins import inside_item, lead_in_kind
from policykg.graph_builder.assertions.objectives import objectives, purpose_markers, whole_item
from policykg.graph_builder.assertions.passiveagents import lead_of_others, passive_assignments
from policykg.graph_builder.assertions.reportedto import receiver_duty
from policykg.graph_builder.assertions.requesters import requester_duty
from policykg.graph_builder.assertions.requestruns import after_a_request
from policykg.graph_builder.assertions.addresseelists import chain_over_semicolons
from policykg.graph_builder.assertions.sentletters import sent_addressees
from policykg.graph_builder.assertions.triggergates import COOPERATE_TRIGGER, LEAD_TRIGGER, RESPONSIBLE_TRIGGER
from policykg.graph_builder.model import Assertion, Mention, Span

__all__ = ["duties"]


@dataclass
class _Duty:
    """What the steps of one sentence find and hand on."""

    s: Sent
    start: int
    end: int
    requester: list[str] = field(default_factory=list)
    addressees: list[Mention] = field(default_factory=list)
    request_kind: str | None = None
    triggers: list[tuple[int, int, str]] = field(default_factory=list)
    subjects: list[Mention] = field(default_factory=list)
    explicit: bool = False
    inherited: bool = False
    opened: bool = False
    directed: list[Mention] = field(default_factory=list)
    tstart: int = 0
    tend: int = 0
    index: int | None = None
    directed_index: int | None = None   # the task of those directed or given it ("giao Y làm đầu mối ...")
    holders: list[Mention] = field(default_factory=list)
    item_lead: int | None = None   # the lead of the numbered item a later sentence of it goes on with
    aim: bool = False   # an item of the objectives part that opens with its verb: an aim, no one's duty

    @property
    def first_trigger(self) -> tuple[int, int, str] | None:
        return self.triggers[0] if self.triggers else None

    @property
    def qualifier(self) -> str | None:
        return "requested" if self.request_kind == "đề nghị" else None


def duties(ctx: Context, s: Sent, content_start: int) -> None:
    """Tasks, requirements, responsibilities and coordination of one sentence."""
    d = _Duty(s, content_start, s.end)
    duty_start = _request(ctx, d)
    inside_a_name = covered_by(s.actors)
    d.triggers = sorted(
        [(named, named, "named") if (named := _names_a_body(ctx, s, m, duty_start)) is not None
         else (m.start(), m.end(), "lead")
         for m in LEAD_TRIGGER.finditer(ctx.scan, duty_start, d.end) if _holders_lead(ctx, m, s)]
        + [(m.start(), m.end(), "cooperate") for m in COOPERATE_TRIGGER.finditer(ctx.scan, duty_start, d.end)]
        + [(m.start(), m.end(), "cooperate") for m in dutycues.TOGETHER_WITH.finditer(ctx.scan, duty_start, d.end)
           if _between_bodies(ctx, s, m) or not ctx.low[duty_start:m.start()].strip()
           and fronted_partners(ctx, s, duty_start, d.end)]
        + [(m.start(), m.end(), "responsible") for m in RESPONSIBLE_TRIGGER.finditer(ctx.scan, duty_start, d.end)
           if not inside_a_name(m.start())]   # not "Cần Thơ", a place
        + [(a, b, "responsible") for a, b in passive_assignments(ctx.low, s.actors, duty_start, d.end)])
    _holders(ctx, d)
    _duty_text(ctx, d)
    receiver_duty(ctx, s)   # "... báo cáo về Sở Tư pháp để tổng hợp, ...": the receiver's task
    if _record(ctx, d):
        _what_follows(ctx, d)
        requester_duty(ctx, d)   # "Sở Y tế giao Y ...": the body that assigns or asks holds that duty
        if d.item_lead is not None and d.index is not None and ctx.out[d.index].relation == "task":
            led, task = ctx.out[d.item_lead], ctx.out[d.index]   # the item's lead leads this sentence's task too
            ctx.add(Assertion("coordination", task.evidence, task.sentence, subjects=list(led.subjects),
                              objects=list(led.objects), text=task.text, levels=task.levels, parent=d.index))


def covered_by(actors: list[Mention]):
    """A test of whether a position lies inside one of ``actors``' spans: the largest end among the spans that start
    at or before it, found by bisection (a sentence of thousands of names and duty words stays n log n).

    >>> def body(start, end):
    ...     return Mention(Span(start, end), "x", "actor", "iri", "x", "Organization")
    >>> inside = covered_by([body(5, 9), body(0, 3), body(6, 7)])
    >>> [p for p in range(11) if inside(p)]
    [0, 1, 2, 5, 6, 7, 8]
    """
    spans = sorted((a.span.start, a.span.end) for a in actors)
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))
    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos
    return inside


def _between_bodies(ctx: Context, s: Sent, m: re.Match) -> bool:
    """"cùng (với)" right after a body (or its "có trách nhiệm") and right before another: the two work together."""
    return any(dutycues.TOGETHER_AFTER.fullmatch(ctx.low, a.span.end, m.start()) for a in s.actors) \
        and any(dutycues.TOGETHER_BEFORE.fullmatch(ctx.low, m.end(), a.span.start) for a in s.actors
                if a.span.start > m.end())


def _names_a_body(ctx: Context, s: Sent, m: re.Match, start: int) -> int | None:
    """A lead word that is a word of the name of the body that opens the clause from ``start`` ("Cơ quan thường trực
    Chương trình tổ chức ...") or the title of a body's standing unit that opens it before the body's name ("Cơ quan
    thường trực | Ban Chỉ đạo tỉnh tổ chức kiểm tra ..."): it makes the sentence a duty of the body, but no lead. Not
    the role a body named before it is given ("Sở A (cơ quan thường trực Hội đồng B) chủ trì ...", "Công an tỉnh - cơ
    quan thường trực Ban Chỉ đạo ...", "X là cơ quan thường trực, ..."). Returns where the body's name ends (the
    trigger, of kind "named", stands there), or None."""
    if ctx.match[start:m.start()].strip():
        return next((a.span.end for a in s.actors if a.span.start <= m.start() and m.end() <= a.span.end
                     and not ctx.match[start:a.span.start].strip()), None)
    return next((a.span.end for a in s.actors if m.group(0).endswith("thường trực") and a.span.start >= m.end()
                 and not ctx.low[m.end():a.span.start].strip() or a.span.start <= m.start() < a.span.end), None)


def _holders_lead(ctx: Context, m: re.Match, s: Sent) -> bool:
    """A lead word that gives the sentence's holder a lead (or names a body, ``_names_a_body``): not a standing body
    named after a preposition ("báo cáo cho Cơ quan thường trực ..."), not the lead of those a relative clause describes
    ("khen thưởng cá nhân chủ trì dự án", "phối hợp với các đơn vị được giao chủ trì ...": ``lead_of_others``)."""
    if m.group(0).endswith("thường trực") and m.group(0).startswith(("cơ quan", "đơn vị")):
        return dutycues.NAMED_STANDING_BEFORE.search(ctx.low, max(0, m.start() - 20), m.start()) is None
    if m.group(0).endswith("chủ trì"):
        return not dutycues.DESCRIBED_LEAD_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start()) and not lead_of_others(ctx.low, s.actors, m.start())
    return True


def _request(ctx: Context, d: _Duty) -> int:
    """Step 1: "X yêu cầu / đề nghị / giao Y ...": requester and addressees; returns where the duty starts."""
    s, start, end, low = d.s, d.start, d.end, ctx.low
    kind_subject = cues.kind_subject(ctx.lexicon)
    for m in dutycues.REQUIRE.finditer(ctx.scan, start, end):
        chain = chain_over_semicolons(ctx, m.end(), end, s.actors)   # "Giao Cục A; Cục B sẵn sàng ..."
        if not chain:
            continue
        before = ctx.chain_before(m.start(), start, s.actors, loose=2)
        if before:
            d.requester = ctx.iris(before)
        elif kind_subject.search(low[max(start, m.start() - 30):m.start()]) or m.start() == start \
                or not low[start:m.start()].strip(" ,:"):
            kind_word = kind_subject.search(low[max(start, m.start() - 30):m.start()])
            if kind_word and ctx.lexicon.lookup(kind_word.group(0).strip()) is not None:
                d.requester = [ctx.lexicon.lookup(kind_word.group(0).strip()).iri]
            elif ctx.issuer:
                d.requester = [ctx.issuer]
        d.addressees, d.request_kind = chain, "giao" if m.group(1).startswith("giao") else m.group(1)   # "giao cho"
        if m.group(1) in dutycues.DELEGATES:
            d.request_kind, ctx.state.delegates = "giao", list(chain)   # a delegation gives its task as "giao" does
        return chain[-1].span.end
    sent = sent_addressees(ctx, s.actors, start, end)   # "... có công điện gửi: A; B với nội dung:" over the items
    if sent:
        d.addressees, d.request_kind = sent, "yêu cầu"
        return sent[-1].span.end
    return start


def _holders(ctx: Context, d: _Duty) -> None:
    """Step 2: subjects named before a duty trigger, or at the start of the sentence, or carried over."""
    s, start, end, state = d.s, d.start, d.end, ctx.state
    if not d.addressees and ctx.names_itself(start, end):
        return   # "Hướng dẫn này có hiệu lực kể từ ngày ký.": the document is the subject, no body's duty
    givers = _heading_assigns(ctx, d)
    if givers:
        # "7. UBND các xã: ...; khẩn trương giao Ban Quản lý dự án lập hồ sơ ...": the heading's actor holds the duty of
        # assigning, the addressees the task itself (as with "chỉ đạo")
        d.subjects, d.directed, d.addressees, d.inherited = givers, d.addressees, [], True
        return
    subjects = list(d.addressees)
    first_trigger = d.first_trigger
    # a duty list item: numbered, or under an actor heading ("Điều 5. Trách nhiệm của X" / "1. ..."); in the body of
    # a document that prescribes, any sentence "X <verb> ..." ("Sở Y tế tổ chức kiểm tra ...") states X's duty
    listed = s.role in DUTY_PARTS or (
        s.role == "body" and (s.start > s.sentence.span.start or bool(state.heading)))
    # ... and in a news article or a report, one the text attributes to the document ("Theo đó, Sở Y tế tổ chức ...",
    # "Trong đó, Tổng cục ... tiếp tục ...", "Tại Kế hoạch, X đưa ra ...")
    duty_item = listed or (s.role == "body" and (ctx.prescribes or ctx.after_frame(start, end) > start))
    concluded = not duty_item and _in_concluded_item(ctx, s)
    opening = ctx.opening_chain(s, start, end) if duty_item or concluded or first_trigger is not None else []
    if concluded and opening and ctx.issuer not in ctx.iris(opening):
        duty_item = True   # "2. ..." / "Bộ Tài chính nghiên cứu kỹ lưỡng ...": a notice of conclusions assigns it
    if opening and dutycues.APPRAISAL.match(ctx.low, opening[-1].span.end):
        d.subjects = []    # "Hội đồng nhân dân tỉnh đánh giá cao ...": the issuer's appraisal, no duty
        return
    if opening and not listed and (dutycues.NOT_A_PLAIN_DUTY.match(ctx.low, opening[-1].span.end)
                                   and not _decides(ctx, opening)
                                   or dutycues.AS_FOLLOWS.search(ctx.low, start, end)
                                   or any(m.office and len(m.office) >= m.span.end - m.span.start for m in opening)):
        # "Chính phủ ban hành Nghị định ...", "Bộ Chính trị đánh giá: ...", "... như sau:", a bare office ("Người
        # đứng đầu tổ chức, cơ sở ...": the issuer only by default, too weak without a duty word)
        duty_item = False
    # "X chỉ đạo Y <duty>": X holds the duty of directing, Y the duty itself
    d.directed = ctx.directed_chain(d.addressees or opening, end, s.actors)
    if d.directed and not d.addressees:
        subjects = opening
    d.aim = s.role == "objectives" and not opening and whole_item(ctx, start, end)
    if not subjects and first_trigger is not None and not _opens_heading_item(ctx, d) and not d.aim:
        # (not "đ) Phát triển mạng lưới ...: ... phát triển 25 cơ sở giáo dục đại học là đầu mối ...": an aim)
        at = dutycues.manner_start(ctx.low, start, first_trigger[0])   # "X chủ động phối hợp với Y"
        before = appointer_skipped(ctx, s, start, opening, at)
        subjects = executors(ctx, s, start, first_trigger) or governed_before(ctx, before, opening, at) \
            or conditioned(ctx, s, first_trigger, opening) or (fronted_partners(ctx, s, start, end) or ((), []))[1]
    if not subjects and duty_item and opening:
        subjects, d.opened = opening, True
    if not subjects and duty_item:
        subjects = agent(ctx, s, start, end)
        d.opened = bool(subjects)
    if not subjects and state.delegates and dutycues.DELEGATE_REFERENCE.match(ctx.low, start, end):
        subjects, d.opened = list(state.delegates), True   # "2. Người được ủy quyền phải thực hiện đúng ...": the delegate
    d.explicit = bool(subjects)
    if not subjects and (s.role in DUTY_PARTS or (s.role in ("body", "requirements") and state.heading)
                         or (s.role == "body" and state.addressees and _body_item(ctx, s))):
        if state.heading:
            subjects, d.inherited = list(state.heading), True
        elif state.addressees and (s.role == "tasks" or _body_item(ctx, s)):
            subjects, d.inherited = list(state.addressees), True
        if d.inherited and not d.directed and dutycues.DIRECT_VERB.match(ctx.low, start + len(ctx.low[start:end]) -
                                                                      len(ctx.low[start:end].lstrip())):
            d.directed = ctx.directed_chain(subjects, end, s.actors, pos=start)   # "a) Chỉ đạo cơ quan hải quan ..."
    if not subjects and not d.addressees and (s.role in DUTY_PARTS or s.role == "body" and ctx.prescribes):
        subjects, d.item_lead = _item_holders(ctx, d)
        d.inherited = bool(subjects)
    if not subjects and not d.addressees:
        subjects = _continued(ctx, d)   # "- Sở Y tế cần ... . Tập trung rà soát ...": the subject left out
        d.inherited = bool(subjects)
    d.subjects = subjects


def _decides(ctx: Context, opening: list[Mention]) -> bool:
    """"Ủy ban nhân dân cấp tỉnh quyết định chấp thuận ...": a power given to a body other than the issuer, in a
    document that prescribes (``dutycues.DECIDES_WHAT``)."""
    return ctx.prescribes and ctx.issuer not in ctx.iris(opening) \
        and dutycues.DECIDES_WHAT.match(ctx.low, opening[-1].span.end) is not None


def _continued(ctx: Context, d: _Duty, verb: int | None = None) -> list[Mention]:
    """"- Ủy ban nhân dân tỉnh cần đẩy mạnh xã hội hóa ... . Thống nhất chỉ đạo ...": a sentence that opens with its
    verb on the line where the sentence before it ends, in the same part, goes on with the holders of that sentence's
    duty (the genre leaves out the subject of a run of duties of one body); [] otherwise. ``verb``: where the sentence's
    verb is already known to stand ("Giao nhiệm vụ Ban Quản lý ...")."""
    s, state = d.s, ctx.state
    k = s.sentence.index
    joined = dutycues.CONNECTIVE.match(ctx.low, s.start)   # "Đồng thời, rà soát ...", "Trong trường hợp ..., phải ..."
    pos = joined.end() if joined else ctx.after_condition(s.start, s.end, []) or s.start
    if (item := dutycues.INLINE_ITEM.match(ctx.low, pos)) is not None:
        pos = item.end()   # "(2) Tổ chức ...": the next item of a list run on after "X chỉ đạo: (1) ..."
    pos += len(ctx.low[pos:s.end]) - len(ctx.low[pos:s.end].lstrip())
    # the record of the sentence before: a task, or a request whose addressees hold its duty ("Yêu cầu Ủy ban nhân dân
    # tỉnh tiếp tục ... . Chỉ đạo rà soát ...": the addressees go on)
    last = [i for i in (state.last_task, state.last_request) if i is not None and ctx.out[i].sentence == k - 1]
    if k == 0 or s.start != s.sentence.span.start or s.role not in DUTY_PARTS + ("body", "requirements") \
            or not last or verb is None and not (ctx.verb_after(pos, s.end) or dutycues.RESPONSIBLE.match(ctx.low, pos)) \
            or dutycues.VERB_LIKE_NOUN.match(ctx.low, pos) or verb is not None and verb != pos:
        return []
    above, task = ctx.sentences[k - 1], ctx.out[last[0]]
    held = task.objects if task.relation == "requires" else task.subjects
    # (a paragraph of its own may go on so when a connective opens it: "Đồng thời, chủ trì, phối hợp với ...")
    if above.section != s.sentence.section or "\n" in ctx.match[above.span.end:s.sentence.span.start] and not joined \
            or task.relation not in ("task", "requires") or not held or task.parent is not None:
        return []
    holders = {m.iri: m for m in reversed(ctx.mentions) if m.category == "actor" and m.iri in held}
    return [holders[iri] for iri in held if iri in holders]


def _in_concluded_item(ctx: Context, s: Sent) -> bool:
    """A plain sentence inside a numbered item of a conclusion or a notice of conclusions: there "X <verb> ..." in the
    present assigns X a task ("2. Bộ Tài chính thực hiện ... - Về ...: Bộ Tài chính nghiên cứu kỹ lưỡng ..."), while
    an assessment reports what was done ("Bộ Tài chính đã nghiêm túc thực hiện ...": no verb right after the name)."""
    if s.role != "body" or ctx.document.kind not in cues.CONCLUDING_KINDS:
        return False
    section = ctx.sections.get(s.sentence.section) if s.sentence.section is not None else None
    while section is not None and section.number is None and section.parent is not None:
        section = ctx.sections.get(section.parent)
    return section is not None and section.number is not None


def _item_holders(ctx: Context, d: _Duty) -> tuple[list[Mention], int | None]:
    """"5. Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ nghiên cứu ... . Hoàn thiện số liệu thống kê ...": a later
    sentence of a numbered item that opens with its verb goes on with the lead of the item's first sentence (the
    holders and the lead's record); ([], None) otherwise."""
    s = d.s
    section = ctx.sections.get(s.sentence.section) if s.sentence.section is not None else None
    opening = ctx.opening.get(section.index) if section is not None and section.number is not None else None
    if opening is None or opening.index == s.sentence.index or s.start != s.sentence.span.start \
            or not ctx.verb_after(s.start, s.end) or dutycues.VERB_LIKE_NOUN.match(ctx.low, s.start):
        return [], None
    first = ctx.first_task_of(opening.index)
    task = ctx.out[first] if first is not None else None
    if task is None or task.relation != "task" or not task.subjects:
        return [], None
    holders = [m for m in ctx.mentions if opening.span.start <= m.span.start < opening.span.end and m.iri in task.subjects]
    holders = list({m.iri: m for m in holders}.values())
    lead = next((i for i in range(first, len(ctx.out)) if ctx.out[i].relation == "coordination"
                 and ctx.out[i].parent == first and ctx.out[i].qualifier != "unled"
                 and ctx.out[i].subjects == task.subjects), None)
    return (holders, lead) if lead is not None else ([], None)


def _opens_heading_item(ctx: Context, d: _Duty) -> bool:
    """An item below an actor heading or a lead's line that does not open with names ("a) Khẩn trương trình Chính phủ ...,
    trong đó quy định trách nhiệm các bộ trong việc phối hợp với Bộ Tài chính ..."): the heading's actors hold it, not
    the bodies named before a duty word deep inside it."""
    state, s = ctx.state, d.s
    if not state.heading or not ctx.within(s.sentence.section, state.heading_section) or d.addressees \
            or s.start == s.sentence.span.start:
        return False
    pos = d.start
    time = deadlinecues.DEADLINE.match(ctx.low, pos + len(ctx.low[pos:d.end]) - len(ctx.low[pos:d.end].lstrip()))
    if time is not None and ctx.low.startswith(",", time.end()):
        pos = time.end() + 1   # "b) Hằng năm, Sở Y tế chủ trì ...": opens with names after its time
    return not ctx.chain_after(pos, d.end, s.actors)


def _heading_assigns(ctx: Context, d: _Duty) -> list[Mention]:
    """An item under an actor heading, or a sentence that goes on with the holder of the one before it (``_continued``),
    opens with "giao Y ..." (after an adverb at most): the heading's actor, or that holder, gives it; [] otherwise."""
    if d.request_kind != "giao" or not d.addressees or d.s.role not in DUTY_PARTS + ("body",):
        return []
    give = dutycues.REQUIRE.search(ctx.scan, d.start, d.addressees[0].span.start)
    if give is None or len(ctx.words_between(d.start, give.start())) > 2 \
            or any(d.start <= m.span.start < give.start() for m in d.s.actors):
        return []
    if not ctx.state.heading and after_a_request(ctx, d.s.sentence.index):
        return []   # "Giao A ... . Giao B ...": the issuer gives B's task too, not A
    return list(ctx.state.heading) or _continued(ctx, d, give.start())


def _body_item(ctx: Context, s: Sent) -> bool:
    """A numbered or bulleted line of a body ("1. Tổ chức ...", "- Rà soát ..."), or a plain line inside a numbered item
    below the lead-in ("... đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện các công việc sau:" / "2. Về lĩnh vực văn
    hóa:" / "Chỉ đạo Sở Văn hóa ..."): an item of the lead-in above it."""
    return (s.role == "body" or s.role in DUTY_PARTS) and (s.start > s.sentence.span.start or inside_item(ctx, s))


def _duty_text(ctx: Context, d: _Duty) -> None:
    """Where the duty's words are; a lead-in's addressees carry over to the items below it."""
    s, start, addressees = d.s, d.start, d.addressees
    text_start = start
    if addressees and d.first_trigger is None:
        text_start = addressees[-1].span.end
    elif addressees:
        text_start = addressees[0].span.start
        lead_words = cues.LIST_OPENERS.search(ctx.low[start:text_start])
        if lead_words:
            text_start = start + lead_words.start()
    if addressees and dutycues.FRONTED_TASK.match(ctx.low, start, addressees[0].span.start) and _only_roles(ctx, d):
        text_start = start   # "Đối với nhiệm vụ <task>: giao X chủ trì thực hiện": the task named before X
    d.tstart, d.tend = ctx.span_text(text_start, d.end)
    # lead-in addressees for the items below ("Chỉ thị yêu cầu: <actors> ...", "... các nhiệm vụ sau:")
    if addressees and (lead_in_kind(ctx, s) is not None or s.role == "tasks"):
        ctx.state.addressees, ctx.state.addressee_section = list(addressees), s.sentence.section


def _only_roles(ctx: Context, d: _Duty) -> bool:
    """After the holders, only their roles, partners and "(triển khai) thực hiện": no task of their own words."""
    after = d.addressees[-1].span.end
    end = dutycues.GENERIC_TASK_END.search(ctx.low[after:d.end])
    tail = list(ctx.low[after:after + end.start()]) if end else []
    for a in d.s.actors:   # the partners' names blanked ("Sở Xây dựng" is no verb)
        if after <= a.span.start and a.span.end <= after + len(tail):
            tail[a.span.start - after:a.span.end - after] = " " * (a.span.end - a.span.start)
    words = re.findall(r"\w+", "".join(tail))
    return end is not None and not any(" ".join(words[k:k + n]) in cues.ACTION_VERBS - {"chủ trì", "phối hợp"}
                                       for k in range(len(words)) for n in (1, 2, 3))


def _record(ctx: Context, d: _Duty) -> bool:
    """Step 3: the record the sentence makes (in ``d.index``); False when the sentence is done with."""
    s, start, end = d.s, d.start, d.end
    task_text = ctx.text[d.tstart:d.tend]
    in_task_section = s.role == "tasks"
    if d.requester and d.addressees and not in_task_section and d.request_kind != "giao":
        # "Ban Bí thư yêu cầu các cấp ủy ... triển khai thực hiện tốt Chỉ thị này." / "Thủ tướng đề nghị MTTQ ..."
        rs, re_ = ctx.span_text(d.addressees[-1].span.end, end)
        d.index = ctx.add(Assertion("requires", Span(*ctx.span_text(s.start, end)), s.sentence.index,
                                    subjects=d.requester, objects=ctx.iris(d.addressees),
                                    text=ctx.text[rs:re_] or None, levels=ctx.levels(d.addressees),
                                    qualifier=d.qualifier))
        d.holders = d.addressees
        ctx.state.last_request = d.index
    elif in_task_section or (d.subjects and (d.explicit and (d.first_trigger or s.role in DUTY_PARTS[1:]
                                                             or d.addressees or d.opened or d.directed)
                                             or d.inherited)):
        if d.tend <= d.tstart or not any(c.isalpha() for c in task_text):
            return False   # nothing, or a page number left between two pages of an item ("2")
        if lead_in_kind(ctx, s) is not None and not d.first_trigger and d.addressees:
            objectives(ctx, s, start, end, parent=None, whole=False)
            return False   # a pure lead-in: its addressees hold the items below
        if d.subjects or in_task_section:
            d.index = ctx.add(Assertion("task", Span(d.tstart, d.tend), s.sentence.index,
                                        subjects=ctx.iris(d.subjects), text=task_text, levels=ctx.levels(d.subjects),
                                        qualifier=d.qualifier))
        else:
            d.index = ctx.add(Assertion("requirement", Span(d.tstart, d.tend), s.sentence.index, text=task_text))
        d.holders = d.subjects
        ctx.state.last_task, ctx.state.open_coordination = d.index, None
    elif d.first_trigger is not None and d.first_trigger[2] == "responsible" and not d.subjects:
        # "Phong trào ... phải được chỉ đạo chặt chẽ ...": a requirement nobody in particular holds
        d.index = ctx.add(Assertion("requirement", Span(d.tstart, d.tend), s.sentence.index, text=task_text))
    elif m := dutycues.REQUIREMENT_LEAD.match(ctx.low[start:end]):
        rs, re_ = ctx.span_text(start + m.end(), end)
        d.index = ctx.add(Assertion("requirement", Span(rs, re_), s.sentence.index, text=ctx.text[rs:re_]))
    else:
        d.holders = d.subjects
    if d.index is not None and s.role != "objectives":
        duty_deadline(ctx, d.index, s.start, s.actors)   # (an aim's year is a target, not a task's deadline)
    if d.index is not None and d.directed:
        ds, de = ctx.span_text(d.directed[0].span.start, end)
        if de > ds:
            d.directed_index = ctx.add(Assertion("task", Span(ds, de), s.sentence.index, subjects=ctx.iris(d.directed),
                                                 text=ctx.text[ds:de], levels=ctx.levels(d.directed), parent=d.index),
                                       key=("directed", s.sentence.index, tuple(ctx.iris(d.directed))))
    return True


def _what_follows(ctx: Context, d: _Duty) -> None:
    """Step 4: responsibility, coordination, mobilisation, participation, objectives, concerns."""
    s, start, end, index, holders = d.s, d.start, d.end, d.index, d.holders
    task_text = ctx.text[d.tstart:d.tend]
    if index is not None and holders and ctx.out[index].relation == "task":
        resp = next((t for t in d.triggers if t[2] == "responsible"), None)
        if resp is not None and d.explicit:
            joint = "jointly" if (len(ctx.iris(holders)) > 1 or dutycues.JOINTLY.match(ctx.low[resp[0]:resp[1]])) else None
            ctx.add(Assertion("responsible", Span(d.tstart, d.tend), s.sentence.index, subjects=ctx.iris(holders),
                              text=task_text, levels=ctx.levels(holders), qualifier=joint, parent=index))
    roles = [t for t in d.triggers if t[2] not in ("responsible", "named")]
    if d.directed_index is not None and roles and roles[0][2] == "lead" and roles[0][0] >= d.directed[-1].span.end \
            and ";" not in ctx.match[d.directed[-1].span.end:roles[0][0]]:
        # "giao Sở Y tế làm đầu mối tổng hợp ...", "chỉ đạo Y chủ trì ...": those given the task lead it
        directed = ctx.out[d.directed_index]
        coordination(ctx, s, start, end, d.directed, d.triggers, d.directed_index, directed.text,
                     (directed.evidence.start, directed.evidence.end))
    elif d.inherited and ctx.state.heading is ctx.state.listed and d.subjects == ctx.state.heading:
        for holder in d.subjects:   # bodies listed each for its own field ("- Sở A (đối với ...)"): no co-leads
            coordination(ctx, s, start, end, [holder], d.triggers, index, task_text, (d.tstart, d.tend))
    elif not d.aim:
        coordination(ctx, s, start, end, d.subjects, d.triggers, index, task_text, (d.tstart, d.tend))
        later_partners(ctx, s, (start, end), d.subjects, d.triggers, index, task_text)
    further_agent_leads(ctx, s, d.triggers, index if not d.aim else None, task_text)
    mobilises(ctx, s, start, end, holders if holders else d.subjects)
    participates(ctx, s, start, end, holders if holders else d.subjects)
    if s.role == "objectives" and index is not None and ctx.out[index].relation == "requirement":
        index = None   # "1. Tổ chức quán triệt ... ; việc triển khai phải được tiến hành đồng bộ": an item of the aims
    purposes = purpose_markers(ctx.scan, ctx.low, start, end)
    whole = s.role == "objectives" and index is None and not purposes
    if s.role == "objectives" or index is not None or purposes or cues.GOAL.search(ctx.scan, start, end):
        objectives(ctx, s, start, end, parent=index, whole=whole)
    if index is not None:
        concerns(ctx, s, index)
