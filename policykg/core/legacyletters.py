"""Vietnamese letters a legacy code page turned into Western ones: a text once saved in Windows-1258 and read back as
Windows-1252 / Latin-1 before it was written as UTF-8, as old legal-document sites publish it ("Thông tý này có hiệu
lực", "Hội ðồng Bộ trýởng", "ngân sách Trung ýõng", "Hàng nãm, Bộ Y tế lập dự toán", "Bộ Tý pháp"). The code page
writes the four letters with a breve or a horn and no tone mark (ư ơ ă đ, and their capitals) on the bytes that
Windows-1252 reads as ý õ ã ð (Ý Õ Ã Ð); the letters with a tone mark came through as they were ("những", "trợ").

The Đ's twin Ð is a look-alike the match form folds everywhere (:mod:`policykg.core.textnorm`); in such a text it is
written back too, as the others, so that the text's quotes read right. The other three are
letters of Vietnamese too ("ý kiến", "rõ", "đã"), so a text is read as such a mojibake only on strong evidence: three
times or more "ươ" spelled "ý" + an ơ ("ngýời", "phýõng"), a pair no Vietnamese word writes. In such a text a word is
written back letter for letter only where its spelling is no Vietnamese syllable and the repaired one is:

- ý before an ơ ("trýờng" -> "trường"), before a, u, m, g or i, or before n or c not followed by h ("ýu tiên" ->
  "ưu tiên"; "quýt", "huých" keep theirs), or ending a word after an onset the vowel y never follows ("nhý",
  "Thông tý", "dý luận" -> "như", "Thông tư", "dư luận"; "lý", "ký", "quý", "chú ý" keep theirs);
- õ after ư ("ýõng" -> "ương") or after an onset whose syllables with õ and that ending do not exist ("cõ sở", "hõn",
  "ðõn vị", "nõi" -> "cơ sở", "hơn", "đơn vị", "nơi"; "rõ", "võ", "cõi", "dõi", "ngõ", "nõn" keep theirs);
- ã before m, n or ng, where the ă's syllables stand ("nãm", "khó khãn", "tãng cýờng" -> "năm", "khó khăn", "tăng";
  "đã", "xã", "triển lãm", "mãn", "giãn", "nhãn", "lãng phí", "hãng" keep theirs).

Each letter is replaced by one letter, its case kept: the offsets of the text hold. The repair is made where the text
is decoded (:func:`policykg.core.textnorm.source_text`): the graph's names and quotes read the letters written back.

>>> repaired_legacy_letters("Thông tý này nhý sau: Hội ðồng Bộ trýởng, ngýời dân, Trung ýõng, nãm 1992, cõ sở, chú ý, rõ, ðã")
'Thông tư này như sau: Hội đồng Bộ trưởng, người dân, Trung ương, năm 1992, cơ sở, chú ý, rõ, đã'
>>> repaired_legacy_letters("Ý kiến của Bộ Tư pháp về quản lý: rõ ràng, đã xong")     # no evidence: as it is
'Ý kiến của Bộ Tư pháp về quản lý: rõ ràng, đã xong'
"""

from __future__ import annotations

import re

__all__ = ["legacy_words_repaired", "repaired_legacy_letters"]

_HORN_O = "ơớờởỡợõƠỚỜỞỠỢÕ"
_EVIDENCE = re.compile(f"[ýÝ][{_HORN_O}]")      # "ươ" spelled "ý" + an ơ: no Vietnamese word writes it
_LEAST_EVIDENCE = 3
_WORD = re.compile(r"[^\W\d_]+")

# Onsets the vowel y never follows at a word's end (so "ý" there is an "ư"); "ð" is the Đ's look-alike.
_NOT_Y_ONSETS = frozenset("b c ch d đ ð g gi kh n ng nh ph r s t th tr x".split())
# Onsets of syllables with ơ by the ending that follows (""/n/i/m), where õ with that ending makes no word:
# "cõ" is "cơ" but "cõi" is a word; "nõi" is "nơi" but "nõn" is a word.
_O_ONSETS = {
    "": frozenset("c s t th h đ ð x gi d nh ph tr kh n".split()),
    "n": frozenset("c s t th h đ ð x gi d nh ph tr kh b ch l".split()),
    "i": frozenset("s t th h đ ð x nh ph tr kh n b ch r".split()),
    "m": frozenset("c s th đ ð b n r".split()),
}
# Onsets of syllables with ă by the ending (m/n/ng), where ã with that ending makes no word ("triển lãm", "mãn",
# "giãn", "nhãn", "lãng", "hãng", "vãng" are words).
_A_ONSETS = {
    "m": frozenset(" b c ch d đ ð g gi h kh n ng nh ph r s t th tr v x".split(" ")),     # "" too: "ăm" ("ãm")
    "n": frozenset("b c ch d đ ð g h kh n ng ph r s t th tr v x".split()),
    "ng": frozenset("b c ch d đ ð g gi kh n ng nh ph r s t th tr x".split()),
}
_ONE_FOR_ONE = {"ý": "ư", "õ": "ơ", "ã": "ă"}
_ETH = str.maketrans("ðÐ", "đĐ")


def _y_is_horned_u(word: str, i: int) -> bool:
    after = word[i + 1:i + 3]
    if after[:1] and after[0] in _HORN_O.lower():
        return True
    if after[:1] in ("a", "u", "m", "g", "i"):
        return True
    if after[:1] in ("n", "c"):
        return after[1:2] != "h"
    return after == "" and word[:i] in _NOT_Y_ONSETS


def _o_is_horned(word: str, i: int) -> bool:
    if i > 0 and word[i - 1] in "ýư":
        return True
    onsets = _O_ONSETS.get(word[i + 1:])
    return onsets is not None and word[:i] in onsets


def _a_is_breved(word: str, i: int) -> bool:
    ending = word[i + 1:]
    if ending not in _A_ONSETS:
        return False
    return word[:i] in _A_ONSETS[ending]


_TESTS = {"ý": _y_is_horned_u, "õ": _o_is_horned, "ã": _a_is_breved}


def _repaired_word(m: re.Match) -> str:
    word = m.group(0)
    low = word.lower()
    if not any(c in low for c in _TESTS):
        return word
    chars = list(word)
    for i, c in enumerate(low):
        if c in _TESTS and _TESTS[c](low, i):
            chars[i] = _ONE_FOR_ONE[c].upper() if word[i].isupper() else _ONE_FOR_ONE[c]
            low = low[:i] + _ONE_FOR_ONE[c] + low[i + 1:]      # "ýõng": the ư read, the õ after it is an ơ
    return "".join(chars)


def repaired_legacy_letters(text: str) -> str:
    """``text`` with the letters of a Windows-1258 text read as Windows-1252 written back (see the module), when the
    text shows the evidence; else ``text`` itself. Same length, one letter for one."""
    if ("ý" not in text and "Ý" not in text) or len(_EVIDENCE.findall(text)) < _LEAST_EVIDENCE:
        return text
    return legacy_words_repaired(text).translate(_ETH)


def legacy_words_repaired(text: str) -> str:
    """``text`` with every word whose spelling is such a mojibake's and no Vietnamese syllable written back, whatever
    the evidence: for a short quote of such a text, compared with the repaired text (an evaluation's key).

    >>> legacy_words_repaired("ngân sách trung ýõng, quản lý, triển lãm")
    'ngân sách trung ương, quản lý, triển lãm'
    """
    return _WORD.sub(_repaired_word, text)
