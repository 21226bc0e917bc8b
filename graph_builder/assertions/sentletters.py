"""The addressees of a directive sent to them, whose content the text then lists: "Cục Cứu hộ - Cứu nạn đã có công
điện số 37/TK gửi: Bộ Tư lệnh Quân khu 3; Bộ Tư lệnh Cảnh sát biển với nội dung:" over "1. Duy trì ...", "2. ...";
"Bộ Y tế có công văn gửi Sở Y tế các tỉnh, thành phố, yêu cầu:" over "- Tăng cường ...". The bodies the directive
is sent to hold the items below it, as the addressees of "X yêu cầu Y:" do (a news report of a telegram, a letter
that quotes the directive it passes on).

Only a directive sent down (công điện, chỉ thị, công văn, văn bản, thông báo, hướng dẫn, điện), never a report or a
submission sent up ("báo cáo gửi Bộ Tài chính với nội dung: ..." lists what the report says), and only where the
sentence ends, after the list of bodies, with the content it announces: "(với | có) (các) nội dung (chỉ đạo | yêu cầu)
(như sau | sau)", "yêu cầu", "đề nghị", then a colon. Members of the list may be separated by semicolons, as such lists are.
"""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.addresseelists import chain_over_semicolons
from policykg.graph_builder.model import Mention

__all__ = ["sent_addressees"]

# the directive and "gửi" ("công điện số 37/TK gửi:", "văn bản hỏa tốc gửi tới"), up to 60 characters apart with no
# stop between (its number, its date)
_SENT = re.compile(r"(?<!\w)(?:công điện|chỉ thị|công văn|văn bản|thông báo|hướng dẫn|điện)(?!\w)[^.;:!?]{0,60}?"
                   r"(?<!\w)gửi(?:\s+(?:tới|đến|cho))?(?!\w)\s*:?\s*")
_NOT_DOWN = re.compile(r"(?<!\w)(?:báo cáo|tờ trình|kiến nghị|đề xuất)(?!\w)")
# what closes the list: the content announced, then the colon that ends the sentence
_CONTENT = re.compile(r"\s*[,;]?\s*(?:(?:với|có)\s+)?(?:(?:các|những)\s+)?(?:nội dung(?:\s+(?:yêu cầu|đề nghị|chỉ đạo))?"
                      r"|yêu cầu|đề nghị)"
                      r"(?:\s+(?:chính|chủ yếu|cụ thể))?(?:\s+(?:như sau|sau(?: đây)?))?\s*:\s*$")


def sent_addressees(ctx, actors: list[Mention], start: int, end: int) -> list[Mention]:
    """The bodies a directive is sent to, in a sentence that announces its content with a colon; [] otherwise.
    ``ctx`` is the reading context (``assertions.context.Context``: not imported, it sits above this module)."""
    low = ctx.low
    for m in _SENT.finditer(low, start, end):
        if _NOT_DOWN.search(low, start, m.start()):
            return []
        chain = chain_over_semicolons(ctx, m.end(), end, actors,
                                      opens=lambda at: _CONTENT.match(low[:end].rstrip(), at) is not None)
        if chain and _CONTENT.match(low[:end].rstrip(), chain[-1].span.end):
            return chain
    return []
