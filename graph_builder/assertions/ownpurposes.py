"""Purposes a document states of itself in the forms of published text and of the news that reports it, beyond
"Kế hoạch này nhằm ..." and a purpose that opens its sentence (objectives.py):

- a purpose after a linking word that opens the sentence: "Theo đó, để chấm dứt tình trạng ..., Ủy ban nhân dân tỉnh
  yêu cầu ...", "Vì vậy, nhằm ..., Bộ ... đề nghị ...": still fronted, before the main clause;
- the act of issuing or signing the document as the subject of the purpose: "Việc ký kết quy chế nhằm tạo cơ chế phối
  hợp ...", "Việc ban hành Chỉ thị nhằm ...";
- not the goal of a thing the text describes: "đầu tư tổ hợp công trình hóa chất với mục tiêu chính là sản xuất hóa
  chất ..." (a project's goal, in a provision) is no aim of the document, as "Mục tiêu của Kế hoạch là ..." is;
- a line that heads the items below it with the issuer as their holder: "2.1. Để thể chế hóa đầy đủ Nghị quyết số
  ..., Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:" (its purpose is the document's; the line itself is
  read as the items' heading, for no duty);
- the purpose the document's title states: "Quyết định về việc hỗ trợ kinh phí cho các địa phương | để thực hiện
  nhiệm vụ đo đạc ...", "Kết luận ... về chủ trương khắc phục tác động của dịch bệnh | để phục hồi và phát triển nền
  kinh tế": one aim, whole (not a news article's headline, nor the formula of a decree's title "Quy định chi tiết và
  biện pháp để tổ chức, hướng dẫn thi hành ...", a means, no aim).
"""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.ontology.lexicon import Lexicon

__all__ = ["act_of_issuing", "after_linking_word", "goal_of_thing", "heading_purpose", "title_purpose"]

# the linking words a sentence may open with before its fronted purpose ("Theo đó, để ...")
_LINKING = (r"(?:theo đó|do đó|vì vậy|vì thế|bởi vậy|qua đó|đồng thời|bên cạnh đó|ngoài ra|trong thời gian tới"
            r"|thời gian tới|tới đây|sắp tới)")
_LINKED_PURPOSE = re.compile(rf"{cues.ITEM_MARK}{_LINKING}\s*,\s*(?:để|nhằm)(?!\w)")


def after_linking_word(low: str, sentence_start: int, marker: int) -> bool:
    """Whether the purpose word at ``marker`` follows a linking word that opens its sentence ("Theo đó, để ...")."""
    m = _LINKED_PURPOSE.match(low, sentence_start, marker + 5)
    return m is not None and m.end() > marker


@functools.lru_cache(maxsize=4)
def _issuing(lexicon: Lexicon) -> re.Pattern:
    return re.compile(rf"(?<!\w)việc\s+(?:ký kết|ký|ban hành)(?:\s+(?:{cues.kind_words(lexicon)})(?:\s+này)?)?\s*,?\s*$")


def act_of_issuing(ctx: Context, s: Sent, marker: int) -> bool:
    """Whether the words right before the purpose word at ``marker`` are the act of issuing or signing the document
    ("Việc ký kết quy chế | nhằm ...", "Việc ban hành | nhằm ...")."""
    return _issuing(ctx.lexicon).search(ctx.low, max(s.sentence.span.start, marker - 60), marker) is not None


_ANNOUNCED = re.compile(r"(?<!\w)(?:sau đây|như sau|sau)$")


def heading_purpose(ctx: Context, s: Sent, objectives) -> bool:
    """A line that heads the items below it, "Để <purpose>, <the issuer> xác định các nhiệm vụ ... sau:": its purpose
    is the document's (``objectives``: objectives.objectives, called on the purpose). True when the line is so."""
    fronted = cues.FRONTED_PURPOSE.match(ctx.low, s.sentence.span.start, s.end)
    if fronted is None:
        return False
    issuer = next((a for a in s.actors if a.span.start > fronted.end() and a.iri == ctx.issuer), None)
    line = ctx.low[s.start:s.end].rstrip(" *_\n")
    if issuer is None or "," not in ctx.match[fronted.end():issuer.span.start] \
            or not (line.endswith(":") or _ANNOUNCED.search(line)):
        return False
    objectives(ctx, s, s.start, issuer.span.start, parent=None, whole=False)
    return True


_THING_BEFORE_GOAL = re.compile(r"(?<!\w)(?:với|theo|vào)\s+$")


def goal_of_thing(low: str, goal_start: int) -> bool:
    """Whether the goal ("mục tiêu ... là") at ``goal_start`` is that of a thing named before it ("dự án ... với |
    mục tiêu chính là ...")."""
    return _THING_BEFORE_GOAL.search(low, max(0, goal_start - 8), goal_start) is not None


_MEANS = re.compile(r"(?<!\w)biện pháp\s+$")   # "biện pháp | để tổ chức, hướng dẫn thi hành": a means, no aim


def title_purpose(ctx: Context, s: Sent, add) -> None:
    """The purpose the document's title states, when sentence ``s`` (a line of the header or the title under the kind
    line) holds it: the words after the purpose word up to the end of the line, all of them in the title, are the
    document's objective (``add(ctx, s, start, end)``: objectives.document_objective)."""
    title = ctx.document.title
    if not title or ctx.document.kind == "NewsArticle":
        return
    title_key = match_key(title)
    for m in cues.OBJECTIVE.finditer(ctx.scan, s.start, s.end):
        if cues.NOT_PURPOSE.search(ctx.low, max(0, m.start() - 12), m.start()) \
                or _MEANS.search(ctx.low, max(0, m.start() - 12), m.start()):
            continue
        o_start, o_end = ctx.span_text(m.end(), s.end)
        key = match_key(ctx.text[o_start:o_end])
        if len(key.split()) >= 2 and key in title_key:
            add(ctx, s, o_start, o_end)
            return
