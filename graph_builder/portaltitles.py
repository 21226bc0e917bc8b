"""The title line a law portal prints before the document it copies, read for the issuer and the kind.

A portal's copy opens with its own title of the document, on the first line of the text and before the
document's header: the kind, the number, the year, the subject, and who issued it ("do X ban hành"); or the kind,
number and year alone, the header's organ line (in capitals, closed by its rule) run into the same line:

    Công văn 296/BHXH-CSYT năm 2021 hướng dẫn thực hiện chế độ do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM ...
    Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------
    Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- (no year; the organ under the body above it)

When the document's own header names no issuer the reader can use (lost, cut, run into the title line), this
line says who issued it; :func:`portal_title` reads the kind word and the issuing body (the body must be one the
lexicon knows, named in full). The line is read only at the very top of the text: the same words in a body
sentence ("Chỉ thị 05 năm 2020 do Thủ tướng ban hành") are a citation, never this document's frame.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.ontology import load_lexicon
>>> title = portal_title(source_from_string(
...     "Quyết định 12/QĐ-BYT năm 2024 về việc ban hành quy chế do Bộ Y tế ban hành. BỘ Y TẾ\\nSố: 12/QĐ-BYT"),
...     load_lexicon())
>>> title.kind_word, [a.label for a in title.issuers]
('Quyết định', ['Bộ Y tế'])
>>> [a.label for a in portal_title(source_from_string(
...     "Kế hoạch 77/KH-UBND năm 2025. ỦY BAN NHÂN DÂN TỈNH LÀO CAI -------\\nSố: 77/KH-UBND"), load_lexicon()).issuers]
['Ủy ban nhân dân tỉnh Lào Cai']
>>> [a.label for a in portal_title(source_from_string(
...     "Công văn 15/TCT-KK. BỘ TÀI CHÍNH TỔNG CỤC THUẾ -------\\nSố: 15/TCT-KK"), load_lexicon()).issuers]
['Tổng cục Thuế']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.graph_builder import cues
from policykg.graph_builder.model import ActorRef, SourceText
from policykg.graph_builder.numbers import NUMBER
from policykg.graph_builder.organruns import first_two
from policykg.graph_builder.organs import actor_named, actors_listed, is_caps
from policykg.ontology.lexicon import Lexicon

__all__ = ["PortalTitle", "portal_title"]

# "... do Bảo hiểm xã hội Việt Nam ban hành" / "... do Bộ Tài chính và Bộ Y tế ban hành": the issuers, ended by "ban hành"
_ISSUED_BY = re.compile(r"\sdo\s+(?P<issuer>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠỦ][^.;:]{2,160}?)\s+ban\s+hành(?!\w)")
# a title of number and year alone, the header's organ line run into it and closed by its rule: "Quyết định
# 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------"
_ORGAN_AFTER = re.compile(r"\.\s+(?P<organ>[^.\n-]{4,120}?)\s*-{3,}")
# the year a portal writes after the number: "Công văn 296/BHXH-CSYT năm 2021"
_YEAR_AFTER = re.compile(r"\s+năm\s+(?:19|20)\d{2}(?!\d)")
# where the portal's title line may be: among the first lines of the text (after a copy's own "source:" lines)
_TOP, _LINES = 1200, 3


@dataclass
class PortalTitle:
    """A portal's title line: the kind word it opens with ("Công văn") and the bodies it says issued the document."""

    kind_word: str
    issuers: list[ActorRef] = field(default_factory=list)


def portal_title(source: SourceText, lexicon: Lexicon) -> PortalTitle | None:
    """The portal's title line at the top of ``source`` (kind word, number, optional year, then "do X ban hành"),
    with its issuers (the lexicon's bodies named in full; [] when the name is none the lexicon knows); None when the
    text does not open with such a line."""
    kind_words = cues.kind_word_pattern(lexicon)
    for m in list(re.finditer(r"[^\n]*\S[^\n]*", source.match[:_TOP]))[:_LINES]:
        line = m.group(0).strip()
        kind = kind_words.match(line)
        if kind is not None and kind.group(0)[:1].isupper():
            return _read(line, kind, lexicon)
    return None


def _read(line: str, kind: re.Match, lexicon: Lexicon) -> PortalTitle | None:
    number = NUMBER.match(line, kind.end() + 1) if line[kind.end():kind.end() + 1] == " " else None
    if number is None:
        return None
    rest = line[number.end():]
    year = _YEAR_AFTER.match(rest)
    issued = _ISSUED_BY.search(rest, year.end() if year else 0)
    if issued is not None:
        return PortalTitle(kind.group(0), [ref for ref in actors_listed(issued.group("issuer"), lexicon) if ref.iri])
    organ = _ORGAN_AFTER.match(rest, year.end() if year else 0)
    ref = _own_organ(organ.group("organ"), lexicon) if organ and is_caps(organ.group("organ")) else None
    return PortalTitle(kind.group(0), [ref] if ref is not None and ref.iri else []) if organ else None


def _own_organ(line: str, lexicon: Lexicon) -> ActorRef | None:
    """The organ a header's organ line names, its two lines run together ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN": the body
    above, then the document's own organ under it): the lower one, when the whole is no name the lexicon knows."""
    halves = first_two(line, lexicon) if lexicon.lookup(line) is None else None
    return actor_named(halves[1] if halves else line, lexicon, fuzzy=True)
