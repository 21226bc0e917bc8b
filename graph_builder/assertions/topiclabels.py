"""A line that names what its duty is about in a label before the holders: "Công tác tuyên truyền: Văn phòng chủ trì,
Đoàn Thanh niên phối hợp tổ chức ...", "Về công tác kiểm tra: Sở Nội vụ rà soát biên chế ...", "c) Đối với các dự án
chậm tiến độ: Sở Tài chính rà soát, đề xuất điều chuyển vốn.", "b) Kiểm soát rủi ro của hệ thống: Sở Y tế có trách
nhiệm xây dựng quy trình ...".

The label is no actor and no time: the words after it open with the duty's holders and a duty word or a verb, and
the duty is read from there, as a sentence of its own (the holders are those named after the label, not the label's
words, and the duty's text starts with them). A label opened by "Về" or "Đối với" is a topic whatever its own words
(a field of work often named by a verb: "công tác kiểm tra"); another label is one when it names no body, holds no
duty word and is no time or aims label ("Thời gian thực hiện: ...", "Mục tiêu: ..."), however long it is (a short
one is also read by ``walk``'s attribute lines), opens its line (after an item's mark) and has two words or more.
Not a topic: a label that IS the holder ("Sở Y tế: chủ trì ...", an inline heading, read before this), a label that
is the task with only its roles after it ("Xây dựng mô hình A: Sở X chủ trì, Sở Y (phối hợp)."), a caption ("Ảnh:
Công an tỉnh tuyên truyền ..."), a colon in a paragraph's sentence ("... Tham dự cuộc họp có đại diện: Sở A, ...").
"""

from __future__ import annotations

import dataclasses
import re

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.deadlines import deadline_label
from policykg.graph_builder.model import Mention
from policykg.graph_builder.segment import section_role

__all__ = ["clause_after_label", "topic_label_end", "topic_of_duty"]

_TOPIC_LABEL = re.compile(r"\s*(?:về|đối với)\s+[^:;.]{1,80}:\s*")
_LABEL = re.compile(r"\s*(?P<label>[^\W\d][^:;.()\[\]\d]{2,100}?)\s*:\s*")   # up to the line's first colon
_MOST_WORDS = 15
_MARKER = re.compile(r"\s*(?:[-+•*–]|[a-zđ]\)|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.)?\s*")   # an item's mark
_ROLE_ONLY = re.compile(r"\s*\(?(?:chủ trì|phối hợp|thực hiện|tham gia)(?:\s+(?:thực hiện|tổ chức thực hiện))?\)?\s*(?:[,;.]|$)")


def topic_of_duty(ctx: Context, s: Sent, after: int) -> bool:
    """The words of ``s`` from ``after`` (past a label) name the duty's holders before a duty word or a verb (not
    "Thời gian thực hiện: năm 2024")."""
    chain = ctx.opening_chain(s, after, s.end) or _named_first(ctx, s, after)
    return bool(chain) and (ctx.has_trigger(chain[-1].span.end, s.end) or ctx.verb_after(chain[-1].span.end, s.end))


def _named_first(ctx: Context, s: Sent, after: int) -> list[Mention]:
    """The bodies named right at ``after`` (": | Sở Y tế có trách nhiệm ..."), whatever words follow them."""
    chain = ctx.chain_after(after, s.end, s.actors)
    return chain if chain and ctx.gap_ok(ctx.gaps[after:chain[0].span.start]) else []


def topic_label_end(ctx: Context, s: Sent) -> int | None:
    """Where the duty starts after a topic label ("Về công tác kiểm tra: | Sở Nội vụ rà soát ...", "Kiểm soát của con
    người: | Sở Nội vụ xây dựng cơ chế ..."), or None when the line has no such label or no holders after it."""
    m = _TOPIC_LABEL.match(ctx.low, s.start, s.end)
    if m is not None:
        return m.end() if topic_of_duty(ctx, s, m.end()) else None
    m = _LABEL.match(ctx.low, s.start, s.end)
    if m is None or not _plain_label(ctx, s, m) or not topic_of_duty(ctx, s, m.end()):
        return None
    if any(_ROLE_ONLY.match(ctx.low, a.span.end, s.end) for a in s.actors if a.span.start >= m.end()):
        return None   # "Xây dựng mô hình A: Sở X chủ trì, Sở Y (phối hợp).": the label is the task, its roles follow
    return m.end()


def _plain_label(ctx: Context, s: Sent, m: re.Match) -> bool:
    """The label of ``m`` names a topic: no body is named in it, it holds no duty word, it gives no time or aim."""
    label = m.group("label")
    line_start = ctx.match.rfind("\n", 0, m.start("label")) + 1
    if not _MARKER.fullmatch(ctx.match, line_start, m.start("label")):
        return False   # "... chủ trì cuộc họp. Tham dự cuộc họp có đại diện: A, B, C": a sentence inside a paragraph
    if not ctx.match[m.start("label")].isupper() or not 2 <= len(label.split()) <= _MOST_WORDS \
            or any(a.span.start < m.end("label") for a in s.actors):
        return False   # "cuộc họp có đại diện: A, B" (a line of a sentence cut), "Ảnh: X tuyên truyền ..." (a caption)
    if ctx.has_trigger(m.start("label"), m.end("label")) or deadline_label(label):
        return False
    return section_role(label) != "objectives"


def clause_after_label(ctx: Context, s: Sent, topic: int | None) -> Sent:
    """The clause of ``s`` after its topic label (``topic``: where it ends, ``topic_label_end``), read as a sentence of
    its own: it opens there and only the bodies it names are its actors ("Về tuyên truyền: | Sở X có trách nhiệm ...");
    ``s`` itself when it has no topic label."""
    if topic is None or topic <= s.start:
        return s
    return dataclasses.replace(s, start=topic, actors=[m for m in s.actors if m.span.start >= topic])
