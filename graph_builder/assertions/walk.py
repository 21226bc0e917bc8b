"""The walk over a document's sentences: which relation families read which sentence, and what carries over
(actor headings "1. Sở Y tế:", lead-ins "Chỉ thị yêu cầu:", the open task)."""

from __future__ import annotations

import bisect
import dataclasses
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder import deadlinecues, dutycues
from policykg.graph_builder.eithercase import either_case
from policykg.graph_builder.assertions.actions import directs, issuer_from_metadata, issues
from policykg.graph_builder.assertions.citations import references
from policykg.graph_builder.assertions.context import DUTY_PARTS, Context, Sent
from policykg.graph_builder.assertions.coordination import (assigned_after_task, bracketed_lead,
                                                              labelled_roles, lead_role_line, parties_of_coordination,
                                                              led_on_its_own, qualifier_only)
from policykg.graph_builder.assertions.datedstatements import dated_statement
from policykg.graph_builder.assertions.duties import duties
from policykg.graph_builder.assertions.framelines import past_frame_lines
from policykg.graph_builder.assertions.headingaside import delegated_aside
from policykg.graph_builder.assertions.headingroles import lead_heading, names_roles, role_aside
from policykg.graph_builder.assertions.leadclauses import duty_clauses
from policykg.graph_builder.assertions.linelabels import label_opening
from policykg.graph_builder.assertions.meetings import reports_meeting
from policykg.graph_builder.assertions.reportedacts import reported_acts
from policykg.graph_builder.assertions.remitholder import remit_group_line, remit_heading
from policykg.graph_builder.assertions.rotation import chairs_in_turn
from policykg.graph_builder.assertions.leadins import (NUMBERING, atx_level, closes_plain_paragraph, directed_heading,
                                                       directed_heading_ends, given_to, inside_item, item_after_lead_in,
                                                       item_below_heading, item_deadline, item_in_period, lead_in_kind,
                                                       listed_holder, lists_things, markdown_heading_ends, marker,
                                                       numbering_rank, owners_of_duties, period_heading, period_label,
                                                       stated_deadline, duty_is)
from policykg.graph_builder.assertions.anaphortimes import time_of_work_before
from policykg.graph_builder.assertions.objectives import document_objective, objectives, opens_with_verb
from policykg.graph_builder.assertions.ownpurposes import heading_purpose, title_purpose
from policykg.graph_builder.assertions.roleblocks import partners_below
from policykg.graph_builder.assertions.tables import layout_row, table_row
from policykg.graph_builder.assertions.topiclabels import topic_label_end, topic_of_duty
from policykg.graph_builder.deadlines import deadline_label, find_deadline
from policykg.graph_builder.model import Assertion, Mention, Span
from policykg.graph_builder.organs import motto_spans
from policykg.graph_builder.segment import section_role
from policykg.graph_builder.vocabulary import mostly_capitals

__all__ = ["run"]

_SKIPPED_ROLES = ("recipients", "footer", "form")
_TOP_NUMBERING = re.compile(r"^\s*(?:(?:Điều|ĐIỀU)\s+\d+|[IVXL]{1,5}[.)]|\d{1,2}[.)])\s")


