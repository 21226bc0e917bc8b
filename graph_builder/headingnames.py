"""Bodies a heading in capitals names only as what its subject belongs to: no actor of the document.

A heading or an appendix's title written in capitals is about a task or a thing, and a body's name inside it after
the thing it qualifies ("... NÂNG CAO CHẤT LƯỢNG MẠNG | VIỄN THÔNG DI ĐỘNG TỈNH X", "GIỚI THIỆU NGƯỜI ỨNG CỬ ĐẠI
BIỂU | HỘI ĐỒNG NHÂN DÂN CẤP XÃ") names whose network or whose deputies they are, not a body that acts. When the
document names that body nowhere else, :func:`outside_headings` drops it. These stay:

- a heading that opens with the body ("1. SỞ Y TẾ", "PHÒNG NỘI VỤ:") or lists it ("4. VIỄN THÔNG TỈNH X, VIETTEL
  TỈNH X"): the holder of the duties below it;
- a body after "của", "với", "cho", "giữa", "và" or a verb that gives it a duty ("NHIỆM VỤ CỦA | SỞ Y TẾ", "GIAO |
  BAN QUẢN LÝ ..."): the holder or a party;
- the document's frame (header, signatures, recipients: read elsewhere), and every name of a text written in
  capitals throughout.
"""

from __future__ import annotations

import re
from collections import defaultdict

from policykg.graph_builder.model import Mention

__all__ = ["outside_headings"]

_WORD = re.compile(r"[^\W\d_]+")
_LIST_MARK = re.compile(r"[,;:&/–-]\s*$")   # "VIỄN THÔNG NGHỆ AN, | VIETTEL NGHỆ AN": an item of a list of holders
# a heading's numbering and marks before its first word ("II.", "3.1.", "a)", "#", "**", "-")
_NUMBERING = re.compile(r"[\s#*_>|\-–•+]*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?[\s*_]*")
# the words before a body that name it as a holder of the heading's subject or as its party
_HOLDER_BEFORE = frozenset(("của", "với", "cho", "giữa", "và", "giao", "đối", "tại", "do", "gửi", "đề", "nghị",
                            "yêu", "cầu", "chỉ", "đạo", "phối", "hợp", "chủ", "trì", "các"))


def outside_headings(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` without the actors every mention of which a heading in capitals names after the thing it
    qualifies (the module's rule); unchanged for a text mostly in capitals."""
    letters = "".join(filter(str.isalpha, match))   # (the letters tested by str methods mapped in C, not a Python loop)
    if not letters or sum(map(str.isupper, letters)) * 2 > len(letters):
        return mentions
    by_iri: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.category == "actor":
            by_iri[m.iri].append(m)
    dropped = {iri for iri, ms in by_iri.items() if all(_qualifies_in_heading(m, match) for m in ms)}
    return [m for m in mentions if not (m.category == "actor" and m.iri in dropped)] if dropped else mentions


def _qualifies_in_heading(m: Mention, match: str) -> bool:
    """The mention stands in a line written in capitals (up to a note in brackets after it), after two words or more
    of it, the last of them no word that names it as a holder or a party."""
    start = match.rfind("\n", 0, m.span.start) + 1
    end = match.find("\n", m.span.end)
    end = len(match) if end < 0 else end
    aside = match.find("(", m.span.end, end)   # "... TỈNH X ĐẾN NĂM 2025 | (Kèm theo Kế hoạch số ...)": its own note
    words = _WORD.findall(match, start, end if aside < 0 else aside)
    if len(words) < 3 or not all(w.isupper() for w in words):
        return False
    head = _NUMBERING.match(match, start).end()
    before = [w.lower() for w in _WORD.findall(match, head, m.span.start)]
    return len(before) >= 2 and before[-1] not in _HOLDER_BEFORE and not _LIST_MARK.search(match, head, m.span.start)
