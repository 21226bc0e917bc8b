"""A body named by its head noun alone, after the document named the one body of that head: "Đề nghị Sở hỗ trợ ..."
after "Sở Nông nghiệp và Môi trường tỉnh X" (the only Sở the document names), "báo cáo Ban Chỉ đạo" after the one
"Ban Chỉ đạo ..." it names. A step of :mod:`identity` (docs/DATA_MODEL.md, "Identity of actors", round 15); the
issuer named so ("Sở" in a Sở's own plan) is :meth:`identity._Offices._bare_heads`'.

The heads read so are the vocabulary's head nouns that name a kind of a one-word head ("Ban | Chỉ đạo", "Ban | Quản
lý", "Tổ | công tác", "Hội | đồng") and are no name on their own (not "Công an", "Ban Tuyên giáo"), and the heads of
the bodies of one level ("Sở"): a one-word head such as "Ban", "Hội", "Phòng", "Tổ" begins too many other words to be
read alone, and "Cơ quan", "Trung tâm", "Văn phòng" are said of too many bodies. Members are not their body ("các
thành viên Ban Chỉ đạo"). A head that names a kind of unit on its own ("Đồn Biên phòng", "Ban Chỉ huy Quân sự"),
alone before a duty's verb in a document that names no unit of that kind, is each such unit (round 19).

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> lex = load_lexicon()
>>> src = source_from_string("Sở Công Thương tỉnh Hòa Bình kiểm tra chợ. Đề nghị Sở báo cáo kết quả.")
>>> [(m.surface, m.label) for m in named_heads(find_mentions(src, [], lex), src, lex, None) if m.category == "actor"]
[('Sở Công Thương tỉnh Hòa Bình', 'Sở Công Thương tỉnh Hòa Bình'), ('Sở', 'Sở Công Thương tỉnh Hòa Bình')]
"""

from __future__ import annotations

import dataclasses
import functools
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, SourceText, Span, SpanReach
from policykg.graph_builder.vocabulary import caps_context, form_pattern, lower_same_length, starts_verb, vocabulary
from policykg.ontology.lexicon import Lexicon

__all__ = ["named_heads"]


@functools.lru_cache(maxsize=4)
def _heads(lexicon: Lexicon) -> tuple[str, ...]:
    """The head nouns read alone, longest first."""
    level_heads = {match_key(h) for level in getattr(lexicon, "levels", ()) for h in getattr(level, "head_nouns", ())}
    nouns = {h for h, kind in lexicon.head_nouns() if kind != "Office"}
    heads = {h for h in nouns if " " in h and h.split(" ")[0] in nouns and lexicon.lookup(h) is None}
    return tuple(sorted(heads | level_heads, key=lambda h: (-len(h), h)))


def _head_hits(head: str, low: str):
    """The head noun written alone in ``low``, before a sign or a word: ``(?<![\\w.])<head>(?=...)`` written with its
    first letter before the look-behind, which re then skips to in C (the same matches)."""
    form, first = form_pattern(head), re.escape(head[:1])
    return re.finditer(rf"{first}(?<![\w.]{first}){form[len(first):]}(?=[ \t]*[,.;:)]|[ \t]+[^\W\d_])", low)


def named_heads(mentions: list[Mention], source: SourceText, lexicon: Lexicon, issuer: str | None) -> list[Mention]:
    """The mentions and, for each capitalised head noun standing alone (no name after it, no office, document kind
    or verb it begins), a mention of the one body of that head the document names, when it names exactly one and
    it is not the ``issuer``; sorted by offset."""
    if lexicon is None:
        return mentions
    actors = [m for m in mentions if m.category == "actor" and m.label]
    low = lower_same_length(source.match)
    taken = SpanReach(Span(m.span.start - len(m.office or ""), m.span.end) for m in mentions)
    vocab = vocabulary(lexicon)
    found = []
    # each actor's label in the match form, and whether it may be the one body of a head, read once per document
    keyed = [(m, match_key(m.label), not m.generic and not re.search(r"(?<!\w)(?:các|cấp|những)(?!\w)|,",
                                                                     m.label.lower())) for m in actors]
    heads, kinds = _heads(lexicon), _kind_names(lexicon)
    led_by = _by_leading_words(keyed)
    for head in sorted(set(heads) | set(kinds), key=lambda h: (-len(h), h)):
        led = led_by.get(head, ())   # the actors whose key is the head or begins with it and a space, in order
        bodies = {m.iri: m for m, key, single in led if key != head and single}
        of_head = {m.iri for m, _, _ in led}
        if not of_head and head in kinds:
            found.extend(_units_of_a_kind(source, low, taken, kinds[head], vocab.head_kind.get(head, "Organization")))
            continue
        if len(bodies) != 1 or of_head != set(bodies) or issuer in bodies or head not in heads:
            continue   # ("Đồn Biên phòng" after "Đồn Biên phòng Thanh" is any post: a kind's name, not a head read alone)
        body = next(iter(bodies.values()))
        for hit in _head_hits(head, low):
            s, e = hit.start(), hit.end()
            if not source.match[s].isupper() or taken.overlaps(Span(s, e)) or caps_context(source.match, s, e) \
                    or s < body.span.start or re.search(r"thành viên\s+$", low[max(0, s - 20):s]):
                continue
            nxt = " ".join(low[s:s + 60].split()[:len(head.split()) + 1]).strip(",.;:)")
            if nxt in vocab.office_words or nxt in vocab.document_kind_of or starts_verb(low, s, 2) \
                    or source.match[e:].lstrip()[:1].isupper():
                continue   # a name ("Sở Y tế"), an office ("Sở trưởng"), a kind ("Bộ luật") or a verb goes on
            found.append(dataclasses.replace(body, span=Span(s, e), surface=source.text[s:e], office=None))
    return sorted(mentions + found, key=lambda m: (m.span.start, m.span.end)) if found else mentions