def read_sentence(ctx: Context, s: Sent, top_numbered: bool) -> None:
    """Every relation family on one sentence, in order; the actor headings and lead-ins carry over."""
    state = ctx.state
    _carry_over(ctx, s)
    references(ctx, s)
    if _no_duty_line(ctx, s):
        return
    if lists_things(ctx, s):
        return   # "- Doanh nghiệp kinh doanh trực tuyến" below "... theo các nhóm đối tượng như:": a thing listed
    if ctx.in_layout_table(s.sentence.span):
        for table, row in ctx.layout_rows_upto(s.sentence.span.end):
            layout_row(ctx, s, table, row)
        return
    if s.sentence.index in ctx.table_rows:
        table, row = ctx.table_rows[s.sentence.index]
        if row is not None:
            table_row(ctx, s, table, row)
        return
    first = _parties(ctx, s)
    s, framed = past_frame_lines(ctx, s)   # the title line under the kind line, a flattened header: no duty
    if s.role == "header" or framed:
        issues(ctx, s)
        title_purpose(ctx, s, document_objective)   # "Quyết định về việc hỗ trợ ... để thực hiện ...": its aim
        return
    issues(ctx, s)
    if lead_role_line(ctx, s) or assigned_after_task(ctx, s):
        heading = heading_actors(ctx, s) if state.role_label and ctx.match[s.start:s.end].rstrip().endswith(":") else None
        if heading is not None:   # "- Bộ Y tế:" listed under "Cơ quan thực hiện:", over "+ Chủ trì ...": its duties
            _hold_heading(ctx, s, heading)
        return
    heading = heading_actors(ctx, s) or remit_heading(ctx, s)   # "Điều 2. Nhiệm vụ và quyền hạn": the title's body's
    if heading is not None:
        _hold_heading(ctx, s, heading)
        return
    markdown_heading_ends(ctx, s)
    if top_numbered and _rank(ctx, s) <= state.heading_rank and not item_below_heading(ctx, s):
        state.heading = []   # a sibling heading ends the actor heading; "1." items under "Điều 5. ..." do not
    if state.heading_lead_marker is not None and (not state.heading or marker(ctx, s) == state.heading_lead_marker):
        state.heading_lead = state.heading_lead_marker = None   # an item beside "- Phối hợp với Y:" is no longer below it
    if period_heading(ctx, s) or is_heading(ctx, s) or _preamble(ctx, s) or _time_of_above(ctx, s) or reports_meeting(ctx, s):
        return
    stated = deadlinecues.TIME_STATEMENT.match(ctx.low, s.start, s.end)
    if stated and deadlinecues.DUE_MOMENT.search(ctx.low, stated.end(), s.end):
        stated_deadline(ctx, s, stated.end())
        return
    attribute = label_opening(ctx.match[s.start:s.end], s.actors, s.start)
    content_start = s.start
    inline = _inline_heading(ctx, s)
    if inline is not None:
        # "4. Trách nhiệm của Sở Y tế: bố trí ...; chủ động ...", "1. Sở Y tế: tổ chức ...": the duties after the colon
        state.heading, state.heading_section, state.heading_lead = inline[0], s.sentence.section, None
        state.heading_rank = _rank(ctx, s)
        content_start, attribute = inline[1], None
    own_period = period_label(ctx, s)   # "- Năm 2018: Rà soát ...": due in the period its label names
    topic = topic_label_end(ctx, s) if own_period is None else None   # "Về công tác kiểm tra: Sở Nội vụ rà soát ..."
    if own_period is not None or topic is not None:
        content_start, attribute = own_period[0] if own_period is not None else topic, None
    if attribute and len(attribute.group("label").split()) <= 4 and not ctx.has_trigger(s.start, s.start + attribute.end()):
        if not _labelled_duty(ctx, s, s.start + attribute.end(), match_key(attribute.group("label"))):
            return
        content_start = s.start + attribute.end()
    if bracketed_lead(ctx, s, content_start) or labelled_roles(ctx, s, content_start):
        return
    made = len(ctx.out)
    parts = duty_clauses(ctx, s, content_start)
    for start, end in parts:
        part = dataclasses.replace(s, start=start, end=end, actors=[m for m in s.actors if start <= m.span.start < end])
        duties(ctx, part, start)
    if not parts:
        duties(ctx, s, content_start)
    if lead_in_kind(ctx, s) is not None:
        _lead_in_holders(ctx, s, made)
        partners_below(ctx, s, made)
        if directed_heading(ctx, s, marker(ctx, s)):   # (its list below it as an actor heading's: ``_hold_heading``)
            state.heading_rank = -1 if _opens_section_list(ctx, s) else _rank(ctx, s)
    else:
        _led_item(ctx, s, made)
    _after_duties(ctx, s, content_start, made, first, own_period[1] if own_period else None)
    time_of_work_before(ctx, s)   # "Việc ... nói trên phải hoàn thành chậm nhất ...": the time of the duty before


def _parties(ctx: Context, s: Sent) -> int:
    """Who directs whom, and the parties of a coordination document or of a signing (a signing an article reports,
    "Sáng 12/5, A và B ký kết Chương trình phối hợp ...", is no one's duty); returns where the sentence's records start."""
    directs(ctx, s)
    first = len(ctx.out)
    parties_of_coordination(ctx, s)
    reported_acts(ctx, s, first)
    return first


