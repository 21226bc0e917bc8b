"""The central committee of a mass organisation as a header names it: the board alone on one line, the organisation
on the next ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH", "BAN CHẤP HÀNH TRUNG ƯƠNG" / "HỘI SINH VIÊN VIỆT
NAM"; a text without its layout may put the number and the subject between them). The two lines are one issuer, the
organisation's central committee, named with the ontology's names of both: "Ban Chấp hành Trung ương" and the
organisation's ("Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"), never the organisation alone nor the
Party's Central Committee.
"""

from __future__ import annotations

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder.model import ActorRef
from policykg.ontology.lexicon import Lexicon

__all__ = ["central_committee_of"]


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
