"""Bodies of several places named once: "Ủy ban nhân dân các xã Thu Lâm, Đông Anh và Nội Bài", "Sở Y tế các tỉnh
Long An, Tiền Giang", "Ủy ban nhân dân các huyện: A, B, C", "Công an các tỉnh, thành phố: Quảng Ninh, Hải Phòng"
(each place "tỉnh", or "thành phố" for a city the ontology names), and below a commune "Chi bộ các ấp A, B", "Ban
công tác Mặt trận các thôn A, B": the body of each place the list names, one actor each
(tests/data/real/GUIDELINES.md, convention 7; docs/DATA_MODEL.md, "Identity of actors")."""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder.model import Mention, Span
from policykg.ontology.lexicon import Lexicon

__all__ = ["bodies_of_listed_places", "bodies_of_places_after_one_level", "places_listed"]

# the plural of a level in a mention, before its places ("UBND | các xã | Thu Lâm, ...", "Công an | các tỉnh | Quảng
# Ninh, ..."); the level a vocabulary's label writes at its end ("Ủy ban nhân dân cấp xã")
_PLURAL_LEVEL = re.compile(r"(?<!\w)[Cc]ác[ \t]+(?:(?P<provincial>tỉnh,[ \t]*thành phố(?:[ \t]+trực thuộc trung ương)?)"
                           r"|(?P<level>tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|thôn|ấp|bản|tổ dân phố"
                           r"|khu phố))(?![^\W\d_])", re.IGNORECASE)
_LABEL_LEVEL = re.compile(r"[ \t]+(?:cấp|các)[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)"
                          r"(?:,[ \t]*thành phố)?(?:[ \t]+trực thuộc [Tt]rung ương)?$")
_WORD = re.compile(r"[^\W\d_]+")
_FIRST = re.compile(r"[ \t]*:[ \t]*|[ \t]+")   # before the first place: a space, or a colon ("các huyện: A, B, C")
_BETWEEN = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)")
# "thành phố" written before one place of a list of provinces and cities ("Hà Nội, TP. Hồ Chí Minh, Tp Cần Thơ")
_CITY_WORD = re.compile(r"(?:TP|Tp)(?:\.[ \t]*|[ \t]+)|[Tt]hành[ \t]+phố[ \t]+")