def _by_leading_words(keyed: list[tuple]) -> dict[str, list[tuple]]:
    """Each (mention, key, single) of ``keyed`` under every leading run of its key's words (the key cut before each
    of its spaces, and the whole key), in the order of ``keyed``: who ``key.startswith(head + " ") or key == head``
    takes, read once per document instead of once per head noun (speed only)."""
    led: dict[str, list[tuple]] = {}
    for item in keyed:
        key = item[1]
        for cut in {i for i, c in enumerate(key) if c == " "} | {len(key)}:
            led.setdefault(key[:cut], []).append(item)
    return led


@functools.lru_cache(maxsize=4)
def _kind_names(lexicon: Lexicon) -> dict[str, str]:
    """The head nouns that name a kind of unit on their own, their specific part capitalised ("Đồn Biên phòng", "Ban
    Chỉ huy Quân sự"; not an office's, an abbreviation's or a name of the vocabulary): match key -> the form as
    written."""
    kinds = dict(lexicon.head_nouns())
    return {match_key(f): f for f in lexicon.head_noun_forms()
            if len(f.split()) >= 2 and all(w[:1].isupper() and w[1:].islower() for w in f.split()[:2])
            and kinds.get(match_key(f)) != "Office" and lexicon.lookup(f) is None}


def _units_of_a_kind(source: SourceText, low: str, taken: SpanReach, written: str, kind: str) -> list[Mention]:
    """A kind's name standing alone as the subject of a duty, in a document that names no unit of that kind ("Đồn
    Biên phòng chủ trì, phối hợp ...", "Ban Chỉ huy Quân sự có trách nhiệm ..."): each such unit, a generic actor."""
    form = match_key(written)
    pattern = re.compile(rf"(?<![\w.]){form_pattern(form)}(?=[ \t]+(?:{'|'.join(cues.DUTY_VERBS)})(?!\w))")
    first = re.match(r"\w+|[^\w\s]", form)   # form_pattern writes it as it is: every match begins with it
    found = []
    for hit in _led_by(pattern, low, first.group(0)) if first is not None else pattern.finditer(low):
        s, e = hit.start(), hit.end()
        if source.match[s:e].split() != written.split() or taken.overlaps(Span(s, e)):
            continue   # written as the kind's name, and no other mention holds it
        found.append(Mention(span=Span(s, e), surface=source.text[s:e], category="actor", iri=mint_actor_iri(written),
                             label=written, kind=kind, known=False, generic=True))
    return found


def _led_by(pattern: re.Pattern, text: str, literal: str):
    r"""The matches of ``pattern.finditer(text)`` for a pattern whose every match is non-empty and begins with
    ``literal``: tried only where ``literal`` stands (``str.find``), where ``re`` tries the pattern, a look-behind
    first, at every position of the document (speed only: 1,868 whole-document scans over 100 documents).

    >>> pattern, text = re.compile(r"(?<![\w.])ban a(?= \w)"), "ban a tổ, liên ban a; .ban a x, ban a đi, ban ab"
    >>> [m.span() for m in _led_by(pattern, text, "ban")] == [m.span() for m in pattern.finditer(text)] == [(0, 5), (32, 37)]
    True
    """
    at = text.find(literal)
    while at >= 0:
        hit = pattern.match(text, at)   # a look-behind still sees the text before ``at``
        if hit is None:
            at = text.find(literal, at + 1)
        else:
            yield hit
            at = text.find(literal, hit.end())
