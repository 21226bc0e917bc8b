"""Two ministries written under one head noun ("Liên Bộ Y tế - Tài chính", "Liên bộ Y tế, Tài chính", "của Liên Bộ
Y tế Tài chính"): the joint issuers of a circular named once with "Bộ" and both domains. The name scan reads one
name there, a body that does not exist ("Bộ Y tế - Tài chính"); when the name is none of the vocabulary's and its
words after the head split into two domains each of which makes a ministry the vocabulary knows ("Bộ Y tế", "Bộ Tài
chính"), the mention is those two bodies: the first spans the head and its domain, the second its own domain. A
ministry whose own name holds a dash ("Bộ Lao động - Thương binh và Xã hội") is one name of the vocabulary and stays
whole. Used by ``recognise``; the same name in a header or a headless joint circular's text is read by
``jointministries``.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Liên Bộ Y tế - Tài chính hướng dẫn bổ sung một số điểm sau.")
>>> [(m.label, src.text[m.span.start:m.span.end]) for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
[('Bộ Y tế', 'Bộ Y tế'), ('Bộ Tài chính', 'Tài chính')]
"""

from __future__ import annotations

import dataclasses
import re

from policykg.graph_builder.model import Mention, Span
from policykg.ontology.lexicon import Lexicon

__all__ = ["joint_ministry_mentions"]

# the head noun; what two domains may be written apart with ("-", ",", a space)
_HEAD = re.compile(r"(?i)bộ[ \t]+")
_APART = re.compile(r"[ \t]*(?:[-–,][ \t]*|[ \t])")


def joint_ministry_mentions(mentions: list[Mention], match: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each unknown actor named "Bộ <domain> <domain>" whose two domains each name a ministry of the
    vocabulary read as those two ministries; the others unchanged."""
    out = []
    for m in mentions:
        pair = _two_ministries(m, match, lexicon) if m.category == "actor" and not m.known else None
        out.extend(pair or (m,))
    return out


def _two_ministries(m: Mention, match: str, lexicon: Lexicon) -> tuple[Mention, Mention] | None:
    """The two ministries the mention ``m`` names under one "Bộ", or None."""
    head = _HEAD.match(match, m.span.start, m.span.end)
    if head is None or lexicon.lookup(match[m.span.start:m.span.end]) is not None:
        return None
    words = list(re.finditer(r"[^\s,\-–]+", match[head.end():m.span.end]))
    for k in range(1, len(words)):
        first_end, second_start = head.end() + words[k - 1].end(), head.end() + words[k].start()
        if not _APART.fullmatch(match[first_end:second_start]):
            continue
        first = lexicon.lookup("Bộ " + match[head.end():first_end])
        second = lexicon.lookup("Bộ " + match[second_start:m.span.end])
        if first is not None and second is not None and first.iri != second.iri \
                and first.kind == second.kind == m.kind:
            return (_known(m, first, Span(m.span.start, first_end)), _known(m, second, Span(second_start, m.span.end)))
    return None


def _known(m: Mention, entry, span: Span) -> Mention:
    return dataclasses.replace(m, span=span, surface="", iri=entry.iri, label=entry.label_vi, kind=entry.kind,
                               known=True, label_en=entry.label_en, generic=False)
