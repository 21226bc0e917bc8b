"""The rank of a body by the head noun its name opens with: ``pkg:unitRank`` on a ``pkg:headNoun`` entry of
``core.ttl`` (an ``owl:Axiom`` annotation; lower is higher up). The builder reads it through the lexicon
(``OntologyLexicon.unit_rank``) to tell a partner's unit in a bracket ("phối hợp với Bộ Y tế (Cục Quản lý Dược)")
from the owner a bracket names ("Cục Điều tra chống buôn lậu (Tổng cục Hải quan)").

>>> from policykg.ontology.files import CORE_FILE
>>> from policykg.ontology.triples import parse_turtle
>>> ranks = read_unit_ranks(Triples(parse_turtle(CORE_FILE)))
>>> [ranks.of(n) for n in ("Bộ Y tế", "Sở Tư pháp", "Cục Quản lý Dược", "Chi cục Kiểm lâm", "Ban Chỉ đạo tỉnh")]
[0, 1, 2, 3, None]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.core.errors import InputError
from policykg.core.iris import PKG, PREFIXES
from policykg.ontology.triples import Triples, local_name

__all__ = ["UnitRanks", "read_unit_ranks"]

_OWL = PREFIXES["owl"]


@dataclass(frozen=True)
class UnitRanks:
    """(head noun, rank) pairs, the head nouns lower-cased and longest first."""

    ranks: tuple[tuple[str, int], ...] = ()

    def of(self, name: str) -> int | None:
        """The rank of the head noun ``name`` opens with (a whole word, any case), None when it opens with none."""
        low = name.lower()
        for noun, rank in self.ranks:
            if low.startswith(noun) and re.match(r"(?!\w)", low[len(noun):]):
                return rank
        return None


def read_unit_ranks(tr: Triples) -> UnitRanks:
    """Every ``pkg:unitRank`` on a head-noun entry; raises ``InputError`` when the entry it annotates is no head noun of
    the class it names (the rank must stay on the ontology's own head-noun entries)."""
    found: dict[str, int] = {}
    for axiom in tr.axioms(PKG + "headNoun"):
        if PKG + "unitRank" not in axiom:
            continue
        source, noun = axiom[_OWL + "annotatedSource"][0].value, axiom[_OWL + "annotatedTarget"][0].value
        if noun not in tr.texts(source, PKG + "headNoun"):
            raise InputError(f"pkg:unitRank on \"{noun}\", which is no pkg:headNoun of pkg:{local_name(source)}")
        found[noun.lower()] = int(axiom[PKG + "unitRank"][0].value)
    return UnitRanks(tuple(sorted(found.items(), key=lambda kv: (-len(kv[0]), kv[0]))))
