"""A kind of body named in lower case keeps the words that say which of that kind are meant.

A common noun and its domain ("cơ quan quản lý nhà nước", "hiệp hội nghề nghiệp", "tập đoàn kinh tế, tổng công ty
nhà nước") is often cut before a qualifier that the reader takes as part of the name, so the document's body and its
short form are two nodes, the short one a false actor. :func:`qualified_kinds` carries such a name over:

- its speciality: "chuyên ngành", "chuyên trách" ("cơ quan quản lý nhà nước | chuyên ngành");
- the field a managing body manages, one word pair read as a verb before a mark or the line's end ("cơ quan quản lý
  | giáo dục,", "cơ quan quản lý | thị trường."): the object of "quản lý", no new clause;
- the field of an association, a union or a board, "về" and up to four lower-case words, also when the name's line
  ends before "về" (a wrapped line, which the reader joins: "các hiệp hội nghề nghiệp | về du lịch xây dựng ...");
- the field enterprises work in, "hoạt động (trong lĩnh vực)" and up to four lower-case words before a mark, the
  line's end, "và", "có" or the duty's verb ("các tập đoàn kinh tế, tổng công ty nhà nước | hoạt động khoáng sản;").

- the places meant among a level's bodies in the plural, "có" and what they have ("Ủy ban nhân dân các xã, phường |
  có cụm công nghiệp", "Công an các tỉnh | có đường biên giới", "UBND các phường, xã | có tuyến đường đi qua"): a
  body of its own, named as written, where the document never names the level's bodies without such words (then the
  qualified ones are those, one node); not "có" and an act ("có trách nhiệm", "có ý kiến", "có văn bản", "có kế
  hoạch" ...), which is the duty; and likewise the border's places after a level ("Công an xã | biên giới", "Ủy ban
  nhân dân các xã | biên giới"), a class of places the law sets apart (a description such as "ven biển" or "trọng
  điểm" stays out: the genre's and real-dev's gold read those bodies as the level's).

Only a lower-case name (no proper name: its own words end it; the level's bodies excepted), only where the words are
not the start of the clause's duty (a verb of the duty grammar ends the qualifier and "về" that follows a verb is the
verb's), and never over another mention.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Sở Nông nghiệp phối hợp với các hiệp hội nghề nghiệp về thủy sản xây dựng mô hình.")
>>> [m.label for m in find_mentions(src, [], load_lexicon()) if m.category == "actor"]
['Sở Nông nghiệp', 'hiệp hội nghề nghiệp về thủy sản']
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import starts_verb

__all__ = ["qualified_kinds"]

_SPECIALTY = re.compile(r"[ \t]+(?:chuyên ngành|chuyên trách)(?!\w)")
# "quản lý | giáo dục," : the field, a word pair, then a mark or the line's end
_MANAGED_FIELD = re.compile(r"[ \t]+([^\W\d_]+[ \t]+[^\W\d_]+)(?=[ \t]*(?:[,;.:)]|\n|$))")
# "| về du lịch" (a wrapped line's end before it is read as a space); "| hoạt động (trong lĩnh vực) khoáng sản"
_ABOUT = re.compile(r"[ \t]+về[ \t]+")
_OPERATING = re.compile(r"[ \t]+hoạt động[ \t]+(?:trong[ \t]+(?:các[ \t]+)?lĩnh vực[ \t]+)?")
_WORD = re.compile(r"[^\W\d_]+")
# what may follow an enterprise's field: a mark or a cell's border, the line's end, "và", "có" (a duty: "có trách
# nhiệm") or a duty verb
_FIELD_CLOSED = re.compile(r"[ \t]*(?:[,;.:)|]|\n|$|(?:và|có|%s)(?!\w))" % "|".join(cues.DUTY_VERBS))
# the kinds of body whose field "về" names (an association, a union, a board, a council, a group)
_FIELD_KINDS = ("hiệp hội", "hội", "ban", "hội đồng", "tổ", "nhóm", "câu lạc bộ", "liên hiệp")
_ENTERPRISES = ("tập đoàn", "tổng công ty", "công ty", "doanh nghiệp", "tổ chức", "cơ sở")
_MAX_WORDS = 4
# a level's bodies, written to the end of the mention ("Ủy ban nhân dân | các xã, phường", "Công an | xã")
_PLURAL_LEVEL = re.compile(rf"(?<!\w)((?:các[ \t]+)?{cues.LEVEL_PATTERN}(?:[ \t]*,[ \t]*{cues.LEVEL_PATTERN})*)\Z")
_HAVING = re.compile(r"[ \t]+có[ \t]+")
_LEVEL_WORD = re.compile(cues.LEVEL_PATTERN)
# the border's places, a class of places the law sets apart ("xã biên giới", "các tỉnh biên giới"), unlike a
# description ("ven biển", "trọng điểm"), which the gold reads as the level's bodies
_BORDER = re.compile(r"[ \t]+biên giới(?!\w)")
_HEAD_END = re.compile(r" (?:cấp|các) ")   # "Ủy ban nhân dân | cấp xã", "Trạm Y tế | các xã": the head before its level
_LEVEL_IN_LABEL = re.compile(r" (cấp (?:tỉnh|huyện|xã))$")
_LEVEL_CLASS = {"phường": "xã", "thị trấn": "xã", "đặc khu": "xã", "quận": "huyện", "thị xã": "huyện",
                "thành phố": "tỉnh"}
_NEGATIONS = frozenset(("chưa", "không", "chẳng"))
# what closes the places' qualifier: a mark, the line's end, "và", a function word, a negation, the duty's verb
_CLOSED = re.compile(r"[ \t]*(?:[,;.:)|]|\n|$|(?:%s)(?!\w))" % "|".join(
    ("và", *sorted(cues.NAME_STOP_WORDS), *sorted(_NEGATIONS), *cues.DUTY_VERBS)))
# what bodies "có" when it is an act of theirs, the duty: no qualifier
_ACTS = ("trách nhiệm", "nhiệm vụ", "liên quan", "thẩm quyền", "thể ", "ý kiến", "văn bản", "kế hoạch", "báo cáo", "công văn",
         "tờ trình", "hướng dẫn", "biện pháp", "giải pháp", "phương án", "chương trình", "quyết định", "thông báo")


def qualified_kinds(mentions: list[Mention], match: str, low: str, whole: bool = True) -> list[Mention]:
    """``mentions`` with each lower-case body name carried over the qualifier after it (the module's list); the places
    a level's bodies have only in a ``whole`` document (not in a table's cell read alone, which cannot tell whether
    the document names those bodies bare too)."""
    starts = sorted(m.span.start for m in mentions)
    bare = Counter(_level_key(m, low) for m in mentions if m.category == "actor"
                   and _HAVING.match(low, m.span.end) is None and _BORDER.match(low, m.span.end) is None)
    out = []
    for m in mentions:
        after = bisect.bisect_left(starts, m.span.end)   # the first mention that starts at its end or after
        nxt = starts[after] if after < len(starts) else len(match)
        end, label = None, None
        if m.category == "actor" and match[m.span.start:m.span.start + 1].islower():
            end = _qualifier_end(match, low, m, nxt)
            label = end and re.sub(r"\s+", " ", match[m.span.start:end])
        elif whole and m.category == "actor" and (places := _PLURAL_LEVEL.search(low, m.span.start, m.span.end)) \
                is not None and not bare[_level_key(m, low)]:
            end = _having_end(match, low, m.span.end, nxt)
            head = _head(m.label, low[places.start(1):places.end(1)])
            label = end and " ".join([head, *match[places.start(1):end].split()])
        if end is not None:
            m = dataclasses.replace(m, span=Span(m.span.start, end), surface="", iri=mint_actor_iri(label),
                                    label=label, known=False, label_en=None)
        out.append(m)
    return out


def _head(label: str, places: str) -> str:
    """The label without its level: "Ủy ban nhân dân | cấp xã", "Trạm Y tế | các xã", "Công an | xã"."""
    written = " ".join(places.split())
    return label[:-len(written) - 1] if label.lower().endswith(" " + written) else _HEAD_END.split(label)[0]


def _level_key(m: Mention, low: str) -> tuple[str, str] | None:
    """A level's bodies by their head and level class ("Ủy ban nhân dân cấp xã", "UBND các xã, phường": ("ủy ban nhân
    dân", "xã")), None for another mention."""
    level = _LEVEL_IN_LABEL.search(m.label) or _PLURAL_LEVEL.search(low, m.span.start, m.span.end)
    if level is None:
        return None
    word = level.group(1).split()[-1] if level.re is _LEVEL_IN_LABEL else _LEVEL_WORD.search(level.group(1)).group(0)
    return _HEAD_END.split(m.label)[0].lower(), _LEVEL_CLASS.get(word, word)


