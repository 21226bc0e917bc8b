"""A signer's family name as OCR misreads it: the first letters of a long family name read as another letter
("Zuyến Xuân Phúc" for "Nguyễn Xuân Phúc", "Tguyễn" for "Nguyễn"), written back as the family name it is.

A name's first word that is no family name (``cues.FAMILY_NAMES``) is read as one of five letters or more when,
without diacritics, its letters after the first end that family name, its first letter is not that name's first and it
is at most one letter shorter (a name as printed with other marks, "Trượng Văn Hòa", stays); the rest of the name is
left as printed. Only the names of signature blocks are read: a person under a post. A rarer family name that is
also a place's or a common word's first syllable (``RARER_FAMILY_NAMES``: "Chung", "Ninh", "Điểu", "Bạch" ...) is
not in ``cues.FAMILY_NAMES``, which other readers use to tell people from places, but is no misreading either.

>>> family_repaired("Zuyến Xuân Phúc"), family_repaired("Nguyễn Xuân Phúc"), family_repaired("Trượng Văn Hòa")
('Nguyễn Xuân Phúc', 'Nguyễn Xuân Phúc', 'Trượng Văn Hòa')
>>> family_repaired("Chung Văn Hải"), family_repaired("Ninh Thị Hà"), family_repaired("Điểu K'Ré")
('Chung Văn Hải', 'Ninh Thị Hà', "Điểu K'Ré")
"""

from __future__ import annotations

import functools
from dataclasses import replace

from policykg.core.textnorm import ascii_fold
from policykg.graph_builder import cues
from policykg.graph_builder.footer import Footer

__all__ = ["RARER_FAMILY_NAMES", "family_repaired", "signers_repaired"]

# Family names of four letters or more that are not in cues.FAMILY_NAMES (they open places or common words too):
# a signer's name opening with one is as printed.
RARER_FAMILY_NAMES = frozenset("""bạch cung chung châu diệp điểu đồng giang giáp hình khúc khương mạch mẫn nghiêm
ninh phương quan quang thạch thân tiêu trình tống viên""".split())


@functools.lru_cache(maxsize=1)
def _long_families() -> tuple[tuple[str, str], ...]:
    """(folded, written) of the family names of five letters or more."""
    return tuple(sorted((ascii_fold(f), f[:1].upper() + f[1:]) for f in cues.FAMILY_NAMES if len(f) >= 5))


def family_repaired(name: str) -> str:
    """``name`` with its first word written as the family name OCR misread (see the module), else as it is."""
    first, _, rest = name.partition(" ")
    if not rest or len(first) < 4 or first.lower() in cues.FAMILY_NAMES | RARER_FAMILY_NAMES:
        return name
    tail, head = ascii_fold(first[1:]).lower(), ascii_fold(first[:1]).lower()
    found = {written for folded, written in _long_families()      # another first letter: "Trượng" is no misread "Trương"
             if folded.endswith(tail) and 0 <= len(folded) - len(first) <= 1 and not folded.startswith(head)}
    return f"{found.pop()} {rest}" if len(found) == 1 else name


def signers_repaired(footer: Footer) -> Footer:
    """``footer`` with each signer's family name written back (:func:`family_repaired`)."""
    signatures = [replace(s, person=family_repaired(s.person)) if s.person else s for s in footer.signatures]
    return replace(footer, signatures=signatures)
