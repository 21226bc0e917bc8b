"""The organs' names of a signature block as OCR reads them: a line in capitals over or under a signer's post whose
words lost or changed their diacritics ("CÔNG AN TINH" under "GIÁM ĐỐC", "ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUÔC VIỆT NAM"
over "CHỦ TỊCH", "TOA ÁN NHÂN DÂN TỈNH" over "CHÁNH ÁN"), written back in the match form as the names they are, so
that the block is read as the signature it is and its signer is not lost.

The words are written back as ``headerocr`` writes the header's (a run the ontology or the document itself knows,
written one way only; each word keeps its length and its capitals; a person's name in capitals is left as printed).
Only the signature blocks' lines are read, never the body's: a line in capitals (four letters or more) that

- has a signer's post or a signature mode ("KT.", "TM.", ...) in a cell of its own line or of one of the two lines
  above or below it (the block's post, the organ above or below it), and
- has a signer's name (in lower case) or a signed note ("(Đã ký)") within the four lines under it.

A line of capitals in the body (a heading, a title) has no post beside it and no signer under it, and is left as
printed; the source text is not changed, only the match form the frame is read from.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.ontology import load_lexicon
>>> source = source_from_string("Điều 1. Thi hành.\\n\\nGIÁM ĐỐC\\nCÔNG AN TINH\\n(Đã ký)\\nLê Văn Bình\\n")
>>> repair_signature_organs(source, load_lexicon()); source.match.split("\\n")[3]
'CÔNG AN TỈNH'
"""

from __future__ import annotations

import re

from policykg.core.textnorm import all_capitals, ascii_fold
from policykg.graph_builder import cues
from policykg.graph_builder.footerocr import signed_below
from policykg.graph_builder.headerocr import CELL, level_words, repair_lines, write_back
from policykg.graph_builder.model import SourceText
from policykg.graph_builder.organs import whole_post
from policykg.ontology.lexicon import Lexicon

__all__ = ["repair_signature_organs"]

_BELOW = 4          # lines under an organ's line where its signer's name or signed note stands
_NEAR = 2           # lines above and below an organ's line where its block's post or mode stands
_LAST_WORD = re.compile(r"(?<= )[^\W\d_]+$")


def _post_or_mode(line: str, lexicon: Lexicon) -> bool:
    """A cell of ``line`` is a signer's post whole ("GIÁM ĐỐC", "CHỦ TICH") or opens with a signature mode."""
    return any(whole_post(cell.group(0), lexicon) is not None or cues.SIGNATURE_MODE.match(cell.group(0))
               for cell in CELL.finditer(line))


def repair_signature_organs(source: SourceText, lexicon: Lexicon) -> None:
    """Write the OCR'd words of the source's signature blocks' lines in capitals back as the names they are, in
    ``source.match`` (see the module)."""
    lines = list(re.finditer(r"[^\n]+", source.match))
    texts = [m.group(0) for m in lines]
    chosen = []
    for k, line in enumerate(texts):
        if not all_capitals(line, 4) or not signed_below(texts[k + 1:k + 1 + _BELOW]):
            continue
        if any(_post_or_mode(texts[j], lexicon) for j in range(max(0, k - _NEAR), min(len(texts), k + _NEAR + 1))):
            chosen.append(lines[k])
    repair_lines(source, lexicon, chosen)
    _repair_last_levels(source, lexicon, chosen)


def _repair_last_levels(source: SourceText, lexicon: Lexicon, lines: list[re.Match]) -> None:
    """A level word that ends a cell of an organ's line after two words or more ("CÔNG AN TINH", "HỘI NÔNG DÂN
    TINH": the organ of the document's province) written back as the level it is."""
    if not lines:
        return      # (most documents: no line to read, so no copy of the whole text to make)
    levels, chars = level_words(lexicon), list(source.match)
    for line in lines:
        for cell in CELL.finditer(line.group(0)):
            last = _LAST_WORD.search(cell.group(0))
            if last is not None and len(cell.group(0).split()) >= 3 and ascii_fold(last.group(0)) in levels:
                write_back(chars, line.start() + cell.start() + last.start(), last.group(0),
                           levels[ascii_fold(last.group(0))])
    repaired = "".join(chars)
    if repaired != source.match:
        source.match = repaired
