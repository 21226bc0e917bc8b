"""Cue-word gates of the duty triggers (round 33, issue 12): ``duties`` searches a clause with the lead, cooperation
and responsibility patterns only where one of their words stands in it (``triggergates.LEAD_TRIGGER``,
``COOPERATE_TRIGGER``, ``RESPONSIBLE_TRIGGER``: a ``cuedpatterns.CuedPattern`` each since round 34).

Each pattern's parsed form is read (``holds_a_word`` of round 32): every match must hold one of its words, so a pattern
changed without its cue words fails here; a clause without them is not searched; and the triggers found on sentences
of the genre are those the ungated search finds.
"""

from __future__ import annotations

import pytest
from test_cue_gates_round32 import holds_a_word

from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions import duties, triggergates
from policykg.graph_builder.cuedpatterns import CuedPattern
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LEXICON = load_lexicon()


@pytest.mark.parametrize("name", ["LEAD", "COOPERATE", "RESPONSIBLE"])
def test_each_trigger_pattern_holds_its_cue_words(name):
    cued = getattr(triggergates, name + "_TRIGGER")
    assert cued.pattern is getattr(dutycues, name) and holds_a_word(cued.pattern, cued.words), name


def test_a_pattern_that_could_match_without_its_words_is_told():
    assert not holds_a_word(r"(?<!\w)(?:chủ trì|phụ trách)(?!\w)", ("chủ trì",))


def _build(body: str):
    text = "KẾ HOẠCH\nPhòng chống thiên tai năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n\n" + body
    return build_source(source_from_string(text, name="kh.txt"), LEXICON)


_BODY = ("1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm tra các hồ chứa.\n\n"
         "2. Ủy ban nhân dân các huyện có trách nhiệm bố trí lực lượng ứng trực.\n\n"
         "3. Sở Y tế bảo đảm thuốc men.\n\n"
         "4. Đài Phát thanh và Truyền hình tỉnh cùng Báo Sơn La đưa tin kịp thời.\n")


def test_a_clause_without_a_cue_word_is_not_searched(monkeypatch):
    searched, lead = [], triggergates.LEAD_TRIGGER

    class Recorded(CuedPattern):
        def finditer(self, text, start, end):
            searched.append((text[start:end], self.stands_in(text, start, end)))
            return super().finditer(text, start, end)
    monkeypatch.setattr(duties, "LEAD_TRIGGER", Recorded(lead.pattern, lead.words))
    _build(_BODY)
    assert any("chủ trì" in clause and searched_it for clause, searched_it in searched)
    assert any("bảo đảm thuốc men" in clause for clause, _ in searched)
    assert all(searched_it == any(w in clause for w in lead.words) for clause, searched_it in searched)


def test_the_gated_triggers_give_the_assertions_of_the_ungated_search(monkeypatch):
    gated = [(a.relation, a.subjects, a.objects, a.text) for a in _build(_BODY).assertions]
    monkeypatch.setattr(CuedPattern, "stands_in", lambda self, text, start=0, end=None: True)
    assert [(a.relation, a.subjects, a.objects, a.text) for a in _build(_BODY).assertions] == gated
    assert any(r == "coordination" for r, *_ in gated) and any(r == "task" for r, *_ in gated)
