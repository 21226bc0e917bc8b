"""Word-level tests of where an organisation's name stops, read by the name scanner (:mod:`names`): a two-syllable
noun that is no verb ("công trình"), a word that ends a name ("trực thuộc"), "giao" that assigns a task to the name
before it, and a person's name after an office ("Chủ tịch Hoàng Văn A")."""

from __future__ import annotations

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues

__all__ = ["assigns_task", "compound_word", "person_follows", "stops_name"]


def compound_word(low: str, tokens, i: int) -> bool:
    """Token ``i`` ends a two-syllable noun with the one before it ("công | trình"): no verb there."""
    return i > 0 and f"{low[tokens[i - 1][0]:tokens[i - 1][1]]} {low[tokens[i][0]:tokens[i][1]]}" in cues.NOUN_COMPOUNDS


def stops_name(low: str, lw: str, tokens, i: int) -> bool:
    """A word that ends a name; "trực" only in "trực thuộc" ("Ban Thường trực" goes on)."""
    if lw == "trực":
        return i + 1 < len(tokens) and low[tokens[i + 1][0]:tokens[i + 1][1]] == "thuộc"
    return lw in cues.NAME_STOP_WORDS


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
