"""A lead-in that asks its addressee to direct other bodies to carry out the items below it: "Ban Bí thư Trung ương
Đoàn đề nghị các tỉnh, thành đoàn chỉ đạo các cấp bộ Đoàn, Hội thực hiện một số nội dung sau:", "Đề nghị Ủy ban nhân
dân tỉnh chỉ đạo các sở, ngành triển khai các nhiệm vụ sau:". After the bodies directed come the words that announce
the items (``dutycues.DUTY_LEAD_IN``: "thực hiện (một số | các) nội dung sau:", "triển khai các nhiệm vụ sau:"), not a
task of their own: the items are the duties of those directed, as under "Đề nghị X chỉ đạo Y:" (``leadins
.directed_heading``), and the addressee's duty is to direct them. The reading context (``assertions.context.Context``)
is not imported: it sits above this module.
"""

from __future__ import annotations

from policykg.graph_builder import dutycues
from policykg.graph_builder.model import Mention

__all__ = ["directed_lead_in"]


def directed_lead_in(ctx, s, chain: list[Mention]) -> bool:
    """After the bodies directed (``chain``, ending in the sentence ``s``), only the words that announce the items
    below, up to the colon that ends the line."""
    return bool(chain) and dutycues.DUTY_LEAD_IN.match(ctx.low, chain[-1].span.end, s.end) is not None
