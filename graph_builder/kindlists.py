"""A list of kinds of body after "các"/"những", each kind qualified on its own, is one actor per kind.

The genre names the bodies a duty falls on by their kinds, several at once: "các bệnh viện, trung tâm y tế tuyến
huyện", "các cơ quan thông tấn, báo chí", "Các trường Đại học, Cao đẳng, Cơ sở giáo dục nghề nghiệp". The rules read
one item of such a list (its first head noun, or the vocabulary's generic body inside it) and leave the rest, so the
actor is cut ("bệnh viện") or named by another item ("cơ sở giáo dục nghề nghiệp"). :func:`listed_kinds` reads the
list whole:

- it opens with "các" or "những" and a head noun of a body (the ontology's, never an office's, and the collective
  nouns: "đơn vị", "tổ chức", "doanh nghiệp", "báo chí" ...), in either case;
- each item is a head noun and its qualifier ("trung tâm | y tế tuyến huyện"), or, after an item with a qualifier,
  the qualifier of a second kind of the same head ("trường | Đại học, | Cao đẳng": "trường" elided; "cơ quan | thông
  tấn, | báo chí");
- items are joined by a comma, "và" or ", và" (never "các" again, never a new line's item);
- a qualifier is the words after the head, up to a mark, a function word, a number, a verb of the duty grammar, a
  manner adverb ("doanh nghiệp | nghiêm túc thực hiện", "các sở, ngành | khẩn trương ..."), or any verb (a verb that
  names a field may open it: "cơ sở | giáo dục", "đơn vị | tư vấn");
- an item the rules read as a named body of the vocabulary, as written ("Bộ Công an"; not "quân đội" of "các cơ quan
  báo chí Trung ương, địa phương, quân đội"), a body of a place ("Ủy ban nhân dân cấp
  huyện", "Sở Y tế tỉnh Lào Cai") or anything but an actor ends the list before it: those are parties of their own.

Where every item has a qualifier of its own, each item becomes a mention, replacing the rules' reading inside it. A
list whose kinds share one qualifier is left as the rules read it: read as one mention over its items it added false
actors on the check sets and no right one (round 22's merge). The mentions are generic:
an actor only where it acts (the genre names such lists in passing as often as it addresses them: "áp dụng đối với cơ
quan hành chính, đơn vị sự nghiệp"). A list of one item, of the vague kinds alone ("các cơ quan, tổ chức, đơn vị liên
quan"), one where the rules read a list already (the vocabulary's "các tỉnh, thành Đoàn") or two of its kinds as
bodies each ("các bệnh viện, cơ sở giáo dục nghề nghiệp"), and a list of the Party's tiers ("các chi bộ, đảng bộ cơ
sở": each tier a party) are left as they were.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Các cơ sở lưu trú, doanh nghiệp kinh doanh lữ hành có trách nhiệm khai báo tạm trú.")
>>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
['cơ sở lưu trú', 'doanh nghiệp kinh doanh lữ hành']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.collectivecands import COLLECTIVE_NOUNS, MANNER_ADVERBS, body_heads, head_at
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import starts_verb
from policykg.ontology.lexicon import Lexicon

__all__ = ["listed_kinds"]

# verbs that name a field when they follow a head noun ("cơ sở giáo dục", "đơn vị tư vấn", "cơ quan quản lý")
_FIELD_VERBS = frozenset(("giáo dục", "đào tạo", "quản lý", "tư vấn", "kinh doanh", "sản xuất", "nghiên cứu",
                          "điều tra", "thanh tra", "kiểm tra", "kiểm định", "giám định", "thông tin", "truyền thông",
                          "dịch vụ", "khám bệnh", "chữa bệnh", "điều dưỡng", "nuôi dưỡng", "phát thanh", "xuất bản"))
_PLURAL = re.compile(r"(?:c(?<!\w\w)ác|n(?<!\w\w)hững)[ \t]+(?=\w)")   # "(?<!\w)(?:các|những)", its first letter first
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|(?<=[ \t])và[ \t]+|và[ \t]+)")
_STOPS = cues.NAME_STOP_WORDS | cues.NEGATIONS | {"nhằm", "gồm", "như", "mỗi", "từng", "hay", "nơi", "mà", "vì",
                                                  "đối", "phải"}
_MOST_WORDS = 6
_FIRST_WORDS = 3   # the first kind's qualifier, before the list goes on ("các cơ quan báo chí Trung ương, ...")
# one-syllable head nouns that open an item with a qualifier in lower case ("các trường học", "các hội nghề nghiệp",
# "các đài phát thanh", "các ban ngành"); the others only bare ("các sở, ban"), as they open common words too
_SHORT_HEADS = frozenset(("trường", "hội", "đài", "ban", "sở"))
_COLLECTIVE_WORDS = frozenset(noun for noun, _ in COLLECTIVE_NOUNS if " " not in noun) - {"tổ", "đoàn"}
_LEVEL = re.compile(cues.LEVEL_PATTERN)
# the Party's tiers, each a party of its own in a list ("các chi bộ, đảng bộ cơ sở")
_PARTY_KINDS = frozenset(("PartyOrganisation", "PartyCommittee", "PartyOrgan"))
# the list is named by what it belongs to: the collectives module's ("các cơ quan, đơn vị | thuộc Bộ ...")
_BELONGS_AFTER = re.compile(r"[ \t]+(?:của|thuộc|trực[ \t]+thuộc)(?!\w)")
# the kinds a document names in general terms, whose bare lists the vocabulary reads ("các cơ quan, đơn vị", "các
# sở, ban, ngành"): a list of these alone, bare or with "khác", "liên quan" or a level, is left to it
_VAGUE_HEADS = frozenset(("cơ quan", "đơn vị", "tổ chức", "doanh nghiệp", "địa phương", "ngành", "sở", "ban", "bộ",
                          "cấp ủy", "đoàn thể", "cơ sở", "chính quyền", "tỉnh", "huyện", "xã"))
_BARE_TAIL = re.compile(rf"[ \t]+(?:khác|(?:có[ \t]+)?liên quan|(?:các[ \t]+|cấp[ \t]+)?{cues.LEVEL_PATTERN}"
                        r"|trung ương)")
# a body of a place, which the list does not take in: "Ủy ban nhân dân | cấp huyện", "Công an | các xã"
_PLACE = re.compile(rf"(?<!\w)(?:cấp|các)?[ \t]*{cues.LEVEL_PATTERN}(?:[ \t]+[A-ZĐÂĂÊÔƠƯ]|[ \t]*$)|(?<!\w)cấp[ \t]")


def _qualifier_end(match: str, low: str, pos: int, limit: int) -> tuple[int, int]:
    """The end of the qualifier that starts at ``pos`` and its number of words (0: none)."""
    end, count = pos, 0
    for word in _WORD.finditer(match, pos, limit):
        gap = match[end:word.start()]
        if gap.strip(" \t") or count >= _MOST_WORDS:
            break
        w = low[word.start():word.end()]
        if w in _STOPS or low.startswith(cues.DUTY_VERBS, word.start()) or low.startswith(MANNER_ADVERBS, word.start()):
            break
        if starts_verb(low, word.start(), 1) and not (count == 0 and _field_verb(low, word.start())):
            break
        end, count = word.end(), count + 1
    return end, count


def _field_verb(low: str, pos: int) -> bool:
    """A verb that names a field at ``pos``, not one of a clause ("cơ quan quản lý | trực tiếp cơ sở ...": a clause)."""
    words = [w.strip(",.;:") for w in low[pos:pos + 40].split()]
    return " ".join(words[:2]) in _FIELD_VERBS and " ".join(words[2:4]) != "trực tiếp"


def _head(low: str, pos: int, heads) -> str | None:
    """The head noun at ``pos``; never a member's word ("đoàn | viên", "hội | viên": people, not bodies), nor a
    one-syllable head of the ontology in a common word ("vụ | việc", "báo | cáo", "phòng | chống"): such a head opens
    an item bare or as one of :data:`_SHORT_HEADS` ("trường | học", "hội | nghề nghiệp")."""
    hit = head_at(low, pos, heads)
    if hit is None:
        return None
    after = low[pos + len(hit[0]):pos + len(hit[0]) + 12]
    if re.match(r"[ \t]+viên(?!\w)", after):
        return None
    if " " not in hit[0] and hit[0] not in _SHORT_HEADS and hit[0] not in _COLLECTIVE_WORDS \
            and not re.match(r"[ \t]*(?:,|và(?!\w))", after):
        return None
    return hit[0]


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    vague: bool       # a bare kind of :data:`_VAGUE_HEADS` ("sở", "cơ quan liên quan")
    words: int        # the words of its own qualifier (0: bare or elided)
    elided: bool      # the second kind of the head before it ("trường Đại học, | Cao đẳng")


def _items(match: str, low: str, start: int, limit: int, heads) -> list[_Item]:
    """The items of the list from ``start`` (a head noun), the first one's included."""
    items: list[_Item] = []
    pos, case = start, None   # whether the last qualifier is capitalised (None: no item has one yet)
    while pos < limit:
        hit = _head(low, pos, heads)
        if hit is not None:
            at = pos + len(hit)
            end, count = _qualifier_end(match, low, at, limit)
            end = max(end, at)
            if not items and (hit == "ngành" and count or _LEVEL.fullmatch(hit) or count > _FIRST_WORDS):
                break   # "các ngành | nông, lâm nghiệp": sectors; "các xã | A, B": places (placelists); "các trường
                #         | học mở cửa sân chơi, ...": a clause the verbs do not show
            bare = count == 0 or _BARE_TAIL.fullmatch(low, at, end) is not None
            items.append(_Item(pos, end, bare and hit in _VAGUE_HEADS, 0 if bare else count, False))
            case = match[at:end].strip()[:1].isupper() if count else case
        elif case is not None and (match[pos].islower() or case):
            end, count = _qualifier_end(match, low, pos, limit)   # the elided head's second kind: "Đại học, | Cao đẳng"
            if count < 2 or count > 4:
                break
            items.append(_Item(pos, end, False, 0, True))
        else:
            break
        sep = _SEPARATOR.match(match, end, limit)
        if sep is None or "\n" in match[end:sep.end()]:
            break
        pos = sep.end()
    return items


