"""A unit named by a head noun and lower-case words alone, one item of a semicolon list of named bodies ("Gửi: Cục
Cảnh sát giao thông; Trung tâm dữ liệu quốc gia; Bộ Tư lệnh Cảnh sát cơ động; ..."): the head-first name scan reads
no name without a capitalised word or a level after the head ("Trung tâm | dữ liệu quốc gia" might be a head and a
clause), but between two semicolons of a list whose neighbours both open with a body's name the item is the unit's
whole name. Only an item of up to eight lower-case words after its head, on one line, with no mention inside.
Used by ``recognise``, before :func:`~policykg.graph_builder.semicolonitems.whole_items` reads the item before it.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Kính gửi: Cục Y tế; Trung tâm dữ liệu quốc gia; Cục Hậu cần; Cục Kế hoạch.")
>>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"][:3]
['Cục Y tế', 'Trung tâm dữ liệu quốc gia', 'Cục Hậu cần']
"""

from __future__ import annotations

import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder.cues import UPPER
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import Vocabulary

__all__ = ["units_between_semicolons"]

# an item's start after ";" (or the list's ":") and its rest: lower-case words only, up to the next semicolon
_ITEM_START = re.compile(r"[;:][ \t]+(?=[^\W\d_])")
_LOWER_WORDS = re.compile(r"(?:[ \t]+[^\W\d_" + UPPER + r"][^\W\d_]*){1,8}[ \t]*;")


def units_between_semicolons(vocab: Vocabulary, mentions: list[Mention], match: str, low: str) -> list[Mention]:
    """``mentions`` and one actor for each item of a semicolon list that is a head noun and lower-case words, between
    items that open with an actor's name."""
    if vocab.head_regex is None or ";" not in match:
        return mentions
    actors = sorted(m.span.start for m in mentions if m.category == "actor")
    starts, spans = set(actors), [(m.span.start, m.span.end) for m in mentions]
    found = []
    for item in _ITEM_START.finditer(match):
        start = item.end()
        head = vocab.head_regex.match(low, start)
        if start in starts or head is None or head.start(1) != start or not match[start].isupper():
            continue
        rest = _LOWER_WORDS.match(match, head.end(1))
        if rest is None or not _between_names(match, (item.start(), rest.end()), starts) \
                or any(s < rest.end() and start < e for s, e in spans):
            continue
        end = len(match[:rest.end() - 1].rstrip(" \t"))   # before the semicolon
        label = " ".join(match[start:end].split())
        kind = vocab.head_kind.get(match_key(match[start:head.end(1)]), "Organization")
        found.append(Mention(span=Span(start, end), surface="", category="actor", iri=mint_actor_iri(label),
                             label=label, kind=kind, known=False))
    return sorted(mentions + found, key=lambda m: (m.span.start, m.span.end)) if found else mentions


def _between_names(match: str, item: tuple[int, int], starts: set[int]) -> bool:
    """The item from its separator to its semicolon (``item``) comes before an item that opens with a name, and
    opens the list (a colon) or follows an item that opens with a name."""
    before, end = item
    after = end
    while after < len(match) and match[after] in " \t":
        after += 1
    if after not in starts:
        return False
    if match[before] == ":":
        return True
    line_start = match.rfind("\n", 0, before) + 1
    separator = max(match.rfind(";", line_start, before), match.rfind(":", line_start, before))
    previous = separator + 1
    while previous < before and match[previous] in " \t":
        previous += 1
    return separator >= 0 and previous in starts
