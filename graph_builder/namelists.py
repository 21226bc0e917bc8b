"""Bodies named by one head noun and a list of domains: "Giám đốc các sở: Nông nghiệp và Môi trường, Tài chính, Tư
pháp" is three departments, "các Bộ: Công an, Quốc phòng, Y tế" three ministries (``cues.DOMAIN_LIST``). A domain is
the longest run of words, up to the list's end, that names a ministry of the vocabulary ("Văn hóa, Thể thao và Du
lịch" holds a comma); a ministry is the vocabulary's actor, a department ("Sở" + the ministry's domain as the
vocabulary writes it) is named as ``names`` names it. Each mention spans its domain's words, the first from the head
noun on ("sở: Nông nghiệp và Môi trường"), so that an office before the list reads as the office of its bodies. The
list may wrap over lines; in a list of ministries a domain the vocabulary does not know (a ministry of an older
government: "các Bộ: Tư pháp, Thủy sản, Thương mại và Y tế") is a ministry all the same, up to the next comma, but
not a member that opens with the head noun of a body of its own ("các Bộ: Y tế, Tài chính và Ủy ban nhân dân tỉnh",
"..., Ngân hàng Nhà nước Việt Nam"): the list of ministries ends before it and the name scan reads it whole.

>>> from policykg.ontology import load_lexicon
>>> from policykg.graph_builder.vocabulary import lower_same_length, vocabulary
>>> text = "Giám đốc các sở: Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch và Xây dựng chịu trách nhiệm."
>>> [c.mention.label for c in domain_lists(vocabulary(load_lexicon()), text, lower_same_length(text), 0, len(text))]
['Sở Nông nghiệp và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Xây dựng']
"""

from __future__ import annotations

import functools
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import ascii_fold
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.nameparts import second_syllable
from policykg.graph_builder.vocabulary import PRIORITY_ACTOR, Candidate, Vocabulary, compact, norm, starts_verb, word_ends

__all__ = ["domain_lists"]

_MOST_WORDS = 8   # the longest domain ("Lao động - Thương binh và Xã hội")


def domain_lists(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> list[Candidate]:
    """One candidate per domain of each list in [start, end): after "các sở:" / "các Bộ:", and after a capitalised
    head without a colon when two domains or more of the vocabulary follow ("Sở Y tế, Công Thương, Nông nghiệp và Môi
    trường": three departments; not "Sở Văn hóa, Thể thao và Du lịch", one domain)."""
    found: list[Candidate] = []
    if low.find(":", start, end) >= 0:   # (most sentences hold no colon: no such list to look for)
        for m in cues.DOMAIN_LIST.finditer(low, start, end):
            if second_syllable(low, m.start("head")):
                continue   # "các tỉnh Nam Trung | bộ: Khánh Hòa, ...": a region's name, its places listed
            items = _listed(vocab, match, low, (m.group("head"), m.start("head"), m.end()), end, False)
            # "các sở, ngành: Xây dựng, Nội vụ" lists domains; "các sở, ngành: Công an tỉnh, Sở Y tế" names bodies
            found += items if not m.group("wide") or _whole_items(low, items, end) else []
    for m in cues.HEAD_BEFORE_DOMAINS.finditer(low, start, end):
        if match[m.start("head")].isupper():
            items = _listed(vocab, match, low, (m.group("head"), m.start("head"), m.end()), end, True)
            found += items if len(items) >= 2 else []
        elif m.group("head") == "sở" and not second_syllable(low, m.start("head")):
            # "phối hợp sở Xây dựng": a department written with its head in lower case, its domain the vocabulary's
            found += _listed(vocab, match, low, (m.group("head"), m.start("head"), m.end()), end, True)
    return found


def _listed(vocab: Vocabulary, match: str, low: str, where: tuple[str, int, int], end: int,
            known_only: bool) -> list[Candidate]:
    """The candidates of one list: ``where`` is (head, head start, first domain's start); ``known_only``: domains of
    the vocabulary only, and none after the first that opens a name of its own ("Sở Tư pháp, | Công an tỉnh")."""
    head, head_start, pos = where
    stop_at = _list_end(match, low, pos, end, known_only)
    found: list[Candidate] = []
    while pos < stop_at and match[pos].isupper():
        if known_only and found and vocab.head_regex is not None and vocab.head_regex.match(low, pos) is not None \
                and not (head == "bộ" and _whole_domain(vocab, low, pos, stop_at)):
            break
        item = _domain(vocab, low, pos, stop_at)
        if item is None and head == "bộ" and not known_only:   # "Du lich", "Đầu. tư": a known domain OCR broke
            item = _folded_domain(vocab, low, pos, stop_at) or _unknown_ministry(vocab, match, low, pos, stop_at)
        if item is None:
            break
        item_end, form = item
        found.append(_candidate(vocab, head, match, (head_start if not found else pos, item_end), form))
        aside = _ASIDE.match(low, item_end, end)   # "các Bộ: Tư pháp (Công văn số 12/BTP-PL), Tài chính (...)"
        if aside is not None:
            item_end = aside.end()
            stop_at = _list_end(match, low, item_end, end, known_only)
        sep = cues.DOMAIN_SEPARATOR.match(low, item_end, stop_at)
        if sep is None or sep.end() == item_end:
            break
        pos = sep.end()
    return found


def _whole_items(low: str, items: list[Candidate], end: int) -> bool:
    """Two domains or more, each before the last a whole item of its list: a separator follows it (not "Công an |
    tỉnh, Sở Y tế", a body of its own)."""
    return len(items) >= 2 and all(_ITEM_CLOSED.match(low, c.end, end) for c in items[:-1])


def _whole_domain(vocab: Vocabulary, low: str, pos: int, stop_at: int) -> bool:
    """In a list of ministries after "Bộ" ("Bộ Quốc phòng, Ngoại giao, Công an theo chức năng ..."), the item at
    ``pos`` that opens a name of its own ("Công an") is a ministry's whole domain all the same: a known ministry's
    domain ends the item, before a separator, the list's end or the duty's verb (not "Công an | tỉnh", "Công an |
    nhân dân": a body of its own).

    >>> from policykg.ontology import load_lexicon
    >>> from policykg.graph_builder.vocabulary import vocabulary
    >>> v, low = vocabulary(load_lexicon()), "bộ quốc phòng, ngoại giao, công an theo chức năng"
    >>> _whole_domain(v, low, 27, len(low)), _whole_domain(v, "bộ y tế, công an tỉnh thực hiện", 9, 31)
    (True, False)
    """
    item = _domain(vocab, low, pos, stop_at)
    if item is None:
        return False
    after = item[0]
    return after >= stop_at or _ITEM_CLOSED.match(low, after, stop_at) is not None \
        or low[after:after + 1] == " " and (starts_verb(low, after + 1, 1) or low.startswith(_DUTY_OPENERS, after + 1))


_DUTY_OPENERS = ("theo chức năng", "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "phối hợp", "căn cứ")


_ITEM_CLOSED = re.compile(r"[ \t]*(?:\([^()\n]{1,160}\))?[ \t]*(?:,|\svà\s)")


_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,160}\)")   # a bracketed aside after a domain of a list, on its line