def _after_duties(ctx: Context, s: Sent, content_start: int, made: int, first: int, period: str | None) -> None:
    """What follows from the sentence's duties: a dated statement, the period of its item, the leads in turn, the
    partners of an act done."""
    dated_statement(ctx, s, content_start, made)
    item_in_period(ctx, s, made, period)
    chairs_in_turn(ctx, s, made)   # "...; luân phiên chủ trì theo thứ tự A, B, C": each leads in its turn
    reported_acts(ctx, s, first)   # "X đã phối hợp với Y, Z ...": an act done, its partners hold no duty of it


_MOTTO_WORD = either_case(r"h[ạa]nh\s+ph[úu]c|c[ộôo]ng\s+h[òoó]a|đ[ảaá]ng\s+c[ộôo]ng|đ[ộôo]c\s+l[ậâa]p")   # a cheap look first


def _no_duty_line(ctx: Context, s: Sent) -> bool:
    """A line that states no duty of its own: a motto line of an attached document's header ("Độc lập - Tự do - Hạnh
    phúc": it ends the actor heading above it), a body listed as a holder below a lead-in ("- Sở Xây dựng (đối với
    ...);" below "Giao ... gồm:"), a bare duty word over the items ("Có trách nhiệm:")."""
    line = ctx.match[s.start:s.end].strip()
    if _MOTTO_WORD.search(line) and sum(b - a for a, b in motto_spans(line)) >= 0.8 * len(line):
        ctx.state.heading = []
        return True
    if s.start > s.sentence.span.start and dutycues.TOPIC_LINE.fullmatch(ctx.low, s.start, s.end) \
            and not (dutycues.TOWARDS.match(ctx.low, s.start) and heading_actors(ctx, s)):
        return True   # "1. Về lĩnh vực tài nguyên, môi trường:": the topic of the items below; not "a) Đối với Sở Y tế:"
    return listed_holder(ctx, s) or bool(ctx.state.heading) and dutycues.DUTY_LEAD_IN.fullmatch(ctx.low, s.start, s.end) \
        or remit_group_line(ctx, s)   # "4. Các nhiệm vụ chuyên môn thuộc lĩnh vực ...:" below "Điều 2. Nhiệm vụ ..."


def _carry_over(ctx: Context, s: Sent) -> None:
    """What still holds at this sentence of the actor heading and the lead-in's addressees above it."""
    state = ctx.state
    if state.heading and not ctx.within(s.sentence.section, state.heading_section):
        state.heading = []
    directed_heading_ends(ctx, s, marker(ctx, s))
    after = item_after_lead_in(ctx, s)
    if state.addressees and not (ctx.within(s.sentence.section, state.addressee_section)
                                 or s.role == "tasks" and not _item_section(ctx, state.addressee_section) or after):
        # a lead-in's addressees hold the tasks below it; a numbered item's own ("6. Đề nghị X ...") end with it
        state.addressees = []
    elif state.addressees and s.role == "body" and s.start == s.sentence.span.start and not inside_item(ctx, s) \
            and not (after and (ctx.opening.get(s.sentence.section) is not s.sentence
                                or _item_section(ctx, s.sentence.section))):
        state.addressees = []   # a plain line of a body ends the items of the lead-in ("... đề nghị X: - ...; - ...")


def _labelled_duty(ctx: Context, s: Sent, value_start: int, label: str) -> bool:
    """A line "Label: ..." whose label is no actor: True when the words after the label are to be read for duties;
    else the line is done with here: the time of its item ("Thời gian hoàn thành: Quý IV/2025"), an aim ("Mục tiêu:
    ..."), an attribute ("Địa điểm: ..."), or a dated statement ("Báo cáo 6 tháng: các đơn vị gửi Sở Tài chính trước
    ngày 05/7")."""
    if deadline_label(label):
        item_deadline(ctx, s, value_start)
        return False
    label_role = section_role(label)
    if label_role == "objectives":
        objectives(ctx, s, value_start, s.end, parent=None, whole=True)
        return False
    if label_role not in ("tasks", "requirements") and not topic_of_duty(ctx, s, value_start):
        dated_statement(ctx, s, s.start, len(ctx.out))
        return False
    return True


