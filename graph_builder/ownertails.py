"""Bodies the genre names by their owner: "X của <owner>" read as ONE name where X is a unit that exists only as the
owner's ("Trung tâm Công nghệ thông tin của Bảo hiểm xã hội Việt Nam", cv-4740-2021-tct; "Cơ quan thường trực của Ban
Chỉ đạo", kh-252-2013-bcdqg; "Ban Chỉ đạo phòng, chống thiên tai của Chính phủ", the national steering committees'
notices): the unit's name alone is no actor of its own (another owner has another "Trung tâm Công nghệ thông tin"),
and the owner, which the builder read apart, would take the unit's duty. Three forms:

- a unit the builder named by pattern, then "của" and a body of the vocabulary: the two are one name;
- a standing agency named by its role alone ("Cơ quan thường trực", "Văn phòng thường trực", "Cơ quan giúp việc"),
  then "của" and a body of the vocabulary: one name;
- a steering or command committee ("Ban Chỉ đạo", "Ban Chỉ huy") or a unit ("Trung tâm", "Văn phòng", "Viện", "Quỹ",
  "Ban Quản lý") with its lower-case domain and no verb of a duty, then "của" and a body named by its proper name
  ("Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn của Chính phủ", "Trung tâm công nghệ thông tin của BHXH
  Việt Nam").

A unit the vocabulary knows keeps its own name ("Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội" is the
committee the vocabulary names; the lexicon writes the owner in its alternative labels). Used by ``recognise``.

>>> from policykg.graph_builder.model import Mention, Span
>>> text = "Cục Thuế phối hợp với Trung tâm Công nghệ thông tin của Bảo hiểm xã hội Việt Nam kết nối."
>>> unit = Mention(Span(22, 51), "", "actor", "x", "Trung tâm Công nghệ thông tin", "StateBody", known=False)
>>> owner = Mention(Span(56, 80), "", "actor", "y", "Bảo hiểm xã hội Việt Nam", "StateBody")
>>> [(m.label, text[m.span.start:m.span.end]) for m in owner_tails([unit, owner], text)]
[('Trung tâm Công nghệ thông tin của Bảo hiểm xã hội Việt Nam', 'Trung tâm Công nghệ thông tin của Bảo hiểm xã hội Việt Nam')]
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span

__all__ = ["owner_tails"]

# the head nouns of a unit that belongs to a body, written with its capital ("Trung tâm ...", "Văn phòng ...")
_UNIT_HEAD = re.compile(r"(?:Trung tâm|Văn phòng|Cơ quan|Ban|Ủy ban|Uỷ ban|Hội đồng|Tổ|Đoàn|Viện|Phòng|Đội|Quỹ)(?!\w)")
# what joins a unit to its owner: "của", on one line or wrapped
_OF = re.compile(r"[ \t]*\n?[ \t]*của[ \t]*\n?[ \t]*")
# a standing agency named by its role alone, right before "của" and its owner
# (with its capital only: "Sở A là cơ quan thường trực của Ban Chỉ đạo" gives Sở A a role, and names no body)
_ROLE_BEFORE = re.compile(r"(?<!\w)(?<!là )((?:Cơ quan|Văn phòng) thường trực|Cơ quan giúp việc)[ \t]*\n?[ \t]*của[ \t]*\n?[ \t]*$")
# a steering or command committee or a unit with its lower-case domain, right before "của" and its owner
# (not "Ban", "Phòng", "Tổ", "Đoàn" alone: "Ban hành", "Phòng chống", "Tổ chức", "Đoàn kết" open verbs; nor "Hội
# đồng": "đại biểu Hội đồng nhân dân của cơ quan, đơn vị" is the council's seat)
_COMMITTEE_BEFORE = re.compile(r"(?<!\w)(?:Ban Chỉ (?:đạo|huy)|Ban Quản lý|Trung tâm|Văn phòng|Viện|Quỹ)"
                               r"((?:[ \t]*,?[ \t]*\n?[ \t]+[^\W\d_]+){1,14})[ \t]*\n?[ \t]*của[ \t]*\n?[ \t]*$")
# the bodies that own units: not a people group, an office or a kind of body
_OWNER_KINDS = frozenset(("StateBody", "Authority", "PartyOrgan", "PartyCommittee", "FatherlandFront",
                          "MassOrganization", "ArmedForce", "Organization"))
_REACH = 160   # the longest committee's name before its owner ("Ban Chỉ đạo ... và tìm kiếm cứu nạn của")


def owner_tails(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with each unit named by its owner read as one name with it (see the module); the others as
    they are, in order."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if not _owner(m):
            out.append(m)
        elif prev is not None and _unit(prev, match) and not m.generic \
                and _OF.fullmatch(match[prev.span.end:m.span.start]):
            out[-1] = _joined(prev, m, prev.label, match)
        elif (start := _named_before(match, m.span.start, _floor(prev), m.generic)) is not None:
            if prev is not None and start <= prev.span.start:
                out.pop()   # "Ban Chỉ đạo" read alone, the head of the committee's name
            head = re.sub(r"\s+", " ", match[start:m.span.start]).strip()
            head = re.sub(r"\s+của$", "", head)
            out.append(_joined(dataclasses.replace(m, span=Span(start, m.span.start)), m, head, match))
        else:
            out.append(m)
    return out


def _floor(prev: Mention | None) -> int:
    """Where a name before an owner may start: after the previous mention, or at it when it is a committee's head
    read alone ("Ban Chỉ đạo | phòng, chống thiên tai của Chính phủ")."""
    if prev is None:
        return 0
    return prev.span.start if prev.label in ("Ban Chỉ đạo", "Ban Chỉ huy") else prev.span.end


def _owner(m: Mention) -> bool:
    """A body that can own a unit, named by its proper name (not a kind of body, "cơ quan, tổ chức, đơn vị"; a
    body named by its head alone, "Ban Chỉ đạo", owns a standing agency only)."""
    return m.category == "actor" and m.kind in _OWNER_KINDS and not m.levels and m.label[:1].isupper()


def _unit(m: Mention, match: str) -> bool:
    """A unit the builder named by pattern, with a capitalised head noun of a body's unit (not a department or a
    ministry: "Sở", "Bộ"), in the singular."""
    return m.category == "actor" and not m.known and not m.generic and m.kind not in ("PeopleGroup", "Office") \
        and _UNIT_HEAD.match(match, m.span.start) is not None and "\n\n" not in match[m.span.start:m.span.end]


def _named_before(match: str, pos: int, floor: int, bare: bool) -> int | None:
    """Where a standing agency or a steering committee named before "của" and the owner at ``pos`` starts, after
    ``floor`` (the previous mention's end); None when there is none (a committee: not before an owner named by its
    head alone, ``bare``). A committee's domain holds no verb of a duty
    and no function word but "và" and "về" ("Ban Chỉ đạo | triển khai kế hoạch của ...": a duty)."""
    before = match[max(floor, pos - _REACH):pos]
    base = pos - len(before)
    role = _ROLE_BEFORE.search(before)
    if role is not None:
        return base + role.start(1)
    committee = None if bare else _COMMITTEE_BEFORE.search(before)
    if committee is None:
        return None
    words = committee.group(1).replace(",", " ").split()
    domain = f" {' '.join(words)} "
    if not all(w.islower() for w in words) or any(w in cues.NAME_STOP_WORDS and w not in ("và", "về") for w in words) \
            or any(f" {v} " in domain for v in cues.DUTY_VERBS):
        return None
    return base + committee.start()


def _joined(unit: Mention, owner: Mention, head: str, match: str) -> Mention:
    """One mention of the unit and its owner: the unit's name, "của", the owner's label (the vocabulary's)."""
    label = f"{head} của {owner.label}"
    return dataclasses.replace(unit, span=Span(unit.span.start, owner.span.end), label=label, iri=mint_actor_iri(label),
                               known=False, generic=False, kind=unit.kind if unit.category == "actor" else owner.kind,
                               surface=match[unit.span.start:owner.span.end])
