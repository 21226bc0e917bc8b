"""``firstletters`` (round 33, issue 12): ``deadlinecues.DEADLINE`` searched only where a match can begin.

DEADLINE's branches open with look-behinds (``(?<!\\w)(?:định kỳ ...)?(?:trước|trong|...)``, ``(?<=\\()``), so re
tried the whole pattern at every character of each clause ``deadlines.find_deadline`` reads. ``first_letters`` reads
the pattern's parse for the first letters of its matches (and the bracket one starts after); ``FirstLetters`` tries
the pattern only where they stand. Checked here: the reading on small patterns (what it must refuse), and the matches
against the pattern's own ``finditer`` on invented clauses, random strings of its letters and texts of the genre.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from policykg.graph_builder import deadlinecues, deadlines
from policykg.graph_builder.firstletters import FirstLetters, first_letters
from policykg.graph_builder.read import read_source
from policykg.graph_builder.vocabulary import lower_same_length


def test_the_first_letters_of_small_patterns():
    assert first_letters(re.compile(r"(?<!\w)(?:ab|c)d")) == (frozenset({"abd", "cd"}), frozenset())
    assert first_letters(re.compile(r"(?:x[yz])?w")) == (frozenset({"xyw", "xzw", "w"}), frozenset())
    assert first_letters(re.compile(r"(?<=\()\s*\d|q")) == (frozenset({"q"}), frozenset({"("}))
    assert first_letters(re.compile(r"(?:ab)+c")) == (frozenset({"ab"}), frozenset())   # a second round: unknown


@pytest.mark.parametrize("pattern", [r"a?", r"\w+x", r"(?i)abc", r"a(?:(?<=a)b)", r"(?:(?<=\()\s*)?x", r"(?<=ab)c",
                                     r"[^a]b", r"(?:(?<=\()x)*y"])
def test_what_the_reading_refuses(pattern):
    """A match that can begin with any letter or be empty, a case-insensitive pattern, a look-behind after letters,
    of two characters, or one a match can do without: no first letters (the pattern's own search is used)."""
    assert first_letters(re.compile(pattern)) is None
    assert not FirstLetters(re.compile(pattern)).exact


def test_the_deadline_pattern_is_read():
    prefixes, afters = first_letters(deadlinecues.DEADLINE)
    assert {"trướ", "tron", "chậm", "định", "hằng", "thời"} <= prefixes and afters == {"("}
    assert deadlines._DEADLINES.exact


_CLAUSES = ["sở y tế chủ trì, hoàn thành trước ngày 30/6/2026; báo cáo định kỳ hằng quý.",
            "thực hiện (quý ii/2026).\n", "(trong năm 2027, quý i/2028 và thường xuyên)\n", "x(năm 2026)\n",
            "triển khai trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận hồ sơ", "thời gian: quý iv/2025",
            "từ ngày 01/7/2026 đến ngày 31/12/2026", "năm 2026 và các năm tiếp theo; đến năm 2026 và các năm tiếp theo",
            "chậm nhất là ngày 15 hằng tháng", "vào thứ sáu hằng tuần", "định kỳ 6 tháng một lần hoặc đột xuất",
            "((quý iii/2026)\n", "trướctrước ngày 1/1/2026"]


def _genre_lows() -> list[str]:
    genre = Path(__file__).parent / "data" / "genre"
    return [lower_same_length(read_source(p).match) for split in ("tune", "heldout") for p in sorted((genre / split).iterdir())]


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def test_the_deadlines_are_those_of_the_pattern_everywhere():
    fast, plain = deadlines._DEADLINES, deadlinecues.DEADLINE
    rng = random.Random(33)
    letters = list("trước ngày 30/6/2026 (quý ii năm) hằng thời hạn: chậm nhất\n")
    texts = _CLAUSES + ["".join(rng.choice(letters) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    for text in texts + _genre_lows():
        for pos, endpos in [(0, len(text)), (1, len(text)), (len(text) // 3, 2 * len(text) // 3), (2, len(text) + 5)]:
            assert _spans(fast.finditer(text, pos, endpos)) == _spans(plain.finditer(text, pos, endpos)), (text, pos)


def test_a_match_right_after_a_bracket_before_the_searched_part_is_found():
    """"(" just before ``pos``: the closing years' branch (``(?<=\\()``) can match at ``pos`` itself."""
    text = "x (năm 2026)\n"
    pos = text.index("(") + 1
    assert _spans(deadlines._DEADLINES.finditer(text, pos)) == _spans(deadlinecues.DEADLINE.finditer(text, pos)) != []


def test_without_the_private_parser_the_search_is_the_patterns_own(monkeypatch):
    """CPython's ``re._parser`` is private: when a release moves it, the reading says "cannot say" and the search is
    the pattern's own, with the same matches (fails when the module needs the parser to search)."""
    from policykg.graph_builder import firstletters
    monkeypatch.setattr(firstletters, "P", None)
    assert first_letters(deadlinecues.DEADLINE) is None
    text = "Hoàn thành trước ngày 30/6/2026 (quý II năm 2026), định kỳ trước ngày 15 hằng tháng."
    searched = FirstLetters(deadlinecues.DEADLINE)
    assert not searched.exact
    assert [m.span() for m in searched.finditer(text)] == [m.span() for m in deadlinecues.DEADLINE.finditer(text)] != []