def _having_end(match: str, low: str, pos: int, limit: int) -> int | None:
    """The end of "có" and one to five words of what the places have: before a mark, the line's end, a function word,
    a negation or the duty's verb, or before the verb of the clause after them ("Công an các tỉnh có đường biên giới |
    tăng cường ..."); a verb right before a mark or "và" is theirs ("có tuyến đường đi qua | và ..."). None for "có"
    and an act or a verb."""
    having = _HAVING.match(low, pos)
    if having is None:
        kind = _BORDER.match(low, pos)   # "UBND các xã | biên giới", "Công an xã | biên giới": border places
        return kind.end() if kind is not None and kind.end() <= limit else None
    if low.startswith(_ACTS, having.end()) or starts_verb(low, having.end(), 1):
        return None
    words = [w for w in _WORD.finditer(match, having.end(), min(limit, having.end() + 60))]
    last = None
    for k, word in enumerate(words[:6]):
        gap = match[last if last is not None else having.end():word.start()]
        w = low[word.start():word.end()]
        if gap.strip(" \t") or "\n" in gap or not word.group(0).islower() or k >= 5 or w in cues.NAME_STOP_WORDS \
                or low.startswith(cues.DUTY_VERBS, word.start()) or w in _NEGATIONS:
            break
        if k and starts_verb(low, word.start(), 2):   # the clause's verb, or the places' own before a mark
            verb_end = words[k + 1].end() if k + 1 < len(words) else word.end()
            return verb_end if _CLOSED.match(low, verb_end) else last
        last = word.end()
    return last if last is not None and _CLOSED.match(low, last) else None


