"""The official case of an organ's name that a header writes in capitals and the vocabulary does not know whole.

Vietnamese official names capitalise the first word of the name and of its specific part, and proper names; the
other words are lower-case ("SỞ TƯ PHÁP TỈNH BẮC KẠN" -> "Sở Tư pháp tỉnh Bắc Kạn", "KHO BẠC NHÀ NƯỚC KHU VỰC XII" ->
"Kho bạc Nhà nước khu vực XII"). What is known comes from the ontology: its head nouns (where the specific part
starts), the case its labels write each word in (after the word before it, or alone), its level words (lower-case,
the place after them capitalised). A word the labels never write stays capitalised: in doubt it is a proper name
("Cục Hải quan Hà Tĩnh").
"""

from __future__ import annotations

import re
from collections import Counter

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues

__all__ = ["WordCases", "official_case", "written_once", "written_out"]

_ROMAN = re.compile(r"[IVX]+")          # "KHU VỰC XII", "QUÂN KHU IV": numerals stay capitals
# words that never open a name's specific part ("Ban Quản lý | các khu công nghiệp")
_FUNCTION_WORDS = frozenset({"các", "và", "của", "về", "những", "cho", "tại", "thuộc", "trực"})
_ABBREVIATION_LETTERS = 2
_PUNCTUATION = ",.;:()"
_REGION = re.compile(cues.REGIONAL_UNIT.pattern, re.I)
_COMMITTEE_LEVELS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị"})


class WordCases:
    """How the vocabulary's labels write each word that is not a label's first: after the word before it (a pair),
    and alone (the case most labels give it)."""

    def __init__(self, labels, heads=()):
        pairs: dict[tuple[str, str], Counter] = {}
        alone: dict[str, Counter] = {}
        head_keys = {match_key(h) for h in heads}
        for label in labels:
            words = label.split()
            if len(words) < 2 or label.isupper() or _written_short(label):
                continue
            if words[0].isalpha() and words[0].islower():    # "nông dân", "các cơ quan": a common word
                alone.setdefault(match_key(words[0]), Counter())[True] += 1
            opens = _head_at_start(words, head_keys)      # the specific part's first word is capitalised there
            for k, (before, word) in enumerate(zip(words, words[1:]), 1):
                word = word.strip(_PUNCTUATION)
                if not word.isalpha() or sum(c.isupper() for c in word) >= _ABBREVIATION_LETTERS:
                    continue
                lower = not word[:1].isupper()
                pairs.setdefault((match_key(before.strip(_PUNCTUATION)), match_key(word)), Counter())[lower] += 1
                if lower or k != opens:     # a capital only because the specific part opens there says nothing
                    alone.setdefault(match_key(word), Counter())[lower] += 1
        self.pairs = {k: c[True] > c[False] for k, c in pairs.items()}
        # a head noun's second word capitalised when the ontology's head noun or a label writes it so ("Ban Chỉ đạo")
        head_pairs = {(match_key(a), match_key(b)): b[:1].isupper() for h in heads for a, b in zip(h.split(), h.split()[1:])}
        self.pairs_upper = frozenset(k for k, c in pairs.items() if c[False]) | \
            frozenset(k for k, up in head_pairs.items() if up)
        self.alone = {k: c[True] > c[False] for k, c in alone.items()}

    def lower(self, before: str | None, word: str, alone: bool = True) -> bool | None:
        """Whether the labels write ``word`` (after ``before``) in lower case; None when they never write it
        (after ``before``, when not ``alone``)."""
        key = match_key(word.strip(_PUNCTUATION))
        before = before.strip(_PUNCTUATION) if before is not None else None
        if before is not None and (match_key(before), key) in self.pairs:
            return self.pairs[(match_key(before), key)]
        return self.alone.get(key) if alone else None


def _written_short(label: str) -> bool:
    return any(sum(c.isupper() for c in w) >= _ABBREVIATION_LETTERS for w in label.split())


def _capitalised(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))      # "RỊA-VŨNG" -> "Rịa-Vũng"


def _level_at(words: list[str], i: int, levels) -> int:
    """How many words of a level start at ``i`` ("tỉnh", "thành phố", "thị xã"), longest first; 0 when none, and
    when "HỘI" after it is society ("BẢO HIỂM XÃ HỘI TỈNH X", "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), no commune."""
    for n in (3, 2, 1):
        if i + n <= len(words) and match_key(" ".join(w.strip(",") for w in words[i:i + n])) in levels:
            return 0 if _society(words, i + n, levels) else n
    return 0


