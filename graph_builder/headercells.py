"""A header's cells parted by a doubled space: a line split at every run of two spaces or more reads "ỦY  BAN NHÂN
DÂN" as two cells, "ỦY" and "BAN NHÂN DÂN", when the text's spaces were doubled here and there (an export that
justified its lines, a copy that doubled some spaces). Two spaces also part a Word cell's paragraphs ("UBND TỈNH X
VĂN PHÒNG" as "UBND TỈNH X  VĂN PHÒNG"), so cells are joined again only where one of them names nothing alone and
together they name an organ, a part of one or the motto."""

from __future__ import annotations

from typing import Callable

from policykg.graph_builder.organs import actor_named, is_bare_head, is_caps, motto_spans
from policykg.ontology.lexicon import Lexicon

__all__ = ["doubled_runs", "rejoined_header_cells"]

_DOUBLED = "  "
_MOST_PIECES = 6


def rejoined_header_cells(match: str, cells: list[tuple[int, int, str]],
                          lexicon: Lexicon) -> list[tuple[int, int, str]]:
    r"""``cells`` (start, end, text in ``match``) with each two a doubled space parted joined again where only
    together they name something (``_names``); the joined cell's text is the match form's, spaces and all.

    >>> import re
    >>> from policykg.ontology import load_lexicon
    >>> t = "ỦY  BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  NAM"
    >>> cells = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\s|]+(?: [^\s|]+)*", t)]
    >>> [c[2] for c in cells], [c[2] for c in rejoined_header_cells(t, cells, load_lexicon())]
    (['ỦY', 'BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 'NAM'], ['ỦY  BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  NAM'])
    """
    out: list[tuple[int, int, str]] = []
    cells = _runs_joined(match, list(cells), lexicon)
    k = 0
    while k < len(cells):
        a, b, text = cells[k]
        if k + 1 < len(cells) and match[b:cells[k + 1][0]] == _DOUBLED and not _names(text, lexicon) \
                and _names(match[a:cells[k + 1][1]], lexicon):
            cells[k + 1] = (a, cells[k + 1][1], match[a:cells[k + 1][1]])   # "VĂN  PHÒNG": the piece after it first
        elif out and match[out[-1][1]:a] == _DOUBLED and ((not _names(out[-1][2], lexicon) or not _names(text, lexicon))
                                                          and _names(match[out[-1][0]:b], lexicon)
                                                          or _head_cut(out[-1][2], text, lexicon)):
            out[-1] = (out[-1][0], b, match[out[-1][0]:b])
        else:
            out.append((a, b, text))
        k += 1
    return out


def _head_cut(before: str, word: str, lexicon: Lexicon) -> bool:
    """A part's head noun cut before its last word ("... - BAN THƯỜNG  VỤ", "ĐOÀN CHỦ  TỊCH"): the words that end the
    cell before, which are no head alone, and the one word after read together as a head; the word reads alone only
    as a head of its own ("VỤ": a ministry's department)."""
    words = before.split()
    return len(word.split()) == 1 and is_caps(word) and any(
        is_bare_head(" ".join(words[-m:] + [word]), lexicon) and not is_bare_head(" ".join(words[-m:]), lexicon)
        and not is_bare_head(" ".join(words[-m + 1:] + [word]), lexicon) for m in range(2, min(4, len(words)) + 1))


def _runs_joined(match: str, cells: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The cells with each run of pieces, a doubled space between each two, joined where only the run reads whole:
    the motto broken in three ("CỘNG HÒA XÃ  HỘI  CHỦ NGHĨA VIỆT NAM", whose middle piece alone reads as the head
    "Hội"), or an organ the vocabulary knows by that name whose first piece it does not ("ỦY BAN THƯỜNG VỤ QUỐC  HỘI",
    "VĂN PHÒNG CHÍNH  PHỦ"; never "UBND TỈNH X  VĂN PHÒNG", a Word cell's two paragraphs)."""
    runs = doubled_runs(len(cells), lambda j: match[cells[j][1]:cells[j + 1][0]] == _DOUBLED,
                        lambda i, k: _reads_whole(match[cells[i][0]:cells[k][1]], cells[i:k + 1], lexicon))
    return [(cells[i][0], cells[k][1], match[cells[i][0]:cells[k][1]]) for i, k in runs]


def doubled_runs(count: int, doubled: Callable[[int], bool], reads_whole: Callable[[int, int], bool],
                 most: int = _MOST_PIECES) -> list[tuple[int, int]]:
    """The runs ``(i, k)`` (first and last index) that ``count`` cells fall into: from each cell ``i``, the longest
    run of up to ``most`` cells, each ``doubled`` from the next (``doubled(j)``: a doubled space between cells ``j``
    and ``j + 1``), that ``reads_whole(i, k)``; a cell alone where none does. The header's and the footer's cells
    (``footercells``) are grouped so, each with its own reading.

    >>> doubled_runs(4, lambda j: j != 1, lambda i, k: (i, k) == (2, 3))
    [(0, 0), (1, 1), (2, 3)]
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < count:
        j = i
        while j + 1 < count and j + 1 - i < most and doubled(j):
            j += 1
        k = next((k for k in range(j, i, -1) if reads_whole(i, k)), i)
        runs.append((i, k))
        i = k + 1
    return runs


def _reads_whole(joined: str, pieces: list[tuple[int, int, str]], lexicon: Lexicon) -> bool:
    if len(pieces) < 2:
        return False
    if _whole_motto(joined):
        return not all(_whole_motto(text) for _, _, text in pieces)
    return _known(joined, lexicon) and not _known(pieces[0][2], lexicon) and is_caps(_bare(joined))


def _bare(text: str) -> str:
    return " ".join(text.strip(" -–_*").split())


def _known(text: str, lexicon: Lexicon) -> bool:
    return bool(_bare(text)) and lexicon.lookup(_bare(text)) is not None


def _whole_motto(text: str) -> bool:
    text = text.strip(" -–_*")
    spans = motto_spans(text) if text else []
    return bool(spans) and spans[0][0] == 0 and spans[-1][1] >= len(text) - 1


def _names(text: str, lexicon: Lexicon) -> bool:
    """The cell names an organ ("ỦY BAN NHÂN DÂN TỈNH X", OCR'd too), a part of one ("VĂN PHÒNG") or holds the motto
    as its whole."""
    text = text.strip(" -–_*")
    if not text:
        return False
    return actor_named(text, lexicon, fuzzy=True) is not None or is_bare_head(text, lexicon) or _whole_motto(text)
