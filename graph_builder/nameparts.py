"""Steps of the head-first name scan of :mod:`names` (its ``_NameScan``): where a name goes on past a line end, a
'và', a 'các' or a number. Kept apart so that each step reads on its own."""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.lowertails import JOINT, lowercase_domain
from policykg.graph_builder.nationalheads import national_end
from policykg.graph_builder.topicnames import topic_end
from policykg.graph_builder.swallowedverbs import predicate_start
from policykg.graph_builder.vocabulary import (COLUMN_GAP, HEADER_CONTINUATION, caps_context, is_abbreviation,
                                               negation_at, starts_verb)

__all__ = ["ScanSteps", "comma_inside_name", "second_syllable"]

_TOPIC_LEVELS = frozenset(("trung ương", "quốc gia", "nhà nước", "chính phủ"))   # "Ban Chỉ đạo Nhà nước | về du lịch"
# a kind of body in lower case right after a name's "và" or comma opens a second body: "Tổng cục Thuế và | cơ quan bảo
# hiểm ...", "Phòng ... và Xã hội và | cơ sở nuôi dưỡng ..." (two bodies, never one name)
_SECOND_BODY = re.compile(r"(?:cơ quan|cơ sở|đơn vị|tổ chức|doanh nghiệp)(?!\w)")
# "Trung tâm Giáo dục | thường xuyên": a centre of continuing education, though "thường xuyên" reads as a verb
_CONTINUING = re.compile(r"dục[ \t]+thường[ \t]+xuyên(?!\w)")
_DOMAIN_TOKENS = 20   # the longest lower-case domain ("điều tra tội phạm về kinh tế và tham nhũng, buôn lậu, môi trường": 16)


