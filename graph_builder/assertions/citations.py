"""References between documents: ``cites`` ("căn cứ", "theo", "thay thế", "bãi bỏ") and ``implements``
("thực hiện <document>"), and ``concerns`` (a task naming a campaign, a movement or a regulation).

Every item of a cited list takes the relation of the list ("Thực hiện Kết luận số 75-KL/TW ... và Chương trình
hành động số 31-CTr/TW": both implemented; "Căn cứ Luật ...; Luật số 51/2019/QH14 sửa đổi ...": every item of a
"Căn cứ" paragraph is a basis). The cited document's date and issuer, when the text gives them right after it
("Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường"), go on the assertion: ``date``
and ``subjects`` (the issuer).
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.dates import ON_DATE, iso_date
from policykg.graph_builder.model import Assertion, Mention, Span

__all__ = ["concerns", "references"]

# what may stand between two items of a cited list: the end of the first item's title, then a connector
_LIST_CONNECTOR = re.compile(r"(?:,|;|:|\bvà|\bhoặc)\s*(?:các\s+|những\s+)?$")
_OF = re.compile(r"[\s,]*(?:của|do)\s+$")
# right after a cited document (and its date and issuer): "... ban hành (kèm theo)" the document it issues
_ISSUED_BY_PREVIOUS = re.compile(r"^[^;.:]{0,20}?(?<!\w)ban hành(?:\s+kèm theo)?\s*$")


def concerns(ctx: Context, s: Sent, index: int) -> None:
    """A task or requirement that names a campaign, a movement or a regulation concerns it."""
    task = ctx.out[index]
    objects = [m.iri for m in s.mentions
               if task.evidence.start <= m.span.start and m.span.end <= task.evidence.end
               and (m.category == "initiative" or (m.category == "document" and m.kind == "Regulation"))]
    objects = list(dict.fromkeys(objects))
    if objects:
        ctx.add(Assertion("concerns", task.evidence, s.sentence.index, objects=objects, parent=index))


def _relation(ctx: Context, s: Sent, m: Mention, clause_before: str, basis_sentence: bool) -> tuple[str | None, str | None]:
    """(relation, qualifier) a trigger word right before the document gives it, or (None, None)."""
    if basis_sentence:
        return "cites", "basis"
    if cues.IMPLEMENT.search(clause_before[-40:]):
        return ("implements", None) if m.identifier else (None, None)
    if cues.REPLACE.search(clause_before[-40:]):
        return "cites", "replaces"
    if cues.CITE_BASIS.search(clause_before):
        return "cites", "basis"
    if cues.ACCORDING_BEFORE.search(clause_before):
        return "cites", "according"
    return None, None


def _issuer_and_date(ctx: Context, s: Sent, m: Mention) -> tuple[list[str], str | None, int]:
    """The cited document's issuer and date written right after it: "ngày 29/4/2026 của Bộ ...". Also the end."""
    pos, date = m.span.end, None
    dm = ON_DATE.match(ctx.match, pos, s.sentence.span.end)
    if dm:
        date, pos = iso_date(dm.group("d"), dm.group("m"), dm.group("y")), dm.end()
    issuer = next((a for a in s.actors if a.span.start >= pos and _OF.fullmatch(ctx.low[pos:a.span.start])), None)
    if issuer is None:
        return [], date, pos
    return [issuer.iri], date, issuer.span.end


def references(ctx: Context, s: Sent) -> None:
    """cites / implements for every cited document (not the document itself), with its issuer and date."""
    low = ctx.low
    self_reference = cues.self_reference(ctx.lexicon)
    opening = low[s.start:s.start + 12]
    basis_sentence = bool(cues.CITE_BASIS.match(opening))
    previous: tuple[str, str | None, int] | None = None      # relation, qualifier, end of the previous item
    for m in s.mentions:
        if m.category != "document" or m.iri == ctx.self_iri:
            continue
        if self_reference.search(low, m.span.start, m.span.end):
            continue
        before = low[s.sentence.span.start:m.span.start]
        if s.role == "header" and cues.OWN_NUMBER_LABEL.search(before[-12:]) or (
                s.role == "header" and m.span.start == s.sentence.span.start):
            continue   # the document's own number in its header
        clause = next((c for c in s.sentence.clauses if c.start <= m.span.start < c.end), s.sentence.span)
        if previous is not None and not m.identifier and _ISSUED_BY_PREVIOUS.search(low[previous[2]:m.span.start]):
            continue   # "Nghị định số 103/2009/NĐ-CP ban hành Quy chế ...": what the cited document issues
        relation, qualifier = _relation(ctx, s, m, low[clause.start:m.span.start], basis_sentence)
        if relation is None and previous is not None and _LIST_CONNECTOR.search(low[previous[2]:m.span.start]):
            relation, qualifier = previous[0], previous[1]     # the next item of a cited list
        if relation is None and (m.identifier or previous is not None or m.kind == "Law"):
            relation = "cites"      # a number, the next item of a list, a law by its name ("quy định của Luật ...")
        if relation is None:
            continue
        issuer, date, item_end = _issuer_and_date(ctx, s, m)
        previous = (relation, qualifier, item_end)
        ev = Span(*ctx.span_text(clause.start, clause.end))
        ctx.add(Assertion(relation, ev, s.sentence.index, subjects=issuer, objects=[m.iri], qualifier=qualifier,
                          date=date), key=(relation, m.iri))
