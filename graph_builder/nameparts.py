"""Steps of the head-first name scan of :mod:`names` (its ``_NameScan``): where a name goes on past a line end, a
'và', a 'các' or a number. Kept apart so that each step reads on its own."""

from __future__ import annotations

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.vocabulary import COLUMN_GAP, HEADER_CONTINUATION

__all__ = ["ScanSteps"]


class ScanSteps:
    """Mixed into the name scan, which holds ``vocab``, ``match``, ``low``, ``tokens``, ``known_at`` and the
    methods ``_closed`` and ``_level_and_place``."""

    def _line_ends(self, last_end: int, s: int, line_caps: bool) -> bool:
        """A new line between the name so far and the token at ``s`` (unless a header name goes on on the next
        line), or a column gap of PDF layout text."""
        gap = self.match[last_end:s]
        return ("\n" in gap and not (line_caps and HEADER_CONTINUATION.match(self.match, s) and gap.count("\n") == 1)) \
            or COLUMN_GAP in gap

    def _serves_both(self, head_text: str, i: int) -> bool:
        """The 'và' at token ``i`` joins a second body the head serves ("Văn phòng Hội đồng nhân dân và Ủy ban nhân
        dân xã": ``cues.SHARED_HEADS``)."""
        return match_key(head_text) in cues.SHARED_HEADS and i + 1 < len(self.tokens) \
            and self.tokens[i + 1][0] in self.known_at

    def _bodies_managed(self, head_text: str, i: int) -> bool:
        """The 'các' at token ``i`` after a head of two words opens the bodies it manages ("Ban Quản lý các khu công
        nghiệp"), on the same line."""
        if len(head_text.split()) < 2 or i + 1 >= len(self.tokens):
            return False
        e, nxt = self.tokens[i][1], self.tokens[i + 1][0]
        return self.match[nxt].isalpha() and "\n" not in self.match[e:nxt]

    def _number_end(self, i: int, line_caps: bool) -> int:
        """The end of a name whose domain is a number (token ``i``: "Quân khu 7"), with a level and place after it
        ("Ban Chỉ đạo 389 tỉnh")."""
        e = self.tokens[i][1]
        if i + 1 >= len(self.tokens) or line_caps or not self.match[self.tokens[i + 1][0]].islower() \
                or "\n" in self.match[e:self.tokens[i + 1][0]]:
            return e
        level = self.vocab.level_word.match(self.low, self.tokens[i + 1][0])
        return self._level_and_place(i + 1, level.end()) if level is not None else e

    def _domain_to_thuoc(self, head_text: str, i: int) -> int | None:
        """At a comma or 'và' (token ``i``) followed by lower-case words: the end of those words when 'thuộc' or a
        bracket follows them on the line within eight tokens ("Cục Nghiệp vụ và pháp luật thuộc Bộ Tư lệnh ...",
        "Cục Phòng, chống ma túy và tội phạm thuộc ..."): a name chained to its body goes on to 'thuộc'. Not after
        a head whose domain is written with capitals ("Sở", "Bộ"), nor after a known name."""
        if match_key(head_text) in cues.CAPITALISED_DOMAIN_HEADS or self._closed(i) or i + 1 >= len(self.tokens) \
                or self.low[self.tokens[i + 1][0]:self.tokens[i + 1][1]] in ("các", "những", "cả"):
            return None     # "Văn phòng Quốc hội, các cơ quan thuộc ...": a list goes on, not the name
        last = None
        for j in range(i + 1, min(len(self.tokens), i + 9)):
            s, e = self.tokens[j]
            word = self.low[s:e]
            if "\n" in self.match[self.tokens[j - 1][1]:s]:
                return None
            if word in ("thuộc", "("):
                return last
            if not (word == "," or (word.isalpha() and self.match[s].islower())):
                return None
            last = e
        return None

