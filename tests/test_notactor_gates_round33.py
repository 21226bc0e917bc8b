"""The word gates of ``notactors.not_an_actor`` (round 33, issue 12): the patterns it searches in the 60 (160, 300)
characters before every actor mention ("giả danh | ...", "nguyên Bí thư | ...", "cụm từ “| ...", "https://... |",
"tại trụ sở | ...", "thành phố | Hội An", "đại diện lãnh đạo các | ...") end with "$": re tried each of them, its
look-behind first, at each character of the window. Each is now searched only where the window holds one of the
words every match of it holds (``_IMPERSONATED``, ...: a ``cuedpatterns.CuedPattern`` each since round 34, the
pattern with its words). The words are written by hand beside the patterns:
here each pattern's parse is read (round 32's ``holds_a_word``) so a pattern changed without its words fails, and
the gated function is checked against the ungated one on invented sentences of each form and on texts of the genre.
"""

from __future__ import annotations

import re._constants as C
import re._parser as P
from pathlib import Path

import pytest

from policykg.graph_builder import notactors as N
from policykg.graph_builder.cuedpatterns import CuedPattern
from policykg.graph_builder.read import read_source, source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon
from tests.test_cue_gates_round32 import holds_a_word

LEXICON = load_lexicon()

_GATED = [(c.pattern, c.words) for c in (N._IMPERSONATED, N._DEPUTY, N._NO_BODY, N._QUOTED, N._WEB_ADDRESS, N._PLACE,
                                          N._OWNED_PLACE, N._REPRESENTED)]


def _literals(items) -> str:
    """Every literal character of a parsed pattern."""
    out = ""
    for op, av in items:
        if op is C.LITERAL:
            out += chr(av)
        elif op is C.SUBPATTERN:
            out += _literals(av[-1])
        elif op is C.BRANCH:
            out += "".join(_literals(b) for b in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            out += _literals(av[2])
    return out


@pytest.mark.parametrize("pattern, words", _GATED, ids=lambda x: getattr(x, "pattern", "")[:30])
def test_every_match_of_a_gated_pattern_holds_one_of_its_words(pattern, words):
    assert holds_a_word(pattern, words), pattern.pattern[:80]
    # searched in the text as written (case kept): the words are its literal letters, none in capitals
    assert _literals(P.parse(pattern.pattern)) == _literals(P.parse(pattern.pattern)).lower()


def test_the_analyser_refuses_words_a_pattern_can_match_without():
    assert not holds_a_word(N._OWNED_PLACE_BEFORE, ("trụ sở", "hội trường"))
    assert not holds_a_word(N._PLACE_BEFORE, ("tỉnh", "xã"))


_SENTENCES = ["Cảnh giác với đối tượng giả danh cán bộ Sở Tài chính gọi điện.",
              "Ông A, nguyên Giám đốc Sở Y tế, phát biểu.", "Tặng Bằng khen của Ủy ban nhân dân tỉnh cho Sở Xây dựng.",
              "Thay thế cụm từ “Sở Nội vụ” bằng cụm từ “Sở Tư pháp”.", "Xem https://www.example.vn/Sở-Y-tế và Sở Y tế.",
              "Họp tại trụ sở Sở Tư pháp; đăng trên Cổng thông tin điện tử của Sở Công Thương.",
              "Thành phần gồm đại diện lãnh đạo các cơ quan chuyên môn và Sở Tài chính.",
              "Các xã Hòa Bình, Tân Tiến; thị trấn Hội An và Sở Nông nghiệp chủ trì.",
              "Phó Chủ tịch Ủy ban nhân dân tỉnh giao Sở Giáo dục và Đào tạo thực hiện."]


def _calls(texts) -> list[tuple]:
    calls, orig = [], N.not_an_actor

    def record(*args):
        calls.append(args)
        return orig(*args)

    import policykg.graph_builder.recognise as R
    R.not_an_actor = record
    try:
        for src in texts:
            find_mentions(src, [], LEXICON)
    finally:
        R.not_an_actor = orig
    return calls


def test_the_gated_function_says_what_the_ungated_one_says(monkeypatch):
    genre = Path(__file__).parent / "data" / "genre"
    texts = [source_from_string(s) for s in _SENTENCES] \
        + [read_source(p) for split in ("tune", "heldout") for p in sorted((genre / split).iterdir())]
    calls = _calls(texts)
    gated = [N.not_an_actor(*args) for args in calls]
    monkeypatch.setattr(CuedPattern, "stands_in", lambda self, text, start=0, end=None: True)
    ungated = [N.not_an_actor(*args) for args in calls]
    assert gated == ungated and sum(gated) >= 6, sum(gated)
