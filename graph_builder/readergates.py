"""Gates of the sentence readers of ``recognise``: a reader runs on a sentence only where its cue word is.

``find_mentions`` runs a dozen readers over each sentence, each its own regex pass. Most of them can only find
something around a word their pattern spells out ("phong trào" for unquoted movements, "của" / "thuộc" for the
collectives "các đơn vị trực thuộc Bộ Quốc phòng", "sở" / "bộ" for the lists of domains "các sở: Tư pháp, Y tế", "các"
for the armed units and the hamlets in the plural, "các" / "những" for the kinds of body "các ngân hàng thương mại",
"cơ quan" for "cơ quan điều tra", a head noun for the function bodies "Hội đồng thẩm định"). A sentence of the lower-case
match form that holds none of those words is skipped (a substring test in C instead of the reader's regex pass and
its Python call). A gate only skips sentences the reader cannot match: each reader stands in ``READER_CUES`` as a
``CuedPattern`` (``cuedpatterns.py``, the pattern the reader) with its words, literals every match of the reader's
patterns holds inside the sentence (no look-around), so the outputs are the same
(``tests/test_recognise_gates_round31.py`` runs each reader gated and ungated on sentences of the genre;
``tests/test_cue_gates_round32.py`` reads each reader's parsed pattern and fails when a match could miss its cue words).

>>> low = "ủy ban nhân dân các xã thực hiện."
>>> gate = ReaderGate(low, 0, len(low))
>>> gate.opens(movements), gate.opens(hamlet_bodies)
(False, True)
>>> gate(movements, "", low, 0, len(low))
[]
"""

from __future__ import annotations

from typing import Callable

from policykg.graph_builder.bodies import common_bodies, function_bodies, hamlet_bodies, kind_bodies, plural_units
from policykg.graph_builder.collectives import collective_actors
from policykg.graph_builder.cuedpatterns import CuedPattern
from policykg.graph_builder.initiatives import movements
from policykg.graph_builder.namelists import domain_lists

__all__ = ["READER_CUES", "ReaderGate"]

# reader -> the reader with the words (lower-case match form) one of which each of its matches holds inside the sentence
READER_CUES: dict[Callable, CuedPattern] = {reader: CuedPattern(reader, words) for reader, words in (
    (movements, ("phong trào",)),                        # r"(?<!\w)phong trào(?!\w)"
    (collective_actors, ("của", "thuộc")),               # every owner is read only after "của" / "thuộc" (_belongs_before)
    (domain_lists, ("sở", "bộ")),                        # cues.DOMAIN_LIST, cues.HEAD_BEFORE_DOMAINS: (?P<head>sở|bộ)
    (plural_units, ("các",)),                            # r"(?<!\w)các\s+(?:<armed heads>)"
    (hamlet_bodies, ("các",)),                           # vocab.hamlet_regex: r"(?<!\w)các\s+(<hamlets>)"
    (kind_bodies, ("các", "những")),                     # bodies._KIND_BODY: (?P<lead>(?:các|những)\s+)
    (common_bodies, ("cơ quan",)),                       # cues.COMMON_BODY: r"(?<!\w)cơ quan(?=\s+...)"
    (function_bodies, ("hội đồng", "ban", "tổ", "đoàn")),   # cues.FUNCTION_BODY's heads ("ủy ban", "tiểu ban": "ban")
)}


class ReaderGate:
    """One sentence [start, end) of ``low`` and the readers its cue words let run."""

    def __init__(self, low: str, start: int, end: int):
        self.low, self.start, self.end = low, start, end

    def opens(self, reader: Callable) -> bool:
        """Whether ``reader`` may find something in the sentence: one of its cue words is in it."""
        return READER_CUES[reader].stands_in(self.low, self.start, self.end)

    def __call__(self, reader: Callable, *args) -> list:
        """``reader(*args)`` where the gate opens, else nothing (what the reader would have found)."""
        return reader(*args) if self.opens(reader) else []
