"""The one text normaliser.

Two forms of a text exist side by side:

- the *source text*: the decoded input in Unicode NFC with ``\\r\\n`` turned into ``\\n`` (and the letters
  of a Windows-1258 text once read as Windows-1252 written back: :mod:`policykg.core.legacyletters`).
  Every character offset in the graph (evidence, sentences, mentions) counts code
  points of this string, and every quote is a slice of it.
- the *match form*: a string of exactly the same length in which look-alike letters,
  old/new tone-mark placement, odd spaces and curly quotes are folded to one form.
  Recognisers search the match form and report offsets that are valid in both.

>>> src = source_text("Ban Bí thư\\r\\nT.Ư Ðảng, Ủy ban và uỷ ban, hoà bình")
>>> m = match_form(src)
>>> len(m) == len(src)
True
>>> m
'Ban Bí thư\\nT.Ư Đảng, Ủy ban và ủy ban, hòa bình'
>>> match_key("  Các cấp uỷ  Ðảng ")
'các cấp ủy đảng'
>>> match_form("HDLN-BQP-\u0412\u0421\u0422")   # Cyrillic В, С, Т
'HDLN-BQP-BCT'
>>> ascii_fold("Mặt trận Tổ quốc Việt Nam")
'mat tran to quoc viet nam'
>>> source_text("a\\x01b\\x00c\\ufffe\\ud800") == "a b c\\ufffd\\ufffd"
True
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from policykg.core.legacyletters import repaired_legacy_letters

# The letters of Vietnamese for a regex class, capitals and small ones (a range À-Ỹ would hold both).
UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"

# Characters that look like Vietnamese letters but are not (Icelandic eth), and spaces.
_LOOKALIKES = {
    "\u00d0": "\u0110",  # Ð (Latin capital eth) -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u0189": "\u0110",  # Ɖ (African D) -> Đ
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\t": " ",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\f": " ",          # a PDF page break (form feed) is white space
}
# Cyrillic and Greek letters that look like Latin ones, as OCR and copy-paste leave them in Vietnamese text
# ("24/HDLN-BCA-BQP-BYT-ВСТ" with a Cyrillic В, С, Т): folded to the Latin letter, one for one.
_LOOKALIKES.update(zip("АВСЕНІЈКМОРЅТХУаеіјорсхуѕ", "ABCEHIJKMOPSTXYaeijopcxys"))
_LOOKALIKES.update(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEZHIKMNOPTYXo"))
_LOOKALIKE = re.compile("[" + "".join(map(re.escape, _LOOKALIKES)) + "]").search
# one character for one, and no folded character is itself folded: the replacements in any order are one translation
assert all(len(c) == len(f) == 1 for c, f in _LOOKALIKES.items()) and not set(_LOOKALIKES.values()) & set(_LOOKALIKES)


def _lookalikes_folded(text: str) -> str:
    """``text`` with each look-alike written as the letter or sign it stands for (``_LOOKALIKES``): one
    ``str.replace`` (a scan in C) for each look-alike the text holds, some 15x faster on a document than
    ``str.translate`` with the same table, which looks up every character of a non-ASCII text in a dict.

    >>> _lookalikes_folded("Ðảng\\tВСТ\\u00a0“x”")
    'Đảng BCT "x"'
    """
    for char, folded in _LOOKALIKES.items():
        if char in text:
            text = text.replace(char, folded)
    return text


# Old ("hoà", "uỷ") to new ("hòa", "ủy") tone placement, only in open syllables
# (nothing follows the vowel pair) and never after "q" ("quý" stays).
_TONE_PAIRS = {
    "o": {"à": "ò", "á": "ó", "ả": "ỏ", "ã": "õ", "ạ": "ọ", "è": "ò", "é": "ó", "ẻ": "ỏ", "ẽ": "õ", "ẹ": "ọ"},
    "u": {"ỳ": "ù", "ý": "ú", "ỷ": "ủ", "ỹ": "ũ", "ỵ": "ụ"},
}
_BASE_OF = {"à": "a", "á": "a", "ả": "a", "ã": "a", "ạ": "a", "è": "e", "é": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e",
            "ỳ": "y", "ý": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y"}
# (the vowel first, then "no q before it" as a look-behind over both: re then skips to the next "o"/"u" in C instead of
# trying the look-behind at every character, some 3x faster; the same matches)
_OLD_TONE = re.compile(r"([oOuU])(?<![qQ][oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\w)")
# Text wrapped at a fixed width in bytes loses the second byte of a letter cut at the line's end: "Nông nghiệp v\ufffd"
# + line end + "Phát triển nông thôn". The word "v" + that lost letter before a line end is the conjunction "và".
_CUT_AND = re.compile(r"(?<!\w)([vV])\ufffd(?=[ \t]*\n)")


def _swap_tone(m: re.Match) -> str:
    vowel, marked = m.group(1), m.group(2)
    low = marked.lower()
    table = _TONE_PAIRS[vowel.lower()]
    if low not in table:
        return m.group(0)
    new_vowel = table[low]
    if vowel.isupper():
        new_vowel = new_vowel.upper()
    base = _BASE_OF[low]
    if marked.isupper():
        base = base.upper()
    return new_vowel + base


# What XML 1.0 cannot carry, and no output should: C0 controls but TAB, LF and CR, DEL and the C1 controls
# (replaced by a space), lone surrogates (e.g. from ``surrogateescape``) and the noncharacters U+FDD0..U+FDEF and
# U+xFFFE/U+xFFFF of every plane (replaced by U+FFFD). One character for one: offsets stay valid.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NOT_CHARACTERS = re.compile("[\ud800-\udfff\ufdd0-\ufdef"
                             + "".join(f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}" for p in range(0, 0x110000, 0x10000))
                             + "]")
_UNCARRIABLE = re.compile(_CONTROLS.pattern[:-1] + _NOT_CHARACTERS.pattern[1:]).search
# The same characters and every character of the astral planes (among which the 32 noncharacters U+1FFFE ... U+10FFFF
# stand), in one class of a few ranges: re tests it with one table lookup a character, where the exact class's 34
# astral ranges cost a walk each (a scan 8x faster); a text without any of them is carriable as it is.
_MAYBE_UNCARRIABLE = re.compile(_CONTROLS.pattern[:-1] + "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]").search


def carriable(text: str) -> str:
    """``text`` with every character XML 1.0 cannot carry replaced, one for one: controls (other than tab and
    line ends) by a space, lone surrogates and noncharacters by U+FFFD. Every output format can then hold it.

    >>> carriable("a\\x0bb\\x1b\\x85c\\uffff") == "a b  c\\ufffd"
    True
    >>> carriable("Sở Y tế \\U0001f600") == "Sở Y tế \\U0001f600", carriable("\\U0001fffe") == "\\ufffd"
    (True, True)
    """
    if _MAYBE_UNCARRIABLE(text) is None or _UNCARRIABLE(text) is None:   # nearly always: one fast scan
        return text
    return _NOT_CHARACTERS.sub("\ufffd", _CONTROLS.sub(" ", text))


# Characters no reader sees, which converters and web pages leave inside words ("Bộ Tà\u200bi chính", "Sở Y t\u00adế"):
# zero-width space, non-joiner and joiner, word joiner, byte order mark (inside a text), soft hyphen. Dropped.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A word processor's list writes a tab after an item's marker ("1.\tSở Y tế chủ trì ...", "a)\t...", "-\t..."), a
# converter a no-break space after it or after a Markdown heading's hashes ("####\u00a0Điều 3."): a space, unless the line
# holds another tab (a row of a tab-separated table, "1.\tRà soát\tSở A\tQuý II", keeps its cells).
_MARKER_TAB = re.compile(r"(?m)^([ ]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-zđ][.)]|[IVXLC]{1,6}[.)]|[-+•*–]|#{1,6}))"
                         r"[\t\u00a0](?=[^\t\n]*$)")

# A space doubled inside a line of words, as PDF and Word copies publish them ("Đơn vị chủ  trì: Sở Y tế", "thuộc  Cơ
# quan Ủy ban"): one space where the line reads as one phrase. The gap of two spaces is read as a phrase's space when
# the word after it opens in lower case (a column or a cell opens with a capital, a number or a marker), or when a
# lower-case word stands before it, a capital after it, on a line of many words (a sentence, not a row of short cells).
# Never on a line that holds a tab, a pipe or a run of three spaces or more (a layout, a table row: their gaps are
# columns, read by the table and block readers), nor where two spaces stand between capitals ("ỦY BAN  CỘNG HÒA"),
# nor on a justified line, whose spaces were widened to fill its width (three doubled spaces or more: "hỗ trợ pháp
# lý cho  doanh  nghiệp  theo  quy"), left as published.
_DOUBLED_SPACE = re.compile(r"(?<=\S)  (?=\S)")
_LAYOUT_LINE = re.compile(r"[\t|\f]|\S {3,}\S|^ {3,}")
_PROSE_WORDS = 10     # the fewest words of a line read as a sentence
_JUSTIFIED = 3        # the fewest doubled spaces of a justified line


def _phrase_space(line: str, m: re.Match) -> str:
    before, after = line[m.start() - 1], line[m.end()]
    if after.islower():
        return " "
    if before.islower() and after.isupper() and len(line.split()) >= _PROSE_WORDS:
        return " "
    return "  "


def single_spaced(text: str) -> str:
    """``text`` with each doubled space of a line of words written once (``_DOUBLED_SPACE``); other lines as they are.

    >>> single_spaced("Đơn vị chủ  trì: Sở Y tế\\nỦY BAN NHÂN DÂN  CỘNG HÒA\\n| Sở A  Sở B |")
    'Đơn vị chủ trì: Sở Y tế\\nỦY BAN NHÂN DÂN  CỘNG HÒA\\n| Sở A  Sở B |'
    """
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if "  " in line and not _LAYOUT_LINE.search(line) and len(_DOUBLED_SPACE.findall(line)) < _JUSTIFIED:
            lines[k] = _DOUBLED_SPACE.sub(lambda m, line=line: _phrase_space(line, m), line)
    return "\n".join(lines)


def source_text(raw: str) -> str:
    """NFC-normalise decoded input, unify line ends, drop the characters no reader sees (``_INVISIBLE``), write back
    the letters of a Windows-1258 text read as Windows-1252 (:mod:`policykg.core.legacyletters`), write the
    tab or no-break space after a list item's or a heading's marker as a space (``_MARKER_TAB``), write a doubled space
    inside a line of words once (:func:`single_spaced`) and make every
    character carriable (:func:`carriable`). Offsets in the graph index this string; other no-break spaces stay as
    published.

    >>> source_text("1.\\tSở Y tế\\n2.\\tRà soát\\tSở A")
    '1. Sở Y tế\\n2.\\tRà soát\\tSở A'
    >>> source_text("S\u1edf Y t\u00ad\u1ebf v\u00e0 B\u1ed9 T\u00e0\u200bi ch\u00ednh\ufeff") == "Sở Y tế và Bộ Tài chính"
    True
    """
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    if _INVISIBLE.search(text):
        text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))   # a mark after a dropped one composes again
    text = repaired_legacy_letters(text)    # "Thông tý", "Bộ trýởng": a Windows-1258 text read as Windows-1252
    if "\t" in text or "\u00a0" in text:
        text = _MARKER_TAB.sub(r"\1 ", text)
    if "  " in text:
        text = single_spaced(text)
    return carriable(text)


def match_form(text: str) -> str:
    """Fold a source text into its match form, keeping its length (so offsets carry over)."""
    folded = _lookalikes_folded(text) if _LOOKALIKE(text) else text   # one scan where there is none
    folded = _OLD_TONE.sub(_swap_tone, folded)
    if "\ufffd" in folded:
        folded = _CUT_AND.sub(lambda m: m.group(1) + "à", folded)
    assert len(folded) == len(text)
    return folded


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """A lookup key for a name: match form, lower case, single spaces, trimmed.

    Memoised: the builder asks for the keys of the same names and words many times per document and per corpus.
    """
    return _SPACES.sub(" ", match_form(source_text(text)).lower()).strip()


@functools.lru_cache(maxsize=1 << 16)
def ascii_fold(text: str) -> str:
    """Strip Vietnamese diacritics: 'Đảng ủy' -> 'dang uy' (lower case).

    Memoised like :func:`match_key`: the builder folds the same words and names many times per document.
    """
    key = match_key(text).replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", key)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def all_capitals(text: str, least: int = 1) -> bool:
    """At least ``least`` letters in ``text`` and every one a capital; the letters are tested by ``str`` methods
    mapped in C, not by a Python loop per character.

    >>> all_capitals("T/M BAN BÍ THƯ", 2), all_capitals("Ủy ban"), all_capitals("12 -")
    (True, False, False)
    """
    letters = filter(str.isalpha, text)     # (lazily: most texts fail at their first small letter, read no further)
    return all(map(str.isupper, letters)) and (least <= 0 or next(itertools.islice(filter(str.isalpha, text), least - 1,
                                                                                    None), None) is not None)
