"""Two ministries written under one head noun ("Liên Bộ Y tế - Tài chính", "Liên bộ Y tế, Tài chính", "của Liên Bộ
Y tế Tài chính"): the joint issuers of a circular named once with "Bộ" and both domains. The name scan reads one
name there, a body that does not exist ("Bộ Y tế - Tài chính"); when the name is none of the vocabulary's and its
words after the head split into two domains each of which makes a ministry the vocabulary knows ("Bộ Y tế", "Bộ Tài
chính"), the mention is those two bodies: the first spans the head and its domain, the second its own domain. A
ministry whose own name holds a dash ("Bộ Lao động - Thương binh và Xã hội") is one name of the vocabulary and stays
whole. Used by ``recognise``; the same name in a header or a headless joint circular's text is read by
``jointministries``; both parse it with ``ministryparts``.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Liên Bộ Y tế - Tài chính hướng dẫn bổ sung một số điểm sau.")
>>> [(m.label, src.text[m.span.start:m.span.end]) for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
[('Bộ Y tế', 'Bộ Y tế'), ('Bộ Tài chính', 'Tài chính')]
"""

from __future__ import annotations

import dataclasses

from policykg.graph_builder.ministryparts import MinistryPart, ministry_parts
from policykg.graph_builder.model import Mention, Span
from policykg.ontology.lexicon import Lexicon

__all__ = ["joint_ministry_mentions"]


def joint_ministry_mentions(mentions: list[Mention], match: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each unknown actor named "Bộ <domain> <domain>" whose domains each name a ministry of the
    vocabulary read as those ministries; the others unchanged."""
    out = []
    for m in mentions:
        parts = ministry_parts(match, lexicon, start=m.span.start, end=m.span.end) \
            if m.category == "actor" and not m.known else []
        out.extend([_known(m, p) for p in parts] or [m])
    return out


def _known(m: Mention, part: MinistryPart) -> Mention:
    entry = part.entry
    return dataclasses.replace(m, span=Span(part.start, part.end), surface="", iri=entry.iri, label=entry.label_vi,
                               kind=entry.kind, known=True, label_en=entry.label_en, generic=False)
