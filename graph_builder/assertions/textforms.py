"""The text forms the assertions read a document in, made once for its ``Context``: ``low``, the lower-cased match
form (same length) with a renaming bracket blanked and "phối hợp" spelt plainly; ``scan``, where triggers are searched,
``low`` with the names of campaigns and documents blanked; ``gaps``, where actor lists are read, the match form with
the office words in front of a body blanked; and the mentions less the actors named inside a collective's scope.

Moved out of ``context.py`` (round 34), whose ``Context`` holds these forms and reads them.
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues, dutycues
from policykg.graph_builder.model import Mention
from policykg.graph_builder.vocabulary import lower_same_length

__all__ = ["reading_forms", "renamings_blanked", "without_scope"]

_CLOSES_BRACKET = re.compile(r"\s*\)")


def reading_forms(match: str, mentions: list[Mention]) -> tuple[str, str, str]:
    """``low``, ``scan`` and ``gaps`` of the match form ``match`` of a document and its ``mentions``."""
    low = dutycues.cooperation_spelt_plainly(renamings_blanked(lower_same_length(match), mentions))
    # where triggers are searched: names of campaigns and documents blanked ("Không để ai bị bỏ lại phía sau")
    scan = list(low)
    for m in mentions:
        if m.category in ("initiative", "document"):
            scan[m.span.start:m.span.end] = "·" * (m.span.end - m.span.start)
    # where actor lists are read: office words in front of a body blanked ("...; Chủ tịch | UBND các xã")
    gaps = list(match)
    for m in mentions:
        if m.office:
            gaps[m.span.start - len(m.office):m.span.start] = " " * len(m.office)
    return low, "".join(scan), renamings_blanked("".join(gaps), mentions)


def renamings_blanked(form: str, mentions: list[Mention]) -> str:
    """``form`` with the bracket that gives a body's other name blanked, the name inside kept ("Bộ Thông tin và
    Truyền thông (nay là Bộ Văn hóa, Thể thao và Du lịch) chỉ đạo ...": the list reads on to the verb after it)."""
    actors = sorted((m for m in mentions if m.category == "actor"), key=lambda m: (m.span.start, m.span.end))
    chars = None
    for first, second in zip(actors, actors[1:]):
        opener = dutycues.RENAMING_BRACKET.fullmatch(form, first.span.end, second.span.start)
        close = _CLOSES_BRACKET.match(form, second.span.end) if opener else None
        if close:
            chars = chars if chars is not None else list(form)
            for i in (*range(first.span.end, second.span.start), *range(second.span.end, close.end())):
                chars[i] = " " if chars[i] != "\n" else "\n"
    return form if chars is None else "".join(chars)


def without_scope(mentions: list[Mention], low: str) -> list[Mention]:
    """The mentions less the actors named inside the scope of a collective ("các cơ quan báo chí Trung ương, địa
    phương, quân đội": "địa phương" and "quân đội" say which press, they are no partners of their own)."""
    scopes = [m.span("scope") for m in cues.SCOPE_LIST.finditer(low)]   # none: every mention kept
    return [m for m in mentions if m.category != "actor" or not any(a <= m.span.start and m.span.end <= b for a, b in scopes)]
