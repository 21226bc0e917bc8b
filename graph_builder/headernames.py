"""The organ names of a header block: organ lines (cells in capitals, motto pieces cut out) joined into names, as
``header.read_header`` reads them. A name may go on on the next line ("ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI"), in its
column when PDF layout puts organs side by side ("CÔNG AN TỈNH X   VIỆN KIỂM SÁT NHÂN DÂN" / "TỈNH X" under the
second); a Word cell that lost its line break holds two names ("UBND TỈNH LÀO CAI VĂN PHÒNG")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.organs import actor_named, is_bare_head
from policykg.graph_builder.vocabulary import HEADER_CONTINUATION
from policykg.ontology.lexicon import Lexicon

__all__ = ["Name", "organ_names", "part_only"]


@dataclass
class Name:
    """An organ name of the header: its text and the spans it was read from (a name may go on on the next line)."""

    text: str
    spans: list[tuple[int, int]]

    def cut(self, at: int) -> tuple["Name", "Name"] | None:
        """The name cut at character ``at`` of its text into two (only a name read from one span)."""
        if len(self.spans) != 1:
            return None
        a, b = self.spans[0]
        return (Name(self.text[:at].strip(), [(a, a + len(self.text[:at].rstrip()))]),
                Name(self.text[at:].strip(), [(a + at + len(self.text[at:]) - len(self.text[at:].lstrip()), b)]))


def _above(names: list[Name], a: int, b: int, match: str) -> Name:
    """The name a continuation line at ``a``-``b`` goes on: of the names whose last line is the nearest line above,
    the one in its column (PDF layout puts organs side by side: "CÔNG AN TỈNH X   VIỆN KIỂM SÁT NHÂN DÂN" /
    "TỈNH X" under the second), else the last name."""
    def line_of(at: int) -> int:
        return match.rfind("\n", 0, at) + 1

    own = line_of(a)
    above = [n for n in names if line_of(n.spans[-1][0]) < own]
    if not match or not above:
        return names[-1]
    nearest = max(line_of(n.spans[-1][0]) for n in above)
    row = [n for n in above if line_of(n.spans[-1][0]) == nearest]
    if len(row) < 2:
        return names[-1]
    x0, x1 = a - own, b - own

    def closeness(name: Name) -> tuple[int, int]:
        s0, s1 = (v - nearest for v in name.spans[-1])
        return min(x1, s1) - max(x0, s0), -abs((x0 + x1) - (s0 + s1))
    return max(row, key=closeness)


def organ_names(organs: list[tuple[int, int, str]], lexicon: Lexicon, match: str = "") -> list[Name]:
    """Organ lines joined into names: a line that goes on with a level and a place ("TỈNH LÀO CAI") belongs to
    the name above it, in its column when organs stand side by side; a line that ends with a part's name ("UBND
    TỈNH LÀO CAI VĂN PHÒNG", a Word cell whose line break was lost) is two names."""
    names: list[Name] = []
    for a, b, text in organs:
        goes_on = HEADER_CONTINUATION.match(text) and not is_bare_head(" ".join(text.split()[:2]), lexicon)
        if names and (goes_on or re.search(r"(?:\sVÀ|[,&\-–])$", names[-1].text)):     # not "TỈNH ỦY"
            name = _above(names, a, b, match) if goes_on else names[-1]
            name.text += " " + text
            name.spans.append((a, b))
        else:
            names.append(Name(text, [(a, b)]))
    joined: list[Name] = []
    for name in names:      # "VIỆN KIỂM SÁT NHÂN DÂN" / "TỐI CAO": a line that names nothing alone goes on the one above
        if joined and not part_only(name.text, lexicon) and actor_named(name.text, lexicon) is None \
                and actor_named(joined[-1].text + " " + name.text, lexicon) is not None:
            joined[-1] = Name(joined[-1].text + " " + name.text, joined[-1].spans + name.spans)
        else:
            joined.append(name)
    split: list[Name] = []
    for name in joined:
        words = list(re.finditer(r"\S+", name.text))
        # a part's name of two words or more after a whole organ's name (not the committee a body belongs to:
        # "BAN CHỈ ĐẠO 35 TỈNH ỦY")
        for k in range(1, len(words) - 1):
            at = words[k].start()
            if is_bare_head(name.text[at:], lexicon) and lexicon.lookup(name.text) is None \
                    and not re.search(r"(?:ỦY|UỶ)$", name.text) \
                    and actor_named(name.text[:at], lexicon) is not None and name.cut(at) is not None:
                split.extend(name.cut(at))
                break
        else:
            split.append(name)
    return split


def part_only(name: str, lexicon: Lexicon) -> bool:
    """A name that is only a head noun or its first words ("VĂN PHÒNG", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH" of "Ban
    Chấp hành Đảng bộ"): a part of the body named above it."""
    key = match_key(name)
    return is_bare_head(name, lexicon) or key in cues.HEADER_PARTS \
        or any(head.startswith(key + " ") for head, _ in lexicon.head_nouns())
