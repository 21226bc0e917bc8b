"""The header block of a formal document and its title: the issuing organ lines, the motto lines, the number,
the place and date, the kind line and the subject ("về ...", "V/v ...").

As published, the header has two columns (the organ on the left, the motto and the date on the right) that PDF
layout text interleaves line by line ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "TỈNH LÀO CAI
Độc lập - Tự do - Hạnh phúc"), Word tables put in cells, and OCR misreads. The header is read as cells (a line
split at runs of spaces and at table cell separators); motto lines and pieces of them are cut out of the cells
(``organs.motto_spans``); what is left above the number, in capitals, names the organs: the nearest one above the
number issues the document, qualified by the body above it when it is only a part's name ("VĂN PHÒNG", "BAN
THƯỜNG TRỰC"); a joint document ("BỘ A - BỘ B", a number "…/TTLT-BYT-BCA", a title "KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN
BÍ THƯ") has several issuers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import all_capitals, ascii_fold, match_key
from policykg.graph_builder import cues, framecues
from policykg.graph_builder.dates import iso_date
from policykg.graph_builder.eithercase import either_case
from policykg.graph_builder.headercells import rejoined_header_cells
from policykg.graph_builder.headerkinds import kind_cell, kind_line, kind_of_code, kind_of_word
from policykg.graph_builder.headernames import (
    LEVEL_PLACE,
    Name as _Name,
    body_after_number,
    composed,
    joint_issuers,
    organ_names,
    part_only,
    placed_function_body,
    shared_place,
)
from policykg.graph_builder.jointministries import joint_ministries
from policykg.graph_builder.levelcommittees import own_level_body
from policykg.graph_builder.model import ActorRef, FrameBlock, SourceText, Span
from policykg.graph_builder.numberissuers import dash_joined, with_number_issuers
from policykg.graph_builder.numbers import BLANK_NUMBER, DocumentNumber, number_codes
from policykg.graph_builder.organs import (
    actor_named,
    actors_listed,
    is_caps,
    motto_spans,
    office_over,
    office_ref,
)
from policykg.graph_builder.read import clean_label
from policykg.graph_builder.placeafternumber import place_after_number
from policykg.graph_builder.rightcolumn import place_date_spans
from policykg.graph_builder.unioncommittees import central_committee_of, without_union_motto
from policykg.ontology.lexicon import Lexicon

__all__ = ["Header", "later_headers", "read_header", "header_cells", "kind_cell", "kind_of_code", "kind_of_word",
           "sentence_case", "clean_title"]

# the place and date line, also after the number with one space between (PDF text without its layout's columns)
_PLACE_DATE = re.compile(r"(?:^|\n|\s{2,}|\||[-–_=]{3,}[^\S\n]|(?<!\w)S[ốổ]\s*:?\s*\d[^\s,]*[^\S\n])"
                         r"[ *_—–-]*(?P<place>(?:[A-ZĐ][\w.]*\n(?=[A-ZĐ][\w.]*\s*,\s*ngày))?"    # "Quảng" / "Trị, ngày"
                         r"[A-ZĐ][\w.]*(?:(?: | - )[\w.]+){0,5}?)\s*,\s*ngày\s+"
                         r"(?P<d>\d{1,2}|[ .…_]*)\s*tháng\s+(?P<m>\d{1,2}|[ .…_]*)\s*năm\s+(?P<y>(?:19|20)\d{2})")
_DATE_CELL = re.compile(r"^[A-ZĐ][^,\n|]{0,40},\s*ngày\b")
_SUBJECT_LINE = re.compile(r"^\s*(?:V/v|V/V|v/v|Về việc)\b")
_HEADER_CELL = re.compile(r"(?![-–_=]{3,}(?:\s|$))[^\s|]+(?: (?![-–_=]{3,}(?:\s|$))[^\s|]+)*")   # a rule parts cells
_STOP_LINE = re.compile(r"^\s*(?:V/v|V/V|Kính gửi|Căn cứ|I\.|1\.)|^\s*Thực hiện .*[,:]\s*$")


@dataclass
class Header:
    """What the header block and the title say."""

    kind: str | None = None
    issuers: list[ActorRef] = field(default_factory=list)
    parents: dict[str, ActorRef] = field(default_factory=dict)
    place: str | None = None
    date: str | None = None
    title: str | None = None
    blocks: list[FrameBlock] = field(default_factory=list)
    organs: list[tuple[Span, ActorRef]] = field(default_factory=list)    # organ lines and what they name


def clean_title(text: str) -> str:
    """Collapse whitespace and trim edge punctuation of a title or name.

    >>> clean_title("  VỀ  BIỆN PHÁP ... ")
    'VỀ BIỆN PHÁP'
    """
    return re.sub(r"\s+", " ", text).strip(" .…:;,*_-")


def sentence_case(title: str, lexicon: Lexicon) -> str:
    """Upper-case the first letter; an all-capitals title is lowered first and its proper names restored (the
    actors' names and short names of the lexicon, and the few other names of ``cues.PROPER_NOUNS``)."""
    if all_capitals(title):
        title = title.lower()
        for pattern, name in _proper_name_patterns(lexicon):
            title = pattern.sub(name, title)
    return title[:1].upper() + title[1:]


@functools.lru_cache(maxsize=4)
def _proper_name_patterns(lexicon: Lexicon) -> tuple[tuple[re.Pattern, str], ...]:
    """Each proper name sentence_case restores, longest first, with its pattern in lower case (compiled once: more
    names than re's cache holds)."""
    names = set(cues.PROPER_NOUNS) | set(lexicon.proper_names())
    return tuple((re.compile(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)"), name)
                 for name in sorted(names, key=lambda n: (-len(n), n)))


def header_cells(source: SourceText, start: int, limit: int) -> list[tuple[int, int, str]]:
    """Cells of a header block: lines split at runs of 2+ spaces, at table cell separators '|' and at a rule
    ("ỦY BAN NHÂN DÂN TỈNH X ------- Số: ...", a header a web copy flattened), between ``start`` and ``limit``,
    outside skipped spans."""
    cells = []
    for line in re.finditer(r"[^\n]+", source.match[start:limit]):
        for cell in _HEADER_CELL.finditer(line.group(0)):
            a = start + line.start() + cell.start()
            b = a + len(cell.group(0))
            if not any(sk.start < b and a < sk.end for sk in source.skipped):
                cells.append((a, b, cell.group(0)))
    return cells


_OCR_ZERO = re.compile(r"(?<=[A-ZĐ])0(?=[" + cues.UPPER + r"])")


def _organ_texts(source: SourceText, cells: list[tuple[int, int, str]], blocks: list[FrameBlock]) -> list[tuple[int, int, str]]:
    """The organ lines among the header cells (motto pieces, numbers, dates and rules cut out, each kept as a
    frame block), in order."""
    organs = []
    for a, b, text in cells:
        if not any(c.isalnum() for c in text):
            continue
        if re.match(cues.NUMBER_LABEL + r"\b|[ .…]*/", text) or (_DATE_CELL.match(text) and not place_date_spans(text)):     # "/HD- MTTQ-BTT": a blank number
            blocks.append(FrameBlock("header", Span(a, b)))
            continue
        cut = 0
        for ma, mb in sorted(motto_spans(text) + place_date_spans(text)) + [(len(text), len(text))]:
            piece = text[cut:ma]
            piece = framecues.capital_i(_OCR_ZERO.sub("O", piece))     # "T0A ÁN", "TlNH": OCR's zero for O, "l" for I
            stripped = piece.strip(" -–,.;:*_#")
            if stripped and is_caps(stripped) and "/" not in stripped:      # not the rest of a number "/KH-UBND"
                lead = piece.index(stripped)
                organs.append((a + cut + lead, a + cut + lead + len(stripped), stripped))
            if mb > ma:
                blocks.append(FrameBlock("header", Span(a + ma, a + mb)))
            cut = mb
    return organs


def _resolve(name: _Name, lexicon: Lexicon) -> list[tuple[_Name, ActorRef]]:
    """The actors one organ name denotes: one, or several for "BỘ A - BỘ B"; a part's bare name ("BAN THƯỜNG
    TRỰC") is kept without an IRI, to be named in full with the body above it."""
    ministries = joint_ministries(name.text, lexicon)
    if ministries:      # "LIÊN BỘ Y TẾ - TÀI CHÍNH": each ministry under the one "Bộ"
        return [(name, ref) for ref in ministries]
    dashes = [d for d in re.finditer(r"\s+[-–]\s+", name.text) if d.end() < name.spans[0][1] - name.spans[0][0]]
    if dashes:      # in the first line: "SỞ A - CỤC B" / "TỈNH X" is Sở A and Cục B tỉnh X
        parts, rest = [], name
        for d in reversed(dashes):
            cut = rest.cut(d.start())
            if cut is None:
                break
            head, tail = cut
            text = tail.text.lstrip("-– ")
            parts.insert(0, _Name(text, [(tail.spans[0][0] + len(tail.text) - len(text), tail.spans[0][1]),
                                         *tail.spans[1:]]))
            rest = head
        parts.insert(0, rest)
        refs = [(p, actor_named(p.text, lexicon, fuzzy=True)) for p in parts]
        place = LEVEL_PLACE.search(parts[-1].text)
        if place is not None:   # "THƯỜNG TRỰC HĐND - UBND - BAN ... TỈNH X": the place the last organ writes is the others'
            refs = [(p, r) if r is not None else (_Name(p.text + place.group(0), p.spans),
                                                   actor_named(p.text + place.group(0), lexicon, fuzzy=True))
                    for p, r in refs]
        if len(refs) > 1 and all(r is not None for _, r in refs):
            return [(p, r) for p, r in refs if r is not None]
    ref = actor_named(name.text, lexicon, fuzzy=True)
    if ref is not None:
        return [(name, ref)]
    if part_only(name.text, lexicon):
        return [(name, ActorRef("", name.text, None))]
    office = office_over(name.text, lexicon)
    if office is not None:
        return [(name, office_ref(*office))]
    named = _headed_line(name.text, lexicon)
    return [(name, named)] if named is not None else []


def _headed_line(text: str, lexicon: Lexicon) -> ActorRef | None:
    """An organ line in capitals that opens with a head noun but that the recogniser cannot read whole ("BAN CHỈ ĐẠO
    PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN"): the header names an organ on its own line, so the line is its name,
    written in sentence case with the place's capitals ("Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn")."""
    text = re.sub(r"\s+", " ", text).strip(" *_|")
    if not is_caps(text) or not 2 <= len(text.split()) <= 16 or re.search(r"(?i)việt nam|độc lập|hạnh phúc", text):
        return None
    key = match_key(text)
    heads = dict(lexicon.head_nouns())
    head = max((h for h in heads if key.startswith(h + " ")), key=len, default=None)
    if head is None or heads[head] in ("Office", "PeopleGroup"):
        return None     # "CHỦ TỊCH ỦY BAN NHÂN DÂN": an office, read by office_over
    place = LEVEL_PLACE.search(text)
    label = text[:1] + text[1:].lower()
    if place is not None:
        at = place.start("place")
        label = label[:at] + " ".join(w[:1] + w[1:].lower() for w in text[at:].split())
    return ActorRef(mint_actor_iri(label), label, heads[head])


def _organs_to_issuers(names: list[_Name], lexicon: Lexicon, header: Header, joint: bool, match: str,
                       codes: int = 0, text: str = "") -> None:
    """Issuers (and the parent of a part) from the organ names, top to bottom; every organ named, with its spans
    (``codes``: how many issuers a joint document's number names; ``text``: the source text, its rules kept)."""
    names, resolved = without_union_motto(names, lambda name: _resolve(name, lexicon), lexicon)
    if not resolved:
        return
    if joint:
        header.issuers = joint_issuers(resolved, lexicon, header.parents, codes, text)
        top = header.issuers[0] if codes >= 2 and len(header.issuers) == codes + 1 else None
        if top is not None and _LEVEL_PLACE.search(top.label or "") and not any(
                _LEVEL_PLACE.search(r.label or "") for r in header.issuers[1:]):
            header.issuers = header.issuers[1:]      # "UBND TỈNH X" / "SỞ A - SỞ B": the body the departments sit in
            header.parents.update((r.iri, top) for r in header.issuers)
        written = {r.iri: n.text for n, r in resolved if r.iri}
        placed = dict(zip((r.iri for r in header.issuers), shared_place(header.issuers, lexicon, written)))
        header.issuers = list(placed.values())      # "HĐND TỈNH - UBND TỈNH - ỦY BAN MTTQ ... TỈNH CÀ MAU"
        resolved = [(n, placed.get(r.iri, r)) for n, r in resolved]
    elif names and (not resolved or resolved[-1][0] is not names[-1]) and not part_only(names[-1].text, lexicon):
        for k in range(len(names) - 2, max(-1, len(names) - 4), -1):     # a name broken over lines: join them
            whole = _Name(" ".join(n.text for n in names[k:]), [span for n in names[k:] for span in n.spans])
            ref = actor_named(whole.text, lexicon, fuzzy=True)
            if ref is not None:
                resolved = [(n, r) for n, r in resolved if not any(n is m for m in names[k:])] + [(whole, ref)]
                header.issuers = [ref]
                break
    else:
        last_name, last = resolved[-1]
        own = own_level_body(last_name.text, resolved[-2][0].text, lexicon) if len(resolved) > 1 else None
        if own is not None:     # "UBND TỈNH X" / "CÔNG AN TỈNH", "TỈNH ỦY X" / "- TỈNH ĐOÀN": that place's organ
            header.parents[own.iri] = resolved[-2][1]
            resolved[-1] = (last_name, own)
        elif len(resolved) > 1 and (not last.iri or part_only(last_name.text, lexicon)):
            parent_name, parent = resolved[-2]
            whole = composed(last_name.text, parent_name.text, lexicon)
            if whole is None and parent.iri and parent.label and is_caps(last_name.text):
                # "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "THƯỜNG TRỰC": the part of the body, named with the body's name
                label = last_name.text[:1] + last_name.text[1:].lower() + " " + parent.label
                whole = ActorRef(mint_actor_iri(label), label, parent.kind)
            if whole is not None:
                header.parents[whole.iri] = parent
                if len(parent_name.spans) == 1 and len(last_name.spans) == 1 and \
                        "\n" not in match[parent_name.spans[0][1]:last_name.spans[0][0]]:
                    # one cell "UBND TỈNH LÀO CAI VĂN PHÒNG": the whole cell names the part
                    last_name = _Name(last_name.text, [(parent_name.spans[0][0], last_name.spans[0][1])])
                    resolved[-2] = (parent_name, ActorRef("", parent.label, parent.kind))
                resolved[-1] = (last_name, whole)
        if len(resolved) > 1 and (placed := placed_function_body(resolved[-1][0].text, resolved[-2][1])) is not None:
            header.parents[placed.iri] = resolved[-2][1]
            resolved[-1] = (resolved[-1][0], placed)   # "UBND TỈNH X" / "ỦY BAN BẦU CỬ": the election committee of X
        if len(resolved) > 1 and (board := central_committee_of(resolved[-2][0].text, resolved[-2][1],
                                                                 resolved[-1][1], lexicon)) is not None:
            header.parents[board.iri] = resolved[-1][1]     # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "HỘI SINH VIÊN VIỆT NAM"
            resolved[-1] = (resolved[-1][0], board)
        last = resolved[-1][1]
        if last.iri:
            header.issuers = [last]
            above = resolved[-2][1] if len(resolved) > 1 else None
            if above is not None and above.iri and last.iri not in header.parents:
                entry = lexicon.get(above.iri)
                if entry is None or not entry.issues_through_organs:
                    header.parents[last.iri] = above
    for name, ref in resolved:
        if ref.iri:
            header.organs.extend((Span(a, b), ref) for a, b in name.spans)


# a level word and a place after it, at a name's end: "Ủy ban nhân dân tỉnh Yên Bái"
_LEVEL_PLACE = re.compile(rf"(?i)\s{cues.LEVEL_PATTERN}\s+\S+")


def _is_joint(kind: str | None, code: str | None) -> bool:
    return bool(code and re.search(r"(?:L[TNS]|PH)$", code)) or (kind or "").startswith("Joint")


def _title_block(source: SourceText, start: int,
                 lexicon: Lexicon) -> tuple[list[ActorRef], list[ActorRef], str | None]:
    """After the kind line: the issuers named by "của X, Y", the parties named by "giữa X, Y và Z" and the subject
    title, from the lines up to the next blank line ("KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ / VỀ ..."; "NGHỊ QUYẾT /
    CỦA BỘ CHÍNH TRỊ / về ..."; "QUY CHẾ PHỐI HỢP / giữa A, B và C / trong công tác ...")."""
    match = source.match
    block = re.match(r"\s*((?:[^\n]*\S[^\n]*(?:\n|$)){1,4})", match[start:start + 800])
    if not block:
        return [], [], None
    by_of: list[ActorRef] = []
    between: list[ActorRef] = []
    parts: list[tuple[int, int]] = []
    offset = start + block.start(1)
    for line in re.finditer(r"[^\n]+", block.group(1)):
        text = line.group(0)
        a = offset + line.start() + len(text) - len(text.lstrip(" *_|"))
        b = offset + line.start() + len(text.rstrip(" *_|"))
        body = match[a:b]
        if not body or _STOP_LINE.match(body) or (parts and len(body) > 200) or body.endswith(":"):
            break
        of = re.match(r"(?i)" + cues.OF + r"\s+(.+?)(?:\s+(" + cues.ABOUT + r"\s.*))?$", body)
        if not parts and of:
            for piece in re.split(r"\s*,\s*|\s+và\s+", of.group(1), flags=re.I):
                ref = actor_named(piece, lexicon, fuzzy=True)
                office = office_over(piece, lexicon) if ref is None else None
                if ref is not None or office is not None:   # "CHỈ THỊ CỦA CHỦ TỊCH UBND TỈNH X": the office
                    by_of.append(ref if ref is not None else office_ref(*office))
            if not of.group(2):
                continue
            a = b - len(of.group(2))
        elif not between and re.match(r"(?i)giữa\s", body):
            between = _parties(body[5:].strip(), lexicon)
        parts.append((a, b))
    title = " ".join(clean_label(source, a, b) for a, b in parts)
    return by_of, between, (sentence_case(title, lexicon) if title else None)


def _parties(text: str, lexicon: Lexicon) -> list[ActorRef]:
    """The parties a joint title names after "giữa" ("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội
    Biên phòng tỉnh Quảng Trị trong công tác ..."): two names or more listed from its start."""
    refs = actors_listed(text, lexicon)
    return shared_place(refs, lexicon) if len(refs) >= 2 else []


def _subject_line(source: SourceText, start: int, end: int, lexicon: Lexicon) -> str | None:
    """An official letter's subject: "V/v tăng cường ..." over its lines (left column), up to "Kính gửi"."""
    lines = []
    for line in re.finditer(r"[^\n]+", source.match[start:end]):
        cell = re.match(r"\s*([^|]*?)(?:\s{3,}|\||$)", line.group(0))
        text = cell.group(1).strip() if cell else ""
        if not text or re.match(r"(?:Kính gửi|Căn cứ|Thực hiện)", text):
            break
        lines.append(text)
    title = re.sub(r"^(?:V/v|V/V|v/v|Về việc)\s*", "", " ".join(lines))
    return clean_title(title) or None


def _header_end(source: SourceText, after: int, lexicon: Lexicon) -> tuple[int, str | None, int | None]:
    """Where the organ/motto/number/date part of the header ends (the kind line, a "V/v" line or the first body
    line after ``after``), the kind the kind line names, and where the title after it starts."""
    match = source.match
    pos = after
    for line in re.finditer(r"[^\n]*", match[after:after + 1500]):
        text = line.group(0).strip(" *_#|")
        start = after + line.start()
        if not text or any(sk.start <= start < sk.end for sk in source.skipped):
            continue        # a portal page's furniture over the header
        if _SUBJECT_LINE.match(text) or _STOP_LINE.match(text) and not is_caps(text):
            return start, None, None
        cell = re.split(r"\s{3,}|\|", text)[0].strip(" *_")
        kind = kind_line(cell, lexicon)
        if kind is not None:
            return start, kind[0], start + line.group(0).find(cell) + kind[1]
        if _body_like(text):
            return start, None, None
        pos = start + len(line.group(0))
    return pos, None, None


def _body_like(line: str) -> bool:
    """A line of running text: a cell of 14 words or more, not in capitals, once the motto is cut out."""
    for cell in re.split(r"\s{3,}|\|", line):
        cut = cell
        for a, b in reversed(motto_spans(cell)):
            cut = cut[:a] + cut[b:]
        if len(cut.split()) >= 14 and not is_caps(cut):
            return True
    return False


# a motto word in capitals or in its usual case, with or without diacritics (a cheap look before the careful one)
_MOTTO_HINT = either_case(r"c[ộôo]ng\s+h[òoó]a|đ[ộôo]c\s+l[ậâa]p|h[ạa]nh\s+ph[úu]c|[đd][ảaá]ng\s+c[ộôo]ng")   # (re.I)


def later_headers(source: SourceText, lexicon: Lexicon, after: int) -> list[FrameBlock]:
    """Header lines further down (the header of an attached regulation, a form in an appendix, a page header): the
    motto pieces and the organ named beside them, as frame blocks."""
    blocks: list[FrameBlock] = []
    match = source.match
    lines = {(match.rfind("\n", 0, m.start()) + 1) for m in _MOTTO_HINT.finditer(match, after)}
    for start in sorted(lines):
        end = match.find("\n", start)
        cells = header_cells(source, start, len(match) if end < 0 else end)
        if not any(motto_spans(text) for _, _, text in cells):
            continue
        for a, b, text in _organ_texts(source, cells, blocks):
            ref = actor_named(text, lexicon, fuzzy=True) or next((r for _, r in _resolve(_Name(text, [(a, b)]), lexicon)
                                                                  if r.iri), None)
            blocks.append(FrameBlock("header", Span(a, b), ref if ref is not None and ref.iri else None))
    return blocks


def read_header(source: SourceText, lexicon: Lexicon, number: DocumentNumber | None, label_at: int) -> Header:
    """The header of a formal document whose own number (None for a blank or missing one) is labelled at
    ``label_at`` (or -1): kind, issuers, the parent of a part, place, date, title and the header's frame blocks."""
    match = source.match
    header = Header()
    top = label_at if label_at >= 0 else 0
    end, line_kind, title_at = _header_end(source, max(top, 0), lexicon)
    if label_at < 0:                 # no number: the header is what precedes the kind line
        end, line_kind, title_at = _header_end(source, 0, lexicon)
    cells = rejoined_header_cells(match, header_cells(source, 0, end), lexicon)   # "ỦY  BAN": a doubled space
    organs = _organ_texts(source, [c for c in cells if label_at < 0 or c[0] < label_at], header.blocks)
    later = _organ_texts(source, [c for c in cells if label_at >= 0 and c[0] >= label_at], header.blocks)
    near = header_cells(source, label_at, min(len(match), end + 300))[:6] if label_at >= 0 else []
    joined = body_after_number(organs, later + _organ_texts(source, near, []), lexicon)   # "BAN CHẤP HÀNH TRUNG ƯƠNG"
    organs += joined or place_after_number(organs, later, lexicon)     # "TỈNH ĐẮK LẮK" a PDF read after the number
    blank = BLANK_NUMBER.search(match, 0, end) if number is None else None
    code = number.code if number is not None else (blank.group("code") or blank.group("party_code") if blank else None)
    header.kind = (kind_of_code(code, lexicon) if code else None) or line_kind
    if header.kind is None and (_SUBJECT_LINE.match(match[end:end + 20].lstrip(" |*_")) or (number and number.year is None
                                                                                          and "/" in number.identifier)):
        header.kind = "OfficialLetter"
    names = organ_names(organs, lexicon, match)
    joint = _is_joint(header.kind, code) or dash_joined(number, organs) or \
        any(joint_ministries(n.text, lexicon) for n in names)   # "SỞ Y TẾ - CÔNG AN TỈNH", "…/KH-SYT-CAT", "BỘ A - B"
    codes = len(number_codes(number.identifier)[1:]) if joint and number is not None else 0
    _organs_to_issuers(names, lexicon, header, joint, match, codes, source.text)
    if joint and len(header.issuers) < codes and later and not joined:   # a PDF's columns read one after another:
        organs, header.issuers, header.organs = organs + later, [], []    # the others' names under the first's number
        _organs_to_issuers(organ_names(organs, lexicon, match), lexicon, header, joint, match, codes, source.text)
    named = {span: ref for span, ref in header.organs}
    for a, b, _ in organs:      # an organ line the header cannot read is left to the recogniser
        header.blocks.extend(FrameBlock("header", span, ref) for span, ref in named.items()
                             if a <= span.start and span.end <= b)
    if joined and header.issuers:   # the board alone over the number: the issuer's name, never a board of its own
        header.blocks = [replace(b, actor=header.issuers[0]) if b.span.start == organs[0][0] else b for b in header.blocks]
    if joint and number is not None:
        header.issuers = with_number_issuers(header.issuers, number, lexicon)
    if title_at is not None:
        by_of, between, header.title = _title_block(source, title_at, lexicon)
        heading_body = lexicon.get(header.issuers[0].iri) if header.issuers else None
        if by_of and (not header.issuers or (heading_body is not None and heading_body.issues_through_organs)):
            header.issuers = by_of
        elif len(by_of) == 1 == len(header.issuers) and by_of[0].kind == "Office" \
                and by_of[0].iri.endswith("-" + header.issuers[0].iri.rsplit("/", 1)[-1]):
            words = (by_of[0].label or "").split()    # the office over the header's organ, named with the header's name
            header.issuers = [office_ref(" ".join(words[:len(words) - len((header.issuers[0].label or "").split())]),
                                         header.issuers[0])]
        elif between and not header.issuers:
            header.issuers = between    # "QUY CHẾ PHỐI HỢP / giữa A, B và C": a header that names none of them
    elif _SUBJECT_LINE.match(match[end:end + 20].lstrip(" |*_")):
        header.title = _subject_line(source, end, min(len(match), end + 600), lexicon)
    m = _PLACE_DATE.search(match, 0, min(len(match), end + 200))
    if m:
        header.place = clean_title(m.group("place"))
        d, mo, y = (m.group(k).strip(" .…_") for k in ("d", "m", "y"))
        header.date = iso_date(d, mo, y) if d and mo else (f"{y}-{int(mo):02d}" if mo else y)
        completed = {ref.iri: _place_completed(ref, header.place, lexicon) for ref in header.issuers}
        header.issuers = [completed[ref.iri] for ref in header.issuers]
        header.organs = [(span, completed.get(ref.iri, ref)) for span, ref in header.organs]
        header.blocks = [replace(b, actor=completed.get(b.actor.iri, b.actor)) if b.actor is not None else b
                         for b in header.blocks]
    return header


def _place_completed(ref: ActorRef, place: str, lexicon: Lexicon) -> ActorRef:
    """An issuer whose place the header's line cut (OCR, a layout column: "TỈNH QUẢNG NA") or misread ("TỈNH NGHÊ AN")
    named with the whole place of the place-and-date line ("Quảng Nam, ngày ..."): the place's last word is cut, the
    words before it agree, or the words are the place's without their marks."""
    misread = _misread_place(ref, place)
    if misread is not None:
        return misread
    level = re.search(rf"\s{cues.LEVEL_PATTERN}\s+(.+)$", ref.label or "")
    if level is None or not place:
        return ref
    written, whole = level.group(1).split(), place.split()
    misread = ascii_fold(match_key(" ".join(written))) == ascii_fold(match_key(place))   # "NGHÊ AN": OCR lost a mark
    if len(written) != len(whole) or written == whole or not misread and (
            written[:-1] != whole[:-1] or not whole[-1].startswith(written[-1])):
        return ref
    completed = actor_named(ref.label[:level.start(1)] + place, lexicon)
    return completed if completed is not None and completed.iri else ref


_LEVELS = tuple(cues.LEVEL_PATTERN.removeprefix("(?:").removesuffix(")").split("|"))    # "tỉnh", "thành phố", ...


def _misread_place(ref: ActorRef, place: str) -> ActorRef | None:
    """The issuer whose level and place OCR misread in capitals ("ỦY BAN NHÂN DÂN" / "TINH NGHÊ AN", whose IRI the
    letters alone already give) labelled with the level as written and the place-and-date line's place ("Nghệ An")."""
    words, n = (ref.label or "").split(), len(place.split())
    if not ref.iri or not place or len(words) <= n \
            or ascii_fold(match_key(" ".join(words[-n:]))) != ascii_fold(match_key(place)):
        return None
    for level in _LEVELS:
        k = len(words) - n - len(level.split())
        if k > 0 and ascii_fold(match_key(" ".join(words[k:len(words) - n]))) == ascii_fold(level):
            label = " ".join(words[:k] + [level, place])
            return ActorRef(ref.iri, label, ref.kind) if mint_actor_iri(label) == ref.iri else None
    return None
