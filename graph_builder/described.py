"""Bodies a document names by a description it repeats word for word: a common noun of a body and what the body does
or serves ("đơn vị vận hành hệ thống cấp nước", "cơ sở kiểm định", "tổ chức, cá nhân thực hiện nhiệm vụ"), written
three times or more the same way with different words after it. Such a description is the document's own name of a
kind of body (a regulation's "Cơ quan thường trực Chương trình"): a generic actor, an actor only where the text gives
it a duty (docs/DATA_MODEL.md, "Identity of actors")."""

from __future__ import annotations

import re
from collections import Counter

from policykg.graph_builder import cues
from policykg.graph_builder.bodies import generic_body
from policykg.graph_builder.vocabulary import Candidate

__all__ = ["described_bodies", "repeated_descriptions"]

# a common noun of a body at the start of a description; not "trên cơ sở" (on the basis of), the data, the buildings
# or the grounds a "cơ sở" also names, nor the unit of a measure or of the administrative map
# (each noun's first letter before the look-behinds "(?<![\w-])(?<!trên )", over it: re skips to those letters in C)
_NOUN = re.compile(r"(?P<noun>" + "|".join(f"{w[0]}(?<![\\w-]{w[0]})(?<!trên {w[0]}){w[1:]}" for w in (
                       "đơn vị", "cơ quan", "cơ sở", "doanh nghiệp", "tổ chức, cá nhân")) + r")(?=\s+[^\W\d_])"
                   r"(?!\s+(?:dữ liệu|pháp lý|vật chất|hạ tầng|lý luận|khoa học|thực tiễn|đó|này|hành chính|tính"
                   r"|và|hoặc|có liên quan|liên quan|khác|được|đã|đang|sẽ|phải|cần|không|thuộc|trực thuộc|của|trên)(?!\w))")
# where a clause that names its holder first opens: a line's start after its number or bullet, "trách nhiệm của"
_ITEM_START = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-–+•*]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])?|(?:trách nhiệm|nhiệm vụ) của)[ \t]*$")
_WORD = re.compile(r"[^\W_]+|[,–-]")
_MOST = 16          # words of a description at most
_TIMES = 3          # how often the same description must be written
# words a description may hold inside but never end with ("quản lý dự án ở địa phương", "quản lý, vận hành")
_INSIDE_ONLY = frozenset((",", "-", "–", "ở", "và"))
# words that end a description: function words, negations, "nhưng" ("doanh nghiệp đổi tên | nhưng không ...")
_ENDS = (cues.NAME_STOP_WORDS | cues.NEGATIONS | {"nhưng", "mà"}) - _INSIDE_ONLY - {"trực"}


def repeated_descriptions(low: str) -> dict[int, int]:
    """The descriptions of ``low`` (the lower-cased text) written ``_TIMES`` times or more: start -> end of each
    occurrence, the longest description it shares with the others."""
    occurrences = []
    for m in _NOUN.finditer(low):
        words = []
        for w in _WORD.finditer(low, m.end(), min(len(low), m.end() + 200)):
            gap = low[words[-1][1] if words else m.end():w.start()]
            if len(words) >= _MOST or gap.strip() or "\n\n" in gap or w.group(0) in _ENDS \
                    or low.startswith(cues.DUTY_VERBS, w.start()) or low.startswith("trực thuộc", w.start()):
                break   # (a clause's word or the duty's verb: "cơ sở đào tạo | thực hiện ...")
            words.append((w.group(0), w.end()))
        occurrences.append((m.start(), m.group("noun"), [w for w, _ in words], [e for _, e in words]))
    counts = Counter((noun, *ws[:n]) for _, noun, ws, _ in occurrences for n in range(1, len(ws) + 1))
    opens = {(noun, *ws) for s, noun, ws, _ in occurrences if _ITEM_START.search(low, max(0, s - 40), s)}
    found = {}
    for s, noun, ws, ends in occurrences:
        n = max((n for n in range(1, len(ws) + 1) if counts[(noun, *ws[:n])] >= _TIMES), default=0)
        while n and ws[n - 1] in _INSIDE_ONLY:
            n -= 1
        if n and any(key[:n + 1] == (noun, *ws[:n]) for key in opens):
            found[s] = ends[n - 1]
    return found


def described_bodies(match: str, start: int, end: int, found: dict[int, int], taken: list[Candidate]) -> list[Candidate]:
    """The repeated descriptions (:func:`repeated_descriptions`) from ``start`` to ``end`` where no other actor's
    name lies (``taken``), as generic actors of the kind of their noun."""
    out = []
    for s, e in found.items():
        if start <= s and e <= end and not any(c.start < e and s < c.end for c in taken if c.mention is not None):
            out.append(generic_body(match, s, e, "StateBody" if match[s:s + 6].lower() == "cơ quan" else "Organization"))
    return out
