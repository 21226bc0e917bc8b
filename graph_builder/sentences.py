"""Sentences and clauses: where a sentence of Vietnamese policy text ends (not at the period of an abbreviation,
a number or a list number) and where its clauses split (at ';', ':' and table cell separators). Offsets index the
match form; ``segment`` calls these on each paragraph."""

from __future__ import annotations

import re

from policykg.graph_builder.model import Span

__all__ = ["split_clauses", "split_sentences"]

# Abbreviations whose final period does not end a sentence (compared case-sensitively).
_ABBREVIATIONS = {
    "TP", "Tp", "TT", "Tt", "TX", "Tx", "ThS", "Th", "TS", "PGS", "GS", "BS", "KS", "CN", "NXB", "Nxb",
    "tr", "Tr", "St", "Mr", "Mrs", "Ms", "Dr", "vv", "Đ/c", "đ/c", "No", "Co", "Ltd", "Cty", "cty", "TNHH",
    "TM", "T/M", "KT", "K/T", "TL", "T/L", "TUQ", "Tm", "Kt",   # signature blocks: "TM. ỦY BAN NHÂN DÂN"
}
_OPEN_QUOTES = "\"'“‘«("
_CLOSE_AFTER_END = "\"'”’»)]"
_END_MARKS = ".!?…"
_END_MARK = re.compile("[.!?…]")
_CLAUSE_MARK = re.compile("[|;:]")


def _word_before(match: str, pos: int, floor: int) -> str:
    """The run of letters, digits, dots and slashes ending just before ``pos``."""
    i = pos
    while i > floor and (match[i - 1].isalnum() or match[i - 1] in "./"):
        i -= 1
    return match[i:pos]


def _is_abbreviation(token: str) -> bool:
    bare = token.rstrip(".")
    if not bare:
        return False
    if "." in bare and not bare.replace(".", "").isdigit():     # T.Ư, v.v, Th.S
        return True
    if bare in _ABBREVIATIONS:
        return True
    return len(bare) == 1 and bare.isupper()                    # initials: Q., P., H. (not the word "ở.")


def _starts_sentence(match: str, pos: int, end: int) -> bool:
    """Whether the text at ``pos`` (after spaces) can open a new sentence."""
    if pos >= end:
        return True
    c = match[pos]
    if c.isupper():
        return True
    if c in _OPEN_QUOTES and pos + 1 < end and (match[pos + 1].isupper() or match[pos + 1].isdigit()):
        return True
    if c in "-+•" and pos + 1 < end and match[pos + 1] == " ":
        return True
    return False


def split_sentences(match: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside one paragraph ``match[start:end]`` (trimmed, in order).

    Ends: ``. ! ? … ...`` (with closing quotes) before a space and a capital, a
    period glued to a capitalised word ("mới.Sau"), or the paragraph end; not the
    periods of abbreviations (T.Ư, TP., v.v.), numbers (1.2) or a leading list
    number ("1.", "I.").

    >>> t = "Từ T.Ư đến TP. Hà Nội, v.v. Xong... tiếp tục… Mới.Sau 1.2 triệu. I. Hết"
    >>> [t[s.start:s.end] for s in split_sentences(t, 0, len(t))]
    ['Từ T.Ư đến TP. Hà Nội, v.v. Xong... tiếp tục…', 'Mới.', 'Sau 1.2 triệu.', 'I. Hết']
    """
    spans: list[Span] = []
    sent_start = start
    i = start
    while i < end:
        found = _END_MARK.search(match, i, end)   # the next end mark (no loop over each character)
        if found is None:
            break
        i = found.start()
        j = i
        while j < end and match[j] in _END_MARKS:
            j += 1
        run = match[i:j]
        while j < end and match[j] in _CLOSE_AFTER_END:
            j += 1
        boundary = False
        if j >= end:
            boundary = False            # the paragraph end closes the sentence below
        elif match[j].isspace():
            k = j
            while k < end and match[k].isspace():
                k += 1
            if _starts_sentence(match, k, end):
                boundary = True
        elif run == "." and match[j].isupper() and j + 1 < end and match[j + 1].islower():
            word = _word_before(match, i, sent_start)
            boundary = len(word) >= 2 and word.isalpha() and word[1:].islower()
        if boundary and run == ".":
            word = _word_before(match, i, sent_start)
            if _is_abbreviation(word):
                boundary = False
            elif word and match[sent_start:i - len(word)].strip(" -+•(") == "" and (
                    word.isdigit() or re.fullmatch(r"[IVXL]{1,5}|\d+(\.\d+)*", word)):
                boundary = False        # "1. Các cấp ủy", "II. NHIỆM VỤ": a list number, not an end
            elif re.search(r"(?:Điều|Chương|Mục|Khoản)\s+\d+$", match[sent_start:i]) and \
                    match[sent_start:i].strip().count(" ") <= 1:
                boundary = False        # "Điều 5. Hiệu lực thi hành"
        if boundary:
            spans.append(Span(sent_start, j))
            k = j
            while k < end and match[k].isspace():
                k += 1
            sent_start = k
            i = k
        else:
            i = j
    if sent_start < end:
        spans.append(Span(sent_start, end))
    return spans


def split_clauses(match: str, sentence: Span) -> list[Span]:
    """Clause spans of a sentence: split after ';' and ':' and after each table cell's '|' (each clause trimmed).

    Clauses are in order and do not overlap; together with the whitespace between
    them they cover the sentence exactly (the first starts at the sentence start,
    the last ends at its end). A ':' inside a number or time ("10:30") does not split.

    >>> t = "Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Công an tỉnh lúc 10:30."
    >>> [t[c.start:c.end] for c in split_clauses(t, Span(0, len(t)))]
    ['Cơ quan chủ trì:', 'Sở Tư pháp;', 'Cơ quan phối hợp:', 'Công an tỉnh lúc 10:30.']
    >>> t = "1 | Tuần tra | Sở A, Sở B | Công an tỉnh; Sở C"
    >>> [t[c.start:c.end] for c in split_clauses(t, Span(0, len(t)))]
    ['1 |', 'Tuần tra |', 'Sở A, Sở B |', 'Công an tỉnh;', 'Sở C']
    """
    clauses = []
    start = sentence.start
    for mark in _CLAUSE_MARK.finditer(match, sentence.start, sentence.end):
        i = mark.start()
        if match[i] == "|" or match[i] in ";:" and (i + 1 >= sentence.end or match[i + 1].isspace()):
            if i + 1 < sentence.end:
                clauses.append(Span(start, i + 1))
                start = i + 1
                while start < sentence.end and match[start].isspace():
                    start += 1
    if start < sentence.end:
        clauses.append(Span(start, sentence.end))
    elif clauses:
        clauses[-1] = Span(clauses[-1].start, sentence.end)
    return clauses


# --------------------------------------------------------------------------- sections
