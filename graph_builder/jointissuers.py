"""The issuers of a joint document named bare in its text: "Hội Nông dân", "Tỉnh đoàn", "Huyện đoàn" in a document of
the "Hội Nông dân tỉnh X", the "Tỉnh đoàn X" and other organs are those local issuers, not the national body or the
generic node the vocabulary gives the bare name. So, in a news article, is a body it names in full with its place
("Tỉnh đoàn Bến Tre", then "Bí thư Tỉnh đoàn").

:mod:`identity` qualifies a bare name by the document's locality only when the vocabulary has the body at that level
(the departments, the police), and ties to the issuer only the name of its first issuer. A joint document has
several: each issuer whose name is a vocabulary body's name with a level and a place ("Hội Liên hiệp Phụ nữ | tỉnh
Phú Yên", "Tỉnh đoàn | Bến Tre") takes that body's bare mentions, when no other issuer is the same body's.
A name with the country or the centre ("Hội Nông dân Việt Nam", "Trung ương Hội") stays the national body.
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import ActorRef, DocumentInfo, Mention
from policykg.ontology.lexicon import Lexicon

__all__ = ["local_bodies", "local_issuers"]

# the level and place that end an issuer's name: "Hội Nông dân | tỉnh Phú Yên", "Tỉnh đoàn | Bến Tre"
_PLACE_END = re.compile(rf"(?:\s+(?:{cues.LEVEL_PATTERN}))?\s+(?:[A-ZĐ]\w*)(?:(?:\s+|\s*-\s*)[A-ZĐ]\w*)*\s*$")
_NATIONAL = re.compile(r"(?<!\w)(?:việt nam|trung ương|tw)(?!\w)")
_MANY = re.compile(r"(?<!\w)(?:các|cấp|những)(?!\w)")


def local_issuers(mentions: list[Mention], document: DocumentInfo, lexicon: Lexicon) -> list[Mention]:
    """The mentions, with the bare names of a joint document's local issuers tied to them (see the module)."""
    reported = document.reports_on if document.kind == "NewsArticle" else None
    issuers = (reported or document).issuers
    if document.kind == "NewsArticle" and len(issuers) < 2:   # an article: the local bodies it names with their place
        issuers = list({m.iri: ActorRef(m.iri, m.label, m.kind) for m in mentions
                        if m.category == "actor" and _PLACE_END.search(m.label or "")}.values())
    if len(issuers) < 2 or lexicon is None:
        return mentions
    by_body: dict[str, list[ActorRef]] = {}
    for ref in issuers:
        for iri in local_bodies(ref, lexicon):
            by_body.setdefault(iri, []).append(ref)
    own = {iri: refs[0] for iri, refs in by_body.items() if len(refs) == 1}
    if not own:
        return mentions
    return [dataclasses.replace(m, iri=own[m.iri].iri, label=own[m.iri].label or m.label, known=False)
            if _bare(m) and m.iri in own and m.iri != own[m.iri].iri else m for m in mentions]


def local_bodies(ref: ActorRef, lexicon: Lexicon) -> set[str]:
    """The vocabulary bodies an organ is the local instance or branch of: its name without the place, with and without
    the level word or "chi nhánh", or with the country ("Hội Nông dân tỉnh", "Hội Nông dân"; "Ngân hàng Nhà nước";
    "Bảo hiểm xã hội Việt Nam")."""
    label = ref.label or ""
    cut = _PLACE_END.search(label)
    if cut is None or cut.start() == 0:
        return set()
    found = set()
    bare = re.sub(rf"(?i)\s+(?:{cues.LEVEL_PATTERN}|chi nhánh)$", "", label[:cut.start()])
    for name in (label[:cut.start()], bare, bare + " Việt Nam"):   # "Bảo hiểm xã hội | Việt Nam": the national name
        entry = lexicon.lookup(name)
        if entry is not None and entry.iri != ref.iri:
            found.add(entry.iri)
    return found


def _bare(m: Mention) -> bool:
    """One body named without the country, the centre or a plural ("Hội Nông dân", "Bí thư Tỉnh đoàn")."""
    if m.category != "actor":
        return False
    key = match_key(m.surface)
    return not _NATIONAL.search(key) and not _MANY.search(m.surface.lower()) and "," not in m.surface
