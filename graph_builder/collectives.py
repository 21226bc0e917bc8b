"""Bodies named by what they belong to, right before the name of that body: "các Ủy ban của Quốc hội", "cơ quan
chuyên môn thuộc Ủy ban nhân dân các cấp", "các cơ quan, đơn vị trực thuộc Bộ Quốc phòng": one collective actor of the
named body's kind (docs/DATA_MODEL.md, "Identity of actors")."""

from __future__ import annotations

import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import PRIORITY_ACTOR, Candidate, Vocabulary

__all__ = ["collective_actors"]

# bodies named by what they belong to, right before the name of that body: "các Ủy ban của | Quốc hội", "cơ quan
# chuyên môn thuộc | Ủy ban nhân dân các cấp", "các cơ quan, đơn vị trực thuộc | Bộ Quốc phòng"; after "các" or where
# a list item starts, never inside a word ("nhiệm vụ của", "cơ cấu tổ chức của")
_COLLECTIVE_HEAD = r"(?:cơ quan|đơn vị|ủy ban|ban|sở|phòng|cục|chi cục|bộ phận|trung tâm|đảng ủy|chi bộ|đảng bộ|đoàn giám sát|đoàn kiểm tra)"
_COLLECTIVE = re.compile(rf"(?:(?:^|[,;:(\-]|\s(?:và|hoặc|với|giao|cho|thuộc|đầu|của))\s*|(?<!\w)(?:các|những)\s+)"
                         rf"(?P<body>{_COLLECTIVE_HEAD}(?:\s*,\s*{_COLLECTIVE_HEAD})*"
                         rf"(?:\s+(?:chuyên môn|chức năng|trực thuộc|tham mưu))?\s+(?:của|thuộc|trực thuộc))\s+$")

# a body's units however the text writes them, "đơn vị thuộc", "cơ quan trực thuộc", "cơ quan, đơn vị trực thuộc": one
# collective of that body (one IRI, minted from "đơn vị trực thuộc ..."; the label stays as written)
_UNITS_UNDER = re.compile(r"(?:cơ quan|đơn vị|cơ quan\s*,\s*đơn vị)\s+(?:trực\s+)?thuộc")


def collective_actors(vocab: Vocabulary, match: str, low: str, floor: int, names: list[Candidate]) -> list[Candidate]:
    """Bodies named by what they belong to: "các Ủy ban của Quốc hội", "cơ quan chuyên môn thuộc Ủy ban nhân dân các
    cấp", "các cơ quan, đơn vị trực thuộc Bộ Quốc phòng" (``_COLLECTIVE``), one actor of the named body's kind."""
    found = []
    for name in names:
        if name.mention is None or name.mention.kind in ("PeopleGroup", "Office"):
            continue
        m = _COLLECTIVE.search(low, max(floor, name.start - 60), name.start)
        if m is None:
            continue
        words = re.sub(r"\s+", " ", match[m.start("body"):name.start]).strip()
        label = f"{words} {name.mention.label}"
        label = label[:1].upper() + label[1:] if match[m.start("body")].isupper() else label
        units = _UNITS_UNDER.fullmatch(words.lower()) is not None
        mention = Mention(span=Span(m.start("body"), name.end), surface="", category="actor", label=label,
                          iri=mint_actor_iri(f"đơn vị trực thuộc {name.mention.label}" if units else label),
                          kind=name.mention.kind, known=False)
        found.append(Candidate(m.start("body"), name.end, PRIORITY_ACTOR, mention))
    return found
