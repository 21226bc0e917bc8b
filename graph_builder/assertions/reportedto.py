"""The duty of the body a report goes to, for what it does with it: "X báo cáo / phản ánh về Y để <task>" gives Y the
task after "để", as the closing lines of plans, circulars and letters write it:

    Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về Sở Y tế để tổng
    hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.
    ... đề nghị phản ánh về Bộ Tài chính, Bộ Nội vụ để nghiên cứu, giải quyết.
    ... phản ánh bằng văn bản về Sở Nội vụ (qua Phòng Công chức) để Sở Nội vụ tổng hợp, tham mưu ...

Y holds "để tổng hợp, báo cáo ..." (the reporters' own duty, "báo cáo về Y", is the sentence's duty, read by
``duties``). Only where "để" is followed by a verb of handling a report (tổng hợp, nghiên cứu, xem xét, hướng dẫn, giải
quyết, tham mưu, xử lý), Y named again or not; never the document's issuer (the document's own voice: "báo cáo
về Bộ Y tế để tổng hợp" in the ministry's letter).

>>> from policykg.graph_builder.pipeline import build_source
>>> from policykg.graph_builder.read import source_from_string
>>> text = ("KẾ HOẠCH\\nPhòng chống dịch năm 2025\\n\\nIV. TỔ CHỨC THỰC HIỆN\\n\\n1. Sở Y tế hướng dẫn tiêm chủng.\\n\\n"
...         "2. Trong quá trình thực hiện, nếu có vướng mắc, các địa phương báo cáo về Sở Tư pháp để tổng hợp, "
...         "báo cáo Ủy ban nhân dân tỉnh.\\n")
>>> result = build_source(source_from_string(text, name="kh.txt"))
>>> [(a.subjects, a.text) for a in result.assertions if a.subjects == ["https://w3id.org/policykg/actor/so-tu-phap"]]
[(['https://w3id.org/policykg/actor/so-tu-phap'], 'để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.')]
"""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.cuedpatterns import CuedPattern
from policykg.graph_builder.model import Assertion, Span

__all__ = ["receiver_duty"]

# the report and the words before the body it goes to: "báo cáo về", "kịp thời phản ánh bằng văn bản về", "gửi báo cáo
# cho"; each match holds "báo cáo" or "phản ánh" (a ``CuedPattern``: a sentence without them is not searched, a
# substring test in C; most sentences a duty is read in report nothing)
_REPORT = CuedPattern(re.compile(r"(?<!\w)(?:gửi\s+)?(?:báo cáo|phản ánh)(?:\s+(?:kịp thời|bằng văn bản|kết quả))*"
                                 r"(?:\s+(?:về|cho|đến|tới|lên))?\s+"), ("báo cáo", "phản ánh"))
# what may stand between the body and "để": a bracket ("(qua Phòng Công chức)"), a comma
_BEFORE_PURPOSE = re.compile(r"\s*(?:\([^()]{0,120}\)\s*)?,?\s*(?=để\s)")
# the receiver's handling of the report after "để" (and its name said again)
_HANDLING = re.compile(r"\s*(?:kịp thời\s+|xem xét,?\s+)?(?:tổng hợp|nghiên cứu|xem xét|hướng dẫn|giải quyết|tham mưu"
                       r"|xử lý)(?!\w)")


def receiver_duty(ctx: Context, s: Sent) -> None:
    """Record the task of the body a report goes to in the sentence ``s`` (see the module), when it has the form."""
    for report in _REPORT.finditer(ctx.scan, s.start, s.end):
        receivers = ctx.without_appositives(ctx.chain_after(report.end(), s.end, s.actors))
        if not receivers:
            continue
        gap = _BEFORE_PURPOSE.match(ctx.low, receivers[-1].span.end, s.end)
        if gap is None:
            continue
        purpose = gap.end()
        handling = purpose + len("để")
        again = ctx.chain_after(handling, s.end, s.actors)   # "để Sở Nội vụ tổng hợp": the receiver said again
        if again and set(ctx.iris(again)) <= set(ctx.iris(receivers)):
            handling = again[-1].span.end
        holders = ctx.iris(receivers)
        if not _HANDLING.match(ctx.low, handling, s.end) or ctx.issuer in holders:
            continue
        ts, te = ctx.span_text(purpose, s.end)
        ctx.add(Assertion("task", Span(ts, te), s.sentence.index, subjects=holders, text=ctx.text[ts:te],
                          levels=ctx.levels(receivers)), key=("reported to", s.sentence.index, tuple(holders)))
        return
