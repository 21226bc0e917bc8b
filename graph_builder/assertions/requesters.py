"""The duty of a body that asks or assigns another: "X giao / yêu cầu / đề nghị Y <task>" where X is a body the
document gives work to (not the document's issuer, who only speaks).

A decree, a plan or a joint circular often has one body hand a task on or call on another as part of its own duty:

    2. Ủy ban nhân dân cấp tỉnh giao cơ quan chuyên môn trực thuộc xây dựng dự thảo, ...
    a) ... Sở Y tế có trách nhiệm yêu cầu Bệnh viện tỉnh báo cáo kết quả ...
    Sở Nông nghiệp và Môi trường giao Chi cục Thủy lợi làm đơn vị thường trực.

Y holds the task (read by ``duties``: a ``requires`` or, for "giao", a ``task``); X holds a duty of its own, the
assigning or the request ("giao cơ quan chuyên môn trực thuộc xây dựng dự thảo", "yêu cầu Bệnh viện tỉnh báo cáo
..."), as the gold of the real corpus has it (GUIDELINES.md: "giao X ...", "yêu cầu X ..." are duties; the one that
gives them, when it is a body the text gives work to, acts too). Not the issuer ("Ủy ban nhân dân tỉnh yêu cầu các
sở ..." in the province's own plan: the document's voice), and only where the document prescribes (a news item's
"Bộ Y tế yêu cầu các bệnh viện ..." reports the ministry's own instruction, no duty of it).
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues, dutycues
from policykg.graph_builder.assertions.context import DUTY_PARTS, Context
from policykg.graph_builder.model import Assertion, Span

__all__ = ["requester_duty"]

# the words a requester's duty may open with between its name and the request ("X có trách nhiệm yêu cầu Y",
# "X chủ động đề nghị Y", "X kịp thời giao Y"): the name and the verb otherwise stand side by side
_BETWEEN = re.compile(r"\s*(?:(?:có|chịu)\s+trách\s+nhiệm|phải|chủ\s+động|kịp\s+thời|tiếp\s+tục|trực\s+tiếp|sẽ)?\s*$")


def _opens_clause(ctx: Context, start: int, pos: int) -> bool:
    """The requesters open their clause: before them only an item's mark, or a fronted condition up to its comma
    ("Trường hợp phát hiện sai sót, | Sở Y tế có trách nhiệm yêu cầu ..."); not a body named inside another duty
    ("Sở A báo cáo Sở B đề nghị ...")."""
    words = ctx.low[start:pos]
    cut = max(words.rfind(","), words.rfind(";"), words.rfind(":"))
    rest = words[cut + 1:] if cut >= 0 else words
    return re.fullmatch(cues.ITEM_MARK, rest) is not None


def requester_duty(ctx: Context, d) -> None:
    """After a sentence's request was recorded (``d``: duties' ``_Duty``), the requester's own duty, a task from the
    request's verb to the end of the sentence (or clause)."""
    s = d.s
    if not d.addressees or d.request_kind not in ("giao", "yêu cầu", "đề nghị"):
        return
    if not (s.role in DUTY_PARTS or s.role == "body" and ctx.prescribes):
        return
    cue = None
    for m in dutycues.REQUIRE.finditer(ctx.scan, d.start, d.addressees[0].span.start):
        cue = m
    if cue is None or ctx.match[cue.end():d.addressees[0].span.start].strip(" :"):
        return
    before = ctx.chain_before(cue.start(), d.start, s.actors, loose=4)
    if not before or not _BETWEEN.fullmatch(ctx.low, before[-1].span.end, cue.start()) \
            or not _opens_clause(ctx, d.start, before[0].span.start):
        return
    holders = ctx.iris(before)
    issuers = {ctx.issuer, *(r.iri for r in ctx.policy.issuers if r.iri)}
    if any(h in issuers for h in holders) or any(m.office and len(m.office) >= m.span.end - m.span.start for m in before):
        return   # the document's own voice, or a bare office ("Bộ trưởng giao ...": the issuer's head)
    ts, te = ctx.span_text(cue.start(), d.end)
    if te <= ts:
        return
    ctx.add(Assertion("task", Span(ts, te), s.sentence.index, subjects=holders, text=ctx.text[ts:te],
                      levels=ctx.levels(before)), key=("requester", s.sentence.index, tuple(holders)))
