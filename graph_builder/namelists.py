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

import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import PRIORITY_ACTOR, Candidate, Vocabulary, compact, starts_verb

__all__ = ["domain_lists"]

_MOST_WORDS = 8   # the longest domain ("Lao động - Thương binh và Xã hội")
_WORD = re.compile(r"\S+")
_LIST_HEAD = re.compile(r"^(?:sở|bộ)\s*:\s*", re.IGNORECASE)   # the head before the first domain ("Bộ: ")


def domain_lists(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> list[Candidate]:
    """One candidate per domain of each list in [start, end): after "các sở:" / "các Bộ:", and after a capitalised
    head without a colon when two domains or more of the vocabulary follow ("Sở Y tế, Công Thương, Nông nghiệp và Môi
    trường": three departments; not "Sở Văn hóa, Thể thao và Du lịch", one domain)."""
    found: list[Candidate] = []
    if low.find(":", start, end) >= 0:   # (most sentences hold no colon: no such list to look for)
        for m in cues.DOMAIN_LIST.finditer(low, start, end):
            found += _listed(vocab, match, low, (m.group("head"), m.start("head"), m.end()), end, False)
    for m in cues.HEAD_BEFORE_DOMAINS.finditer(low, start, end):
        if match[m.start("head")].isupper():
            items = _listed(vocab, match, low, (m.group("head"), m.start("head"), m.end()), end, True)
            found += items if len(items) >= 2 else []
    return found


def _listed(vocab: Vocabulary, match: str, low: str, where: tuple[str, int, int], end: int,
            known_only: bool) -> list[Candidate]:
    """The candidates of one list: ``where`` is (head, head start, first domain's start); ``known_only``: domains of
    the vocabulary only, and none after the first that opens a name of its own ("Sở Tư pháp, | Công an tỉnh")."""
    head, head_start, pos = where
    stop = cues.DOMAIN_LIST_END.search(low, pos, end)
    stop_at = stop.start() if stop else end
    found = []
    while pos < stop_at and match[pos].isupper():
        if known_only and found and vocab.head_regex is not None and vocab.head_regex.match(low, pos) is not None:
            break
        item = _domain(vocab, match, low, pos, stop_at)
        if item is None or (known_only and item[1] is None):
            break
        found.append(_candidate(vocab, head, match, (head_start if not found else pos, item[0]), item[1]))
        sep = cues.DOMAIN_SEPARATOR.match(low, item[0], stop_at)
        if sep is None or sep.end() == item[0]:
            break
        pos = sep.end()
    return found


def _domain(vocab: Vocabulary, match: str, low: str, pos: int, stop_at: int):
    """(end, vocabulary form of the ministry) of the longest known domain from ``pos``, else (end, None) of an
    unknown one, or None."""
    ends = [k for k in range(pos + 1, stop_at + 1) if k == stop_at or low[k] in " ,"]
    ends = [k for k in ends if low[k - 1] not in " ,"][:_MOST_WORDS * 2]
    for k in reversed(ends):
        form = vocab.compact.get(compact("bộ " + low[pos:k]))
        if form is not None and form.entry.kind == "StateBody":
            return k, form
    item = _unknown_domain(match, low, pos, stop_at)
    if item is not None and _begins_a_known_domain(vocab, low[pos:item[0]]):
        return None   # "các Bộ: Văn hóa, Thể thao và Du lich" (OCR): a known domain misread, no body of the past
    return item


def _begins_a_known_domain(vocab: Vocabulary, domain: str) -> bool:
    """Some ministry of the vocabulary has a domain that begins with ``domain``'s words ("Kế hoạch" of "Kế hoạch và Đầu
    tư"). Read only for a domain the vocabulary does not know, which is rare."""
    key = compact("bộ " + domain)
    return any(k.startswith(key) and f.entry.kind == "StateBody" for k, f in vocab.compact.items())


def _unknown_domain(match: str, low: str, pos: int, stop_at: int):
    """(end, None) of a domain the vocabulary does not know (a ministry of the past: "các Bộ: ..., Thủy sản, Thương
    mại, Công nghiệp và Y tế"): its words up to the next separator before a capital or the list's end, a capital
    first, at most ``_MOST_WORDS`` words; None when there is no such run."""
    end = stop_at
    for sep in cues.DOMAIN_SEPARATOR.finditer(low, pos, stop_at):
        if sep.end() < stop_at and match[sep.end()].isupper() and sep.start() > pos:
            end = sep.start()
            break
    words = list(_WORD.finditer(low, pos, end))
    for k, w in enumerate(words[1:], 1):
        if w.group(0) in cues.NAME_STOP_WORDS or starts_verb(low, w.start(), 1):
            end, words = words[k - 1].end(), words[:k]   # "... và Lao động | chịu trách nhiệm": the clause's verb
            break
    if not words or len(words) > _MOST_WORDS or not all(w.group(0).replace("-", "").isalpha()
                                                        or w.group(0) in ("-", "–") for w in words):
        return None
    return end, None


def _candidate(vocab: Vocabulary, head: str, match: str, span: tuple[int, int], form) -> Candidate:
    s, e = span
    if form is None:   # a domain the vocabulary does not know: the body named as the head and the domain as written
        label = head.capitalize() + " " + " ".join(_LIST_HEAD.sub("", match[s:e]).split())
        mention = Mention(span=Span(s, e), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                          kind=vocab.head_kind.get(head, "StateBody"), known=False)
    elif head == "bộ":
        entry = form.entry
        mention = Mention(span=Span(s, e), surface="", category="actor", iri=entry.iri, label=entry.label_vi,
                          kind=entry.kind, known=True, label_en=entry.label_en)
    else:
        label = "Sở " + form.written.split(" ", 1)[1]
        mention = Mention(span=Span(s, e), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                          kind=vocab.head_kind.get("sở", "StateBody"), known=False)
    return Candidate(s, e, PRIORITY_ACTOR, mention)
