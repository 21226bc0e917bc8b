"""A name's domain that ends with a pair of sizes: "doanh nghiệp nhỏ và vừa", "vừa và nhỏ".

"vừa" is a function word of the clause ("vừa ban hành": "has just issued"), so the name scan ends a name before "và
vừa" and reads "Hội Doanh nghiệp nhỏ", "Vụ Quản lý doanh nghiệp nhỏ", "Cục Phát triển doanh nghiệp nhỏ": a false
actor for a body the text names in full. :func:`size_pairs` carries a name that ends with one size over "và" and the
other ("nhỏ | và vừa", "lớn | và vừa"), or any name over both ("doanh nghiệp | vừa và nhỏ"): the pair names one class
of enterprise, never a second body.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Đề nghị Hội Doanh nghiệp nhỏ và vừa vận động hội viên.")
>>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"][0]
'Hội Doanh nghiệp nhỏ và vừa'
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention, Span

__all__ = ["size_pairs"]

# the name's last size word, then "và" and the other size, as a whole word
_PAIR_AFTER = {"nhỏ": re.compile(r"[ \t]+và[ \t]+vừa(?!\w)"), "lớn": re.compile(r"[ \t]+và[ \t]+vừa(?!\w)"),
               "vừa": re.compile(r"[ \t]+và[ \t]+(?:nhỏ|lớn)(?!\w)")}
# both sizes after the name ("Cục Phát triển doanh nghiệp | vừa và nhỏ"): the scan stops at "vừa" itself
_WHOLE_PAIR = re.compile(r"[ \t]+vừa[ \t]+và[ \t]+(?:nhỏ|lớn)(?!\w)")
_LAST_WORD = re.compile(r"(\w+)\s*$")


def size_pairs(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with each unknown actor name that ends with a size and is followed by "và" and the other size
    carried over the pair (span, label and IRI), when no other mention starts inside the pair."""
    starts = sorted(m.span.start for m in mentions)
    out = []
    for m in mentions:
        last = _LAST_WORD.search(match, m.span.start, m.span.end) if m.category == "actor" and not m.known else None
        pair = _PAIR_AFTER.get(last.group(1).lower(), _WHOLE_PAIR) if last is not None else None
        after = pair.match(match, m.span.end) if pair is not None else None
        if after is not None and not any(m.span.end <= s < after.end() for s in starts):
            label = f"{m.label} {' '.join(match[m.span.end:after.end()].split())}"
            m = dataclasses.replace(m, span=Span(m.span.start, after.end()), surface="", label=label,
                                    iri=mint_actor_iri(label), label_en=None)
        out.append(m)
    return out