def _stops_list(m: Mention, match: str) -> bool:
    """A mention the list does not take in: no actor, a named body of the vocabulary, a body of a place."""
    if m.category != "actor":
        return True
    if match[m.span.start:m.span.start + 1].isupper() and not (m.known and m.label[:1].islower()):
        return True   # a body named as written ("Bộ Công an", "Sở Công Thương"; not a kind: "Cơ sở giáo dục ...")
    return _PLACE.search(match, m.span.start, m.span.end) is not None


def _mention(match: str, low: str, start: int, end: int, heads) -> Mention:
    label = re.sub(r"\s+", " ", match[start:end]).strip()
    kind = head_at(low, start, heads)
    return Mention(span=Span(start, end), surface="", category="actor", label=label, iri=mint_actor_iri(label),
                   kind=kind[1] if kind else "Organization", known=False, generic=True)


def listed_kinds(mentions: list[Mention], match: str, low: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each list of kinds of body after "các"/"những" read by the module's rules: one collective, or
    one body per item where each item has a qualifier of its own."""
    heads = body_heads(lexicon)
    added: list[Mention] = []
    dropped: set[int] = set()
    starts = sorted((m.span.start, i) for i, m in enumerate(mentions))
    longest = max((m.span.end - m.span.start for m in mentions), default=0)   # (the mentions an item may overlap)
    for plural in _PLURAL.finditer(low):
        start = plural.end()
        if _head(low, start, heads) is None:
            continue
        items = _items(match, low, start, min(len(match), start + 200), heads)
        inside: list[int] = []
        kept, read = 0, 0
        for n, item in enumerate(items):
            ms = [i for s, i in starts[bisect.bisect_left(starts, (item.start - longest,)):
                                       bisect.bisect_left(starts, (item.end,))] if mentions[i].span.end > item.start]
            if any(_stops_list(mentions[i], match) or mentions[i].span.start < start for i in ms):
                break
            inside.extend(i for i in ms if i not in inside)
            kept, read = n + 1, read + bool(ms)
        items = items[:kept]
        if len(items) < 2 or all(item.vague for item in items) or not any(item.words or item.elided for item in items):
            continue   # a bare list ("các sở, ban, ngành", "các Vụ, Cục"): the vocabulary's and the rules' reading
        if read >= 2 or head_at(low, start, heads)[1] in _PARTY_KINDS:
            continue   # the rules read two of its kinds as bodies each ("các bệnh viện, cơ sở giáo dục nghề nghiệp");
            #            the Party's tiers are bodies each ("các chi bộ, đảng bộ cơ sở"): parties apart
        end = items[-1].end
        if any(mentions[i].span.end > end for i in inside) or any(i in dropped for i in inside):
            continue   # the rules read further than the list, or another list took the mention
        if any(_SEPARATOR.search(low, mentions[i].span.start, mentions[i].span.end) for i in inside):
            continue   # the rules read a list of kinds here ("các tỉnh, thành Đoàn": the vocabulary's)
        if _BELONGS_AFTER.match(low, end):
            continue   # "các cơ quan chuyên môn, tổ chức hành chính khác | thuộc UBND": the owner's (collectives)
        if all(item.words >= 2 for item in items):
            # every kind qualified on its own: one body per item ("các cơ sở lưu trú, doanh nghiệp kinh doanh lữ
            # hành"); a mention of the rules that is the item already stays
            for item in items:
                exact = [i for i in inside if (mentions[i].span.start, mentions[i].span.end) == (item.start, item.end)]
                if not exact:
                    dropped.update(i for i in inside if item.start <= mentions[i].span.start < item.end)
                    added.append(_mention(match, low, item.start, item.end, heads))
            continue
        # a list whose kinds share one qualifier stays as the rules read it: read as one collective it added false
        # actors on the check sets (probe17h two more, dev B none right) for one more on the development sets (round 22)
    if not added:
        return mentions
    kept_mentions = [m for i, m in enumerate(mentions) if i not in dropped]
    return sorted(kept_mentions + added, key=lambda m: (m.span.start, m.span.end))
