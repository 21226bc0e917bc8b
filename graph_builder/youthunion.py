"""A body's committee of a level named two ways in one document: "Huyện đoàn" (labelled "Huyện đoàn Đạ Tẻh" in a
district's document) and "Ban Chấp hành Đoàn TNCS Hồ Chí Minh huyện Đạ Tẻh" (a header's organ, a signature's body)
are one body, as are "Tỉnh đoàn Lâm Đồng" and "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lâm Đồng": the committee's
mentions take the fuller name's identity (docs/DATA_MODEL.md, "Identity of actors").

Both names come from the vocabulary, the single source of actor names: a committee is an entry named "<level word>
<word>" ("tỉnh đoàn", "huyện đoàn") whose parent's names begin with that word ("Đoàn Thanh niên Cộng sản Hồ Chí
Minh", "Đoàn TNCS Hồ Chí Minh", ...); the Youth Union is today's only such body.

>>> from policykg.ontology import load_lexicon
>>> committees, union = _committee_forms(load_lexicon())
>>> bool(committees.fullmatch("huyện đoàn đạ tẻh")), bool(union.fullmatch("ban chấp hành đoàn tncs hồ chí minh tỉnh x"))
(True, True)
"""

from __future__ import annotations

import dataclasses
import functools
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder.model import ActorRef, Mention
from policykg.ontology.lexicon import Lexicon

__all__ = ["youth_union_committees"]

# grammar, not names: the first word of a committee named after its level, and the level it names in full
_LEVEL = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}


@functools.lru_cache(maxsize=4)
def _committee_forms(lexicon: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    """(the committee named after its level and place, the parent body at a level and place by one of its names), as
    match-key patterns read from ``lexicon``; None when the vocabulary names no such committee. Read once a lexicon."""
    heads: set[str] = set()
    names: set[str] = set()
    for form, entry in lexicon.surface_forms():
        level, _, head = form.partition(" ")
        if level not in _LEVEL or not head or " " in head:
            continue
        for parent in entry.parents:
            body = lexicon.get(parent)
            own = {match_key(n) for n in ((body.label_vi, *body.alt_labels) if body else ())} - {""}
            own = {n for n in own if n.startswith(head + " ")}
            if own:
                heads.add(head)
                names |= own
    forms = None
    if heads:
        alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        forms = (re.compile(rf"({'|'.join(_LEVEL)}) (?:{'|'.join(map(re.escape, sorted(heads)))}) (.+)"),
                 re.compile(rf"(?:ban chấp hành )?(?:{alternation}) ({'|'.join(sorted(set(_LEVEL.values())))}) (.+)"))
    return forms


def youth_union_committees(mentions: list[Mention], issuers: list[ActorRef], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each committee named after its level ("Huyện đoàn X") given the identity of the body's
    committee the document names in full at that level and place (an issuer of its header, or a mention), when it
    names exactly one; the others unchanged."""
    forms = _committee_forms(lexicon)
    if forms is None:
        return mentions
    committee, full = forms
    union: dict[tuple[str, str], set[tuple[str, str]]] = {}
    named = [(m.iri, m.label) for m in mentions if m.category == "actor"] + [(i.iri, i.label or "") for i in issuers]
    for iri, label in named:
        found = full.fullmatch(match_key(label))
        if found is not None:
            union.setdefault((found.group(1), found.group(2)), set()).add((iri, label))
    if not union:
        return mentions
    out = []
    for m in mentions:
        found = committee.fullmatch(match_key(m.label)) if m.category == "actor" else None
        named = union.get((_LEVEL[found.group(1)], found.group(2))) if found else None
        if named is not None and len(named) == 1:
            iri, label = next(iter(named))
            m = dataclasses.replace(m, iri=iri, label=label)
        out.append(m)
    return out