def _preamble(ctx: Context, s: Sent) -> bool:
    """"Căn cứ Luật ...;", "Theo đề nghị của Bộ trưởng Bộ Y tế;": a ground of the act, no duty (not "Căn cứ tình hình
    thực tế, Ủy ban nhân dân xã giao ...", whose main clause gives one). Above the act, a ground that ends with its
    semicolon or holds no comma is one however the cited document's title reads ("Căn cứ Thông tư liên tịch ... của
    Bộ A, Bộ B quy định về phối hợp ...;"): its duty words are that document's, its bodies no parties of this one's."""
    opener = dutycues.PREAMBLE.match(ctx.low, s.start)
    if opener is None or s.start != s.sentence.span.start:
        return False   # not "c) Căn cứ chiến lược ... để xây dựng ...", an item of duties
    line = ctx.match[s.start:s.end].rstrip(" \t\n*_")   # "*Căn cứ Luật ...;*": the italics of a Word copy
    listed = line.endswith(";") or "," not in line   # no comma to open a main clause after the ground
    return listed and (s.role not in DUTY_PARTS or not ctx.has_trigger(opener.end(), s.end))


def _time_of_above(ctx: Context, s: Sent) -> bool:
    """"BƯỚC BA" / "Tổ chức hội nghị hiệp thương lần thứ hai ..." / "(Từ ngày 02/2 đến ngày 03/2/2026)": a line that
    only gives the time, in brackets, of the line above it: that line's task (or, when it made none, a requirement of
    its words) is due then. True when the line is so."""
    m = deadlinecues.BRACKETED_TIME.fullmatch(ctx.low, s.start, s.end)
    if m is None or s.sentence.index == 0:
        return False
    found = find_deadline(ctx.low, m.start("time"), m.end("time"))
    if not (found is not None and found[0] == m.start("time")
            or m.group("label") and deadlinecues.DUE_MOMENT.search(ctx.low, m.start("time"), m.end("time"))):
        return False   # "(Thời gian thực hiện: Quý II/2026)" names the time with its label, a bare moment will do
    above = ctx.sentences[s.sentence.index - 1]
    deadline = ctx.text[m.start("time"):m.end("time")]
    index = ctx.first_task_of(above.index)
    if index is not None:
        ctx.out[index].deadline = ctx.out[index].deadline or deadline
        return True
    numbering = NUMBERING.match(ctx.match[above.span.start:above.span.end])
    start, end = ctx.span_text(above.span.start + (numbering.end() if numbering else 0), above.span.end)
    words = ctx.text[start:end]
    if len(words.split()) >= 3 and not mostly_capitals(words) and "|" not in ctx.match[start:end]:
        ctx.add(Assertion("requirement", Span(start, end), above.index, text=words.rstrip(" .:;"), deadline=deadline))
    return True


