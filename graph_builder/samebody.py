"""One body, several names in one document: the last step of :mod:`identity` (docs/DATA_MODEL.md, "Identity of
actors", round 15). Each rule reads the document's own names, never a list of names:

- **a company with and without its legal form** ("Công ty Cổ phần Cấp nước X" / "Công ty Cấp nước X", "Tổng công ty
  X - Công ty TNHH" / "Tổng công ty X"): the one named with it;
- **a place with and without its level word** ("Công an thành phố Đà Nẵng" / "Công an Đà Nẵng"): the one with it;
- **a level's bodies named with and without "cấp"** ("Bộ Chỉ huy quân sự cấp tỉnh" / "Bộ Chỉ huy quân sự tỉnh"), no
  place after either (a document of no locality: the level's bodies): the one with it;
- **a body named bare and at its levels** ("cơ quan thuế" / "Cơ quan thuế các cấp", "Phòng Kinh tế" / "Phòng Kinh
  tế các quận, huyện"), when the document names it at one set of levels only and never with a place: the one with
  them;
- **a kind of body named again without its speciality** ("Đoàn kiểm tra chuyên ngành" / "Đoàn kiểm tra", "Hội đồng
  tư vấn chuyên môn" / "Hội đồng tư vấn"), both generic, when the document names one speciality only: the one with
  it;
- **a part of a council or a committee named bare and at one level** ("các Ban của Hội đồng nhân dân" / "các Ban của
  Hội đồng nhân dân huyện"), not written "các cấp": the one at that level;
- **a name in other capitals than a longer one that goes on with it in lower case** ("Ban Chỉ đạo Quốc gia về Tìm
  kiếm ..." from a header, "... từ nay đến năm 2020" in the body), whichever comes first: the longer one;
- **a force named with its command and without** ("Quân chủng Hải quân" / "Bộ Tư lệnh Quân chủng Hải quân", "Quân
  khu 5" / "Bộ Tư lệnh Quân khu 5"), the force of a head noun of armed forces: the command;
- **a body named with its owner and without** ("Văn phòng Chương trình mục tiêu Bộ Y tế" / "Văn phòng Chương trình
  mục tiêu"), the owner a body of the vocabulary, when one owner only: the one with it;
- **a body at a level named without its place** ("UBND tỉnh") in a document of no locality of its own (a news
  article, a headerless plan) that names the body of one place only at that level ("UBND tỉnh Kon Tum"): that place's body;
- **a name misread by one letter** ("Vụ Kê hoạch - Tài chính", "Bộ Thông tin và Truvén thông"): the name written
  more often (or the vocabulary's), when the two differ in one letter or only in case and tone marks, not in their
  head noun ("Sở" / "Bộ"), a digit or a proper name after the domain's first word ("Trường Tiểu học Tân Lập" /
  "... Tân Lạc"), and neither names a place.

Every rule joins a name the vocabulary does not know to another name of the same document, and only when that other
name is the one candidate.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Công an thành phố Cần Thơ chủ trì. Công an Cần Thơ kiểm tra.")
>>> [m.label for m in same_bodies(find_mentions(src, [], load_lexicon()), load_lexicon()) if m.category == "actor"]
['Công an thành phố Cần Thơ', 'Công an thành phố Cần Thơ']
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable

from policykg.core.textnorm import ascii_fold, match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention
from policykg.ontology.lexicon import Lexicon

__all__ = ["same_bodies"]

Qualify = Callable[[str, tuple[str, str]], "str | None"]

# a company's legal form, before its trade name or after a dash: "Công ty | Cổ phần |", "| - Công ty TNHH"
_FORM = r"(?:cổ phần|cp|tnhh(?:\s+(?:mtv|một thành viên|hai thành viên trở lên))?)"
_FORM_BEFORE = re.compile(rf"^((?:tổng\s+)?công ty)\s+{_FORM}(?=\s)")
_FORM_AFTER = re.compile(rf"\s*[-–]\s*công ty\s+{_FORM}$")
# a locality at the end of a name: "| thành phố Đà Nẵng", "| tỉnh Kon Tum"
_LOCALITY_AT_END = re.compile(rf"(?<!\w)({cues.LEVEL_PATTERN})\s+((?:[A-ZĐ][^\W\d_]*)(?:(?:\s+|\s*-\s*)[A-ZĐ][^\W\d_]*)*)$")
# what a name at its levels adds: "| các cấp", "| các quận, huyện", "| quận - huyện"; not the provinces ("| các tỉnh,
# thành phố"): a name for every province and the name alone are :func:`levels.every_locality_short`'s
_BELOW_PROVINCE = r"(?:huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
_LEVELS_REST = re.compile(rf"^(?:các\s+cấp|(?:(?:các|cấp)\s+)?{_BELOW_PROVINCE}"
                          rf"(?:\s*(?:,|-|–|và)\s*{_BELOW_PROVINCE})*)$")
# a name at one level ("... | cấp tỉnh", "... | cấp tỉnh Hà Giang") and at every level ("... | các cấp")
_AT_ONE_LEVEL = re.compile(r" cấp (?:tỉnh|huyện|xã)(?: [A-ZĐ].*)?$")
_EVERY_LEVEL = re.compile(r" các cấp$")
_EVERY_LEVEL_AFTER = re.compile(r"\s+các\s+cấp(?!\w)")   # "Ban của Hội đồng nhân dân | các cấp" as written
_PLACE_IN = re.compile(rf"(?<!\w){cues.LEVEL_PATTERN}\s+[A-ZĐ]")


def same_bodies(mentions: list[Mention], lexicon: Lexicon | None = None, qualify: Qualify | None = None,
                issuer: str | None = None, low: str = "") -> list[Mention]:
    """The mentions (sorted by offset), names of one body joined as the module says. ``lexicon`` tells the owners
    (bodies of the vocabulary); ``qualify(name, (level, place))`` gives the IRI a name gets in a document of that
    locality (:func:`identity.actor_iri_in_context`); ``issuer``, the document's issuer, keeps its own IRI; ``low``,
    the text's match form in lower case, what follows a name."""
    mentions = _join(mentions, _legal_forms(mentions))
    mentions = _join(mentions, _level_words(mentions))
    mentions = _join(mentions, _level_class(mentions))
    mentions = _join(mentions, _at_levels(mentions))
    mentions = _join(mentions, _speciality(mentions))
    mentions = _join(mentions, _one_level(mentions, low))
    if lexicon is not None:
        mentions = _join(mentions, _owners(mentions, lexicon))
        mentions = _join(mentions, _commands(mentions, lexicon))
    mentions = _join(mentions, _first_words(mentions, issuer))
    if qualify is not None:
        mentions = _one_locality(mentions, qualify)
    return _join(mentions, _misread(mentions))


