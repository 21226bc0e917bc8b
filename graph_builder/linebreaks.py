"""Where a name or a sentence goes on over a line or a page break of a scraped or converted copy: a place name
broken after its first syllables ("phường Tây Hoa" / "Lư chủ trì"), a page's number between two halves of a name
("UBND tỉnh Hòa" / 2 / "Bình ban hành"), a sentence whose words go on in lower case below a page break or a stray
blank line. Used by ``read`` when it joins broken lines in the match form."""

from __future__ import annotations

import re

from policykg.core.textnorm import all_capitals
from policykg.graph_builder import cues
from policykg.graph_builder.skipped import page_lines

__all__ = ["BULLET_START", "CLOSERS", "page_break_after", "place_goes_on", "sentence_goes_on"]


CLOSERS = ".!?…:;"   # what ends a sentence or a clause at the end of a line
# a line that opens a list item or an article: never the rest of the line above it
BULLET_START = re.compile(r"[ \t]*(?:[-+*•–—]\s|[a-zđ]\)\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[IVXLC]{1,6}[.)]\s|"
                          r"(?:Điều|Chương|Mục|Phần)\s+[0-9IVXLC]+\b)")
_BARE_NUMBER = re.compile(r"\d{1,3}")
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
    lines and a page number or marker, as ``skipped.page_lines`` reads them, and a bare page number beside a marker:
    "... báo cáo Thủ tướng" / "2" / "--- PAGE BREAK ---" / "Chính phủ trong tháng 3."), else None."""
    j, page, number = i + 1, False, False
    while j < len(lines) and j <= i + 10:
        body = lines[j].strip(" \t\f")
        if body and page_lines(lines[j]):
            page = True
        elif body and not number and _BARE_NUMBER.fullmatch(body):
            number = True
        elif body:
            break
        j += 1
    return j - i if page and j < len(lines) and j <= i + 10 else None


def sentence_goes_on(line: str, nxt: str) -> bool:
    """A sentence cut by a page break or a stray blank line of a converted copy goes on below it: the line is long
    (wrapped text), ends with no stop, and the text below opens in lower case, no list item ("... bảo đảm an ninh,
    an" / "--- PAGE BREAK ---" / "toàn không gian mạng ...")."""
    after = nxt.strip()
    return len(line) >= 50 and line[-1] not in CLOSERS and not line.endswith(("...", "…")) and after[:1].islower() \
        and not BULLET_START.match(nxt) and not all_capitals(line, 2)