def _lead_in_holders(ctx: Context, s: Sent, made: int) -> None:
    """"10. Ủy ban nhân dân các cấp ... thực hiện quản lý nhà nước ..., cụ thể như sau:": a duty of its own whose
    holders also hold the items below, as under an actor heading. "1. Trung ương Đoàn" / "- Giao Ban Tuyên giáo là đơn vị
    thường trực ... thực hiện các nội dung:" / "+ Chủ trì ...": the body the line names and gives the items holds them,
    not the heading's body that gives them."""
    tasks = [a for a in ctx.out[made:] if a.relation == "task" and a.sentence == s.sentence.index and a.subjects]
    state = ctx.state
    task = next((a for a in tasks if a.subjects != ctx.iris(state.heading) and given_to(ctx, s, a)),
                tasks[0] if tasks else None)
    holders = [m for m in s.actors if task is not None and m.iri in task.subjects]
    if not holders and task is not None and state.heading and task.subjects == ctx.iris(state.heading):
        # "1. Phòng Văn hóa:" / "- Phối hợp với Trung tâm Văn hóa:" / "+ Tổ chức ...;": the heading's actors hold the
        # items below the lead-in with the partners it names, until an item beside the lead-in
        state.heading_lead = next((i for i in range(made, len(ctx.out)) if ctx.out[i].relation == "coordination"
                                   and ctx.out[i].sentence == s.sentence.index and ctx.out[i].objects), None)
        state.heading_lead_marker = marker(ctx, s) if state.heading_lead is not None else None
        return
    if holders:
        # "Giao X ...:", "X là đơn vị thường trực ...:" under the heading of another body: X is given the items
        mark = marker(ctx, s)
        given = bool(state.heading) and (task is not tasks[0] or not set(task.subjects) & set(ctx.iris(state.heading)))
        state.given_marker = (holders, mark, state.heading, state.heading_rank) if given and mark and mark in "-+•*" \
            and state.heading_section == s.sentence.section else None
        state.heading, state.heading_section = holders, s.sentence.section
        state.heading_rank = _rank(ctx, s)
        state.heading_lead = None if given else next(   # (given: each item says whether X leads it, "+ Chủ trì ...")
            (i for i in range(made, len(ctx.out)) if ctx.out[i].relation == "coordination"
             and ctx.out[i].sentence == s.sentence.index and ctx.out[i].subjects
             and (ctx.out[i].qualifier != "unled" or ctx.out[i].objects)), None)
        if names_roles(ctx, s) and not given:   # (a duty given stays the line's own: "tham mưu Y thực hiện ...:")
            for a in ctx.out[made:]:   # "1. Bộ Y tế chủ trì, phối hợp với A, B:": the roles of the items below, no
                if a.sentence == s.sentence.index and a.relation in ("task", "coordination"):   # task of its own
                    a.relation = "lead-in"


def _led_item(ctx: Context, s: Sent, made: int) -> None:
    """An item below "Giao X chủ trì, phối hợp với Y, Z thực hiện các nhiệm vụ sau:": X leads it, with Y and Z."""
    state = ctx.state
    if state.heading_lead is None or not state.heading:
        return
    lead_in = ctx.out[state.heading_lead]
    for i in range(made, len(ctx.out)):
        task = ctx.out[i]
        if task.relation == "task" and task.sentence == s.sentence.index and task.subjects == lead_in.subjects \
                and not led_on_its_own(ctx, i, lead_in.subjects, made):   # (bodies named deep inside the item)
            ctx.add(Assertion("coordination", task.evidence, task.sentence, subjects=list(lead_in.subjects),
                              objects=list(lead_in.objects), text=task.text, levels=task.levels, parent=i,
                              qualifier="unled" if lead_in.qualifier == "unled" else None))


def run(ctx: Context) -> list[Assertion]:
    """Read every sentence outside recipients, signatures and skipped spans; then the issuer from the metadata."""
    starts = [m.span.start for m in ctx.mentions]   # sorted: each sentence finds its mentions by bisection
    for sentence in ctx.sentences:
        role = ctx.role_of(sentence.section)
        if role in _SKIPPED_ROLES:
            continue
        span = sentence.span
        if any(s.start <= span.start and span.end <= s.end for s in ctx.source.skipped):
            continue
        numbering = NUMBERING.match(ctx.match[span.start:span.end])
        start = span.start + (numbering.end() if numbering else 0)
        first = bisect.bisect_left(starts, span.start)
        mentions = [m for m in ctx.mentions[first:bisect.bisect_right(starts, span.end, first)] if m.span.end <= span.end]
        sent = Sent(sentence, role, start, span.end, [m for m in mentions if m.category == "actor"], mentions)
        read_sentence(ctx, sent, top_numbered=bool(_TOP_NUMBERING.match(ctx.match[span.start:span.end])))
    issuer_from_metadata(ctx)
    return finish(ctx)


