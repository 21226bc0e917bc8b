"""An item's number written apart from its words, as scraped and converted copies leave it: alone on its line, over
the item's words ("1.4." / "Xây dựng kế hoạch tuyên truyền ..."), or at the end of the line above, after the title
of the part the item opens ("2. Nâng cao năng lực quản lý nhà nước 2.1." / "Rà soát, kiến nghị sửa đổi ...").
The number and the words below it are one item: the segmenter's paragraphs are joined (or the title's line cut before
the number) so that the item's paragraph opens with its number, as a heading does ("1.4. Xây dựng kế hoạch ...")
and the labels below it ("- Cơ quan thực hiện: Sở A chủ trì, phối hợp với Sở B") give their roles in that item.

>>> match = "1. Nâng cao năng lực 1.1.\\nRà soát quy chế.\\n1.2.\\nXây dựng kế hoạch."
>>> pieces = [(0, 25), (26, 42), (43, 47), (48, 66)]
>>> [match[a:b] for a, b in number_paragraphs(match, pieces)]
['1. Nâng cao năng lực', '1.1.\\nRà soát quy chế.', '1.2.\\nXây dựng kế hoạch.']
"""

from __future__ import annotations

import re

__all__ = ["number_paragraphs"]

# a line that is only an item's number: "1.4.", "2.1", "3.", "II."
_BARE_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[IVXL]{1,5}\.)")
# a numbered title that ends with the number of its own first sub-item: "2. Nâng cao năng lực ... 2.1."
_TRAILING_NUMBER = re.compile(r"(?P<own>\d{1,2}(?:\.\d{1,2})*)[.)][ \t]+\S.*?(?<=\S)[ \t]+(?P<sub>(?P=own)\.\d{1,2})\.?")
# what an item's words open with: a capital (a letter, not a number, a bullet or a table's cell)
_ITEM_WORDS = re.compile(r"[^\W\d_]")


def _words_below(match: str, end: int, nxt: tuple[int, int]) -> bool:
    """Whether the piece ``nxt`` holds an item's words on the line below a piece that ends at ``end``: next line (a
    blank line between at most), opening with a capital letter."""
    between = match[end:nxt[0]]
    return 1 <= between.count("\n") <= 2 and not between.strip() and bool(_ITEM_WORDS.match(match, nxt[0])) \
        and match[nxt[0]].isupper()


def number_paragraphs(match: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` (the non-empty line pieces of the match form, in order, as (start, end)) with a bare number's line
    joined to the item's words below it, and a title's line that ends with its first sub-item's number cut before
    that number, the number joined to the words below it."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        start, end = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if nxt is not None and _words_below(match, end, nxt):
            if _BARE_NUMBER.fullmatch(match, start, end):
                out.append((start, nxt[1]))
                i += 2
                continue
            trailing = _TRAILING_NUMBER.fullmatch(match, start, end)
            if trailing is not None:
                title_end = trailing.start("sub")
                while match[title_end - 1] in " \t":
                    title_end -= 1
                out.extend([(start, title_end), (trailing.start("sub"), nxt[1])])
                i += 2
                continue
        out.append((start, end))
        i += 1
    return out
