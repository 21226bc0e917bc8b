"""One office written with its two names joined by a dash: the standing office that serves two committees at once.

The national disaster and rescue bodies share one secretariat, and their messages name it by both its names in a
row: "Văn phòng Ủy ban Quốc gia Ứng phó sự cố thiên tai và TKCN - Văn phòng Ban Chỉ đạo Trung ương về phòng, chống
thiên tai" (a provincial command's reads "Văn phòng thường trực Ban Chỉ huy ... - Văn phòng ..." the same way). The
two names are one actor: the first name, its span over both (the reader who names the office names it so). Only two
names of an office ("Văn phòng" and a capitalised name) apart by a spaced dash on one line; a list's dash opens a
line ("- Văn phòng Chính phủ;"), and the two names there stay two actors.
"""

from __future__ import annotations

import dataclasses
import re

from policykg.graph_builder.model import Mention, Span

__all__ = ["joined_office_names"]

_OFFICE = re.compile(r"Văn phòng(?: thường trực)? (\w)")
_DASH = re.compile(r"[ \t]+[-–][ \t]+")


def joined_office_names(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with an office's second name right after its first, apart by a spaced dash, read as the first:
    one mention over both."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.category == m.category == "actor" and _named_office(prev.label) \
                and _named_office(m.label) and _DASH.fullmatch(match, prev.span.end, m.span.start):
            out[-1] = dataclasses.replace(prev, span=Span(prev.span.start, m.span.end), surface="")
            continue
        out.append(m)
    return out


def _named_office(label: str) -> bool:
    """"Văn phòng" and a capitalised name ("Văn phòng Ban Chỉ đạo ...", not "Văn phòng các sở")."""
    office = _OFFICE.match(label)
    return office is not None and office.group(1).isupper()
