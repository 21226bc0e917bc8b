"""A footer flattened into one paragraph: a web page's or a converter's copy that runs the recipients list and every
signature block together on one line ("Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn
A", "KT. BỘ TRƯỞNG BỘ CÔNG AN THỨ TRƯỞNG Lê Quốc Hùng KT. BỘ TRƯỞNG BỘ Y TẾ THỨ TRƯỞNG Đỗ Xuân Tuyên Nơi nhận: ...").

Such a line is read as the lines it was: it is cut before "Nơi nhận" where the cue does not open it, and before a
signature mode ("TM.", "KT.", "TL.", "ĐẠI DIỆN") or a post in capitals (a block without a mode: "BỘ TRƯỞNG",
"GIÁM ĐỐC CÔNG AN TỈNH") once the block before it is complete: it holds a signed note or ends
with a person's name, or it is the recipients list. Modes in a row ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH") stay one
block. A line laid out in cells (runs of spaces, bars) is left whole: its columns tell its parts apart.
"""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues, framecues
from policykg.graph_builder.organs import actor_named, is_caps, person_name, whole_post
from policykg.graph_builder.vocabulary import COLUMN_GAP
from policykg.ontology.lexicon import Lexicon

__all__ = ["LAID_OUT", "caps_name_end", "post_ends", "unflattened"]

_RECIPIENTS_IN = re.compile(r"(?<=\S)\s+(?=(?:N[ơo]i\s+nh[ậâạaầấ]n|N[ƠO]I\s+NH[ẬÂẠAẦẤ]N)\s*:)")
_BEHALF_IN = re.compile(r"(?<=\S)\s+(?=(?:ĐẠI DIỆN|Đại diện)\s+[" + cues.UPPER + r"])")
_RECIPIENTS_WORD = ("Nơi", "Noi", "NƠI", "NOI")   # what each match of the two holds (their look-aheads' words)
_BEHALF_WORD = ("ĐẠI DIỆN", "Đại diện")
LAID_OUT = re.compile(r"\S {3,}\S|\t|\||" + COLUMN_GAP)     # a line of cells apart (the match form marks a run of spaces)


def laid_out(line: str) -> bool:
    """``LAID_OUT`` found in ``line``: searched only in a line that holds three spaces, a tab, a bar or a column's gap
    (one of which each of its matches holds)."""
    return ("   " in line or "\t" in line or "|" in line or COLUMN_GAP in line) and LAID_OUT.search(line) is not None


