"""Lead-ins: the lines that introduce the items below them ("Chỉ thị yêu cầu:", "1. Bộ Công Thương chủ trì, phối hợp
với các bộ, cơ quan liên quan" over "a) ...", "b) ..."), and the numbered items that follow the plain paragraph of a
lead-in ("... Tổng cục Thuế yêu cầu Cục Thuế các tỉnh ... cụ thể như sau:" over "1. Thực hiện rà soát ..."); the bodies
a lead-in directs ("Đề nghị X chỉ đạo Y:" over "- ..."); the list markers items open with, and the items that list
things rather than duties."""

from __future__ import annotations

import re

from policykg.graph_builder import deadlinecues, dutycues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.assertions.coordination import bare_roles
from policykg.graph_builder.assertions.narratedtimes import narrated_times
from policykg.graph_builder.assertions.siblingtimes import time_over_siblings
from policykg.graph_builder.deadlines import written_deadline
from policykg.graph_builder.linebreaks import BULLET_MARK
from policykg.graph_builder.model import Assertion, Mention, Span

__all__ = ["NUMBERING", "atx_level", "closes_plain_paragraph", "duty_is", "numbering_rank", "owners_of_duties", "directed_heading", "directed_heading_ends", "given_to", "inside_item",
           "item_after_lead_in", "item_deadline", "item_in_period", "lead_in_kind", "listed_below", "listed_holder",
           "lists_things", "markdown_heading_ends", "marker", "marker_of", "period_heading", "period_label",
           "stated_deadline"]

NUMBERING = re.compile(   # "Điều 5.", "II.", "1.2.", "a)", "- ", and the steps of a procedure ("Bước 1:")
    r"^\s*(?:(?:Điều|ĐIỀU)\s+\d+\s*[.:]?\s*|(?:Bước|BƯỚC)\s+\d{1,2}\s*[.:)]\s*|(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+|[-+•*]\s+)")
_ARTICLE = re.compile(r"\s*(?:Điều|ĐIỀU|[IVXL]{1,5}[.)])")
_NAMES_ONLY = re.compile(r"\s*(?:\([^()]*\)\s*)?[;.,]?\s*")   # "- Sở Xây dựng (đối với tài sản ... đô thị);"
_MORE_OWNERS = re.compile(r"\s*(?:[;,]\s*(?:và\s+)?|\s+và\s+)của\s+")   # "Trách nhiệm của A; của B"
_PAREN_ITEM = re.compile(r"\s*\d{1,2}\)\s")   # "1) Chủ trì ...": an item numbered with a bracket
_ATX = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+(?:\*\*)?$")   # a Markdown heading's marks before its words


def lead_in_kind(ctx: Context, s: Sent) -> str | None:
    """How the sentence introduces the items below it, or None when it does not:

    - ``"roles"``: a numbered line that only names the lead (and its partners) of the items below it, its colon lost
      in a converted copy or kept ("1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan" over "a) Rà
      soát ...", "b) Tổng kết ...");
    - ``"colon"``: it ends with a colon;
    - ``"items"``: the colon lost, it opens a numbered item, ends with no stop, holds a duty word, and the next sentence
      opens a numbered item inside it ("1. Sở Tư pháp chủ trì, phối hợp với các sở ... thực hiện các nội dung" over
      "a) ..."; not "Điều 7. Cơ quan ... tiến hành ...", an article's title)."""
    below = ctx.sentences[s.sentence.index + 1] if s.sentence.index + 1 < len(ctx.sentences) else None
    if s.actors and s.start != s.sentence.span.start and below is not None and below.section != s.sentence.section \
            and ctx.within(below.section, s.sentence.section) and bare_roles(ctx, s, s.start) is not None:
        return "roles"
    line = ctx.match[s.start:s.end].rstrip()
    if line.endswith(":"):
        return "colon"
    section = ctx.sections.get(s.sentence.section) if s.sentence.section is not None else None
    if section is None or section.number is None or line[-1:] in ".;!?" or below is None \
            or ctx.opening.get(section.index) is not s.sentence:
        return None
    item = ctx.sections.get(below.section)
    if item is not None and item.parent == section.index and item.number is not None \
            and dutycues.DUTY_TRIGGER.search(ctx.scan, s.start, s.end) is not None \
            and not _ARTICLE.match(ctx.match, s.sentence.span.start):
        return "items"
    return None


