"""Partners named in a clause of their own after a holder's duty that names no lead (issue 9, round 27): "Sở A thẩm định
hồ sơ; Sở B, Sở C phối hợp (thực hiện)." B and C cooperate with A on A's duty, as they do with a lead in "Sở A chủ trì
thẩm định hồ sơ; Sở B, Sở C phối hợp" (``coordination._joins_sentence_lead``): a pair of A with each (unled), not
a pair between B and C."""

from __future__ import annotations

from policykg.graph_builder import dutycues
from policykg.graph_builder.model import Assertion, Mention, Span

__all__ = ["joins_clause_holder"]


def joins_clause_holder(ctx, s, parties: list[Mention], trigger: tuple[int, int, str], span: tuple[int, int]) -> bool:
    """True when ``parties`` (named right before a bare "phối hợp" that closes its clause) open a clause after a ";" and
    an earlier clause of the sentence gave a duty to other holders: those holders are paired with the parties."""
    if ctx.low[trigger[0]:trigger[1]] != "phối hợp" or not dutycues.ROLE_LINE_TAIL.fullmatch(ctx.low, trigger[1], span[1]):
        return False
    cut = ctx.match.rfind(";", s.sentence.span.start, parties[0].span.start)
    if cut < 0 or ctx.match[cut + 1:parties[0].span.start].strip(" ,-–") \
            or ctx.chain_after(cut + 1, trigger[0], s.actors) != parties:
        return False     # the parties must open the clause after the semicolon and stand right before "phối hợp"
    task = next((a for a in reversed(ctx.out) if a.relation == "task" and a.sentence == s.sentence.index
                 and a.subjects and a.evidence.start < cut), None)
    holders = [h for h in task.subjects if h not in ctx.iris(parties)] if task is not None else []
    if not holders:
        return False
    ctx.add(Assertion("coordination", Span(task.evidence.start, ctx.span_text(cut, span[1])[1]), s.sentence.index, subjects=holders,
                      objects=ctx.iris(parties), text=task.text, levels=task.levels, parent=ctx.out.index(task),
                      qualifier="unled"))
    return True
