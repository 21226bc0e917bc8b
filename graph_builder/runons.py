"""Names the document itself settles: a name that runs on into the words after it is cut where the document ends
the same name elsewhere (:func:`cut_run_on_names`); a name written with a dash is the one it writes with "và"
(:func:`dash_as_and`); a name cut before "và" and lower-case words is the longer name the document writes with
capitals there (:func:`lower_case_tails`: "Sở Khoa học | và công nghệ" is its "Sở Khoa học và Công nghệ"); a name
cut before lower-case words that read like a verb is the longer name the document writes with them and its place
(:func:`cut_before_domain`: "Viện Quy hoạch | xây dựng và ..." is its "Viện Quy hoạch xây dựng Hà Nội").

A name read head-first may take in the clause after it when that clause starts with lower-case words: "Chi cục
Thuế nhận thông tin", "Cơ quan Thuế không chia sẻ dữ liệu" (the verb looks like a lower-case domain, as in "Cục
Điều tra chống buôn lậu"). The document settles it: when the words up to a lower-case
word are a name it writes elsewhere on their own ("Chi cục Thuế"), the longer reading is that name and its clause.
Only names with a capitalised word of their own after the head noun are cut ("Chi cục | Thuế"), so a head alone
used as a short form ("Ban Chỉ đạo") never cuts the full name ("Ban Chỉ đạo phòng, chống thiên tai"); and only at
a space, before lower-case words with no level among them (``_clause_after``).

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Chi cục Thuế chủ trì. Chi cục Thuế nhận thông tin, Chi cục Thuế không chia sẻ dữ liệu.")
>>> [m.surface for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
['Chi cục Thuế', 'Chi cục Thuế', 'Chi cục Thuế']
>>> src = source_from_string("Sở Kế hoạch và Đầu tư chủ trì; Sở Kế hoạch - Đầu tư, Vụ Kế hoạch - Tài chính phối hợp.")
>>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 'Vụ Kế hoạch - Tài chính']
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import Vocabulary, starts_verb

__all__ = ["cut_before_domain", "cut_run_on_names", "dash_as_and", "enacting_tails", "lower_case_tails"]

_WORD = re.compile(r"[^\W\d_]+")
_WORD_OR_MARK = re.compile(r"\w+|[^\w\s]")


def cut_run_on_names(vocab: Vocabulary, mentions: list[Mention], match: str, low: str) -> list[Mention]:
    """``mentions`` with each unknown actor name that runs on past a name the document writes alone cut there (the
    cut mention takes that name's identity); the others unchanged. Linear in the mentions and their words."""
    if vocab.head_regex is None:
        return mentions
    actors = [m for m in mentions if m.category == "actor"]
    alone: dict[str, Mention] = {}
    for m in actors:
        alone.setdefault(match_key(match[m.span.start:m.span.end]), m)
    out = []
    for m in mentions:
        cut = _cut(vocab, m, match, low, alone) if m.category == "actor" and not m.known else None
        out.append(m if cut is None else cut)
    return out


def _cut(vocab: Vocabulary, m: Mention, match: str, low: str, alone: dict[str, Mention]) -> Mention | None:
    start, end = m.span.start, m.span.end
    head = vocab.head_regex.match(low, start)
    if head is None or head.start(1) != start:
        return None
    words = list(_WORD.finditer(match, head.end(1), end))
    capital = False
    for k, w in enumerate(words):
        word = w.group(0)
        if capital and word.islower() and match[words[k - 1].end():w.start()].isspace() \
                and _clause_after(vocab, low, words[k:]):
            other = alone.get(match_key(match[start:words[k - 1].end()]))
            if other is not None and other is not m:
                return dataclasses.replace(other, span=Span(start, words[k - 1].end()), surface="")
        capital = capital or word[:1].isupper()
    return None


def _clause_after(vocab: Vocabulary, low: str, rest: list[re.Match]) -> bool:
    """The words ``rest`` that end a name read are a clause, not the end of the name: no capitalised word or level
    among them ("Cục Lâm nghiệp | và Kiểm lâm", "Viện Nghiên cứu | phát triển Thành phố", "Ban Thường trực ... | cấp
    xã" are names), no joint word or verb of a domain first ("Cục Cảnh sát | điều tra tội phạm ..."), and two words or
    more, or one verb or negation ("Vụ Chính sách | thuế", "Cục Tin học | hóa" are names)."""
    first = rest[0].group(0)
    if any(not w.group(0).islower() or vocab.level_word.match(low, w.start()) for w in rest) \
            or first in cues.NAME_STOP_WORDS or low.startswith(cues.DOMAIN_VERBS, rest[0].start()):
        return False
    return len(rest) >= 2 or first in cues.NEGATIONS or starts_verb(low, rest[0].start(), 1)


_DASH = re.compile(r"\s+[-–]\s+")


def dash_as_and(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with an unknown actor whose name joins two domains by a dash ("Sở Kế hoạch - Đầu tư") given the
    identity of the actor the document names with "và" there ("Sở Kế hoạch và Đầu tư"): one body written two ways.
    A name with a dash and no such twin keeps its own ("Vụ Kế hoạch - Tài chính"): the module's second example.
    """
    by_label = {match_key(m.label): m for m in mentions if m.category == "actor" and not _DASH.search(m.label)}
    out = []
    for m in mentions:
        twin = by_label.get(match_key(_DASH.sub(" và ", m.label))) \
            if m.category == "actor" and not m.known and _DASH.search(m.label) else None
        out.append(m if twin is None else dataclasses.replace(twin, span=m.span, surface=m.surface, office=m.office,
                                                              levels=m.levels))
    return out


_AND_AFTER = re.compile(r"[ \t]+và[ \t]+")


def lower_case_tails(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with an unknown actor name followed by "và" and lower-case words given the identity and span of
    the longer name the document writes elsewhere with those words capitalised ("Sở Khoa học | và công nghệ" /
    "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và du lịch"): one body, the second spelling read short. A name
    with no such twin keeps its own ("Phòng Nội vụ và các đơn vị")."""
    longer: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.category == "actor" and " và " in match_key(match[m.span.start:m.span.end]):
            key = match_key(match[m.span.start:m.span.end])
            longer.setdefault(key[:key.rindex(" và ")], []).append(m)
    if not longer:
        return mentions
    starts = sorted(m.span.start for m in mentions)
    out = []
    for m in mentions:
        twin = _tail_twin(m, match, longer) if m.category == "actor" and not m.known else None
        if twin is not None:
            end = _twin_end(twin, m, match)
            nxt = next((s for s in starts if s > m.span.start), len(match))
            if end is not None and end <= nxt:
                m = dataclasses.replace(twin, span=Span(m.span.start, end), surface="", office=m.office, levels=m.levels)
        out.append(m)
    return out


def _tail_twin(m: Mention, match: str, longer: dict[str, list[Mention]]) -> Mention | None:
    """The mention of a longer name that starts with ``m``'s words and "và", when the text after ``m`` is "và" and
    lower-case words."""
    after = _AND_AFTER.match(match, m.span.end)
    if after is None or not match[after.end():after.end() + 1].islower():
        return None
    found = longer.get(match_key(match[m.span.start:m.span.end]))
    return None if not found else found[0]


def _twin_end(twin: Mention, m: Mention, match: str) -> int | None:
    """Where ``m``'s text ends when read as long as ``twin``'s name (the same words, in any case), or None."""
    want = match_key(match[twin.span.start:twin.span.end])
    words = list(_WORD.finditer(match, m.span.start, min(len(match), m.span.start + 3 * len(want))))
    for w in words:
        got = match_key(match[m.span.start:w.end()])
        if got == want:
            return w.end()
        if len(got) > len(want):
            return None
    return None


def cut_before_domain(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with an unknown actor name followed by lower-case words given the identity and span of the longer
    name the document writes elsewhere with those words, then only its place ("Viện Quy hoạch | xây dựng và ..." /
    "Viện Quy hoạch xây dựng Hà Nội"): the name was cut before a domain that reads like a verb. Only when the words
    after the short name are the longer name's next words exactly and a mark, "và" or the line's end follows them."""
    actors = [m for m in mentions if m.category == "actor"]
    keys = {m.iri: match_key(match[m.span.start:m.span.end]) for m in actors}
    starts = sorted(m.span.start for m in mentions)
    out = []
    for m in mentions:
        if m.category == "actor" and not m.known:
            m = _domain_twin(m, match, actors, keys, starts) or m
        out.append(m)
    return out


def _domain_twin(m: Mention, match: str, actors: list[Mention], keys: dict[str, str], starts: list[int]) -> Mention | None:
    end = _lower_words_end(match, m.span.end)
    if end is None:
        return None
    short = match_key(match[m.span.start:m.span.end])
    words = match_key(match[m.span.end:end])
    for twin in actors:
        key = keys[twin.iri]
        if twin is m or not key.startswith(f"{short} {words}"):
            continue
        rest = match[twin.span.start:twin.span.end].split()[len(f"{short} {words}".split()):]
        if all(w[:1].isupper() for w in rest):   # the longer name adds only its place: "... | Hà Nội"
            nxt = next((s for s in starts if s > m.span.start), len(match))
            if end <= nxt:
                return dataclasses.replace(twin, span=Span(m.span.start, end), surface="", office=m.office,
                                           levels=m.levels)
    return None


def _lower_words_end(match: str, pos: int) -> int | None:
    """The end of one to four lower-case words after ``pos`` on the line that a mark, "và" or the line's end
    closes, or None."""
    words = list(_WORD_OR_MARK.finditer(match, pos, min(len(match), pos + 60)))
    end = None
    for k, w in enumerate(words):
        word = w.group(0)
        if match[(words[k - 1].end() if k else pos):w.start()] not in (" ", ""):
            return None if end is None or "\n" not in match[words[k - 1].end():w.start()] else end
        if not word.isalpha() or word == "và":
            return end
        if not word.islower() or k >= 4:
            return None
        end = w.end()
    return None


# the verb in capitals that enacts a resolution, a decision or a conclusion after its issuer's name ("Hội đồng nhân dân
# xã X | QUYẾT NGHỊ:", "Ban Thường vụ Huyện ủy | KẾT LUẬN:"): no word of the name
_ENACTING_TAIL = re.compile(r"[ \t]+(?:QUYẾT NGHỊ|QUYẾT ĐỊNH|KẾT LUẬN|CHỈ THỊ|THÔNG BÁO)\Z")


def enacting_tails(mentions: list[Mention], match: str, lexicon) -> list[Mention]:
    """``mentions`` with an actor name written in mixed case cut before the enacting verb in capitals it ran on into
    ("Ban Chấp hành Đảng bộ phường | QUYẾT NGHỊ:"): its span and label end before the verb, its identity the
    ``lexicon``'s for that name when it has one."""
    out = []
    for m in mentions:
        tail = _ENACTING_TAIL.search(match, m.span.start, m.span.end) if m.category == "actor" else None
        if tail is not None and not match[m.span.start:tail.start()].isupper():
            words = len(match[tail.start():m.span.end].split())
            label = " ".join(m.label.split()[:-words])
            entry = lexicon.lookup(" ".join(match[m.span.start:tail.start()].split()))
            m = dataclasses.replace(m, span=Span(m.span.start, tail.start()), surface="", label_en=None,
                                    iri=entry.iri if entry else mint_actor_iri(label),
                                    label=entry.label_vi if entry else label, known=entry is not None,
                                    kind=entry.kind if entry else m.kind)
        out.append(m)
    return out
