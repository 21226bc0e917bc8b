"""Names of organisations the vocabulary does not know, recognised head-first: a head noun of the ontology
("Sở", "Ủy ban nhân dân", "Công an"), a capitalised domain, a level and a place ("Sở Văn hóa, Thể thao và Du lịch",
"Ủy ban nhân dân tỉnh Sơn La", "Công an tỉnh"); the IRI is minted from the canonical name."""

from __future__ import annotations

import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.bodies import regional_unit_end
from policykg.graph_builder.departments import capitalised_domain
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.canonicalnames import canonical_name
from policykg.graph_builder.namestops import assigns_task, compound_word, person_follows, stops_name, topic_after_name
from policykg.graph_builder.placeheads import head_syllable_of_place
from policykg.graph_builder.shortheads import short_head_spans
from policykg.graph_builder.lowertails import joint_kind, lowercase_tail
from policykg.graph_builder.nameparts import ScanSteps, comma_inside_name, second_syllable
from policykg.graph_builder.vocabulary import (
    COLUMN_GAP,
    LEVEL_SEPARATOR,
    PRIORITY_ACTOR,
    Candidate,
    Vocabulary,
    caps_context,
    starts_verb,
    wider_gap,
)

__all__ = ["canonical_name", "pattern_actors"]

# a word with "và" or "các" typed onto its end ("Môi trườngvà phù hợp", "đúngcác quy định") is two tokens: no
# Vietnamese syllable ends so
_TOKEN = re.compile(r"[^\W_]+?(?=(?:và|các)(?![^\W_]))|[^\W_]+(?:[.&][^\W_]+)*|[^\w\s]")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()

def pattern_actors(vocab: Vocabulary, match: str, low: str, start: int, end: int,
                   known: list[Candidate]) -> list[Candidate]:
    """Organisations the vocabulary does not know, named head-first: head noun + capitalised domain + level/place."""
    if vocab.head_regex is None:
        return []
    scan = _NameScan(vocab, match, low, start, end, known)
    found = []
    for head_start, head_end in sorted(scan.head_at.items()):
        name_end = scan.name_end(head_start, head_end)
        if name_end is None:
            continue
        candidate = _unknown_actor(vocab, match, low, (head_start, head_end, name_end), scan.known_at.get(head_start))
        if candidate is not None:
            found.append(candidate)
    return found


def _unknown_actor(vocab: Vocabulary, match: str, low: str, where: tuple[int, int, int],
                   known: Candidate | None) -> Candidate | None:
    """The candidate for a name [head_start, name_end), unless it is a known actor with a level or a qualifier."""
    head_start, head_end, name_end = where
    name_end = capitalised_domain(vocab, match, (head_start, head_end, name_end))
    region = regional_unit_end(vocab, match, name_end, len(match))
    name_end = region or name_end   # "Kho bạc Nhà nước khu vực IX": a regional unit of its own
    # trailing lower-case syllables that are not followed by anything name-like stay only when short
    if known is not None and known.end >= name_end:
        return None
    if known is not None and _only_levels(vocab, low, known.end, name_end) and not _has_place(match, known.end, name_end):
        return None   # "Mặt trận Tổ quốc tỉnh": the known actor at a level, not a new organisation
    # (only when the known name covers the head: "Đảng | ủy Quân sự tỉnh" is the head "Đảng ủy", not "Đảng" + qualifier)
    rest = match[known.end:name_end].split() if known is not None and known.end >= head_end else []
    if rest and rest[0][:1].islower() and not vocab.level_word.fullmatch(low[known.end:name_end].split()[0]) \
            and not region:
        return None   # "Bộ Chính trị khóa X": the known actor and a qualifier, not a new organisation
    surface = match[head_start:name_end]
    label = canonical_name(vocab, surface, known, match[head_start:known.end] if known else None)
    entry = vocab.lexicon.lookup(label) if label != re.sub(r"\s+", " ", surface) else None
    if entry is not None:   # "Ủy ban nhân dân UBND cấp xã": the vocabulary's name, restated by its abbreviation
        return Candidate(head_start, name_end, PRIORITY_ACTOR, Mention(
            span=Span(head_start, name_end), surface="", category="actor", iri=entry.iri, label=entry.label_vi,
            kind=entry.kind, known=True, label_en=entry.label_en))
    head = match_key(match[head_start:head_end])
    kind = vocab.head_kind.get(head) or vocab.short_head_kind.get(head, "Organization")
    entry = vocab.lexicon.get(known.mention.iri) if rest and known.mention is not None and known.end > head_end \
        else None
    if entry is not None and not entry.generic and entry.kind not in ("Office", "PeopleGroup"):
        kind = entry.kind   # "Ban Chấp hành Đoàn tỉnh | Long An": a known name longer than its head noun, at a place:
        # of the known body's kind
    mention = Mention(span=Span(head_start, name_end), surface="", category="actor", iri=mint_actor_iri(label),
                      label=label, kind=kind, known=False,
                      generic=head in cues.ACTS_ONLY_HEADS   # "Quỹ Bảo hiểm y tế": an actor only where it acts
                      or joint_kind(vocab, low, head_end, name_end))   # "Tổ công tác liên ngành": so is a joint kind
    return Candidate(head_start, name_end, PRIORITY_ACTOR, mention)


