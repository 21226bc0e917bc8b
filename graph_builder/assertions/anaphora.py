"""A body named again by its kind and "này" ("sở này", "Bộ này", "cơ quan này"): the body the text last named of that
kind, as the subject or a partner of a duty.

News reports and letters name a body once and then refer to it by its head noun ("Sở Quy hoạch - Kiến trúc được giao
... . Cùng với đó, sở này sẽ chủ trì thẩm định ..."); read as no body, the later duty had no holder. A reference is
read as the first body of the nearest clause before its own that names one, within a few paragraphs, whose name opens with the same head noun ("sở", "bộ",
"cục", "ủy ban", "ban"), or any body for "cơ quan này" / "đơn vị này"; a kind named in general terms or in the
plural ("các sở, ngành", "cơ quan chức năng") is no antecedent, and "các đơn vị này" (a set the text described) no
reference. Only the duty grammar reads these mentions: the
document's actors stay those it names.

>>> from policykg.graph_builder.model import Mention, Span
>>> low = "sở xây dựng được giao thẩm định. sau đó, sở này chủ trì nghiệm thu."
>>> body = Mention(Span(0, 11), "Sở Xây dựng", "actor", "so-xay-dung", "Sở Xây dựng", "StateBody")
>>> [(m.span, m.iri) for m in referring_mentions(low, [body])]
[(Span(start=41, end=47), 'so-xay-dung')]
"""

from __future__ import annotations

import dataclasses
import re

from policykg.graph_builder.model import Mention, Span

__all__ = ["referring_mentions", "with_references"]

# one body; not the plural "các / những đơn vị này" (a set the text has described, no body it named)
_REFERENCE = re.compile(r"(?<!\w)(?<!các )(?<!những )(sở|bộ|cục|ủy ban|uỷ ban|ban|cơ quan|đơn vị) này(?!\w)")
_ANY_BODY = ("cơ quan", "đơn vị")
_REACH = 1500   # characters back to the antecedent: a few paragraphs


def with_references(low: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with one actor mention per reference in ``low`` (the lower-cased match form), carrying its
    antecedent's IRI, in place of a mention of its bare head noun ("Bộ | này" in a ministry's letter is not the
    ministry that writes: that one is "Bộ")."""
    refs = referring_mentions(low, [m for m in mentions if not _bare_head(low, m)])
    covered = {(r.span.start, r.span.end) for r in refs}
    kept = [m for m in mentions if not any(a <= m.span.start < b for a, b in covered)]
    return kept + refs


def _bare_head(low: str, m: Mention) -> bool:
    """The mention is the head noun of a reference, alone ("Bộ" of "Bộ này")."""
    ref = _REFERENCE.match(low, m.span.start)
    return m.category == "actor" and ref is not None and m.span.end == ref.start() + len(ref.group(1))


def referring_mentions(low: str, mentions: list[Mention]) -> list[Mention]:
    """One actor mention per reference in ``low`` (the lower-cased match form), carrying its antecedent's IRI: the
    first body of the nearest clause before the reference's own that names one of its kind (a clause runs between two
    of ".", ";" and a line break: "Trạm Y tế các xã tham mưu ...; đơn vị này phối hợp ..." is the Trạm Y tế, not the
    body it advises)."""
    actors = sorted((m for m in mentions if m.category == "actor"), key=lambda m: m.span.start)
    found: list[Mention] = []
    for ref in _REFERENCE.finditer(low):
        if any(m.span.start <= ref.start() < m.span.end for m in actors):
            continue   # inside a name
        head = ref.group(1).replace("uỷ", "ủy")
        end, own = ref.start(), True
        while end > 0 and ref.start() - end <= _REACH:
            start = max(low.rfind(c, 0, end) for c in ".;\n")   # -1: the text's start
            clause = [m for m in actors if start < m.span.start and m.span.end <= end and _kind_of(m, head)]
            if clause and not own:
                found.append(dataclasses.replace(clause[0], span=Span(ref.start(), ref.end()), surface="", office=None))
                break
            end, own = start, False
    return found


def _kind_of(m: Mention, head: str) -> bool:
    """A body the reference may name: one named as itself (not in general terms, not a collective in lower case) whose
    name opens with the reference's head noun, or any such body for "cơ quan" / "đơn vị"."""
    return not m.generic and m.label[:1].isupper() and (
        head in _ANY_BODY or m.label.lower().replace("uỷ", "ủy").startswith(head + " "))
