"""Bodies named by what they belong to, right before the name of that body: "các Ủy ban của Quốc hội", "cơ quan
chuyên môn thuộc Ủy ban nhân dân các cấp", "các cơ quan, đơn vị trực thuộc Bộ Quốc phòng": one collective actor of the
named body's kind (docs/DATA_MODEL.md, "Identity of actors")."""

from __future__ import annotations

import functools
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import PRIORITY_ACTOR, Candidate, Vocabulary, starts_verb

__all__ = ["collective_actors"]

# bodies named by what they belong to, right before the name of that body: "các Ủy ban của | Quốc hội", "cơ quan
# chuyên môn thuộc | Ủy ban nhân dân các cấp", "các cơ quan, đơn vị trực thuộc | Bộ Quốc phòng"; after "các" or where
# a list item starts, never inside a word ("nhiệm vụ của", "cơ cấu tổ chức của")
_COLLECTIVE_HEAD = r"(?:cơ quan|đơn vị|ủy ban|ban|sở|phòng|cục|chi cục|bộ phận|trung tâm|đảng ủy|chi bộ|đảng bộ|đoàn giám sát|đoàn kiểm tra)"
_COLLECTIVE = re.compile(rf"(?:(?:^|[,;:(\-]|\s(?:và|hoặc|với|giao|cho|thuộc|đầu|của))\s*|(?<!\w)(?:các|những)\s+)"
                         rf"(?P<body>{_COLLECTIVE_HEAD}(?:\s*,\s*{_COLLECTIVE_HEAD})*"
                         rf"(?:\s+(?:chuyên môn|chức năng|trực thuộc|tham mưu))?\s+(?P<to>của|thuộc|trực thuộc))\s+$")
# a body's units however the text writes them, "đơn vị thuộc", "cơ quan trực thuộc", "cơ quan, đơn vị trực thuộc": one
# collective of that body (one IRI, minted from "đơn vị trực thuộc ..."; the label stays as written)
_UNITS_UNDER = re.compile(r"(?:cơ quan|đơn vị|cơ quan\s*,\s*đơn vị)\s+(?:trực\s+)?thuộc")
# kinds of body a collective may also name in a list or after "các": "các tập đoàn, tổng công ty", "cấp ủy, cơ quan,
# đơn vị", "cơ quan, tổ chức", and the vocabulary's head nouns when capitalised ("các Vụ, đơn vị", "các Đội")
_LISTED_KINDS = ("tổ chức", "doanh nghiệp", "cấp ủy", "cấp uỷ", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "đảng uỷ")
_START = r"(?:(?:^|[,;:(\-]|\s(?:và|hoặc|với|giao|cho|thuộc|đầu|của|trưởng))\s*|(?<!\w)(?P<plural>các|những)\s+)"
# what the kinds are: lower-case words, two of them may be joined by a comma ("sự nghiệp công lập", "chuyên trách",
# "báo chí, xuất bản"); never a word of the clause ("có", "được", "các"), "thuộc" or "của" themselves, nor an office's
# ("Tổng cục | trưởng")
_QUALIFIER_STOPS = cues.NAME_STOP_WORDS | {"trực", "quản", "liên", "nơi", "mà", "hay", "vì", "trưởng", "thủ", "phó"}
_BELONGS = r"(?P<to>của|thuộc|trực\s+thuộc)"
# the owner a collective names by its level alone: "các đơn vị sự nghiệp công lập thuộc | tỉnh", "các cấp ủy, cơ quan,
# đơn vị trực thuộc | Trung ương" (not a place's name after it: "thuộc tỉnh | Lào Cai" names the province)
# (each word's first letter before its "(?<!\w)": re skips to those letters in C)
_LEVEL_OWNER = re.compile(r"(?:" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}"
                                            for w in ("tỉnh", "thành phố", "trung ương", "huyện", "xã")) + r")(?!\w)")
_NEXT = re.compile(r"[ \t]*(\S?)")
# where a collective is the object of a phrase, not a body that acts: "vi phạm của | các đơn vị ...", "giữa | các doanh
# nghiệp ...", "để | các cơ quan ... vận hành"
_OBJECT_BEFORE = re.compile(r"(?<!\w)(?:của|giữa|để)\s+(?:các|những)\s+$")
# "thuộc X quản lý" closing an item: the bodies X manages ("các doanh nghiệp nhà nước thuộc UBND tỉnh quản lý;")
_MANAGED = re.compile(r"[ \t]+quản lý(?=[ \t]*(?:[,;.:)\n]|$))")


@functools.lru_cache(maxsize=4)
def _collective(heads: tuple[str, ...]) -> re.Pattern:
    kinds = "|".join(re.escape(k) for k in sorted({*heads, *_LISTED_KINDS}, key=len, reverse=True))
    kind = rf"(?:{_COLLECTIVE_HEAD[3:-1]}|{kinds})(?!\w)"
    stops = "|".join(re.escape(w) for w in sorted(_QUALIFIER_STOPS, key=len, reverse=True))
    word = rf"(?!(?:{stops})(?!\w))[^\W\d_]+"
    return re.compile(rf"{_START}(?P<body>(?P<kinds>{kind}(?:\s*,\s*{kind})*)"
                      rf"(?P<what>(?:\s+{word}(?:\s*,\s*{word})?){{0,4}})\s+{_BELONGS})\s+(?:các\s+)?$")


