"""Document numbers (số hiệu): the grammar of Party numbers ("09-CT/TW"), State numbers ("06/2014/NĐ-CP",
"1237/QĐ-TTg") and laws ("32/2004/QH11"), found in the match form and normalised."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.core.iris import normalize_document_number
from policykg.graph_builder.model import SourceText, Span

__all__ = ["DocumentNumber", "find_document_numbers"]

# searched in the match form: dashes are '-', spaces plain
_CODE = r"[A-ZĐ]{1,5}[a-zđ]{0,2}"
_ISSUER_PART = r"[A-ZĐ][A-ZĐ0-9]*[a-zđ]{0,2}"
_NUMBER = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?P<law_n>\d{1,4})\s?/\s?(?P<law_year>(?:19|20)\d{2})\s?/\s?(?P<law_code>QH)(?P<law_term>\d{1,2})"
    r"|(?P<state_n>\d{1,5})\s?/\s?(?:(?P<state_year>(?:19|20)\d{2})\s?/\s?)?(?P<state_code>" + _CODE + r")"
    r"\s?-\s?(?P<state_issuer>" + _ISSUER_PART + r"(?:-" + _ISSUER_PART + r")*)"
    r"|(?P<party_n>\d{1,4})\s?-\s?(?P<party_code>" + _CODE + r")\s?/\s?(?P<party_issuer>T\.\s?Ư|TƯ|TW|[A-ZĐ]{1,6})"
    r")(?![\w-])")


@dataclass(frozen=True)
class DocumentNumber:
    """A số hiệu found in a text: as written, normalised, its kind code, issuer code, year and span."""

    written: str
    identifier: str
    code: str
    issuer_code: str
    year: str | None
    span: Span


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
    """
    found = []
    for m in _NUMBER.finditer(source.match):
        span = Span(m.start(), m.end())
        if any(sk.start < span.end and span.start < sk.end for sk in source.skipped):
            continue
        written = source.text[span.start:span.end]
        if m.group("law_n"):
            code, issuer, year = "QH", "QH", m.group("law_year")
        elif m.group("state_n"):
            code, issuer, year = m.group("state_code"), m.group("state_issuer"), m.group("state_year")
        else:
            code, issuer, year = m.group("party_code"), m.group("party_issuer"), None
            issuer = "TW" if re.fullmatch(r"T\.\s?Ư|TƯ", issuer) else issuer
        found.append(DocumentNumber(written, normalize_document_number(written), code, issuer, year, span))
    return found
