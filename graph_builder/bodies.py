"""Bodies named by a common noun rather than a proper name, and the region that names a body's regional unit:
what they belong to ("các Ủy ban của Quốc hội"), a common noun and their domain ("cơ quan điều tra"), their head and
what they do ("Ủy ban bầu cử", "Tổ kiểm phiếu"), the hamlets of a commune in the plural ("các tổ dân phố"); generic
actors, actors of a document only where the text gives them a duty (docs/DATA_MODEL.md, "Identity of actors")."""

from __future__ import annotations

import dataclasses
import functools
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.lowertails import JOINT
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import (PRIORITY_ACTOR, Candidate, Vocabulary, lower_same_length, negation_at,
                                               starts_verb)

__all__ = ["agency_of_a_body", "common_bodies", "function_bodies", "generic_body", "hamlet_bodies",
           "kind_bodies", "numbered_siblings", "plural_units", "regional_unit_end"]

_TOKEN = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*|[^\w\s]")
# a lower-case "cơ quan" right before a body's name: "cơ quan | Hải quan", "các cơ quan | Kiểm lâm"
_AGENCY_BEFORE = re.compile(r"(?<!\w)cơ\s+quan\s+$")


def agency_of_a_body(match: str, low: str, floor: int, names: list[Candidate]) -> list[Candidate]:
    """The agencies of a kind of body, named by a lower-case "cơ quan" and the body's capitalised name ("cơ quan
    Hải quan", "cơ quan Kiểm lâm"): a generic actor of the name as written, of the body's kind (the body's own
    name alone is the body itself); not after a capital "Cơ quan", the head noun of a proper name."""
    found = []
    for name in names:
        if name.mention is None or name.mention.kind in ("PeopleGroup", "Office") or not match[name.start].isupper():
            continue
        m = _AGENCY_BEFORE.search(low, max(floor, name.start - 12), name.start)
        if m is None or not match[m.start()].islower():
            continue
        found.append(generic_body(match, m.start(), name.end, name.mention.kind))
    return found


def plural_units(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> list[Candidate]:
    """Units of the armed forces named in the plural by their kind alone ("các quân khu;", "Tư lệnh các sư đoàn,"):
    one generic actor of the kind ("các quân khu"), an actor only where the text gives it a duty; the kinds are the
    vocabulary's head nouns of armed forces; not where a number or a name follows ("các quân khu 3, 4")."""
    regex = _plural_units(_armed_heads(vocab))
    return [generic_body(match, m.start(), m.end(), "ArmedForce", low[m.start():m.end()])
            for m in (regex.finditer(low, start, end) if regex is not None else ()) if not _body_before(vocab, low, m.start())]


def _body_before(vocab: Vocabulary, low: str, pos: int) -> bool:
    """A body's head noun (not an office's) ends right before ``pos``: "Ban Chỉ huy | các sư đoàn" names the body
    at those units, not the units."""
    return any(h.end(1) == len(low[:pos].rstrip()) and vocab.head_kind.get(low[h.start(1):h.end(1)]) != "Office"
               for h in vocab.head_matches(low, max(0, pos - 30), pos))


@functools.lru_cache(maxsize=4)
def _armed_heads(vocab: Vocabulary) -> tuple[str, ...]:
    """The vocabulary's head nouns of armed forces of two words or more (once per vocabulary)."""
    return tuple(sorted(h for h, kind in vocab.head_kind.items() if kind == "ArmedForce" and " " in h))


@functools.lru_cache(maxsize=4)
def _plural_units(heads: tuple[str, ...]) -> re.Pattern | None:
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in cues.DUTY_VERBS)
    return re.compile(rf"(?<!\w)các\s+(?:{alternatives})(?=[ \t]*(?:[,;.:)\n]|$)|\s+(?:và|{verbs})(?!\w))") if heads else None


# the numbers after a numbered unit's name ("Quân khu 3 | , 4 và 5"), each ending a list item or before the duty's
# verb, not a count ("7, 10 vụ")
_MORE_NUMBERS = re.compile(r"(?:[ \t]*(?:,|và)[ \t]*\d{1,3}(?![\d/.]\d)(?=[ \t]*(?:[,;.)\n]|$|(?:và|%s)(?!\w))))+"
                           % "|".join(cues.DUTY_VERBS))
