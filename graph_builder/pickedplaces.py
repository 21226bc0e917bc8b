"""Places a sentence picks out of the bodies of a level it names: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà
Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Đắk Lắk, Khánh Hòa và Gia Lai ...", "Đối với các tỉnh trọng điểm:
Cà Mau, Bạc Liêu, Sóc Trăng, Chủ tịch UBND tỉnh cần ...". The plural of the level, written bare with a colon and two
places or more, names the body of each of those places that the sentence addresses at that level: one actor each
("Ủy ban nhân dân tỉnh Đắk Lắk"), as where the places follow the body's own name (``placelists``; tests/data/real/
GUIDELINES.md, convention 7). The body of the level stays an actor of its own. Places after "tại", "ở", "đến" ("mưa
lớn tại các tỉnh: A, B") are where something happens, no bodies."""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.placelists import places_listed

__all__ = ["bodies_of_picked_places"]

# the plural of a level written bare, a lower-case qualifier of two words at most, a colon: "các tỉnh:", "các tỉnh
# trọng điểm:", "các huyện biên giới:"
_PICKED = re.compile(r"(?<![^\W\d_])[Cc]ác[ \t]+(?P<level>tỉnh|huyện|quận|thị xã|xã|phường)"
                     r"(?:[ \t]+[^\W\d_A-ZĐ]+){0,2}[ \t]*(?=:)")
# the body's level at the end of its label ("Ủy ban nhân dân cấp tỉnh") or of its name as written ("UBND tỉnh")
_BODY_LEVEL = r"[ \t]+(?:(?:cấp|các)[ \t]+)?{level}(?:,[ \t]*thành phố)?(?:[ \t]+trực thuộc [Tt]rung ương)?$"
_SENTENCE_END = re.compile(r"[.;!?\n]")


def bodies_of_picked_places(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` and, for each bare plural level with a colon and two places or more that no mention covers, the
    body of each place: the nearest actor of the same sentence named at that level (its label or its words ending
    with the level), its name before the level and the place ("Ủy ban nhân dân" + "tỉnh" + "Đắk Lắk"), spans on the
    places.

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.graph_builder.recognise import find_mentions
    >>> from policykg.ontology import load_lexicon
    >>> src = source_from_string("Yêu cầu Ủy ban nhân dân các tỉnh ven biển, trọng tâm là các tỉnh: Nam Định, Thái "
    ...                          "Bình và Ninh Bình chủ động sơ tán dân.")
    >>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
    ['Ủy ban nhân dân cấp tỉnh', 'Ủy ban nhân dân tỉnh Nam Định', 'Ủy ban nhân dân tỉnh Thái Bình', \
'Ủy ban nhân dân tỉnh Ninh Bình']
    """
    added: list[Mention] = []
    for picked in _PICKED.finditer(match):
        if cues.AT_A_PLACE.search(match[max(0, picked.start() - 12):picked.start("level")].lower()):
            continue   # "ứng phó mưa lớn tại các tỉnh: A, B": where, not who
        places = _places(match, picked.end() + 1, mentions)
        if len(places) < 2 or any(m.span.start < places[-1][1] and picked.start() < m.span.end for m in mentions):
            continue
        body = _body_at_level(mentions, match, picked, places[-1][1])
        if body is None:
            continue
        level = picked.group("level")
        name = re.sub(_BODY_LEVEL.format(level=level), "", body.label)
        for start, end in places:
            label = f"{name} {level} {match[start:end]}"
            added.append(dataclasses.replace(body, span=Span(start, end), surface="", iri=mint_actor_iri(label),
                                             label=label, known=False, label_en=None, levels=(), generic=False))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.span.start, m.span.end))


def _places(match: str, pos: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The places listed from ``pos``: a list joined by commas alone ends before a capitalised word that opens the
    sentence's next clause ("Cà Mau, Bạc Liêu, | Chủ tịch UBND tỉnh cần ..."), a word followed by lower case; no place
    starts a mention."""
    places = [p for p in places_listed(match, pos) if not any(m.span.start == p[0] for m in mentions)]
    if len(places) >= 2 and not re.fullmatch(r"[ \t]*(?:,[ \t]*)?và[ \t]+", match[places[-2][1]:places[-1][0]]) \
            and re.match(r"[ \t]+[^\W\d_A-ZĐ]", match[places[-1][1]:places[-1][1] + 3]):
        places = places[:-1]
    return places


def _body_at_level(mentions: list[Mention], match: str, picked: re.Match, end: int) -> Mention | None:
    """The actor of the sentence around the bare level, nearest to it, named at that level."""
    start = max((s.end() for s in _SENTENCE_END.finditer(match, 0, picked.start())), default=0)
    stop = _SENTENCE_END.search(match, end)
    stop_at = stop.start() if stop else len(match)
    level = _BODY_LEVEL.format(level=picked.group("level"))
    bodies = [m for m in mentions if m.category == "actor" and m.kind not in ("Office", "PeopleGroup")
              and start <= m.span.start and m.span.end <= stop_at
              and (re.search(level, m.label) or re.search(level, match[m.span.start:m.span.end]))]
    return min(bodies, key=lambda m: min(abs(m.span.start - picked.start()), abs(m.span.end - picked.start())),
               default=None)
