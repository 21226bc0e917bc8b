"""Places whose name holds a head noun's syllable, read after their level word: "thành phố Hải Phòng", "phường Yên
Sở", "thành phố Hội An", "huyện Trường Sa", "xã Đoàn Kết". A one-word head noun written in title case ("Phòng",
"Sở", "Hội", "Trường", "Đoàn") goes on the place instead of opening a name of its own:

- after the place's first word(s), when the line ends, a mark, a clause's word or a verb follows it ("thành phố Hải Phòng |
  giao ...", "phường Yên Sở,"); before a name or a level ("quận Hoàng Mai | Phòng Tài chính ...", "tỉnh Quảng Ngãi
  | Thuế tỉnh ...") it still opens the next body's name;
- right after the level word, when one or two title-case words follow it and then the line ends, a mark, a
  clause's word or a verb ("thành phố Hội An | giao ...", "huyện Trường Sa,"); a head that goes on in lower case ("Sở Y tế") or a head
  of more words ("Ban Chỉ đạo") is a body's.

Only one space from the word before, on the line. Never a head noun that is a verb's first word ("tỉnh Lào Cai | Ban hành ...") nor a known name. Used by
:meth:`names._NameScan._level_and_place`.
"""

from __future__ import annotations

from policykg.graph_builder import cues
from policykg.graph_builder.vocabulary import starts_verb

__all__ = ["head_syllable_of_place"]

# the words of a clause, never a body's domain: "Hải Phòng | giao ...", "Yên Sở | và ..."
_CLAUSE_WORDS = cues.NAME_STOP_WORDS | cues.INTRODUCED_GAP_STOPS


def _title(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def head_syllable_of_place(scan, i: int, begun: bool) -> bool:
    """Token ``i`` of ``scan`` (a name scan: its tokens, match form, head and known-name starts) is a head noun's
    syllable inside the place being read after a level word (``begun``: the place's first word is read)."""
    tokens, match, low = scan.tokens, scan.match, scan.low
    s, e = tokens[i]
    if not _title(match[s:e]) or scan.head_at.get(s, e) > e or s in scan.known_at or starts_verb(low, s, 2) \
            or i == 0 or match[tokens[i - 1][1]:s] != " ":
        return False   # (one space from the word before, on the line: "Quảng Ngãi | Thuế ..." over a line break is a body)
    if begun:
        return _place_closed(scan, i + 1)
    j = i + 1
    while j < len(tokens) and j - i <= 3 and _title(match[tokens[j][0]:tokens[j][1]]) \
            and "\n" not in match[tokens[j - 1][1]:tokens[j][0]] and not scan.starts_new_name(j):
        j += 1
    if not 1 <= j - i - 1 <= 2:
        return False
    return _place_closed(scan, j)


def _place_closed(scan, j: int) -> bool:
    """Token ``j`` closes a place: the end, a line break, a mark, a clause's word or a verb ("Hải Phòng | giao", "Yên Sở | ,";
    not "Thuế tỉnh Quảng Ngãi Thuế | tỉnh": a body at a level)."""
    tokens, match, low = scan.tokens, scan.match, scan.low
    if j >= len(tokens) or "\n" in match[tokens[j - 1][1]:tokens[j][0]]:
        return True
    word = low[tokens[j][0]:tokens[j][1]]
    return not word.isalpha() or word in _CLAUSE_WORDS or starts_verb(low, tokens[j][0], 1)