def _society(words: list[str], i: int, levels) -> bool:
    """``words[i]`` is "HỘI" after a level word, and the name ends there or goes on with a level, a branch or a list
    ("... XÃ HỘI | TỈNH X", "... XÃ HỘI | CHI NHÁNH"): society, not a commune "Hội ..." ("XÃ HỘI SƠN")."""
    if i >= len(words) or match_key(words[i].strip(_PUNCTUATION)) != "hội":
        return False
    rest = words[i + 1:]
    return not rest or rest[0] in ("-", ",") or match_key(rest[0]) in ("chi", "và") or _level_at(words, i + 1, levels) > 0


def _committee_at(words: list[str], i: int) -> bool:
    """``words[i:i + 2]`` is a Party committee named after its level ("TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY", "THỊ ỦY")."""
    return i + 1 < len(words) and match_key(words[i]) in _COMMITTEE_LEVELS \
        and match_key(words[i + 1].strip(_PUNCTUATION)) in ("ủy", "uỷ")


def _region_at(words: list[str], i: int) -> int:
    """How many words a regional unit's region word is at ``i`` ("KHU VỰC" of "KHU VỰC XII"); 0 when none."""
    found = _REGION.match(" " + " ".join(words[i:i + 3]))
    return len(found.group(0).split()) - 1 if found else 0


def _head_at_start(words: list[str], heads) -> int:
    """How many words the longest head noun the start of ``words`` is ("KHO BẠC" of "KHO BẠC NHÀ NƯỚC ...")."""
    for n in range(min(len(words), 5), 0, -1):
        if match_key(" ".join(words[:n])) in heads:
            return n
    return 0


def official_case(words: list[str], cases: WordCases, levels, heads, keep, before: str | None = None) -> list[str]:
    """The words of a capitals name (or of what follows its known part ``before``: a place, or a name of its own) in the
    official case. ``levels``: the level words; ``heads``: the head nouns (match keys); ``keep(word)``: a word kept
    as written (an abbreviation that is expanded later)."""
    said = (before or "").split()
    if said and _head_at_start(words, heads):       # "Ban cán sự đảng" + "BỘ TƯ PHÁP": a name of its own
        return official_case(words, cases, levels, heads, keep)
    out: list[str] = []
    head = _head_at_start(words, heads) if before is None else 0
    specific = head if head else (0 if before is None else -1)   # the index where the specific part starts
    place = bool(said)      # after a known name, a place ("Tỉnh ủy" + "QUẢNG TRỊ", "Ủy ban nhân dân tỉnh" + "SƠN LA")
    before = said[-1] if said else before
    i = 0
    while i < len(words):
        word = words[i]
        level = _level_at(words, i, levels) or _region_at(words, i)
        if _committee_at(words, i):     # "HUYỆN ỦY ĐẠ TẺH": the committee named after its level, the place after it
            out.extend((_capitalised(word), "ủy"))
            place = True
            i += 2
            continue
        if keep(word):
            out.append(word)
        elif level:
            out.extend(w.lower() for w in words[i:i + level])
            place = True
            i += level
            continue
        elif _ROMAN.fullmatch(word.strip(",.")):
            out.append(word)
        elif place or i == 0 and before is None or i == specific and i > 0 and word.lower() not in _FUNCTION_WORDS:
            out.append(_capitalised(word))
        elif 0 < i < head:      # inside the head noun: as the labels write it after the word before, else lower-case
            upper = (match_key(out[-1]), match_key(word)) in cases.pairs_upper
            out.append(_capitalised(word) if upper else word.lower())
        elif word.lower() in _FUNCTION_WORDS:
            out.append(word.lower())
        else:
            lower = cases.lower(out[-1] if out else before, word)
            out.append(word.lower() if lower else _capitalised(word))
        i += 1
    return out


# a company's legal form and a city's level word abbreviated: "Công ty CP" (cổ phần, not "Chính phủ"), "UBND TP Hà Nội"
# (also bare at the name's end, "báo cáo UBND TP.": the document's city, as "UBND thành phố")
_WRITTEN_OUT = ((re.compile(r"(?<=Công ty )CP(?!\w)", re.I), "cổ phần"), (re.compile(r"(?<!\w)T[Pp]\.?[ \t]+(?=[A-ZĐ])"), "thành phố "),
                (re.compile(r"(?<=[ \t])T[Pp]\.?$"), "thành phố"))


def written_out(name: str) -> str:
    """A name with a company's legal form and a city's level word written out ("Công ty CP X" -> "Công ty cổ phần X")."""
    for short, full in _WRITTEN_OUT:
        name = short.sub(full, name)
    return name


def written_once(name: str) -> str:
    """A name written twice in a row, in full and by its abbreviation, once ("Ủy ban nhân dân UBND cấp xã")."""
    words = name.split(" ")
    for n in range(len(words) // 2, 1, -1):
        for i in range(len(words) - 2 * n + 1):
            if match_key(" ".join(words[i:i + n])) == match_key(" ".join(words[i + n:i + 2 * n])):
                return " ".join(words[:i + n] + words[i + 2 * n:])
    return name