_NUMBER = re.compile(r"\d{1,3}")


def numbered_siblings(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with the units numbered in a list after a numbered unit's name ("BTL Quân khu 3, 4, 5", "Sư đoàn
    5 và 7"): one actor per number, of the first's name with that number, its span the number."""
    out = []
    for m in mentions:
        out.append(m)
        own = re.search(r"\s(\d{1,3})$", m.label) if m.category == "actor" else None
        more = _MORE_NUMBERS.match(match, m.span.end) if own is not None and match[m.span.end - 1].isdigit() else None
        for n in _NUMBER.finditer(match, m.span.end, more.end()) if more is not None else ():
            label = m.label[:own.start(1)] + n.group(0)
            out.append(dataclasses.replace(m, span=Span(n.start(), n.end()), surface="", iri=mint_actor_iri(label),
                                           label=label, known=False, label_en=None))
    return out


def common_bodies(match: str, low: str, start: int, end: int) -> list[Candidate]:
    """Kinds of body named with a common noun and their domain ("cơ quan điều tra", "cơ quan thi hành án", "cơ quan
    quản lý thuế", "cơ quan thanh tra có thẩm quyền"): generic actors, actors only where the text gives them a duty.
    The domain is lower-case words up to a function word, a verb of the duty grammar or punctuation; a manager's
    "trực tiếp" and what it manages go on it ("cơ quan quản lý trực tiếp cơ sở giáo dục | quyết định ...")."""
    found = []
    for m in cues.COMMON_BODY.finditer(low, start, end):
        name_end = _domain_end(match, low, m.end(), end, 4, caps=False)
        managed = _MANAGES_DIRECTLY.match(low, name_end) if name_end is not None and low.endswith("quản lý", m.end(), name_end) else None
        if managed is not None:   # "cơ quan quản lý | trực tiếp cơ sở giáo dục": what it manages, in its name
            after = _SPACES.match(low, managed.end()).end()
            name_end = None if low.startswith(cues.DUTY_VERBS, after) else _domain_end(
                match, low, managed.end(), end, 3, caps=False, verb_first=managed.group(0).endswith("cơ sở"))
            name_end = name_end or managed.end()
        if name_end is not None:
            found.append(generic_body(match, m.start(), name_end, "StateBody"))
    return found


# "... quản lý | trực tiếp cơ sở": the kind of unit a body manages directly (its domain follows, ``_domain_end``)
_MANAGES_DIRECTLY = re.compile(r"[ \t]+trực tiếp[ \t]+(?:cơ sở|doanh nghiệp|đơn vị|trường)(?!\w)")


# kinds of body named in the plural by a common noun and their domain, lower case: "các ngân hàng thương mại", "các tổ chức
# xã hội", "các cơ sở dạy nghề", "các hội nghề nghiệp" (not "các cơ sở dữ liệu", "các hội nghị", nor the businesses a
# duty inspects: "các cơ sở kinh doanh"); "các"/"những" before
_KIND_BODY = re.compile(r"(?<!\w)(?P<lead>(?:các|những)\s+)(?P<noun>tổ chức|công ty|ngân hàng|hiệp hội|tập đoàn"
                        r"|tổng công ty|trung tâm|bệnh viện|cơ sở(?!\s+(?:dữ liệu|pháp lý|vật chất|hạ tầng|lý luận|khoa học"
                        r"|thực tiễn|kinh doanh|sản xuất|vi phạm)(?!\w))"
                        r"|hội(?!\s+(?:nghị|thảo|thi|chợ|diễn|đồng|viên|họp|trại|nhập|ý|đủ)(?!\w)))(?=\s+[^\W\d_])"
                        r"(?!\s+(?:và|hoặc|có|liên quan|đơn vị|cơ quan|cá nhân|được|đã|đang|sẽ|này|đó|mình|trên|trong|tại"
                        r"|thuộc|trực thuộc)(?!\w))")
_KIND_OF_NOUN = {"tổ chức": "Organization", "công ty": "Organization", "ngân hàng": "Organization",
                 "hiệp hội": "MassOrganization", "tập đoàn": "Organization", "tổng công ty": "Organization",
                 "hội": "MassOrganization", "cơ sở": "Organization", "trung tâm": "StateBody", "bệnh viện": "StateBody"}
# nouns of bodies named by the activity they serve, whose domain may open with a verb ("các cơ sở | dạy nghề", "các
# trung tâm | giới thiệu việc làm"), though not with a verb of the duty grammar ("các cơ sở | thực hiện ...")
_ACTIVITY_NOUNS = frozenset(("cơ sở", "trung tâm"))
_SPACES = re.compile(r"\s*")
_TIER = re.compile(r"(?<!\w)tuyến\s+(?:trung ương|tỉnh|huyện|xã)(?!\w)")


def kind_bodies(match: str, low: str, start: int, end: int) -> list[Candidate]:
    """Kinds of body named in the plural by a common noun and their domain ("các ngân hàng thương mại", "các công ty
    tài chính", "các tổ chức xã hội", "các cơ sở dạy nghề", ``_KIND_BODY``): generic actors, actors only where the
    text gives them a duty. The name starts at the noun ("các" is not part of it) and its domain ends as
    :func:`common_bodies`' does, and before any verb ("các ngân hàng thương mại | dành vốn cho vay").

    >>> text = "Đề nghị các ngân hàng thương mại, các tổ chức xã hội phối hợp; các cơ sở thực hiện."
    >>> [c.mention.label for c in kind_bodies(text, text.lower(), 0, len(text))]
    ['ngân hàng thương mại', 'tổ chức xã hội']
    """
    found = []
    for m in _KIND_BODY.finditer(low, start, end):
        if cues.AT_A_PLACE.search(low, max(start, m.start() - 8), m.end("lead")):
            continue   # "tại các cơ sở cai nghiện": a place
        verb_first = m.group("noun") in _ACTIVITY_NOUNS \
            and not low.startswith(cues.DUTY_VERBS, _SPACES.match(low, m.end()).end())
        tier = _TIER.search(low, m.end(), min(end, m.end() + 60))   # "các bệnh viện tuyến tỉnh | khám ...": it ends there
        name_end = _domain_end(match, low, m.end(), tier.end() if tier else end, 6, caps=False, any_verb=not verb_first,
                               verb_first=verb_first, whole=True)
        if name_end is not None and not _shared_list(low, m, name_end):
            found.append(generic_body(match, m.start("noun"), name_end, _KIND_OF_NOUN[m.group("noun")]))
    return found


def function_bodies(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> list[Candidate]:
    """Bodies named by a head noun and what they do ("Hội đồng thẩm định Chiến lược", "Tổ kiểm phiếu", "Đoàn kiểm tra
    chuyên ngành", "Ban quản trị nhà chung cư", "Ủy ban bầu cử", ``cues.FUNCTION_BODY``), with the capitalised or
    lower-case words that name their object: generic actors, actors only where the text gives them a duty. A level
    after the name is the body's at that level: "Ủy ban bầu cử tỉnh" (the document's place is added later), "Ủy ban
    bầu cử các xã, phường" and "Ủy ban bầu cử ở xã" (every commune's: "Ủy ban bầu cử cấp xã")."""
    found = []   # (a joint body's "liên ngành" is its name's: "Đoàn kiểm tra liên ngành của tỉnh")
    for m in cues.FUNCTION_BODY.finditer(low, start, end):
        if not match[m.start()].isupper() or any(c.isupper() for c in match[m.start() + 1:m.end()]):
            continue   # ("Ủy ban Kiểm tra Đảng ủy": a proper name, the head-first scan's)
        joint = JOINT.match(low, m.end(), end)   # "Đoàn kiểm tra | liên ngành": bodies of several sectors
        name_end = _domain_end(match, low, joint.end() if joint else m.end(), end, 10, caps=True) \
            or (joint.end() if joint else m.end())
        level = vocab.level_qualifier.match(low, name_end, end)
        words = low[name_end:level.end()].split() if level is not None and level.group("list") else []
        if not words or words[0] in ("cấp", "tuyến") and len(words) == 2 and "," not in low[name_end:level.end()]:
            found.append(generic_body(match, m.start(), name_end if not words else level.end(), "Organization"))
            continue
        label = re.sub(r"\s+", " ", match[m.start():name_end])
        one = len(words) == 1 and words[0] != "các"
        word = words[0] if one else words[-1].strip(",") if words[0] == "ở" else re.split(r"[,\s]+", low[
            level.start("list"):level.end("list")])[0]
        label += f" {word}" if one else f" cấp {_LEVEL_CLASS.get(word, word)}"
        found.append(generic_body(match, m.start(), level.end(), "Organization", label))
    return found


_LEVEL_CLASS = {"phường": "xã", "đặc khu": "xã", "thị trấn": "xã", "quận": "huyện", "thị xã": "huyện",
                "thành phố": "tỉnh", "thành": "tỉnh"}


def hamlet_bodies(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> list[Candidate]:
    """The grassroots units below a commune named as bodies in the plural ("các thôn", "các tổ dân phố có chợ", "Tổ
    trưởng các tổ dân phố"): generic actors of their common name, actors only where the text gives them a duty; not
    a place ("tại các thôn") nor a named one ("các thôn Tân Lập, ...")."""
    found = []
    for m in vocab.hamlet_regex.finditer(low, start, end) if vocab.hamlet_regex is not None else ():
        if cues.AT_A_PLACE.search(low, max(start, m.start() - 12), m.start(1)) \
                or match[m.end():m.end() + 2].strip()[:1].isupper():
            continue
        found.append(generic_body(match, m.start(1), m.end(1), "Organization", low[m.start(1):m.end(1)]))
    return found


def _shared_list(low: str, m: re.Match, name_end: int) -> bool:
    """The name is the first of a list that shares its noun or its domain's first word, which the text names as one
    ("các cơ sở giáo dục mầm non, cơ sở giáo dục phổ thông", "các trung tâm giáo dục nghề nghiệp - giáo dục thường
    xuyên"): no body of its own."""
    after = re.match(r"\s*[,–-]\s*(\w+(?:\s+\w+)?)", low[name_end:name_end + 40])
    first = low[m.end():name_end].split()[:2]
    return after is not None and (after.group(1).startswith(m.group("noun")) or after.group(1).split() == first)


def generic_body(match: str, start: int, end: int, kind: str, label: str | None = None) -> Candidate:
    """A generic actor of ``kind`` named by ``match[start:end]`` (or ``label``): an actor only where the text gives it
    a duty."""
    label = label or re.sub(r"\s+", " ", match[start:end])
    mention = Mention(span=Span(start, end), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                      kind=kind, known=False, generic=True)
    return Candidate(start, end, PRIORITY_ACTOR, mention)


def _domain_end(match: str, low: str, pos: int, end: int, most: int, caps: bool, any_verb: bool = False,
                verb_first: bool = False, whole: bool = False) -> int | None:
    """Where the domain words after a body's head end ("cơ quan | điều tra", "Hội đồng thẩm định | Kế hoạch phòng
    ngừa, ứng phó sự cố hóa chất"): lower-case words (``caps``: capitalised ones too, and a comma before a
    lower-case word once a capitalised word has come) up to a function word, a verb of the duty grammar, punctuation
    or the end of the line; at most ``most`` words; None when there is none. After the first word only a verb of two
    words or more ends it, unless ``any_verb``; the first word may be a verb when ``verb_first`` ("cơ sở | dạy nghề"),
    and then a verb after it ends the name even if it could name a domain ("cơ sở giáo dục | xây dựng phương án").
    ``whole``: None when the words go on past ``most`` (no name cut inside its domain: "cơ sở phát thải khí nhà | kính")."""
    words: list[int] = []
    capital, previous = False, ""
    for tok in _TOKEN.finditer(match, pos, min(end, pos + 100)):
        word, written = low[tok.start():tok.end()], match[tok.start():tok.end()]
        if word == "có" and low.startswith("có thẩm quyền", tok.start()):
            words.append(tok.start() + len("có thẩm quyền"))
            break
        if words and word == "trực" and (under := _UNDER_NO_BODY.match(low, tok.start())):
            words.append(under.end(1))   # "cơ quan chuyên môn trực thuộc | có liên quan": under the clause's subject
            break
        if word == "," and capital and words:
            continue   # "Kế hoạch phòng ngừa, ứng phó ...": a comma inside the object's name
        upper = caps and written[:1].isupper() and word.isalpha()
        compound = f"{previous} {word}" in cues.NOUN_COMPOUNDS   # "giới thiệu việc | làm": no verb, one noun
        if not (written.islower() or upper) or not word.isalpha() or word in cues.NAME_STOP_WORDS and not compound \
                or word in cues.DOMAIN_STOPS and not compound \
                or (not compound and _verb_ends(low, tok.start(), not words, any_verb, verb_first)) \
                or (words and "\n" in match[words[-1]:tok.start()]) or negation_at(low, tok.start()) \
                or (words and (handed := _HANDED_TO.match(match, tok.start())) and match[handed.end()].isupper()):
            break
        if len(words) >= most:
            return None if whole else words[-1]
        capital, previous = capital or upper, word
        words.append(tok.end())
    return words[-1] if words else None


def _verb_ends(low: str, pos: int, first: bool, any_verb: bool, verb_first: bool) -> bool:
    """A verb at ``pos`` ends a domain (:func:`_domain_end`): any verb as its ``first`` word (unless ``verb_first``),
    after it one of two words or more (any verb with ``any_verb``), except a verb that names a domain ("phòng", "quản
    lý") where no verb opened it."""
    if verb_first and first or not starts_verb(low, pos, 1 if first or any_verb else 2):
        return False
    return verb_first or not low.startswith(cues.DOMAIN_VERBS, pos)


# a verb of one syllable that hands a thing to the body named after it ("các cơ quan chuyên môn | trình Ủy ban nhân dân
# tỉnh", "cơ quan hữu quan | trình Chính phủ", "| gửi Sở Tư pháp"): the predicate, no word of the domain before it
_HANDED_TO = re.compile(r"(?:trình|gửi)[ \t]+(?=[^\W\d_])")
# "trực thuộc" that names no body after it (the subordinates of the clause's subject), then the end of the name
_UNDER_NO_BODY = re.compile(r"(trực thuộc)(?=\s*(?:có liên quan|liên quan|[,.;:)]|\s(?:phối hợp|chủ trì|thực hiện|tổ chức|triển khai)(?!\w)|$))")
_SEAT = re.compile(r"[ \t]+[-–][ \t]+(?=[^\W\d_])")
_SEAT_WORD = re.compile(r"[^\W\d_]+")


def regional_unit_end(vocab: Vocabulary, match: str, pos: int, end: int) -> int | None:
    """Where the region that names a body's regional unit ends, when one starts at ``pos`` ("Kho bạc Nhà nước |
    khu vực IX", "Tòa án nhân dân | khu vực 3 - Cần Thơ": the region's numeral, then its seat after a dash, in
    capitalised words that open no name: not "khu vực IX - | Bộ Tài chính"), else None."""
    region = cues.REGIONAL_UNIT.match(match, pos, end)
    if region is None:
        return None
    seat = _SEAT.match(match, region.end(), end)
    if seat is None or (vocab.head_regex is not None
                        and vocab.head_regex.regex.match(lower_same_length(match[seat.end():seat.end() + 60]))):
        return region.end()
    last = region.end()
    for word in _SEAT_WORD.finditer(match, seat.end(), min(end, seat.end() + 40)):
        if not word.group(0)[:1].isupper() or not word.group(0)[1:].islower() or word.start() > last + 3 and word.start() != seat.end():
            break
        last = word.end()
        if len(match[seat.end():last].split()) >= 3:
            break
    return last