class ScanSteps:
    """Mixed into the name scan, which holds ``vocab``, ``match``, ``low``, ``tokens``, ``known_at``, the name's
    ``head_start`` and the methods ``_closed`` and ``_level_and_place``."""

    def _line_ends(self, last_end: int, s: int, line_caps: bool) -> bool:
        """A new line between the name so far and the token at ``s`` (unless a header name goes on on the next
        line), or a column gap of PDF layout text."""
        gap = self.match[last_end:s]
        return ("\n" in gap and not (line_caps and HEADER_CONTINUATION.match(self.match, s) and gap.count("\n") == 1)) \
            or COLUMN_GAP in gap

    def _same_head(self, head_text: str, s: int) -> bool:
        """The head noun of the name being read opens a name again at ``s``: two names of a cell or a line run
        together ("Bộ Y tế | Bộ Tài chính", "Sở Tư pháp | Sở Nội vụ"), never one name."""
        end = self.head_at.get(s)
        return end is not None and match_key(self.match[s:end]) == match_key(head_text)

    def _wrapped(self, last_end: int, s: int) -> bool:
        """A head noun ends its line in running text and its name starts the next one ("Chánh Văn phòng" / "Ủy ban
        nhân dân tỉnh theo dõi"): one line break, no punctuation before it, a capitalised word after it."""
        gap = self.match[last_end:s]
        return gap.count("\n") == 1 and not gap.strip() and COLUMN_GAP not in gap and self.match[s].isupper() \
            and not self.match[s:s + 2].isupper() and self.match[max(0, last_end - 1)].isalpha()

    def _lower_then_proper(self, i: int) -> int | None:
        """After a head noun, one to five lower-case words of a domain and then a proper name on the line ("Quỹ | tín
        dụng nhân dân | Mỹ Hiệp"): the end of the proper name; None without one, or when a function word, a level, a
        verb or a known body comes first."""
        tokens, low, match, j = self.tokens, self.low, self.match, i
        while j < len(tokens) and j - i < 5 and match[tokens[j][0]:tokens[j][1]].isalpha() \
                and match[tokens[j][0]:tokens[j][1]].islower() and "\n" not in match[tokens[j - 1][1]:tokens[j][0]]:
            s, e = tokens[j]
            if low[s:e] == "và" and j > i and j + 1 < len(tokens) and match[tokens[j + 1][0]:tokens[j + 1][1]].isalpha() \
                    and match[tokens[j + 1][0]:tokens[j + 1][1]].islower():
                j += 2   # "Hiệp hội | doanh nghiệp nhỏ và vừa | Việt Nam": 'và' and its second word inside the words
                continue
            if low[s:e] in cues.NAME_STOP_WORDS or self.vocab.level_word.fullmatch(low[s:e]) \
                    or (s in self.known_at and not self._common_word(s)) \
                    or (starts_verb(low, s, 2) and not low.startswith(cues.DOMAIN_VERBS, s)):
                return None
            j += 1
        end, words = None, 0
        while j < len(tokens) and match[tokens[j][0]].isupper() and match[tokens[j][0]:tokens[j][1]].isalpha() \
                and "\n" not in match[tokens[j - 1][1]:tokens[j][0]] and tokens[j][0] not in self.head_at \
                and not any(low.startswith(v, tokens[j][0]) for v in cues.DUTY_VERBS):
            end, j, words = tokens[j][1], j + 1, words + 1
        # a place of two words or more that ends there ("Mỹ Hiệp"; not "Hội nghị cử | Tổ", "Ủy ban thường vụ | Quốc hội")
        if words < 2 or (j < len(tokens) and match[tokens[j][0]:tokens[j][1]].isalpha()
                         and match[tokens[j][0]].islower() and not starts_verb(low, tokens[j][0], 1)
                         and low[tokens[j][0]:tokens[j][1]] not in cues.NAME_STOP_WORDS):
            return None   # (a function word ends it: "Ban quản lý rừng phòng hộ Mường Lát | và các thôn")
        return end

    def _serves_both(self, head_text: str, head_end: int, i: int) -> bool:
        """The 'và' at token ``i`` joins a second body the head serves ("Văn phòng Hội đồng nhân dân và Ủy ban nhân
        dân xã": ``cues.SHARED_HEADS``), when a body is what it serves before it too (not "Văn phòng Quản lý đường bộ
        IV.4 | và Ủy ban nhân dân phường": an office of its own domain, and a second name)."""
        first = next((s for s in range(head_end, head_end + 4) if s in self.index_of), None)
        return match_key(head_text) in cues.SHARED_HEADS and i + 1 < len(self.tokens) \
            and self.tokens[i + 1][0] in self.known_at and (first in self.known_at or first in self.head_at)

    def _cited_at(self, i: int) -> bool:
        """Token ``i`` opens a cited document: a kind of document, then its number or its issuer ("Ban Thường vụ Tỉnh
        ủy và | Kế hoạch số 134/KH-UBND của ...")."""
        kind = self.vocab.document_name_regex.match(self.low, self.tokens[i][0])
        return kind is not None and _CITATION_GOES_ON.match(self.low, kind.end()) is not None

    def _bodies_managed(self, head_text: str, i: int) -> bool:
        """The 'các' at token ``i`` after a head of two words opens the bodies it manages ("Ban Quản lý các khu công
        nghiệp"), on the same line; after a head of one word, a plural level its units are named by ("BHXH các huyện",
        "Thuế các tỉnh, thành phố")."""
        if i + 1 >= len(self.tokens):
            return False
        e, nxt = self.tokens[i][1], self.tokens[i + 1][0]
        if len(head_text.split()) < 2 and self.vocab.level_word.match(self.low, nxt) is None:
            return False
        return self.match[nxt].isalpha() and "\n" not in self.match[e:nxt]

    def _collective_at(self, i: int) -> int | None:
        """The end of a collective of the vocabulary that token ``i`` opens on the line, a list of kinds of body
        ("Bộ, ngành, địa phương"), else None."""
        cand = self.known_at.get(self.tokens[i][0]) if i < len(self.tokens) else None
        entry = self.vocab.lexicon.get(cand.mention.iri) if cand is not None and cand.mention is not None else None
        if entry is None or not entry.generic or "," not in entry.label_vi or "\n" in self.match[cand.start:cand.end]:
            return None
        return cand.end

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
        "Cục Phòng, chống ma túy và tội phạm thuộc ..."): a name chained to its body goes on to 'thuộc'; the end of
        the body they are a unit of when it follows them ("... và tội phạm Bộ Chỉ huy Bộ đội Biên phòng tỉnh"). Not after
        a head whose domain is written with capitals ("Sở", "Bộ"), nor after a known name."""
        if match_key(head_text) in cues.CAPITALISED_DOMAIN_HEADS or self._closed(i) or i + 1 >= len(self.tokens) \
                or self.low[self.tokens[i + 1][0]:self.tokens[i + 1][1]] in ("các", "những", "cả") \
                or _SECOND_BODY.match(self.low, self.tokens[i + 1][0]):
            return None     # "Văn phòng Quốc hội, các cơ quan thuộc ...", "... và | cơ quan ...": a list goes on
        last = None
        for j in range(i + 1, min(len(self.tokens), i + 9)):
            s, e = self.tokens[j]
            word = self.low[s:e]
            if "\n" in self.match[self.tokens[j - 1][1]:s]:
                return None
            if word in ("thuộc", "("):
                return last
            if self.low.startswith(cues.DUTY_VERBS, s):
                return None   # "Cục Công tác đảng và công tác chính trị | phối hợp với | Trung ương Đoàn": a duty
            if last is not None and s in self.known_at and self._unit_of(last, s):
                return self.known_at[s].end   # "Phòng Phòng chống ma túy và tội phạm | Bộ Chỉ huy ...": its body's unit
            if not (word == "," or (word.isalpha() and self.match[s].islower())):
                return None
            last = e
        return None

    def _domain_goes_on_after(self, head_text: str, i: int) -> int | None:
        """At a comma or 'và' followed by lower-case words: where the name ends if they are still its own."""
        return self._domain_to_thuoc(head_text, i) or self._lower_and_tail(i)

    def _lower_and_tail(self, i: int) -> int | None:
        """At a 'và' (token ``i``) inside a name's lower-case domain: the end of one to five lower-case words after it
        that close the name before punctuation, the end of the line or a verb ("Trung tâm Quan trắc tài nguyên | và
        môi trường | (chủ trì);"); None when a function word, a level, a verb or a known body comes first."""
        tokens, low, match = self.tokens, self.low, self.match
        if low[tokens[i][0]:tokens[i][1]] != "và" or not match[tokens[i - 1][0]].islower() \
                or i + 1 < len(tokens) and _SECOND_BODY.match(low, tokens[i + 1][0]):
            return None
        for j in range(i + 1, min(len(tokens), i + 7)):
            s, e = tokens[j]
            if j > i + 1 and match[s:e].isalpha() and starts_verb(low, s, 2) and not low.startswith(cues.DOMAIN_VERBS, s):
                return tokens[j - 1][1]   # "... và môi trường | thực hiện"
            if "\n" in match[tokens[j - 1][1]:s] or not match[s:e].isalpha():
                return tokens[j - 1][1] if j > i + 1 and match[s:e] in (",", ";", ".", "(", ":") or (
                    j > i + 1 and "\n" in match[tokens[j - 1][1]:s]) else None
            if j > i + 1 and (level := self.vocab.level_word.match(low, s)) is not None:
                return self._level_and_place(j, level.end())   # "... quốc phòng và an ninh | tỉnh Nghệ An"
            if not match[s].islower() or low[s:e] in cues.NAME_STOP_WORDS or self.vocab.level_word.fullmatch(low[s:e]) \
                    or s in self.known_at or starts_verb(low, s, 1) and not low.startswith(cues.DOMAIN_VERBS, s):
                return None
        return None

    def _domain(self, head_text: str, i: int, joins: bool = True) -> int | None:
        """:meth:`_domain_words`, unless they are a verb alone ("Ban Chỉ đạo | xây dựng | báo cáo ...": the duty's);
        after a capitalised part of the name (``joins``) a verb alone is its domain when the duty's verb follows it
        ("Viện Thiết kế | đóng tàu | nghiên cứu ...")."""
        end = self._domain_words(head_text, i, joins)
        if end is not None and self.low[self.tokens[i][0]:end].strip() in cues.DOMAIN_VERBS \
                and not (joins and self._verb_after(end)):
            return None
        if end is not None and (cut := predicate_start(self.match, self.low, self.tokens, self.head_start, i, end,
                                                            self.vocab.document_name_regex)):
            return cut if cut > self.tokens[i - 1][1] else None   # "Viện Chăn nuôi | xây dựng bản đồ ...": the duty's
        return end

    def _verb_after(self, end: int) -> bool:
        """A verb of two syllables or more follows ``end`` on the line, after one space; not the name of a kind of
        document ("Phòng Kinh tế | xây dựng | báo cáo ...": the verb's object)."""
        return self.match[end:end + 1] == " " and starts_verb(self.low, end + 1, 2) \
            and self.vocab.document_name_regex.match(self.low, end + 1) is None

    def _domain_words(self, head_text: str, i: int, joins: bool = True) -> int | None:
        """A lower-case domain after a one-word capitalised name part ("Cục Điều tra | chống buôn lậu"), up to a
        hard boundary (a bracket, "thuộc", a comma before a capitalised name, the end of the line or sentence, a
        verb of the duty grammar); None when there is none within a few words, or for names whose domain is
        written with capitals (``cues.CAPITALISED_DOMAIN_HEADS``: "Sở", "Bộ"). When it ``joins`` a capitalised part
        of the name, a comma or "và" inside it goes on when a lower-case word of the domain follows ("Phòng Cảnh sát
        phòng cháy, chữa cháy và cứu nạn, cứu hộ"; right after a head, "Ban Chỉ đạo phòng, chống thiên tai" without
        its level stays a phrase);
        "xã hội" is no level ("Cục Cảnh sát quản lý hành chính về trật tự xã hội")."""
        police = self.low.endswith("cảnh sát", 0, self.tokens[i - 1][1])   # "Sở Cảnh sát | phòng cháy và chữa cháy"
        if match_key(head_text) in cues.CAPITALISED_DOMAIN_HEADS and not police \
                or self.match.endswith("Việt Nam", 0, self.tokens[i - 1][1]):
            return None   # (a name ends with the country: "Hội Luật gia Việt Nam | xây dựng kế hoạch")
        tokens, low, match = self.tokens, self.low, self.match
        last, lower, before_and, named, verb_after_and = tokens[i - 1][1], 0, None, False, False
        continuing = match_key(head_text) == "trung tâm" and _CONTINUING.match(low, tokens[i - 1][0]) is not None
        if starts_verb(low, tokens[i][0], 1) and not continuing \
                and not any(low.startswith(v + " ", tokens[i][0]) or low.startswith(v + ",", tokens[i][0])
                            for v in cues.DOMAIN_VERBS):
            return None   # "Tổng cục Hải quan | đưa ra ...": a verb that opens no domain ends the name
        for k in range(i, min(len(tokens), i + _DOMAIN_TOKENS)):
            s, e = tokens[k]
            word = low[s:e]
            if word in (",", "và") and lower and joins and self._domain_goes_on(k):
                before_and = before_and or last
                verb_after_and = verb_after_and or word == "và" and low.startswith(cues.DOMAIN_VERBS, tokens[k + 1][0])
                continue
            if match[s:e][:1].isupper() and match[s].isalpha() and low[tokens[k - 1][0]:tokens[k - 1][1]] == "về" \
                    and s not in self.known_at:
                last, lower, named = e, lower + 1, True
                continue   # "Ban Chỉ đạo quốc gia về | Phòng thủ dân sự": a domain after "về" written with capitals
            if lower and s in self.known_at and self._unit_of(last, s):
                return self.known_at[s].end   # "Cơ quan Cảnh sát điều tra | Công an tỉnh": a unit named with its body
            if "\n" in match[last:s] or word in (")", "(", ";", ".", ":") or word in cues.NAME_DOMAIN_ENDS \
                    or (word == "," and joins) \
                    or (word == "-" and k + 1 < len(tokens) and match[tokens[k + 1][0]:tokens[k + 1][1]][:1].isupper()
                        and not match[tokens[k - 1][0]].isupper()) \
                    or (s in self.known_at and not self._common_word(s)) or (s in self.head_at and match[s].isupper()) \
                    or low.startswith(cues.DUTY_VERBS, s) or negation_at(low, s) \
                    or (lower >= 2 and low[tokens[k - 1][0]:tokens[k - 1][1]] not in (",", "và")
                        and starts_verb(low, s, 2) and not low.startswith(cues.DOMAIN_VERBS, s)):
                if k > i and low[tokens[k - 1][0]:tokens[k - 1][1]] == "về":
                    return tokens[k - 2][1] if k - 1 > i else None   # a name never ends with "về"
                return last if k > i else None   # ("... chữa cháy | kiểm tra ...": the duty's verb)
            if word.isdigit() and low[tokens[k - 1][0]:tokens[k - 1][1]] == "số":
                last = e   # "Ban Quản lý dự án đầu tư xây dựng số 1"
                continue
            if match[s:e][:1].isupper() and lower >= 2 and match[s].isalpha():
                last, named = e, True   # "Đội Kiểm soát chống buôn lậu ma túy khu vực miền Bắc"
                continue
            if word == "," and named:
                return last   # "Ban Quản lý rừng phòng hộ Hướng Hóa - Đakrông | , Công ty ...": the place ends it
            if word == "," and lower and k + 1 < len(tokens) and match[tokens[k + 1][0]].isupper() \
                    and self.starts_new_name(k + 1) and "\n" not in match[s:tokens[k + 1][0]]:
                return last   # "Ban Chỉ đạo các quân khu | , Bộ Ngoại giao": another body's name after the comma
            if word == "-" and lower >= 2:
                continue   # "Ban Quản lý rừng phòng hộ Hướng Hóa | - | Đakrông": a place written with a dash
            if not word.isalpha() or not match[s:e].islower() or word in cues.NAME_STOP_WORDS and word != "về" \
                    or self.vocab.level_word.fullmatch(word) and not low.startswith("xã hội", s):
                if continuing and self.vocab.level_word.fullmatch(word) and low.endswith("thường xuyên", 0, last):
                    return last   # "Trung tâm Giáo dục thường xuyên | tỉnh": the school's kind, then its level
                if verb_after_and:   # "... thiên tai và tìm kiếm cứu nạn | tỉnh": a domain verb after "và" goes on
                    return self._and_verb_end(k, last)
                return before_and   # ("... bom mìn | và chất độc hóa học sau ...": the domain ends before the "và")
            last, lower = e, lower + 1
        return last if len(tokens) < i + _DOMAIN_TOKENS and len(tokens) > i else before_and

    def _and_verb_end(self, k: int, last: int) -> int:
        """Where a domain that went on after "và" with a domain verb ends at token ``k`` ("Ban Chỉ huy Phòng chống
        thiên tai và tìm kiếm cứu nạn | tỉnh Lào Cai", "... cứu nạn | các cấp"): with the level and its place, or
        at ``last``, the domain's last word."""
        level = self.vocab.level_word.match(self.low, self.tokens[k][0])
        return self._level_and_place(k, level.end()) if level is not None else last

    def _level_list(self, s: int) -> int | None:
        """The end of a list of levels at ``s`` ("các tỉnh, thành phố trực thuộc Trung ương", "các xã, phường"), not
        "các cấp"; None when there is none."""
        listed = self.vocab.level_qualifier.match(self.low, s)
        if listed is None or not listed.group("list") or "cấp" in self.low[s:listed.end()] \
                or "\n" in self.match[s:listed.end()]:
            return None
        return listed.end()

    def _number_closes(self, i: int) -> bool:
        """The number at token ``i`` ends the name: the clause, the line or a list item ends after it ("Bệnh viện Nhi
        đồng 1,"; not "... 10 ngày")."""
        e = self.tokens[i][1]
        if i + 1 >= len(self.tokens) or "\n" in self.match[e:self.tokens[i + 1][0]]:
            return False   # (a table's next row number, a page number at the end of a cell)
        nxt = self.low[self.tokens[i + 1][0]:self.tokens[i + 1][1]]
        return nxt in (",", ";", ".", ")", ":", "và") or starts_verb(self.low, self.tokens[i + 1][0], 2)

    def _unit_of(self, last: int, s: int) -> bool:
        """The known body at ``s`` follows a lower-case domain that ends at ``last`` with one space between, on the
        line: the domain's unit is that body's ("Phòng Cảnh sát hình sự Công an tỉnh")."""
        known = self.known_at[s].mention
        return self.match[last:s] == " " and self.match[s].isupper() and known is not None \
            and known.kind not in ("Office", "PeopleGroup") and not known.generic

    def _common_word(self, s: int) -> bool:
        """The known name at ``s`` is a people group written in lower case inside a domain ("Quỹ tín dụng | nhân dân
        | Mỹ Hiệp")."""
        known = self.known_at[s].mention
        return known is not None and known.kind == "PeopleGroup" and self.match[s].islower()

    def _domain_goes_on(self, k: int) -> bool:
        """The comma or "và" at token ``k`` is inside a lower-case domain: a lower-case word of it follows."""
        if k + 1 >= len(self.tokens):
            return False
        s, e = self.tokens[k + 1]
        word = self.low[s:e]
        return self.match[s:e].isalpha() and self.match[s:e].islower() and word not in cues.NAME_STOP_WORDS \
            and not _SECOND_BODY.match(self.low, s) \
            and not self.vocab.level_word.fullmatch(word) and s not in self.known_at \
            and not self.low.startswith(cues.DUTY_VERBS, s)
    def _office_word(self, i: int) -> bool:
        """Token ``i`` (with the next) is an office title written with a capital ("Thường trực")."""
        one = self.low[self.tokens[i][0]:self.tokens[i][1]]
        two = f"{one} {self.low[self.tokens[i + 1][0]:self.tokens[i + 1][1]]}" if i + 1 < len(self.tokens) else one
        return self.match[self.tokens[i][0]:self.tokens[i][0] + 1].isupper() and (one in self.vocab.office_words or two in self.vocab.office_words)

    def _name_follows(self, i: int) -> bool:
        """Token ``i`` starts a capitalised name on the same line that is no office's ("Cơ quan | Cảnh sát điều
        tra", "Cơ quan | Ủy ban MTTQ"; not "Cơ quan | Thường trực")."""
        if i + 1 >= len(self.tokens) or not self.match[self.tokens[i][0]:self.tokens[i][0] + 1].isupper() \
                or "\n" in self.match[self.tokens[i - 1][1]:self.tokens[i][0]]:
            return False
        if caps_context(self.match, self.tokens[i][0], self.tokens[i][1]):
            return self.starts_new_name(i)   # "CƠ QUAN PHÊ DUYỆT": in capitals only a body's name says so
        return not self._office_word(i)

    def _capitalised(self, i: int) -> tuple[int, int]:
        """(end, next token) after the capitalised token ``i``; a head noun inside the name is taken whole ("Ban
        Thường vụ | Đảng ủy": "Đảng" alone is a name too; "Chi bộ | Ban Tổ chức": "Tổ chức" alone is a verb)."""
        s, e = self.tokens[i]
        whole = self.head_at.get(s, e)
        end, i = max(e, whole), i + 1
        while i < len(self.tokens) and self.tokens[i][1] <= end:
            i += 1
        return end, i

    def _closes(self, i: int, lower_run: int, line_caps: bool) -> int | None:
        """The end of a name that token ``i`` closes: a level list ("Sở Y tế | các tỉnh, thành phố trực thuộc Trung
        ương") or a number after a lower-case word ("Bệnh viện Nhi đồng | 1"); None otherwise."""
        s, e = self.tokens[i]
        if self.low[s:e] == "các" and not line_caps:
            regional = cues.REGIONAL_UNITS.match(self.low, s)
            if regional is not None and (regional.group("stop") is None or regional.group("stop") in cues.NAME_STOP_WORDS
                                         or starts_verb(self.low, regional.start("stop"), 2)):
                return regional.end("units")
            return self._level_list(s)
        if self.match[s:e].isdigit() and lower_run and self._number_closes(i):
            return e
        return None

    def _opening(self, head_text: str, i: int) -> int | tuple[int, int] | None:
        """A lower-case word right after the head (token ``i``): (end, next token) of a domain up to a level word
        ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực | huyện"), or the end of the name where a domain ends it
        ("Ban Quản lý dự án đầu tư xây dựng số 1", "Quỹ tín dụng nhân dân Mỹ Hiệp"); None when it opens no name."""
        vocab, match, low, tokens = self.vocab, self.match, self.low, self.tokens
        if (topic := topic_end(low, match, vocab.level_word, match_key(head_text), tokens, i)) is not None:
            return topic   # "Ban Chỉ đạo | thực hiện hỗ trợ nhà ở ...": a steering committee named by its topic
        if (national := national_end(low, tokens, i)) is not None:
            return national   # "Ban Chỉ đạo | quốc gia": the body at the national level (nationalheads)
        if low[tokens[i][0]:tokens[i][1]] == "ngành" and i + 1 < len(tokens) and match[tokens[i + 1][0]].isupper() \
                and match[tokens[i][1]:tokens[i + 1][0]] == " ":
            return tokens[i][1], i + 1   # "Công đoàn | ngành | Y tế": the sector, named with capitals, the body is of
        if len(head_text.split()) >= 2:
            level_at = lowercase_domain(vocab, match, low, tokens, i, self.known_at)
            if level_at is not None:
                return tokens[level_at - 1][1], level_at
            domain = self._domain(head_text, i, joins=False) if head_text.split()[1][:1].isupper() else None
            if domain is not None:
                return domain
            if (joint := JOINT.match(low, tokens[i - 1][1])) is not None and (body := self._joint_body(joint.end())):
                return body
        return self._lower_then_proper(i)

    def _joint_body(self, joint_end: int) -> int | tuple[int, int] | None:
        """After a head and its "liên ngành" ("Tổ công tác liên ngành", "Ban Chỉ đạo liên ngành"): (end, next token)
        to read the level or the "về" domain that a level closes ("... | về an toàn thực phẩm | thành phố"), or the
        end of the name before punctuation, a function word or a duty's verb; None before a lower-case domain of its
        own ("Tổ công tác liên ngành | kiểm tra an toàn thực phẩm ...": a name the document shortens, read as before)."""
        tokens, low = self.tokens, self.low
        j = next((k for k, (s, _) in enumerate(tokens) if s >= joint_end), len(tokens))
        if j < len(tokens) and self.vocab.level_word.match(low, tokens[j][0]):
            return joint_end, j
        if j + 1 < len(tokens) and low[tokens[j][0]:tokens[j][1]] == "về" and (
                level_at := lowercase_domain(self.vocab, self.match, low, tokens, j + 1, self.known_at)) is not None:
            return tokens[level_at - 1][1], level_at
        word = low[tokens[j][0]:tokens[j][1]] if j < len(tokens) else ""
        if not word.isalpha() or word in cues.NAME_STOP_WORDS or low.startswith(cues.DUTY_VERBS, tokens[j][0]):
            return joint_end
        return None

    def _agency_follows(self, i: int) -> bool:
        """Token ``i`` opens "cơ quan" before a capitalised name of a body on the same line ("Đảng ủy cơ quan | Văn
        phòng Quốc hội", "Công đoàn cơ quan | Sở Y tế")."""
        if i + 2 >= len(self.tokens) or not self.low.startswith("cơ quan ", self.tokens[i][0]):
            return False
        s = self.tokens[i + 2][0]
        return _capital(self.match[s:self.tokens[i + 2][1]]) and self.starts_new_name(i + 2) \
            and "\n" not in self.match[self.tokens[i][0]:s]

    def _bloc(self, i: int) -> int | None:
        """The end of the bloc a body serves, named at token ``i`` with its level ("các cơ quan Đảng | tỉnh", "Khối
        các cơ quan | tỉnh Hà Tĩnh"), or None: the bloc's words, then a level word and its place."""
        s = self.tokens[i][0]
        word = self.low[s:self.tokens[i][1]]
        bloc = cues.BLOC.match(self.low, s) if word in ("các", "khối") else None
        level = self.vocab.level_word.match(self.low, bloc.end()) if bloc is not None else None
        if level is None or "khối" not in self.low[s:bloc.end()] and "các" not in self.low[s:bloc.end()]:
            return None
        return self._level_and_place(self.index_of.get(level.start(), i), level.end())

    def _needs_domain(self, head_text: str) -> bool:
        """A State body's head of one word ("Vụ", "Cục", "Phòng") names no body alone: a capitalised verb right after
        it is its domain ("Vụ | Tổ chức cán bộ"), not the clause's."""
        return len(head_text.split()) == 1 and self.vocab.head_kind.get(match_key(head_text)) == "StateBody"

    def _enterprise_goes_on(self, head_text: str, i: int, line_caps: bool) -> bool:
        """The dash at token ``i`` joins two fields of an enterprise's name though the second is a head noun of its own
        ("Tập đoàn Công nghiệp - Viễn thông Quân đội"): an organisation's head on both sides, no known body after it."""
        s = self.tokens[i + 1][0]
        if line_caps or self.match[self.tokens[i][0]:self.tokens[i][1]] != "-" or s in self.known_at or s not in self.head_at:
            return False
        kind = self.vocab.head_kind.get
        return kind(match_key(head_text)) == "Organization" == kind(match_key(self.match[s:self.head_at[s]]))

    def _word_closed(self, i: int, head_end: int) -> bool:
        """The capitalised words of the name before token ``i`` (after its head) end a word of their own: an
        abbreviation ("Sở KH&CN") or two capitalised syllables ("Truyền hình Gia Lai")."""
        if i < 2 or self.tokens[i - 1][0] < head_end:
            return False
        before = [self.match[s:e] for s, e in self.tokens[i - 2:i]]
        if self.tokens[i - 2][0] < head_end:
            return is_abbreviation(before[1])
        if self.starts_new_name(i - 2) or self.starts_new_name(i - 1):
            return False   # "Thanh tra Bộ Quốc | phòng", "Phòng Tham mưu Bộ Chỉ | huy": a name inside, not ended
        level = self.vocab.level_word.match(self.low, self.tokens[i - 1][0])
        if level is not None and level.end() > self.tokens[i - 1][1]:
            return False   # "Bệnh viện Nhi Trung | ương", "Viện Pasteur Thành | phố Hồ Chí Minh": a level's word goes on
        return is_abbreviation(before[1]) or all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in before)

    def _about_after_field(self, i: int, lower_run: int) -> bool:
        """The "về" at token ``i`` follows a capitalised field that names the body ("Phòng Tài chính - Kế hoạch | về
        tài khoản ...": where something goes), not a head or a level that a topic completes ("Ban Chỉ đạo | về ...",
        "Ban Chỉ đạo Trung ương | về ...")."""
        tokens, j = self.tokens, i - 1 - lower_run   # the field's last capitalised syllable ("Kế | hoạch", "Tế")
        return self.low[tokens[i][0]:tokens[i][1]] == "về" and lower_run <= 1 and j > 0 \
            and tokens[i - 1][1] not in self.head_ends and self.match[tokens[j][0]].isupper() \
            and " ".join(self.low[tokens[j - 1][0]:tokens[i - 1][1]].split()) not in _TOPIC_LEVELS \
            and " ".join(self.low[tokens[j][0]:tokens[i - 1][1]].split()) not in _TOPIC_LEVELS

    def _common_pair(self, i: int) -> bool:
        """The two capitalised syllables before token ``i`` are a common noun of names, no proper name ("Trung ương",
        "Quốc gia": "Ban Chỉ đạo Trung ương | phòng, chống ...")."""
        return self.low[self.tokens[i - 2][0]:self.tokens[i][0]].strip() in ("trung ương", "quốc gia")


