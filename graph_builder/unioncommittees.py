"""The central committee of a mass organisation as a header names it: the board alone on one line, the organisation
on the next ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH", "BAN CHẤP HÀNH TRUNG ƯƠNG" / "HỘI SINH VIÊN VIỆT
NAM"; a text without its layout may put the number and the subject between them). The two lines are one issuer, the
organisation's central committee, named with the ontology's names of both: "Ban Chấp hành Trung ương" and the
organisation's ("Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"), never the organisation alone nor the
Party's Central Committee.

A committee of a level of such an organisation ("TỈNH ĐOÀN X", "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN Y") writes the
organisation's name in the header's right column, above its date, as the Party's documents write "ĐẢNG CỘNG SẢN VIỆT
NAM": that line is the organisation's motto, no organ of the header (``without_union_motto``).
"""

from __future__ import annotations

import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder.model import ActorRef
from policykg.ontology.lexicon import Lexicon

__all__ = ["central_committee_of", "without_union_motto"]

_LEVELS = "(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"


def central_committee_of(board_text: str, board: ActorRef, body: ActorRef, lexicon: Lexicon) -> ActorRef | None:
    """The central committee of the organisation ``body`` when the line above it (``board_text``, read as ``board``)
    names only the central committee ("BAN CHẤP HÀNH TRUNG ƯƠNG", no "ĐẢNG") and ``body`` is a mass organisation of
    the central level; else None."""
    board_entry, entry = lexicon.get(board.iri) if board.iri else None, lexicon.get(body.iri) if body.iri else None
    if board_entry is None or entry is None or entry.kind != "MassOrganization" or entry.level != "LevelCentral" \
            or match_key(board_text) != match_key(board_entry.label_vi):
        return None
    label = f"{board_entry.label_vi} {entry.label_vi}"
    return ActorRef(mint_actor_iri(label), label, entry.kind)


def without_union_motto(names: list, resolve, lexicon: Lexicon) -> tuple[list, list[tuple[object, ActorRef]]]:
    """The header's organ names and their actors (``resolve(name)``: ``(name, actor)`` pairs), in order, without the
    name of the organisation a committee of a level among them belongs to ("TỈNH ĐOÀN BẾN TRE" beside "ĐOÀN TNCS HỒ
    CHÍ MINH": the committee's motto); unchanged when no other organ is one of its committees (the central
    committee's header names the organisation: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH")."""
    resolved = [pair for name in names for pair in resolve(name)]
    mottos = {ref.iri for _, ref in resolved if ref.iri and any(
        ref.iri != other.iri and other.iri and _committee_of(other, ref, lexicon) for _, other in resolved)}
    if not mottos:
        return names, resolved
    dropped = [name for name, ref in resolved if ref.iri in mottos]
    return [n for n in names if not any(n is d for d in dropped)], [p for p in resolved if p[1].iri not in mottos]


def _committee_of(committee: ActorRef, body: ActorRef, lexicon: Lexicon) -> bool:
    """``committee`` is a committee of a level of the central mass organisation ``body``: its vocabulary entry (or,
    named with its place, the entry of its name without the place: "Tỉnh đoàn Bến Tre", "tỉnh đoàn") has the body
    as its parent, or its name holds the body's name and a level word after it."""
    entry = lexicon.get(body.iri)
    if entry is None or entry.kind != "MassOrganization" or entry.level != "LevelCentral" or not committee.label:
        return False
    key = match_key(committee.label)
    own = lexicon.get(committee.iri) or next(filter(None, (lexicon.lookup(" ".join(key.split()[:k])) for k in (2, 3))), None)
    if own is not None and body.iri in own.parents:
        return True
    names = {match_key(n) for n in (entry.label_vi, *entry.alt_labels)} - {""}
    names |= {n.split(" ")[0] for n in names}     # "Ban Chấp hành Đoàn tỉnh X": the name's head word before the level
    return any(re.search(rf"(?:^|ban chấp hành |ban thường vụ ){re.escape(n)} {_LEVELS} ", key) for n in names)
