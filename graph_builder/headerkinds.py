"""The kind of document a header names: by its number's kind code ("NĐ" -> Decree), by its kind word ("KẾT LUẬN",
OCR'd "KÉT LUẬN" or "K ẾT LUẬN", a web copy's "CHỈ  THỊ") and by its kind line ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ ...",
"QUY CHẾ PHỐI HỢP")."""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import ascii_fold, match_key
from policykg.graph_builder import cues
from policykg.graph_builder.organs import is_caps
from policykg.ontology.lexicon import Lexicon

__all__ = ["kind_cell", "kind_line", "kind_of_code", "kind_of_word"]


def kind_of_code(code: str, lexicon: Lexicon) -> str | None:
    """The kind of document a number's kind code names ("NĐ" -> 'Decree'), or None."""
    for entry in lexicon.document_kinds:
        if code in entry.codes:
            return entry.kind
    joint = re.match(r"(.+?[a-zđ]?)(?:PH|LT|LN|LS)$", code)   # "CTrPH", "KHPH", "KHLS" (liên sở): made jointly
    return kind_of_code(joint.group(1), lexicon) if joint else None


def kind_of_word(word: str, lexicon: Lexicon) -> str | None:
    """The kind of document a kind word names ("NGHỊ QUYẾT LIÊN TỊCH" -> 'JointResolution'), or None. A word in
    capitals is also compared without diacritics and spaces (OCR: "KÉT LUẬN", "K ẾT LUẬN").

    >>> from policykg.ontology import load_lexicon
    >>> kind_of_word("KÉT LUẬN", load_lexicon()), kind_of_word("hướng dẫn liên ngành", load_lexicon())
    ('Conclusion', 'JointGuidance')
    """
    by_key, by_folded = _kind_names(lexicon)
    word = " ".join(word.split())   # "CHỈ  THỊ": a space a web copy doubled
    return by_key.get(match_key(word)) or (by_folded.get(_squeezed(word)) if is_caps(word) else None)


@functools.lru_cache(maxsize=4)
def _kind_names(lexicon: Lexicon) -> tuple[dict[str, str], dict[str, str]]:
    """Kind names by match key and without diacritics -> kind (the first kind that names it)."""
    by_key: dict[str, str] = {}
    by_folded: dict[str, str] = {}
    for entry in lexicon.document_kinds:
        for name in entry.names:
            by_key.setdefault(match_key(name), entry.kind)
            by_folded.setdefault(_squeezed(name), entry.kind)
    return by_key, by_folded


def _squeezed(word: str) -> str:
    """A kind word without diacritics or spaces: OCR drops marks ("KÉT LUẬN") and parts a letter ("K ẾT LUẬN")."""
    return ascii_fold(word).replace(" ", "")


def kind_line(cell: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """A kind line in capitals: the kind and where its kind word ends ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ
    ..." -> ('Conclusion', 9)); None when the cell is no kind line."""
    if not is_caps(cell):
        return None
    words = list(re.finditer(r"\S+", cell))
    for n in range(min(4, len(words)), 0, -1):
        end = words[n - 1].end()
        kind = kind_of_word(cell[:end], lexicon)
        joint = re.match(r"\s+(?:PHỐI HỢP|LIÊN (?:TỊCH|NGÀNH|SỞ|BỘ))(?:\s+LIÊN (?:NGÀNH|SỞ|BỘ))?(?!\w)", cell[end:])
        # "CHƯƠNG TRÌNH PHỐI HỢP", "KẾ HOẠCH LIÊN NGÀNH", "QUY CHẾ PHỐI HỢP LIÊN NGÀNH": made jointly
        end += joint.end() if joint and kind is not None else 0
        if kind is not None and (end == len(cell.rstrip()) or re.match(
                r"(?i)\s+(?:" + cues.OF + "|" + cues.ABOUT + r"|V/V)\b", cell[end:])):
            return kind, end
    return None


def kind_cell(cell: str, lexicon: Lexicon) -> str | None:
    """The kind a header cell in capitals names whole: a kind word, or one made jointly ("QUY CHẾ PHỐI HỢP", "KẾ
    HOẠCH LIÊN TỊCH"); None otherwise.

    >>> from policykg.ontology import load_lexicon
    >>> kind_cell("QUY CHẾ PHỐI HỢP", load_lexicon()), kind_cell("QUY CHẾ PHỐI HỢP GIỮA", load_lexicon())
    ('Regulation', None)
    """
    line = kind_line(cell, lexicon)
    return line[0] if line is not None and line[1] == len(cell.rstrip()) else None
