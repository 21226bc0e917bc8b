"""The gaps between two names of a list of actors: what may stand between members of one list (fillers, level words,
a few words that say which member it is) and a run of verbs before the duty word ("triệu tập, chủ trì").
Moved out of ``context`` unchanged (round 12)."""

from __future__ import annotations

import functools
import re

from policykg.graph_builder import cues
from policykg.graph_builder.vocabulary import lower_same_length

__all__ = ["WORD", "gap_ok", "member_qualifier", "verb_conjuncts"]

WORD = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*")
_QUALIFIED_GAP = re.compile(r"[ \t\n]+([^\W\d_][^\W\d_ \t\n]*(?:[ \t\n]+[^\W\d_][^\W\d_ \t\n]*)*)[ \t\n]*,[ \t\n]*(?:và[ \t\n]+)?")
_PHRASE_OPENERS = frozenset("về trong để nhằm theo tại của cho với đối khi nếu từ đến trên bằng do được là thì".split())


@functools.lru_cache(maxsize=1 << 14)
def gap_ok(gap: str) -> bool:
    """Only list fillers and level words between two actors of a list (memoised: the same short gaps recur)."""
    if re.search(r"[.;!?\"]", gap):
        return False
    words = [w.group(0) for w in WORD.finditer(cues.HAMLET_LEVELS.sub(" ", lower_same_length(gap)))]
    return all(w in cues.LIST_FILLER or w in cues.LEVEL_WORDS for w in words)


@functools.lru_cache(maxsize=1 << 12)
def member_qualifier(gap: str) -> bool:
    """The gap after a list member is a few words that say which of them it is, and a comma before the next member
    ("các chủ đầu tư | hạ tầng cụm công nghiệp, | Ủy ban nhân dân các xã"): no verb of the genre, no preposition that
    opens a phrase of the duty ("về", "trong", "để")."""
    m = _QUALIFIED_GAP.fullmatch(lower_same_length(gap))
    if m is None:
        return False
    words = m.group(1).split()
    return len(words) <= 5 and not any(w in _PHRASE_OPENERS for w in words) and not any(
        " ".join(words[k:k + n]) in cues.ACTION_VERBS for k in range(len(words)) for n in (1, 2))


@functools.lru_cache(maxsize=1 << 12)
def verb_conjuncts(gap: str) -> bool:
    """The gap is verbs joined by commas or "và", ending in the joint ("triệu tập, ", "triệu tập và ").

    >>> verb_conjuncts(" triệu tập, "), verb_conjuncts(" cùng cấp triệu tập và "), verb_conjuncts(" hội nghị, ")
    (True, True, False)
    """
    words = gap.split(" ")
    while words and (not words[0] or words[0] in cues.LIST_FILLER or words[0] in cues.LEVEL_WORDS):
        words = words[1:]     # "... cùng cấp triệu tập, chủ trì": the level words after the name first
    parts = re.split(r"\s*,\s*|\s+và\s+", " " + " ".join(words) + " ")
    if len(parts) < 2 or parts[-1].strip():
        return False
    verbs = [p.strip() for p in parts[:-1]]
    return all(v in cues.ACTION_VERBS for v in verbs if v) and any(verbs)
