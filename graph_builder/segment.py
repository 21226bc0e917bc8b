"""Segmentation: a ``SourceText`` -> sections, paragraphs, sentences and clauses, with offsets.

This module owns where sentences end in Vietnamese policy text and which part of
a document (header, objectives, tasks, organisation, funding, footer ...) a
sentence belongs to. It reads ``SourceText.match`` (same length as the text, with
markup blanked and broken lines joined), so every remaining ``\\n`` is a real
paragraph break; no paragraph, sentence or clause crosses a ``skipped`` span.

Indices (``Section.index``, ``Sentence.index``, ``Sentence.section``,
``Sentence.paragraph``) are 0-based positions in the returned lists / in document
order; an emitter that wants 1-based ordinals adds one.

>>> from policykg.graph_builder.read import source_from_string
>>> src = source_from_string("Ban Bí thư T.Ư Đảng ban hành Chỉ thị.Các cấp ủy phải: a; b v.v. Hết!")
>>> sections, sentences = segment(src)
>>> [src.text[s.span.start:s.span.end] for s in sentences]
['Ban Bí thư T.Ư Đảng ban hành Chỉ thị.', 'Các cấp ủy phải: a; b v.v. Hết!']
>>> [src.text[c.start:c.end] for c in sentences[1].clauses]
['Các cấp ủy phải:', 'a;', 'b v.v. Hết!']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Section, Sentence, SourceText, Span
from policykg.graph_builder.read import clean_label
from policykg.graph_builder.tabular import Table, TableRow, find_tables, is_table_row
from policykg.ontology.lexicon import Lexicon, load_lexicon

__all__ = ["segment", "section_role", "split_sentences", "split_clauses", "find_tables", "Table", "TableRow"]

# Abbreviations whose final period does not end a sentence (compared case-sensitively).
_ABBREVIATIONS = {
    "TP", "Tp", "TT", "Tt", "TX", "Tx", "ThS", "Th", "TS", "PGS", "GS", "BS", "KS", "CN", "NXB", "Nxb",
    "tr", "Tr", "St", "Mr", "Mrs", "Ms", "Dr", "vv", "Đ/c", "đ/c", "No", "Co", "Ltd", "Cty", "cty", "TNHH",
    "TM", "T/M", "KT", "K/T", "TL", "T/L", "TUQ", "Tm", "Kt",   # signature blocks: "TM. ỦY BAN NHÂN DÂN"
}
_OPEN_QUOTES = "\"'“‘«("
_CLOSE_AFTER_END = "\"'”’»)]"
_END_MARKS = ".!?…"

# ranks: lower = higher in the outline
_RANK_PART, _RANK_ROMAN, _RANK_ARTICLE, _RANK_ARABIC, _RANK_SUB, _RANK_LETTER, _RANK_LEAD_INNER = 0, 1, 2, 3, 4, 5, 6
_RANK_IMPLICIT = 99

_HEADINGS: list[tuple[int, re.Pattern]] = [
    (_RANK_PART, re.compile(r"^(?:Chương|CHƯƠNG|Phần|PHẦN)\s+(?P<num>[IVXLC]+|\d+|thứ \w+|THỨ \w+)\b[.:]?\s*(?P<rest>.*)$")),
    (_RANK_ROMAN, re.compile(r"^(?P<num>[IVXL]{1,5})[.)/]\s*(?![A-ZĐ]\.)(?P<rest>\S.*)$")),   # not "V.I.Lênin"
    (_RANK_ROMAN, re.compile(r"^(?:Mục|MỤC)\s+(?P<num>\d+)[.:]?\s*(?P<rest>.*)$")),
    (_RANK_ARTICLE, re.compile(r"^(?:Điều|ĐIỀU)\s+(?P<num>\d+)[.:]?\s*(?P<rest>.*)$")),
    (_RANK_SUB, re.compile(r"^(?P<num>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<rest>\S.*)$")),
    (_RANK_ARABIC, re.compile(r"^(?P<num>\d{1,2})[.)]\s*(?P<rest>[^\d\s].*)$")),
    (_RANK_LETTER, re.compile(r"^(?P<num>[a-zđ])[).]\s+(?P<rest>\S.*)$")),
]
@dataclass
class _Paragraph:
    start: int
    end: int


def section_role(title: str) -> str | None:
    """Role of a section from its heading text, or None when the heading names no known part.

    >>> section_role("II. NHIỆM VỤ VÀ GIẢI PHÁP"), section_role("Về nhiệm vụ và giải pháp")
    ('tasks', 'tasks')
    >>> section_role("Phân công nhiệm vụ"), section_role("Mục đích, yêu cầu"), section_role("Căn cứ")
    ('organisation', 'objectives', None)
    """
    key = match_key(title)
    key = re.sub(r"^([ivxlc]+|\d+(\.\d+)*|[a-zđ])[.)]\s*", "", key)
    key = re.sub(r"^(về|ve)\s+", "", key)
    for role, pattern in cues.ROLE_PATTERNS:
        if pattern.search(key):
            return role
    return None


# --------------------------------------------------------------------------- paragraphs

def _is_table_row(match: str, para: _Paragraph) -> bool:
    return is_table_row(match, para.start, para.end)


def _paragraphs(source: SourceText) -> list[_Paragraph]:
    """Non-empty line pieces of the match form, cut at skipped spans, trimmed."""
    match = source.match
    out = []
    for m in re.finditer(r"[^\n]+", match):
        for a, b in source.unskipped(m.start(), m.end()):
            while a < b and match[a].isspace():
                a += 1
            while b > a and match[b - 1].isspace():
                b -= 1
            if a < b and any(c.isalnum() for c in match[a:b]):
                out.append(_Paragraph(a, b))
    return out


# --------------------------------------------------------------------------- sentences

def _word_before(match: str, pos: int, floor: int) -> str:
    """The run of letters, digits, dots and slashes ending just before ``pos``."""
    i = pos
    while i > floor and (match[i - 1].isalnum() or match[i - 1] in "./"):
        i -= 1
    return match[i:pos]


def _is_abbreviation(token: str) -> bool:
    bare = token.rstrip(".")
    if not bare:
        return False
    if "." in bare and not bare.replace(".", "").isdigit():     # T.Ư, v.v, Th.S
        return True
    if bare in _ABBREVIATIONS:
        return True
    return len(bare) == 1 and bare.isupper()                    # initials: Q., P., H. (not the word "ở.")


def _starts_sentence(match: str, pos: int, end: int) -> bool:
    """Whether the text at ``pos`` (after spaces) can open a new sentence."""
    if pos >= end:
        return True
    c = match[pos]
    if c.isupper():
        return True
    if c in _OPEN_QUOTES and pos + 1 < end and (match[pos + 1].isupper() or match[pos + 1].isdigit()):
        return True
    if c in "-+•" and pos + 1 < end and match[pos + 1] == " ":
        return True
    return False


def split_sentences(match: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside one paragraph ``match[start:end]`` (trimmed, in order).

    Ends: ``. ! ? … ...`` (with closing quotes) before a space and a capital, a
    period glued to a capitalised word ("mới.Sau"), or the paragraph end; not the
    periods of abbreviations (T.Ư, TP., v.v.), numbers (1.2) or a leading list
    number ("1.", "I.").

    >>> t = "Từ T.Ư đến TP. Hà Nội, v.v. Xong... tiếp tục… Mới.Sau 1.2 triệu. I. Hết"
    >>> [t[s.start:s.end] for s in split_sentences(t, 0, len(t))]
    ['Từ T.Ư đến TP. Hà Nội, v.v. Xong... tiếp tục…', 'Mới.', 'Sau 1.2 triệu.', 'I. Hết']
    """
    spans: list[Span] = []
    sent_start = start
    i = start
    while i < end:
        c = match[i]
        if c not in _END_MARKS:
            i += 1
            continue
        j = i
        while j < end and match[j] in _END_MARKS:
            j += 1
        run = match[i:j]
        while j < end and match[j] in _CLOSE_AFTER_END:
            j += 1
        boundary = False
        if j >= end:
            boundary = False            # the paragraph end closes the sentence below
        elif match[j].isspace():
            k = j
            while k < end and match[k].isspace():
                k += 1
            if _starts_sentence(match, k, end):
                boundary = True
        elif run == "." and match[j].isupper() and j + 1 < end and match[j + 1].islower():
            word = _word_before(match, i, sent_start)
            boundary = len(word) >= 2 and word.isalpha() and word[1:].islower()
        if boundary and run == ".":
            word = _word_before(match, i, sent_start)
            if _is_abbreviation(word):
                boundary = False
            elif word and match[sent_start:i - len(word)].strip(" -+•(") == "" and (
                    word.isdigit() or re.fullmatch(r"[IVXL]{1,5}|\d+(\.\d+)*", word)):
                boundary = False        # "1. Các cấp ủy", "II. NHIỆM VỤ": a list number, not an end
            elif re.search(r"(?:Điều|Chương|Mục|Khoản)\s+\d+$", match[sent_start:i]) and \
                    match[sent_start:i].strip().count(" ") <= 1:
                boundary = False        # "Điều 5. Hiệu lực thi hành"
        if boundary:
            spans.append(Span(sent_start, j))
            k = j
            while k < end and match[k].isspace():
                k += 1
            sent_start = k
            i = k
        else:
            i = j
    if sent_start < end:
        spans.append(Span(sent_start, end))
    return spans


