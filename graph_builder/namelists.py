"""Bodies named by one head noun and a list of domains: "Giám đốc các sở: Nông nghiệp và Môi trường, Tài chính, Tư
pháp" is three departments, "các Bộ: Công an, Quốc phòng, Y tế" three ministries (``cues.DOMAIN_LIST``). A domain is
the longest run of words, up to the list's end, that names a ministry of the vocabulary ("Văn hóa, Thể thao và Du
lịch" holds a comma); a ministry is the vocabulary's actor, a department ("Sở" + the ministry's domain as the
vocabulary writes it) is named as ``names`` names it. Each mention spans its domain's words, the first from the head
noun on ("sở: Nông nghiệp và Môi trường"), so that an office before the list reads as the office of its bodies.

>>> from policykg.ontology import load_lexicon
>>> from policykg.graph_builder.vocabulary import lower_same_length, vocabulary
>>> text = "Giám đốc các sở: Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch và Xây dựng chịu trách nhiệm."
>>> [c.mention.label for c in domain_lists(vocabulary(load_lexicon()), text, lower_same_length(text), 0, len(text))]
['Sở Nông nghiệp và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Xây dựng']
"""

from __future__ import annotations

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import PRIORITY_ACTOR, Candidate, Vocabulary, compact

__all__ = ["domain_lists"]

_MOST_WORDS = 8   # the longest domain ("Lao động - Thương binh và Xã hội")


def domain_lists(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> list[Candidate]:
    """One candidate per domain of each list in [start, end)."""
    found: list[Candidate] = []
    if low.find(":", start, end) < 0:
        return found   # (most sentences hold no colon: no list to look for)
    for m in cues.DOMAIN_LIST.finditer(low, start, end):
        stop = cues.DOMAIN_LIST_END.search(low, m.end(), end)
        stop_at = stop.start() if stop else end
        pos = m.end()
        while pos < stop_at and match[pos].isupper():
            item = _domain(vocab, low, pos, stop_at)
            if item is None:
                break
            item_end, form = item
            first = pos == m.end()
            found.append(_candidate(vocab, m.group("head"), match, (m.start("head") if first else pos, item_end), form))
            sep = cues.DOMAIN_SEPARATOR.match(low, item_end, stop_at)
            if sep is None or sep.end() == item_end:
                break
            pos = sep.end()
    return found


def _domain(vocab: Vocabulary, low: str, pos: int, stop_at: int):
    """(end, vocabulary form of the ministry) of the longest known domain from ``pos``, or None."""
    ends = [k for k in range(pos + 1, stop_at + 1) if k == stop_at or low[k] in " ,"]
    ends = [k for k in ends if low[k - 1] not in " ,"][:_MOST_WORDS * 2]
    for k in reversed(ends):
        form = vocab.compact.get(compact("bộ " + low[pos:k]))
        if form is not None and form.entry.kind == "StateBody":
            return k, form
    return None


def _candidate(vocab: Vocabulary, head: str, match: str, span: tuple[int, int], form) -> Candidate:
    s, e = span
    if head == "bộ":
        entry = form.entry
        mention = Mention(span=Span(s, e), surface="", category="actor", iri=entry.iri, label=entry.label_vi,
                          kind=entry.kind, known=True, label_en=entry.label_en)
    else:
        label = "Sở " + form.written.split(" ", 1)[1]
        mention = Mention(span=Span(s, e), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                          kind=vocab.head_kind.get("sở", "StateBody"), known=False)
    return Candidate(s, e, PRIORITY_ACTOR, mention)
