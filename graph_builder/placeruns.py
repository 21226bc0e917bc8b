"""Bodies of several places of one level named once, the level written once in the singular: "Ủy ban nhân dân huyện
Đức Hòa, Cần Giuộc và Bến Lức", "Công an tỉnh Quảng Ninh, Thái Bình và Nam Định", and the bodies whose head word
carries the level ("Tỉnh đoàn Hà Giang, Sơn La và Nghệ An", "phối hợp với tỉnh đoàn Hà Giang, Sơn La và Nghệ An",
"Huyện ủy A, B và C"): the body of each place the list names, one actor each (tests/data/real/GUIDELINES.md,
convention 7). The plural form ("UBND các xã A, B và C") is ``placelists``.

Read only where the list is closed by "và" before its last place, and stops at a place that opens a body of its own
("Ủy ban nhân dân huyện Đức Hòa, Cần Giuộc và Sở Y tế": Sở Y tế stays itself). Mentions read inside the list
("Hải Phòng và Thái Bình" read as "Phòng và Thái Bình", a Phòng) give way to the places."""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.placelists import listed_places

__all__ = ["bodies_of_place_runs"]

# the singular level right before the first place, alone or as the first syllable of the body's head ("huyện | Đức
# Hòa", "Tỉnh đoàn | Hà Giang", "Huyện ủy | Đức Hòa"); not after "các" (the plural, placelists)
_LEVEL = r"(?<![^\W\d_])(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)(?:[ \t]+(?:đoàn|ủy|uỷ))?[ \t]+"
_LEVEL_BEFORE = re.compile(r"(?i)(?<!các )" + _LEVEL + "$")
_LEVEL_INSIDE = re.compile(r"(?i)" + _LEVEL + r"(?=[^\W\d_])")
_CLOSED = re.compile(r"(?<![^\W\d_])và[ \t]+$")


def bodies_of_place_runs(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with an actor named for one place of a level in the singular and a list of places that goes on
    from it, closed by "và" ("UBND huyện Đức Hòa, Cần Giuộc và Bến Lức"), read as the body of each place: the first
    one's span runs to its place, each other one's is its place; labels "<body and level> <place>"."""
    out: list[Mention] = []
    skip_until = -1
    starts = {m.span.start: m for m in mentions if m.category == "actor"}
    for m in mentions:
        if m.span.start < skip_until and m.category == "actor":
            continue   # read inside the run of places: a place, not a body
        run = _run(m, match, starts) if m.category == "actor" and m.kind not in ("Office", "PeopleGroup") else None
        if run is None:
            out.append(m)
            continue
        body, places = run
        for k, (start, end) in enumerate(places):
            label = f"{body} {match[start:end]}"
            out.append(dataclasses.replace(m, span=Span(m.span.start if k == 0 else start, end), surface="",
                                           iri=mint_actor_iri(label), label=label, known=False, label_en=None,
                                           levels=(), generic=False))
        skip_until = places[-1][1]
    return out


def _run(m: Mention, match: str, starts: dict[int, Mention]) -> tuple[str, list[tuple[int, int]]] | None:
    """(the body and its level as the labels write it, the places) of the list that ``m`` opens, or None."""
    first = _first_place(m, match)
    if first is None:
        return None
    places = listed_places(match, first - 1)
    while places and any(p.span.start == places[-1][0] and p.span.end > places[-1][1] for p in starts.values()):
        places.pop()   # "..., Cần Giuộc và Sở Y tế": a body of its own ends the list
    if len(places) < 2 or places[0][0] != first or places[-1][1] <= m.span.end and "," not in m.surface \
            or _CLOSED.search(match, places[-2][1], places[-1][0]) is None:
        return None
    head = re.sub(r"\s+", " ", match[m.span.start:first]).strip()
    at = m.label.find(match[first:places[0][1]])
    body = m.label[:at].strip() if at > 0 else head   # "Ủy ban nhân dân huyện | Đức Hòa" as the label writes it
    return body[:1].upper() + body[1:], places


def _first_place(m: Mention, match: str) -> int | None:
    """Where the first place of ``m``'s list starts: inside the mention after its level ("UBND huyện | Đức Hòa"), or
    right after a mention that ends with a level head ("tỉnh đoàn | Hà Giang, ...")."""
    text = match[m.span.start:m.span.end]
    for inside in reversed(list(_LEVEL_INSIDE.finditer(text))):
        if _LEVEL_BEFORE.search(text[:inside.end()]) and text[inside.end():inside.end() + 1].isupper():
            return m.span.start + inside.end()
    after = m.span.end + 1
    if _LEVEL_BEFORE.search(match[m.span.start:after]) and match[m.span.end:after] == " " \
            and match[after:after + 1].isupper():
        return after
    return None
