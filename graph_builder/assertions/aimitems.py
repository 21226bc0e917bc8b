"""The items of a document's "Mục tiêu" / "Mục đích" part as published text lays them out: one objective per item
(GUIDELINES: "items under Mục tiêu, Mục đích", a fragment from the start of the item), whatever its sentences and
page breaks make of it.

- a later sentence of an item belongs to that item's aim ("- Nâng cao hiệu quả phối hợp giữa các sở, ngành. Xác định
  cụ thể nhiệm vụ, tiến độ ...": one objective, "Nâng cao ..."), unless the item opens with a bare purpose clause
  ("Nhằm nâng cao chất lượng dạy học. Xác định các giải pháp trọng tâm ...": the sentence is the second aim) or is
  a list of actions, each an aim ("- Tham gia ...; Thực hiện giám sát ... . Tổng hợp, báo cáo ...");
- a paragraph that opens in lower case, with no number or bullet, is the item above it carried over a page break
  ("- Trình độ công nghệ của doanh\\n\\n12\\n\\nnghiệp đạt mức trên trung bình ..."): no objective of its own;
- an item that says what a word means ("1. Kiểm tra chuyên ngành là việc xem xét, đánh giá ...", in an article headed
  "Mục đích kiểm tra chuyên ngành") is a definition, no aim;
- an item whose first purpose word comes only in a later clause ("Cổ vũ, hỗ trợ thanh niên khởi nghiệp; tạo điều
  kiện để thanh niên có việc làm") is one aim, whole: that purpose is its last clause's, not the item's.
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder.assertions.context import Context, Sent

__all__ = ["continues_item", "defines", "purpose_of_later_clause"]

_SEMICOLON = re.compile(";")
_MARKED = re.compile(r"(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]")   # "a) ...", "ii. ...": an item of its own

def continues_item(ctx: Context, s: Sent, opens_with_verb) -> bool:
    """Whether sentence ``s`` of the objectives part goes on with the item above it: a later sentence of the item's
    paragraph (unless the sentence opens with a verb of the genre and the item with a bare purpose clause or a list of
    actions), or a
    paragraph carried over a page break. ``opens_with_verb(ctx, start, end)``: whether the words open with a verb."""
    first = s.sentence.index
    while first > 0 and ctx.sentences[first - 1].paragraph == s.sentence.paragraph:
        first -= 1
    if first == s.sentence.index:
        return _carried_over(ctx, s)
    opening = ctx.sentences[first].span
    if not opens_with_verb(ctx, s.sentence.span.start, s.sentence.span.end):
        return True
    if cues.FRONTED_PURPOSE.match(ctx.low, opening.start, opening.end):
        return False
    # "- Tham gia thành lập ...; Tham gia hiệp thương ...; Thực hiện giám sát ... . Tổng hợp, báo cáo ...": in a list
    # of actions, each its own aim, a verb-led sentence is one more
    return not any(opens_with_verb(ctx, m.end(), opening.end) for m in _SEMICOLON.finditer(ctx.match, opening.start,
                                                                                             opening.end))


def _carried_over(ctx: Context, s: Sent) -> bool:
    """The sentence opens its paragraph in lower case, with no number or bullet, below an earlier sentence of the same
    part: the rest of the item above, cut by a page break."""
    index = s.sentence.index
    if index == 0 or ctx.role_of(ctx.sentences[index - 1].section) != "objectives":
        return False
    words = ctx.text[s.sentence.span.start:s.sentence.span.end].lstrip()
    return words[:1].islower() and _MARKED.match(words) is None


def purpose_of_later_clause(ctx: Context, start: int, end: int, first_marker: int) -> bool:
    """Whether the first purpose word of the item in [start, end), at ``first_marker``, stands after the end of the
    item's first clause (a ";"): the purpose of that later clause, the item one aim."""
    return ";" in ctx.match[start:first_marker]


# "<a term> là việc / là hoạt động / là quá trình ...": a definition, before any comma or semicolon
_DEFINITION = re.compile(r"[\s*•+\-–]*(?:(?:\d{1,2}|[a-zđ])[.)]\s*)?[^,;:.]{2,80}?\s+là\s+(?:việc|hoạt động|quá trình)(?!\w)")


def defines(low: str, start: int, end: int) -> bool:
    """Whether the item in [start, end) of ``low`` (the lower-cased text) opens by defining a term."""
    return _DEFINITION.match(low, start, end) is not None