def split_clauses(match: str, sentence: Span) -> list[Span]:
    """Clause spans of a sentence: split after ';' and ':' and after each table cell's '|' (each clause trimmed).

    Clauses are in order and do not overlap; together with the whitespace between
    them they cover the sentence exactly (the first starts at the sentence start,
    the last ends at its end). A ':' inside a number or time ("10:30") does not split.

    >>> t = "Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Công an tỉnh lúc 10:30."
    >>> [t[c.start:c.end] for c in split_clauses(t, Span(0, len(t)))]
    ['Cơ quan chủ trì:', 'Sở Tư pháp;', 'Cơ quan phối hợp:', 'Công an tỉnh lúc 10:30.']
    >>> t = "1 | Tuần tra | Sở A, Sở B | Công an tỉnh; Sở C"
    >>> [t[c.start:c.end] for c in split_clauses(t, Span(0, len(t)))]
    ['1 |', 'Tuần tra |', 'Sở A, Sở B |', 'Công an tỉnh;', 'Sở C']
    """
    clauses = []
    start = sentence.start
    for i in range(sentence.start, sentence.end):
        if match[i] == "|" or match[i] in ";:" and (i + 1 >= sentence.end or match[i + 1].isspace()):
            if i + 1 < sentence.end:
                clauses.append(Span(start, i + 1))
                start = i + 1
                while start < sentence.end and match[start].isspace():
                    start += 1
    if start < sentence.end:
        clauses.append(Span(start, sentence.end))
    elif clauses:
        clauses[-1] = Span(clauses[-1].start, sentence.end)
    return clauses


