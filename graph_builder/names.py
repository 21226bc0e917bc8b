"""Names of organisations the vocabulary does not know, recognised head-first: a head noun of the ontology
("Sở", "Ủy ban nhân dân", "Công an"), a capitalised domain, a level and a place ("Sở Văn hóa, Thể thao và Du lịch",
"Ủy ban nhân dân tỉnh Sơn La", "Công an tỉnh"); the IRI is minted from the canonical name."""

from __future__ import annotations

import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import (
    COLUMN_GAP,
    HEADER_CONTINUATION,
    PRIORITY_ACTOR,
    Candidate,
    Vocabulary,
    caps_context,
    compact,
    is_abbreviation,
    lower_same_length,
    match_key_cased,
    starts_verb,
)

__all__ = ["pattern_actors"]

_TOKEN = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*|[^\w\s]")


def _head_words(text: str) -> str:
    """The first three words without their first letter: where a proper name shows its capitals."""
    return " ".join(text.split()[:3])[1:]

def _inner_capitals(written: str) -> bool:
    return any(c.isupper() for c in written[1:])

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
    # trailing lower-case syllables that are not followed by anything name-like stay only when short
    if known is not None and known.end >= name_end:
        return None
    if known is not None and _only_levels(vocab, low, known.end, name_end) and not _has_place(match, known.end, name_end):
        return None   # "Mặt trận Tổ quốc tỉnh": the known actor at a level, not a new organisation
    # (only when the known name covers the head: "Đảng | ủy Quân sự tỉnh" is the head "Đảng ủy", not "Đảng" + qualifier)
    rest = match[known.end:name_end].split() if known is not None and known.end >= head_end else []
    if rest and rest[0][:1].islower() and not vocab.level_word.fullmatch(low[known.end:name_end].split()[0]):
        return None   # "Bộ Chính trị khóa X": the known actor and a qualifier, not a new organisation
    surface = match[head_start:name_end]
    label = _canonical_name(vocab, surface, known, match[head_start:known.end] if known else None)
    kind = vocab.head_kind.get(match_key(match[head_start:head_end]), "Organization")
    mention = Mention(span=Span(head_start, name_end), surface="", category="actor", iri=mint_actor_iri(label),
                      label=label, kind=kind, known=False)
    return Candidate(head_start, name_end, PRIORITY_ACTOR, mention)


