"""Lead-ins: the lines that introduce the items below them ("Chỉ thị yêu cầu:", "1. Bộ Công Thương chủ trì, phối hợp
với các bộ, cơ quan liên quan" over "a) ...", "b) ..."), and the numbered items that follow the plain paragraph of a
lead-in ("... Tổng cục Thuế yêu cầu Cục Thuế các tỉnh ... cụ thể như sau:" over "1. Thực hiện rà soát ...")."""

from __future__ import annotations

import re

from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.assertions.coordination import bare_roles
from policykg.graph_builder.model import Assertion, Span

__all__ = ["item_after_lead_in", "item_in_period", "lead_in_kind", "listed_holder", "period_heading"]

_ARTICLE = re.compile(r"\s*(?:Điều|ĐIỀU|[IVXL]{1,5}[.)])")
_BULLET = re.compile(r"\s*[-+•]\s")
_NAMES_ONLY = re.compile(r"\s*(?:\([^()]*\)\s*)?[;.,]?\s*")   # "- Sở Xây dựng (đối với tài sản ... đô thị);"


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
    if not s.actors or not _BULLET.match(ctx.match, s.sentence.span.start, s.start + 1):
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
    if s.start == s.sentence.span.start or s.actors or not dutycues.PERIOD_HEADING.fullmatch(ctx.low, s.start, s.end):
        return False
    start, end = ctx.span_text(s.start, s.end)
    ctx.state.period = (s.sentence.section, ctx.text[start:end].rstrip(":").strip())
    return True


def item_in_period(ctx: Context, s: Sent, made: int) -> None:
    """"- Thành lập Ban Chỉ đạo Chương trình;" below "a) Giai đoạn 1 (năm 2010 - 2011)": the item is due in that
    period; a duty it made without a time of its own gets it, an item that made none is a requirement due then."""
    period = ctx.state.period
    if period is None or s.start == s.sentence.span.start and ctx.opening.get(s.sentence.section) is s.sentence:
        return
    if not ctx.within(s.sentence.section, period[0]):
        ctx.state.period = None
        return
    records = [a for a in ctx.out[made:] if a.relation in ("task", "requirement") and a.sentence == s.sentence.index]
    for record in records:
        record.deadline = record.deadline or period[1]
    start, end = ctx.span_text(s.start, s.end)
    if not records and s.start > s.sentence.span.start and end - start > 12:
        ctx.add(Assertion("requirement", Span(start, end), s.sentence.index, text=ctx.text[start:end].rstrip(". "),
                          deadline=period[1]))