@functools.lru_cache(maxsize=4)
def _heads(vocab: Vocabulary) -> tuple[str, ...]:
    """The vocabulary's head nouns of bodies (not of offices), in the match form (once per vocabulary)."""
    return tuple(sorted(h for h, kind in vocab.heads if kind != "Office" and h not in vocab.office_words))


def _acceptable(match: str, low: str, m: re.Match) -> bool:
    """A collective the wider pattern reads (``m``) where the narrower one (``old``: a few kinds, four words of what
    they are) reads none is one when its kinds are after "các" or a list of two or more, a head noun of the vocabulary
    is capitalised, a lower-case kind is one of the common nouns, and the words of what they are open with no verb and
    hold none of two words ("ban | hành", "phòng | chống", "đơn vị | quản lý")."""
    kinds = [k.strip() for k in re.split(r"\s*,\s*", low[m.start("kinds"):m.end("kinds")])]
    written = [k.strip() for k in re.split(r"\s*,\s*", match[m.start("kinds"):m.end("kinds")])]
    if m.group("plural") is None and len(kinds) < 2:
        return False
    if any(w[:1].islower() and not re.fullmatch(_COLLECTIVE_HEAD, k) and k not in _LISTED_KINDS
           for k, w in zip(kinds, written)):
        return False
    what = list(re.finditer(r"[^\W\d_]+", match[m.start("what"):m.end("what")]))
    if any(not w.group(0).islower() or starts_verb(low, m.start("what") + w.start(), 1 if i == 0 else 2)
           for i, w in enumerate(what)):
        return False
    return not (what and " ".join(low[m.start("kinds"):m.start("what") + what[0].end()].split()[-2:]) in cues.ACTION_VERBS)


def _belongs_before(low: str, floor: int, start: int) -> bool:
    """Whether ``low[floor:start]`` ends with "của" or "thuộc", then blanks, and "các" and blanks or not: what both
    patterns of :func:`collective_actors` end with (\\s and ``str.isspace`` are the same blanks). A gate, not a
    match: it spares the patterns' search over the 90 characters before every owner that no word of belonging
    precedes."""
    tail = low[floor:start]
    if not tail[-1:].isspace():
        return False
    tail = tail.rstrip()
    if tail.endswith("các") and tail[-4:-3].isspace():
        tail = tail[:-3].rstrip()
    return tail.endswith(("của", "thuộc"))


def collective_actors(vocab: Vocabulary, match: str, low: str, floor: int, end: int,
                      names: list[Candidate]) -> list[Candidate]:
    """Bodies named by what they belong to: "các Ủy ban của Quốc hội", "cơ quan chuyên môn thuộc Ủy ban nhân dân các
    cấp", "các cơ quan, đơn vị trực thuộc Bộ Quốc phòng", "các đơn vị sự nghiệp của Trung ương Đoàn", one actor of the
    named body's kind; the body may be named by its level alone ("các đơn vị sự nghiệp công lập thuộc tỉnh") and the
    name closes with "quản lý" after "thuộc X" at the end of an item ("các doanh nghiệp thuộc UBND tỉnh quản lý;").
    One only the wider pattern reads, after "của", "giữa" or "để" ("giữa các đơn vị trực thuộc tỉnh"), is the object
    of a phrase: a generic actor, an actor only where the text gives it a duty."""
    regex = _collective(_heads(vocab))
    owners = [(n.start, n.end, n.mention.label, n.mention.kind) for n in names
              if n.mention is not None and n.mention.kind not in ("PeopleGroup", "Office")]
    owners += [(lv.start(), lv.end(), re.sub(r"\s+", " ", match[lv.start():lv.end()]), None)
               for lv in _LEVEL_OWNER.finditer(low, floor, end) if not _NEXT.match(match, lv.end()).group(1).isupper()]
    found = []
    for start, stop, owner, kind in owners:
        if not _belongs_before(low, max(floor, start - 90), start):
            continue   # neither pattern can end here: both end with "của" / "thuộc" (and "các") before the owner
        wide = regex.search(low, max(floor, start - 90), start)
        old = _COLLECTIVE.search(low, max(floor, start - 60), start) if kind is not None else None
        m = wide if wide is not None and (old is not None and old.start("body") == wide.start("body")
                                          or _acceptable(match, low, wide)) else old
        if m is None:
            continue
        managed = _MANAGED.match(match, stop, end) if m.group("to") == "thuộc" else None
        stop = managed.end() if managed is not None else stop
        words = re.sub(r"\s+", " ", match[m.start("body"):start]).strip()
        label = f"{words} {owner}" + (" quản lý" if managed is not None else "")
        label = label[:1].upper() + label[1:] if match[m.start("body")].isupper() else label
        units = _UNITS_UNDER.fullmatch(words.lower()) is not None and kind is not None
        wider = old is None or old.start("body") != m.start("body")   # only the wider pattern reads it
        mention = Mention(span=Span(m.start("body"), stop), surface="", category="actor", label=label,
                          iri=mint_actor_iri(f"đơn vị trực thuộc {owner}" if units else label),
                          kind=kind or "Organization", known=False,
                          generic=wider and _OBJECT_BEFORE.search(low, max(floor, m.start("body") - 16),
                                                                  m.start("body")) is not None)
        found.append(Candidate(m.start("body"), stop, PRIORITY_ACTOR, mention))
    return found
