"""One type for "search a pattern only where one of its cue words stands" (round 34c, tidy; no output byte changed):
``cuedpatterns.CuedPattern`` serves the readers of ``recognise`` (``readergates.READER_CUES``), the duty triggers
(``assertions/triggergates``), the words before a mention (``notactors``) and the report (``assertions/reportedto``),
where three forms of the idea stood side by side. Guards: they fail before the change (no ``cuedpatterns`` module;
``TRIGGER_CUES``, ``_holds`` and ``_REPORT_WORDS`` stood apart) and pass after it; the sentences are invented."""

from __future__ import annotations

import re

from policykg.graph_builder import notactors, readergates
from policykg.graph_builder.assertions import reportedto, triggergates
from policykg.graph_builder.cuedpatterns import CuedPattern


def test_every_form_of_the_idea_is_a_cued_pattern():
    assert all(isinstance(c, CuedPattern) and c.pattern is r for r, c in readergates.READER_CUES.items())
    assert all(isinstance(getattr(triggergates, n + "_TRIGGER"), CuedPattern) for n in ("LEAD", "COOPERATE", "RESPONSIBLE"))
    assert not hasattr(triggergates, "TRIGGER_CUES") and not hasattr(triggergates, "cued")
    assert not hasattr(notactors, "_holds") and isinstance(notactors._PLACE, CuedPattern)
    assert isinstance(reportedto._REPORT, CuedPattern) and not hasattr(reportedto, "_REPORT_WORDS")


def test_a_cued_pattern_finds_what_its_pattern_finds_where_a_word_stands_and_nothing_elsewhere():
    cued = CuedPattern(re.compile(r"(?<!\w)(?:giả danh|mạo danh)\s+(\w+)"), ("danh",))
    text = "kẻ gian mạo danh nhân viên điện lực; sở công thương cảnh báo người dân."
    assert [m.span() for m in cued.finditer(text, 0, len(text))] == [m.span() for m in cued.pattern.finditer(text)] != []
    assert cued.search(text, 0, len(text)).group(1) == "nhân"
    cut = text.index(";")
    assert cued.stands_in(text, 0, cut) and not cued.stands_in(text, cut, len(text))
    assert cued.search(text, cut, len(text)) is None and list(cued.finditer(text, cut, len(text))) == []
    # a word that stands only partly inside [start, end) does not open it
    assert not cued.stands_in(text, 0, text.index("danh") + 2)


def test_a_reader_gate_opens_where_its_readers_cue_word_stands():
    low = "các trường học trên địa bàn tổ chức ngày hội."
    gate = readergates.ReaderGate(low, 0, len(low))
    assert gate.opens(readergates.kind_bodies) and not gate.opens(readergates.movements)
    gate = readergates.ReaderGate(low, low.index("trường"), len(low))   # "các" left outside the sentence
    assert not gate.opens(readergates.kind_bodies)
