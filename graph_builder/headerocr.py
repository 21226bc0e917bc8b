"""The header's capitals as OCR reads them: a header's line in capitals whose words lost or changed their diacritics
("SỞ GIAO DỤC VÀ ĐÀO TẠO", "UY BAN MẶT TRÂN TỔ QUỐC VIÊT NAM", "BAN THƯƠNG TRỰC", "ỦY BAN NHÂN DÂN TINH QUANG TRỊ"),
written back in the match form as the names they are.

A run of two words or more of such a line is written back only when, without diacritics, it is a name the ontology
knows (an actor's name or alias, a head noun, a post, an administrative level) or a name the document itself writes
in lower case elsewhere ("Quảng Trị, ngày 12 tháng 3 năm 2026"), and that name is written one way only; a level word
alone ("TINH") is one when a name follows it and it opens the cell or follows such a name. A cell of more than twelve
words (a title in capitals) is left as printed, and so is every line below the text's top, where its header stands
(a footer's lines were read too in round 26's first try: two more false duties on the blind half, no more). Each word keeps its length (a letter lost or added is left as printed)
and its capitals; the source text is not changed, only the match form the frame is read from.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.ontology import load_lexicon
>>> source = source_from_string("SỞ GIAO DỤC VÀ ĐÀO TẠO\\nỦY BAN NHÂN DÂN TINH QUANG TRỊ\\n\\nQuảng Trị, ngày 2 tháng 3")
>>> repair_frame_capitals(source, load_lexicon()); source.match.split("\\n")[:2]
['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ']
"""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import all_capitals, ascii_fold, match_key
from policykg.graph_builder.model import SourceText
from policykg.graph_builder.organs import person_name
from policykg.graph_builder.vocabulary import ontology_names
from policykg.ontology.lexicon import Lexicon

__all__ = ["CELL", "level_words", "repair_frame_capitals", "repair_lines", "write_back"]

_WORD = re.compile(r"[^\W\d_]+")
_LONGEST = 10       # words of the longest run tried
_AMBIGUOUS = ""     # a folded run two names share: left as printed
_HEADER = 1500      # characters of the text's top where its header stands
CELL = re.compile(r"\S+(?: \S+)*")      # a line's cells: parted by two spaces or more, a tab, a column's gap


@functools.lru_cache(maxsize=1)
def _capitalised_words() -> re.Pattern:
    """Two capitalised words or more, one space apart: a capital letter, then letters none of which is a capital (or a
    title-case letter) of the Basic Multilingual Plane; the words' own test in :func:`_own_forms` decides the rest (a
    word of one letter, the astral planes' letters). Made on first use: reading the plane's 65,536 characters takes
    some 20 ms, not worth paying at import."""
    capital = "".join(re.escape(c) for c in map(chr, range(0x10000)) if c.isupper()) + "\U00010000-\U0010FFFF"
    cased_upper = "".join(re.escape(c) for c in map(chr, range(0x10000)) if c.istitle())   # upper or title case
    rest = rf"(?:(?![{cased_upper}])[^\W\d_])*(?![^\W\d_])"
    capitalised = rf"(?=[^\W\d_])[{capital}]{rest}"
    # the first word's capital first, then its tests as look-behinds over it (a letter, none before it): re skips to
    # the next capital in C instead of trying a look-behind at every character (some 3x faster; the same matches)
    first = rf"[{capital}](?<=[^\W\d_])(?<![^\W\d_][\s\S]){rest}"
    return re.compile(rf"{first}(?: {capitalised})+")


def _folded_words(form: str) -> tuple[str, ...]:
    return tuple(ascii_fold(w) for w in _WORD.findall(form))


def _add(forms: dict[tuple[str, ...], str], form: str) -> None:
    key = _folded_words(form)
    written = " ".join(w.upper() for w in _WORD.findall(form))
    if len(key) >= 1:
        known = forms.get(key, written)     # the same name in two spellings ("ỦY", "UỶ") is one
        forms[key] = known if known and match_key(known) == match_key(written) else _AMBIGUOUS


