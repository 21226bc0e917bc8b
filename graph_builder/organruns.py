"""Organ names run together on one line, as a PDF text layer reads a joint document's header column or a table row
of its signature blocks ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG HỘI NÔNG DÂN TỈNH GIA LAI", "CÔNG AN TỈNH X BỘ CHỈ HUY BỘ ĐỘI
BIÊN PHÒNG TỈNH X CỤC HẢI QUAN TỈNH X"): the line read as a given number of names, each opening with a head noun of
the vocabulary.

A head noun also stands inside a name ("MÔI TRƯỜNG", "BỘ CHỈ HUY | BỘ ĐỘI BIÊN PHÒNG"), so the first cut that leaves
two names is not the answer: every way of cutting the line into that many names that each name an actor is weighed,
and the one that cuts most often right after a level and place ("... TỈNH X | BỘ ...") wins, then the one with the
most names the vocabulary knows (as written, or without their level and place; a name of one or two words it does
not know weighs nothing), then the one that cuts earliest. A centre's organ opens with the centre ("TRUNG ƯƠNG | HỘI
NÔNG DÂN VIỆT NAM").

>>> from policykg.ontology import load_lexicon
>>> organs_run_together("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG HỘI NÔNG DÂN TỈNH GIA LAI", 2, load_lexicon())
['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'HỘI NÔNG DÂN TỈNH GIA LAI']
>>> organs_run_together("BỘ TƯ LỆNH CẢNH SÁT BIỂN BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG CỤC KIỂM NGƯ", 3, load_lexicon())
['BỘ TƯ LỆNH CẢNH SÁT BIỂN', 'BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG', 'CỤC KIỂM NGƯ']
"""

from __future__ import annotations

import itertools
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.organs import actor_named, organ_heads
from policykg.ontology.lexicon import Lexicon

__all__ = ["first_two", "organs_run_together"]

_MOST_CUTS = 14         # head nouns a line may hold before the weighing gives up (no header comes near)
_PLACE_END = re.compile(rf"(?i)\s(?:{cues.LEVEL_PATTERN})(?P<place>(?:\s+\S+){{0,3}})$")
# the second word of a place ("THÀNH PHỐ HẢI | PHÒNG"): never a head noun's
# (a level's committee is no place: "TỈNH ỦY | BAN DÂN VẬN", "HUYỆN ĐOÀN | HỘI ...")
_IN_PLACE = re.compile(rf"(?i)(?<!\w)(?:{cues.LEVEL_PATTERN})\s+(?!(?:ủy|uỷ|đoàn)\s)\S+\s+$")
# a centre's organ opens with the centre's name before its head noun: "TRUNG ƯƠNG HỘI NÔNG DÂN VIỆT NAM"
_CENTRAL = re.compile(r"(?i)trung ương\s")


def organs_run_together(text: str, count: int, lexicon: Lexicon) -> list[str] | None:
    """``text`` cut into ``count`` organ names (two or more) as the module weighs them, or None when no cut leaves
    ``count`` names that each name an actor."""
    words = list(re.finditer(r"\S+", text))
    if count < 2 or len(words) < count:
        return None
    heads = organ_heads(lexicon)

    def opens(at: int) -> bool:
        key = match_key(_CENTRAL.sub("", text[at:], count=1) if _CENTRAL.match(text[at:]) else text[at:])
        return any(key == h or key.startswith(h + " ") for h in heads)

    def placed(name: str) -> re.Match | None:   # its level and place end it ("... TỈNH LẠNG SƠN", "... TỈNH")
        end = _PLACE_END.search(name)
        place = end and end.group("place")
        words = place.split() if end else []     # no head noun opens it, but for its second word ("HẢI PHÒNG")
        return end if end and not any(opens(text.find(w, text.find(name))) for w in words[:1] + words[2:]) else None

    starts = [w.start() for w in words[1:] if opens(w.start())    # not the head after a centre's name: its name opens there
              and not (_CENTRAL.match(text[w.start():]) is None and _CENTRAL.search(text[max(0, w.start() - 11):w.start()]))
              and not _IN_PLACE.search(text[:w.start()])]
    if len(starts) < count - 1 or len(starts) > _MOST_CUTS:
        return None
    known: dict[str, int | None] = {}

    def weight(name: str) -> int | None:    # 3: the vocabulary knows it; 1 (0 when short): it names an actor; None
        if name not in known:
            ref = actor_named(name, lexicon)
            end = placed(name)
            bare = name[:end.start()] if end else name
            known[name] = None if ref is None or not ref.iri else \
                3 if lexicon.lookup(name) is not None or lexicon.lookup(bare) is not None else \
                1 if len(bare.split()) > 2 else 0
        return known[name]

    best, best_key = None, None
    for cuts in itertools.combinations(starts, count - 1):
        bounds = [0, *cuts, len(text)]
        names = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
        weights = [weight(n) for n in names]
        if any(w is None for w in weights):
            continue
        after_place = sum(1 for n in names[:-1] if placed(n))    # an organ's name ends with its place
        key = (after_place, sum(weights), [-c for c in cuts])
        if best_key is None or key > best_key:
            best, best_key = names, key
    return best


def first_two(text: str, lexicon: Lexicon) -> list[str] | None:
    """``text`` cut in two at the first head noun after which both halves name an actor ("UBND TỈNH X SỞ NỘI VỤ", a
    Word cell's two paragraphs, when the number gives no count of organs), or None."""
    heads = organ_heads(lexicon)
    for word in list(re.finditer(r"\S+", text))[1:]:
        key = match_key(text[word.start():])
        if not any(key.startswith(h + " ") for h in heads):
            continue
        halves = [text[:word.start()].strip(), text[word.start():].strip()]
        refs = [actor_named(half, lexicon) for half in halves]
        if all(r is not None and r.iri for r in refs):
            return halves
    return None
