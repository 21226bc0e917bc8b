"""A collective named in short and in full in one document is one actor: "các bộ, ngành" in a Government document
that also names "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" is those bodies (the vocabulary says which
collective is the short form of which: ``pkg:shortFormIn``). A document that names only the short one keeps it, and
so does the short one narrowed to the bodies concerned ("các bộ, ngành liên quan": some of them, not all).

>>> from policykg.graph_builder.pipeline import build_source
>>> from policykg.graph_builder.read import source_from_string
>>> text = ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ rà soát văn bản. "
...         "Bộ Tư pháp tổng hợp ý kiến của các bộ, ngành.")
>>> sorted({m.iri.rsplit("/", 1)[1] for m in build_source(source_from_string(text)).mentions if m.category == "actor"})
['bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu', 'bo-tu-phap']
"""

from __future__ import annotations

import dataclasses
import re

from policykg.graph_builder.model import Mention
from policykg.ontology.lexicon import Lexicon

__all__ = ["fuller_collectives"]

# "các bộ, ngành (có) liên quan", "các bộ, cơ quan | liên quan": the ones concerned, in the name or right after it
_CONCERNED = re.compile(r"(?<!\w)(?:có\s+)?liên\s+quan(?!\w)")
_CONCERNED_AFTER = re.compile(r"\s*(?:có\s+)?liên\s+quan(?!\w)")


def fuller_collectives(mentions: list[Mention], lexicon: Lexicon | None, low: str) -> list[Mention]:
    """``mentions`` with each mention of a vocabulary collective whose fuller collective the document also names given
    that one's identity (its IRI, label and kind; the mention keeps its span, surface and office); ``low`` is the
    document's match form in lower case (the words after a mention)."""
    if lexicon is None:
        return mentions
    named = {m.iri: m for m in reversed(mentions) if m.category == "actor" and m.known}
    fuller: dict[str, Mention] = {}
    for entry in lexicon.entries:
        if entry.short_form_in and entry.iri in named and entry.short_form_in in named:
            fuller[entry.iri] = named[entry.short_form_in]
    if not fuller:
        return mentions
    return [dataclasses.replace(m, iri=fuller[m.iri].iri, label=fuller[m.iri].label, kind=fuller[m.iri].kind,
                                label_en=fuller[m.iri].label_en, generic=fuller[m.iri].generic)
            if m.category == "actor" and m.known and m.iri in fuller and not _concerned(m, low) else m
            for m in mentions]


def _concerned(m: Mention, low: str) -> bool:
    """The collective is narrowed to the bodies concerned, in its name or by the words right after it."""
    return (_CONCERNED.search(low, m.span.start, m.span.end) is not None
            or _CONCERNED_AFTER.match(low, m.span.end) is not None)
