"""The markers of list items as a converter or OCR left them, written in the match form (same length) as the plain
markers every reader knows ("1. ", "a) "), so the item they open is read as one (issue 9, round 24).

- a bullet before an item's number ("- 1. Bộ Công an ...", "• a) Cơ quan chủ trì: ...", "+ 2) ..."): a Markdown list
  over numbered lines, or a bullet the copy added; it is blanked as a bullet alone is, and the number opens the line;
- the letter of an item as OCR misread it (the OCR'd plans of dev A, e.g. kh-70-2025-can-tho): its capital ("B)
  Cơ quan phối hợp: ..." right after "a) Cơ quan chủ trì: ..."), its vowel with a diacritic ("á)", "è)"), a stray figure before it ("6 b) Cơ quan phối hợp: ...", a bullet or
  a margin's mark read as a digit), the marker read twice ("a) a) Cơ quan chủ trì: ...") and "b)" read as "6)" right
  after an item "a)".

"đ)" is a letter of its own (the item after "d)"), never a misread "d)".

>>> chars = list("- 1. Sở A chủ trì.\\n• a) Cơ quan chủ trì: Sở B;\\n6 b) Cơ quan phối hợp: Sở C;\\nC) Thời gian: Quý I.")
>>> repair_item_markers("".join(chars), chars); print("".join(chars))
  1. Sở A chủ trì.
  a) Cơ quan chủ trì: Sở B;
  b) Cơ quan phối hợp: Sở C;
c) Thời gian: Quý I.
>>> chars = list("a) a) Cơ quan chủ trì: Sở A\\n6) Cơ quan phối hợp: Sở B\\ná) Rà soát\\n- 2026 là năm đầu\\nA) PHẦN MỘT\\nB) PHẦN HAI")
>>> repair_item_markers("".join(chars), chars); print("".join(chars))
   a) Cơ quan chủ trì: Sở A
b) Cơ quan phối hợp: Sở B
a) Rà soát
- 2026 là năm đầu
A) PHẦN MỘT
B) PHẦN HAI
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["repair_item_markers"]

_GAP = r"[ \t]+"
# an item's number after a bullet: "- 1. ", "• a) ", "+ 2) ", "- II. " (a number, a letter or a Roman numeral, then
# its dot or bracket and a space): the bullet is blanked
_BULLET_NUMBER = re.compile(r"(?m)^[ \t]*([-+•*–])" + _GAP + r"(?=(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVXL]{1,5})[.)]"
                            + _GAP + r"\S)")
# a stray figure before a lettered item ("6 b) ", "16 b) "): blanked
_FIGURE_LETTER = re.compile(r"(?m)^[ \t]*(\d{1,2})" + _GAP + r"(?=[a-zđ]\)" + _GAP + r"\S)")
# the marker read twice ("a) a) "): the first blanked
_TWICE = re.compile(r"(?m)^[ \t]*([a-zđ]\)" + _GAP + r")(?=([a-zđ])\)" + _GAP + r"\S)")
# a bracketed marker opening a line, in the match form: a letter of any case or diacritics, or a figure ("6)" right
# after an item "a)": the "b)" OCR read as a figure, "a) Cơ quan chủ trì: ..." / "6) Cơ quan phối hợp: ...")
_BRACKETED = re.compile(r"(?m)^[ \t]*([^\W\d_]|\d{1,2})\)" + _GAP + r"\S")
_LETTERS = "abcdđeghiklmnopqrstuvxy"   # the letters of a list, in order ("d)", "đ)", "e)"; no "f)", "j)")


def _plain_letter(ch: str) -> str | None:
    """The lower-case letter of a–z (or "đ") that ``ch`` is with its capital or diacritics taken off; else None."""
    if ch in "Đđ":
        return "đ"
    base = unicodedata.normalize("NFD", ch.lower())[0]
    return base if "a" <= base <= "z" else None


def repair_item_markers(text: str, chars: list[str]) -> None:
    """Write, in ``chars`` (the match form of ``text``, in place), the item markers a converter or OCR left (module
    docstring) as plain ones. A capital letter is an OCR'd lower-case one only right after the lower-case letter before
    it ("a)" / "B)") in a document with no "A)": "A) PHẦN MỘT" / "B) PHẦN HAI" are the document's own capitals."""
    if ")" not in text and "." not in text:
        return
    for m in _BULLET_NUMBER.finditer(text):
        chars[m.start(1)] = " "
    for pattern in (_FIGURE_LETTER, _TWICE):
        for m in pattern.finditer(text):
            if pattern is _TWICE and m.group(1)[0] != m.group(2):
                continue
            chars[m.start(1):m.end(1)] = " " * (m.end(1) - m.start(1))
    capitals = re.search(r"(?m)^[ \t]*A\)", text) is not None   # "A) PHẦN MỘT": the document letters its parts so
    previous = None
    for m in _BRACKETED.finditer("".join(chars)):
        mark = written = m.group(1)
        if mark == "6" and previous == "a":
            mark = "b"
        elif mark.isalpha() and mark not in _LETTERS and (plain := _plain_letter(mark)) is not None \
                and (not mark.isupper() or not capitals and (previous or "?") in _LETTERS[:-1]
                     and _LETTERS[_LETTERS.index(previous) + 1] == plain):
            mark = plain   # "á)"; "B)" right after "a)" (not "A) PHẦN MỘT", "B) PHẦN HAI": the document's own)
        if mark != written:
            chars[m.start(1)] = mark
        previous = mark
