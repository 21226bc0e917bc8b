"""Cue-word gates of round 32 (issue 12): a reader skips a sentence only where its pattern cannot match.

``assertions.reportedto.receiver_duty`` ("... báo cáo về Sở Tư pháp để tổng hợp ...") searches its pattern only in a
sentence holding "báo cáo" or "phản ánh"; round 31's ``readergates.READER_CUES`` name, beside each reader of
``recognise``, the words one of which each of its matches holds. Both are a ``cuedpatterns.CuedPattern`` since round
34 (the pattern with its words), the words written by hand beside the pattern: :func:`holds_a_word` reads a pattern's parsed form and says whether every match of it holds one of
the words, so a pattern changed without its cue words (or the reverse) fails here instead of silently losing mentions.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P

import pytest

from policykg.graph_builder import bodies, cues, readergates
from policykg.graph_builder.assertions import reportedto
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.vocabulary import vocabulary
from policykg.ontology import load_lexicon

LEXICON = load_lexicon()
VOCAB = vocabulary(LEXICON)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def _holds(items, words: tuple[str, ...]) -> bool:
    """Every match of the parsed sequence ``items`` holds one of ``words`` (a run of literal letters that contains
    one, or a part every match goes through that holds one); False when the parse cannot say."""
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av).lower()
            if any(w in run for w in words):
                return True
            continue
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue   # zero-width: the letters around it are next to each other in the match
        run = ""
        if op is C.SUBPATTERN and _holds(av[-1], words):
            return True
        if op is C.BRANCH and all(_holds(branch, words) for branch in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _holds(av[2], words):
            return True
    return False


def holds_a_word(pattern: re.Pattern | str, words: tuple[str, ...]) -> bool:
    """Whether every match of ``pattern`` holds one of ``words`` (lower case) in the text it matches.

    >>> holds_a_word(r"(?<!\\w)(?:các\\s+)?(?P<head>sở|bộ)\\s*:", ("sở", "bộ")), holds_a_word(r"sở|ban", ("sở",))
    (True, False)
    """
    text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    return _holds(P.parse(text), words)


def test_the_analyser_tells_a_pattern_that_can_match_without_the_words():
    assert holds_a_word(r"(?<!\w)phong trào(?!\w)", ("phong trào",))
    assert holds_a_word(r"(?:hội đồng|ủy ban|tiểu ban)\s+x", ("hội đồng", "ban"))
    assert not holds_a_word(r"(?:hội đồng|ủy ban|tổ)\s+x", ("hội đồng", "ban"))     # "tổ x" holds neither
    assert not holds_a_word(r"(?:báo cáo)?\s+về", ("báo cáo",))                       # optional: "về" alone
    assert not holds_a_word(r"b[áa]o cáo", ("báo cáo",))                               # a class: "bao cáo"
    assert holds_a_word(r"(?:báo cáo){1,2}", ("báo cáo",))


def test_the_report_pattern_holds_its_gate_words():
    assert holds_a_word(reportedto._REPORT.pattern, reportedto._REPORT.words)


@pytest.mark.parametrize("reader, patterns", [
    (readergates.domain_lists, [cues.DOMAIN_LIST, cues.HEAD_BEFORE_DOMAINS]),
    (readergates.common_bodies, [cues.COMMON_BODY]),
    (readergates.function_bodies, [cues.FUNCTION_BODY]),
    (readergates.kind_bodies, [bodies._KIND_BODY]),
    (readergates.hamlet_bodies, [VOCAB.hamlet_regex]),
    (readergates.plural_units, [bodies._plural_units(bodies._armed_heads(VOCAB))]),
], ids=lambda x: getattr(x, "__name__", ""))
def test_each_gated_readers_pattern_holds_its_cue_words(reader, patterns):
    for pattern in patterns:
        assert holds_a_word(pattern, readergates.READER_CUES[reader].words), pattern.pattern[:80]


class _CountedSearches:
    """A pattern that counts the sentences it is searched in."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.searched = pattern, []

    def finditer(self, text, start, end):
        self.searched.append(text[start:end])
        return self.pattern.finditer(text, start, end)


def _build(body: str):
    text = "KẾ HOẠCH\nPhòng chống thiên tai năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n\n" + body
    return build_source(source_from_string(text, name="kh.txt"), LEXICON)


def test_a_duty_without_a_report_word_is_not_searched_for_a_report(monkeypatch):
    counted = _CountedSearches(reportedto._REPORT.pattern)
    monkeypatch.setattr(reportedto._REPORT, "pattern", counted)
    _build("1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm tra các hồ chứa.\n\n"
           "2. Ủy ban nhân dân các huyện có trách nhiệm bố trí lực lượng ứng trực.\n")
    assert counted.searched == []


def test_the_receiver_of_a_report_still_holds_its_task(monkeypatch):
    counted = _CountedSearches(reportedto._REPORT.pattern)
    monkeypatch.setattr(reportedto._REPORT, "pattern", counted)
    result = _build("1. Sở Nông nghiệp và Môi trường hướng dẫn các xã.\n\n2. Trong quá trình thực hiện, nếu có vướng "
                    "mắc, các địa phương kịp thời phản ánh về Sở Tài chính để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n")
    assert counted.searched and all("phản ánh" in s or "báo cáo" in s for s in counted.searched)
    tasks = [(a.subjects, a.text) for a in result.assertions
             if a.relation == "task" and a.subjects == ["https://w3id.org/policykg/actor/so-tai-chinh"]]
    assert tasks == [(["https://w3id.org/policykg/actor/so-tai-chinh"],
                      "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")]
