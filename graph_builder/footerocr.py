"""The posts of a signature block as OCR reads them: a post in capitals whose words lost or changed their diacritics
("PHÓ GIAM ĐỐC", "KT. CỤC TRUỞNG", "CHI HUY TRƯỞNG", "GIAM ÐỐC CÔNG AN TỈNH"), written back in the match form as the
post the vocabulary writes, and so is a level word right after a post ending in its organ ("TRƯỞNG CÔNG AN HUYÊN").

Only the signature block's lines are read (``headerocr`` reads the header's organs): a cell in capitals
that opens, after its mode ("KT.", "TM.", "TL.", "TUQ.", "Q."), with a run of two words or more equal without
diacritics to a post of the vocabulary (or "PHÓ" and such a post), on a line that a signer's name or a signed note
follows within four lines. Nothing else of the line is touched (an organ's name, a person's name in capitals); each
word keeps its length and its capitals; the source text is not changed.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.ontology import load_lexicon
>>> source = source_from_string("Điều 1. Thi hành.\\nKT. GIAM ĐỐC\\nPHO GIÁM ĐỐC\\n(Đã ký)\\nLê Văn Bình\\n")
>>> repair_footer_posts(source, load_lexicon()); source.match.split("\\n")[-5:-3]
['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']
"""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import all_capitals, ascii_fold
from policykg.graph_builder import cues
from policykg.graph_builder.headerocr import CELL, level_words, write_back
from policykg.graph_builder.model import SourceText
from policykg.graph_builder.organs import person_name
from policykg.ontology.lexicon import Lexicon

__all__ = ["repair_footer_posts", "signed_below"]

_BELOW = 4          # lines under a post where its signer's name or signed note stands
_WORD = re.compile(r"[^\W\d_]+")
_MODE = re.compile(r"(?:K\s*/?\s*T|T\s*/?\s*M|T\s*/?\s*L|TUQ|Q)\s*[.:]\s*")


@functools.lru_cache(maxsize=4)
def _post_forms(lexicon: Lexicon) -> dict[tuple[str, ...], str]:
    """The vocabulary's posts of two words or more, and "PHÓ" before each, by their words without diacritics -> in
    capitals."""
    forms: dict[tuple[str, ...], str] = {}
    for post in lexicon.post_names():
        for form in (post, post if post.lower().startswith("phó ") else "Phó " + post):
            words = _WORD.findall(form)
            if len(words) >= 2:
                forms[tuple(ascii_fold(w) for w in words)] = " ".join(w.upper() for w in words)
    return forms


def signed_below(lines: list[str]) -> bool:
    """A signer's name (in lower case, a rank before it or not) or a signed note in one of ``lines``."""
    return any(cues.SIGNED_NOTE_IN.search(line.lower()) or any(
        not all_capitals(cell.group(0)) and person_name(cell.group(0)) is not None for cell in CELL.finditer(line))
        for line in lines)


def _repair_cell(cell: str, at: int, chars: list[str], posts: dict, levels: dict[str, str]) -> None:
    mode = _MODE.match(cell)
    start = mode.end() if mode else 0
    words = list(_WORD.finditer(cell, start))
    if not words or words[0].start() != start:
        return
    folded = [ascii_fold(w.group(0)) for w in words]
    for n in range(min(len(words), 6), 1, -1):
        target = posts.get(tuple(folded[:n]))
        if target:
            for w, t in zip(words[:n], target.split(" ")):
                write_back(chars, at + w.start(), w.group(0), t)
            if len(words) == n + 1 and folded[n] in levels:   # "TRƯỞNG CÔNG AN HUYÊN": the organ's level
                write_back(chars, at + words[n].start(), words[n].group(0), levels[folded[n]])
            return


def repair_footer_posts(source: SourceText, lexicon: Lexicon) -> None:
    """Write the OCR'd posts of the source's signature blocks back as the vocabulary's posts, in ``source.match``
    (see the module)."""
    match = source.match
    lines = list(re.finditer(r"[^\n]+", match))
    chars: list[str] | None = None
    posts, levels = _post_forms(lexicon), level_words(lexicon)
    for k, line in enumerate(lines):
        capitals = [c for c in CELL.finditer(line.group(0)) if all_capitals(c.group(0), 4)]
        if not capitals or not signed_below([m.group(0) for m in lines[k + 1:k + 1 + _BELOW]]):
            continue
        chars = chars if chars is not None else list(match)
        for cell in capitals:
            _repair_cell(cell.group(0), line.start() + cell.start(), chars, posts, levels)
    if chars is not None and "".join(chars) != match:
        source.match = "".join(chars)
