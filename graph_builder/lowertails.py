"""Lower-case parts that complete a name the head-first scan (:mod:`names`, :mod:`nameparts`) has begun: a short
lower-case tail after a comma inside the name ("Vụ Phổ biến, giáo dục pháp luật"), and a lower-case domain after a
multi-word head noun that a level word ends ("Ban Chỉ đạo phòng, chống thiên tai tỉnh")."""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder.vocabulary import Vocabulary, starts_verb

__all__ = ["JOINT", "joint_kind", "lowercase_domain", "lowercase_tail"]

# what a body of several sectors or agencies is called after its head or function ("Đoàn kiểm tra | liên ngành", "Tổ
# công tác | liên sở", "Hội đồng thẩm định | liên ngành"): "liên" alone ends a domain ("| liên quan", "| liên hệ")
JOINT = re.compile(r"\s+liên\s+(?:ngành|sở|cơ\s+quan|tịch|bộ|cấp)(?:\s*,\s*liên\s+(?:ngành|sở|cấp))?(?!\w)")


def joint_kind(vocab: Vocabulary, low: str, head_end: int, name_end: int) -> bool:
    """The name that ends at ``name_end`` is its head noun, a joint body's "liên ngành" (``JOINT``) and at most a level
    ("Tổ công tác liên ngành", "Đoàn kiểm tra liên sở", "Ban Chỉ đạo liên ngành tỉnh"): a kind of body, which a
    document sets up, cites or reports on as often as it gives it a duty, so a generic actor, an actor only where it
    acts; not a joint body named by its field ("Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố").

    >>> from policykg.graph_builder.vocabulary import vocabulary
    >>> from policykg.ontology.lexicon import load_lexicon
    >>> low = "tổ công tác liên ngành tỉnh báo cáo"
    >>> joint_kind(vocabulary(load_lexicon()), low, len("tổ công tác"), len("tổ công tác liên ngành tỉnh"))
    True
    """
    joint = JOINT.match(low, head_end, name_end)
    rest = low[joint.end():name_end].strip() if joint is not None else None
    return rest is not None and (not rest or vocab.level_word.fullmatch(rest) is not None)


def lowercase_tail(vocab: Vocabulary, match: str, low: str, tokens, j: int, known_at) -> int | None:
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
        if words >= 2 and (word in (".", ";", ":", ")") or (0 <= line_end < s) or starts_verb(low, s, 2)
                           or (word == "," and j + 1 < len(tokens) and low[tokens[j + 1][0]:tokens[j + 1][1]] in ("các", "những"))):
            return tokens[j - 1][1]
        if (not word.isalpha() or not word.islower() or low[s:e] in cues.NAME_STOP_WORDS or s in known_at
                or vocab.level_word.fullmatch(low[s:e]) or words >= 5 or (0 <= line_end < s)):
            return None
        words += 1
        j += 1
    return tokens[j - 1][1] if words >= 2 else None


def lowercase_domain(vocab: Vocabulary, match: str, low: str, tokens, i: int, known_at) -> int | None:
    """Index of the level word that ends a lower-case domain after a multi-word head noun, else None.

    Lower-case words and commas between them, no function word (but the "các" of the plural object of the domain's
    verb, and the "liên ngành" of a joint body: ``JOINT``), known actor or line break, at most 14 tokens.
    """
    last_end, joint_end = tokens[i][0], -1
    for k in range(i, min(len(tokens), i + 14)):
        s, e = tokens[k]
        if "\n" in match[last_end:s]:
            return None
        word = match[s:e]
        if word == ",":
            if k == i or match[tokens[k - 1][0]:tokens[k - 1][1]] == ",":
                return None
            last_end = e
            continue
        if e <= joint_end:
            last_end = e
            continue   # "Tổ công tác | liên ngành | huyện": the joint body's
        if low[s:e] == "liên" and (joint := JOINT.match(low, tokens[k - 1][1])) is not None:
            last_end, joint_end = e, joint.end()
            continue
        if low[s:e] == "các" and _plural_object(vocab, match, low, tokens, k, i):
            last_end = e
            continue   # "Ban Quản lý dự án đầu tư xây dựng | các | công trình giao thông tỉnh"
        if not word.isalpha() or not word.islower() or low[s:e] in cues.NAME_STOP_WORDS or s in known_at:
            return None
        level = vocab.level_word.match(low, s)   # one word or two ("| thành phố", "| thị xã")
        if level is not None and (level.end() == e or level.end() > e and k + 1 < len(tokens)
                                  and level.end() == tokens[k + 1][1]) \
                and f"{low[tokens[k - 1][0]:tokens[k - 1][1]]} {low[s:e]}" not in cues.NOUN_COMPOUNDS:
            return k if k > i and match[tokens[k - 1][0]:tokens[k - 1][1]] != "," else None   # ("nông thôn": no level)
        last_end = e
    return None


def _plural_object(vocab: Vocabulary, match: str, low: str, tokens, k: int, i: int) -> bool:
    """The "các" at token ``k`` of a lower-case domain opened at token ``i`` brings the plural object of the domain's
    verb ("đầu tư xây dựng | các | công trình"), not the levels of a body ("| các | huyện") nor an item after a comma:
    two domain words or more before it, a lower-case word that is neither a level nor a function word after it. (A
    "và" there is left alone: "phòng, chống thiên tai | và tìm kiếm cứu nạn" renames the body the document also
    names without it.)"""
    if k < i + 2 or k + 1 >= len(tokens) or not match[tokens[k - 1][0]:tokens[k - 1][1]].isalpha():
        return False
    s, e = tokens[k + 1]
    return match[s:e].isalpha() and match[s:e].islower() and vocab.level_word.match(low, s) is None \
        and low[s:e] not in cues.NAME_STOP_WORDS