def _domain(vocab: Vocabulary, low: str, pos: int, stop_at: int):
    """(end, vocabulary form of the ministry) of the longest known domain from ``pos``, or None."""
    for k in reversed(word_ends(low, pos, stop_at, _MOST_WORDS * 2)):
        form = vocab.compact.get(compact("bộ " + low[pos:k]))
        if form is not None and form.entry.kind == "StateBody":
            return k, form
    return None


def _list_end(match: str, low: str, pos: int, end: int, known_only: bool) -> int:
    """Where the list from ``pos`` ends (``cues.DOMAIN_LIST_END``); in a list marked as ministries, a dot that a word
    in lower case follows on its line is OCR inside a domain ("Kế hoạch và Đầu. tư"), not the list's end."""
    stop = cues.DOMAIN_LIST_END.search(low, pos, end)
    while stop is not None and not known_only and match[stop.start()] == "." \
            and re.match(r"[ \t]+[^\W\d_]", match[stop.end():stop.end() + 3]) \
            and match[stop.end():stop.end() + 3].strip()[:1].islower():
        stop = cues.DOMAIN_LIST_END.search(low, stop.end(), end)
    return stop.start() if stop else end


def _folded_domain(vocab: Vocabulary, low: str, pos: int, stop_at: int):
    """(end, vocabulary form) of the longest domain from ``pos`` that names one ministry of the vocabulary once its
    diacritics and stray dots are dropped ("Văn hóa, Thể thao và Du lich", "Kế hoạch và Đầu. tư" as OCR gives them),
    in a list the text marks as ministries ("các Bộ: ..."); None when no such domain of two words or more follows."""
    folded = _folded_ministries(vocab)
    for k in reversed(word_ends(low, pos, stop_at, _MOST_WORDS * 2)):
        form = folded.get(_fold("bộ " + low[pos:k]))
        if form is not None and len(low[pos:k].split()) >= 2:
            return k, form
    return None


@functools.lru_cache(maxsize=4)
def _folded_ministries(vocab: Vocabulary) -> dict:
    """The vocabulary's ministries by their folded names (:func:`_fold`), those two ministries share left out."""
    found: dict[str, dict] = {}   # folded name -> {ministry IRI: its form}
    for key, form in vocab.compact.items():
        if key.startswith("bộ") and form.entry.kind == "StateBody":
            found.setdefault(_fold(key), {}).setdefault(form.entry.iri, form)
    return {k: next(iter(v.values())) for k, v in found.items() if len(v) == 1}


def _fold(text: str) -> str:
    return re.sub(r"[^\w,]", "", ascii_fold(text))