def item_after_lead_in(ctx: Context, s: Sent) -> bool:
    """The sentence is in a numbered item that follows, beside it in the outline (not below it), the plain paragraph of
    the lead-in whose addressees hold the items ("... Tổng cục Thuế yêu cầu Cục Thuế các tỉnh ... triển khai các giải
    pháp, cụ thể như sau:" over "1. Thực hiện rà soát ...", "2. Tăng cường ..."; "1. Về giảm nhẹ ..." / "a) Chỉ đạo
    ..."): an item of that lead-in, its later sentences too ("Qua đó, ..."), a sentence of any part when every section
    between it and the item is numbered and the paragraph has no title, else of the body or the tasks."""
    state = ctx.state
    paragraph = ctx.sections.get(state.addressee_section) if state.addressees and state.addressee_section is not None \
        else None
    item = ctx.sections.get(s.sentence.section) if s.sentence.section is not None else None
    if paragraph is None or paragraph.number is not None or item is None:
        return False
    numbered = True   # every section from the sentence's up to the item is numbered
    while item is not None and item.parent != paragraph.parent and item.parent is not None:
        numbered = numbered and item.number is not None
        item = ctx.sections.get(item.parent)   # "1. Về giảm nhẹ ..." / "a) Chỉ đạo ...": the item beside the paragraph
    return item is not None and item.parent == paragraph.parent and item.number is not None \
        and item.index > paragraph.index \
        and (s.role in ("body", "tasks") or numbered and paragraph.title is None
             and item.span.start >= paragraph.span.end)


def listed_holder(ctx: Context, s: Sent) -> bool:
    """A bullet that only names bodies (a bracket may say which of their fields), below a lead-in that gives a task
    and lists who holds it, or below another such bullet ("Giao các sở quản lý chuyên ngành theo lĩnh vực gồm:" / "-
    Sở Công Thương (đối với ...);" / "- Sở Xây dựng (đối với ...)." / "Có trách nhiệm:" / "a) ..."): the bodies
    listed hold the duties that follow in the same part, as under an actor heading. True when the line is so."""
    state = ctx.state
    if not s.actors or not BULLET_MARK.match(ctx.match, s.sentence.span.start, s.start + 1):
        return False
    chain = ctx.chain_after(s.start, s.end, s.actors)
    if not chain or not _NAMES_ONLY.fullmatch(ctx.match, chain[-1].span.end, s.end):
        return False
    above = ctx.sentences[s.sentence.index - 1] if s.sentence.index > 0 else None
    if above is None or above.section != s.sentence.section:
        return False
    if state.listed_upto == above.index and state.heading_section == s.sentence.section:
        state.heading = state.heading + chain
    else:
        line = ctx.low[above.span.start:above.span.end].rstrip()
        if not line.endswith(":") or dutycues.REQUIRE.search(ctx.scan, above.span.start, above.span.end) is None \
                or any(above.span.start <= m.span.start for m in ctx.mentions if m.category == "actor"
                       and m.span.end <= above.span.end):
            return False   # "Thành phần gồm:" lists members; "Giao Sở Y tế phối hợp với:" names the holder already
        lead_in = ctx.first_task_of(above.index)
        if lead_in is not None and ctx.out[lead_in].relation == "task":
            ctx.out[lead_in].relation, ctx.out[lead_in].subjects = "requirement", []   # its holders are listed below
        state.heading = list(chain)
    state.heading_section, state.heading_rank, state.heading_lead = s.sentence.section, 2, None
    state.listed_upto, state.listed = s.sentence.index, state.heading
    return True


def period_heading(ctx: Context, s: Sent) -> bool:
    """A numbered line of a schedule that only names a period ("a) Giai đoạn 1 (năm 2010 - 2011)", "Năm 2027:"): the
    items below it are due in that period (``item_in_period``). True when the line is so."""
    if s.start == s.sentence.span.start or s.actors or not deadlinecues.PERIOD_HEADING.fullmatch(ctx.low, s.start, s.end):
        return False
    start, end = ctx.span_text(s.start, s.end)
    ctx.state.period = (s.sentence.section, ctx.text[start:end].rstrip(":").strip())
    return True


def period_label(ctx: Context, s: Sent) -> tuple[int, str] | None:
    """"- Năm 2018: Rà soát ...", "Quý IV/2026: tổng kết ...": a label that only names a period before the item's
    words: (where the words start, the period as written), or None."""
    m = _PERIOD_LABEL.match(ctx.low, s.start, s.end)
    if m is None or not deadlinecues.PERIOD_HEADING.fullmatch(m.group("period")) or ctx.low[m.end():s.end].strip() == "":
        return None
    return m.end(), ctx.text[m.start("period"):m.end("period")].strip()


