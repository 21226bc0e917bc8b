"""A level's bodies named with the whole list of its kinds of unit, as decrees and circulars write them: "Ủy ban nhân
dân quận, huyện, thành phố, thị xã thuộc tỉnh", "Công an huyện, quận, thị xã | và thành phố thuộc tỉnh", "Ủy ban nhân
dân xã, phường, thị trấn, đặc khu". The vocabulary reads the first kinds ("Ủy ban nhân dân quận, huyện": the district
level's); :func:`whole_level_lists` carries the name over the other kinds of the same level and the list's tail
("thuộc tỉnh", "trực thuộc Trung ương"), so the body is named as written and no tail is left over. Its identity stays
the level's (the mention's IRI and label are kept): only its span, and so its surface, grows.

A kind followed by a capitalised word is a place's name ("..., thành phố Bắc Ninh"): the list ends before it. Only a
list in lower case, as running text writes it: a heading in capitals is read by the readers of headings.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Ủy ban nhân dân quận, huyện, thị xã, thành phố thuộc tỉnh báo cáo Sở Nội vụ.")
>>> [(m.surface, m.label) for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"][0]
('Ủy ban nhân dân quận, huyện, thị xã, thành phố thuộc tỉnh', 'Ủy ban nhân dân cấp huyện')
"""

from __future__ import annotations

import dataclasses
import re

from policykg.graph_builder.model import Mention, Span

__all__ = ["whole_level_lists"]

# the kinds of unit of each level, as a list of them names a level's bodies
_KINDS = {"tỉnh": ("tỉnh", "thành phố"),
          "huyện": ("huyện", "quận", "thị xã", "thành phố"),
          "xã": ("xã", "phường", "thị trấn", "đặc khu")}
_LEVEL_IN_LABEL = re.compile(r" cấp (tỉnh|huyện|xã)$")
# the list's tail: whose units they are ("thuộc tỉnh", "trực thuộc Trung ương", "thuộc thành phố trực thuộc Trung ương")
_TAIL = re.compile(r"[ \t]+(?:trực[ \t]+)?thuộc[ \t]+(?:tỉnh|thành phố|[Tt]rung[ \t]+ương)"
                   r"(?:[ \t]+trực[ \t]+thuộc[ \t]+[Tt]rung[ \t]+ương)?(?!\w)")
_NEXT_WORD = re.compile(r"[ \t]+(\S)")


def whole_level_lists(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with each level body's name that ends in a kind of unit of its level run on over the list's other
    kinds and its tail (see the module's text); never over another mention."""
    out = []
    for i, m in enumerate(mentions):
        level = _LEVEL_IN_LABEL.search(m.label) if m.category == "actor" else None
        end = _list_end(match, m, _KINDS[level.group(1)]) if level is not None else m.span.end
        following = mentions[i + 1].span.start if i + 1 < len(mentions) else len(match)
        out.append(dataclasses.replace(m, span=Span(m.span.start, end)) if m.span.end < end <= following else m)
    return out


def _list_end(match: str, m: Mention, kinds: tuple[str, ...]) -> int:
    """Where the list of ``kinds`` that the mention's last word opens ends, its tail included (the mention's end when
    it ends in no kind or nothing follows it)."""
    written = match[m.span.start:m.span.end]
    if not any(re.search(rf"(?<!\w){k}\Z", written) for k in kinds):
        return m.span.end
    item = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(%s)(?!\w)" % "|".join(kinds))
    end = m.span.end
    while True:
        found = item.match(match, end)
        if found is None or _named_place(match, found.end()):
            break
        end = found.end()
    tail = _TAIL.match(match, end)
    if tail is not None:
        return tail.end()
    return end if end > m.span.end and not _named_place(match, end) else m.span.end


def _named_place(match: str, pos: int) -> bool:
    """A capitalised word right after ``pos``: the kind before it is a place's ("thành phố | Bắc Ninh")."""
    word = _NEXT_WORD.match(match, pos)
    return word is not None and word.group(1).isupper()