def comma_inside_name(match: str, low: str, tokens, i: int, starts_new_name) -> bool:
    """A comma inside a name ("Sở Văn hóa, Thể thao và Du lịch", "Ủy ban Tài chính, Ngân sách"): capitalised items
    up to a 'và' + capitalised word, or up to the end of the line or clause (a name that ends it)."""
    j, lower_and = i + 1, False
    while j < len(tokens):
        s, e = tokens[j]
        word = match[s:e]
        if "\n" in match[tokens[j - 1][1]:s] or word in (".", ";", ")"):
            return j > i + 1
        if low[s:e] == "và" and j + 1 < len(tokens) and match[tokens[j - 1][0]:tokens[j - 1][1]].islower() \
                and match[tokens[j + 1][0]:tokens[j + 1][1]].islower() and not starts_verb(low, tokens[j + 1][0]):
            lower_and = True   # "Viện Chiến lược, Chính sách khoa học và công nghệ": a lower-case domain's "và"
            j += 1
            continue
        if low[s:e] in ("và", "&"):
            return j + 1 < len(tokens) and match[tokens[j + 1][0]:tokens[j + 1][1]][:1].isupper() and not starts_new_name(j + 1)
        if word == ",":
            if j + 1 >= len(tokens) or not match[tokens[j + 1][0]:tokens[j + 1][1]][:1].isupper() or starts_new_name(j + 1):
                return False
        elif not word[0].isalnum() or low[s:e] in cues.NAME_STOP_WORDS or (starts_verb(low, s) and not word[0].isupper()):
            return lower_and and word[0].isalnum() and low[s:e] not in cues.NAME_STOP_WORDS   # ("Ban Dân chủ, Giám sát ...")
        j += 1
    return j > i + 1


def _capital(word: str) -> bool:
    return word[:1].isupper()


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*\n?[ \t]*$")
_LETTERS = re.compile(r"[^\W\d_]*")
_SECOND_SYLLABLES = frozenset(c.rpartition(" ")[2] for c in cues.HEAD_COMPOUNDS)   # the heads a compound ends with


def second_syllable(low: str, head_start: int) -> bool:
    """The head noun at ``head_start`` ends a two-syllable word with the word before it ("nhiệm | vụ", "cơ | sở",
    ``cues.HEAD_COMPOUNDS``), that word on the same line or ending the line before."""
    head = _LETTERS.match(low, head_start, head_start + 8).group(0)   # ("bộ:" is "bộ")
    before = _WORD_BEFORE.search(low, max(0, head_start - 12), head_start) if head in _SECOND_SYLLABLES else None
    return before is not None and f"{before.group(1)} {head}" in cues.HEAD_COMPOUNDS
_CITATION_GOES_ON = re.compile(r"[ \t]+(?:số(?!\w)|\d|của(?!\w))")   # a kind of document cited: its number or issuer