@functools.lru_cache(maxsize=4)
def _post_in(lexicon: Lexicon) -> re.Pattern:
    """A post in capitals inside a line ("... Lưu: VT. BỘ TRƯỞNG (ký) ..."): where a block without a mode starts."""
    names = sorted({n.upper() for n in lexicon.post_names()}, key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for name in names:     # longest first within each first letter, as in one alternation of them all
        by_first.setdefault(name[0], []).append(re.escape(name[1:]).replace("\\ ", r"\s+"))
    # each branch its first letter, then "a space before it" (not "(?<=\s)" first, tried at every position): re
    # skips the positions where no post's first letter stands; the same matches
    return re.compile("(?:" + "|".join(rf"{re.escape(c)}(?<=\s{re.escape(c)})(?:{'|'.join(rests)})"
                                       for c, rests in by_first.items()) + r")(?!\w)")


@functools.lru_cache(maxsize=4)
def _post_last_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(match_key(n.split()[-1]) for n in (*lexicon.post_names(), *framecues.POST_QUALIFIERS))


def post_ends(word: str, lexicon: Lexicon) -> bool:
    """``word`` can end a post's name ("TỊCH", "TRƯỞNG", "TRỰC"), as a name in capitals after it needs ("... GIÁO DỤC
    VÀ ĐÀO TẠO": no post ends with "VÀ", and "ĐÀO TẠO" is no name there).

    >>> from policykg.ontology import load_lexicon
    >>> post_ends("TRỰC", load_lexicon()), post_ends("VÀ", load_lexicon())
    (True, False)
    """
    return match_key(word) in _post_last_words(lexicon)


def caps_name_end(words: list[str]) -> int | None:
    """Where a person's name in capitals ends a flattened block's words ("... PHÓ BÍ THƯ THƯỜNG TRỰC NGUYỄN THỊ THANH
    HUYỀN"): the index of its first word, read from the longest name (two to five words); None when none does.

    >>> caps_name_end("PHÓ BÍ THƯ THƯỜNG TRỰC NGUYỄN THỊ THANH HUYỀN".split())
    5
    >>> caps_name_end("KT. CHỦ TỊCH PHÓ CHỦ TỊCH".split()) is None
    True
    """
    for k in range(max(1, len(words) - 5), len(words) - 1):
        tail = words[k:]
        if all(w.isupper() for w in tail) and person_name(" ".join(tail)) is not None \
                and match_key(tail[0]) not in framecues.NOT_PERSON_WORDS:
            return k
    return None


def _complete(piece: str) -> bool:
    """A block read so far ends: it holds a signed note, ends with a person's name (a rank before it allowed), or is
    the recipients list."""
    piece = piece.strip()
    if framecues.RECIPIENTS.match(piece) or cues.SIGNED_NOTE_IN.search(piece):
        return True
    words = piece.split()
    return any(person_name(" ".join(words[k:])) is not None for k in range(max(0, len(words) - 7), len(words) - 1)) \
        or caps_name_end(words) is not None


# a space between two words: after a person's name (its last letter in lower case) and before a word in capitals,
# the next block may start
_GAP = re.compile(r"(?<=(?P<before>\S))\s+(?=(?P<after>[^\W\d_]{2,})(?:\s|$))")


def _names_then_caps(line: str) -> set[int]:
    return {m.end() for m in _GAP.finditer(line) if m.group("before").islower() and m.group("after").isupper()}


def _organ_alone(piece: str, lexicon: Lexicon) -> bool:
    """The piece is an organ's name in capitals and nothing else, as it stands over its block in a joint document
    ("CÔNG AN TỈNH" over "GIÁM ĐỐC"): no mode, no post. (Cut there only when a signed block follows on the line:
    a row of modes' organs run together, "ỦY BAN TRUNG ƯƠNG MẶT TRẬN THỦ TƯỚNG CHỦ TỊCH", stays whole.)"""
    piece = piece.strip()
    return len(piece.split()) >= 2 and is_caps(piece) and not cues.SIGNATURE_MODE.search(piece) \
        and whole_post(piece, lexicon) is None and actor_named(piece, lexicon) is not None


def _signed_by_name(piece: str, lexicon: Lexicon) -> bool:
    """A block (a mode, a post or a signed note in it; no recipients list) that ends with a person's name, a rank
    before it allowed: "CÔNG AN TỈNH GIÁM ĐỐC Đại tá Nguyễn Văn A" before the next organ's name."""
    piece = piece.strip()
    words = piece.split()
    if framecues.RECIPIENTS.match(piece) or not (cues.SIGNATURE_MODE.search(piece) or _post_in(lexicon).search(" " + piece)
                                                  or cues.SIGNED_NOTE_IN.search(piece)):
        return False
    return any(person_name(" ".join(words[k:])) is not None for k in range(max(0, len(words) - 7), len(words) - 1))


def unflattened(start: int, line: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """The lines a flattened footer line was, each with where it starts (``start``: where ``line`` starts); the line
    itself, alone, when it is no flattened footer.

    >>> from policykg.ontology import load_lexicon
    >>> [t for _, t in unflattened(0, "KT. BỘ TRƯỞNG BỘ CÔNG AN THỨ TRƯỞNG Lê Quốc Hùng KT. BỘ TRƯỞNG BỘ Y TẾ "
    ...                                 "THỨ TRƯỞNG Đỗ Xuân Tuyên Nơi nhận: - Lưu: VT.", load_lexicon())]
    ['KT. BỘ TRƯỞNG BỘ CÔNG AN THỨ TRƯỞNG Lê Quốc Hùng', 'KT. BỘ TRƯỞNG BỘ Y TẾ THỨ TRƯỞNG Đỗ Xuân Tuyên', 'Nơi nhận: - Lưu: VT.']
    >>> [t for _, t in unflattened(0, "Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
    ...                                 "Trần Văn Bình", load_lexicon())]
    ['Nơi nhận: - Như trên; - Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bình']
    >>> [t for _, t in unflattened(0, "Nơi nhận: - Lưu: VT, CĐS. BỘ TRƯỞNG (ký) Đỗ Đức Duy", load_lexicon())]
    ['Nơi nhận: - Lưu: VT, CĐS.', 'BỘ TRƯỞNG (ký) Đỗ Đức Duy']
    """
    if len(line) < 40 or laid_out(line.strip()):
        return [(start, line)]
    # (the cues' words looked for first: most long lines are prose, and a scan of a regex that opens with a
    # look-behind tries every position)
    cuts = {m.end() for m in _RECIPIENTS_IN.finditer(line)} if any(w in line for w in _RECIPIENTS_WORD) else set()
    modes = sorted({m.start() for m in cues.SIGNATURE_MODE.finditer(line) if m.start() > 0}
                   | ({m.end() for m in _BEHALF_IN.finditer(line)} if any(w in line for w in _BEHALF_WORD) else set())
                   | {m.start() for m in _post_in(lexicon).finditer(line)})
    if not cuts and not modes:
        return [(start, line)]
    named = _names_then_caps(line)      # an organ's name after a block's signer (read only where a cut may fall)
    last = 0
    for at in sorted(cuts | set(modes) | named):
        if at in cuts or (_signed_by_name(line[last:at], lexicon) if at in named and at not in modes else
                          _complete(line[last:at]) or _organ_alone(line[last:at], lexicon)
                          and _complete(line[at:min([n for n in named | cuts if n > at] + [len(line)])])):
            cuts.add(at)
            last = at
    if not cuts:
        return [(start, line)]      # one block, or none: the line as it is, its indent (its column) kept
    pieces, last = [], 0
    for at in sorted(cuts) + [len(line)]:
        piece = line[last:at]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append((start + last + lead, piece.strip()))
        last = at
    return pieces
