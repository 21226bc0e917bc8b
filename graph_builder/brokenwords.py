"""A header's name in capitals whose words a PDF's conversion broke apart, letters of one word parted by spaces and
two words run together at random ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH", "B Ộ T ƯPHÁP"): its letters spaced
again into the words the ontology's names write ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"), so that the name can be
read.

Only a name in capitals of letters and spaces with two words of one letter or more (no Vietnamese organ's name has
two) is spaced again; its letters, run together, are parted into the fewest words of the ontology's names and head
nouns (their diacritics as written: a letter OCR misread makes no word and leaves the name as printed), the longer
first word first where two partings have as many words. None when the letters make no such words.

>>> from policykg.ontology import load_lexicon
>>> respaced_capitals("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH", load_lexicon())
'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'
>>> respaced_capitals("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", load_lexicon()) is None     # no broken word
True
"""

from __future__ import annotations

import functools
import re

from policykg.graph_builder.vocabulary import ontology_names
from policykg.ontology.lexicon import Lexicon

__all__ = ["respaced_capitals"]

_LETTERS_AND_SPACES = re.compile(r"[^\W\d_]+(?: +[^\W\d_]+)*")
_LEAST_BROKEN = 2       # words of one letter in a name broken by a conversion


@functools.lru_cache(maxsize=4)
def _name_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of the ontology's names, head nouns, posts and levels, in capitals."""
    return frozenset(w.upper() for name in ontology_names(lexicon) for w in re.findall(r"[^\W\d_]+", name))


def respaced_capitals(name: str, lexicon: Lexicon) -> str | None:
    """``name`` (a line in capitals) with its letters spaced again into the ontology's words (see the module), or
    None when it shows no broken words or its letters make none."""
    name = " ".join(name.split())
    if not _LETTERS_AND_SPACES.fullmatch(name) or not name.isupper():
        return None
    if sum(len(w) == 1 for w in name.split(" ")) < _LEAST_BROKEN:
        return None
    letters = name.replace(" ", "")
    words = _name_words(lexicon)
    longest = max(map(len, words))
    best: list[tuple[int, tuple[str, ...]] | None] = [None] * (len(letters) + 1)    # fewest words up to each letter
    best[0] = (0, ())
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - longest), end):
            if best[start] is None or letters[start:end] not in words:
                continue
            count, parted = best[start]
            option = (count + 1, (*parted, letters[start:end]))
            if best[end] is None or option[0] < best[end][0] or (
                    option[0] == best[end][0] and [-len(w) for w in option[1]] < [-len(w) for w in best[end][1]]):
                best[end] = option
    if best[-1] is None:
        return None
    respaced = " ".join(best[-1][1])
    return respaced if respaced != name else None
