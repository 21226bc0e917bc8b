"""Acts a news item or a report says were done: who took part in them worked together, but hold no duty of them.

A published news article or a report about a directive mixes what the document requires with what happened. Two
forms tell an act done with partners:

- a holder's "chủ trì" / "phối hợp" marked as past ("Tổng cục X đã phối hợp với Sở A, Sở B ký quy chế ...", "UBND
  tỉnh Y vừa chủ trì tổ chức hội nghị ... giữa 8 tỉnh gồm: ...", "Ngày 06/4, tại Hà Nội, Bộ A phối hợp với Bộ B tổ
  chức ..." in an article), in any document;
- in a text that does not prescribe (a news article, a report), the signing of an agreement by its parties ("Sáng
  12/5, A, B và C (đã) ký kết Chương trình phối hợp ...", the headline "A và B ký kết Quy chế phối hợp ...").

The bodies named as partners still coordinate (the pairs stay: the article names who worked with whom), and the
holder named before the past "chủ trì" / "phối hợp" keeps its own record (the real corpus's gold gives the act's
lead, never its partners); the partners do not cooperate in the act as in a task: the coordination is marked
``reported`` and no ``pkg:cooperatesIn`` goes out for them. A requirement the article reports is a duty whatever its
tense: not a sentence that asks or assigns ("Thủ tướng đã giao Bộ A chủ trì, phối hợp với Bộ B ...", "yêu cầu", "đề
nghị", "phải", "có trách nhiệm"), nor the signing ahead ("sẽ ký kết", "cần ký kết"), nor "X vừa chủ trì, vừa phối
hợp ..." (both roles at once, not a past).
"""

from __future__ import annotations

import re

from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.assertions.meetings import opens_with_day

__all__ = ["reported_acts"]

# right after the holder's name: the act marked as done, then its lead or partner word ("đã phối hợp với",
# "vừa chủ trì", "cũng đã cùng phối hợp"); the act's time words may stand between ("đã kịp thời phối hợp")
_PAST_ROLE = re.compile(r"\s*(?:cũng\s+)?(?P<past>đã|vừa|mới)\s+(?:cùng\s+|kịp\s+thời\s+|tích\s+cực\s+|chủ\s+động\s+){0,2}"
                        r"(?:chủ\s+trì|phối\s+hợp)(?!\w)")
# a plain lead or partner word after the holder, for a sentence that opens with the day it happened
_ROLE = re.compile(r"\s*(?:chủ\s+trì|phối\s+hợp)(?!\w)")
# a sentence that asks, assigns or prescribes: what it reports is a duty
_ASKS = re.compile(r"(?<!\w)(?:(?<!đáp ứng )(?<!theo )yêu cầu|đề nghị|(?<!ngoại )giao(?!\s+ban)|chỉ đạo|phải|cần|có trách nhiệm"
                   r"|chịu trách nhiệm|sẽ)(?!\w)")


def reported_acts(ctx: Context, s: Sent, first: int) -> None:
    """Mark ``reported`` the coordination records made from ``first`` on for ``s``'s sentence when it tells an act
    done (see the module's docstring)."""
    made = [a for a in ctx.out[first:] if a.relation == "coordination" and a.sentence == s.sentence.index]
    if not made or _ASKS.search(ctx.low, s.start, s.end):
        return
    past = _past_role(ctx, s)
    signed = not ctx.prescribes and dutycues.SIGNS_COORDINATION.search(ctx.low, s.start, s.end) is not None
    for a in made:
        if past or signed and not a.subjects:
            a.reported = True


def _past_role(ctx: Context, s: Sent) -> bool:
    """A body's "chủ trì" / "phối hợp" marked as done right after its name, or, in a text that does not prescribe, a
    sentence that opens with the day it happened and goes on with a body's "chủ trì" / "phối hợp"."""
    dated = not ctx.prescribes and opens_with_day(ctx, s)
    for m in s.actors:
        past = _PAST_ROLE.match(ctx.low, m.span.end, s.end)
        if past is not None and not (past.group("past") == "vừa" and re.search(r"(?<!\w)vừa(?!\w)", ctx.low[past.end():s.end])):
            return True
        if dated and _ROLE.match(ctx.low, m.span.end, s.end):
            return True
    return False