@functools.lru_cache(maxsize=4)
def _known_forms(lexicon: Lexicon) -> dict[tuple[str, ...], str]:
    """Runs of two words or more of the names the ontology writes, by their words without diacritics -> in
    capitals."""
    forms: dict[tuple[str, ...], str] = {}
    opening: set[tuple[str, ...]] = set()      # the runs that open a name or a word in capitals of it
    for name in ontology_names(lexicon):
        words = name.split()
        for i in range(len(words)):     # a name's runs from a capital too: "Giáo dục và Đào tạo" of "Bộ Giáo dục và
            for j in range(i + 2, len(words) + 1):      # Đào tạo" (not "sở tại" of "Công an sở tại": a common word,
                _add(forms, " ".join(words[i:j]))       # though it makes "SỞ TẠI" / "SỞ TÀI" two names)
                if i == 0 or words[i][:1].isupper():
                    opening.add(_folded_words(" ".join(words[i:j])))
    return {key: form for key, form in forms.items() if key in opening}


@functools.lru_cache(maxsize=4)
def level_words(lexicon: Lexicon) -> dict[str, str]:
    """The administrative levels' words of one word ("tinh" -> "TỈNH", "xa" -> "XÃ")."""
    words: dict[str, str] = {}
    for level in lexicon.levels:
        for alias in level.aliases:
            if len(alias.split()) == 1:
                words[ascii_fold(alias)] = alias.upper()
    return words


def _own_forms(match: str) -> dict[tuple[str, ...], str]:
    """The names the document writes in lower case: runs of two capitalised words or more ("Quảng Trị")."""
    forms: dict[tuple[str, ...], str] = {}
    for m in _capitalised_words().finditer(match):
        run: list[str] = []
        for word in m.group(0).split(" ") + [""]:
            if word[:1].isupper() and word[1:].islower():
                run.append(word)
                continue
            if len(run) >= 2:
                _add(forms, " ".join(run))
            run = []
    return forms


def write_back(chars: list[str], at: int, written: str, target: str) -> None:
    """The word at ``at`` written as ``target`` (its capitals kept), when the two differ in diacritics only."""
    if len(written) == len(target) and match_key(written) != match_key(target) and ascii_fold(written) == ascii_fold(target):
        chars[at:at + len(written)] = list(target)


def _repair_cell(line: str, at: int, chars: list[str], forms: list[dict], levels: dict[str, str]) -> None:
    words = list(_WORD.finditer(line))
    if len(words) > _LONGEST + 2:
        return      # a title or a sentence in capitals ("VỀ BIỆN PHÁP VẬN ĐỘNG QUẦN CHÚNG ..."), no organ's line
    folded = [ascii_fold(w.group(0)) for w in words]
    i, named = 0, False
    while i < len(words):
        if i < len(words) - 1 and person_name(line[words[i].start():]) is not None:
            return      # a person's name ends the cell ("PHÓ CHỦ TỊCH TRƯƠNG CÔNG DŨNG"): as printed
        for n in range(min(_LONGEST, len(words) - i), 1, -1):
            target = next((f[tuple(folded[i:i + n])] for f in forms if tuple(folded[i:i + n]) in f), None)
            if target:
                for w, t in zip(words[i:i + n], target.split(" ")):
                    write_back(chars, at + w.start(), w.group(0), t)
                i, named = i + n, True
                break
        else:
            if folded[i] in levels and i + 1 < len(words) and (i == 0 or named):   # "[ỦY BAN NHÂN DÂN] TINH HÀ NAM":
                write_back(chars, at + words[i].start(), words[i].group(0), levels[folded[i]])   # a level opens a place
            i, named = i + 1, False


def repair_frame_capitals(source: SourceText, lexicon: Lexicon) -> None:
    """Write the OCR'd words of the source's lines in capitals back as the names they are, in ``source.match``
    (see the module); a person's name ("TRƯƠNG CÔNG DŨNG") is left as printed."""
    repair_lines(source, lexicon, [m for m in re.finditer(r"[^\n]+", source.match[:_HEADER]) if all_capitals(m.group(0), 4)])


def repair_lines(source: SourceText, lexicon: Lexicon, lines: list[re.Match]) -> None:
    """Write the OCR'd words of each cell of ``lines`` (lines of ``source.match`` in capitals) back as the names they
    are, in ``source.match``, as the header's are (see the module); a person's name is left as printed."""
    if not lines:
        return
    match = source.match
    chars = list(match)
    forms = [_known_forms(lexicon), _own_forms(match)]
    for line in lines:
        for cell in CELL.finditer(line.group(0)):
            _repair_cell(cell.group(0), line.start() + cell.start(), chars, forms, level_words(lexicon))
    repaired = "".join(chars)
    if repaired != match:
        source.match = repaired
