"""A body the vocabulary names at every level, written bare and in passing: "cung cấp cho Viện kiểm sát nhân dân, Tòa
án nhân dân trong trường hợp cần thiết", "sắp xếp bộ máy Tòa án nhân dân, Viện kiểm sát nhân dân". The text names the
system of those bodies, an actor of the document though no statement gives it a role, as a reader lists it.

Not a collective of the levels ("Ủy ban nhân dân các cấp", "Hội đồng nhân dân các cấp", "các cấp bộ Đoàn", "cấp
ủy"): a document names those in passing as often as it gives them a duty ("đại diện Ủy ban nhân dân các cấp dự"), so
they are actors only where a statement names them, unless the text writes the collective bare, as a system ("trình
Hội đồng nhân dân bố trí kinh phí", "Ủy ban nhân dân phối hợp ...") and names none of its bodies at a level or a
place (round 34: kh-70, cv-4740, qd-367, three sources). Nor where the document also names one of those bodies at a
place ("Tòa án nhân dân tỉnh Hà Giang"): the bare name there is that body, or the level a list shares ("Ủy ban nhân
dân, Tòa án nhân dân, Viện kiểm sát nhân dân, cơ quan thi hành án dân sự cấp tỉnh"); a tier of the system the document
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
import unicodedata

from policykg.core.textnorm import match_key

__all__ = ["system_in_passing", "written_bare"]

_LEVELS_WORD = re.compile(r"(?<!\w)cấp(?!\w)")
# the levels or a level written after a mention that stops before them ("Ủy ban nhân dân | các cấp, Hội đồng nhân
# dân các cấp", "Uy ban Nhân dân | tinh/thanh phố": a level whose marks a scan lost), read without marks
_LEVELS_AFTER = re.compile(r"[ \t]*(?:cac[ \t]+)?(?:cap|tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)"
                           r"(?!\w)")


def written_bare(match: str, span) -> str:
    """The name a mention at ``span`` of the text ``match`` writes, or "" when the levels or a level follow it ("Ủy
    ban nhân dân | các cấp": the collective, though the mention stops before them; "| tinh/thanh phố": a level whose
    marks were lost, read without marks).

    >>> from policykg.graph_builder.model import Span
    >>> written_bare("trình Hội đồng nhân dân bố trí", Span(6, 23))
    'Hội đồng nhân dân'
    >>> written_bare("Ủy ban nhân dân các cấp", Span(0, 15))
    ''
    >>> written_bare("báo cáo Uy ban Nhân dân tinh/thanh phố", Span(8, 23))
    ''
    """
    after = unicodedata.normalize("NFD", match[span.end:span.end + 20].lower().replace("đ", "d"))
    return "" if _LEVELS_AFTER.match("".join(c for c in after if not unicodedata.combining(c))) \
        else match[span.start:span.end]


def system_in_passing(label: str, named: set[str], surface: str = "") -> bool:
    """The body at every level labelled ``label`` is an actor where the text names it in passing: its name says no
    level ("cấp"), and no other name of the document (``named``: the labels of its actors) is one of those bodies at
    a place, its name followed by words with a capitalised one ("| tỉnh Hà Giang"). A collective of the levels written
    bare (``surface``: "trình Hội đồng nhân dân bố trí kinh phí" for "Hội đồng nhân dân các cấp") is read by the name
    as written (:func:`_written_bare`)."""
    key = _written_bare(match_key(label), match_key(surface), named)
    if not key or _LEVELS_WORD.search(key):
        return False
    size = len(key.split())
    return not any(match_key(other).startswith(key + " ") and any(w[:1].isupper() for w in other.split()[size:])
                   for other in named)


def _written_bare(key: str, written: str, named: set[str]) -> str:
    """The key the body is read by: the name as the text writes it (``written``) when that is the collective's name
    (``key``) without its level words ("hội đồng nhân dân" of "hội đồng nhân dân các cấp") and the document names
    none of those bodies at a level or a place ("Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân các tỉnh": the bare name
    is then that body's short form, an empty key); else the collective's own key.

    >>> _written_bare("hội đồng nhân dân các cấp", "hội đồng nhân dân", {"Hội đồng nhân dân các cấp", "Bộ Y tế"})
    'hội đồng nhân dân'
    >>> _written_bare("ủy ban nhân dân các cấp", "ủy ban nhân dân", {"Ủy ban nhân dân cấp tỉnh"})
    ''
    >>> _written_bare("ủy ban nhân dân các cấp", "ủy ban nhân dân các cấp", set())
    'ủy ban nhân dân các cấp'
    """
    if not written or _LEVELS_WORD.search(written) or written.startswith(("các ", "những ")) \
            or not key.startswith(written + " "):
        return key
    if any(match_key(other).startswith(written + " ") and match_key(other) != key for other in named):
        return ""
    return written