def _unknown(m: Mention) -> bool:
    return m.category == "actor" and not m.known and bool(m.label)


def _join(mentions: list[Mention], to: dict[str, Mention]) -> list[Mention]:
    """Each unknown mention whose label ``to`` maps takes that mention's identity (its span and office stay)."""
    if not to:
        return mentions
    return [dataclasses.replace(m, iri=to[m.label].iri, label=to[m.label].label, kind=to[m.label].kind,
                                known=to[m.label].known, label_en=to[m.label].label_en, generic=to[m.label].generic)
            if _unknown(m) and m.label in to and to[m.label].iri != m.iri else m for m in mentions]


def _labels(mentions: list[Mention]) -> dict[str, Mention]:
    first: dict[str, Mention] = {}
    for m in mentions:
        if _unknown(m):
            first.setdefault(m.label, m)
    return first


def _only(found: dict[str, list[Mention]]) -> dict[str, Mention]:
    """The short labels whose one longer label is certain: every candidate the same body."""
    return {short: ms[0] for short, ms in found.items() if len({m.iri for m in ms}) == 1}


def _legal_forms(mentions: list[Mention]) -> dict[str, Mention]:
    """A company named with and without its legal form: the plain name is the one with it."""
    labels = _labels(mentions)
    found: dict[str, list[Mention]] = {}
    for label, m in labels.items():
        key = match_key(label)
        plain = _FORM_AFTER.sub("", _FORM_BEFORE.sub(r"\1", key))
        if plain != key:
            found.setdefault(plain, []).append(m)
    one = _only(found)
    return {label: one[match_key(label)] for label in labels if match_key(label) in one}