def bodies_of_listed_places(mentions: list[Mention], match: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with an actor named for the plural of a level and two places or more after it ("UBND các xã Thu
    Lâm, Đông Anh và Nội Bài", the places inside the mention or right after it) read as the body of each place: the
    first one's span runs to its place, each other one's is its place; labels "<body> <level> <place>" ("Ủy ban nhân
    dân xã Đông Anh"). After provinces and cities together ("Công an các tỉnh, thành phố: Quảng Ninh, Hải Phòng")
    each place takes its own level word, "thành phố" for the ontology's centrally governed cities (pkg:levelCityName)
    and for a place written after "TP." or "Thành phố" ("Hà Nội, TP. Hồ Chí Minh, Cần Thơ"), else "tỉnh": "Công an
    tỉnh Quảng Ninh", "Công an thành phố Hải Phòng", "Công an thành phố Hồ Chí Minh".

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.graph_builder.recognise import find_mentions
    >>> from policykg.ontology import load_lexicon
    >>> src = source_from_string("Công an các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Nghệ An khẩn trương triển khai.")
    >>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
    ['Công an tỉnh Quảng Ninh', 'Công an thành phố Hải Phòng', 'Công an tỉnh Nghệ An']
    """
    cities = {match_key(name) for level in lexicon.levels for name in level.city_names}
    out = []
    for m in mentions:
        level = _PLURAL_LEVEL.search(match, m.span.start, m.span.end) if m.category == "actor" \
            and m.kind not in ("Office", "PeopleGroup") else None
        places = places_listed(match, level.end(), city_word=bool(level.group("provincial"))) if level is not None else []
        if len(places) < 2 or places[-1][1] < m.span.end:
            out.append(m)
            continue
        # the body's name: the mention's label without its level when the places follow it ("UBND các xã" is the
        # vocabulary's "Ủy ban nhân dân cấp xã"), else its words before the level ("Công an | các tỉnh Quảng Ninh, ...")
        body = _LABEL_LEVEL.sub("", m.label) if level.end() >= m.span.end \
            else re.sub(r"\s+", " ", match[m.span.start:level.start()]).strip()
        labels = []
        for start, end in places:
            city_word = _CITY_WORD.match(match, start) if level.group("provincial") else None
            name = match[city_word.end() if city_word else start:end]
            word = level.group("level").lower() if level.group("level") \
                else "thành phố" if city_word or match_key(name) in cities else "tỉnh"
            labels.append(f"{body} {word} {name}")
        out += _one_body_per_place(m, places, labels)
    return out


def _one_body_per_place(m: Mention, places: list[tuple[int, int]], labels: list[str]) -> list[Mention]:
    """The mention ``m`` of a list of places as the body of each place, labelled ``labels``: the first one's span runs
    from the mention's start to its place, each other one's is its place."""
    return [dataclasses.replace(m, span=Span(m.span.start if k == 0 else start, end), surface="",
                                iri=mint_actor_iri(label), label=label, known=False, label_en=None, levels=(),
                                generic=False)
            for k, ((start, end), label) in enumerate(zip(places, labels))]


# what a body's name ends with right before its first place when the level is written once for all the places: a
# level in the singular ("UBND tỉnh | Long An, Tiền Giang và Bến Tre") or a kind that holds its level ("Tỉnh đoàn |
# Hà Giang, Sơn La và Nghệ An", "Thành ủy | Hà Nội, Hải Phòng")
_ONE_LEVEL_END = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường"
                            r"|(?:tỉnh|thành|huyện|quận|thị)[ \t]+(?:đoàn|ủy|uỷ|hội))[ \t]*$", re.IGNORECASE)


def bodies_of_places_after_one_level(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with an actor whose level is written once before a list of places closed by "và" ("Tỉnh đoàn Hà
    Giang, Sơn La và Nghệ An", "Ủy ban nhân dân tỉnh Long An, Tiền Giang và Bến Tre"; the places inside the mention
    or right after it) read as the body of each place: the first one's span runs to its place, each other one's is
    its place; labels "<body> <place>" ("Tỉnh đoàn Sơn La"). A list no other mention starts in: "UBND tỉnh Long An,
    Sở Tài chính và ..." names two bodies."""
    out = []
    starts = sorted(m.span.start for m in mentions)
    for m in mentions:
        places = _places_after_one_level(match, m) if m.category == "actor" \
            and m.kind not in ("Office", "PeopleGroup") else []
        if not places:
            out.append(m)
            continue
        first = match[places[0][0]:places[0][1]]
        named = re.sub(r"\s+", " ", match[m.span.start:places[0][0]]).strip()
        # the body's name: the mention's label before its first place when the label ends with it ("UBND tỉnh Long
        # An" is "Ủy ban nhân dân tỉnh Long An"), else the words as written ("tỉnh đoàn" -> "Tỉnh đoàn")
        body = m.label[:-len(first)].rstrip() if m.label.endswith(" " + first) else named[:1].upper() + named[1:]
        if any(places[0][0] <= s < places[-1][1] for s in starts if s != m.span.start):
            out.append(m)
            continue
        out += _one_body_per_place(m, places, [f"{body} {match[start:end]}" for start, end in places])
    return out


def _places_after_one_level(match: str, m: Mention) -> list[tuple[int, int]]:
    """The places listed after the level word the mention ``m`` ends with or holds, when there are two or more, the
    last after "và", and the list reaches the mention's end; else none."""
    line_start = match.rfind("\n", 0, m.span.start) + 1
    for level in _ONE_LEVEL_END_WORD.finditer(match, m.span.start, m.span.end):
        # its line up to the level word ends with a level: searched from the word before it (a long line is not read
        # again for each mention: a page without line breaks)
        back = level.start()
        while back > line_start and match[back - 1] in " \t":
            back -= 1
        if not _ONE_LEVEL_END.search(match, max(line_start, back - _LONGEST_FIRST_WORD), level.end()):
            continue
        places = places_listed(match, level.end())
        if len(places) >= 2 and places[-1][1] >= m.span.end and places[0][0] <= m.span.end + 1 \
                and re.fullmatch(r"[ \t]*và[ \t]+", match[places[-2][1]:places[-1][0]]):
            return places
    return []


_LONGEST_FIRST_WORD = len("huyện")      # the longest first word of a two-word level end of _ONE_LEVEL_END
_ONE_LEVEL_END_WORD = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đoàn|ủy|uỷ"
                                 r"|hội)(?![^\W\d_])", re.IGNORECASE)


def places_listed(match: str, pos: int, city_word: bool = False) -> list[tuple[int, int]]:
    """The places listed from ``pos`` (after a space or a colon): names of one to three capitalised words, apart by
    commas or "và", on one line; with ``city_word`` a name may follow "TP." or "Thành phố" ("TP. Hồ Chí Minh"), its
    span then starting at that word."""
    places: list[tuple[int, int]] = []
    while True:
        gap = (_BETWEEN if places else _FIRST).match(match, pos)
        if gap is None:
            break
        city = _CITY_WORD.match(match, gap.end()) if city_word else None
        start = end = city.end() if city else gap.end()
        for n, word in enumerate(_WORD.finditer(match, start)):
            if n == 3 or word.start() != (start if n == 0 else end + 1) or not _capitalised(word.group(0)) \
                    or n and match[end] != " ":   # "Thạnh Lợi<TAB>Năm 2026": a Word table's next cell
                break
            end = word.end()
        if end == start:
            break
        places.append((gap.end(), end))
        pos = end
    return places


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())
