"""Word-level tests of where an organisation's name stops, read by the name scanner (:mod:`names`): a two-syllable
noun that is no verb ("công trình"), a word that ends a name ("trực thuộc"), "giao" that assigns a task to the name
before it, and a person's name after an office ("Chủ tịch Hoàng Văn A")."""

from __future__ import annotations

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues

__all__ = ["assigns_task", "compound_word", "person_follows", "stops_name", "topic_after_name"]


def compound_word(low: str, tokens, i: int) -> bool:
    """Token ``i`` ends a two-syllable noun with the one before it ("công | trình"): no verb there."""
    return i > 0 and f"{low[tokens[i - 1][0]:tokens[i - 1][1]]} {low[tokens[i][0]:tokens[i][1]]}" in cues.NOUN_COMPOUNDS


def stops_name(low: str, lw: str, tokens, i: int) -> bool:
    """A word that ends a name; "trực" only in "trực thuộc" ("Ban Thường trực" goes on)."""
    if lw == "trực":
        return i + 1 < len(tokens) and low[tokens[i + 1][0]:tokens[i + 1][1]] == "thuộc"
    return lw in cues.NAME_STOP_WORDS


def topic_after_name(match: str, head_key: str, tokens, i: int, head_ends: set[int]) -> bool:
    """Token ``i`` is "VỀ" in a title written in capitals, right after a name that is whole without a domain word
    ("... CỦA BỘ XÂY DỰNG | VỀ HƯỚNG DẪN ...", "... CỦA BAN THƯỜNG VỤ TỈNH ỦY | VỀ THỰC HIỆN ..."): a ministry's or a
    department's name (its domain is written with capitals) or a committee's named by its head noun; the title's topic
    follows, not more of the name ("BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THAM NHŨNG" goes on: a board named by its
    topic).

    >>> title = "CỦA BỘ XÂY DỰNG VỀ HƯỚNG DẪN"
    >>> tokens = [(0, 3), (4, 6), (7, 10), (11, 15), (16, 18), (19, 24), (25, 28)]
    >>> topic_after_name(title, "bộ", tokens, 4, set())
    True
    >>> topic_after_name(title, "ban chỉ đạo", tokens, 4, set())
    False
    """
    s, e = tokens[i]
    before = match[tokens[i - 1][0]:tokens[i - 1][1]] if i > 0 else ""
    return match[s:e] == "VỀ" and before.isupper() \
        and (head_key in cues.CAPITALISED_DOMAIN_HEADS or tokens[i - 1][1] in head_ends)


def assigns_task(low: str, lw: str, tokens, i: int, nxt: str) -> bool:
    """ "giao" before a capitalised word assigns a task to a name ("Sở Tài chính | giao Phòng"); not "Ngoại giao"."""
    return lw == "giao" and nxt[:1].isupper() and low[tokens[i - 1][0]:tokens[i - 1][1]] != "ngoại"


def person_follows(match: str, tokens, i: int) -> bool:
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
