"""Chairing in turn in a stated order: "Định kỳ 6 tháng, các bên tổ chức giao ban ...; luân phiên chủ trì theo thứ tự
Công an tỉnh, Bộ đội Biên phòng tỉnh, Bộ Chỉ huy Quân sự tỉnh." Each body of the order leads the sentence's task in its
turn: they lead it together (co-leads, as the bodies of one "Thực hiện" cell). Without the order ("luân phiên chủ
trì"), no body is named and none leads (``dutycues.LEAD``)."""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.model import Assertion, Span

__all__ = ["chairs_in_turn"]

# "luân phiên chủ trì theo thứ tự: A, B, C", "luân phiên chủ trì, lần lượt là A, B và C" (searched in the lower-cased text)
_IN_ORDER = re.compile(r"(?<!\w)luân phiên chủ trì\s*,?\s*(?:theo thứ tự|lần lượt(?:\s+là)?)\s*:?\s*")


def chairs_in_turn(ctx: Context, s: Sent, made: int) -> None:
    """The bodies listed after "luân phiên chủ trì theo thứ tự" lead the task the sentence made (from record ``made``
    on): they become its holders and the leads of one coordination of it."""
    order = _IN_ORDER.search(ctx.low, s.start, s.end)
    if order is None:
        return
    bodies = ctx.chain_after(order.end(), s.end, s.actors)
    if len(bodies) < 2 or bodies[0].span.start != order.end():
        return
    leads, levels = ctx.iris(bodies), ctx.levels(bodies)
    evidence = Span(*ctx.span_text(s.start, s.end))
    item = next((i for i in range(made, len(ctx.out)) if ctx.out[i].relation in ("task", "requirement")
                 and ctx.out[i].sentence == s.sentence.index), None)
    if item is None:   # the sentence names no holder before its verb ("các bên tổ chức giao ban ..."): its own task
        item = ctx.add(Assertion("task", evidence, s.sentence.index, subjects=leads,
                                 text=ctx.text[evidence.start:evidence.end].rstrip(". "), levels=levels))
    task = ctx.out[item]
    task.relation, task.subjects, task.levels = "task", leads, levels
    ctx.add(Assertion("coordination", evidence, s.sentence.index, subjects=leads, objects=[], text=task.text,
                      levels=levels, parent=item))