def _qualifier_end(match: str, low: str, m: Mention, limit: int) -> int | None:
    start, end = m.span.start, m.span.end
    name = " ".join(low[start:end].split())
    specialty = _SPECIALTY.match(low, end)
    if specialty is not None and specialty.end() <= limit:
        return specialty.end()
    if name.endswith("quản lý") and (field := _MANAGED_FIELD.match(low, end)) is not None \
            and field.end() <= limit and starts_verb(low, field.start(1), 2) and not low.startswith(
                cues.DUTY_VERBS, field.start(1)):
        return field.end()
    if name.startswith(_FIELD_KINDS) and (about := _ABOUT.match(low, end)) is not None:
        return _field_end(match, low, about.end(), limit)
    if name.startswith(_ENTERPRISES) and (operating := _OPERATING.match(low, end)) is not None:
        field_end = _field_end(match, low, operating.end(), limit)
        if field_end is not None and _FIELD_CLOSED.match(low, field_end):
            return field_end
    return None


def _field_end(match: str, low: str, pos: int, limit: int) -> int | None:
    """The end of one to four lower-case words of a field on the line from ``pos`` (no verb first; a verb of the duty
    grammar, a function word, a mark or the line's end closes them), or None."""
    last = None
    for k, word in enumerate(_WORD.finditer(match, pos, min(limit, pos + 80))):
        gap = match[last if last is not None else pos:word.start()]
        if gap.strip(" \t") or "\n" in gap or not word.group(0).islower() or k >= _MAX_WORDS:
            break
        w = low[word.start():word.end()]
        if w in cues.NAME_STOP_WORDS or low.startswith(cues.DUTY_VERBS, word.start()) \
                or starts_verb(low, word.start(), 1 if k == 0 else 2):
            break
        last = word.end()
    return last