_PERIOD_LABEL = re.compile(r"\s*(?:[-+•]\s*)?(?P<period>[^:;,.]{4,40}?)\s*:\s*")


def item_in_period(ctx: Context, s: Sent, made: int, own: str | None = None) -> None:
    """"- Thành lập Ban Chỉ đạo Chương trình;" below "a) Giai đoạn 1 (năm 2010 - 2011)": the item is due in that
    period (or in the period ``own`` its label names, :func:`period_label`); a duty it made without a time of its own
    gets it, an item that made none is a requirement due then."""
    period = (s.sentence.section, own) if own else ctx.state.period
    if period is None or not own and s.start == s.sentence.span.start \
            and ctx.opening.get(s.sentence.section) is s.sentence:
        return
    if not own and not ctx.within(s.sentence.section, period[0]):
        ctx.state.period = None
        return
    records = [a for a in ctx.out[made:] if a.relation in ("task", "requirement") and a.sentence == s.sentence.index]
    for record in records:
        record.deadline = record.deadline or period[1]
    start, end = ctx.span_text(s.start, s.end)
    if not records and s.start > s.sentence.span.start and end - start > 12:
        ctx.add(Assertion("requirement", Span(start, end), s.sentence.index, text=ctx.text[start:end].rstrip(". "),
                          deadline=period[1]))


def directed_heading(ctx: Context, s: Sent, mark: str) -> bool:
    """A lead-in that ends naming the bodies its holder is to direct ("Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Công an
    tỉnh:" over "- ...", "- Chỉ đạo Sở Y tế:" over "+ ...", "... chỉ đạo các cấp bộ Đoàn, Hội thực hiện một số nội dung
    sau:"): the items below it are the duties of those directed, as
    under an actor heading "Công an tỉnh:", until an item beside it (the same list ``marker``) or the section's end;
    the line itself stays the director's duty. True when the line is so."""
    if not s.actors or not ctx.match[s.start:s.end].rstrip().endswith(":"):
        return False
    verbs = list(dutycues.DIRECT_VERB.finditer(ctx.scan, s.start, s.end))
    chain = ctx.chain_after(verbs[-1].end(), s.end, s.actors) if verbs else []
    if not chain or ctx.match[chain[-1].span.end:s.end].strip() != ":" \
            and not dutycues.DUTY_LEAD_IN.match(ctx.low, chain[-1].span.end, s.end):
        return False      # "... chỉ đạo Y:", "... chỉ đạo Y thực hiện một số nội dung sau:"
    director = ctx.chain_before(verbs[-1].start(), s.start, s.actors, loose=2)
    if director and not any(a.relation == "task" and a.sentence == s.sentence.index and set(a.subjects) & set(
            ctx.iris(director)) for a in ctx.out):   # "Đề nghị X chỉ đạo Y:": X's duty is to direct Y
        start, end = ctx.span_text(verbs[-1].start(), chain[-1].span.end)
        asked = dutycues.REQUIRE.search(ctx.scan, s.start, director[0].span.start)
        ctx.add(Assertion("task", Span(start, end), s.sentence.index, subjects=ctx.iris(director),
                          text=ctx.text[start:end], levels=ctx.levels(director),
                          qualifier="requested" if asked and asked.group(1) == "đề nghị" else None))
    state = ctx.state
    state.heading, state.heading_section, state.heading_lead = list(chain), s.sentence.section, None
    state.directed_marker = (state.heading, mark) if mark in "-+•*" and mark else None
    return True


def directed_heading_ends(ctx: Context, s: Sent, mark: str) -> None:
    """An item beside the lead-in of bodies directed ("- Chỉ đạo Sở Y tế:" / "+ ..." / "- Xem xét ..."): no longer
    theirs; an item beside the lead-in that gives its items to a body ("1. Ủy ban nhân dân tỉnh" / "- Giao Sở Y tế là
    đơn vị thường trực ... các nội dung:" / "+ ..." / "- Kiểm tra ..."): the heading's body's again."""
    state = ctx.state
    if state.directed_marker is not None and state.heading is state.directed_marker[0] \
            and mark == state.directed_marker[1] and s.sentence.section == state.heading_section:
        state.heading, state.directed_marker = [], None
    given = state.given_marker
    if given is not None and state.heading is given[0] and mark == given[1] and s.sentence.section == state.heading_section:
        (state.heading, state.heading_rank), state.given_marker = given[2:], None   # the heading's again