def _level_words(mentions: list[Mention]) -> dict[str, Mention]:
    """A place named with and without its level word: the name without it is the one with it."""
    labels = _labels(mentions)
    found: dict[str, list[Mention]] = {}
    for label, m in labels.items():
        place = _LOCALITY_AT_END.search(label)
        if place is not None and place.start() > 0:
            found.setdefault(match_key(label[:place.start()] + place.group(2)), []).append(m)
    one = _only(found)
    return {label: one[match_key(label)] for label in labels if match_key(label) in one}


_CLASS_AT_END = re.compile(r" cấp (tỉnh|huyện|xã)$")


def _level_class(mentions: list[Mention]) -> dict[str, Mention]:
    """A level's bodies named with "cấp" and without ("... cấp tỉnh" / "... tỉnh"), no place after: the one with it."""
    labels = _labels(mentions)
    found: dict[str, list[Mention]] = {}
    for label, m in labels.items():
        at = _CLASS_AT_END.search(label)
        if at is not None:
            found.setdefault(match_key(f"{label[:at.start()]} {at.group(1)}"), []).append(m)
    one = _only(found)
    return {label: one[match_key(label)] for label in labels if match_key(label) in one}


def _at_levels(mentions: list[Mention]) -> dict[str, Mention]:
    """A body named bare and at one set of levels ("Phòng Kinh tế" / "Phòng Kinh tế các quận, huyện"): the bare name
    is the one at its levels."""
    labels = _labels(mentions)
    keys = {match_key(label): label for label in labels}
    found: dict[str, list[Mention]] = {}
    placed: set[str] = set()   # "Kho bạc Nhà nước | Thành phố": the bare name may be that one as well
    for key, label in keys.items():
        words = key.split(" ")
        for k in range(2, len(words)):
            bare = " ".join(words[:k])
            if bare in keys and _LEVELS_REST.match(" ".join(words[k:])):
                found.setdefault(bare, []).append(labels[label])
            elif bare in keys and label.split(" ")[k][:1].isupper():
                placed.add(bare)
    one = {bare: m for bare, m in _only(found).items() if bare not in placed}
    return {label: one[match_key(label)] for label in labels if match_key(label) in one}


def _speciality(mentions: list[Mention]) -> dict[str, Mention]:
    """A kind of body named by a common noun and its function, bare and with one lower-case word pair more ("Đoàn
    kiểm tra" / "Đoàn kiểm tra chuyên ngành", "cơ quan đại diện" / "cơ quan đại diện ngoại giao"), when the document
    names it so in one way only: the bare name is the longer one (three words or more bare, both generic)."""
    labels = {label: m for label, m in _labels(mentions).items() if m.generic}
    keys = {match_key(label): label for label in labels}
    found: dict[str, list[Mention]] = {}
    for key, label in keys.items():
        words, written = key.split(" "), label.split(" ")
        bare = " ".join(words[:-2])
        if len(words) >= 5 and bare in keys and all(w.islower() and w.isalpha() for w in written[-2:]):
            found.setdefault(bare, []).append(labels[label])
    one = _only(found)
    return {label: one[match_key(label)] for label in labels if match_key(label) in one}


