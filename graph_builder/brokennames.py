"""A signature cell whose words a PDF's conversion broke apart, spaces put inside syllables ("CHỦ TỊCH Đặ ng Văn
Minh", "KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín"): the signer's name at the cell's end joined again and, in
such a cell, the capitals before it spaced again into the words the ontology's posts and names write.

Every syllable of a Vietnamese name opens with a capital, so a piece in lower case after a capitalised one is that
syllable's rest ("Đặ" + "ng", "Ngu" + "y" + "ễn"). The cell's tail is joined so only when the joined words read as a
person's name whose first word is a family name; the capitals before it are spaced again by ``brokenwords`` (which
leaves a run with no broken word as printed). A cell with no such name is left as it is.

>>> from policykg.ontology import load_lexicon
>>> lexicon = load_lexicon()
>>> respaced_signer("CHỦ TỊCH Đặ ng Văn Minh", lexicon)
'CHỦ TỊCH Đặng Văn Minh'
>>> respaced_signer("KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín", lexicon)
'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín'
>>> respaced_signer("- Bộ Lao động - Thương binh và X ã hội;", lexicon)
'- Bộ Lao động - Thương binh và X ã hội;'
"""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.brokenwords import respaced_capitals
from policykg.graph_builder.organs import person_name
from policykg.ontology.lexicon import Lexicon

__all__ = ["respaced_signer"]

_NAME_WORDS = 8         # pieces a broken name of up to five syllables may take
# a run of words in capitals (letters only), where a post or an organ's name may be broken
_CAPITALS = re.compile(r"[" + cues.UPPER + r"]+(?: [" + cues.UPPER + r"]+)+")


def respaced_signer(text: str, lexicon: Lexicon) -> str:
    """``text`` with its broken name at the end joined again and the capitals before it spaced again (see the
    module), or ``text`` as it is when its end reads as no broken name."""
    words = text.split(" ")
    if not words[-1][:1].isupper():     # a name's last syllable (most lines of a footer end otherwise)
        return text
    for k in range(max(0, len(words) - _NAME_WORDS), len(words) - 1):
        name = _joined(words[k:])
        if name is not None:
            head = _CAPITALS.sub(lambda run: respaced_capitals(run.group(0), lexicon) or run.group(0),
                                 " ".join(words[:k]))
            return (head + " " + name).strip()
    return text


def _joined(pieces: list[str]) -> str | None:
    """The pieces of a name joined where a piece in lower case goes on the capitalised one before it, when some did
    and the whole reads as a person's name opened by a family name; else None."""
    if not pieces[0][:1].isupper() or not any(p[:1].islower() for p in pieces[1:]):
        return None
    words: list[str] = []
    for piece in pieces:
        if piece[:1].islower() and words:
            words[-1] += piece
        else:
            words.append(piece)
    name = " ".join(words)
    if match_key(words[0]) not in cues.FAMILY_NAMES or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    return name if person_name(name) == name else None
