"""The central committee of a mass organisation, an actor apart where the text also names the organisation itself.

"Trung ương Hội Cựu chiến binh Việt Nam" is the organisation's central committee. A plan that names only it reads it
as the organisation (the vocabulary's alias, and :func:`recognise._central_committees`); a plan that also gives
duties to the organisation at every level ("Hội Cựu chiến binh các cấp", "Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến
binh các cấp") names two actors, the committee and the organisation (tests/data/real/GUIDELINES.md: one entry per
distinct actor). :func:`central_boards_apart` gives the committee's mentions their own actor in such a document, named
"Trung ương" and the organisation's name ("Trung ương Hội Cựu chiến binh Việt Nam", also for "TRUNG ƯƠNG HỘI ..." in
the header); elsewhere the mentions stay the organisation's. Only the body's mentions say the organisation is named
alone: the recipients' "Hội CCB các tỉnh" gives it no duty.
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention

__all__ = ["central_boards_apart"]

_CENTRAL = re.compile(r"Trung[ \t]+ương[ \t]+Hội[ \t]", re.IGNORECASE)


def central_boards_apart(mentions: list[Mention], match: str, framed: set[int] = frozenset()) -> list[Mention]:
    """``mentions`` with "Trung ương Hội X" an actor of its own where the body of the text also names "Hội X" without
    it (``framed``: the ids of the mentions of the header, the signatures and the recipients, which name no body
    apart: the recipients' "Hội CCB các tỉnh" is no organisation the text gives a duty; the header's "TRUNG ƯƠNG HỘI
    ..." is the committee, as in the body)."""
    central = {id(m) for m in mentions if m.category == "actor" and m.kind == "MassOrganization"
               and _CENTRAL.match(match, m.span.start)}
    if not central:
        return mentions
    alone = {m.iri for m in mentions if m.category == "actor" and id(m) not in central and id(m) not in framed
             and not match[max(0, m.span.start - 11):m.span.start].lower().endswith("trung ương ")}
    out = []
    for m in mentions:
        if id(m) in central and m.iri in alone:
            label = m.label if m.label.lower().startswith("trung ương") else "Trung ương " + m.label
            m = dataclasses.replace(m, iri=mint_actor_iri(label), label=label, known=False, label_en=None)
        out.append(m)
    return out