# --------------------------------------------------------------------------- sections

@dataclass
class _Open:
    index: int
    rank: int
    start: int
    end: int
    title: str | None
    number: str | None
    role: str
    parent: int | None


class _Outline:
    """The sections opened so far and the stack of those still open (innermost last)."""

    def __init__(self) -> None:
        self.opened: list[_Open] = []
        self.stack: list[_Open] = []

    def open(self, rank: int, number: str | None, title: str | None, role: str | None, start: int) -> _Open:
        """Open a section at ``start``, closing those of the same or a lower rank; a subsection without a role
        word inherits its parent's role."""
        stack = self.stack
        while stack and stack[-1].rank >= rank:
            stack.pop()
        parent = stack[-1] if stack else None
        if parent is not None and parent.role not in ("body", "header", "situation"):
            # a numbered item under "Nhiệm vụ" stays a task even if it starts "Tổ chức thực hiện tốt ..."
            if role is None or (parent.role == "tasks" and number is not None):
                role = parent.role
        section = _Open(len(self.opened), rank, start, start, title, number, role or "body",
                        parent.index if parent else None)
        self.opened.append(section)
        stack.append(section)
        return section


def _heading_spec(source: SourceText, para: _Paragraph, numbered_open: bool):
    """(rank, number, title, role) when the paragraph opens a section, else None."""
    match = source.match
    line = match[para.start:para.end]
    for rank, pattern in _HEADINGS:
        m = pattern.match(line)
        if not m:
            continue
        rest_start = para.start + m.start("rest")
        rest = m.group("rest")
        colon = rest.find(":")
        if 0 < colon <= 100:
            title_end = rest_start + colon
        elif len(line) <= 150 and not re.search(r"[.!?…;]\s+\S|[.!?…;]$", rest.rstrip('"” ')):
            title_end = para.end
        else:
            title_end = None
        title = (clean_label(source, rest_start, title_end) if title_end else "") or None
        return rank, m.group("num"), title, section_role(title) if title else None
    lead_rank = _RANK_LEAD_INNER if numbered_open else _RANK_ROMAN
    m = cues.ROLE_LEAD.match(line)
    if m:
        title = clean_label(source, para.start + m.start("title"), para.start + m.end("title"))
        return lead_rank, None, title, section_role(title)
    m = cues.LEAD_PHRASE.match(line)
    if m:
        title = clean_label(source, para.start, para.start + m.end("title"))
        role = section_role(title)
        if role:
            return lead_rank, None, title, role
    if _is_caps_line(line) and section_role(line):          # "TỔ CHỨC THỰC HIỆN" without a number
        return _RANK_ROMAN, None, clean_label(source, para.start, para.end), section_role(line)
    return None


def _is_footer_line(line: str) -> bool:
    return bool(cues.SIGNATURE.match(line)) or line.startswith("Nơi nhận")


def _opens_attachment(line: str, kinds: re.Pattern) -> bool:
    """A line after the signature that opens an attached part: an annex ("Phụ lục"), a chapter or an article,
    or the kind of an attached document alone in capitals ("QUY CHẾ")."""
    if cues.ATTACHMENT.match(line):
        return True
    bare = line.strip(" .:")
    return _is_caps_line(bare) and bool(kinds.fullmatch(bare))


