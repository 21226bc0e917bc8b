"""The own number of a document whose header has no "Số:" line, written where an older or a converted copy writes it:
in the title in capitals ("THÔNG TƯ / LIÊN BỘ SỐ 05-TT/LB NGÀY 11 THÁNG 4 NĂM 1992 HƯỚNG DẪN ...", the form of
legal databases for older documents), or in the line that heads the document's annex ("(Ban hành kèm theo Nghị
quyết số 08/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh)") of a copy that lost its header.

Only a number of the document's own kind counts (its kind code names the document's kind): a title that cites
another document ("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY ...") names no own number, nor does a sentence that
cites a regulation issued with an earlier document ("Quy chế ban hành kèm theo Quyết định số ...": not a line of its
own).

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.ontology import load_lexicon
>>> s = source_from_string("THÔNG TƯ\\nLIÊN BỘ SỐ 05-TT/LB NGÀY 11 THÁNG 4 NĂM 1992 HƯỚNG DẪN CHI TIÊU\\n\\nNội dung.")
>>> own_number_elsewhere(s, "Circular", load_lexicon()).identifier
'05-TT/LB'
>>> s = source_from_string("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY 15 THÁNG 5 NĂM 2016\\n\\nNội dung.")
>>> own_number_elsewhere(s, "Plan", load_lexicon()) is None
True
>>> s = source_from_string("Nội dung.\\n\\nPHỤ LỤC\\n(Ban hành kèm theo Nghị quyết số 08/NQ-HĐND ngày 14 tháng 7 năm 2017)")
>>> own_number_elsewhere(s, "Resolution", load_lexicon()).identifier
'08/NQ-HĐND'
"""

from __future__ import annotations

import re

from policykg.core.textnorm import all_capitals
from policykg.graph_builder.headerkinds import kind_of_code
from policykg.graph_builder.model import SourceText
from policykg.graph_builder.numbers import DocumentNumber, find_document_numbers
from policykg.ontology.lexicon import Lexicon

__all__ = ["own_number_elsewhere"]

_TITLE_TOP = 600    # characters of the text's top where its title stands
# "... SỐ 05-TT/LB NGÀY 11 THÁNG 4 ...": the label in capitals before the number, its date after it
_TITLE_LABEL = re.compile(r"(?<!\w)SỐ[ \t]*:?[ \t]*$")
_TITLE_DATE = re.compile(r"[ \t]*,?[ \t]*NGÀY\b")
# the line heading an annex: "(Ban hành kèm theo Nghị quyết số", "Kèm theo Quyết định số"
_ANNEX_LINE = re.compile(r"(?im)^[ \t(*_]*(?:ban hành[ \t]+)?kèm theo[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+số[ \t]*:?[ \t]*$")


def own_number_elsewhere(source: SourceText, kind: str | None, lexicon: Lexicon,
                         numbers: list[DocumentNumber] | None = None) -> DocumentNumber | None:
    """The document's own number in its title or its annex's heading line (see the module), of the document's own
    ``kind``; None when there is none. ``numbers``: the text's document numbers when the caller has found them
    already (``find_document_numbers(source)``), so the text is not scanned twice."""
    if not kind:
        return None
    match = source.match
    for n in find_document_numbers(source) if numbers is None else numbers:
        if kind_of_code(n.code, lexicon) != kind:
            continue
        line_start = match.rfind("\n", 0, n.span.start) + 1
        before = match[line_start:n.span.start]
        if n.span.start < _TITLE_TOP and _TITLE_LABEL.search(before) and all_capitals(before, 2) \
                and _TITLE_DATE.match(match, n.span.end):
            return n
        if _ANNEX_LINE.match(before):
            return n
    return None
