"""What actors do to each other and to initiatives: ``issues`` (ban hành), ``directs`` (lãnh đạo, chỉ đạo),
``mobilises`` (huy động, vận động) and ``participates`` (tham gia)."""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.model import Assertion, Mention, Span
from policykg.graph_builder.vocabulary import vocabulary

__all__ = ["directs", "issuer_from_metadata", "issues", "mobilises", "participates"]


def mobilises(ctx: Context, s: Sent, start: int, end: int, holders: list[Mention]) -> None:
    """"X huy động / vận động Y": the holders of the sentence's duty mobilise the actors named after the verb."""
    if not holders:
        return
    for m in dutycues.MOBILISE.finditer(ctx.scan, start, end):
        if ctx.low[max(0, m.start() - 5):m.start()].endswith("cuộc "):
            continue
        objects = ctx.chain_after(m.end(), end, s.actors)
        objects = [o for o in objects if o.iri not in ctx.iris(holders)]
        if objects:
            ctx.add(Assertion("mobilises", Span(*ctx.span_text(m.start(), objects[-1].span.end)), s.sentence.index,
                               subjects=ctx.iris(holders), objects=ctx.iris(objects)))


def participates(ctx: Context, s: Sent, start: int, end: int, holders: list[Mention]) -> None:
    """"X tham gia <initiative>" (or the people just mobilised take part)."""
    for m in dutycues.PARTICIPATE.finditer(ctx.scan, start, end):
        initiative = next((x for x in s.mentions if x.category == "initiative" and x.span.start >= m.end()
                           and len(ctx.words_between(m.end(), x.span.start)) <= 4), None)
        if initiative is None:
            continue
        who = ctx.chain_before(m.start(), start, s.actors, loose=2)
        if not who:
            # "vận động nhân dân ... tham gia phong trào": the people mobilised take part
            mobilised = [a for a in ctx.out if a.relation == "mobilises" and a.sentence == s.sentence.index
                         and a.evidence.end <= m.start()]
            who_iris = mobilised[-1].objects if mobilised else []
        else:
            who_iris = ctx.iris(who)
        if who_iris:
            begin = who[0].span.start if who else m.start()
            ctx.add(Assertion("participates", Span(*ctx.span_text(begin, initiative.span.end)),
                               s.sentence.index, subjects=list(who_iris), objects=[initiative.iri]),
                     key=("participates", tuple(who_iris), initiative.iri, s.sentence.index))


def directs(ctx: Context, s: Sent) -> None:
    """"X lãnh đạo, chỉ đạo Y" and the nominal "sự lãnh đạo của X đối với Y"."""
    low = ctx.low
    span = s.sentence.span
    for m in dutycues.DIRECT_NOUN.finditer(ctx.scan, span.start, span.end):
        who = ctx.chain_after(m.end(), span.end, s.actors)
        if not who:
            continue
        target_at = dutycues.TOWARDS.search(low, who[-1].span.end, span.end)
        if target_at is None or len(ctx.words_between(who[-1].span.end, target_at.start())) > 2:
            continue
        target = next((x for x in s.mentions if x.span.start >= target_at.end() and x.category in ("initiative", "actor")
                       and len(ctx.words_between(target_at.end(), x.span.start)) <= 2), None)
        if target is None:
            continue
        ctx.add(Assertion("directs", Span(*ctx.span_text(m.start(), target.span.end)), s.sentence.index,
                           subjects=ctx.iris(who), objects=[target.iri]),
                 key=("directs", tuple(ctx.iris(who)), target.iri))
    for m in dutycues.DIRECT_VERB.finditer(ctx.scan, span.start, span.end):
        if low[max(0, m.start() - 4):m.start()] == "sự ":
            continue
        who = ctx.chain_before(m.start(), span.start, s.actors, loose=2)
        if not who:
            continue
        clause_end = next((c.end for c in s.sentence.clauses if c.start <= m.start() < c.end), span.end)
        target = next((x for x in s.mentions if m.end() <= x.span.start < clause_end
                       and x.category in ("initiative", "actor") and x.iri not in ctx.iris(who)), None)
        if target is None:
            continue
        ctx.add(Assertion("directs", Span(*ctx.span_text(who[0].span.start, target.span.end)), s.sentence.index,
                           subjects=ctx.iris(who), objects=[target.iri]),
                 key=("directs", tuple(ctx.iris(who)), target.iri))


def issues(ctx: Context, s: Sent) -> None:
    """"X (vừa) ban hành <document>", or the document itself ("ban hành kèm theo Kế hoạch ...")."""
    low = ctx.low
    span = s.sentence.span
    for m in dutycues.ISSUE.finditer(ctx.scan, span.start, span.end):
        who = ctx.chain_before(m.start(), span.start, s.actors, loose=2)
        if not who:
            continue
        doc = next((x for x in s.mentions if x.category == "document" and x.span.start >= m.end()
                    and len(ctx.words_between(m.end(), x.span.start)) <= 2), None)
        if doc is not None:
            target = doc.iri
        elif ctx.self_iri and _issues_itself(ctx, low[m.end():span.end]):
            target = ctx.self_iri
        else:
            continue
        if target == ctx.self_iri and ctx.policy.issuers:
            continue   # the header names the issuers ("Bộ trưởng Bộ Quốc phòng ban hành Thông tư" is no second one)
        ctx.add(Assertion("issues", Span(*ctx.span_text(who[0].span.start, span.end)), s.sentence.index,
                           subjects=ctx.iris(who)[:1], objects=[target]), key=("issues", target))


def _issues_itself(ctx: Context, after: str) -> bool:
    """"ban hành (kèm theo) <kind>" where the kind is the document's own ("Đảng đoàn Quốc hội ban hành Kế hoạch ..."
    in a plan; not "Chính phủ ban hành Chương trình hành động" cited in a letter)."""
    m = cues.issued_kind(ctx.lexicon).match(after)
    if m is None:
        return False
    words = re.sub(r"^\s*(?:kèm theo\s+)?", "", m.group(0))
    kind = vocabulary(ctx.lexicon).document_kind_of.get(re.sub(r"\s+", " ", words.strip()))
    own = ctx.policy.kind
    return kind is None or own in (None, "Document", "PolicyDocument") or ctx.lexicon.is_subclass(own, kind) \
        or ctx.lexicon.is_subclass(kind, own)


def issuer_from_metadata(ctx: Context) -> None:
    """The issuers the metadata found issue the document, unless a sentence said so already."""
    if not (ctx.issuer and ctx.self_iri) or ("issues", ctx.self_iri) in ctx.seen:
        return
    evidence = ctx.policy.evidence or ctx.document.evidence
    if evidence is None:
        return
    sentence = next((s.index for s in ctx.sentences if s.span.start <= evidence.start < s.span.end), 0)
    issuers = list(dict.fromkeys([ctx.issuer, *(r.iri for r in ctx.policy.issuers if r.iri)]))
    ctx.add(Assertion("issues", evidence, sentence, subjects=issuers, objects=[ctx.self_iri]),
             key=("issues", ctx.self_iri))
