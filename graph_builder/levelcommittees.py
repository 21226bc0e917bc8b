"""Organs a header names by their level alone, under or beside an organ whose line gives the level's place.

A mass organisation's committee named by its level stands under the Party committee that leads it, on a line of its
own (often dashed): "TỈNH ỦY BẮC NINH" / "- TỈNH ĐOÀN", "ĐẢNG ỦY XÃ X" / "BAN CHẤP HÀNH ĐOÀN XÃ". It is no part of the
Party committee ("Tỉnh đoàn Tỉnh ủy Bắc Ninh" is wrong): it issues on its own, named with the place the Party's line
writes (Tỉnh đoàn Bắc Ninh). So does a local organ named with its level and no place under its government's line:
"UBND TỈNH BẮC NINH" / "CÔNG AN TỈNH" (or "UBND TỈNH BẮC NINH - CÔNG AN TỈNH") is issued by Công an tỉnh Bắc Ninh.
In a joint header the level's committee may stand under an organ it is not the committee of ("LIÊN ĐOÀN LAO ĐỘNG
TỈNH" / "TỈNH ĐOÀN" / "HỘI NÔNG DÂN TỈNH X"): it takes the place a later organ of its level writes.
"""

from __future__ import annotations

import re

from policykg.graph_builder.organs import actor_named
from policykg.graph_builder.model import ActorRef
from policykg.ontology.lexicon import Lexicon

__all__ = ["LEVEL_PLACE", "own_level_body", "sibling_committee"]

_LEVELS = r"TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU"

# a committee named by its level ("TỈNH ĐOÀN", "THÀNH ĐOÀN", "HUYỆN ỦY") and the bodies it can be the committee of
_LEVEL_COMMITTEE = re.compile(r"(?P<level>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+(?P<body>ĐOÀN|ỦY|UỶ)")
_COMMITTEE_OF = {"ĐOÀN": re.compile(r"\bĐOÀN\s+(?:TNCS|THANH\s+NIÊN)|^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+(?:ỦY|UỶ)\b"), "ỦY": re.compile(r"\bĐẢNG\s+(?:BỘ|ỦY|UỶ)\b"),
                 "UỶ": re.compile(r"\bĐẢNG\s+(?:BỘ|ỦY|UỶ)\b")}

# the level and place a line writes: "ỦY BAN NHÂN DÂN TỈNH X", "ĐẢNG ỦY XÃ X" (not the committee "TỈNH ỦY", "TỈNH
# ĐOÀN"; the header's readers use it too, :mod:`headernames`); a Party committee named by its level ("TỈNH ỦY X",
# "THÀNH ỦY X", "HUYỆN ỦY X")
LEVEL_PLACE = re.compile(rf"(?:^|\s)(?P<level>{_LEVELS})\s+(?!(?:ỦY|UỶ|ĐOÀN)\b)(?P<place>.+)$")
_PARTY_BY_LEVEL = re.compile(r"^(?P<level>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+(?:ỦY|UỶ)\s+(?P<place>\S.*)$")
_SHORT_LEVEL = {"THÀNH": "THÀNH PHỐ", "THỊ": "THỊ XÃ"}

# the body's own name written with its level and no place: "CÔNG AN TỈNH", "BAN CHẤP HÀNH ĐOÀN XÃ"; a youth committee
# named by its level: "TỈNH ĐOÀN", "THÀNH ĐOÀN", "HUYỆN ĐOÀN"
_NAME_AT_LEVEL = re.compile(rf"^(?P<name>\S.*\s)?(?P<level>{_LEVELS})$")
_YOUTH_BY_LEVEL = re.compile(r"^(?P<level>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ĐOÀN$")

# a body's line whose place may go to the organ under it: a government's, a council's, the Party's
_GOVERNING = re.compile(r"^(?:ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|TỈNH ỦY|TỈNH UỶ|"
                        r"THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|QUẬN UỶ|THỊ ỦY|THỊ UỶ)\b")


def _level_and_place(line: str) -> tuple[str, str] | None:
    """The level and place a governing body's line writes ("ỦY BAN NHÂN DÂN TỈNH X" -> TỈNH, X; "THÀNH ỦY X" ->
    THÀNH PHỐ, X), else None."""
    if not _GOVERNING.match(line):
        return None
    party = _PARTY_BY_LEVEL.match(line)
    if party is not None:
        return _SHORT_LEVEL.get(party.group("level"), party.group("level")), party.group("place")
    found = LEVEL_PLACE.search(line)
    return (found.group("level"), found.group("place")) if found is not None else None


def own_level_body(part: str, body: str, lexicon: Lexicon) -> ActorRef | None:
    """The organ a header line names by its level alone under a governing body's line of that level ("TỈNH ỦY X" /
    "- TỈNH ĐOÀN" -> Tỉnh đoàn X; "UBND TỈNH X" / "CÔNG AN TỈNH" -> Công an tỉnh X): that organ of the place the body's
    line writes; None when the line is a part of the body above ("BAN TUYÊN GIÁO") or the levels differ."""
    part = " ".join(part.strip(" -–*").split())
    given = _level_and_place(" ".join(body.split()))
    if given is None or not part:
        return None
    level, place = given
    youth = _YOUTH_BY_LEVEL.match(part)
    named = _NAME_AT_LEVEL.match(part) if youth is None else None
    if youth is not None and _SHORT_LEVEL.get(youth.group("level"), youth.group("level")) == level:
        whole = actor_named(f"{part} {place}", lexicon)
    elif named is not None and named.group("name") and named.group("level") == level:
        whole = actor_named(f"{part} {place}", lexicon)
    else:
        return None
    return whole if whole is not None and whole.iri else None


def sibling_committee(text: str, above: str, later: list, lexicon: Lexicon) -> ActorRef | None:
    """A committee named by its level in a joint header ("TỈNH ĐOÀN") under an organ it is not the committee of (a
    trade union's "LIÊN ĐOÀN LAO ĐỘNG TỈNH", not "ĐOÀN TNCS HỒ CHÍ MINH"): an issuer of its own, named with the place
    a later organ of the same level writes (``later``: (name, ref) pairs; "... - HỘI NÔNG DÂN TỈNH X" -> Tỉnh đoàn X);
    None when it is the committee of the organ above or sits under the Party committee that leads it ("TỈNH ỦY X" /
    "TỈNH ĐOÀN": :func:`own_level_body`), or no later organ gives its place."""
    found = _LEVEL_COMMITTEE.fullmatch(" ".join(text.split()))
    if found is None or not above or _COMMITTEE_OF[found.group("body")].search(above):
        return None
    for name, _ in later:
        place = LEVEL_PLACE.search(name.text)
        if place is not None and place.group(0).split()[0].startswith(found.group("level")):
            whole = actor_named(f"{found.group(0)} {place.group('place')}", lexicon)
            if whole is not None and whole.iri:
                return whole
    return None
