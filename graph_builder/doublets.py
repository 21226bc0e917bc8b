"""Doublets written with a comma inside a capitalised name: "Chi cục Phòng, chống tệ nạn xã hội", "Trung tâm Phòng,
chống bệnh xã hội tỉnh", "Cục Quản lý Khám, chữa bệnh". The comma of the genre's fixed pairs of verbs ("phòng,
chống", "khám, chữa bệnh", "phòng cháy, chữa cháy", "cứu nạn, cứu hộ") ends no name there: it is blanked in the match
form (same length), so the name reads on into its domain as it does when the pair is written without the comma; the
:func:`doublet_labels` gives the comma back to the name's surface, label and IRI. Only where the pair's first word is written with its capital right after a word of the
same line ("... Phòng, chống"): at the start of a sentence, a line or a heading ("Phòng, chống tội phạm là ...",
"PHÒNG, CHỐNG"), and in lower case ("Ban Chỉ đạo phòng, chống ...", read as a domain already), nothing changes.

A head noun typed twice ("Ủy viên Ban Ban chấp hành Đảng bộ xã") is one head: the first is blanked
(:func:`blank_doubled_heads`), so the name is the one the document writes elsewhere.

>>> chars = list("Chi cục Phòng, chống tệ nạn xã hội chủ trì. Phòng, chống tội phạm.")
>>> blank_doublet_commas("".join(chars), chars); "".join(chars)
'Chi cục Phòng  chống tệ nạn xã hội chủ trì. Phòng, chống tội phạm.'
"""

from __future__ import annotations

import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention

__all__ = ["blank_doublet_commas", "blank_doubled_heads", "doublet_labels"]

# the pair's first part in title case after a word and one space on the line, its comma, and the second part
# (written first letter first, the look-behinds over it: re skips to a "P", "K" or "C" in C instead of trying the
# look-behind at every character; the same matches as "(?<=[^\W\d_] )(?:Phòng cháy(?=, chữa cháy)|Phòng(?=, ...)|...)")
_DOUBLET = re.compile(r"[PKC](?<=[^\W\d_] [PKC])(?:(?<=P)hòng cháy(?=, chữa cháy)|(?<=P)hòng(?=, chống )"
                      r"|(?<=K)hám(?=, chữa bệnh)|(?<=C)ứu nạn(?=, cứu hộ)|(?<=C)ứu hộ(?=, cứu nạn))")


# a one-word head noun of a body typed twice in a row, in title case ("Ban Ban chấp hành", "Sở Sở Y tế"); not "Phòng
# Phòng chống ma túy", an office named by its field
# (each head's first letter first, "no letter before it" over it: the same matches, found by a skip in C)
_DOUBLED_HEAD = re.compile(r"(" + "|".join(head[0] + rf"(?<![^\W\d_]{head[0]})" + head[1:]
                                           for head in ("Ban", "Sở", "Bộ", "Cục", "Vụ", "Viện", "Hội", "Đoàn"))
                           + r")[ \t]+(?=\1(?![^\W\d_]))")


def blank_doubled_heads(text: str, chars: list[str]) -> None:
    """Blank, in place, the first of a head noun typed twice in a row ("Ban Ban chấp hành Đảng bộ xã").

    >>> chars = list("Ủy viên Ban Ban chấp hành Đảng bộ xã")
    >>> blank_doubled_heads("".join(chars), chars); "".join(chars)
    'Ủy viên     Ban chấp hành Đảng bộ xã'
    """
    for m in _DOUBLED_HEAD.finditer(text):
        for k in range(m.start(), m.end(1)):
            chars[k] = " "


def blank_doublet_commas(text: str, chars: list[str]) -> None:
    """Blank, in place, the comma of each doublet of verbs written inside a capitalised name (see the module)."""
    for m in _DOUBLET.finditer(text):
        chars[m.end()] = " "


def doublet_labels(mentions: list[Mention], text: str) -> None:
    """Give each actor name the vocabulary does not know the comma of a doublet its text writes and the match form
    blanked ("Chi cục Phòng chống ..." -> "Chi cục Phòng, chống ..."), in place: surface, label and IRI."""
    for m in mentions:
        if m.category != "actor" or m.known:
            continue
        written = text[m.span.start:m.span.end]
        for pair in _DOUBLET.finditer(written):
            first, after = pair.group(0), written[pair.end() + 2:].split(" ", 1)[0]
            blanked, written_so = f"{first} {after}", f"{first}, {after}"
            m.surface = m.surface.replace(blanked, written_so, 1)
            if blanked in m.label:
                m.label = m.label.replace(blanked, written_so, 1)
                m.iri = mint_actor_iri(m.label)
