"""Letters in the builder's patterns: ``textnorm.UPPER``, the capitals of Vietnamese, and ``textnorm.LOWER``, its small
letters (``cues.UPPER`` is the same class).

The range ``À-Ỹ`` (U+00C0..U+1EF8) that patterns once used for "a capital" holds every lower-case accented letter
too (à, đ, ư, ơ, ủ ...), so a "line in capitals" matched "ủy ban" and a "lower-case word" could not open with "đ".
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from policykg.core import textnorm

ROOT = Path(__file__).resolve().parent.parent
VIETNAMESE_LOWER = "aàáảãạăắằẳẵặâấầẩẫậbcdđeèéẻẽẹêếềểễệghiìíỉĩịklmnoòóỏõọôốồổỗộơớờởỡợpqrstuùúủũụưứừửữựvxyỳýỷỹỵfjwz"


def test_upper_holds_the_capital_of_every_vietnamese_letter_and_nothing_else():
    capitals = re.compile("[" + textnorm.UPPER + "]")
    assert all(capitals.fullmatch(letter.upper()) for letter in VIETNAMESE_LOWER)
    assert not any(capitals.fullmatch(letter) for letter in VIETNAMESE_LOWER)
    assert capitals.fullmatch(unicodedata.normalize("NFC", "Ữ"))


def test_lower_holds_every_lower_case_vietnamese_letter_and_no_capital():
    small = re.compile("[" + textnorm.LOWER + "]")
    assert all(small.fullmatch(letter) for letter in VIETNAMESE_LOWER)
    assert not any(small.fullmatch(letter.upper()) for letter in VIETNAMESE_LOWER)


def test_no_pattern_of_the_builder_takes_the_accented_range_for_capitals():
    idiom = re.compile(r"A-Z[ĐÀ]?À-Ỹ|A-ZÀ-ỸĐ|a-zđà-ỹ")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "graph_builder").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if idiom.search(line)]
    assert found == []
