"""A body the vocabulary names at every level, written bare and in passing: "cung cấp cho Viện kiểm sát nhân dân, Tòa
án nhân dân trong trường hợp cần thiết", "sắp xếp bộ máy Tòa án nhân dân, Viện kiểm sát nhân dân". The text names the
system of those bodies, an actor of the document though no statement gives it a role, as a reader lists it.

Not a collective of the levels ("Ủy ban nhân dân các cấp", "Hội đồng nhân dân các cấp", "các cấp bộ Đoàn", "cấp
ủy"): a document names those in passing as often as it gives them a duty ("đại diện Ủy ban nhân dân các cấp dự"), so
they are actors only where a statement names them. Nor where the document also names one of those bodies at a place
("Tòa án nhân dân tỉnh Hà Giang"): the bare name there is that body, or the level a list shares ("Ủy ban nhân dân,
Tòa án nhân dân, Viện kiểm sát nhân dân, cơ quan thi hành án dân sự cấp tỉnh"); a tier of the system the document
also names ("Tòa án nhân dân cấp huyện", "Viện kiểm sát nhân dân tối cao") leaves the system an actor of its own.

Used by ``emit.named_actors`` for the vocabulary's bodies of ``pkg:LevelAll``.

>>> system_in_passing("Tòa án nhân dân", {"Tòa án nhân dân", "Bộ Y tế", "Tòa án nhân dân cấp huyện"})
True
>>> system_in_passing("Tòa án nhân dân", {"Tòa án nhân dân", "Tòa án nhân dân tỉnh Hà Giang"})
False
>>> system_in_passing("Ủy ban nhân dân các cấp", set()), system_in_passing("cấp ủy", set())
(False, False)
"""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key

__all__ = ["system_in_passing"]

_LEVELS_WORD = re.compile(r"(?<!\w)cấp(?!\w)")


def system_in_passing(label: str, named: set[str]) -> bool:
    """The body at every level labelled ``label`` is an actor where the text names it in passing: its name says no
    level ("cấp"), and no other name of the document (``named``: the labels of its actors) is one of those bodies at
    a place, its name followed by words with a capitalised one ("| tỉnh Hà Giang")."""
    key = match_key(label)
    if not key or _LEVELS_WORD.search(key):
        return False
    size = len(key.split())
    return not any(match_key(other).startswith(key + " ") and any(w[:1].isupper() for w in other.split()[size:])
                   for other in named)