def is_heading(ctx: Context, s: Sent) -> bool:
    """A line in capitals, or the title of the section it opens: no duty of its own."""
    raw = ctx.match[s.start:s.end].strip()
    if mostly_capitals(raw):
        return True
    section = ctx.sections.get(s.sentence.section)
    if section is not None and section.title and s.sentence.span.start == section.span.start \
            and not _introduces_items(ctx, s) and not (s.role == "objectives" and opens_with_verb(ctx, s.start, s.end)):
        # a lead-in holder's own duty: "2. Sở Y tế ... sau:", "2. Giao Sở Y tế chủ trì, phối hợp với ... sau:"
        if _holder_and_verb(ctx, s):
            return False   # "7. Bộ Quốc phòng tiếp tục chỉ đạo ..." cut by a blank line: a duty, not a title
        title = match_key(section.title)
        body = match_key(raw).rstrip(".:")
        return body == title or (body.endswith(title) and len(body) - len(title) < 8)
    return False


def _holder_and_verb(ctx: Context, s: Sent) -> bool:
    """The line opens with its holders and a verb of the genre after them, in lower case ("Bộ Y tế tiếp tục chỉ đạo
    ..."): a sentence, whatever the layout made of it."""
    if _rank(ctx, s) == 0:
        return False   # "Điều 7. Cơ quan, tổ chức, đơn vị tiến hành giới thiệu ...": an article's title
    chain = ctx.opening_chain(s, s.start, s.end)
    return bool(chain) and ctx.verb_after(chain[-1].span.end, s.end)


def _introduces_items(ctx: Context, s: Sent) -> bool:
    """A lead-in that names who holds the items below it, or their lead and partners, or that is a holder's own duty
    (its items below it), not the title of its section."""
    kind = lead_in_kind(ctx, s)
    return kind == "roles" or kind is not None and (ctx.opening_chain(s, s.start, s.end) or _assigns(ctx, s)
                                                    or _duty_of_heading(ctx, s) or _addressees_item(ctx, s))


def _duty_of_heading(ctx: Context, s: Sent) -> bool:
    """"4. Sở Khoa học và Công nghệ:" / "c) Hằng năm, tổng hợp danh mục nhiệm vụ ...:": an item below an actor heading
    (or a lead-in that names its addressees) that opens with a verb (after a time) is a duty of the heading's actors,
    its own items below it."""
    state = ctx.state
    if not (state.heading and ctx.within(s.sentence.section, state.heading_section)
            or state.addressees and s.start > s.sentence.span.start):   # or an item of a lead-in's addressees
        return False
    pos = s.start + len(ctx.low[s.start:s.end]) - len(ctx.low[s.start:s.end].lstrip())
    time = deadlinecues.DEADLINE.match(ctx.low, pos, s.end)
    if time is not None and ctx.low.startswith(",", time.end()):
        pos = time.end() + 1
    return not s.actors[:1] or s.actors[0].span.start > pos and ctx.verb_after(pos, s.end)


def _addressees_item(ctx: Context, s: Sent) -> bool:
    """"1. Thực hiện rà soát ... theo các nhóm đối tượng như:" after "Tổng cục Thuế yêu cầu Cục Thuế ... như sau:": an
    item of a lead-in's addressees that opens with a verb is their duty, its own items below it."""
    return bool(ctx.state.addressees) and ctx.verb_after(s.start, s.end)


def _assigns(ctx: Context, s: Sent) -> bool:
    """A lead-in that gives a named actor a lead ("Giao Sở Y tế chủ trì, phối hợp với ... thực hiện các nội dung sau:")
    or asks named actors ("3. Đề nghị Ủy ban MTTQ tỉnh phối hợp thực hiện các nội dung sau:")."""
    lead = dutycues.LEAD.search(ctx.low, s.start, s.end)
    if lead is not None and ctx.chain_before(lead.start(), s.start, s.actors):
        return True
    asked = dutycues.REQUIRE.search(ctx.scan, s.start, s.end)
    return asked is not None and bool(ctx.chain_after(asked.end(), s.end, s.actors, gap_chars=":"))


def _continues_title(ctx: Context, s: Sent) -> bool:
    """The second line of a heading wrapped in two ("A. ĐỐI VỚI VIỆC GIỚI THIỆU NGƯỜI ỨNG CỬ" / "ĐẠI BIỂU QUỐC HỘI"):
    the names in it are what the heading is about, not who holds the duties below."""
    section = ctx.sections.get(s.sentence.section)
    if section is None or not section.title or s.sentence.span.start == section.span.start:
        return False
    title, body = match_key(section.title), match_key(ctx.match[s.start:s.end]).rstrip(".:")
    return title != body and title.endswith(" " + body)