def _one_level(mentions: list[Mention], low: str) -> dict[str, Mention]:
    """A part of a council or a committee named bare, which reads as every level's ("các Ban của Hội đồng nhân dân":
    "... các cấp"), in a document that names it at one level only ("các Ban của Hội đồng nhân dân tỉnh"): that
    level's; not a name the document writes with "các cấp" itself."""
    labels = _labels(mentions)
    found: dict[str, list[Mention]] = {}
    for label, m in labels.items():
        at = _AT_ONE_LEVEL.search(label)
        if at is not None:
            found.setdefault(match_key(label[:at.start()]), []).append(m)
    written = {m.label for m in mentions if _unknown(m) and (_EVERY_LEVEL_AFTER.match(low, m.span.end)
                                                            or _EVERY_LEVEL.search(low, m.span.start, m.span.end))}
    one = _only(found)
    return {label: one[match_key(_EVERY_LEVEL.sub("", label))] for label in labels
            if not _AT_ONE_LEVEL.search(label) and label not in written
            and match_key(_EVERY_LEVEL.sub("", label)) in one}


def _owners(mentions: list[Mention], lexicon: Lexicon) -> dict[str, Mention]:
    """A body named with its owner and without ("... Bộ Y tế"): the name without is the one with, when the owner is a
    body of the vocabulary written in capitals and the name without has three words or more."""
    labels = _labels(mentions)
    keys = {match_key(label): label for label in labels}
    found: dict[str, list[Mention]] = {}
    for label, m in labels.items():
        words = label.split(" ")
        for k in range(3, len(words)):
            bare, owner = " ".join(words[:k]), " ".join(words[k:])
            entry = lexicon.lookup(owner) if match_key(bare) in keys and owner[:1].isupper() else None
            if entry is not None and not entry.generic:
                found.setdefault(match_key(bare), []).append(m)
    one = _only(found)
    return {label: one[match_key(label)] for label in labels if match_key(label) in one}


_COMMAND = "bộ tư lệnh "


def _commands(mentions: list[Mention], lexicon: Lexicon) -> dict[str, Mention]:
    """A force named with its command and without ("Bộ Tư lệnh Quân chủng Hải quân" / "Quân chủng Hải quân", "Bộ Tư
    lệnh Quân khu 5" / "Quân khu 5"): the force acts through its command, one body, the command's. The force is one
    the ontology's head nouns of armed forces name ("quân chủng", "quân khu", "binh chủng", ...); the names are the
    document's own, never one of the vocabulary's."""
    heads = tuple(h + " " for h, kind in lexicon.head_nouns() if kind == "ArmedForce" and " " in h
                  and not h.startswith(("bộ ", "ban ")))
    labels = _labels(mentions)
    keys = {match_key(label): label for label in labels}
    found: dict[str, list[Mention]] = {}
    for key, label in keys.items():
        force = key[len(_COMMAND):]
        if key.startswith(_COMMAND) and force.startswith(heads) and force in keys:
            found.setdefault(force, []).append(labels[label])
    one = _only(found)
    return {label: one[match_key(label)] for label in labels if match_key(label) in one}


def _first_words(mentions: list[Mention], issuer: str | None = None) -> dict[str, Mention]:
    """A name of three words or more, written in other capitals than the first words of one longer name that goes on
    in lower case ("Ban Chỉ đạo Quốc gia về Tìm kiếm" from a header in capitals, "Ban Chỉ đạo quốc gia về tìm kiếm
    ... từ nay đến năm 2020" in the body), whichever comes first: the longer one, unless what it adds is a level, a
    list or a number; the short one when it is the ``issuer`` (the header's name). (Written alike, the short name
    after the long one is :func:`firstwords.short_forms`'.)"""
    labels = _labels(mentions)
    keys = {match_key(label): label for label, m in labels.items() if not m.generic}
    found: dict[str, list[Mention]] = {}
    for key, label in keys.items():
        words, written = key.split(" "), label.split(" ")
        for k in range(3, len(words)):
            rest = written[k] if len(written) == len(words) else ""
            short = keys.get(" ".join(words[:k]))
            if short is not None and short != " ".join(written[:k]) and rest[:1].islower() \
                    and rest not in cues.LEVEL_WORDS and rest not in ("cấp", "các", "số", "và"):
                found.setdefault(" ".join(words[:k]), []).append(labels[label])
    one = _only(found)
    out = {label: one[match_key(label)] for label in labels if match_key(label) in one}
    return {(long.label if m.iri == issuer else label): (m if m.iri == issuer else long) for label, long in out.items()
            if (m := labels[label]) is not None}


