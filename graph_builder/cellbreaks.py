"""Line breaks inside the cells of a division-of-labour table that a copy of a Word table wrote as two spaces: the
bodies a cell lists a line each ("| Học viện A  Trường Đại học B  Ban Chỉ đạo C |") would run into one name. In the
match form (same length) the first of the two spaces becomes ";", as a "<br>" between two items of a cell does
(``read._blank_debris``), so the recogniser reads each body on its own.

A break is read only in the data rows of a table whose header names a task and who carries it out
(``flattables.duty_header``), between a word that ends a name (a lower-case word, or a short abbreviation: "VN",
"TP HCM", "PTNT") and a capitalised word that does not begin a person's name; a name going on over the break ("Sở
Thông tin và  Truyền thông") stays whole.

>>> text = "| TT | Nội dung | Thực hiện |\\n| 1 | Tập huấn | Học viện Nông nghiệp VN  Trường Đại học Lâm nghiệp |"
>>> chars = list(text)
>>> mark_cell_breaks(text, chars, [(0, 29, [4, 15]), (30, 102, [33, 44])])
>>> "".join(chars).split("\\n")[1]
'| 1 | Tập huấn | Học viện Nông nghiệp VN; Trường Đại học Lâm nghiệp |'
"""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.flattables import duty_header
from policykg.graph_builder.vocabulary import is_abbreviation

__all__ = ["mark_cell_breaks"]

_TWO_SPACES = re.compile(r"(?<=[^\s|]) {2}(?=[^\s|])")
_NEXT_WORDS = re.compile(r"(\w+)(?:\s+(\w+))?")
_MAX_ABBREVIATION = 5
_BETWEEN_ROWS = re.compile(r"[\s|:-]+")


def _breaks(last: str, following: str, then: str) -> bool:
    """Two spaces between ``last`` and ``following`` (``then`` the word after it) part two bodies of a cell; a person's
    name is capitalised in every word ("Nguyễn Văn An"), a body's not ("Văn phòng")."""
    if following.lower() in cues.NAME_GOES_ON_AFTER or last.lower() in cues.NAME_GOES_ON_AFTER \
            or not following[:1].isupper() or cues.item_break_before_name(following) and then[:1].isupper():
        return False
    return last[-1:].islower() or is_abbreviation(last) and len(last) <= _MAX_ABBREVIATION


def mark_cell_breaks(text: str, chars: list[str], rows: list[tuple[int, int, list[int]]]) -> None:
    """Mark in ``chars`` (the match form) the two-space line breaks of the cells of duty tables' data rows; ``rows``:
    the table rows of ``text`` (``read.table_rows``: line start, line end, the offsets of the pipes between cells)."""
    if "  " not in text:
        return
    in_duty, previous_end = False, None
    for start, end, separators in rows:
        if previous_end is None or _BETWEEN_ROWS.sub("", text[previous_end:start]):
            in_duty = False      # text between two rows (not a delimiter row "|---|---|"): another table
        previous_end = end
        if not in_duty:
            edges = [start, *separators, end]
            in_duty = duty_header([match_key(text[a:b].strip(" |")) for a, b in zip(edges, edges[1:])])
            continue
        for m in _TWO_SPACES.finditer(text, start, end):
            following = _NEXT_WORDS.match(text, m.end())
            if following is not None and _breaks(cues.word_before(text, m.start()), following.group(1),
                                                 following.group(2) or ""):
                chars[m.start()] = ";"