def _unknown_ministry(vocab: Vocabulary, match: str, low: str, pos: int, stop_at: int):
    """(end, None) of a domain of a list of ministries the vocabulary does not know: the capitalised words up to the
    next comma, or up to a "và" before a known domain or the list's end ("Thương mại, Công nghiệp và Y tế"); None
    when they do not read as a domain (more than five words, a word in lower case that opens no known name)."""
    comma = low.find(",", pos, stop_at)
    end = comma if comma >= 0 else stop_at
    for joint in _AND.finditer(low, pos, end):
        if _domain(vocab, low, joint.end(), stop_at) is not None or not low[joint.end():end].strip() \
                or _body_opens(vocab, low, joint.end()):
            end = joint.start()
            break
    words = list(re.finditer(r"\S+", match[pos:end]))
    for k, w in enumerate(words[1:], 1):   # "..., Công nghiệp thực hiện ...": the list ends before a verb
        pair = low[pos + w.start():pos + w.end()] + " " + (words[k + 1].group(0).lower() if k + 1 < len(words) else "")
        if w.group(0)[0].islower() and (w.group(0) in _NOT_IN_A_NAME or w.group(0) in cues.ACTION_VERBS
                                        or pair in cues.ACTION_VERBS):
            words, end = words[:k], pos + words[k - 1].end()
            break
    if not 1 <= len(words) <= 5 or not words[0].group(0)[0].isupper() \
            or not all(c.isalpha() or c in "-–" for w in words for c in w.group(0)):
        return None
    if _office_opens(vocab, low, pos):
        return None   # "các Bộ: Công an, Tài chính, | Chủ tịch Ủy ban nhân dân ...": the next holder's office
    if _body_opens(vocab, low, pos):
        return None   # "các Bộ: Y tế, Tài chính và | Ủy ban nhân dân tỉnh": a member that is a body of its own
    known = compact("bộ " + low[pos:end])
    if any(form.startswith(known) for form in vocab.compact if form.startswith("bộ")):
        return None   # "Kế hoạch và Đầu. tư", "Văn hóa, Thể thao và Du lich": a known name OCR broke, no new body
    return end, None


def _office_opens(vocab: Vocabulary, low: str, pos: int) -> bool:
    """An office title (the ontology's: ``Vocabulary.office_words``, "chủ tịch", "thủ trưởng", "giám đốc" ...) opens
    the words at ``pos``: an office of another body, which the sentence's next holder begins, no ministry's field.

    >>> from policykg.ontology.lexicon import load_lexicon
    >>> from policykg.graph_builder.vocabulary import vocabulary
    >>> _office_opens(vocabulary(load_lexicon()), "bộ trưởng các bộ: tài chính, chủ tịch ủy ban", 29)
    True
    """
    return any(low.startswith(word, pos) and not low[pos + len(word):pos + len(word) + 1].isalnum()
               for word in vocab.office_words)


def _body_opens(vocab: Vocabulary, low: str, pos: int) -> bool:
    """A head noun of a body (the ontology's: "ủy ban nhân dân", "ngân hàng", "tòa án" ...) opens the words at ``pos``:
    a member of the list that is a body of its own, named whole by the name scan, no ministry's field ("Bộ Ủy ban
    nhân dân tỉnh" is no ministry).

    >>> from policykg.ontology.lexicon import load_lexicon
    >>> from policykg.graph_builder.vocabulary import vocabulary
    >>> v = vocabulary(load_lexicon())
    >>> _body_opens(v, "các bộ: y tế và ủy ban nhân dân tỉnh", 16), _body_opens(v, "các bộ: y tế và thủy sản", 16)
    (True, False)
    """
    return vocab.head_regex is not None and vocab.head_regex.match(low, pos) is not None


_AND = re.compile(r"\s+và\s+")
_NOT_IN_A_NAME = frozenset(("các", "những", "của", "theo", "trong", "về", "để", "có", "được", "phải", "cần"))


def _candidate(vocab: Vocabulary, head: str, match: str, span: tuple[int, int], form) -> Candidate:
    s, e = span
    if form is None:   # a ministry the vocabulary does not know ("Bộ Thủy sản")
        label = "Bộ " + norm(match[s:e].split(":", 1)[-1])
        mention = Mention(span=Span(s, e), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                          kind="StateBody", known=False)
        return Candidate(s, e, PRIORITY_ACTOR, mention)
    if head == "bộ":
        entry = form.entry
        mention = Mention(span=Span(s, e), surface="", category="actor", iri=entry.iri, label=entry.label_vi,
                          kind=entry.kind, known=True, label_en=entry.label_en)
    else:
        label = "Sở " + form.written.split(" ", 1)[1]
        mention = Mention(span=Span(s, e), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                          kind=vocab.head_kind.get("sở", "StateBody"), known=False)
    return Candidate(s, e, PRIORITY_ACTOR, mention)
