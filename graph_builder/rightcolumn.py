"""What a header's right column leaves in a left cell when a PDF's text runs the two columns together by one space:
the place and date ("BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH Hà Tĩnh, ngày 15 tháng 3 năm 2024"), after an organ's name in
capitals. The motto run together so is cut by ``organs.motto_spans``; this cuts the place and date, whose place is
written in sentence case where the organ's name is in capitals."""

from __future__ import annotations

import re

from policykg.core.textnorm import LOWER, UPPER

__all__ = ["place_date_spans"]

_DATE_TAIL = re.compile(r",\s*ngày\s+(?:\d{1,2}|[ .…_]*)\s*tháng\s+(?:\d{1,2}|[ .…_]*)\s*năm\s+(?:19|20)\d{2}")
_PLACE_WORD = re.compile(r"(?:[" + UPPER + r"][" + LOWER + r"]+\.?|TP\.|[" + LOWER + r"]+)$")


def place_date_spans(text: str) -> list[tuple[int, int]]:
    """Where a header cell ``text`` ends with a place and date run together after words in capitals: the (start,
    end) of the place and date, or nothing (a cell that is the place and date alone, or holds no date).

    >>> t = "BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH Hà Tĩnh, ngày 15 tháng 3 năm 2024"
    >>> [t[a:b] for a, b in place_date_spans(t)]
    ['Hà Tĩnh, ngày 15 tháng 3 năm 2024']
    >>> t = "SỞ Y TẾ TP. Hồ Chí Minh, ngày 2 tháng 5 năm 2025"
    >>> [t[a:b] for a, b in place_date_spans(t)]
    ['TP. Hồ Chí Minh, ngày 2 tháng 5 năm 2025']
    >>> t = "Độc lập - Tự do - Hạnh phúc SỞ Y TẾ TỈNH SƠN LA Sơn La, ngày 2 tháng 6 năm 2026"   # lines the reader joined
    >>> [t[a:b] for a, b in place_date_spans(t)]
    ['Sơn La, ngày 2 tháng 6 năm 2026']
    >>> place_date_spans("Hà Tĩnh, ngày 15 tháng 3 năm 2024"), place_date_spans("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
    ([], [])
    >>> place_date_spans("Kế hoạch này ban hành tại Hà Nội, ngày 2 tháng 6 năm 2026")
    []
    """
    date = _DATE_TAIL.search(text)
    if date is None:
        return []
    words = list(re.finditer(r"\S+", text[:date.start()]))
    k = len(words)
    while k > 0 and k > len(words) - 6 and _PLACE_WORD.match(words[k - 1].group(0)) \
            and not words[k - 1].group(0).isupper():
        k -= 1
    if k < len(words) and k > 0 and words[k - 1].group(0) == "TP.":
        k -= 1      # "TP. Hồ Chí Minh"
    if k == 0 or k == len(words):
        return []   # the place and date alone, or no place before the date
    if not words[k - 1].group(0).isupper():
        return []   # what stands before is no name in capitals
    return [(words[k].start(), date.end())]
