"""One body named in full and by the initials of its domain: "Vụ Kế hoạch - Tài chính" and "Vụ KHTC", "Sở Khoa học và
Công nghệ" and "Sở KH&CN", "Sở Nông nghiệp và Phát triển nông thôn" and "Sở NN&PTNT". Documents write such short
forms for their own units without introducing them (docs/GENRE.md, "Names of actors"); the vocabulary's own
abbreviations ("UBND", "MTTQ") are expanded where names are recognised.

>>> initials("Khoa học và Công nghệ"), initials("Kế hoạch - Tài chính"), initials("Văn hóa, Thể thao và Du lịch")
('KH&CN', 'KHTC', 'VHTT&DL')
>>> same_initials("KH&CN", "KHCN"), same_initials("VHTTDL", "VHTT&DL"), same_initials("KHTC", "KHCN")
(True, True, False)
"""

from __future__ import annotations

import dataclasses
import re

from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention
from policykg.graph_builder.vocabulary import is_abbreviation

__all__ = ["initials", "same_initials", "with_and_without_country", "with_initialisms"]

_WORD = re.compile(r"[^\W\d_]+")
_JOINS = re.compile(r"[&\-.]")


def initials(domain: str) -> str:
    """The initials of a domain's syllables, "và" as "&" (punctuation and dashes dropped)."""
    return "".join("&" if w.lower() == "và" else w[0].upper() for w in _WORD.findall(domain))


def same_initials(abbreviation: str, full: str) -> bool:
    """The two initialisms are one, written with or without "&" and dashes."""
    return _JOINS.sub("", abbreviation.upper()) == _JOINS.sub("", full.upper())


def _domain(rest: str) -> str:
    """The domain of a name after its head, without the level or place that follows it ("Khoa học và Công nghệ | các
    tỉnh, thành phố ...", "Văn hóa - Xã hội | xã Tân Phú")."""
    words = []
    for word in rest.split():
        if word.strip(",").lower() in cues.LEVEL_WORDS or word.lower() in ("các", "cấp"):
            break
        words.append(word)
    return " ".join(words)


def with_initialisms(mentions: list[Mention]) -> list[Mention]:
    """The mentions with each "<head> <ABBR>" of a body the vocabulary does not know given the identity of the one
    other body of the document whose name has that head and a domain of those initials ("Bộ TC": "Bộ Tài chính")."""
    names = {m.label: m for m in mentions if m.category == "actor" and not m.generic and m.label}
    fuller: dict[str, Mention] = {}
    for m in mentions:
        words = m.surface.split() if m.category == "actor" and not m.known and not m.generic else []
        if len(words) < 2 or not is_abbreviation(words[-1]) or len(_JOINS.sub("", words[-1])) < 2:
            continue   # ("Bộ TC" for "Bộ Tài chính", a known body the document names in full too)
        head = " ".join(words[:-1])
        found = {f.iri: f for label, f in names.items() if label.startswith(head + " ") and f.iri != m.iri
                 and len(_domain(label[len(head) + 1:]).split()) >= 2
                 and same_initials(words[-1], initials(_domain(label[len(head) + 1:])))}
        if len(found) == 1:
            fuller[m.iri] = next(iter(found.values()))
    if not fuller:
        return mentions
    return [dataclasses.replace(m, iri=fuller[m.iri].iri, label=fuller[m.iri].label, kind=fuller[m.iri].kind,
                                known=fuller[m.iri].known, label_en=fuller[m.iri].label_en) if m.iri in fuller
            and m.category == "actor" and not m.known else m for m in mentions]


_COUNTRY = re.compile(r"\s+Việt Nam(?=\s|$)")
_PLACE = re.compile(rf"\s+{cues.LEVEL_PATTERN}\s+[A-ZĐ].*$")


def with_and_without_country(mentions: list[Mention], issuer: tuple[str, str] | None = None) -> list[Mention]:
    """A body the vocabulary does not know, named with and without the country ("Ban Thường trực Ủy ban MTTQ Việt
    Nam xã X" and "Ban Thường trực UBMTTQ xã X", "Hội Liên hiệp Phụ nữ Việt Nam xã" and "Hội Liên hiệp Phụ nữ xã"):
    one body, the issuer's (``issuer``: its IRI and label; in its own document also named without its place) when
    it is the issuer, else the name with the country."""
    def key(label: str) -> str:
        return _COUNTRY.sub("", label).casefold()
    chosen: dict[str, tuple[str, str]] = {}
    if issuer is not None and issuer[0] and issuer[1]:
        chosen[key(issuer[1])] = issuer
        chosen.setdefault(key(_PLACE.sub("", issuer[1])), issuer)   # (in its own document, named without its place)
    for m in mentions:
        if m.category == "actor" and not m.known and m.label and _COUNTRY.search(m.label):
            chosen.setdefault(key(m.label), (m.iri, m.label))
    if not chosen:
        return mentions
    out = []
    for m in mentions:
        found = chosen.get(key(m.label)) if m.category == "actor" and not m.known and m.label else None
        out.append(dataclasses.replace(m, iri=found[0], label=found[1]) if found and found[0] != m.iri else m)
    return out