def given_to(ctx: Context, s: Sent, task: Assertion) -> bool:
    """The task's holders are the bodies the line names right after a word that gives or asks ("Giao X là đơn vị thường
    trực ...", "Đề nghị X ...")."""
    named = [m for m in s.actors if m.iri in task.subjects]
    if not named or {m.iri for m in named} != set(task.subjects):
        return False
    asked = [m.end() for m in dutycues.REQUIRE.finditer(ctx.scan, s.start, named[0].span.start)]
    return bool(asked) and not ctx.scan[asked[-1]:named[0].span.start].strip()


def inside_item(ctx: Context, s: Sent) -> bool:
    """The sentence is in a numbered item below the section of the lead-in whose addressees hold the items ("...
    đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện các công việc sau:" / "2. Về lĩnh vực văn hóa:" / "Chỉ đạo Sở Văn
    hóa ..."): a plain line there goes on with the item, it does not end the lead-in's list."""
    state = ctx.state
    section = ctx.sections.get(s.sentence.section) if s.sentence.section is not None else None
    return bool(state.addressees) and section is not None and section.number is not None \
        and section.index != state.addressee_section and ctx.within(section.index, state.addressee_section)


def marker(ctx: Context, s: Sent) -> str:
    """The kind of list marker a line opens with: the bullet itself ("-", "+"), "1." / "a)" / "I." by class, or ""."""
    return marker_of(ctx.match[s.sentence.span.start:s.sentence.span.end])


def marker_of(line: str) -> str:
    """The list marker of a line as ``marker`` reads it."""
    m = NUMBERING.match(line)
    mark = m.group(0).strip() if m else ""
    if not mark or mark[0] in "-+•*":
        return mark[:1]
    return "1" if mark[0].isdigit() else "I" if mark[0] in "IVXL" and mark.rstrip(".)").isupper() else "a"


def lists_things(ctx: Context, s: Sent) -> bool:
    """A bulleted or numbered line that does not open with a verb, below the line of its section it hangs from, which
    ends listing things, examples or members ("1. Rà soát thông tin các công ty theo các nhóm đối tượng như:" / "-
    Doanh nghiệp kinh doanh trực tuyến"; "... báo cáo Thủ tướng Chính phủ các vấn đề sau:" / "- Tình hình lao động,
    việc làm ..."): a thing listed, no duty."""
    if s.start == s.sentence.span.start or ctx.verb_after(s.start, s.end):
        return False
    mark = marker(ctx, s)
    k = s.sentence.index - 1   # the line the items hang from: the nearest line above them that is no item of theirs
    while k >= 0 and ctx.sentences[k].section == s.sentence.section \
            and marker_of(ctx.match[ctx.sentences[k].span.start:ctx.sentences[k].span.end]) == mark:
        k -= 1
    above = ctx.sentences[k] if k >= 0 else None
    return above is not None and above.section == s.sentence.section \
        and dutycues.LISTS_THINGS.search(ctx.low, above.span.start, above.span.end) is not None


def listed_below(ctx: Context, index: int, line: int) -> list[Assertion]:
    """"6.1. Tham gia thực hiện các nhiệm vụ: / - Tham gia ... / - Tổng hợp ... / - Thời gian thực hiện: ...": when the
    record ``index`` of an item is a lead-in (its sentence ends with a colon), the tasks of the lines between it and
    the sentence ``line``, the time line, whom the time is given for (none when it is no lead-in)."""
    lead = ctx.out[index]
    opening = ctx.sentences[lead.sentence].span
    if not ctx.match[opening.start:opening.end].rstrip(" \t*_").endswith(":"):
        return []
    return [a for a in ctx.out if a.parent is None and a.relation in ("task", "requirement")
            and lead.sentence < a.sentence < line]


def item_deadline(ctx: Context, s: Sent, value_start: int) -> None:
    """"- Thời gian hoàn thành: Quý IV/2025", "Thời gian hoàn thành là trong Quý I/2026.": the time of the numbered item
    the line belongs to (of the duty before it when the line is in none); its steps' times when it narrates them."""
    if narrated_times(ctx, s, value_start):
        return      # "Các hoạt động ... hoàn thành trước ngày A và báo cáo ... trước ngày B": each step's own
    written = written_deadline(ctx.text[value_start:s.end])
    index = ctx.item_task(s) if written else None
    if index is None:
        return
    listed = listed_below(ctx, index, s.sentence.index)
    for record in listed or [ctx.out[index]]:
        if record.deadline is None:
            record.deadline = written
    if not listed:
        time_over_siblings(ctx, index, written)


