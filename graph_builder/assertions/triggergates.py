"""Cue words of the duty triggers (issue 12, round 33): ``duties`` reads a clause's lead ("chủ trì", "đầu mối", ...),
cooperation ("phối hợp với", ...) and responsibility ("có trách nhiệm", "phải", ...) triggers with three patterns
that open with a look-behind, so ``re`` tries them at every position of the clause. Each match of each of them holds
one of a few words (``TRIGGER_CUES``); a clause of ``Context.scan`` that holds none of its pattern's words is not
searched with it (a substring test in C), which finds what the search would have found: nothing.
``tests/test_trigger_gates_round33.py`` reads each pattern's parsed form and fails when a match could miss its words.

>>> from policykg.graph_builder import dutycues
>>> list(cued(dutycues.LEAD, "sở y tế thực hiện.", 0, 18)), [m.group(0) for m in cued(dutycues.LEAD, "a chủ trì", 0, 9)]
([], ['chủ trì'])
"""

from __future__ import annotations

import re

from policykg.graph_builder import dutycues

__all__ = ["TRIGGER_CUES", "cued"]

# pattern -> the words (lower-case match form) one of which each of its matches holds
TRIGGER_CUES: dict[re.Pattern, tuple[str, ...]] = {
    dutycues.LEAD: ("chủ trì", "đầu mối", "thường trực", "nòng cốt", "chịu trách nhiệm"),
    dutycues.COOPERATE: ("phối hợp", "cùng", "tham gia"),
    dutycues.RESPONSIBLE: ("trách nhiệm", "phải", "cần", "được", "nhiệm vụ"),
}


def cued(pattern: re.Pattern, scan: str, start: int, end: int):
    """``pattern.finditer(scan, start, end)``, or nothing where none of its ``TRIGGER_CUES`` is in [start, end)."""
    for word in TRIGGER_CUES[pattern]:
        if scan.find(word, start, end) >= 0:
            return pattern.finditer(scan, start, end)
    return ()