class _NameScan:
    """The tokens of one region, where head nouns and known names start, and the scan of a name to its end."""

    def __init__(self, vocab: Vocabulary, match: str, low: str, start: int, end: int, known: list[Candidate]):
        self.vocab, self.match, self.low = vocab, match, low
        self.tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(match, start, end)]
        self.index_of = {s: i for i, (s, _) in enumerate(self.tokens)}
        self.head_at: dict[int, int] = {}
        for m in vocab.head_regex.finditer(low, start, end):
            self.head_at.setdefault(m.start(1), m.end(1))
        self.known_at: dict[int, Candidate] = {}
        for cand in known:
            self.known_at.setdefault(cand.start, cand)

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
        if line_caps and not re.search(r"(?:^|\n|[-.,;:/|*#])\s*$", match[max(0, head_start - 40):head_start]):
            return None   # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": in a capitals line a name starts the line or follows punctuation
        i = self.index_of[head_start]
        while i < len(self.tokens) and self.tokens[i][1] <= head_end:
            i += 1
        return self._scan(head_text, head_end, i, line_caps)

    def _level_and_place(self, i: int, level_end: int) -> int:
        """The end of a level word and the place name after it: "tỉnh Sơn La", "huyện Mai Châu"."""
        tokens, match = self.tokens, self.match
        last_end = level_end
        while i < len(tokens) and tokens[i][1] <= level_end:
            i += 1
        while i < len(tokens) and _is_cap(match[tokens[i][0]:tokens[i][1]]) \
                and "\n" not in match[last_end:tokens[i][0]] and match[tokens[i][0]].isalpha() \
                and not self.starts_new_name(i):
            last_end = tokens[i][1]
            i += 1
        return last_end

    def _scan(self, head_text: str, head_end: int, i: int, line_caps: bool) -> int | None:
        """Token by token from the head noun to the end of the name; None when nothing but the head was found."""
        vocab, match, low, tokens = self.vocab, self.match, self.low, self.tokens
        office = vocab.head_kind.get(match_key(head_text)) == "Office"
        if office and _person_follows(match, tokens, i):
            return None   # "Phó Chủ tịch Nguyễn Văn A": an office and a person, no organisation
        last_end, content, lower_run, place_only = head_end, False, 0, False
        while i < len(tokens):
            s, e = tokens[i]
            if "\n" in match[last_end:s] and not (line_caps and HEADER_CONTINUATION.match(match, s)
                                                   and match[last_end:s].count("\n") == 1) \
                    or COLUMN_GAP in match[last_end:s]:
                break   # a new line (unless a header name goes on), or the next column of PDF layout text
            word = match[s:e]
            lw = low[s:e]
            nxt = match[tokens[i + 1][0]:tokens[i + 1][1]] if i + 1 < len(tokens) else ""
            if word == "," and content and not place_only and i + 1 < len(tokens) and not _is_cap(nxt):
                tail_end = _lowercase_tail(vocab, match, low, tokens, i + 1, self.known_at)
                if tail_end is not None:
                    last_end = tail_end   # "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"
                    break
            if word in (",", "-", "&") or lw == "và":
                if i + 1 >= len(tokens) or not _is_cap(nxt) or self.starts_new_name(i + 1) or place_only:
                    break
                if word == "," and not _comma_inside_name(match, low, tokens, i, self.starts_new_name):
                    break
                i += 1
                last_end = e
                continue
            if office and not content and self.starts_new_name(i):
                break   # "Bộ trưởng | Bộ Công an": the office and the organisation are two actors
            level = vocab.level_word.match(low, s) if match[s].islower() else None
            if level and not line_caps:
                last_end = self._level_and_place(i, level.end())
                content = True
                break
            if not word[0].isalnum():
                break
            if _is_cap(word):
                if content and s in self.known_at and self.known_at[s].end > e and not line_caps and s not in self.head_at:
                    break
                content, lower_run, last_end = True, 0, e
                i += 1
                continue
            if not content and not office and word[:1].islower() and len(head_text.split()) >= 2:
                level_at = _lowercase_domain(vocab, match, low, tokens, i, self.known_at)
                if level_at is not None:
                    # "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện": a lower-case domain up to a level word
                    last_end, i = tokens[level_at - 1][1], level_at
                    continue
            if word.isdigit() and not content and not lower_run:
                content, last_end = True, e   # "Quân khu 7", "Sư đoàn 304"
                i += 1
                break
            # the syllable right after a capitalised one usually ends its word ("Đào tạo", "Y tế"): only a
            # function word or a verb of two or more syllables ("chủ trì") ends the name there
            if not content or lower_run >= 3 or lw in cues.NAME_STOP_WORDS or starts_verb(low, s, 1 if lower_run else 2):
                break
            lower_run += 1
            last_end = e
            i += 1
        return last_end if content else None


def _person_follows(match: str, tokens, i: int) -> bool:
    """The words after an office are a person's name: a common family name, then one to four capitalised words
    ("Chủ tịch Hoàng Văn A", "PHÓ CHỦ TỊCH Nguyễn Thành Sinh")."""
    words = []
    for s, e in tokens[i:i + 5]:
        word = match[s:e]
        if not word.isalpha() or not word[:1].isupper() or (words and "\n" in match[tokens[i][0]:s]):
            break
        words.append(word)
    if len(words) < 2 or match_key(words[0]) not in cues.FAMILY_NAMES:
        return False
    return all(w[1:].islower() or len(w) == 1 for w in words[:4]) or all(w.isupper() for w in words[:4])


def _verb_over_head(low: str, head_start: int, head_end: int) -> bool:
    """The head noun is the first syllable of a verb that goes on after it: "Ban | hành", "Phòng | chống" (not
    "Thanh tra", a head noun that is also a verb)."""
    words = low[head_start:head_start + 40].split()
    for n in (3, 2):
        verb = " ".join(w.strip(",.;:") for w in words[:n])
        if len(words) >= n and verb in cues.ACTION_VERBS and len(verb) > head_end - head_start:
            return True
    return False


