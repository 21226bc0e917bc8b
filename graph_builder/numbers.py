"""Document numbers (số hiệu): the grammar of Party numbers ("09-CT/TW"), State numbers ("06/2014/NĐ-CP",
"1237/QĐ-TTg", "193/UBND-KT"), laws and resolutions of the National Assembly and its Standing Committee
("32/2004/QH11", "101/2025/UBTVQH15"), found in the match form and normalised.

As published, a number carries stray spaces ("5973 /UBND-KT", "21/2025/TT - BNV"), is cut after a dash at a line
end ("24/HDLN-BCA-BQP-BYT-" / "BCT-BTC"), uses a slash where a dash is usual ("102/2025/NQLT/UBTVQH15-CP") and
Cyrillic look-alike letters (folded by the match form). This module is the one place the grammar is written:
metadata (the document's own number) and recognition (cited numbers) both read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from policykg.core.iris import normalize_document_number
from policykg.graph_builder.model import SourceText, Span

__all__ = ["BLANK_NUMBER", "DocumentNumber", "NUMBER", "find_document_numbers", "number_codes", "number_matches",
           "with_lost_dash"]

# searched in the match form: dashes are '-', spaces plain
_S = r"[ \t\u2003]{0,8}"                        # stray spaces around a separator (a column gap too: "4390     /UBND")
_BREAK = r"[ \t\u2003]*(?:\n[ \t\u2003]*)?"                  # after a dash the number may go on on the next line
_CODE = r"[A-ZĐ]{1,8}[a-zđ]{0,2}(?:PH|LT|LN)?"   # kind code: CT, NĐ, QĐ, TTLT, CTr, QĐi, HDLN, TTr, CTrPH (phối hợp)
_ISSUER_PART = r"[A-ZĐ][A-ZĐ0-9]*(?:&[A-ZĐ]+)?[a-zđ]{0,2}"   # issuer code: CP, TTg, BCA, UBTVQH15, BNN&PTNT
# The dash a number lost in extraction ("1600/QĐTTg", "01/2008/NĐCP"; "20NQ/TW", "6129 CV/TWĐTNVP"), or at a line
# break ("755/CĐ" / "TTg"): only after the kind codes that are never the start of a longer code, and before an issuer
# code that ends the number.
_STATE_JOINED = r"(?<=[NQC]Đ)[ \t]{0,3}(?:\n[ \t]{0,3})?(?=CP\b|TT[Gg]\b)"
_PARTY_KINDS = r"(?:NQ|KL|CT|KH|HD|TB|QĐ|QC|CV|BC|CTr|KHPH|CTrPH)/"
_PARTY_JOINED = r"(?=" + _PARTY_KINDS + r")|[ \t]{1,2}(?=" + _PARTY_KINDS + r"[A-ZĐ]{6})"   # a space: a long issuer code
_STAY = r"(?<![\w/.-])|(?<=[Ss][ốỐ])"    # a number starts a word, or follows "số" it was glued to ("số357/TTr-CP")
NUMBER = re.compile(
    r"(?:" + _STAY + r")(?:"
    r"(?P<law_n>\d{1,4})" + _S + r"/" + _S + r"(?P<law_year>(?:19|20)\d{2})" + _S + r"/" + _S +
    r"(?P<law_code>[A-ZĐ]{2,8})(?P<law_term>\d{1,2})"
    r"|(?P<state_n>\d{1,5}(?:\.\d{1,2})?)" + _S + r"/" + _S +       # "66.2/2025/NQ-CP": a numbered part's number
    r"(?:(?P<state_year>(?:19|20)\d ?\d)" + _S + r"/" + _S + r")?"   # "87/201 7/NĐ-CP": OCR split the year
    r"(?P<state_code>" + _CODE + r")(?:" + _S + r"[-/](?:" + _S + r"-)?" + _BREAK +   # "889/CĐ- -TTg": a doubled dash
    r"|" + _STATE_JOINED + r")"
    r"(?P<state_issuer>" + _ISSUER_PART + r"(?:" + _S + r"-" + _BREAK + _ISSUER_PART + r")*)"
    r"|(?P<party_n>\d{1,4})(?:" + _S + r"-" + _S + r"|" + _PARTY_JOINED + r")(?P<party_code>" + _CODE + r")" + _S +
    r"/" + _S + r"(?P<party_issuer>(?:T\.\s?Ư|TƯ|TW|[A-ZĐ]{1,14}\d{0,2})(?:-" + _ISSUER_PART + r")*)"   # "/TU-UBND-MTTQ"
    r")(?![\w-])")
# where a match of NUMBER may start: a digit where _STAY holds before it (written after the digit, over it: a class
# first, which re skips to in C, where NUMBER's own look-behinds first are tried at every character)
_NUMBER_START = re.compile(r"\d(?:(?<![\w/.-]\d)|(?<=[Ss][ốỐ]\d))")


def number_matches(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """The matches of ``NUMBER.finditer(text, pos, endpos)``, the same ones in the same order, found faster: NUMBER is
    tried only where ``_NUMBER_START`` finds a digit that may start one (some 2.5x faster on a document).

    >>> [m.group(0) for m in number_matches("Số 12/2024/NĐ-CP, số357/TTr-CP và 09-CT/TW; a12/QĐ-TTg", 1)]
    ['12/2024/NĐ-CP', '357/TTr-CP', '09-CT/TW']
    """
    endpos = len(text) if endpos is None else endpos
    while (start := _NUMBER_START.search(text, pos, endpos)) is not None:
        m = NUMBER.match(text, start.start(), endpos)
        if m is None:
            pos = start.start() + 1
            continue
        yield m
        pos = m.end()   # (a match is never empty)


# a number left blank in a draft or a form: "Số:      /KH-UBND", "Số: .../QĐ-UBND", "Số    -CTr/TU"; or unreadable, its
# digits OCR'd as other signs ("Số: GIF /TCT-TTKT", "Sé: ##20 /TCT-DNNCN")
BLANK_NUMBER = re.compile(r"(?:S[ốôổé]|S[ỐÔỔ])" + _S + r":?[ \t.…]*(?:[^\s/]{1,5}[ \t]*)?(?:/" + _S + r"(?:(?:19|20)\d{2}" + _S + r"/" + _S + r")?"
                          r"(?P<code>" + _CODE + r")" + _S + r"[-/]" + _S + r"(?P<issuer>" + _ISSUER_PART +
                          r"(?:" + _S + r"-" + _S + _ISSUER_PART + r")*)|-" + _S + r"(?P<party_code>" + _CODE + r")" +
                          _S + r"/" + _S + r"(?P<party_issuer>[A-ZĐ]{1,8}\d{0,2}))")


@dataclass(frozen=True)
class DocumentNumber:
    """A số hiệu found in a text: as written, normalised, its kind code, issuer code, year and span."""

    written: str
    identifier: str
    code: str
    issuer_code: str
    year: str | None
    span: Span


def _parts(m: re.Match) -> tuple[str, str, str | None]:
    """(kind code, issuer code(s), year) of a match of ``NUMBER``."""
    if m.group("law_n"):
        return m.group("law_code"), m.group("law_code"), m.group("law_year")
    if m.group("state_n"):
        issuer = re.sub(r"\s+", "", m.group("state_issuer"))
        return m.group("state_code"), issuer, m.group("state_year") and m.group("state_year").replace(" ", "")
    issuer = m.group("party_issuer")
    return m.group("party_code"), "TW" if re.fullmatch(r"T\.\s?Ư|TƯ", issuer) else issuer, None


def with_lost_dash(m: re.Match, number: str, text: str | None = None) -> str:
    """``number`` (a match of ``NUMBER`` in the match form of ``text``, normalised) with the dash it lost at the line
    break between its kind and issuer codes put back ("755/CĐ" / "TTg": 755/CĐ-TTg); any other number as it is (a
    code glued to the next or spaced from it within a line, "1600/QĐTTg", "01/2008/NĐ  CP", is cited as written).

    >>> [with_lost_dash(NUMBER.search(t), n) for t, n in (("755/CĐ\\nTTg", "755/CĐTTg"), ("16/QĐ TTg", "16/QĐTTg"))]
    ['755/CĐ-TTg', '16/QĐTTg']
    """
    gap = (text or m.string)[m.end("state_code"):m.start("state_issuer")] if m.group("state_n") else ""
    if "\n" not in gap or not gap.isspace():
        return number
    issuer = re.sub(r"\s+", "", m.group("state_issuer"))
    return number[:-len(issuer)] + "-" + number[-len(issuer):] if number.endswith(issuer) else number


def number_codes(identifier: str) -> list[str]:
    """The letter codes of a normalised số hiệu after its serial number, without term digits.

    >>> number_codes("24/HDLN-BCA-BQP-BYT"), number_codes("102/2025/NQLT/UBTVQH15-CP"), number_codes("09-CT/TW")
    (['HDLN', 'BCA', 'BQP', 'BYT'], ['NQLT', 'UBTVQH', 'CP'], ['CT', 'TW'])
    """
    return [re.sub(r"\d+$", "", part) for part in re.split(r"[-/]", identifier)[1:] if not part.isdigit()]


def find_document_numbers(source: SourceText) -> list[DocumentNumber]:
    """Every document number (số hiệu) in the text outside skipped spans, in order.

    Takes a SourceText; returns DocumentNumber records (normalised with
    ``policykg.core.iris.normalize_document_number``). Never raises.

    >>> from policykg.graph_builder.read import source_from_string
    >>> s = source_from_string("Chỉ thị 09-CT/T.Ư, Nghị định 06/2014/NĐ- CP, Luật 32/2004/QH11, "
    ...                        "TTLT 02/2016/TTLT-BVHTTDL-BCA, 05-QĐi/TW và 1237/QĐ-TTg.")
    >>> for n in find_document_numbers(s):
    ...     print(n.identifier, n.code, n.issuer_code, n.year)
    09-CT/TW CT TW None
    06/2014/NĐ-CP NĐ CP 2014
    32/2004/QH11 QH QH 2004
    02/2016/TTLT-BVHTTDL-BCA TTLT BVHTTDL-BCA 2016
    05-QĐi/TW QĐi TW None
    1237/QĐ-TTg QĐ TTg None
    >>> s = source_from_string("Số: 24 /HDLN-BCA-BQP-BYT-\\n ВСТ-ВТC, 3260-KH/ĐĐQH15 và 102/2025/NQLT/UBTVQH15-CP")
    >>> [n.identifier for n in find_document_numbers(s)]
    ['24/HDLN-BCA-BQP-BYT-BCT-BTC', '3260-KH/ĐĐQH15', '102/2025/NQLT/UBTVQH15-CP']
    """
    found = []
    for m in number_matches(source.match):
        span = Span(m.start(), m.end())
        if any(sk.start < span.end and span.start < sk.end for sk in source.skipped):
            continue
        written = source.text[span.start:span.end]
        code, issuer, year = _parts(m)
        found.append(DocumentNumber(written, normalize_document_number(written), code, issuer, year, span))
    return found
