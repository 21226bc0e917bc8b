"""Where a name or a sentence goes on over a line or a page break of a scraped or converted copy: a place name
broken after its first syllables ("phường Tây Hoa" / "Lư chủ trì"), a page's number between two halves of a name
("UBND tỉnh Hòa" / 2 / "Bình ban hành"), the lines of a page break between two halves of a sentence. Used by
``read`` when it joins broken lines in the match form (where a sentence goes on: ``read._continues``)."""

from __future__ import annotations

import bisect
import re

from policykg.graph_builder import cues
from policykg.graph_builder.skipped import page_lines

__all__ = ["BULLET_START", "CLOSERS", "page_break_after", "place_goes_on"]


CLOSERS = ".!?…:;"   # what ends a sentence or a clause at the end of a line
# a line that opens a list item or an article: never the rest of the line above it
BULLET_START = re.compile(r"[ \t]*(?:[-+*•–—]\s|[a-zđ]\)\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[IVXLC]{1,6}[.)]\s|"
                          r"(?:Điều|Chương|Mục|Phần)\s+[0-9IVXLC]+\b)")
_PLACE_BEGUN = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố)"
                          r"((?:\s+[A-ZĐ][^\W\d_]*){1,2})$")
_PLACE_END = re.compile(r"([A-ZĐ][^\W\d_A-ZĐ]*)\s+([^\W\d_]+)")


def place_goes_on(line: str, nxt: str) -> bool:
    """Whether a place name begun at the end of ``line`` ends on ``nxt`` ("... Việt Nam phường Tây Hoa" / "Lư chủ
    trì, ..."): a level word and one or two capitalised syllables, then one on the next line before a lower-case word
    that no verb or function word opens (not an actor heading's place followed by its first duty, "Chủ động ...")."""
    m, n = _PLACE_BEGUN.search(line), _PLACE_END.match(nxt)
    if m is None or n is None or not n.group(2).islower():
        return False
    first = n.group(1).lower()
    two = f"{first} {n.group(2)}"
    return first not in cues.NAME_STOP_WORDS and first not in cues.ACTION_VERBS and two not in cues.ACTION_VERBS


def page_break_after(lines: list[str], i: int) -> int | None:
    """How many lines on the next line of text is when only a page break lies between it and line ``i`` (blank
    lines and a page marker, with the page's numbers beside it, as ``skipped.page_lines`` reads them: "... báo cáo Thủ
    tướng" / "2" / "--- PAGE BREAK ---" / "Chính phủ trong tháng 3."), else None."""
    window = []
    for line in lines[i + 1:i + 11]:   # up to the first line that can be no page's layout, that line included
        window.append(line)
        body = line.strip(" \t\f")
        if body and not body.strip(" \t-").isdigit() and not page_lines(line):
            break
    starts = [0]
    for line in window:
        starts.append(starts[-1] + len(line) + 1)
    layout = {bisect.bisect_right(starts, span.start) - 1 for span in page_lines("\n".join(window))}
    k = next((k for k, line in enumerate(window) if line.strip(" \t\f") and k not in layout), len(window))
    return k + 1 if layout and layout.issubset(range(k)) and k < len(window) else None
