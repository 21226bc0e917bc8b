"""Bodies of several places named once: "Ủy ban nhân dân các xã Thu Lâm, Đông Anh và Nội Bài", "Sở Y tế các tỉnh
Long An, Tiền Giang", "Ủy ban nhân dân các huyện: A, B, C", and below a commune "Chi bộ các ấp A, B", "Ban công tác
Mặt trận các thôn A, B": the body of each place the list names, one actor each (tests/data/real/GUIDELINES.md,
convention 7; docs/DATA_MODEL.md, "Identity of actors")."""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention, Span

__all__ = ["bodies_of_listed_places", "listed_places"]

# the plural of a level in a mention, before its places ("UBND | các xã | Thu Lâm, ...", "Công an | các tỉnh | Quảng
# Ninh, ..."); the level a vocabulary's label writes at its end ("Ủy ban nhân dân cấp xã")
_PLURAL_LEVEL = re.compile(r"(?<!\w)[Cc]ác[ \t]+(?P<level>tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường"
                           r"|thôn|ấp|bản|tổ dân phố|khu phố)(?![^\W\d_])", re.IGNORECASE)
_LABEL_LEVEL = re.compile(r"[ \t]+(?:cấp|các)[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)$")
_WORD = re.compile(r"[^\W\d_]+")
_FIRST = re.compile(r"[ \t]*:[ \t]*|[ \t]+")   # before the first place: a space, or a colon ("các huyện: A, B, C")
_BETWEEN = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)")


def bodies_of_listed_places(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with an actor named for the plural of a level and two places or more after it ("UBND các xã Thu
    Lâm, Đông Anh và Nội Bài", the places inside the mention or right after it) read as the body of each place: the
    first one's span runs to its place, each other one's is its place; labels "<body> <level> <place>" ("Ủy ban nhân
    dân xã Đông Anh")."""
    out = []
    for m in mentions:
        level = _PLURAL_LEVEL.search(match, m.span.start, m.span.end) if m.category == "actor" \
            and m.kind not in ("Office", "PeopleGroup") else None
        places = listed_places(match, level.end()) if level is not None else []
        if len(places) < 2 or places[-1][1] < m.span.end:
            out.append(m)
            continue
        # the body's name: the mention's label without its level when the places follow it ("UBND các xã" is the
        # vocabulary's "Ủy ban nhân dân cấp xã"), else its words before the level ("Công an | các tỉnh Quảng Ninh, ...")
        body = _LABEL_LEVEL.sub("", m.label) if level.end() >= m.span.end \
            else re.sub(r"\s+", " ", match[m.span.start:level.start()]).strip()
        for k, (start, end) in enumerate(places):
            label = f"{body} {level.group('level').lower()} {match[start:end]}"
            out.append(dataclasses.replace(m, span=Span(m.span.start if k == 0 else start, end), surface="",
                                           iri=mint_actor_iri(label), label=label, known=False, label_en=None,
                                           levels=(), generic=False))
    return out


def listed_places(match: str, pos: int) -> list[tuple[int, int]]:
    """The places listed from ``pos`` (after a space or a colon): names of one to three capitalised words, apart by
    commas or "và", on one line."""
    places: list[tuple[int, int]] = []
    while True:
        gap = (_BETWEEN if places else _FIRST).match(match, pos)
        if gap is None:
            break
        start = end = gap.end()
        for n, word in enumerate(_WORD.finditer(match, start)):
            if n == 3 or word.start() != (start if n == 0 else end + 1) or not _capitalised(word.group(0)) \
                    or n and match[end] != " ":   # "Thạnh Lợi<TAB>Năm 2026": a Word table's next cell
                break
            end = word.end()
        if end == start:
            break
        places.append((start, end))
        pos = end
    return places


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())