# lower-case syllables a name's domain may run to after a capitalised word ("Cục Kiểm soát ô nhiễm môi trường")
_LOWER_RUN = 5
_OF_BEFORE = re.compile(r"(?<!\w)CỦA[ \t]+$")   # "... CỦA | BAN THƯỜNG VỤ TỈNH ỦY" in a title written in capitals
_UY_BAN = re.compile(r"\s+ban(?!\s+hành)(?!\w)")   # "đảng Ủy ban ...": no "Đảng ủy" (but "Đảng ủy ban hành")


class _NameScan(ScanSteps):
    """The tokens of one region, where head nouns and known names start, and the scan of a name to its end."""

    def __init__(self, vocab: Vocabulary, match: str, low: str, start: int, end: int, known: list[Candidate]):
        self.vocab, self.match, self.low = vocab, match, low
        self.head_at: dict[int, int] = {}
        for m in vocab.head_matches(low, start, end):
            if _UY_BAN.match(low, m.end(1)) and low[m.start(1):m.end(1)].endswith(("ủy", "uỷ")):
                continue   # "Ban cán sự đảng Ủy ban nhân dân"
            if second_syllable(low, m.start(1)):
                continue   # "NHIỆM VỤ TRỌNG TÂM", "CƠ / SỞ DỮ LIỆU": a word's second syllable, no head
            self.head_at.setdefault(m.start(1), m.end(1))
        for s, e in short_head_spans(vocab, match, low, start, end):
            if self.head_at.get(s, s) < e:
                self.head_at[s] = e   # "CA | tỉnh", "Bộ CHQS | tỉnh": a head noun written short (shortheads.py)
        # none without a capitalised head: name_end reads no other (the sentence's tokens would not be needed)
        self.tokens = [t.span() for t in _TOKEN.finditer(match, start, end)] \
            if any(match[s].isupper() for s in self.head_at) else []
        self.index_of = {s: i for i, (s, _) in enumerate(self.tokens)}
        self.known_at: dict[int, Candidate] = {}
        for cand in known:
            self.known_at.setdefault(cand.start, cand)
        self.known_ends = {cand.end for cand in known}
        # committees named in full by their head noun ("Tỉnh ủy", "Đảng ủy"): no lower-case word goes on after one
        self.head_ends = {e for s, e in self.head_at.items()
                          if vocab.head_kind.get(match_key(match[s:e])) in ("PartyCommittee", "Authority")}
        # where an office's title ends ("Bộ trưởng | Bộ Công an Lương Tam Quang"): the holder's name may follow the organ
        self.office_ends = {e for s, e in self.head_at.items() if vocab.head_kind.get(match_key(match[s:e])) == "Office"}
        self.after_office, self.head_start = False, 0

    def starts_new_name(self, i: int) -> bool:
        s = self.tokens[i][0]
        return s in self.head_at or s in self.known_at

    def name_end(self, head_start: int, head_end: int) -> int | None:
        """Where the name opened by the head noun at [head_start, head_end) ends; None when it is no name."""
        match = self.match
        if head_start not in self.index_of:
            return None
        head_text = match[head_start:head_end]
        line_caps = caps_context(match, head_start, head_end)
        if not _is_cap(head_text) or _verb_over_head(self.low, head_start, head_end):
            return None   # "Ban hành Kế hoạch", "Phòng chống ...": a verb in a title, not a name
        if line_caps and not re.search(r"(?:^|\n|[-.,;:/|*#])\s*$", match[max(0, head_start - 40):head_start]) \
                and not (_OF_BEFORE.search(match, max(0, head_start - 8), head_start) and len(head_text.split()) > 1
                         and self.vocab.head_kind.get(match_key(head_text)) == "PartyCommittee"):
            return None   # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": in a capitals line a name starts the line or follows punctuation,
            # or a committee's board follows "CỦA" ("NGHỊ QUYẾT ... CỦA BAN THƯỜNG VỤ TỈNH ỦY": the issuer cited)
        i, self.head_start = self.index_of[head_start], head_start
        # an office's title before the name, its words between ("Bộ trưởng | Bộ Công an", "Chủ tịch | UBND tỉnh")
        self.after_office = any(0 < head_start - e <= 60 and not re.search(r"[^\w ]", match[e:head_start])
                                and len(match[e:head_start].split()) <= 6 for e in self.office_ends) \
            or cues.SPEAKER_BEFORE.search(self.low, max(0, head_start - 30), head_start) is not None
        while i < len(self.tokens) and self.tokens[i][1] <= head_end:
            i += 1
        if match_key(head_text) in cues.HEADS_BEFORE_A_NAME and not self._name_follows(i):
            return None   # "Cơ quan | Thường trực công tác": "Cơ quan" opens a name only before a capitalised name
        found = self._scan(head_text, head_end, i, line_caps)
        if found is None and re.search(r"(?<!\w)(?:các|những)\s+$", self.low[max(0, head_start - 8):head_start]) \
                and len(head_text.split()) >= 2 and _is_cap(head_text.split()[1]):
            return head_end   # "các Đồn Biên phòng", "các Ban Chỉ đạo": the bodies the head names, no domain
        if found is None and cues.SAME_LEVEL.match(self.low, head_end) and any(map(_is_cap, head_text.split()[1:])):
            return head_end   # "Liên đoàn Lao động | cùng cấp": the body the head names, at the level of the one before
        return found

    def _level_and_place(self, i: int, level_end: int) -> int:
        """The end of a level word and the place name after it: "tỉnh Sơn La", "huyện Mai Châu"."""
        tokens, match = self.tokens, self.match
        last_end = level_end
        plural = i > 0 and self.low[tokens[i - 1][0]:tokens[i - 1][1]] in ("các", "những")
        while i < len(tokens) and tokens[i][1] <= level_end:
            i += 1
        while i < len(tokens) and _is_cap(match[tokens[i][0]:tokens[i][1]]) \
                and ("\n" not in match[last_end:tokens[i][0]] or self._place_goes_on(i, last_end > level_end)) \
                and COLUMN_GAP not in match[last_end:tokens[i][0]] \
                and match[tokens[i][0]].isalpha() and not self._holder_follows(i) \
                and (not self.starts_new_name(i) or head_syllable_of_place(self, i, last_end > level_end)) \
                and self.low[tokens[i][0]:tokens[i][1]] not in cues.TERM_WORDS and not cues.PAST_PLACE.match(self.low, tokens[i][0]) \
                and not (starts_verb(self.low, tokens[i][0], 2) or cues.CITED_TITLE.match(self.low, tokens[i][0])):
            # ("tỉnh Lào Cai | Sửa đổi, bổ sung ...": the title of a cited document after its issuer)
            last_end = tokens[i][1]
            i += 1
            if self._hyphen_joins(i):
                i += 1   # "tỉnh Bà Rịa-Vũng Tàu", "thành phố Phan Rang–Tháp Chàm": one place of two halves
            if plural and last_end > level_end and i + 1 < len(tokens) and self._next_place(i):
                i += 1   # "Ủy ban nhân dân các xã Nghi Yên, Nghi Tiến": the places of a plural level, one name
        return last_end

    def _hyphen_joins(self, i: int) -> bool:
        """Token ``i`` is a hyphen or a dash written without spaces between two capitalised words of a place."""
        tokens, match = self.tokens, self.match
        return i + 1 < len(tokens) and match[tokens[i][0]:tokens[i][1]] in ("-", "–") \
            and tokens[i - 1][1] == tokens[i][0] and tokens[i][1] == tokens[i + 1][0] \
            and _is_cap(match[tokens[i + 1][0]:tokens[i + 1][1]])

    def _place_goes_on(self, i: int, begun: bool) -> bool:
        """A place name broken by a line break ("phường Tây Hoa" / "Lư chủ trì, ..."): a place begun on the line above,
        one capitalised syllable (not in capitals) on the next, then the sentence going on in lower case."""
        tokens, match = self.tokens, self.match
        gap = match[tokens[i - 1][1]:tokens[i][0]]
        if not begun or gap.count("\n") != 1 or gap.strip() or i + 1 >= len(tokens):
            return False
        word, nxt = match[tokens[i][0]:tokens[i][1]], match[tokens[i + 1][0]:tokens[i + 1][1]]
        return word[1:].islower() and (nxt.islower() or nxt in (",", ";", ".")) and "\n" not in match[tokens[i][1]:tokens[i + 1][0]] \
            and not starts_verb(self.low, tokens[i][0], 1)

    def _next_place(self, i: int) -> bool:
        """Token ``i`` is a comma or 'và' between two places of a plural level ("các xã Nghi Yên, | Nghi Tiến"): the
        next place is capitalised, two syllables or more, and opens no name of its own."""
        tokens, match = self.tokens, self.match
        if match[tokens[i][0]:tokens[i][1]] != "," and self.low[tokens[i][0]:tokens[i][1]] != "và":
            return False
        j = i + 1
        words = 0
        while j + words < len(tokens) and _is_cap(match[tokens[j + words][0]:tokens[j + words][1]]) \
                and match[tokens[j + words][0]].isalpha():
            words += 1
        return words >= 2 and "\n" not in match[tokens[i][1]:tokens[j][0]] and not self.starts_new_name(j)

    def _holder_follows(self, i: int) -> bool:
        """The name being scanned is written after an office's title and a person's name follows at token ``i``: the
        office holder ("Bộ trưởng Bộ Công an | Lương Tam Quang", "Chủ tịch UBND tỉnh | Nguyễn Văn A"), not the name's."""
        if not self.after_office or not person_follows(self.match, self.tokens, i):
            return False
        run = 0         # the name is the whole rest of the capitalised run: "tỉnh Hà Tĩnh | Võ Trọng Hải", not "| Hà ..."
        while i + run < len(self.tokens) and self.match[self.tokens[i + run][0]].isupper() \
                and self.match[self.tokens[i + run][0]:self.tokens[i + run][1]].isalpha():
            run += 1
        if run > 4:
            return False
        rest = self.match[self.tokens[i][0]:self.tokens[i][0] + 40]
        return not any(rest.startswith(name) for name in cues.PROPER_NOUNS)     # "... Đoàn TNCS Hồ Chí Minh"

    def _rank_at(self, i: int) -> bool:
        return cues.PERSON_PREFIX.match(self.match[self.tokens[i][0]:self.tokens[i][0] + 40]) is not None

    def _scan(self, head_text: str, head_end: int, i: int, line_caps: bool) -> int | None:
        """Token by token from the head noun to the end of the name; None when nothing but the head was found."""
        vocab, match, low, tokens = self.vocab, self.match, self.low, self.tokens
        office = vocab.head_kind.get(match_key(head_text)) == "Office"
        if office and person_follows(match, tokens, i):
            return None   # "Phó Chủ tịch Nguyễn Văn A": an office and a person, no organisation
        last_end, content, lower_run, place_only, inner = head_end, False, 0, False, False
        while i < len(tokens):
            s, e = tokens[i]
            if (self._line_ends(last_end, s, line_caps) and (content or not self._wrapped(last_end, s))) \
                    or (not line_caps and self._holder_follows(i)):
                break   # a new line (unless a header name goes on), the next column of PDF layout text, a holder's name
            word = match[s:e]
            lw = low[s:e]
            nxt = match[tokens[i + 1][0]:tokens[i + 1][1]] if i + 1 < len(tokens) else ""
            if word in (",", "-", "&") or lw == "và":
                step, joint_end = self._joint(head_text, head_end, i, (content, place_only, line_caps))
                if step == "return":
                    return joint_end
                if step == "break":
                    break
                inner = inner or step == "fields"   # ("... - Viễn thông | Quân đội": the second field's name goes on)
                i, last_end = i + 1, e
                continue
            if office and not content and self.starts_new_name(i):
                break   # "Bộ trưởng | Bộ Công an": the office and the organisation are two actors
            if office and not content and self._office_word(i):
                i, last_end = i + 1, e   # "Phó Chủ tịch | Thường trực | Ủy ban nhân dân tỉnh": an office of two titles
                continue
            if (not content or tokens[i - 1][1] in self.head_ends) and not office and (bloc := self._bloc(i)) is not None:
                last_end, content = bloc, True   # "Đảng ủy | các cơ quan Đảng tỉnh", "Đoàn Thanh niên Khối | các cơ quan ..."
                break
            if lw == "cơ" and not content and not office and self._agency_follows(i):
                i, inner = i + 2, True   # "Đảng ủy | cơ quan | Văn phòng Quốc hội": the committee of that agency
                continue
            if not content and not office and lw == "các" and (listed := self._collective_at(i + 1)) is not None:
                return listed   # "Thanh tra | các | Bộ, ngành, địa phương": the head at each body of a collective
            if not content and not office and ((lw == "các" and self._bodies_managed(head_text, i)) or (
                    lw == "ở" and match_key(head_text) in cues.LOCATED_HEADS and _is_cap(nxt))):
                i += 1   # "Ban Quản lý | các | khu công nghiệp" (the bodies it manages), "Tổ đảng ở | Thường trực ..."
                continue
            if content and not line_caps and (region_end := regional_unit_end(vocab, match, last_end, self.tokens[-1][1])):
                return region_end   # "Phòng Thi hành án dân sự | khu vực 3": the region ends the name
            if match[s].islower() and not line_caps and (level_end := self._level_end(i)) is not None:
                last_end, content = level_end, True
                break
            if not word[0].isalnum():
                break
            if _is_cap(word):
                if self._capital_ends(head_text, i, (content, inner, line_caps)):
                    break
                inner = inner or (not content and s in self.head_at and not line_caps)   # "Văn phòng | Đoàn đại biểu QH"
                content, (last_end, i) = True, self._capitalised(i)
                lower_run = int(last_end > e and match[last_end - 1].islower())   # a whole head read: "Cảnh sát"
                continue
            if content and (closed := self._closes(i, lower_run, line_caps)) is not None:
                last_end = closed
                break
            if not content and not office and word.islower() and (opened := self._opening(head_text, i)) is not None:
                if isinstance(opened, tuple):
                    last_end, i = opened
                    continue
                return opened
            if word.isdigit() and not content and not lower_run:
                return self._number_end(i, line_caps)   # "Quân khu 7", "Sư đoàn 304", "Ban Chỉ đạo 389 tỉnh"
            if word.isdigit() or not content or self._closed(i):
                break   # "Cục Hải quan Quảng Ninh | 10 vụ", "Đảng đoàn Quốc hội | kết thúc"
            if not lower_run and not self._domain_may_follow(i, lower_run, head_end):
                break   # "Sở KH&CN | gửi", "Truyền hình Gia Lai | mở chuyên mục": no lower-case word after a proper name
            # the syllable right after a capitalised one usually ends its word ("Đào tạo", "Y tế"): only a
            # function word or a verb of two or more syllables ("chủ trì") ends the name there
            if lower_run >= _LOWER_RUN or ((stops_name(low, lw, tokens, i) or starts_verb(low, s, 1 if lower_run else 2)
                                            or assigns_task(low, lw, tokens, i, nxt)) and not compound_word(low, tokens, i)):
                domain = self._domain(head_text, i) if self._domain_may_follow(i, lower_run, head_end) \
                    and not self._about_after_field(i, lower_run) else None
                if domain is not None:
                    last_end = domain   # "Cục Điều tra chống buôn lậu (Tổng cục Hải quan)"
                break
            lower_run, last_end, i = lower_run + 1, e, i + 1
        return last_end if content else None

    def _capital_ends(self, head_text: str, i: int, state: tuple[bool, bool, bool]) -> bool:
        """The capitalised token ``i`` is none of the name being read (``state``: content read, inside a unit's name, a
        capitals line): a known body after the name ("MTTQ | Phối hợp ..." is a verb with a capital; not the body a
        unit belongs to, which closes its name: :meth:`_owner_closes`), a contact field
        ("Tổng cục Thuế | Địa chỉ:"), a duty's verb, the head noun again ("Sở Y tế | Sở Tài chính": two names run
        together; a header's capitals line is cut by the number's codes, ``headernames``) or a plural word ("Sở Tài
        chính | Các sở")."""
        content, inner, line_caps = state
        s, e = self.tokens[i]
        low = self.low
        return (content and s in self.known_at and self.known_at[s].end > e and not line_caps and s not in self.head_at
                and not inner and not self._owner_closes(head_text, s)) or cues.CONTACT_FIELD.match(low, s) is not None \
            or (not line_caps and low.startswith(cues.DUTY_VERBS, s)
                and (content or not (self._unit_word(s) or self._needs_domain(head_text)))) \
            or (content and not line_caps and (self._same_head(head_text, s) or low[s:e] in ("các", "những")
                                               or (s in self.head_at or s in self.known_at) and wider_gap(self.match, self.tokens, i))) \
            or (content and self.match[s:e].isupper() and (cues.PAST_PLACE.match(low, s) is not None and self._place_read(i)
                                                           or low[s:e] in cues.TERM_WORDS)) \
            or topic_after_name(self.match, match_key(head_text), self.tokens, i, self.head_ends)

    def _owner_closes(self, head_text: str, s: int) -> bool:
        """The known body at ``s``, right after a unit's capitalised name on its line, is the body the unit belongs to
        and ends the name ("Ban Tổ chức Cán bộ | Chính phủ", "Ban Mặt trận Thanh niên | Trung ương Đoàn"): a body that
        has units, not a people group, an office or a generic one, nor after a department's or a ministry's head (their
        domain is all of their name) nor before a capitalised word or a comma that goes on."""
        known, end = self.known_at[s].mention, self.known_at[s].end
        after = _NEXT_CHAR.match(self.match, end).group(1)
        return known is not None and known.known and known.kind in _OWNER_KINDS and not known.generic \
            and match_key(head_text) not in cues.CAPITALISED_DOMAIN_HEADS and self.match[s - 1] == " " \
            and self.match[s - 2].isalpha() and not after.isupper() and not after.isdigit()

    def _place_read(self, i: int) -> bool:
        """A level word and a place come right before token ``i`` ("TỈNH LẠNG SƠN | ĐẾN NĂM 2030": a title's time, in
        capitals, after the place)."""
        return any(self.vocab.level_word.fullmatch(self.low[s:e]) for s, e in self.tokens[max(0, i - 4):i - 1])

    def _level_end(self, i: int) -> int | None:
        """Where a name ends that a level word at token ``i`` ends, with its place ("Công an | tỉnh Sơn La") or its
        list of levels ("Công an | xã, phường": one name; not "tỉnh, | Tỉnh đoàn"); None when no level is there."""
        s = self.tokens[i][0]
        level = self.vocab.level_word.match(self.low, s)
        if level is None or compound_word(self.low, self.tokens, i):
            return None   # ("nông | thôn": a noun, no level)
        end = self._level_and_place(i, level.end())
        listed = self.vocab.level_qualifier.match(self.low, s)
        if end == level.end() and listed and LEVEL_SEPARATOR.search(self.match, s, listed.end()) \
                and self.match[s:listed.end()] == self.low[s:listed.end()]:
            end = listed.end()
        if i > 0 and self.low[self.tokens[i - 1][0]:self.tokens[i - 1][1]] == "các" and (
                kind := cues.TIER_KIND.match(self.low, end)) is not None:
            end = kind.end()   # "Bộ Chỉ huy Bộ đội Biên phòng các tỉnh | biên giới": those units only
        return end

    def _joint(self, head_text: str, head_end: int, i: int, state: tuple[bool, bool, bool]) -> tuple[str, int | None]:
        """What the comma, dash, "&" or "và" at token ``i`` does to the name being scanned (``state``: content read,
        a place only, a capitals line): ("return", end) ends it there, ("break", None) before the joint, ("go", None)
        goes on, ("fields", None) goes on over an enterprise's fields."""
        content, place_only, line_caps = state
        match, tokens = self.match, self.tokens
        s, e = tokens[i]
        word, lw = match[s:e], self.low[s:e]
        nxt = match[tokens[i + 1][0]:tokens[i + 1][1]] if i + 1 < len(tokens) else ""
        if word == "," and content and not place_only and (tail_end := self._comma_tail(i, nxt)) is not None:
            return "return", tail_end   # "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"
        if lw in ("và", "-", "–") and content and self._serves_both(head_text, head_end, i):
            return "return", self.known_at[tokens[i + 1][0]].end   # "Văn phòng HĐND và (-) UBND xã": one of both
        if lw == "và" and content and not line_caps and self._word_closed(i, head_end) and not self._common_pair(i):
            return "break", None   # "Viễn thông Gia Lai | và Viettel Gia Lai": a name that ends with a place ends there
        if content and nxt[:1].islower() and (chained := self._domain_goes_on_after(head_text, i)) is not None:
            return "return", chained   # "Cục Nghiệp vụ và pháp luật | thuộc Bộ Tư lệnh Cảnh sát biển"
        fields = i + 1 < len(tokens) and self._enterprise_goes_on(head_text, i, line_caps)
        if i + 1 >= len(tokens) or not _is_cap(nxt) or (self.starts_new_name(i + 1) and not fields) or place_only \
                or self._rank_at(i + 1) or cues.CONTACT_FIELD.match(self.low, tokens[i + 1][0]) or self._cited_at(i + 1):
            return "break", None   # (a rank opens a person's name: "Bộ Công an, | Thượng tướng ..."; "..., | Email: ...")
        glued = word == "," and not match[s - 1].isspace() and not match[e:e + 1].isspace()
        if word == "," and not glued and not self._comma_goes_on(head_end, i):
            return "break", None   # ("KH,CN&MT": a comma between abbreviations, with no space, is inside the name)
        return ("fields" if fields else "go"), None

    def _domain_may_follow(self, i: int, lower_run: int, head_end: int) -> bool:
        """A lower-case domain may open at token ``i``: right after a capitalised word of the name ("Cục Điều tra |
        chống buôn lậu"), not after a proper name or an abbreviation ("Báo ... Hà Tĩnh | xây dựng kế hoạch") nor
        after a lower-case domain already read ("Cục An toàn thông tin | xây dựng Kho ...")."""
        if self._word_closed(i, head_end) and not self.vocab.level_word.fullmatch(self.low[self.tokens[i][0]:self.tokens[i][1]]):
            return self._common_pair(i)
        return lower_run < 2 or lower_run >= _LOWER_RUN

    def _comma_tail(self, i: int, nxt: str) -> int | None:
        """After the comma at token ``i``, a lower-case tail that ends the name: where it ends, or None."""
        if i + 1 >= len(self.tokens) or _is_cap(nxt) or self._closed(i):
            return None
        return lowercase_tail(self.vocab, self.match, self.low, self.tokens, i + 1, self.known_at)

    def _comma_goes_on(self, head_end: int, i: int) -> bool:
        """The comma at token ``i`` is inside the name ("Sở Văn hóa, Thể thao và Du lịch"; after a 'và' of the name,
        "Báo và Phát thanh, Truyền hình Phú Thọ")."""
        return comma_inside_name(self.match, self.low, self.tokens, i, self.starts_new_name) \
            or _after_and(self.low, self.tokens, head_end, i)

    def _unit_word(self, s: int) -> bool:
        """The capitalised verb at ``s`` right after a head names a unit when a capitalised name follows it ("Phòng |
        Tham mưu | Công an tỉnh"), not when the sentence goes on in lower case ("Mặt trận Tổ quốc | Phối hợp tổ chức")."""
        verb = max((v for v in cues.DUTY_VERBS if self.low.startswith(v, s)), key=len)
        return self.match[s + len(verb):s + len(verb) + 2].lstrip()[:1].isupper()

    def _closed(self, i: int) -> bool:
        """The token before ``i`` ends a known name or a head noun ("Quốc hội", "Tỉnh ủy"): no lower-case
        word goes on from there."""
        before = self.tokens[i - 1][1] if i > 0 else -1
        return before in self.known_ends or before in self.head_ends


