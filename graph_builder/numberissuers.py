"""The issuers a joint document's number names after its kind code ("…/TTLT-BYT-BCA": Bộ Y tế, Bộ Công an), and how
they join the issuers its header names."""

from __future__ import annotations

import re

from policykg.graph_builder.jointissuers import local_bodies
from policykg.graph_builder.model import ActorRef
from policykg.graph_builder.numbers import DocumentNumber, number_codes
from policykg.graph_builder.organs import of_entry
from policykg.ontology.lexicon import Lexicon

__all__ = ["dash_joined", "with_number_issuers"]

# organs joined on one header line by a dash between spaces: "SỞ Y TẾ - CÔNG AN TỈNH"
_DASHED = re.compile(r"\S\s+[-–]\s+\S")


def dash_joined(number: DocumentNumber | None, organs: list[tuple[int, int, str]]) -> bool:
    """A joint document whatever its kind ("KẾ HOẠCH", "…/KH-SYT-CAT"): its number names two issuers' codes or more
    after its kind code, one each, and a header line joins organs with a dash ("SỞ Y TẾ - CÔNG AN TỈNH"); a
    department's code after its body's ("…/UBND-VX") is no second issuer without the dashed line."""
    return number is not None and len(number_codes(number.identifier)[1:]) >= 2 \
        and any(_DASHED.search(text) for _, _, text in organs)


def with_number_issuers(issuers: list[ActorRef], number: DocumentNumber, lexicon: Lexicon) -> list[ActorRef]:
    """A joint document's issuers: those its number's codes name when every code names one (the surest list), else
    the header's with the number's others after them, but for a national body whose local instance or branch the
    header names ("…/QCPH-SYT-BHXH" under "BẢO HIỂM XÃ HỘI TỈNH X": that one, not also "Bảo hiểm xã hội Việt Nam")."""
    coded = _number_issuers(number, lexicon)
    if len(coded) >= 2 and len(coded) == len(number_codes(number.identifier)[1:]):
        return coded
    named = {i.iri for i in issuers} | {body for i in issuers for body in local_bodies(i, lexicon)}
    return issuers + [r for r in coded if r.iri not in named]


def _number_issuers(number: DocumentNumber, lexicon: Lexicon) -> list[ActorRef]:
    """The issuers a joint document's number names after its kind code: "…/TTLT-BYT-BCA" -> Bộ Y tế, Bộ Công an."""
    found = []
    for code in number_codes(number.identifier)[1:]:
        entry = lexicon.by_number_code(code)
        if entry is not None:
            found.append(of_entry(entry))
    return found
