"""A head noun and "quốc gia" written in lower case: the body of that kind at the national level, as "tỉnh" names it at
a province's ("Ban Chỉ đạo quốc gia", "Hội đồng quốc gia", "Ủy ban quốc gia"). The head-first name scan reads no
name from a head and lower-case words that no level closes; "quốc gia" right after the head closes it, as a level
does ("Ban Chỉ đạo quốc gia, các Ban chỉ đạo địa phương", "theo chỉ đạo của Ban chỉ đạo quốc gia và ..."). Not
before "về": a field the name goes on with ("Ủy ban quốc gia về người cao tuổi"), left to the scan as before.
Used by the name scan's opening of a lower-case word after the head (``nameparts``).

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Thực hiện theo chỉ đạo của Ban Chỉ đạo quốc gia, Bộ Y tế.")
>>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
['Ban Chỉ đạo quốc gia', 'Bộ Y tế']
"""

from __future__ import annotations

__all__ = ["national_at", "national_end"]


def national_at(low: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Tokens ``i`` and ``i + 1`` of the lower-cased text ``low`` are "quốc gia"."""
    return i + 1 < len(tokens) and low[tokens[i][0]:tokens[i][1]] == "quốc" and low[tokens[i + 1][0]:tokens[i + 1][1]] == "gia"


def national_end(low: str, tokens: list[tuple[int, int]], i: int) -> int | None:
    """Where the name ends when tokens ``i`` and ``i + 1`` of the lower-cased text ``low``, right after a head noun,
    are "quốc gia" and no "về" follows; else None."""
    if not national_at(low, tokens, i):
        return None
    if i + 2 < len(tokens) and low[tokens[i + 2][0]:tokens[i + 2][1]] == "về":
        return None
    return tokens[i + 1][1]
