"""Candidate collectives for the optional learnt decision: lower-case or qualified bodies the rules do not make actors.

The rules keep a collective named in lower case ("các hội nghề nghiệp", "đơn vị tư vấn", "các cơ quan thông tấn")
only where its form is regular, and make the rest generic (an actor only where it acts) or nothing: by surface they
cannot tell which of these an annotator keeps. This module proposes them, deliberately for recall, as a candidate set
of its own; :mod:`policykg.graph_builder.collectivemodel` decides each with a model trained on the development gold.

A candidate is either

- a **span**: "các"/"những" (optional) then a head noun of a body, lower case (or capitalised after "các"/"những"),
  then its qualifier: the words up to punctuation, a function word, a verb or the end of the line (at most
  :data:`MOST_WORDS`); the head nouns are the ontology's head nouns of bodies (never an office's) and the collective
  nouns of :data:`COLLECTIVE_NOUNS`; a span that overlaps an actor mention of the rules is no candidate; or
- a **generic** mention of the rules (a body named in general terms) that no statement names, so that the graph
  leaves it out.

Each candidate node (one IRI per document) has the features a reader would use (:func:`candidate_features`): the head
noun and its kind, "các/những", the qualifier's kind (a level or place word, a capitalised name, "khác"/"liên quan",
its length), the slot of each mention (after "giao"/"đề nghị"/"yêu cầu", after "phối hợp với", an item of a list whose
other items are actors, inside a "về ..." phrase, after "hỗ trợ"/"cho", a line's or a cell's start, before "chủ
trì"/"phối hợp"/a duty cue or a verb), how often it is named, where first, and the document's kind.

>>> from policykg.graph_builder.pipeline import source_from_string
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Đề nghị các hội nghề nghiệp, đơn vị tư vấn tuyên truyền cho hội viên.")
>>> [(c.label, c.head) for c in span_candidates(src, [], load_lexicon())]
[('hội nghề nghiệp', 'hội'), ('đơn vị tư vấn', 'đơn vị')]
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention
from policykg.graph_builder.vocabulary import starts_verb
from policykg.ontology.lexicon import Lexicon

__all__ = ["COLLECTIVE_NOUNS", "MANNER_ADVERBS", "MOST_WORDS", "CollectiveCandidate", "body_heads",
           "candidate_features", "generic_candidates", "head_at", "widenable", "span_candidates"]

MOST_WORDS = 7
# how a body acts, never what kind of body it is: ends a qualifier ("các doanh nghiệp | nghiêm túc thực hiện")
MANNER_ADVERBS = ("nghiêm túc", "khẩn trương", "tích cực", "chủ động", "kịp thời", "quyết liệt", "triệt để",
                  "nghiêm", "tiếp tục", "đồng thời", "sớm", "cũng", "vẫn", "luôn")
# collective nouns of bodies the ontology has no head noun for (its head nouns name one body: "Sở", "Hội"), with
# the kind of body they name: "các đơn vị", "tổ chức xã hội", "doanh nghiệp", "các địa phương", "cơ sở giáo dục"
COLLECTIVE_NOUNS = (("đơn vị", "Organization"), ("tổ chức", "Organization"), ("doanh nghiệp", "Organization"),
                    ("địa phương", "Authority"), ("cơ sở", "Organization"), ("đoàn thể", "MassOrganization"),
                    ("ngành", "StateBody"), ("cấp ủy", "PartyCommittee"), ("lực lượng", "ArmedForce"),
                    ("tỉnh", "Authority"), ("huyện", "Authority"), ("xã", "Authority"), ("hội đồng", "Organization"),
                    ("tổ", "Organization"), ("đoàn", "Organization"), ("báo chí", "Organization"),
                    ("hiệp hội", "MassOrganization"))
_OFFICE_KINDS = ("Office",)
_TOKEN = re.compile(r"[^\W_]+(?:[./&-][^\W_]+)*", re.UNICODE)
_STOPS = cues.NAME_STOP_WORDS | {"nhằm", "gồm", "như", "mỗi", "từng", "hay", "nơi", "mà", "vì", "đối", "bảo", "phải"}
_ENDS = frozenset(",;:.()[]|\t\n\"“”!?")
_LEVEL = re.compile(r"(?<!\w)(?:các cấp|cấp|tỉnh|thành phố|huyện|quận|xã|phường|thị xã|trung ương|địa phương|cơ sở"
                    r"|khu vực|vùng|ven biển|biên giới)(?!\w)")
_OTHER = re.compile(r"(?<!\w)(?:khác|liên quan|có liên quan)$")
# the slot a mention stands in, read in the few words before it (lower case)
_BEFORE = (("assign", re.compile(r"(?<!\w)(?:giao(?: cho)?|đề nghị|yêu cầu|chỉ đạo|kêu gọi|huy động|gửi)\s*$")),
           ("with", re.compile(r"(?<!\w)(?:phối hợp với|phối hợp chặt chẽ với|với|cùng(?: với)?)\s*$")),
           ("benefit", re.compile(r"(?<!\w)(?:hỗ trợ|cho|đối với|giúp|tạo điều kiện cho)\s*$")),
           ("of", re.compile(r"(?<!\w)(?:của|thuộc|trực thuộc)\s*$")),
           ("place", re.compile(r"(?<!\w)(?:tại|ở|trong|vào|đến|tới|từ|trên)\s*$")),
           ("between", re.compile(r"(?<!\w)(?:giữa|và|hoặc)\s*$")))
_AFTER = (("lead", ("chủ trì",)), ("partner", ("phối hợp", "cùng phối hợp")),
          ("duty", ("có trách nhiệm", "chịu trách nhiệm", "cần", "phải", "tiếp tục", "khẩn trương", "chủ động")),
          ("of", ("của", "thuộc", "trực thuộc")), ("and", ("và", "hoặc")))
_SENTENCE_START = re.compile(r"(?:^|\n|[.;:]\s)[ \t]*(?:[-+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)])?[ \t]*$")
_ABOUT = re.compile(r"(?<!\w)về\s+(?:[^\W\d_]+\s+){0,8}$")


@dataclass(frozen=True)
class CollectiveCandidate:
    """One proposed collective: its span in the match form, its label (the name as written, without "các"), its head
    noun and kind, whether the text writes it in the plural, and whether it was a span or a generic mention."""

    start: int
    end: int
    label: str
    head: str
    kind: str
    plural: bool
    origin: str   # 'span' or 'generic'

    @property
    def iri(self) -> str:
        return mint_actor_iri(self.label)


def body_heads(lexicon: Lexicon) -> list[tuple[str, str]]:
    """The head nouns of bodies (the ontology's, no office, and the collective nouns), longest first."""
    cached = getattr(lexicon, "_collective_heads", None)
    if cached is not None:
        return cached
    heads = {h: k for h, k in lexicon.head_nouns() if k not in _OFFICE_KINDS and not h.isascii()}
    heads.update({h: k for h, k in COLLECTIVE_NOUNS if h not in heads})
    ordered = sorted(heads.items(), key=lambda hk: (-len(hk[0]), hk[0]))
    try:
        setattr(lexicon, "_collective_heads", ordered)
    except AttributeError:
        pass
    return ordered


def head_at(low: str, pos: int, heads: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The head noun (and its kind) of ``heads`` (:func:`body_heads`) that ``low`` has at ``pos`` as whole words: the
    first in their order, tried among those that open with the letter at ``pos`` only (``_by_first``)."""
    for head, kind in _by_first(heads).get(low[pos:pos + 1], ()):
        if low.startswith(head, pos):
            after = pos + len(head)
            if after >= len(low) or not (low[after].isalnum() or low[after] == "_"):
                return head, kind
    return None


_FIRST: dict[int, tuple[list, dict[str, list[tuple[str, str]]]]] = {}


def _by_first(heads: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """``heads`` by their first character, each group in their order (made once per list of heads)."""
    kept = _FIRST.get(id(heads))
    if kept is None or kept[0] is not heads:
        groups: dict[str, list[tuple[str, str]]] = {}
        for head, kind in heads:
            groups.setdefault(head[:1], []).append((head, kind))
        if len(_FIRST) >= 8:
            _FIRST.clear()      # (lists made per call, if any, are not kept)
        kept = _FIRST[id(heads)] = (heads, groups)
    return kept[1]


def _qualifier_end(match: str, low: str, pos: int) -> tuple[int, int]:
    """Where the qualifier after a head (from ``pos``) ends, and how many words it has: its first word may be a verb
    of what the body does ("các địa phương | sản xuất giống tôm"), never a verb of the duty grammar nor a manner
    adverb ("các doanh nghiệp | nghiêm túc triển khai"); after it a verb of two words or more ends it."""
    end, count = pos, 0
    for tok in _TOKEN.finditer(match, pos, min(len(match), pos + 120)):
        gap = match[end:tok.start()]
        if any(c in _ENDS for c in gap) or count >= MOST_WORDS:
            break
        word = low[tok.start():tok.end()]
        if word in _STOPS or word.isdigit() or low.startswith(cues.DUTY_VERBS, tok.start()) \
                or low.startswith(MANNER_ADVERBS, tok.start()) or (count and starts_verb(low, tok.start(), 2)):
            break
        end, count = tok.end(), count + 1
    return end, count


def _list_end(match: str, low: str, end: int, heads: list[tuple[str, str]]) -> int | None:
    """Where a list of bare kinds of body that goes on after ``end`` ends ("các cơ quan, tổ chức | liên quan", "các bộ, ban,
    ngành | khác", "các hiệp hội và hội ngành nghề"), or None when no other kind follows."""
    last = None
    while True:
        sep = re.match(r"\s*(?:,|và|,\s*và)\s*", low[end:end + 8])
        if not sep or not sep.group().strip():
            return last
        at = end + sep.end()
        hit = head_at(low, at, heads)
        if hit is None or not match[at].islower():
            return last
        end, count = _qualifier_end(match, low, at + len(hit[0]))
        end = max(end, at + len(hit[0]))
        last = end
        if count:
            return last   # the qualifier closes the list: "các cơ quan, tổ chức | liên quan"


def span_candidates(source, mentions: list[Mention], lexicon: Lexicon) -> list[CollectiveCandidate]:
    """The lower-case or plural collectives of ``source`` (its match form) no actor mention of the rules covers."""
    match = source.match
    low = match.lower()
    heads = body_heads(lexicon)
    taken = sorted((m.span.start, m.span.end) for m in mentions if m.category == "actor" and not widenable(m))
    found = []
    pos = 0
    for tok in _TOKEN.finditer(match):
        if tok.start() < pos:
            continue
        start = tok.start()
        plural = low.startswith(("các ", "những "), start)
        at = low.index(" ", start) + 1 if plural else start
        hit = head_at(low, at, heads)
        if hit is None:
            continue
        head, kind = hit
        if not plural and (" " not in head or not (match[at].islower() or _SENTENCE_START.search(match, 0, at))):
            continue   # a capitalised name is the rules' to read (but a sentence's first word); a one-word head
            #            alone is too often a word
        if not plural and low[max(0, start - 4):start].rstrip().endswith(("các", "những")):
            continue
        end, count = _qualifier_end(match, low, at + len(head))
        end = max(end, at + len(head))
        listed = _list_end(match, low, end, heads) if plural and not count else None
        end = listed or end
        if any(a < end and start < b for a, b in taken):
            pos = end
            continue
        label = re.sub(r"\s+", " ", match[at:end]).strip()
        found.append(CollectiveCandidate(at, end, label, head, kind, plural, "span"))
        pos = end
    return found


def widenable(m: Mention) -> bool:
    """A mention a candidate span may cover and replace: a generic body or a people group the rules read inside a
    longer collective ("các bệnh viện" of "các bệnh viện, trung tâm y tế", "nhân dân" of "đoàn thể nhân dân")."""
    return m.category == "actor" and not m.known and (m.generic or m.kind == "PeopleGroup")


def generic_candidates(mentions: list[Mention], lexicon: Lexicon,
                       spans: list[CollectiveCandidate] = ()) -> list[CollectiveCandidate]:
    """The rules' generic body mentions (not people groups, not the vocabulary's generic actors) no candidate span
    covers, as candidates."""
    heads = body_heads(lexicon)
    covered = [(c.start, c.end) for c in spans]
    found = []
    for m in mentions:
        if m.category != "actor" or not m.generic or m.known or m.kind == "PeopleGroup":
            continue
        if any(a < m.span.end and m.span.start < b for a, b in covered):
            continue
        key = m.label.lower()
        head = next((h for h, _ in heads if key == h or key.startswith(h + " ")), "")
        found.append(CollectiveCandidate(m.span.start, m.span.end, m.label, head, m.kind, False, "generic"))
    return found


def _slot_before(low: str, start: int, actor_ends: set[int]) -> list[str]:
    before = low[max(0, start - 60):start]
    head = before[:-len("các ")] if before.endswith("các ") else before
    head = head[:-len("những ")] if head.endswith("những ") else head
    slots = [name for name, pattern in _BEFORE if pattern.search(head)]
    stripped = head.rstrip()
    if not stripped or stripped.endswith(("\n", "|", "\t")) or re.search(r"(?:^|\n)\s*(?:[-+•*]|\d+[.)]|[a-zđ][.)])\s*$",
                                                                      head):
        slots.append("line start")
    if stripped.endswith((",", ";")) or stripped.endswith(" và"):
        slots.append("list")
        sep = len(head.rstrip().rstrip(",;").rstrip()) - (3 if stripped.endswith(" và") else 0)
        offset = start - len(head) + sep
        if any(offset - 2 <= e <= offset + 1 for e in actor_ends):
            slots.append("list of actors")
    if stripped.endswith(":"):
        slots.append("colon")
    if _ABOUT.search(head):
        slots.append("about")
    return slots or ["other"]


def _slot_after(low: str, end: int, actor_starts: set[int]) -> list[str]:
    after = low[end:end + 40].lstrip(" ")
    slots = [name for name, starts in _AFTER if after.startswith(starts)]
    if after[:1] in (",", ";") or after.startswith("và "):
        rest = end + len(low[end:end + 40]) - len(after)
        nxt = rest + (1 if after[:1] in ",;" else 3)
        while nxt < len(low) and low[nxt] == " ":
            nxt += 1
        if nxt in actor_starts:
            slots.append("list of actors")
        slots.append("list")
    if after[:1] in ("\n", "|", "\t", ".", ""):
        slots.append("line end")
    if starts_verb(low, end + len(low[end:end + 40]) - len(after)):
        slots.append("verb")
    return slots or ["other"]


def _length(n: int) -> str:
    return str(n) if n < 4 else "4+"


def candidate_features(source, candidates: list[CollectiveCandidate], mentions: list[Mention],
                       document_kind: str) -> dict[str, dict[str, float]]:
    """The features of each candidate node (by IRI): see the module's docstring."""
    low = source.match.lower()
    actor_ends = {m.span.end for m in mentions if m.category == "actor" and not m.generic}
    actor_starts = {m.span.start for m in mentions if m.category == "actor" and not m.generic}
    by_iri: dict[str, list[CollectiveCandidate]] = defaultdict(list)
    for c in candidates:
        by_iri[c.iri].append(c)
    total = max(1, len(low))
    out = {}
    for iri in sorted(by_iri):
        group = by_iri[iri]
        first = group[0]
        f: dict[str, float] = {f"head={first.head}": 1.0, f"kind={first.kind}": 1.0, f"origin={first.origin}": 1.0,
                               f"doc={document_kind}": 1.0}
        qualifier = first.label[len(first.head):].strip() if first.label.lower().startswith(first.head) else \
            first.label
        words = qualifier.split()
        f[f"qualifier words={_length(len(words))}"] = 1.0
        if not words:
            f["head alone"] = 1.0
        else:
            f[f"qualifier first={words[0].lower()}"] = 1.0
        if "," in first.label or " và " in first.label:
            f["list of kinds"] = 1.0
        if _LEVEL.search(qualifier.lower()):
            f["qualifier level"] = 1.0
        if any(w[:1].isupper() for w in words):
            f["qualifier capital"] = 1.0
        if _OTHER.search(qualifier.lower()):
            f["qualifier other"] = 1.0
        if first.label[:1].isupper():
            f["head capital"] = 1.0
        if any(c.plural for c in group):
            f["plural"] = 1.0
        f["mentions"] = math.log1p(len(group))
        f["first at"] = min(c.start for c in group) / total
        slots = Counter()
        for c in group:
            for s in _slot_before(low, c.start - (len("các ") if c.plural else 0), actor_ends):
                slots[f"before={s}"] += 1
            for s in _slot_after(low, c.end, actor_starts):
                slots[f"after={s}"] += 1
        for name in slots:
            f[name] = 1.0
        acts = any(slots[f"after={s}"] for s in ("verb", "duty", "lead", "partner"))
        if acts and any(slots[f"before={s}"] for s in ("assign", "line start", "colon", "list of actors")):
            f["acts where addressed"] = 1.0
        if slots["before=list of actors"] or slots["after=list of actors"]:
            f[f"listed with actors, {first.head}"] = 1.0
        out[iri] = f
    return out
