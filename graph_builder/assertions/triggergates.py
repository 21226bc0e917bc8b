"""The duty triggers with their cue words (issue 12, round 33): ``duties`` reads a clause's lead ("chủ trì", "đầu
mối", ...), cooperation ("phối hợp với", ...) and responsibility ("có trách nhiệm", "phải", ...) triggers with three
patterns of ``dutycues`` that open with a look-behind, so ``re`` tries them at every position of the clause. Each
match of each of them holds one of a few words: as a ``CuedPattern`` (``cuedpatterns.py``), a clause of
``Context.scan`` that holds none of its pattern's words is not searched with it, which finds what the search would
have found: nothing. ``tests/test_trigger_gates_round33.py`` reads each pattern's parsed form and fails when a match
could miss its words.

>>> list(LEAD_TRIGGER.finditer("sở y tế thực hiện.", 0, 18))
[]
>>> [m.group(0) for m in LEAD_TRIGGER.finditer("a chủ trì", 0, 9)]
['chủ trì']
"""

from __future__ import annotations

from policykg.graph_builder import dutycues
from policykg.graph_builder.cuedpatterns import CuedPattern

__all__ = ["COOPERATE_TRIGGER", "LEAD_TRIGGER", "RESPONSIBLE_TRIGGER"]

# the words (lower-case match form) one of which each match of the pattern holds
LEAD_TRIGGER = CuedPattern(dutycues.LEAD, ("chủ trì", "đầu mối", "thường trực", "nòng cốt", "chịu trách nhiệm"))
COOPERATE_TRIGGER = CuedPattern(dutycues.COOPERATE, ("phối hợp", "cùng", "tham gia"))
RESPONSIBLE_TRIGGER = CuedPattern(dutycues.RESPONSIBLE, ("trách nhiệm", "phải", "cần", "được", "nhiệm vụ"))
