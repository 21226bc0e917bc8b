"""Ministries written under one head noun: "Bộ" (or "Liên Bộ") once, then each ministry's own domain, parted by a
dash, a comma, "và" or, for two domains, a space alone ("LIÊN BỘ Y TẾ - TÀI CHÍNH", "Liên Bộ Y tế, Tài chính",
"liên Bộ Tài chính, Quốc phòng, Công an", "của Liên Bộ Y tế Tài chính"). Each domain with the head noun put back
must be a ministry the ontology knows ("Bộ Y tế", "Bộ Tài chính"); a name that is one ministry's whole name with a
dash in it ("Bộ Lao động - Thương binh và Xã hội") is that one ministry and is not read here.

The one parser of the form: ``jointministries`` reads it in header lines and headless joint circulars,
``jointmentions`` in the names the mention scan finds.

>>> from policykg.ontology import load_lexicon
>>> text = "Liên Bộ Y tế - Tài chính hướng dẫn"
>>> [(p.entry.label_vi, text[p.start:p.end]) for p in ministry_parts(text, load_lexicon(), runs_on=True)]
[('Bộ Y tế', 'Bộ Y tế'), ('Bộ Tài chính', 'Tài chính')]
>>> [p.entry.label_vi for p in ministry_parts("của Bộ Y tế Tài chính", load_lexicon(), start=4)]
['Bộ Y tế', 'Bộ Tài chính']
>>> ministry_parts("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", load_lexicon()), ministry_parts("BỘ Y TẾ", load_lexicon())
([], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.ontology.lexicon import Lexicon, LexiconEntry

__all__ = ["MinistryPart", "ministry_parts"]

_HEAD = re.compile(r"(?i:(?:liên[ \t]+)?bộ[ \t]+)")
# where one ministry's domain may end and the next begin: a dash, a comma or "và", the head noun repeated or not
# ("Y tế - Tài chính", "Tài chính, Quốc phòng", "Y tế và Bộ Tài chính"), or a space alone ("Y tế Tài chính"); not a
# space before a repeated head ("BỘ Y TẾ BỘ TÀI CHÍNH ...": organs run together on a header line, ``header``'s case)
_GAP = re.compile(r"[ \t]*(?:[-–,]|\b(?i:và)\b)[ \t]*(?:(?i:bộ)[ \t]+)?|(?<=\S)[ \t]+(?!(?i:bộ)[ \t])")
_RUNNING = re.compile(r"[ \t]+")   # the gap after the last domain when the name goes on into running text


@dataclass(frozen=True)
class MinistryPart:
    """One ministry of a joint name: its ontology entry and where its words stand (the first part spans the head)."""

    entry: LexiconEntry
    start: int
    end: int


def ministry_parts(text: str, lexicon: Lexicon, *, start: int = 0, end: int | None = None,
                   runs_on: bool = False) -> list[MinistryPart]:
    """The ministries ``text[start:end]`` names under one "Bộ" (see the module), in order, each once; [] when it is
    not such a name. With ``runs_on`` the name may go on into running text after its last domain ("... Tài chính
    hướng dẫn"): the last part is the longest run of its first words that names a ministry."""
    end = len(text) if end is None else end
    head = _HEAD.match(text, start, end)
    if head is None:
        return []
    name_start = head.start() + _liên(text, head)       # "Bộ ..." without its "Liên"
    if lexicon.lookup(text[start:end].strip(" ,.;:*_|")) is not None \
            or name_start > start and lexicon.lookup(text[name_start:end].strip(" ,.;:*_|")) is not None:
        return []
    gaps = [g for g in _GAP.finditer(text, head.end(), end) if g.start() > head.end() and g.end() < end]
    parts = _domains(text, head.end(), end, gaps, lexicon, runs_on, {})
    found: list[MinistryPart] = []
    for part in parts or ():
        if part.entry.iri not in {p.entry.iri for p in found}:
            found.append(part)
    if found:
        found[0] = MinistryPart(found[0].entry, name_start, found[0].end)
    return found if len(found) >= 2 else []


def _domains(text: str, at: int, end: int, gaps: list[re.Match], lexicon: Lexicon, runs_on: bool,
             seen: dict[int, list[MinistryPart] | None]) -> list[MinistryPart] | None:
    """The ministries from ``at`` to ``end``, one after another at the gaps, the shortest first domain that lets the
    rest be read; None when they cannot be. With ``runs_on`` the last may stop short of ``end`` at a space."""
    if at not in seen:
        seen[at] = None
        for gap in [g for g in gaps if g.start() > at] + [None]:
            stop = end if gap is None else gap.start()
            entry = _ministry(text[at:stop], lexicon)
            if entry is None:
                continue
            rest = [] if gap is None else _domains(text, gap.end(), end, gaps, lexicon, runs_on, seen)
            if rest is None and runs_on and _RUNNING.fullmatch(gap.group(0)):
                rest = []
            if rest is not None:
                seen[at] = [MinistryPart(entry, at, stop)] + rest
                break
    return seen[at]


def _liên(text: str, head: re.Match) -> int:
    """How far "Liên " reaches into ``head`` (0 when the head is "Bộ" alone)."""
    m = re.match(r"(?i:liên)[ \t]+", text[head.start():head.end()])
    return m.end() if m else 0


def _ministry(name: str, lexicon: Lexicon) -> LexiconEntry | None:
    """The ministry "Bộ <name>" of the ontology, or None."""
    name = " ".join(name.split())
    entry = lexicon.lookup("Bộ " + name) if name else None
    return entry if entry is not None and entry.kind == "StateBody" and entry.label_vi.startswith("Bộ ") else None
