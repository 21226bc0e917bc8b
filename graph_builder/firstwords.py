"""A body named by the first words of the one fuller name its document writes (round 33; docs/GENRE.md, "Names of
actors": "A body named in full once is often named later by its first words").

:func:`short_forms` joins such a short form to a fuller name the vocabulary does not know that comes first and goes
on in lower case (``identity`` runs it first); :func:`first_word_names`, run after it, reads the wider forms.
Documents also cut the name of a body the vocabulary knows ("Bộ Nông nghiệp và Môi trường" ... "Bộ Nông nghiệp chủ
trì") and cut a name before a domain written with capitals ("Ban Mặt trận Thanh niên
Trung ương Đoàn" ... "Ban Mặt trận", "Sở Lao động Thương binh và Xã hội" ... "Sở Lao động thương binh xã hội"): the
short form names that body all the same, when exactly one fuller name of the document, of the same kind, begins
with it (and comes first, unless the vocabulary knows it), and what the fuller name adds is a domain: not a level, a
place, a number or a function word (those name another body: "Công an | tỉnh", "Ban Chỉ đạo | 751", "Ủy ban
Chuyên trách Chính phủ | Campuchia"). A label the locality qualified is compared without its place ("Sở Lao động
tỉnh Gia Lai") when the fuller one ends with it too ("Tòa án nhân dân tỉnh X" is no "Tòa án nhân dân tối cao").
Only a mention whose text writes the short name is joined (not a bare head read as the issuer).

>>> from policykg.graph_builder.model import Mention, Span
>>> def m(label, known=False, start=0):
...     return Mention(span=Span(start, start + 1), surface=label, category="actor", iri="actor:" + label, label=label,
...                    kind="StateBody", known=known)
>>> [x.label for x in first_word_names([m("Bộ Nông nghiệp và Môi trường", True), m("Bộ Nông nghiệp", start=9)])]
['Bộ Nông nghiệp và Môi trường', 'Bộ Nông nghiệp và Môi trường']
>>> [x.label for x in first_word_names([m("Ban Chỉ đạo 751"), m("Ban Chỉ đạo", start=9)])]
['Ban Chỉ đạo 751', 'Ban Chỉ đạo']
"""

from __future__ import annotations

import dataclasses

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention
from policykg.graph_builder.vocabulary import starts_verb

__all__ = ["first_word_names", "short_forms"]

# what a fuller name may not add to a short one: a level ("cấp", "các", a level word) or a number ("số", digits); for
# the wider forms of first_word_names, a function word either
_LEVEL_OR_NUMBER = frozenset(("cấp", "các", "số"))
_NOT_A_DOMAIN = _LEVEL_OR_NUMBER | {"tại", "ở", "thuộc", "của", "trực"}


def first_word_names(mentions: list[Mention], locality: tuple[str, str] | None = None) -> list[Mention]:
    """The mentions, each unknown short name of three syllables or more joined to the one fuller name of the
    document that begins with it (the module's rule); ``locality``: (level, place) of the document, whose place a
    qualified label ends with."""
    suffix = f" {locality[0]} {locality[1]}" if locality is not None else None
    names: dict[str, Mention] = {}   # key without the place -> the first mention of that name
    for m in mentions:
        if m.category == "actor" and not m.generic and m.label:
            names.setdefault(_key(m.label, suffix), m)
    fuller: dict[str, Mention] = {}
    for key, m in names.items():
        if m.known or len(key.split()) < 3:
            continue
        local = _local(m.label, suffix)   # both or neither at the document's place: "Tòa án nhân dân | tỉnh X"
        longer = {f.iri: f for other, f in names.items() if other.startswith(key + " ") and f.kind == m.kind
                  and f.iri != m.iri and (f.known or f.span.start < m.span.start) and _local(f.label, suffix) == local
                  and _adds_domain(other[len(key) + 1:], _rest(f.label, len(key.split())))}
        if len(longer) == 1:
            fuller[key] = next(iter(longer.values()))
    if not fuller:
        return mentions
    out = []
    for m in mentions:
        key = _key(m.label, suffix) if m.category == "actor" and not m.known and not m.generic and m.label else ""
        # only where the text writes the short name ("Bộ Nông nghiệp"), not a bare head or an office read as it
        to = fuller.get(key) if key and match_key(" ".join(m.surface.split())).startswith(key) else None
        out.append(m if to is None else dataclasses.replace(m, iri=to.iri, label=to.label, kind=to.kind, known=to.known,
                                                             label_en=to.label_en))
    return out