def stated_deadline(ctx: Context, s: Sent, value_start: int) -> None:
    """"- Cục X tiếp tục phối hợp với Y xây dựng ứng dụng ... Thời gian hoàn thành là trong Quý I năm 2022.": the time of
    the duty stated just before it, in the same item."""
    written = written_deadline(ctx.text[value_start:s.end])
    task = ctx.out[ctx.state.last_task] if ctx.state.last_task is not None else None
    if written and task is not None and task.deadline is None and task.sentence == s.sentence.index - 1 \
            and ctx.sentences[task.sentence].section == s.sentence.section:
        task.deadline = written


def closes_plain_paragraph(ctx: Context, s: Sent) -> bool:
    """The line ends with a colon and closes an unnumbered, untitled paragraph that does not open with it (a news
    article's or a letter's paragraph run together with the lead-in of the items below it)."""
    section = ctx.sections.get(s.sentence.section)
    return section is not None and section.number is None and section.title is None \
        and section.span.start < s.sentence.span.start and ctx.match[s.start:section.span.end].rstrip().endswith(":") \
        and ctx.match[s.start:s.end].rstrip().endswith(":")


def atx_level(ctx: Context, s: Sent) -> int | None:
    """The level of the Markdown heading the sentence opens ("## Sở Y tế": 2), from the text as written (the match form
    has its marks blanked); None when it opens none."""
    start = s.sentence.span.start
    m = _ATX.match(ctx.text, ctx.text.rfind("\n", 0, start) + 1, start)
    return len(m.group(1)) if m else None


def markdown_heading_ends(ctx: Context, s: Sent) -> None:
    """A Markdown heading at the level of the actor heading in force or above it ("## Sở Y tế" / ... / "## Kinh phí")
    ends that heading: a converted copy keeps its outline in its marks, not in numbers."""
    state = ctx.state
    level = atx_level(ctx, s) if state.heading and state.heading_atx is not None else None
    if level is not None and level <= state.heading_atx:
        state.heading = []


def owners_of_duties(ctx: Context, s: Sent, chain: list[Mention], titled: bool) -> tuple[list[Mention], str]:
    """The bodies a heading names and what follows them. Under a title of duties ("4. Trách nhiệm của Hội Nông dân;
    của các hợp tác xã:") each "của" names more owners: those the names found join the chain, and owners they missed
    only say whose duties the items below also are (a qualifier, nothing follows)."""
    end = chain[-1].span.end
    more = _MORE_OWNERS.match(ctx.low, end, s.end) if titled else None
    while more is not None:
        owners = ctx.chain_after(more.end(), s.end, s.actors, gap_chars=";")
        if not owners:
            tail = ctx.match[more.end():s.end].rstrip()
            return chain, (":" if tail.endswith(":") and len(tail.split()) <= 8 else ctx.match[end:s.end])
        chain, end = chain + owners, owners[-1].span.end
        more = _MORE_OWNERS.match(ctx.low, end, s.end)
    return chain, ctx.match[end:s.end]


def item_below_heading(ctx: Context, s: Sent) -> bool:
    """A "1)" item the outline nests in the actor heading's "1." section ("1. Sở Y tế" / "1) Chủ trì ..."), no
    sibling of it, though both are numbered in Arabic."""
    heading = ctx.state.heading_section
    return s.sentence.section != heading and ctx.within(s.sentence.section, heading) \
        and _PAREN_ITEM.match(ctx.match, s.sentence.span.start) is not None


def numbering_rank(line: str) -> int:
    """How high a numbered line sits: 0 for "Điều 5." and "II.", 1 for "2.", 2 for anything else.

    >>> [numbering_rank(x) for x in ("Điều 5. Trách nhiệm", "II. NHIỆM VỤ", "2. Sở Y tế:", "a) Chủ trì")]
    [0, 0, 1, 2]
    """
    if re.match(r"\s*(?:(?:Điều|ĐIỀU)\s+\d+|[IVXL]{1,5}[.)])", line):
        return 0
    if re.match(r"\s*\d{1,2}[.)]\s", line):
        return 1
    return 2


def duty_is(ctx: Context, s: Sent) -> tuple[int, int]:
    """"Trách nhiệm của Sở Y tế là bố trí ...", "Nhiệm vụ chính của các xã là ..." (round 22): the span of the "là" right
    after the names, which says what "Trách nhiệm của Sở Y tế: bố trí ..." says with its colon; (-1, 0) otherwise."""
    opens = dutycues.DUTY_OF.match(ctx.low, s.start, s.end)
    chain = ctx.chain_after(opens.end(), s.end, s.actors) if opens else []
    be = dutycues.IS.match(ctx.low, chain[-1].span.end, s.end) if chain else None
    return (be.start(), be.end()) if be else (-1, 0)
