"""Parties of a coordination named after its topic: "quy chế phối hợp trong công tác quản lý tàu cá giữa ba tỉnh gồm:
A, B và C", "tăng cường phối hợp công tác giữa A, B và C", "chương trình phối hợp về công tác tuyên truyền giữa A và
B". The work the parties coordinate on ("công tác ...", "trong công tác ...", "về ...") stands between "phối hợp"
and "giữa"; the parties after "giữa" coordinate with each other as in "phối hợp giữa A, B và C", where "giữa" follows
"phối hợp" at once (``coordination.coordination``).

The topic is a few words without punctuation and names no body; the first party stands right after "giữa" or after a
few words that count or name the list ("giữa ba tỉnh gồm:", "giữa các cơ quan:"). Not the name of a document cited
("Triển khai thực hiện Bản Thỏa thuận phối hợp công tác giữa Bộ A và Bộ B số 01/..."): its kind written with a
capital names the agreement, which gives its parties no work in the sentence that cites it.

>>> bool(_TOPIC_THEN_BETWEEN.match(" trong công tác quản lý tàu cá giữa ba tỉnh"))
True
>>> bool(_TOPIC_THEN_BETWEEN.match(" với sở a giữa")), bool(_TOPIC_THEN_BETWEEN.match(" trong năm, giữa"))
(False, False)
"""

from __future__ import annotations

import re

from policykg.graph_builder.model import Mention

__all__ = ["first_party_after_topic"]

# after a bare "phối hợp": the topic (opened by "công tác", "trong", "về"; at most twelve words, letters only) and "giữa"
_TOPIC_THEN_BETWEEN = re.compile(r"\s+(?:công tác|trong|về)(?:\s+[^\W\d_]+){0,12}?\s+giữa(?!\w)")
# a kind of document written with a capital right before "phối hợp": the name of one document ("Quy chế phối hợp ...")
_DOCUMENT_NAMED = re.compile(r"(?:Quy chế|Chương trình|Kế hoạch|Thỏa thuận|Thoả thuận|Đề án)\s*$")
# how far after "giữa" the first party may stand ("giữa 8 tỉnh gồm: | A, ...")
_TO_FIRST_PARTY = 30


def first_party_after_topic(ctx, s, coop: tuple[int, int, str], end: int) -> int | None:
    """Where the first party stands when the "phối hợp" at ``coop`` is followed by its topic and "giữa" ("phối hợp trong
    công tác X giữa | A, B và C"); None when it is not (a "phối hợp với", a topic that names a body, no party after
    "giữa")."""
    if ctx.low[coop[0]:coop[1]] != "phối hợp" or _DOCUMENT_NAMED.search(ctx.match, max(0, coop[0] - 20), coop[0]):
        return None
    between = _TOPIC_THEN_BETWEEN.match(ctx.low, coop[1], end)
    if between is None or any(coop[1] <= a.span.start < between.end() for a in s.actors):
        return None
    first: Mention | None = next((a for a in s.actors if between.end() <= a.span.start < min(end, between.end() + _TO_FIRST_PARTY)), None)
    if first is None or re.search(r"[.;!?]", ctx.match[between.end():first.span.start]):
        return None
    return first.span.start
