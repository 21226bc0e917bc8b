"""The level of a body named without one, from the words around it: "Ủy ban nhân dân cùng cấp" after a body of a
level, and a level written once after a list of bodies ("Đảng ủy, Thường trực Hội đồng nhân dân, Ủy ban nhân dân,
Ủy ban Mặt trận Tổ quốc, tổ chức chính trị - xã hội cấp xã"). A step of :mod:`identity` (docs/DATA_MODEL.md,
"Identity of actors").

>>> from policykg.graph_builder.recognise import find_mentions
>>> from policykg.ontology import load_lexicon
>>> lex = load_lexicon()
>>> src = source_from_string("Hội nghị liên tịch giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân cấp xã.")
>>> [m.label for m in distributed_level(find_mentions(src, [], lex), src, lex) if m.category == "actor"]
['Thường trực Hội đồng nhân dân cấp xã', 'Ủy ban nhân dân cấp xã']
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, SourceText, Span
from policykg.graph_builder.mottos import motto_spans
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.vocabulary import COLUMN_GAP, LEVEL_SEPARATOR
from policykg.ontology.lexicon import Lexicon

__all__ = ["distributed_level", "echoed_level", "every_locality_short", "header_locality", "one_place", "one_tier",
           "organising_level", "read_as_name", "same_level"]

# the level a body's name states: "... cấp xã", "... xã Lương Minh", "... tỉnh" -> the level word of its level class
_NAMED_LEVEL = re.compile(rf"(?<!\w)(?:cấp\s+)?({cues.LEVEL_PATTERN})(?!\w)")
_LEVEL_CLASS_WORD = {"xã": "xã", "phường": "xã", "đặc khu": "xã", "thị trấn": "xã", "huyện": "huyện", "quận": "huyện",
                     "thị xã": "huyện", "tỉnh": "tỉnh", "thành phố": "tỉnh"}
_LIST_JOIN = re.compile(r"\s*,?\s*(?:và\s+)?")
_LEVEL_AFTER = re.compile(r"\s+cấp\s+(xã|huyện|tỉnh)(?!\w)")
_LEVEL_AT_END = re.compile(r"(?<!\w)cấp\s+(xã|huyện|tỉnh)$")
# a level word and a place's capitalised name ending the last name of a list: "..., Ủy ban nhân dân | tỉnh Lai Châu"
_PLACE_AT_END = re.compile(r"(?<!\w)((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?: [^\W\d_a-zà-ỹđ][^\W\d_]*)+)$")


def read_as_name(name: str, lexicon: Lexicon) -> Mention | None:
    """The one actor mention that covers a whole name written alone, as recognition reads it, or None."""
    if lexicon is None:
        return None
    source = source_from_string(name)
    found = [m for m in find_mentions(source, [], lexicon) if m.category == "actor"]
    if len(found) == 1 and not source.text[:found[0].span.start].strip(" ,") \
            and not source.text[found[0].span.end:].strip(" ,."):
        return found[0]
    return None


# the level named by the meeting it holds, right after a body named without a level: "Ban Thường trực Ủy ban Mặt trận
# Tổ quốc Việt Nam | cấp tổ chức hội nghị hiệp thương |" (not "các cấp tổ chức hội nghị ...": all levels hold it)
_ORGANISING_LEVEL = re.compile(r"[ \t]+cấp[ \t]+(?:tổ chức|triệu tập)[ \t]+(?:hội nghị|cuộc họp|kỳ họp)"
                               r"(?:[ \t]+(?:hiệp thương|cử tri))?(?!\w)")


def organising_level(mentions: list[Mention], source: SourceText, low: str) -> list[Mention]:
    """"Ban Thường trực Ủy ban MTTQ Việt Nam cấp tổ chức hội nghị hiệp thương chủ trì cuộc họp ...", "... gửi đến Ủy ban
    MTTQ Việt Nam cấp tổ chức hội nghị hiệp thương" (the election guidance: hd-2025-quang-ninh, nqlt-102-2025): the
    body at whichever level holds the meeting is the body at every level, "Ban Thường trực Ủy ban MTTQ Việt Nam các
    cấp" (the node the document's own "các cấp" names), never the document's province; the mention takes in the
    words, so the verb after them is the body's (round 24).

    >>> from policykg.ontology import load_lexicon
    >>> from policykg.graph_builder.vocabulary import lower_same_length
    >>> src = source_from_string("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương "
    ...                          "chủ trì cuộc họp.")
    >>> found = organising_level(find_mentions(src, [], load_lexicon()), src, lower_same_length(src.match))
    >>> [(m.label, m.surface) for m in found if m.category == "actor"]  # doctest: +NORMALIZE_WHITESPACE
    [('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các cấp',
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương')]
    """
    out = list(mentions)
    for k, m in enumerate(out):
        level = _ORGANISING_LEVEL.match(low, m.span.end) if m.category == "actor" else None
        written = " ".join(source.match[m.span.start:m.span.end].split())
        if level is None or m.kind in ("Office", "PeopleGroup") or _NAMED_LEVEL.search(match_key(written)):
            continue
        label = f"{written} các cấp"
        out[k] = dataclasses.replace(m, iri=mint_actor_iri(label), label=label, span=Span(m.span.start, level.end()),
                                     surface=source.text[m.span.start:level.end()], known=False, label_en=None,
                                     generic=True)
    return out


def same_level(mentions: list[Mention], source: SourceText, low: str, lexicon: Lexicon) -> list[Mention]:
    """"Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã phối hợp với Ủy ban nhân dân cùng cấp": a body named at "the same
    level" (cues.SAME_LEVEL) is the level class of the body named before it in its sentence ("Ủy ban nhân dân cấp
    xã"), not the body at every level; the mention takes in the words "cùng cấp". Where no body before names a level
    the lexicon has ("Cơ quan điều tra phối hợp với Viện kiểm sát cùng cấp"), it is a generic body of its own, "Viện
    kiểm sát cùng cấp", not the nation's "Viện kiểm sát nhân dân"."""
    out = list(mentions)
    actors = [k for k, m in enumerate(out) if m.category == "actor"]
    listed = _listed_before_same_level(out, actors, source, low)
    for n, k in enumerate(actors):
        m = out[k]
        same = cues.SAME_LEVEL.match(low, m.span.end)
        if same is None and n not in listed:
            continue
        first = listed.get(n, n)   # a member of a list "A, B và C cùng cấp": the body before the list, unless that
        before = out[actors[first - 1]] if first else None   # body is one more of an enumeration ("A tỉnh và | B, C")
        if n in listed and before is not None and _LIST_JOIN.fullmatch(source.match, before.span.end,
                                                                       out[actors[first]].span.start):
            before = None
        if before is None or re.search(r"[.;\n]", source.match[before.span.end:m.span.start].replace(",\n", ",")):
            entry = None
        else:
            level = _NAMED_LEVEL.findall(match_key(before.label))
            entry = lexicon.lookup(f"{m.surface} cấp {_LEVEL_CLASS_WORD[level[-1]]}") if level else None
        end = same.end() if same is not None else m.span.end   # (a member before the last keeps its own words)
        if entry is not None:
            out[k] = dataclasses.replace(m, iri=entry.iri, label=entry.label_vi, span=Span(m.span.start, end),
                                         surface=source.text[m.span.start:end], known=True)
        elif m.kind not in ("Office", "PeopleGroup") and not _at_levels(m, out):   # "the same level's", as written
            label = f"{' '.join(source.match[m.span.start:m.span.end].split())} cùng cấp"
            out[k] = dataclasses.replace(m, iri=mint_actor_iri(label), label=label, span=Span(m.span.start, end),
                                         surface=source.text[m.span.start:end], known=False, label_en=None,
                                         generic=True)
    return out


def _listed_before_same_level(out: list[Mention], actors: list[int], source: SourceText, low: str) -> dict[int, int]:
    """"phối hợp với Hội Cựu chiến binh, Hội Nông dân, Đoàn Thanh niên cùng cấp": "cùng cấp" after a list of bodies
    is each member's, the level of the body before the list. {index in ``actors`` of a member of such a list: index of
    the list's first member}; a member that names a level or a place of its own ends the list."""
    listed: dict[int, int] = {}
    for n, k in enumerate(actors):
        if cues.SAME_LEVEL.match(low, out[k].span.end) is None:
            continue
        j = n
        while j > 0 and _LIST_JOIN.fullmatch(source.match, out[actors[j - 1]].span.end, out[actors[j]].span.start) \
                and not _NAMED_LEVEL.search(match_key(out[actors[j - 1]].surface)) \
                and cues.SAME_LEVEL.match(low, out[actors[j - 1]].span.end) is None:
            j -= 1
        listed.update({i: j for i in range(j, n)})
        if j < n:
            listed[n] = j   # (the last member too reads the level of the body before the list)
    return listed


def _at_levels(m: Mention, mentions: list[Mention]) -> bool:
    """The document names the body of ``m`` at its levels too ("Ban Thường trực Ủy ban MTTQ Việt Nam các cấp", "...
    cấp tỉnh"): "cùng cấp" is one of those, no body of its own."""
    written = match_key(m.surface)
    return any(o.category == "actor" and o is not m and (key := match_key(o.label)).startswith(written + " ")
               and re.match(rf"{re.escape(written)} (?:các )?cấp(?!\w)", key) for o in mentions)


def distributed_level(mentions: list[Mention], source: SourceText, lexicon: Lexicon) -> list[Mention]:
    """A level written once after a list of bodies is each one's: "hội nghị liên tịch giữa Đảng ủy, Thường trực Hội
    đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc, tổ chức chính trị - xã hội cấp xã" names the commune's
    bodies, not the bodies at every level. A member that names a level or a place of its own keeps it."""
    out = list(mentions)
    run: list[int] = []
    added: list[Mention] = []
    low = source.match.lower()   # (once, not once a list)
    for k, m in enumerate(out):
        if m.category != "actor":
            continue
        if run and _LIST_JOIN.fullmatch(source.match, out[run[-1]].span.end, m.span.start):
            run.append(k)
            continue
        added += _distribute(out, run, source, low, lexicon)
        run = [k]
    added += _distribute(out, run, source, low, lexicon)
    return sorted(out + added, key=lambda m: (m.span.start, m.span.end)) if added else out


def _distribute(out: list[Mention], run: list[int], source: SourceText, low: str, lexicon: Lexicon) -> list[Mention]:
    """Gives the run's level (or place) to its members; returns the mentions of bare head nouns it adds (``low``: the
    match form of the source in lower case)."""
    if len(run) < 2:
        return []
    last = out[run[-1]]
    after = _LEVEL_AFTER.match(low, last.span.end)
    at_end = _LEVEL_AT_END.search(match_key(last.surface))
    level = after.group(1) if after is not None else at_end.group(1) if at_end is not None else None
    if level is not None:
        _give_level(out, run if after is not None else run[:-1], f"cấp {level}", lexicon)
        return _bare_head_first(out[run[0]], f"cấp {level}", source, lexicon)
    # "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lai Châu": the first member named with a place gives it to those before
    places = (_PLACE_AT_END.search(re.sub(r"\s+", " ", out[k].surface)) for k in run[1:])
    j, place = next(((j, p) for j, p in enumerate(places, 1) if p is not None), (0, None))
    if place is not None:
        _give_level(out, run[:j], place.group(1), lexicon)
    return []


# a committee named by its head noun alone, first of such a list ("liên tịch giữa | Đảng ủy | , Thường trực ...")
_BARE_HEAD_BEFORE = re.compile(r"(?<![^\W\d_])(Đảng [uủ][yỷ]|Chi bộ)[ \t]*,[ \t]*$")


def _bare_head_first(first: Mention, level: str, source: SourceText, lexicon: Lexicon) -> list[Mention]:
    """"hội nghị liên tịch giữa Đảng ủy, Thường trực Hội đồng nhân dân, ... cấp xã": the committee named by its head
    noun alone before the list's first body (which recognition leaves out: no body by itself) is the vocabulary's
    body at the list's level ("Đảng ủy cấp xã"), as the other members are (round 24, hd-2025-quang-ninh)."""
    bare = _BARE_HEAD_BEFORE.search(source.match, max(0, first.span.start - 20), first.span.start)
    entry = lexicon.lookup(f"{bare.group(1)} {level}") if bare is not None else None
    if entry is None:
        return []
    return [Mention(span=Span(bare.start(1), bare.end(1)), surface=source.text[bare.start(1):bare.end(1)],
                    category="actor", iri=entry.iri, label=entry.label_vi, kind=entry.kind, known=True)]


def _give_level(out: list[Mention], members: list[int], level: str, lexicon: Lexicon) -> None:
    """The ``level`` words ("cấp xã", "tỉnh Lai Châu") given to each member named at every level or by its head alone."""
    heads = {h for h, _ in lexicon.head_nouns()}
    for k in members:
        m = out[k]
        entry = lexicon.lookup(m.surface)
        at_every_level = entry is not None and (entry.level in (None, "LevelAll") or entry.local_name is not None)
        bare_head = match_key(m.surface) in heads and match_key(m.label) == match_key(m.surface)
        if _NAMED_LEVEL.search(match_key(m.surface)) or not (at_every_level or bare_head):
            continue   # "Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Ban Chỉ đạo Quốc gia ...": a level, or one body, of its own
        name = f"{m.surface} {level}"
        entry = lexicon.lookup(name)
        read = read_as_name(name, lexicon) if entry is None else None
        if entry is not None:
            out[k] = dataclasses.replace(m, iri=entry.iri, label=entry.label_vi, kind=entry.kind, known=True)
        elif read is not None and _NAMED_LEVEL.search(match_key(read.label)):
            out[k] = dataclasses.replace(m, iri=read.iri, label=read.label, kind=read.kind, known=read.known)
        elif (at_level := _at_level_of_place(m.surface, level, lexicon)) is not None:
            out[k] = dataclasses.replace(m, iri=mint_actor_iri(name), label=name, kind=at_level.kind, known=False)


def _at_level_of_place(surface: str, level: str, lexicon: Lexicon):
    """The vocabulary's body at the level of ``level`` (a level and its place, "tỉnh Cà Mau") that ``surface`` names
    ("Thường trực Hội đồng nhân dân" + "tỉnh": "Thường trực Hội đồng nhân dân cấp tỉnh"), or None: that place's
    body is named like the body the text names with its place ("Thường trực Hội đồng nhân dân tỉnh Cà Mau")."""
    word = _NAMED_LEVEL.match(level)
    entry = lexicon.lookup(f"{surface} {word.group(1)}") if word is not None and word.start() == 0 else None
    return entry if entry is not None and entry.level not in (None, "LevelAll") else None


def echoed_level(mentions: list[Mention], source: SourceText, lexicon: Lexicon) -> list[Mention]:
    """A body at every level named again, short, after the same body at one level in its sentence: "Đối với Ủy ban
    nhân dân cấp tỉnh, thành phần dự hội nghị gồm ban lãnh đạo Ủy ban nhân dân ..." is that level's body."""
    out = list(mentions)
    for k, m in enumerate(out):
        entry = lexicon.lookup(m.surface) if m.category == "actor" else None
        if entry is None or entry.level != "LevelAll":
            continue
        for before in reversed(out[:k]):
            if before.category != "actor" or re.search(r"[.;]|\n\s*\n", source.match[before.span.end:m.span.start]) \
                    or m.span.start - before.span.end > 250:
                break
            if match_key(before.label).startswith(match_key(m.surface) + " ") and _NAMED_LEVEL.search(
                    match_key(before.label)[len(match_key(m.surface)):]):
                out[k] = dataclasses.replace(m, iri=before.iri, label=before.label, kind=before.kind, known=before.known)
                break
    return out


_LEVEL = cues.LEVEL_PATTERN
_PLURAL_LEVEL = re.compile(rf"^(?P<base>.+?)\s+(?P<plural>(?:các|cấp)\s+)?"
                           rf"(?P<list>{_LEVEL}(?:(?:{LEVEL_SEPARATOR.pattern})(?:và\s+)?{_LEVEL})*)"
                           rf"(?:\s+trực thuộc trung ương)?$")


def one_tier(mentions: list[Mention]) -> list[Mention]:
    """A body the vocabulary does not know, named at every unit of one tier in several ways ("Trạm Y tế các xã,
    phường", "Trạm Y tế các xã", "Trạm Y tế cấp xã"): one body, the first form's."""
    first: dict[tuple[str, str], Mention] = {}
    out = []
    for m in mentions:
        found = _PLURAL_LEVEL.match(match_key(m.label)) if m.category == "actor" and not m.known and m.label else None
        if found is None or not (found.group("plural") or LEVEL_SEPARATOR.search(found.group("list"))):
            out.append(m)
            continue
        tier = _LEVEL_CLASS_WORD.get(LEVEL_SEPARATOR.split(found.group("list"))[0], "")
        seen = first.setdefault((found.group("base"), tier), m)
        out.append(m if seen is m else dataclasses.replace(m, iri=seen.iri, label=seen.label, kind=seen.kind))
    return out


_EVERY_LOCALITY = re.compile(r"\s+các\s+(?:tỉnh|thành phố|huyện|quận|xã|phường)(?:[\s,]|$)")


def every_locality_short(mentions: list[Mention]) -> list[Mention]:
    """In a document of no locality (a ministry's letter), a body the vocabulary does not know named for every
    locality ("Cục Thuế các tỉnh, thành phố trực thuộc Trung ương", "Sở Tài chính các tỉnh") and later by its name
    alone ("Cục Thuế định kỳ báo cáo", "đề nghị các Sở Tài chính"): the name alone is those bodies (the fullest such
    name), when one comes first; a department ("Sở ...", a province's only) also when the name alone comes first."""
    every: dict[str, Mention] = {}   # the name alone -> its fullest name for every locality, the first written
    first: dict[str, int] = {}
    for m in mentions:
        found = _EVERY_LOCALITY.search(m.label) if m.category == "actor" and not m.known and not m.generic else None
        if found is not None and found.start() > 0:
            name = m.label[:found.start()]
            first.setdefault(name, m.span.start)
            if name not in every or len(m.label) > len(every[name].label):
                every[name] = m
    return [dataclasses.replace(m, iri=every[m.label].iri, label=every[m.label].label)
            if m.category == "actor" and not m.known and m.label in every
            and (first[m.label] < m.span.start or m.label.startswith("Sở "))
            else m for m in mentions]


# what a body's name adds when it names its place: "| Hậu Giang", "| tỉnh Lào Cai", "| thành phố Huế"
_PLACE_REST = re.compile(rf"(?:{cues.LEVEL_PATTERN}\s+)?"
                         r"[A-ZĐ][^\W\d_]*(?:(?:\s+|\s*[-–]\s*)[A-ZĐ][^\W\d_]*)*")


def one_place(mentions: list[Mention]) -> list[Mention]:
    """A body the vocabulary does not know, named first with its place and later without it, when the document names
    it with no other place ("Ban Thường vụ Tỉnh ủy Hậu Giang", then "Ban Thường vụ Tỉnh ủy"; "Sở Y tế tỉnh Lào Cai",
    then "Sở Y tế"): one body, the placed one's."""
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.category == "actor" and not m.known and not m.generic and m.label:
            first.setdefault(m.label, m)
    placed: dict[str, list[Mention]] = {}
    for label, m in first.items():
        words = label.split(" ")
        for k in range(2, len(words)):
            bare = " ".join(words[:k])
            if bare in first and _PLACE_REST.fullmatch(" ".join(words[k:])):
                placed.setdefault(bare, []).append(m)
    one = {bare: ms[0] for bare, ms in placed.items() if len(ms) == 1 and ms[0].span.start < first[bare].span.start}
    if not one:
        return mentions
    return [dataclasses.replace(m, iri=one[m.label].iri, label=one[m.label].label)
            if m.category == "actor" and not m.known and not m.generic and m.label in one else m for m in mentions]


_HEADER_LOCALITY = re.compile(r"(?<!\w)(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+"
                              r"([A-ZĐ][A-ZĐ\w]*(?:(?:[ \t]+|-)[A-ZĐ][A-ZĐ\w]*)*)")
_HEADER_LINES = 12


# words no place opens with: a title in capitals goes on after a level ("CÔNG AN TỈNH | VÀ ...", "| TRÊN ĐỊA BÀN")
_NO_PLACE_OPENS = frozenset(("và", "của", "với", "trên", "tại", "cho", "hoặc", "giữa"))
_MODES = frozenset(("KT", "TM", "TL", "TUQ", "Q", "K"))     # a signing mode's word ("KT.", "K/T"): no place


def header_locality(source: SourceText, lexicon: Lexicon) -> tuple[str, str] | None:
    """The locality of the organ lines of a header ("ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"): the first capitals line of the
    first lines that names a level and a place, the national motto left out. A level that ends its column ("ỦY BAN
    NHÂN DÂN TỈNH      CỘNG HÒA ..." / "QUẢNG NAM      Độc lập ..."): the place is the next line's left cell."""
    lines = [line for line in source.match.split("\n") if line.strip()][:_HEADER_LINES]
    heads = {h for h, _ in lexicon.head_nouns()} if lexicon is not None else set()
    posts = {title for title, _ in lexicon.office_titles()} if lexicon is not None else set()
    for i, line in enumerate(lines):
        for found in _HEADER_LOCALITY.finditer(line):
            rest = line[found.start(2):]
            if _COLUMN_END.search(line, found.end(1), found.start(2)) and any(a == 0 for a, _ in motto_spans(rest)):
                words = _left_cell(lines[i + 1], heads) if i + 1 < len(lines) else []    # the place under its level
            else:
                words = found.group(2).split()
            if not words:
                continue
            place = _header_place(found.group(1), words, line[:found.start()], heads, posts)
            if place:
                return found.group(1).lower(), place
    return None


# a column's end in a header line: a run of spaces (its middle marked in the match form), a tab or a cell's rule
_COLUMN_END = re.compile("[" + COLUMN_GAP + r"\t|]| {2,}")


def _left_cell(line: str, heads: set[str]) -> list[str]:
    """The words of the left cell of a header line, when they can be a place in capitals (no level word, no body's
    head noun opens it)."""
    cell = _COLUMN_END.split(line.strip(" \t|"))[0].strip(" -–*_")
    words = cell.split()
    if not words or not all(w.isupper() for w in words) or _HEADER_LOCALITY.match(cell) or re.search(r"\d", cell) \
            or match_key(words[0]) in heads or match_key(" ".join(words[:2])) in heads:
        return []
    return words


def _header_place(level: str, words: list[str], before: str, heads: set[str], posts: set[str]) -> str | None:
    """The place a header line names after ``level`` in the capitals ``words``, None when the words are no place."""
    if level == "XÃ" and words[0] == "HỘI" and before.strip(" \t|-"):
        return None   # "... THƯƠNG BINH VÀ XÃ HỘI", "CHÍNH SÁCH XÃ HỘI": society; a commune "Hội ..." opens its line
    if match_key(words[0]) in _NO_PLACE_OPENS or cues.PAST_PLACE.match(match_key(words[0])):
        return None   # "CÔNG AN TỈNH | VÀ BỘ CHỈ HUY ...": a title's words after a level, no place
    if words[0] in _MODES or match_key(" ".join(words[:2])) in posts or match_key(words[0]) == "phó":
        return None   # a headless copy's blocks side by side: "HỘI NÔNG DÂN TỈNH      KT. GIÁM ĐỐC", "CHỦ TỊCH"
    if level in ("TỈNH", "HUYỆN", "QUẬN") and words[0] in ("ĐOÀN", "ỦY", "UỶ"):
        words = words[1:]    # "TỈNH ĐOÀN NINH BÌNH", "HUYỆN ỦY X": a committee named after its level, then the place
    for k in range(1, len(words)):   # "TỈNH LÀO CAI VĂN PHÒNG": the place ends where a body's name starts
        if match_key(" ".join(words[k:k + 2])) in heads or match_key(words[k]) in heads \
                or cues.PAST_PLACE.match(match_key(" ".join(words[k:k + 2]))) \
                or match_key(" ".join(words[k:k + 2])) == "cộng hòa":   # the motto's column, a tab apart
            words = words[:k]
            break
    while words and not all(c.isupper() for c in words[-1] if c.isalpha()):
        words.pop()   # "TỈNH LÀO CAI            Độc lập": the motto column is not the place
    place = cues.COUNCIL_TERM.sub("", " ".join("-".join(p.capitalize() for p in w.split("-"))
                                               for w in words if w.isupper()))   # "Bà Rịa-Vũng Tàu"
    return place if place and not re.search(r"(?i)việt nam|chủ nghĩa|độc lập", place) else None