def _item_section(ctx: Context, index: int | None) -> bool:
    """The section is a numbered item ("6.", "a)")."""
    section = ctx.sections.get(index) if index is not None else None
    return section is not None and section.number is not None


def _opens_section_list(ctx: Context, s: Sent) -> bool:
    """An unnumbered lead-in that opens the section of the list below it ("X có các nhiệm vụ, quyền hạn sau đây:"
    over "1. Về ..." / "a) ..."): its numbered items, however numbered, are below it, not beside it."""
    section = ctx.sections.get(s.sentence.section)
    return section is not None and section.number is None and section.title is None \
        and section.span.start == s.sentence.span.start and ctx.match[s.start:s.end].rstrip().endswith(":")


def _hold_heading(ctx: Context, s: Sent, heading: list[Mention]) -> None:
    """An actor heading: the duties below it are its actors' until a sibling heading or the end of its part."""
    state = ctx.state
    state.heading, state.heading_section, state.heading_lead = heading, s.sentence.section, None
    lead_heading(ctx, s, heading)   # "1. Sở Y tế (cơ quan chủ trì):": it leads the items below
    heading_purpose(ctx, s, objectives)   # "2.1. Để ..., Đảng đoàn Quốc hội xác định các nhiệm vụ sau:": the document's
    state.heading_atx = atx_level(ctx, s)   # "## Sở Y tế" in a converted copy: until the next heading at its level
    state.heading_rank = -1 if _opens_section_list(ctx, s) else _rank(ctx, s)
    if closes_plain_paragraph(ctx, s):
        # "Theo dự thảo, Bộ Tài chính có trách nhiệm:" ending a paragraph, "a) ...", "b) ..." beside it in the
        # outline: the items are the heading's, as the items after a lead-in paragraph are its addressees'
        state.addressees, state.addressee_section = list(heading), s.sentence.section


_CLAUSE_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s")


def heading_actors(ctx: Context, s: Sent) -> list[Mention] | None:
    """'1. Sở Văn hóa, Thể thao và Du lịch:' or 'Điều 2. Trách nhiệm của Bộ Công an': duties below are theirs."""
    raw_low = ctx.low[s.start:s.end]
    if not s.actors or _continues_title(ctx, s):
        return None
    framed = ctx.after_frame(s.start, s.end)   # "Theo dự thảo, Bộ Tài chính có trách nhiệm:" over "a) ..."
    m = dutycues.RESPONSIBILITY_HEADING.match(ctx.low, framed, s.end) or dutycues.REMIT_FIRST.match(ctx.low, framed, s.end)
    start = m.end() if m else framed
    members = dutycues.MEMBERS_OF.match(ctx.low, start, s.end) if m else None
    start = members.end() if members else start   # "Nhiệm vụ của Trưởng đoàn, thành viên Đoàn kiểm tra": the Đoàn
    chain = ctx.chain_after(start, s.end, s.actors, gap_chars=";")   # "4. Sở Văn hóa ...; Báo Cần Thơ"
    delegated = dutycues.DELEGATED_TO.match(raw_low)
    holders = ctx.chain_after(s.start + delegated.end(), s.end, s.actors) if delegated else []
    if holders and dutycues.DELEGATED.match(ctx.low, holders[-1].span.end, s.end):
        return holders   # "Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau"
    if not chain and cues.FRONTED_PURPOSE.match(raw_low):
        # "2.1. Để thực hiện có hiệu quả Nghị quyết ..., Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:"
        comma = ctx.low.rfind(",", s.start, s.actors[0].span.start)
        chain = ctx.chain_after(comma + 1, s.end, s.actors) if comma >= 0 else []
        if not chain or not dutycues.DUTY_LEAD_IN.match(ctx.low, chain[-1].span.end, s.end):
            return None
    if not chain:
        return None
    chain, rest = role_aside(ctx, s, *delegated_aside(ctx, s, *owners_of_duties(ctx, s, chain, m is not None)))   # "của A; của B:"
    # "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các cấp" over "a) ...; b) ...": a numbered
    # clause of names only (their levels after them) heads the items below it; an item of a list ends with ";" or ","
    numbered = (bool(_CLAUSE_NUMBER.match(ctx.match, s.sentence.span.start, s.start)) or atx_level(ctx, s)) \
        and not rest.rstrip().endswith((";", ",")) and (ctx.gap_ok(rest.rstrip(" :.")) or qualifier_only(rest))
    # "Điều 8. Các sở, ban, ngành khác": an article's title of names and a word that says which of them
    article = _rank(ctx, s) == 0 and qualifier_only(rest, most=3) and is_heading(ctx, s)
    if re.fullmatch(r"[\s,;.:]*", rest) and (rest.strip().startswith(":") or m or is_heading(ctx, s)) or numbered \
            or article:
        return chain
    if m is not None and dutycues.RESPONSIBILITY_HEADING.match(raw_low) and dutycues.HEADING_SCOPE.fullmatch(rest) \
            and is_heading(ctx, s):
        return chain   # "Điều 5. Trách nhiệm của Sở Y tế trong phối hợp": what the duties below are about
    if dutycues.DUTY_LEAD_IN.match(ctx.low, chain[-1].span.end, s.end):
        return chain   # "3. Bộ Y tế trong phạm vi nhiệm vụ, quyền hạn của mình thực hiện các nội dung sau:"
    if dutycues.TITLE_LEAD_IN.match(ctx.low, chain[-1].span.end, s.end) \
            and _rank(ctx, s) == 0:
        return chain   # "Điều 4. Sở Tài chính có nhiệm vụ" over "1. ...": an article's title, its colon left out
    if chain[0].span.start - s.start <= 12 and dutycues.OWN_POWERS.search(ctx.low, chain[-1].span.end, s.end):
        return chain   # "Trung tâm ... quy định tại Điều 7 Nghị định ... có những nhiệm vụ, quyền hạn cụ thể sau đây:"
    return None


