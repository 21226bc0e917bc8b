"""The issuers a document names outside its header: the subject of "ban hành" in its preamble ("Công an tỉnh, Viện
kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh thống nhất ban hành Quy chế ..."), the enacting line above the
preamble ("HỘI ĐỒNG NHÂN DÂN TỈNH X / KHÓA ..., KỲ HỌP THỨ ..." over "Căn cứ ..."), and the body its number's code
names when the preamble names it ("…/KH-UBND" and "Ủy ban nhân dân thành phố X" in the opening paragraph), and the joint
body of ministries it names ("Liên Bộ Y tế - Tài chính hướng dẫn ..."). Each is read only when the header names no issuer (an OCR'd or cut header, a web copy that lost the header's table).
"""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.jointministries import JOINT_MINISTRIES, joint_ministries
from policykg.graph_builder.model import ActorRef, Sentence, SourceText, Span
from policykg.graph_builder.organs import actor_named, is_caps, of_entry, office_over, office_ref
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.segment import split_sentences
from policykg.ontology.lexicon import Lexicon

__all__ = ["coded_issuer", "enacting_issuers", "issuers_named", "named_joint_issuers", "preamble_issuers", "self_issued",
           "sentence_around"]


def sentence_around(source: SourceText, pos: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``pos`` (split as ``policykg.graph_builder.segment`` does)."""
    match = source.match
    start = match.rfind("\n", 0, pos) + 1
    end = match.find("\n", pos)
    end = len(match) if end < 0 else end
    for sk in source.skipped:                    # a skipped date line or lead is not part of the sentence
        if start < sk.end <= pos:
            start = sk.end
        if pos < sk.start < end:
            end = sk.start
    for span in split_sentences(match, start, end):
        if span.start <= pos < span.end:
            return span.start, span.end
    return start, end


def _known_actor_in(phrase: str, lexicon) -> ActorRef | None:
    """The longest vocabulary actor named inside ``phrase``."""
    key = match_key(phrase)
    for form, entry in lexicon.surface_forms():               # longest form first
        # (a form not inside the phrase at all is never searched for as a word: no pattern compiled per form)
        if form in key and re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", key):
            return of_entry(entry)
    return None


_JOINED = re.compile(r"\s*(?:,|-|–|và|cùng|cùng với)?\s*", re.I)
_OWNED = re.compile(r"(?i)\b(?:của|theo|tại)\s+$")


def issuers_named(source: SourceText, start: int, end: int, lexicon) -> list[ActorRef]:
    """The actors named last before the verb "ban hành" (the subject), by the builder's recogniser: the last one and
    those joined to it by a comma, a dash or "và" ("Bộ Công an và Bộ Y tế vừa ban hành ...", "Bộ Chính trị, Ban Bí
    thư ban hành ..."), in order."""
    return _subject(source, start, end, lexicon)[0]


def _subject(source: SourceText, start: int, end: int, lexicon) -> tuple[list[ActorRef], int]:
    """``issuers_named`` and where the subject starts (-1 when a name was only found inside the phrase)."""
    if start >= end:
        return [], -1
    probe = Sentence(index=0, span=Span(start, end), section=None, paragraph=0, clauses=[Span(start, end)])
    actors = [m for m in find_mentions(source, [probe], lexicon) if m.category == "actor"]
    if not actors:
        known = _known_actor_in(source.match[start:end], lexicon)
        return ([known] if known is not None else []), -1
    subject = [actors[-1]]
    for m in reversed(actors[:-1]):
        if not _JOINED.fullmatch(source.match[m.span.end:subject[0].span.start]):
            break
        subject.insert(0, m)
    if _OWNED.search(source.match[max(start, subject[0].span.start - 12):subject[0].span.start]):
        subject = subject[-1:]      # "Sau Kết luận ... của Ban Bí thư, Bộ Công an vừa ban hành": a cited one's issuer
    refs: list[ActorRef] = []
    for m in subject:
        if m.iri not in {r.iri for r in refs}:
            refs.append(ActorRef(m.iri, m.label, m.kind))
    return refs, subject[0].span.start


_NOT_BODIES_ALONE = re.compile(r"(?i)[;:]|\b(?:căn cứ|thực hiện|theo|của|tại|về|xét)\b")
_TOGETHER = re.compile(r"(?i)\s*(?:thống nhất|cùng|cùng nhau)\s*$")   # "... thống nhất | ban hành": not the subject's


def preamble_issuers(source: SourceText, lexicon: Lexicon, after: int) -> list[ActorRef]:
    """A document whose header, number and title name no issuer, issued by the bodies its preamble names as the
    subject of "(thống nhất) ban hành" the document ("Công an tỉnh, Viện kiểm sát nhân dân tỉnh và Tòa án nhân dân
    tỉnh thống nhất ban hành Quy chế phối hợp ..."), in the first paragraphs after the header."""
    match, low = source.match, source.match.lower()
    limit = min(len(match), after + 2500)
    for v in cues.ISSUED.finditer(match, after, limit):
        kind = cues.issued_kind(lexicon).match(low, v.end())
        if kind is None or re.match(r"\s*(?:số\s*:?\s*)?\d", low[kind.end():kind.end() + 16]):
            continue        # "Bộ X ban hành Quyết định số 1074/QĐ-BXD": a document cited by its number
        s_start, s_end = sentence_around(source, v.start())
        if re.match(r"\W*V/v\b", match[s_start:s_end]):
            continue        # a letter's subject line ("V/v triển khai Quyết định ... của Bộ X ban hành ..."): no preamble
        subject = _TOGETHER.sub("", match[s_start:v.start()])
        issuers = _named(issuers_named(source, s_start, s_start + len(subject), lexicon))
        if issuers and not _NOT_BODIES_ALONE.search(subject):
            return issuers      # the subject is the bodies alone, not "Căn cứ Quyết định ... của X ban hành ..."
        if cues.FOLLOWS_BELOW.search(match, kind.end(), s_end):     # "...; Sở Y tế ban hành Kế hoạch ... như sau:"
            issuers = _named(_clause_subject(source, s_start, v.start(), lexicon))
            if issuers:
                return issuers
    return []


def _named(issuers: list[ActorRef]) -> list[ActorRef]:
    """The issuers a body's name gives, not a common noun read as a collective ("... an ninh, trật tự trường học, Ủy
    ban nhân dân tỉnh ban hành": "trường học" ends a cited plan's title; "các cơ sở lưu trú"): an issuer's name opens
    with a capital ("Sở Y tế", "Ủy ban nhân dân tỉnh", "Tỉnh ủy").

    >>> [r.label for r in _named([ActorRef("a", "trường học"), ActorRef("b", "Ủy ban nhân dân cấp tỉnh")])]
    ['Ủy ban nhân dân cấp tỉnh']
    """
    return [ref for ref in issuers if ref.label and ref.label[0].isupper()]


def _clause_subject(source: SourceText, start: int, verb: int, lexicon: Lexicon) -> list[ActorRef]:
    """The bodies that open the clause before ``verb`` (after the last ";" of the sentence), alone before the verb:
    not a cited document's issuer ("... của Tỉnh ủy; Sở Y tế ban hành": Sở Y tế; "Quyết định ... của UBND tỉnh ban
    hành Kế hoạch": none)."""
    match = source.match
    start = max(start, match.rfind(";", start, verb) + 1)
    subject = _TOGETHER.sub("", match[start:verb])
    issuers, at = _subject(source, start, start + len(subject), lexicon)
    if at < 0 or _OWNED_BY.search(match, max(start, at - 12), at):
        return []
    return issuers


_OWNED_BY = re.compile(r"(?i)\b(?:của|theo|tại|do|về)\s*$")


def self_issued(source: SourceText, lexicon: Lexicon) -> tuple[str, list[ActorRef]] | None:
    """A text with no header that opens with its own preamble ("Căn cứ ...", "Thực hiện ...") and says who issues it
    with what follows ("...; Sở Y tế ban hành Kế hoạch ... với những nội dung sau"): the kind word and the issuers;
    None for a report about a document ("Bộ Y tế vừa ban hành ...")."""
    match, low = source.match, source.match.lower()
    first = cues.PREAMBLE_OPENING.match(source.text)
    if first is None:
        return None
    for v in cues.ISSUED.finditer(match, first.start(), min(len(match), first.start() + 3000)):
        kind = cues.issued_kind(lexicon).match(low, v.end())
        if kind is None or re.match(r"(?i)(?:vừa|đã|mới)\s", v.group(0)) \
                or re.match(r"\s*(?:số\s*)?\d", low[kind.end():kind.end() + 12]):
            continue        # "ban hành Kế hoạch số 12/KH-UBND ...": a report names the document by its number
        s_start, s_end = sentence_around(source, v.start())
        if not cues.FOLLOWS_BELOW.search(match, kind.end(), s_end):
            continue
        issuers = _clause_subject(source, s_start, v.start(), lexicon)
        if issuers:
            return kind.group(0).strip(), issuers
    return None


_BASIS_LINE = re.compile(r"(?m)^[ \t*_|]*(?:Căn cứ|CĂN CỨ)\b")


def enacting_issuers(source: SourceText, lexicon: Lexicon, after: int, headless: bool = False) -> list[ActorRef]:
    """The organ of the enacting line over the preamble ("HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XVII, KỲ HỌP THỨ NĂM" /
    "Căn cứ ..."; "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" / "Căn cứ ..."): the nearest line in capitals above the first
    "Căn cứ" that names an organ or an office, session lines passed over; [] when none does. In a ``headless`` copy
    (no header line read) an office heading an organ gives the organ: only a header says the office issues
    (GUIDELINES, ``issuers``), and a copy that lost it says nothing of it ("BỘ TRƯỞNG BỘ TÀI CHÍNH" / "QUYẾT ĐỊNH:":
    the ministry); an office in its own right the lexicon knows ("THỦ TƯỚNG CHÍNH PHỦ") stays."""
    match = source.match
    basis = _BASIS_LINE.search(match, after, min(len(match), after + 3000))
    if basis is None:
        return []
    end = basis.start()
    for _ in range(6):
        start = match.rfind("\n", 0, max(0, end - 1)) + 1
        line = match[start:end].strip(" \t\n*_|#:")
        if line and not is_caps(line):
            break
        end = start
        name = re.split(r"\s+(?:KHÓA|KHOÁ|KỲ HỌP)\b", line)[0].strip(" ,-–")
        if not name or cues.SESSION.match(line):
            continue
        ref = actor_named(name, lexicon, fuzzy=True)
        office = office_over(name, lexicon) if ref is None else None
        ref = ((office[1] if headless else office_ref(*office)) if office is not None else ref)
        if ref is not None and ref.iri:
            return [ref]
        if start == 0:
            break
    return []


_LEVELLED = re.compile(rf" {cues.LEVEL_PATTERN} \S")


def coded_issuer(source: SourceText, lexicon: Lexicon, issuer_code: str, after: int) -> list[ActorRef]:
    """The body a number's code names by its kind only ("…/KH-UBND": a People's Committee) when the opening
    paragraphs name which one ("Ủy ban nhân dân thành phố X ..."): the first actor there whose name is that kind's
    with its level and place."""
    entry = lexicon.by_number_code(issuer_code) or lexicon.lookup(issuer_code)
    if entry is None or "các cấp" not in entry.label_vi:
        return []
    head = match_key(entry.label_vi.replace("các cấp", "")).strip()
    limit = min(len(source.match), after + 2500)
    probe = Sentence(index=0, span=Span(after, limit), section=None, paragraph=0, clauses=[Span(after, limit)])
    for m in find_mentions(source, [probe], lexicon):
        key = match_key(m.label or "")
        if m.category == "actor" and m.iri and key.startswith(head + " ") and _LEVELLED.match(key, len(head)):
            return [ActorRef(m.iri, m.label, m.kind)]
    return []


def named_joint_issuers(source: SourceText, lexicon: Lexicon, after: int) -> list[ActorRef]:
    """The ministries of the first joint body ("Liên Bộ Y tế - Tài chính", ``jointministries``) the opening paragraphs
    after ``after`` name in their own right (not a cited document's issuer, "... của liên Bộ Nội vụ, Bộ Tài chính"): a
    copy of a joint circular that lost its header says who issues it so ("Liên Bộ A - B hướng dẫn ..."); [] when none
    does.

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.ontology import load_lexicon
    >>> text = "THÔNG TƯ\\n\\nNay Liên Bộ Y tế - Tài chính hướng dẫn như sau:"
    >>> [r.label for r in named_joint_issuers(source_from_string(text), load_lexicon(), 0)]
    ['Bộ Y tế', 'Bộ Tài chính']
    """
    match = source.match
    for m in JOINT_MINISTRIES.finditer(match, after, min(len(match), after + 3000)):
        if not re.match(r"(?i)liên\s", m.group(0)) or _OWNED_BY.search(match, max(0, m.start() - 8), m.start()):
            continue
        found = joint_ministries(m.group(0), lexicon)
        if found:
            return found
    return []
