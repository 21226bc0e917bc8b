"""The times a duty's sentence states: the deadline of the duty it made ("... trước ngày 30/6/2026", or a time that opens
its clause: "Hằng năm, Sở Y tế báo cáo ..."), the later clauses of the duty dated on their own, and a sentence that made
no duty but states when something is to be done (a requirement with that deadline).

Moved out of ``duties.py`` (round 34), which reads the duty and calls ``duty_deadline`` once it is recorded; the walk
(``walk.py``) calls ``dated_statement`` after a sentence's duties. The words of time are ``deadlinecues.py``, found by
``deadlines.find_deadline``.
"""

from __future__ import annotations

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.deadlines import deadline_series, find_deadline, later_clause_deadlines
from policykg.graph_builder.model import Assertion, Mention, Span
from policykg.graph_builder.notdeadlines import no_deadline

__all__ = ["dated_statement", "duty_deadline"]


def dated_statement(ctx: Context, s: Sent, start: int, made: int) -> None:
    """A sentence that made no duty (or its clauses before the first) but states when something is to be done ("Hội
    nghị hiệp thương lần thứ nhất được tổ chức từ ngày ... đến ngày ...", "... chậm nhất là ngày ...") is a
    requirement with that deadline; a
    bare recurrence ("hằng năm") is not enough, and narrative parts (situation, header) and the aims (a target year)
    state no duty."""
    if s.role in ("header", "situation", "objectives"):
        return
    records = [a for a in ctx.out[made:] if a.sentence == s.sentence.index and a.relation in _RECORDS]
    end = s.end
    if records:
        # "- Báo cáo 6 tháng: Các cơ quan gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp ... trước ngày 10/7":
        # a clause before the sentence's first duty, up to a semicolon, that states its own time
        end = ctx.low.rfind(";", start, min(a.evidence.start for a in records))
        if end < 0:
            return
    found = find_deadline(ctx.low, start, end)
    if found is None or not any(c.isdigit() for c in ctx.low[found[0]:found[1]]) \
            or no_deadline(ctx.low, start, end, *found, ctx.document.date):   # a past time, an entitlement's
        return
    rs, re_ = ctx.span_text(start, end)
    ctx.add(Assertion("requirement", Span(rs, re_), s.sentence.index, text=ctx.text[rs:re_],
                      deadline=ctx.text[found[0]:found[1]]))


_RECORDS = ("task", "requirement", "requires")


def duty_deadline(ctx: Context, index: int, floor: int, actors: list[Mention]) -> None:
    """The first deadline stated inside a duty's words ("... trước ngày 30/6/2026") is the duty's; else one that
    opens its clause before the holder ("Hằng năm, Sở Y tế báo cáo ..."). A later clause of the duty with a deadline
    of its own ("Định kỳ báo cáo ... hằng tuần; báo cáo tổng thể ... trước ngày 05/7/2026") is a dated requirement of
    the duty (its holders the duty's)."""
    record = ctx.out[index]
    found = find_deadline(ctx.low, record.evidence.start, record.evidence.end) or \
        (find_deadline(ctx.low, floor, record.evidence.start) if floor < record.evidence.start else None)
    if found is None or no_deadline(ctx.low, min(record.evidence.start, found[0]), found[1], *found, None):
        return
    if record.deadline is None:     # "xong trước ngày A đối với X, xong trước ngày B đối với Y": the whole series
        found = deadline_series(ctx.low, found, ctx.sentences[record.sentence].span.end)
        record.deadline = ctx.text[found[0]:found[1]]
    names = [(m.span.start, m.span.end) for m in actors]
    for c_start, c_end, d_start, d_end in later_clause_deadlines(ctx.low, max(found[1], record.evidence.start),
                                                                  record.evidence.end, names):
        rs, re_ = ctx.span_text(c_start, c_end)
        if len(ctx.words_between(rs, re_)) > len(ctx.words_between(d_start, d_end)):   # words besides the time
            ctx.add(Assertion("requirement", Span(rs, re_), record.sentence, text=ctx.text[rs:re_].rstrip(" ."),
                              parent=index, deadline=ctx.text[d_start:d_end]))