def _lowercase_tail(vocab: Vocabulary, match: str, low: str, tokens, j: int, known_at) -> int | None:
    """After a comma inside a name: the end of a short lower-case tail that completes it, else None.

    "Vụ Phổ biến, giáo dục pháp luật | chủ trì", "Công tác học sinh, sinh viên | ;": two to five lower-case
    syllables (no function word, level word or known actor) followed by a verb of two or more syllables,
    the end of the clause or the end of the line.
    """
    words = 0
    line_end = match.find("\n", tokens[j][0])
    while j < len(tokens):
        s, e = tokens[j]
        word = match[s:e]
        if words >= 2 and (word in (".", ";", ":", ")") or (0 <= line_end < s) or starts_verb(low, s, 2)):
            return tokens[j - 1][1]
        if (not word.isalpha() or not word.islower() or low[s:e] in cues.NAME_STOP_WORDS or s in known_at
                or vocab.level_word.fullmatch(low[s:e]) or words >= 5 or (0 <= line_end < s)):
            return None
        words += 1
        j += 1
    return tokens[j - 1][1] if words >= 2 else None

def _lowercase_domain(vocab: Vocabulary, match: str, low: str, tokens, i: int, known_at) -> int | None:
    """Index of the level word that ends a lower-case domain after a multi-word head noun, else None.

    Lower-case words and commas between them, no function word, known actor or line break, at most ten tokens.
    """
    last_end = tokens[i][0]
    for k in range(i, min(len(tokens), i + 10)):
        s, e = tokens[k]
        if "\n" in match[last_end:s]:
            return None
        word = match[s:e]
        if word == ",":
            if k == i or match[tokens[k - 1][0]:tokens[k - 1][1]] == ",":
                return None
            last_end = e
            continue
        if not word.isalpha() or not word.islower() or low[s:e] in cues.NAME_STOP_WORDS or s in known_at:
            return None
        if vocab.level_word.fullmatch(low[s:e]):
            return k if k > i and match[tokens[k - 1][0]:tokens[k - 1][1]] != "," else None
        last_end = e
    return None

def _comma_inside_name(match: str, low: str, tokens, i: int, starts_new_name) -> bool:
    """A comma inside a name ("Sở Văn hóa, Thể thao và Du lịch"): capitalised items up to a 'và' + capitalised word."""
    j = i + 1
    while j < len(tokens):
        s, e = tokens[j]
        word = match[s:e]
        if low[s:e] == "và":
            return j + 1 < len(tokens) and _is_cap(match[tokens[j + 1][0]:tokens[j + 1][1]]) and not starts_new_name(j + 1)
        if word == ",":
            if j + 1 >= len(tokens) or not _is_cap(match[tokens[j + 1][0]:tokens[j + 1][1]]) or starts_new_name(j + 1):
                return False
        elif not word[0].isalnum() or low[s:e] in cues.NAME_STOP_WORDS or starts_verb(low, s):
            return False
        j += 1
    return False

def _only_levels(vocab: Vocabulary, low: str, start: int, end: int) -> bool:
    rest = low[start:end].strip()
    return bool(rest) and bool(re.fullmatch(rf"(?:(?:các|cấp)\s+)?(?:{vocab.level_alts})", rest))

def _has_place(match: str, start: int, end: int) -> bool:
    return any(w[:1].isupper() for w in match[start:end].split()[1:])

def _canonical_name(vocab: Vocabulary, surface: str, known, known_surface: str | None) -> str:
    """The name an unknown organisation gets its IRI from: capitals of headers undone, abbreviations expanded."""
    name = re.sub(r"\s+", " ", surface).strip()
    letters = [c for c in name if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        # an all-capitals header line: the known part as the vocabulary writes it, level words lower-case,
        # every other word capitalised ("ỦY BAN NHÂN DÂN TỈNH SƠN LA" -> "Ủy ban nhân dân tỉnh Sơn La")
        prefix, rest = "", name
        if known is not None and known_surface:
            form = vocab.compact.get(compact(lower_same_length(match_key_cased(known_surface))))
            if form is not None and not form.case_sensitive:
                prefix = form.written
                rest = name[len(re.sub(r"\s+", " ", known_surface).strip()):]
        rest_words = []
        for word in rest.split():
            lw = word.lower()
            if word.strip(",").upper() in vocab.expansions:
                rest_words.append(word)          # "ỦY BAN MTTQ VIỆT NAM": the abbreviation is expanded below
            else:
                rest_words.append(lw if lw in vocab.level_of or lw in ("thành", "phố", "thị", "trấn") else word.capitalize())
        name = (prefix + " " + " ".join(rest_words)).strip()
    words = []
    for word in name.split(" "):
        bare = word.strip(",")
        if is_abbreviation(bare) and bare.upper() in vocab.expansions:
            words.append(vocab.expansions[bare.upper()] + word[len(bare):])
        else:
            words.append(word)
    name = " ".join(words)
    return name[:1].upper() + name[1:]
