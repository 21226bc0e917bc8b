"""Places named bare where a party or a duty holder stands: the People's Committee of each place.

Provincial plans and news of inter-provincial agreements write the bodies of places by the places alone:
"Sở Y tế chủ trì, phối hợp với các huyện, thị xã, thành phố ...", "Giao các xã, phường ...", "- Các xã, phường có
trách nhiệm ...", "phối hợp giữa 3 tỉnh gồm: Lai Châu, Điện Biên và Sơn La", "giao các huyện Mường Tè, Sìn Hồ và
thành phố Lai Châu ...". A plural of levels with no place after it is the collective of that level's People's
Committees (the vocabulary's "Ủy ban nhân dân cấp xã" for "các xã, phường"); each named place of a list is the
People's Committee of that place ("Ủy ban nhân dân tỉnh Sơn La"), one actor each, and the plural of the border's
places ("phối hợp, hỗ trợ các tỉnh biên giới") their committees apart (tests/data/real/GUIDELINES.md, on
collective actors and convention 7). Only in a party's slot: after "phối hợp với", "giữa", "giao", "đề nghị", "yêu
cầu", where a line or a list item starts or after a body's name in a list ("Sở Y tế và các xã, phường"); never where the text names a place ("trên địa bàn các huyện", "tại các
xã") nor a count of them ("8 tỉnh có trên 31.130 tàu cá").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import PRIORITY_ACTOR, Candidate, Vocabulary, norm

__all__ = ["bare_place_bodies"]

_LEVEL = r"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)"
_COUNT = r"(?:các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
# "các huyện, thị xã, thành phố", "8 tỉnh", "các tỉnh, thành phố trực thuộc Trung ương" (searched in lower case)
_PLURAL = re.compile(rf"(?<!\w)(?P<count>{_COUNT})[ \t]+(?P<levels>{_LEVEL}(?:[ \t]*,[ \t]*{_LEVEL}|[ \t]+và[ \t]+{_LEVEL})*)"
                     rf"(?P<central>[ \t]+trực thuộc trung ương)?(?!\w)")
# a party's slot right before the plural: a cue of a party, or the start of a line or of a list item
_SLOT = re.compile(r"(?:(?<!\w)(?:(?:hợp tác|cùng)(?:[ \t]+chặt chẽ)?[ \t]+với"
                   r"|phối hợp(?:[ \t]*,[ \t]*hỗ trợ)?(?:[ \t]+chặt chẽ)?(?:[ \t]+với)?|giữa|giao|giao cho|đề nghị|yêu cầu)[ \t]+"
                   r"|(?:^|\n)[ \t]*(?:[-–+•*][ \t]*|\d+(?:\.\d+)*[.)][ \t]*|[a-zđ][.)][ \t]*)?)$")
# the plural as the next item of a list of bodies ("Sở Y tế | và các xã, phường", "Công an tỉnh | , các huyện"): the
# gap from the body's end
_AFTER_AN_ACTOR = re.compile(r"[ \t]*(?:,|;|và|,[ \t]*và)[ \t]+$")
# the list's opening after the plural ("gồm:", "là", ":") and the gap between two places
_OPEN = re.compile(r"(?:[ \t]+(?:gồm|bao gồm|là))?[ \t]*:?[ \t]*")
_BETWEEN = re.compile(r"[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")
_ITEM_LEVEL = re.compile(rf"(?P<level>{_LEVEL})[ \t]+")
_WORD = re.compile(r"[^\W\d_]+")
# the border's places (a class of places the law sets apart, as :mod:`qualifiers` reads "Ủy ban nhân dân các xã biên
# giới"): "các tỉnh | biên giới"
_BORDER = re.compile(r"[ \t]+biên[ \t]+giới(?!\w)")


def bare_place_bodies(vocab: Vocabulary, mentions: list[Mention], match: str, low: str,
                      regions: Sequence[tuple[int, int]], frame: Sequence[Span] = ()) -> list[Mention]:
    """``mentions`` with the People's Committees named by bare places in a party's slot in the ``regions`` (none
    inside a mention or the ``frame``): each place of a list after a plural of levels ("giao các huyện A, B và thành
    phố C"), or, with no place after it, the level's collective ("phối hợp với các xã, phường"). Read after the
    mentions are chosen: a name after a level word is a place there (:mod:`notactors`), a party here."""
    taken = [(m.span.start, m.span.end) for m in mentions] + [(f.start, f.end) for f in frame]
    actor_ends = {m.span.end for m in mentions if m.category == "actor"}
    found = [c.mention for start, end in regions for c in _bodies(vocab, match, low, (start, end), actor_ends)]
    found = [m for m in found if not any(a < m.span.end and m.span.start < b for a, b in taken)]
    return sorted(mentions + found, key=lambda m: (m.span.start, m.span.end)) if found else mentions


def _bodies(vocab: Vocabulary, match: str, low: str, region: tuple[int, int], actor_ends: set[int]) -> list[Candidate]:
    start, end = region
    found = []
    for m in _PLURAL.finditer(low, start, end):
        listed = _AFTER_AN_ACTOR.search(low, max(start, m.start() - 8), m.start())
        if not _SLOT.search(low[max(start, low.rfind("\n", start, m.start()) + 1):m.start()]) \
                and not (listed is not None and listed.start() in actor_ends):
            continue
        first = low[m.start("levels"):m.end("levels")].split(",")[0].split(" và ")[0].strip()
        places = _places(match, _OPEN.match(match, m.end()).end(), end, first)
        if len(places) >= 2:
            found.extend(_committee(match, s, e, level) for s, e, level in places)
        elif m.group("count") == "các" and (border := _BORDER.match(low, m.end(), end)) is not None:
            label = f"các {first} biên giới"   # "các tỉnh | biên giới": a class of places, their committees apart
            found.append(Candidate(m.start(), border.end(), PRIORITY_ACTOR, Mention(
                span=Span(m.start(), border.end()), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                kind="Authority", known=False)))
        elif m.group("count") == "các" and not places and not _capital_after(match, m.end(), end):
            collective = _collective(vocab, first, m)
            if collective is not None:
                found.append(collective)
    return found


def _places(match: str, pos: int, end: int, level: str) -> list[tuple[int, int, str]]:
    """The places listed from ``pos``: names of one to four capitalised words, each with its own level word or the
    list's ("Mường Tè, Sìn Hồ và thành phố Lai Châu"), apart by commas or "và", on one line."""
    places: list[tuple[int, int, str]] = []
    while pos < end:
        gap = _BETWEEN.match(match, pos) if places else None
        if places and gap is None:
            break
        at = gap.end() if gap is not None else pos
        own = _ITEM_LEVEL.match(match, at)
        item_level = own.group("level") if own is not None and places else level
        at = own.end() if own is not None and places else at
        name_end = at
        for n, word in enumerate(_WORD.finditer(match, at, end)):
            if n == 4 or word.start() != (at if n == 0 else name_end + 1) or not _capitalised(word.group(0)) \
                    or n and match[name_end] != " ":
                break
            name_end = word.end()
        if name_end == at:
            break
        places.append((at, name_end, item_level))
        pos = name_end
    return places


def _committee(match: str, start: int, end: int, level: str) -> Candidate:
    label = f"Ủy ban nhân dân {level} {re.sub(r'[ ]+', ' ', match[start:end])}"
    mention = Mention(span=Span(start, end), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                      kind="Authority", known=False)
    return Candidate(start, end, PRIORITY_ACTOR, mention)


def _collective(vocab: Vocabulary, level: str, m: re.Match) -> Candidate | None:
    """The vocabulary's People's Committees of the first level of the plural, the span the plural as written."""
    level_iri = vocab.level_of.get(norm(level))
    every = next((e for e in vocab.lexicon.entries if e.kind == "Authority" and e.level == "LevelAll"
                  and norm(e.label_vi) == norm("Ủy ban nhân dân các cấp")), None)
    entry = vocab.level_specific(every, level_iri) if every is not None and level_iri else None
    if entry is None:
        return None
    mention = Mention(span=Span(m.start(), m.end()), surface="", category="actor", iri=entry.iri, label=entry.label_vi,
                      kind=entry.kind, known=True, label_en=entry.label_en)
    return Candidate(m.start(), m.end(), PRIORITY_ACTOR, mention)


def _capital_after(match: str, pos: int, end: int) -> bool:
    """A capitalised word follows (a named place the list did not read: no collective there)."""
    nxt = re.match(r"[ \t]*:?[ \t]*([^\W\d_])", match[pos:min(end, pos + 6)])
    return nxt is not None and nxt.group(1).isupper()


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())
