"""A signature block's line wrapped inside a post or an organ's name: a narrow column, a copy's line width ("KT. GIÁM" /
"ĐỐC", "THỨ" / "TRƯỞNG", "KT. BỘ" / "TRƯỞNG BỘ Y TẾ", "TM. ỦY BAN" / "NHÂN DÂN").

Two lines of one cell each, in capitals, the second under the first (within a few columns), are read as one line when
a post's name or an organ's head noun runs over the break: a name the vocabulary writes ("THỨ TRƯỞNG", "ỦY BAN NHÂN
DÂN") holds the last word of the first line and the first of the second. Lines that each end their post ("KT. CHỦ
TỊCH" / "PHÓ CHỦ TỊCH") stay two: no name runs over their break.
"""

from __future__ import annotations

import functools

from policykg.graph_builder.flatfooter import LAID_OUT
from policykg.graph_builder.organs import is_caps
from policykg.ontology.lexicon import Lexicon

__all__ = ["rejoined_posts"]



@functools.lru_cache(maxsize=4)
def _names(lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The posts' names and the head nouns, in capitals, as word tuples of two words or more."""
    names = {n.upper() for n in lexicon.post_names()} | {n.upper() for n, _ in lexicon.head_nouns()}
    return tuple(sorted({tuple(n.split()) for n in names if len(n.split()) >= 2}))


def _runs_over(before: list[str], after: list[str], lexicon: Lexicon) -> bool:
    """A name of ``_names`` holds the last word of ``before`` and the first of ``after``."""
    for name in _names(lexicon):
        for cut in range(1, len(name)):
            if tuple(before[-cut:]) == name[:cut] and tuple(after[:len(name) - cut]) == name[cut:]:
                return True
    return False


def rejoined_posts(lines: list[tuple[int, str]], lexicon: Lexicon) -> list[tuple[int, str]]:
    """``lines`` (where each starts, its text) with each post or organ's name wrapped over two lines read as one line
    (at the first line's place).

    >>> from policykg.ontology import load_lexicon
    >>> lines = [(0, "   KT. BỘ"), (10, "   TRƯỞNG BỘ Y TẾ"), (28, "   THỨ"), (35, "   TRƯỞNG"), (45, "   Đỗ Xuân Tuyên")]
    >>> [t for _, t in rejoined_posts(lines, load_lexicon())]
    ['   KT. BỘ TRƯỞNG BỘ Y TẾ', '   THỨ TRƯỞNG', '   Đỗ Xuân Tuyên']
    >>> [t for _, t in rejoined_posts([(0, "KT. CHỦ TỊCH"), (13, "PHÓ CHỦ TỊCH")], load_lexicon())]
    ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
    """
    out: list[tuple[int, str]] = []
    for pos, line in lines:
        if out and _wrapped(out[-1][1], line, lexicon):
            out[-1] = (out[-1][0], out[-1][1].rstrip() + " " + line.strip())
        else:
            out.append((pos, line))
    return out


def _wrapped(first: str, second: str, lexicon: Lexicon) -> bool:
    a, b = first.strip(" *_"), second.strip(" *_")
    if not a or not b or not is_caps(b) or not is_caps(a) or LAID_OUT.search(a) or LAID_OUT.search(b):   # (cheapest first)
        return False
    indent = abs((len(first) - len(first.lstrip())) - (len(second) - len(second.lstrip())))
    return indent <= 6 and _runs_over(a.split(), b.split(), lexicon)
