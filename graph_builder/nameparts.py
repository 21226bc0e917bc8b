"""Steps of the head-first name scan of :mod:`names` (its ``_NameScan``): where a name goes on past a line end, a
'và', a 'các' or a number. Kept apart so that each step reads on its own."""

from __future__ import annotations

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.vocabulary import COLUMN_GAP, HEADER_CONTINUATION, starts_verb

__all__ = ["ScanSteps"]

_DOMAIN_TOKENS = 20   # the longest lower-case domain ("điều tra tội phạm về kinh tế và tham nhũng, buôn lậu, môi trường": 16)


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

    def _domain(self, head_text: str, i: int, joins: bool = True) -> int | None:
        """A lower-case domain after a one-word capitalised name part ("Cục Điều tra | chống buôn lậu"), up to a
        hard boundary (a bracket, "thuộc", a comma before a capitalised name, the end of the line or sentence, a
        verb of the duty grammar); None when there is none within a few words, or for names whose domain is
        written with capitals (``cues.CAPITALISED_DOMAIN_HEADS``: "Sở", "Bộ"). When it ``joins`` a capitalised part
        of the name, a comma or "và" inside it goes on when a lower-case word of the domain follows ("Phòng Cảnh sát
        phòng cháy, chữa cháy và cứu nạn, cứu hộ"; right after a head, "Ban Chỉ đạo phòng, chống thiên tai" without
        its level stays a phrase);
        "xã hội" is no level ("Cục Cảnh sát quản lý hành chính về trật tự xã hội")."""
        if match_key(head_text) in cues.CAPITALISED_DOMAIN_HEADS:
            return None
        tokens, low, match = self.tokens, self.low, self.match
        last, lower, before_and = tokens[i - 1][1], 0, None
        if starts_verb(low, tokens[i][0], 1) and not any(low.startswith(v + " ", tokens[i][0]) or
                                                         low.startswith(v + ",", tokens[i][0]) for v in cues.DOMAIN_VERBS):
            return None   # "Tổng cục Hải quan | đưa ra ...": a verb that opens no domain ends the name
        for k in range(i, min(len(tokens), i + _DOMAIN_TOKENS)):
            s, e = tokens[k]
            word = low[s:e]
            if word in (",", "và") and lower and joins and self._domain_goes_on(k):
                before_and = before_and or last
                continue
            if "\n" in match[last:s] or word in (")", "(", ";", ".", ":") or word in cues.NAME_DOMAIN_ENDS \
                    or (word == "," and joins) \
                    or (word == "-" and k + 1 < len(tokens) and match[tokens[k + 1][0]:tokens[k + 1][1]][:1].isupper()) \
                    or s in self.known_at or (s in self.head_at and match[s].isupper()) \
                    or low.startswith(cues.DUTY_VERBS, s) \
                    or (lower >= 2 and low[tokens[k - 1][0]:tokens[k - 1][1]] not in (",", "và")
                        and starts_verb(low, s, 2) and not low.startswith(cues.DOMAIN_VERBS, s)):
                return last if k > i else None   # ("... chữa cháy | kiểm tra ...": the duty's verb)
            if word.isdigit() and low[tokens[k - 1][0]:tokens[k - 1][1]] == "số":
                last = e   # "Ban Quản lý dự án đầu tư xây dựng số 1"
                continue
            if match[s:e][:1].isupper() and lower >= 2 and match[s].isalpha():
                last = e   # "Đội Kiểm soát chống buôn lậu ma túy khu vực miền Bắc"
                continue
            if not word.isalpha() or not match[s:e].islower() or word in cues.NAME_STOP_WORDS and word != "về" \
                    or self.vocab.level_word.fullmatch(word) and not low.startswith("xã hội", s):
                return before_and   # ("... bom mìn | và chất độc hóa học sau ...": the domain ends before the "và")
            last, lower = e, lower + 1
        return last if len(tokens) < i + _DOMAIN_TOKENS and len(tokens) > i else before_and

    def _domain_goes_on(self, k: int) -> bool:
        """The comma or "và" at token ``k`` is inside a lower-case domain: a lower-case word of it follows."""
        if k + 1 >= len(self.tokens):
            return False
        s, e = self.tokens[k + 1]
        word = self.low[s:e]
        return self.match[s:e].isalpha() and self.match[s:e].islower() and word not in cues.NAME_STOP_WORDS \
            and not self.vocab.level_word.fullmatch(word) and s not in self.known_at \
            and not self.low.startswith(cues.DUTY_VERBS, s)