def _one_locality(mentions: list[Mention], qualify: Qualify) -> list[Mention]:
    """A body of the vocabulary at a level, named without a place ("UBND tỉnh"), in a document that names that body
    of one place only ("UBND tỉnh Kon Tum"): that place's body."""
    localities = []
    for m in mentions:
        place = _LOCALITY_AT_END.search(m.label) if m.category == "actor" else None
        if place is not None and (place.group(1), place.group(2)) not in localities:
            localities.append((place.group(1), place.group(2)))
    if not localities:
        return mentions
    by_iri = {m.iri: m for m in mentions if m.category == "actor"}
    out = []
    for m in mentions:
        if m.category != "actor" or not m.known or m.generic or m.kind in ("Office", "PeopleGroup") \
                or re.search(r"(?<!\w)(?:các|cấp|những)(?!\w)|,", m.surface.lower()):
            out.append(m)
            continue
        targets = {iri for loc in localities if loc[0] in m.surface.lower()
                   and (iri := qualify(m.surface, loc)) is not None and iri != m.iri and iri in by_iri}
        if len(targets) != 1:
            out.append(m)
            continue
        t = by_iri[targets.pop()]
        out.append(dataclasses.replace(m, iri=t.iri, label=t.label, kind=t.kind, known=t.known, label_en=t.label_en))
    return out


_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _SPACES.sub(" ", ascii_fold(text)).strip()


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ in one letter (replaced, added or dropped), never a digit. (The head noun is compared
    before: "Sở Tài chính" and "Bộ Tài chính" are two bodies.)"""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if any(c.isdigit() for c in a[i:i + 1] + b[i:i + 1]):
        return False
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def _in_proper_name(label: str, key: str, other: str) -> bool:
    """The letter that differs is in a proper name after the first word of the domain, two capitalised words in a
    row ("Trường Tiểu học Tân Lập" / "... Tân Lạc": two schools named after two places), where one letter makes
    another name; not in the capitals of an official domain ("Bộ Thông tin và Truvén thông")."""
    words, others, written = key.split(" "), other.split(" "), label.split()
    if len(words) != len(others) or len(written) != len(words):
        return False
    i = next((i for i, (a, b) in enumerate(zip(words, others)) if a != b), 0)
    beside = written[i - 1:i] + written[i + 1:i + 2]
    return i >= 2 and written[i][:1].isupper() and any(w[:1].isupper() for w in beside)


def _misread(mentions: list[Mention]) -> dict[str, Mention]:
    """A name the vocabulary does not know, only case and tone marks away from a name of another body in the
    document that is written more often or is the vocabulary's ("Cục Thué" / "Cục Thuế"), or one letter away when
    both names are long (twelve letters or more): that body."""
    actors = [m for m in mentions if m.category == "actor" and m.label]
    count = Counter(m.iri for m in actors)
    names: dict[str, set[str]] = {}
    best: dict[str, Mention] = {}
    for m in actors:
        names.setdefault(m.iri, set()).update({_fold(m.label), _fold(m.surface)})
        best.setdefault(m.iri, m)
    out: dict[str, Mention] = {}
    for label, m in _labels(mentions).items():
        key = _fold(label)
        if len(key) < 6 or _PLACE_IN.search(label) or _PLACE_IN.search(m.surface):
            continue
        targets = {iri for iri, keys in names.items() if iri != m.iri
                   and (best[iri].known or count[iri] > count[m.iri]) and not _PLACE_IN.search(best[iri].label)
                   and any(k == key or (len(k) >= 12 <= len(key) and k.split(" ")[0] == key.split(" ")[0]
                                        and not _in_proper_name(label, key, k) and _one_edit(key, k)) for k in keys)}
        if len(targets) == 1:
            out[label] = best[targets.pop()]
    return out
