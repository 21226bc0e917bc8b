"""Motto lines in a header cell ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", the Party's
"ĐẢNG CỘNG SẢN VIỆT NAM") and pieces of them, as PDF layout text and OCR print them: run together with the organ's
line on one line ("TỔNG LIÊN ĐOÀN LAO ĐỘNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), without diacritics, one letter
wrong. The header (``header.py``, ``headercells.py``) cuts them out of its cells before it reads the organs.
"""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import ascii_fold
from policykg.graph_builder import cues

__all__ = ["motto_spans", "within"]


def within(a: str, b: str, budget: int) -> bool:
    """The Levenshtein distance of a and b is at most ``budget``.

    >>> within("TRUNG", "CONG", 1), within("CONG", "CONG", 0), within("SAN", "SANG", 1)
    (False, True, True)
    """
    if abs(len(a) - len(b)) > budget:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > budget:
            return False
        previous = current
    return previous[-1] <= budget


# --------------------------------------------------------------------------- motto lines


@functools.lru_cache(maxsize=1)
def _motto_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(re.findall(r"\w+", ascii_fold(line).upper())) for line in cues.MOTTO_LINES)


@functools.lru_cache(maxsize=1 << 14)
def _folded_word(word: str) -> str:
    return ascii_fold(word).upper()


@functools.lru_cache(maxsize=1 << 14)
def _word_equal(a: str, b: str) -> bool:
    return a == b or (len(a) >= 4 and len(b) >= 4 and within(a, b, 1))


def motto_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` (a header cell) holds a motto line or a piece of one, as (start, end) offsets into it.

    A piece counts when it has three words of a motto line in a row, starts one, or is all the cell holds
    ("HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự", "Hạnh phúc"); the words are compared without diacritics and
    one wrong letter is allowed (OCR). "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" holds none: its "VIỆT NAM" is two words.

    >>> t = "CHỦ TỊCH ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    >>> [t[a:b] for a, b in motto_spans(t)]
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']
    >>> motto_spans("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"), motto_spans("Độc lập – Tự do – Hạnh phúc")
    ([], [(0, 27)])
    >>> t = "TONG LIEN DOAN LAO DONG CONG HOA XA HOI CHU NGHIA VIET NAM"     # OCR: no diacritics, one space
    >>> [t[a:b] for a, b in motto_spans(t)]
    ['CONG HOA XA HOI CHU NGHIA VIET NAM']
    """
    words = [(m.start(), m.end(), _folded_word(m.group(0))) for m in re.finditer(r"\w+", text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        best = _piece_at(words, i)
        if best == 2 and _piece_at(words, i + 1) > best:
            best = 0    # "LAO ĐỘNG CỘNG HÒA XÃ HỘI ...": "ĐỘNG CỘNG" is no "ĐẢNG CỘNG", the motto starts a word later
        if best:
            spans.append((words[i][0], words[i + best - 1][1]))
            i += best
        else:
            i += 1
    return spans


def _piece_at(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``words[i]`` on are a piece of a motto line (0: none)."""
    best = 0
    for motto in _motto_words() if i < len(words) else ():
        for start in range(len(motto)):
            if not _word_equal(words[i][2], motto[start]):
                continue   # no word in common here (k = 0)
            k = 1
            while i + k < len(words) and start + k < len(motto) and _word_equal(words[i + k][2], motto[start + k]):
                k += 1
            whole_cell = i == 0 and k == len(words)
            if k >= 3 or (k == 2 and (start == 0 or whole_cell)):
                best = max(best, k)
    return best
