"""The Youth Union's committee of a level named two ways in one document: "Huyện đoàn" (labelled "Huyện đoàn Đạ Tẻh"
in a district's document) and "Ban Chấp hành Đoàn TNCS Hồ Chí Minh huyện Đạ Tẻh" (a header's organ, a signature's
body) are one body, as are "Tỉnh đoàn Lâm Đồng" and "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lâm Đồng": the
committee's mentions take the fuller name's identity (docs/DATA_MODEL.md, "Identity of actors")."""

from __future__ import annotations

import dataclasses
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder.model import ActorRef, Mention

__all__ = ["youth_union_committees"]

# "Huyện đoàn Đạ Tẻh", "Tỉnh đoàn Lâm Đồng": the committee named after its level, then its place
_COMMITTEE = re.compile(r"(?i)(tỉnh|thành|huyện|quận|thị) đoàn (.+)")
_LEVEL = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}
# the Union at that level and place, by its name ("Ban Chấp hành" of it, or the Union itself; not its standing board)
_UNION = re.compile(r"(?i)(?:ban chấp hành )?đoàn (?:tncs hồ chí minh|thanh niên cộng sản hồ chí minh|thanh niên) "
                    r"(tỉnh|thành phố|huyện|quận|thị xã) (.+)")


def youth_union_committees(mentions: list[Mention], issuers: list[ActorRef]) -> list[Mention]:
    """``mentions`` with each Youth Union committee named after its level ("Huyện đoàn X") given the identity of the
    Union's committee the document names in full at that level and place (an issuer of its header, or a mention),
    when it names exactly one; the others unchanged."""
    union: dict[tuple[str, str], set[tuple[str, str]]] = {}
    named = [(m.iri, m.label) for m in mentions if m.category == "actor"] + [(i.iri, i.label or "") for i in issuers]
    for iri, label in named:
        found = _UNION.fullmatch(label)
        if found is not None:
            union.setdefault((found.group(1).lower(), match_key(found.group(2))), set()).add((iri, label))
    if not union:
        return mentions
    out = []
    for m in mentions:
        found = _COMMITTEE.fullmatch(m.label) if m.category == "actor" else None
        named = union.get((_LEVEL[found.group(1).lower()], match_key(found.group(2)))) if found else None
        if named is not None and len(named) == 1:
            iri, label = next(iter(named))
            m = dataclasses.replace(m, iri=iri, label=label)
        out.append(m)
    return out
