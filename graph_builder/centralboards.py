"""The central committee of a mass organisation, an actor apart where the text also names the organisation itself.

"Trung ương Hội Cựu chiến binh Việt Nam" is the organisation's central committee. A plan that names only it reads it
as the organisation (the vocabulary's alias, and :func:`recognise._central_committees`); a plan that also gives
duties to the organisation at every level ("Hội Cựu chiến binh các cấp", "Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến
binh các cấp") names two actors, the committee and the organisation (tests/data/real/GUIDELINES.md: one entry per
distinct actor). :func:`central_boards_apart` gives the committee's mentions their own actor, named as written, in
such a document; elsewhere the mentions stay the organisation's.
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention

__all__ = ["central_boards_apart"]

_CENTRAL = re.compile(r"Trung[ \t]+ương[ \t]+Hội[ \t]")


def central_boards_apart(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with "Trung ương Hội X" an actor of its own where the text also names "Hội X" without it."""
    central = {id(m) for m in mentions if m.category == "actor" and m.kind == "MassOrganization"
               and _CENTRAL.match(match, m.span.start)}
    if not central:
        return mentions
    alone = {m.iri for m in mentions if m.category == "actor" and id(m) not in central
             and not match[max(0, m.span.start - 11):m.span.start].lower().endswith("trung ương ")}
    out = []
    for m in mentions:
        if id(m) in central and m.iri in alone:
            label = re.sub(r"\s+", " ", match[m.span.start:m.span.end]).strip()
            m = dataclasses.replace(m, iri=mint_actor_iri(label), label=label, known=False, label_en=None)
        out.append(m)
    return out
