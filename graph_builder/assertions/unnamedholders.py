"""A list of holders one of whose members the recogniser did not name (round 31): "Sở A, Hội B, Câu lạc bộ C có trách
nhiệm phối hợp với Sở D ...", "Sở A, Câu lạc bộ C, Hội B chủ trì ...". Before, the unnamed member cut the list where
it stood: named last, the sentence lost its holders and so all its leads and pairs; named in the middle, the members
before it were lost. The members the recogniser named keep their duty, lead and pairs.

The unnamed member must look like one name in a list: after a comma or "và", a few words (at most eight) whose first
is written with a capital, with no verb of the genre, no preposition that opens a phrase of the duty, no digit and no
sentence mark; the scope words "trong phạm vi chức năng, nhiệm vụ ..." may follow it (``cues.MANDATE``). The member
itself stays unnamed (no actor is made of it: that is the recogniser's business, ``unnamedmembers`` reads the same
form after "phối hợp với").

>>> last_member_unnamed(", Câu lạc bộ pháp chế doanh nghiệp ")
True
>>> last_member_unnamed(" và Câu lạc bộ Pháp chế ")
True
>>> last_member_unnamed(", các đơn vị sự nghiệp ")
False
>>> last_member_unnamed(", Tổ chức tập huấn ")
False
>>> middle_member_unnamed(", Câu lạc bộ pháp chế doanh nghiệp, ")
True
"""

from __future__ import annotations

import functools
import re

from policykg.graph_builder import cues
from policykg.graph_builder.vocabulary import lower_same_length

__all__ = ["last_member_unnamed", "middle_member_unnamed"]

_LAST = re.compile(r" *(?:, *(?:và +)?| +và +)(?P<member>[^\W\d_][^,;.!?\"\n\d()]*?) *")
_MIDDLE = re.compile(r" *, *(?P<member>[^\W\d_][^,;.!?\"\n\d()]*?) *, *(?:và +)?")
_PHRASE_OPENERS = frozenset("về trong để nhằm theo tại của cho với đối khi nếu từ đến trên bằng do được là thì "
                            "gồm như sau".split())
_MOST_WORDS = 8


def _looks_like_a_name(member: str) -> bool:
    """A few words opened by a capital, none a verb of the genre or a preposition that opens a phrase."""
    words = member.split()
    if not words or len(words) > _MOST_WORDS or not words[0][0].isupper():
        return False
    low = [lower_same_length(w) for w in words]
    return not any(w in _PHRASE_OPENERS for w in low) and not any(
        " ".join(low[k:k + n]) in cues.ACTION_VERBS for k in range(len(low)) for n in (1, 2))


@functools.lru_cache(maxsize=1 << 12)
def last_member_unnamed(gap: str) -> bool:
    """``gap`` (the list's gaps form) between the last named holder and the duty word is one more, unnamed, member
    ("..., Hội B | , Câu lạc bộ C | có trách nhiệm"), perhaps with the scope words after it. The gaps form keeps the
    capitals and has a broken line joined by a space."""
    gap = cues.MANDATE.sub(" ", gap)
    m = _LAST.fullmatch(gap)
    return m is not None and _looks_like_a_name(m.group("member"))


@functools.lru_cache(maxsize=1 << 12)
def middle_member_unnamed(gap: str) -> bool:
    """``gap`` between two named holders of a list is one more, unnamed, member between commas ("Sở A | , Câu lạc bộ
    C, | Hội B")."""
    m = _MIDDLE.fullmatch(gap)
    return m is not None and _looks_like_a_name(m.group("member"))
