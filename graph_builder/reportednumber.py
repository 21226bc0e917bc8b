"""Which number an article reports when no sentence says a document was issued or signed: the first number the article
does not cite as the ground of what it reports ("Thực hiện Công điện số 53/CĐ-TW ...", "theo Nghị quyết số
258/2025/QH15", "theo quy định tại Nghị định số 103/2013/NĐ-CP"). A number so cited is a document the reported one
rests on, not the one reported (but for a sentence that opens with "Theo <document>,": what that document says);
an article whose numbers are all cited so reports a document it does not number.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.numbers import find_document_numbers
>>> text = "Thực hiện Công điện số 53/CĐ-TW, Cục Cứu hộ đề nghị các đơn vị trực ban. Công văn 12/CV-BTL nêu rõ..."
>>> first_uncited(text, find_document_numbers(source_from_string(text))).identifier
'12/CV-BTL'
>>> text = "Hà Nội yêu cầu áp dụng cơ chế theo Nghị quyết số 258/2025/QH15 và Nghị định số 14/2026/NĐ-CP."
>>> first_uncited(text, find_document_numbers(source_from_string(text))) is None
True
>>> text = "Theo Kế hoạch số 12/KH-UBND, tỉnh sẽ tổ chức 3 đợt kiểm tra."
>>> first_uncited(text, find_document_numbers(source_from_string(text))).identifier
'12/KH-UBND'
"""

from __future__ import annotations

import re

from policykg.graph_builder.numbers import DocumentNumber

__all__ = ["first_uncited"]

# the words that cite a number as a ground, right before it and its kind: "thực hiện Công điện số", "theo quy định
# tại Nghị định số", "căn cứ Quyết định"
_CITED_BEFORE = re.compile(r"(?i)(?<!\w)(?:thực hiện|căn cứ|theo|tại)\s+(?P<rule>(?:quy định|hướng dẫn)\s+(?:tại|của)\s+)?"
                           r"(?:[^\W\d_]+\s+){0,2}(?:số\s*:?\s*)?$")
_NEXT_ITEM = re.compile(r"(?i)[ \t]*(?:,|;|và|hoặc)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}(?:số[ \t]*:?[ \t]*)?")   # the next of a list
_OPENING = re.compile(r"(?:^|[.!?:>\n])[\s\"“(]*$")     # a sentence's start before a word


def first_uncited(match: str, numbers: list[DocumentNumber]) -> DocumentNumber | None:
    """The first of ``numbers`` (found in ``match``) not cited as a ground (see the module), or None."""
    previous = -1       # the end of the number cited last
    for n in numbers:
        cited = _CITED_BEFORE.search(match, max(0, n.span.start - 60), n.span.start)
        if cited is None and previous >= 0 and _NEXT_ITEM.fullmatch(match, previous, n.span.start):
            previous = n.span.end   # "theo quy định tại Nghị định số 103/2013/NĐ-CP và Nghị định số 41/2017/NĐ-CP"
            continue
        if cited is None or (_OPENING.search(match, max(0, cited.start() - 4), cited.start())
                             and cited.group(0)[:4].lower() == "theo" and not cited.group("rule")):
            return n    # "Theo Kế hoạch số 12/KH-UBND, tỉnh sẽ ...": what the plan says, the article's subject
        previous = n.span.end
    return None
