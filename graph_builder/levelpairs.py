"""One body named at two or more levels at once: "Ủy ban nhân dân cấp tỉnh, cấp xã", "Thường trực Hội đồng nhân dân
cấp tỉnh và cấp xã", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh, cấp huyện, cấp xã". Since local
government has two levels (2025) the genre writes the levels of a body as a list after its name; each level names a
body of its own (the province's council and the commune's), each with the duty the sentence gives. The name reader
takes the first level only ("Ủy ban nhân dân cấp tỉnh" and ", cấp xã" left over) or runs the name on over the list
(one body "... cấp tỉnh, cấp xã" that is neither). :func:`bodies_at_listed_levels` ends the name after its first
level and names a body at each other level of the list: the same name at that level, its identity the vocabulary's
when the vocabulary knows it ("Ủy ban nhân dân cấp xã"), else the one the name reader mints for it.

Only a name whose label ends in "cấp <level>", and only levels written as "cấp tỉnh|huyện|xã" after a comma, "và" or
"hoặc" (the word "cấp" may be left out of the later items: "cấp tỉnh, xã"); an item a capitalised word follows is a
place ("cấp tỉnh, xã Hòa Bình"): the list ends before it. Never over another mention.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Ủy ban nhân dân cấp tỉnh, cấp xã chỉ đạo thực hiện.")
>>> [(m.surface, m.label) for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
[('Ủy ban nhân dân cấp tỉnh', 'Ủy ban nhân dân cấp tỉnh'), ('cấp xã', 'Ủy ban nhân dân cấp xã')]
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention, Span

__all__ = ["bodies_at_listed_levels"]

_LEVEL = r"(tỉnh|huyện|xã)"
_LABEL_LEVEL = re.compile(r"^(?P<base>.*?\S)[ \t]+cấp[ \t]+" + _LEVEL + r"(?!\w)")
_FIRST_LEVEL = re.compile(r"(?<!\w)cấp[ \t]+" + _LEVEL + r"(?!\w)")
_ITEM = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+|hoặc[ \t]+)?|[ \t]+(?:và|hoặc)[ \t]+)(?P<words>(?:cấp[ \t]+)?"
                   + _LEVEL + r")(?!\w)")
_NEXT_WORD = re.compile(r"[ \t]+(\S)")


def bodies_at_listed_levels(mentions: list[Mention], match: str, lexicon) -> list[Mention]:
    """``mentions`` with each actor named before a list of levels ended after its first level and followed by a
    mention of the same body at each other level of the list (see the module's text); the others unchanged."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        following = mentions[i + 1].span.start if i + 1 < len(mentions) else len(match)
        out.extend(_split(m, match, lexicon, following) if m.category == "actor" else [m])
    return out


def _split(m: Mention, match: str, lexicon, following: int) -> list[Mention]:
    label = _LABEL_LEVEL.match(m.label)
    first = _FIRST_LEVEL.search(match, m.span.start, m.span.end)
    if label is None or first is None or first.group(1) != label.group(2):
        return [m]
    items, end, seen = [], first.end(), {first.group(1)}
    while (item := _ITEM.match(match, end)) is not None and item.end() <= max(following, m.span.end) \
            and item.group(2) not in seen and not _place_follows(match, item.end()):
        items.append(item)
        seen.add(item.group(2))
        end = item.end()
    if not items or end < m.span.end:
        return [m]   # no list, or the name goes on after it: no list of levels of this name
    head = m
    if m.span.end > first.end():   # the name ran on over the list: it ends after its first level
        head = _at_level(m, label.group("base"), first.group(1), Span(m.span.start, first.end()), lexicon)
    return [head] + [_at_level(m, label.group("base"), it.group(2), Span(it.start("words"), it.end()), lexicon)
                     for it in items]


def _at_level(m: Mention, base: str, level: str, span: Span, lexicon) -> Mention:
    """The body ``base`` at ``level`` over ``span``: the vocabulary's entry when it knows the name, else minted."""
    name = f"{base} cấp {level}"
    entry = lexicon.lookup(name)
    if entry is not None and entry.kind not in ("Office", "PeopleGroup"):
        return dataclasses.replace(m, span=span, surface="", iri=entry.iri, label=entry.label_vi, kind=entry.kind,
                                   known=True, label_en=entry.label_en, levels=())
    return dataclasses.replace(m, span=span, surface="", iri=mint_actor_iri(name), label=name, known=False,
                               label_en=None, levels=())


def _place_follows(match: str, pos: int) -> bool:
    """A capitalised word right after ``pos``: the level word before it opens a place's name ("xã | Hòa Bình")."""
    word = _NEXT_WORD.match(match, pos)
    return word is not None and word.group(1).isupper()
