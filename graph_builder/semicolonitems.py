"""Names of a list of bodies written one to an item, the items apart by semicolons ("Giao các đơn vị: Cục An ninh
kinh tế; Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao; Cục Trang bị và kho vận; Cục Y tế sẵn sàng
lực lượng ..."): between two semicolons stands one name, whatever its lower-case domain holds ("và", a comma, a
verb's word). Not a clause ("Sở Y tế chủ trì; Sở Tài chính phối hợp; ..."). The name scanner stops at such words ("Cục An ninh mạng | và phòng, chống ..."); inside an item of
such a list the name runs to its semicolon, over a kind of body its domain names in lower case ("Cục Cảnh sát quản
lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng;"). Used by ``recognise``.

>>> from policykg.graph_builder.model import Mention, Span
>>> text = "Giao Cục An ninh kinh tế; Cục An ninh mạng và phòng, chống tội phạm; Cục Y tế; Cục Quản lý xuất nhập cảnh chủ trì."
>>> def at(name):
...     start = text.index(name)
...     return Mention(Span(start, start + len(name)), name, "actor", "x", name, "StateBody", known=False)
>>> [m.label for m in whole_items([at("Cục An ninh kinh tế"), at("Cục An ninh mạng"), at("Cục Y tế"),
...                                at("Cục Quản lý xuất nhập cảnh")], text)]
['Cục An ninh kinh tế', 'Cục An ninh mạng và phòng, chống tội phạm', 'Cục Y tế', 'Cục Quản lý xuất nhập cảnh']
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import lower_same_length, negation_at, starts_verb
from policykg.ontology.lexicon import Lexicon

__all__ = ["whole_items"]

# the rest of an item after its name: lower-case words, commas and "và" only, up to its semicolon
_TAIL = re.compile(r"(?:[ \t]*,)?(?:[ \t]+[^\W\d_" + cues.UPPER + r"][^\W\d_]*(?:[ \t]*,)?){1,12}[ \t]*(?=;)")
_SPACES = re.compile(r"[ \t]+")
_PLURAL = re.compile(r"(?<!\w)(?:các|những|liên quan)(?!\w)")
# a name cut inside the genre's pair "phòng chống" written without its comma: the item's rest opens with "chống"
_PAIR_CUT = re.compile(r"(?<!\w)phòng[ \t]*$")
_PAIR_REST = re.compile(r"chống(?!\w)")


def whole_items(mentions: list[Mention], match: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """``mentions`` with an actor named at the start of an item of a semicolon list and stopped inside it run to the
    item's semicolon, when the item holds no other mention (but kinds of body of the ``lexicon`` written in lower case
    after a comma, which the name takes in) and the next item opens with a name."""
    starts = {m.span.start for m in mentions if m.category == "actor"}
    out, inside = [], 0
    for k, m in enumerate(mentions):
        if inside > m.span.start:
            continue   # a kind of body the item's name holds ("... trại giam, | cơ sở giáo dục | bắt buộc")
        tail = _TAIL.match(match, m.span.end) if m.category == "actor" and not m.known else None
        if tail is None or not _item_of_a_list(match, m.span.start, tail.end(), starts) or _clause(match, m, tail.end()) \
                or not _only_kinds_inside(mentions, k + 1, match, (m.span.end, tail.end()), lexicon):
            out.append(m)
            continue
        label = (m.label + _SPACES.sub(" ", match[m.span.end:tail.end()])).strip()
        out.append(dataclasses.replace(m, span=Span(m.span.start, tail.end()), surface="", iri=mint_actor_iri(label),
                                       label=label, label_en=None))
        inside = tail.end()
    return out


def _only_kinds_inside(mentions: list[Mention], first: int, match: str, tail: tuple[int, int],
                       lexicon: Lexicon | None) -> bool:
    """The mentions from ``first`` on in the rest of an item (``tail``: its span) are none, or kinds of body the
    vocabulary names, in lower case after a comma ("Cục Cảnh sát quản lý trại giam, | cơ sở giáo dục | bắt buộc,
    trường giáo dưỡng"), in a rest that names no plural ("Cục Y tế, các cơ sở y tế liên quan": bodies of their own)."""
    inner = list(itertools.takewhile(lambda m: m.span.start < tail[1], mentions[first:first + 8]))
    if not inner:
        return True
    return lexicon is not None and _PLURAL.search(match, tail[0], tail[1]) is None and all(
        m.category == "actor" and m.known and getattr(lexicon.get(m.iri), "generic", False)
        and match[m.span.start].islower() and match[:m.span.start].rstrip().endswith(",") for m in inner)


def _clause(match: str, m: Mention, end: int) -> bool:
    """The rest of the item is a clause, not a domain: right after the name, a verb opens it ("Sở Tài chính | phối
    hợp;"; after a comma a verb's word is the domain's: "Cục An ninh mạng và phòng | , chống tội phạm ...", and so is
    the second half of the pair "phòng chống": "Cục An ninh mạng và phòng | chống tội phạm ..."), or the
    name's head writes its domain with capitals ("Sở", "Bộ": "Sở Y tế | , các đơn vị liên quan;")."""
    low = lower_same_length(match[:end])
    first = len(low) - len(low[m.span.end:].lstrip(" \t"))
    head = low[m.span.start:m.span.end].split()[0]
    return (low[first:first + 1] != "," and (starts_verb(low, first) or negation_at(low, first))
            and not (_PAIR_CUT.search(low[m.span.start:first]) and _PAIR_REST.match(low, first))) \
        or head in cues.CAPITALISED_DOMAIN_HEADS


def _item_of_a_list(match: str, start: int, end: int, starts: set[int]) -> bool:
    """The item from ``start`` to its semicolon at ``end`` is one of a semicolon list of names: a semicolon or a
    colon stands before it on its line, and the next item opens with a named body."""
    line_start = match.rfind("\n", 0, start) + 1
    if not match[line_start:start].rstrip(" \t").endswith((";", ":")):
        return False
    after = end + 1
    while after < len(match) and match[after] in " \t":
        after += 1
    return after in starts