def _is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(line) <= 150


def _is_header_line(source: SourceText, para: _Paragraph) -> bool:
    line = source.match[para.start:para.end]
    if len(line) > 200 or line.rstrip()[-1] in ".;:,!?":
        return False
    if _heading_spec(source, para, False) is not None:
        return False
    return True


def segment(source: SourceText, lexicon: Lexicon | None = None) -> tuple[list[Section], list[Sentence]]:
    """Split a source into sections and sentences (with paragraph numbers and clause spans).

    Takes a ``SourceText``; returns ``(sections, sentences)``, both in document
    order. Every sentence lies inside one paragraph and outside the skipped spans;
    ``source.text[s.span.start:s.span.end]`` is the sentence; ``s.section`` is the
    index of the innermost section holding it. Roles: 'header' (title block),
    'body', 'situation', 'objectives', 'tasks', 'organisation', 'funding',
    'reporting', 'footer' (signature), 'recipients' (Nơi nhận); a subsection
    without a role word inherits its parent's role. ``lexicon`` (default: the ontology's) gives the kind words
    of the closing paragraph ("... thực hiện tốt Chỉ thị này"). Never raises.
    """
    match = source.match
    lexicon = load_lexicon() if lexicon is None else lexicon
    closing = cues.closing_organisation(lexicon)
    attachment_kinds = cues.kind_word_pattern(lexicon)
    paragraphs = _paragraphs(source)
    outline = _Outline()
    stack = outline.stack
    open_section = outline.open
    sentences: list[Sentence] = []

    # "Ban Bí thư yêu cầu ... thực hiện tốt Chỉ thị này." closes a text: only the last paragraphs count
    footer_start = next((i for i, p in enumerate(paragraphs) if _is_footer_line(match[p.start:p.end])),
                        len(paragraphs))
    in_header = True
    in_footer = False
    untitled: _Open | None = None        # a "Chương I" whose title is on the next line
    for p_index, para in enumerate(paragraphs):
        line = match[para.start:para.end]
        numbered_open = any(s.rank < _RANK_LEAD_INNER and s.number for s in stack)
        waiting_title, untitled = untitled, None
        if in_footer and not _is_footer_line(line) and _opens_attachment(line, attachment_kinds):
            in_footer = False     # "Phụ lục", "QUY CHẾ", "Chương I" after the signature: an attached part
            stack.clear()
        if in_header and not (p_index < 12 and _is_header_line(source, para)):
            in_header = False
            stack.clear()
        if in_header:
            if not stack:
                open_section(_RANK_IMPLICIT, None, None, "header", para.start)
        elif _is_footer_line(line):
            role = "recipients" if line.startswith("Nơi nhận") else "footer"
            if not (in_footer and stack[-1].role == role):
                stack.clear()
                title = "Nơi nhận" if role == "recipients" else clean_label(source, para.start, para.end)
                open_section(_RANK_IMPLICIT, None, title, role, para.start)
            in_footer = True
        elif not in_footer:
            spec = None if _is_table_row(match, para) else _heading_spec(source, para, numbered_open)
            if waiting_title is not None and _is_caps_line(line) and (spec is None or spec[1] is None):
                waiting_title.title = clean_label(source, para.start, para.end)   # "Chương II" + "TRÁCH NHIỆM ..."
                waiting_title.role = section_role(waiting_title.title) or waiting_title.role
            elif spec is not None:
                section = open_section(*spec, para.start)
                if section.title is None and section.rank <= _RANK_ARTICLE:
                    untitled = section
            elif _is_table_row(match, para):
                if not stack:
                    open_section(_RANK_IMPLICIT, None, None, "body", para.start)
            elif closing.search(line) and not numbered_open and p_index >= footer_start - 2 \
                    and not re.match(r"[-+•]\s", line):
                open_section(_RANK_ROMAN, None, None, "organisation", para.start)
            elif (intro := cues.LIST_INTRO.search(line)) and not numbered_open:
                role = "tasks" if intro.group("noun") in ("nhiệm vụ", "giải pháp", "nội dung") else "objectives"
                open_section(_RANK_ROMAN, None, None, role, para.start)
            elif not stack:
                open_section(_RANK_IMPLICIT, None, None, "body", para.start)
        for section in stack:
            section.end = para.end
        current = stack[-1].index if stack else None
        row = _is_table_row(match, para)
        for span in [Span(para.start, para.end)] if row else split_sentences(match, para.start, para.end):
            sentences.append(Sentence(index=len(sentences), span=span, section=current, paragraph=p_index,
                                      clauses=split_clauses(match, span)))
    sections = [Section(index=s.index, span=Span(s.start, s.end), title=s.title, number=s.number, role=s.role,
                        parent=s.parent) for s in outline.opened]
    return sections, sentences