# the kinds of body other bodies are units of; the character after the owner that closes a unit's name (none of a
# capital or a digit: "Ban Tổ chức Cán bộ Chính phủ | Hà Nội ..." reads on)
_OWNER_KINDS = frozenset(("StateBody", "PartyOrgan", "MassOrganization", "FatherlandFront"))
_NEXT_CHAR = re.compile(r"[ \t]*(\S?)")


def _verb_over_head(low: str, head_start: int, head_end: int) -> bool:
    """The head noun is the first syllable of a verb that goes on after it: "Ban | hành", "Phòng | chống" (not
    "Thanh tra", a head noun that is also a verb)."""
    words = low[head_start:head_start + 40].split()
    for n in (3, 2):
        verb = " ".join(w.strip(",.;:") for w in words[:n])
        if len(words) >= n and verb in cues.ACTION_VERBS and len(verb) > head_end - head_start:
            return True
    return False


def _after_and(low: str, tokens, head_end: int, i: int) -> bool:
    """A comma after a 'và' of the name goes on with its last item ("Báo và Phát thanh, Truyền hình Phú Thọ")."""
    return any(low[s:e] == "và" for s, e in tokens[:i] if s >= head_end)


def _only_levels(vocab: Vocabulary, low: str, start: int, end: int) -> bool:
    rest = low[start:end].strip()
    one = rf"(?:(?:các|cấp)\s+)?(?:{vocab.level_alts})"
    return bool(rest) and bool(re.fullmatch(rf",?\s*{one}(?:\s*,\s*{one})*", rest))   # "(xã), phường, đặc khu" too

def _has_place(match: str, start: int, end: int) -> bool:
    return any(w[:1].isupper() for w in match[start:end].split()[1:])
