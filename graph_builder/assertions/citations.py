"""References between documents: ``cites`` ("căn cứ", "theo", "thay thế") and ``implements`` ("thực hiện
<document>"), and ``concerns`` (a task naming a campaign, a movement or a regulation)."""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.model import Assertion, Span

__all__ = ["concerns", "references"]


def concerns(ctx: Context, s: Sent, index: int) -> None:
    """A task or requirement that names a campaign, a movement or a regulation concerns it."""
    task = ctx.out[index]
    objects = [m.iri for m in s.mentions
               if task.evidence.start <= m.span.start and m.span.end <= task.evidence.end
               and (m.category == "initiative" or (m.category == "document" and m.kind == "Regulation"))]
    objects = list(dict.fromkeys(objects))
    if objects:
        ctx.add(Assertion("concerns", task.evidence, s.sentence.index, objects=objects, parent=index))


def references(ctx: Context, s: Sent) -> None:
    """cites / implements for every cited document (not the document itself)."""
    low = ctx.low
    self_reference = cues.self_reference(ctx.lexicon)
    basis_used: set[int] = set()
    for m in s.mentions:
        if m.category != "document" or m.iri == ctx.self_iri:
            continue
        if self_reference.search(low, m.span.start, m.span.end):
            continue
        before = low[s.sentence.span.start:m.span.start]
        if s.role == "header" and cues.OWN_NUMBER_LABEL.search(before[-12:]) or (
                s.role == "header" and m.span.start == s.sentence.span.start):
            continue   # the document's own number in its header
        clause = next((c for c in s.sentence.clauses if c.start <= m.span.start < c.end), s.sentence.span)
        clause_before = low[clause.start:m.span.start]
        relation, qualifier = None, None
        numbered = bool(re.search(r"\d", m.label))
        if cues.IMPLEMENT.search(clause_before[-40:]):
            relation = "implements" if numbered else None
        elif cues.REPLACE.search(clause_before[-40:]):
            relation, qualifier = "cites", "replaces"
        elif cues.CITE_BASIS.search(clause_before) and clause.start not in basis_used:
            relation, qualifier = "cites", "basis"
            basis_used.add(clause.start)
        elif cues.ACCORDING_BEFORE.search(clause_before):
            relation, qualifier = "cites", "according"
        elif numbered:
            relation = "cites"
        if relation is None:
            continue
        ev = Span(*ctx.span_text(clause.start, clause.end))
        ctx.add(Assertion(relation, ev, s.sentence.index, objects=[m.iri], qualifier=qualifier),
                 key=(relation, m.iri))