def _rest(label: str, words: int) -> str:
    """The label after its first ``words`` words, as written."""
    return " ".join(label.split()[words:])


def _local(label: str, suffix: str | None) -> bool:
    """The label ends with the document's place."""
    return suffix is not None and label.endswith(suffix)


def _key(label: str, suffix: str | None) -> str:
    """The name's match key, without the document's place at its end."""
    if suffix is not None and label.endswith(suffix):
        label = label[:-len(suffix)]
    return match_key(label)


def _adds_domain(rest: str, written: str) -> bool:
    """What a fuller name adds after the short one (``rest``, its match key; ``written``, as the label writes it) is
    a domain: not a level, a place's level word or a number ("tỉnh Lào Cai", "cấp tỉnh", "số 1", "751"), a function
    word ("| từ nay đến năm 2020", "| thuộc Bộ"), nor a capitalised verb that a run-on name took in ("Tổng cục Thuế |
    Hướng dẫn ...")."""
    word = rest.split()[0] if rest.split() else ""
    if not word.isalpha() or word in cues.LEVEL_WORDS or word in _NOT_A_DOMAIN \
            or word in cues.NAME_STOP_WORDS and word not in ("và", "về"):
        return False
    if written[:1].islower():
        return True
    # a domain written with capitals is a common word's ("| Thương binh và Xã hội", "| Thanh niên Trung ương Đoàn"), not
    # a proper name's, whose words are all capitalised ("Ủy ban Chuyên trách Chính phủ | Campuchia"), nor a verb
    second = written.split()[1:2]
    return bool(second) and second[0][:1].islower() and not starts_verb(rest, 0, 1)


def _domain_rest(rest: str) -> bool:
    """What a longer name adds is its domain ("về phát triển ...", "hình sự"), not a level, a place or a number
    ("cấp tỉnh", "tỉnh Lào Cai", "số 1"): those name another body."""
    word = rest.split()[0]
    return word.islower() and word not in cues.LEVEL_WORDS and word not in _LEVEL_OR_NUMBER


def short_forms(mentions: list[Mention]) -> list[Mention]:
    """A body the vocabulary does not know, named in full once and later by the first words of its name ("Ban Chỉ
    đạo Trung ương về phát triển khoa học, ..." then "Ban Chỉ đạo Trung ương"): the short form is that body, when
    exactly one longer name of the same kind begins with it and comes first; and a company named with and without its
    head noun, in either order ("Điện lực tỉnh" / "Công ty Điện lực tỉnh"), is the one named in full."""
    first: dict[str, tuple[int, Mention]] = {}
    for m in mentions:
        if m.category == "actor" and not m.known and not m.generic and m.label:
            first.setdefault(m.label, (m.span.start, m))
    longer: dict[str, Mention] = {}
    for label, (start, m) in first.items():
        if len(label.split()) < 3:
            continue
        fuller = [f for other, (s, f) in first.items() if s < start and other.startswith(label + " ")
                  and f.kind == m.kind and _domain_rest(other[len(label) + 1:])]
        if len(fuller) == 1:
            longer[label] = fuller[0]
    for label in first:   # "Điện lực Đắk Nông" and "Công ty Điện lực Đắk Nông": one company
        if (full := first.get("Công ty " + label)) is not None and label[:1].isupper() and label not in longer:
            longer[label] = full[1]
    if not longer:
        return mentions
    return [dataclasses.replace(m, iri=longer[m.label].iri, label=longer[m.label].label)
            if m.category == "actor" and not m.known and m.label in longer else m for m in mentions]
