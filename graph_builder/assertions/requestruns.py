"""A run of the issuer's requests, one a sentence: "Giao Cục Cảnh sát giao thông sẵn sàng lực lượng, phương tiện.
Giao Cục Cảnh sát cơ động chủ động phương án chi viện ...", "Yêu cầu Sở Y tế ... . Giao Sở Tài chính ...". The second
sentence's "giao" is the issuer's, as the first's was: not an act of the body the first one addressed, who would then
hold the duty of assigning the second's task (the reading of "Sở Y tế tổ chức ... . Giao Trung tâm Y tế ...", where
the body of the sentence before goes on as the subject left out, ``duties._continued``).

>>> opens_with_request("3. Giao Cục Cảnh sát giao thông sẵn sàng lực lượng.")
True
>>> opens_with_request("3. Cục Cảnh sát giao thông sẵn sàng lực lượng."), opens_with_request("Bàn giao hồ sơ.")
(False, False)
"""

from __future__ import annotations

import re

from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.leadins import NUMBERING

__all__ = ["after_a_request", "opens_with_request"]

_QUOTE_OR_SPACE = re.compile(r"[\s\"'“*_]*")


def opens_with_request(line: str) -> bool:
    """The sentence ``line`` opens, after its list marker, with a request ("Giao", "Yêu cầu", "Đề nghị")."""
    marker = NUMBERING.match(line)
    pos = _QUOTE_OR_SPACE.match(line, marker.end() if marker else 0).end()
    return dutycues.REQUIRE.match(line[pos:].lower()) is not None


def after_a_request(ctx, index: int) -> bool:
    """The sentence before the sentence ``index`` opens with a request of its own, so its holders were given their
    duty by the issuer and do not go on as the subject of this one's "giao". ``ctx`` is the reading context
    (``assertions.context.Context``: not imported, it sits above this module)."""
    if index == 0:
        return False
    above = ctx.sentences[index - 1]
    return opens_with_request(ctx.match[above.span.start:above.span.end])