def _inline_heading(ctx: Context, s: Sent) -> tuple[list[Mention], int] | None:
    """An actor heading with its duties on the same line ("Trách nhiệm của Sở Y tế: bố trí ...", "Sở Y tế: tổ chức
    ..."): the actors and where their duties start; None otherwise."""
    colon = ctx.match.find(":", s.start, min(s.end, s.start + 160))
    colon, after = duty_is(ctx, s) if colon < 0 else (colon, colon + 1)   # "Trách nhiệm của X là ...": "là" as ":"
    if colon < 0 or not s.actors or not ctx.match[colon + 1:s.end].strip(" .;") \
            or any(a.span.start < colon < a.span.end for a in s.actors):
        return None   # "Giám đốc các Sở: Nông nghiệp và Môi trường, Xây dựng": the colon is inside a list of names
    m = dutycues.RESPONSIBILITY_HEADING.match(ctx.low, s.start, colon)
    start = m.end() if m else s.start
    chain = [a for a in ctx.chain_after(start, colon, s.actors) if a.span.end <= colon]
    # ... the names may be followed by a few words that say which of them ("Chi cục Kiểm lâm vùng núi phía Bắc: ...")
    if not chain or not (ctx.gap_ok(ctx.gaps[chain[-1].span.end:colon]) or qualifier_only(ctx.match[chain[-1].span.end:colon], most=6)) \
            or not ctx.gap_ok(ctx.gaps[start:chain[0].span.start]):
        return None
    if ctx.chain_after(colon + 1, s.end, s.actors):
        return None   # "X và các đoàn thể: Hội Nông dân, Đoàn Thanh niên xã vận động ...": members named, read whole
    return chain, after


def _rank(ctx: Context, s: Sent) -> int:
    """How high the line of ``s``'s sentence sits (:func:`~policykg.graph_builder.assertions.leadins.numbering_rank`)."""
    return numbering_rank(ctx.match[s.sentence.span.start:s.sentence.span.end])


def finish(ctx: Context) -> list[Assertion]:
    """The assertions found; a task nobody holds becomes a requirement."""
    # a task nobody holds (no subject, no heading, no addressees, no "Cơ quan chủ trì") stays a requirement
    for a in ctx.out:
        if a.relation == "task" and not a.subjects:
            a.relation = "requirement"
    return ctx.out
