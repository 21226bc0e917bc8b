"""A pattern with its cue words: searched only where one of the words stands (issue 12, rounds 31-34).

Many patterns of the builder can only match around a word they spell out ("chủ trì" for a lead, "phong trào" for a
movement, "giả danh" for the body a swindler passes for) but open with a look-behind or end with "$", so ``re`` tries
them at every position of the text it is given. A ``CuedPattern`` holds such a pattern with those words: lower-case
literals one of which every match of the pattern holds inside it (no look-around). Where none of them stands in
[start, end) the pattern is not searched (a substring test in C) and gives what the search would have given:
nothing. Its users: the duty triggers of ``assertions/triggergates.py``, the words before a mention of
``notactors.py``, the report of ``assertions/reportedto.py``, and the sentence readers of ``recognise`` gated by
``readergates.py`` (there the pattern is the reader, a function that searches its own patterns). The words are
written by hand beside each pattern: ``tests/test_cue_gates_round32.py``, ``tests/test_trigger_gates_round33.py``
and ``tests/test_notactor_gates_round33.py`` read each pattern's parse and fail when a match could miss its words.

(Round 34 made the one type of three forms of the idea: round 31's ``ReaderGate`` with its ``READER_CUES``, round
33's ``triggergates.cued`` with its ``TRIGGER_CUES``, and ``notactors``' ``_holds`` with its pairs of ``_X_WORDS``
and ``_X_BEFORE``.)

>>> import re
>>> lead = CuedPattern(re.compile(r"(?<!\\w)chủ trì(?!\\w)"), ("chủ trì",))
>>> list(lead.finditer("sở y tế thực hiện.")), lead.search("sở a chủ trì.").group(0)
([], 'chủ trì')
>>> lead.stands_in("sở a chủ trì.", 0, 8), lead.search("sở a chủ trì.", 0, 8)
(False, None)
"""

from __future__ import annotations

import re
import sys
from typing import Iterator

__all__ = ["CuedPattern"]


class CuedPattern:
    """``pattern`` (a compiled regex; for ``readergates`` a reader) with ``words``, one of which each of its matches
    holds (lower case, in the form it is searched in)."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern, words: tuple[str, ...]):
        self.pattern, self.words = pattern, words

    def stands_in(self, text: str, start: int = 0, end: int = sys.maxsize) -> bool:
        """Whether one of the words stands in ``text[start:end]``: the pattern may match there."""
        for word in self.words:
            if text.find(word, start, end) >= 0:
                return True
        return False

    def finditer(self, text: str, start: int = 0, end: int = sys.maxsize) -> Iterator[re.Match]:
        """``pattern.finditer(text, start, end)``, or nothing where none of the words stands in [start, end)."""
        return self.pattern.finditer(text, start, end) if self.stands_in(text, start, end) else iter(())

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> re.Match | None:
        """``pattern.search(text, start, end)``, or None where none of the words stands in [start, end)."""
        return self.pattern.search(text, start, end) if self.stands_in(text, start, end) else None
