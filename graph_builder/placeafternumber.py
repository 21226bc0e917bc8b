"""A header's place line read after its number: the text layer of a PDF whose header is a two-column table reads the
left column's last line after the number beside it ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "Số: 03/CTrPH-UBND-MTTQ" /
"TỈNH ĐẮK LẮK"), so the organ over the number lost its level and place, and the document's issuer with them.

The first organ line after the number is taken back to the organ over the number when it is a level and a place
alone ("TỈNH ĐẮK LẮK", "XÃ AN PHÚ"), the last organ line over the number names no level and place of its own, and the
two lines together name a body; else nothing is taken.

>>> from policykg.ontology import load_lexicon
>>> over = [(0, 28, "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"), (29, 61, "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM")]
>>> place_after_number(over, [(90, 102, "TỈNH ĐẮK LẮK")], load_lexicon())
[(90, 102, 'TỈNH ĐẮK LẮK')]
>>> place_after_number(over[:1], [(90, 102, "TỈNH ĐẮK LẮK")], load_lexicon())
[]
"""

from __future__ import annotations

from policykg.graph_builder.levelcommittees import LEVEL_PLACE
from policykg.graph_builder.organs import actor_named, is_caps
from policykg.ontology.lexicon import Lexicon

__all__ = ["place_after_number"]

_MOST_WORDS = 6     # words of a place line ("THÀNH PHỐ HỒ CHÍ MINH": five)


def place_after_number(organs: list[tuple[int, int, str]], later: list[tuple[int, int, str]],
                       lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The place line after the number that belongs to the last organ line over it, as a list of one (see the
    module); an empty list when there is none."""
    if not organs or not later:
        return []
    place, last = " ".join(later[0][2].split()), " ".join(organs[-1][2].split())
    found = LEVEL_PLACE.match(place)
    if found is None or found.start() != 0 or len(place.split()) > _MOST_WORDS or not is_caps(place) \
            or LEVEL_PLACE.search(last) is not None or not is_caps(last):
        return []
    return [later[0]] if actor_named(last + " " + place, lexicon) is not None else []
