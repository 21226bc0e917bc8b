"""A further lead the passive names in a clause that already has one: "... do X chủ trì".

A clause holds one lead, read from its first lead word. But the passive "N do X chủ trì" (the work N, which X leads)
may stand after that lead in the same clause and name a lead of its own: a second agent joined by "hoặc" ("các đoàn
kiểm tra liên ngành do Công an tỉnh chủ trì hoặc do các sở, ngành chủ trì theo chức năng"), or the work an item
names inside its own lead's task ("- Chủ trì xây dựng học liệu số trên nền tảng X do Bộ Công an chủ trì"). The body
right after "do" and right before the lead word leads the clause's task too. Not a meeting it chairs ("các cuộc họp do
Thủ tướng chủ trì": it chairs a meeting, ``meetings.py``), and not a body the clause's lead already is.

>>> from policykg.graph_builder.pipeline import build_source
>>> from policykg.graph_builder.read import source_from_string
>>> text = ("KẾ HOẠCH\\nVề kiểm tra\\n\\nIII. TỔ CHỨC THỰC HIỆN\\n\\n1. Thanh tra qua các đoàn kiểm tra liên ngành do "
...         "Sở Y tế chủ trì hoặc do Sở Công Thương chủ trì theo chức năng.\\n")
>>> found = build_source(source_from_string(text, name="kh.txt")).assertions
>>> sorted(x.rsplit("/", 1)[1] for a in found if a.relation == "coordination" for x in a.subjects)
['so-cong-thuong', 'so-y-te']
"""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.assertions.meetings import MEETING_WORDS
from policykg.graph_builder.model import Assertion, Span

__all__ = ["further_agent_leads"]

# "do" (or "hoặc do", ", do") right before the agent's name, "các" or "những" between them ("do các sở, ngành")
_BY = re.compile(r"(?<!\w)do\s+(?:các\s+|những\s+)?$")
# a meeting chaired, named before the agent in the same clause ("các cuộc họp do X chủ trì", "hội nghị ... do X chủ trì")
_MEETING = re.compile(rf"(?<!\w){MEETING_WORDS}(?!\w)")
_CLAUSE_BREAK = re.compile(r"[;:.\n]")


def further_agent_leads(ctx: Context, s: Sent, triggers: list[tuple[int, int, str]], index: int | None,
                        task_text: str) -> None:
    """Each lead word after the clause's first that "do X" stands right before: X leads the clause's task (record
    ``index``) too."""
    later = [t for t in triggers if t[2] == "lead"][1:]
    if index is None or not later:
        return
    done = {a for r in ctx.out if r.relation == "coordination" and r.parent == index for a in r.subjects}
    for start, end, _kind in later:
        if not ctx.low[start:end].endswith("chủ trì"):
            continue
        chain = ctx.chain_before(start, s.start, s.actors)
        if not chain or ctx.match[chain[-1].span.end:start].strip():
            continue
        before = ctx.low[max(s.start, chain[0].span.start - 12):chain[0].span.start]
        if not _BY.search(before) or _chairs_meeting(ctx, s.start, chain[0].span.start):
            continue
        iris = [i for i in ctx.iris(chain) if i not in done]
        if iris:
            task = ctx.out[index]
            ctx.add(Assertion("coordination", Span(task.evidence.start, task.evidence.end), s.sentence.index,
                              subjects=iris, objects=[], text=task_text, levels=ctx.levels(chain), parent=index))
            done.update(iris)


def _chairs_meeting(ctx: Context, floor: int, pos: int) -> bool:
    """A meeting word stands between the clause's last break and ``pos`` (the agent)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.low, floor, pos)]
    return _MEETING.search(ctx.low, breaks[-1] if breaks else floor, pos) is not None
