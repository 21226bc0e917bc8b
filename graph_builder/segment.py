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

from policykg.core.textnorm import all_capitals, ascii_fold, match_key
from policykg.graph_builder import cues
from policykg.graph_builder import framecues
from policykg.graph_builder.loosenumbers import number_paragraphs
from policykg.graph_builder.model import FrameBlock, Section, Sentence, SourceText, Span
from policykg.graph_builder.read import clean_label
from policykg.graph_builder.tabular import Table, TableRow, find_tables, is_table_row
from policykg.graph_builder.sentences import split_clauses, split_sentences
from policykg.ontology.lexicon import Lexicon, load_lexicon

__all__ = ["segment", "section_role", "split_sentences", "split_clauses", "find_tables", "Table", "TableRow"]

# ranks: lower = higher in the outline
_RANK_PART, _RANK_ROMAN, _RANK_ARTICLE, _RANK_ARABIC, _RANK_SUB, _RANK_LETTER, _RANK_LEAD_INNER = 0, 1, 2, 3, 4, 5, 6
_RANK_IMPLICIT = 99

_RANK_CAPITAL_ABOVE, _RANK_CAPITAL_BELOW = 0.5, 1.5     # "A. MỤC TIÊU": above or below the Roman parts
# "1)", "2)" under an open "1." item: a rank below it (a document that numbers both ways nests the one in the other)
_RANK_ARABIC_BELOW = 3.5
_PAREN_ITEM, _DOT_ITEM = re.compile(r"\d{1,2}\)\s"), re.compile(r"\d{1,2}\.\s")

# markers are in their plain form in the match form ("II- " -> "II. ", "1 ." -> "1. ": read.normalise_markers)
_HEADINGS: list[tuple[float, re.Pattern]] = [
    (_RANK_PART, re.compile(r"^(?:Chương|CHƯƠNG|Phần|PHẦN)\s+(?P<num>[IVXLC]+|\d+|thứ \w+|THỨ \w+)\b[.:]?\s*(?P<rest>.*)$")),
    (_RANK_ROMAN, re.compile(r"^(?!V/[vV]\b)(?P<num>[IVXL]{1,5})[.)/]\s*(?![A-ZĐ]\.)(?P<rest>\S.*)$")),   # not "V.I.Lênin", "V/v:"
    (_RANK_ROMAN, re.compile(r"^(?:Mục|MỤC)\s+(?P<num>\d+)[.:]?\s*(?P<rest>.*)$")),
    (_RANK_ARTICLE, re.compile(r"^(?:Điều|ĐIỀU)\s+(?P<num>\d+)[.:]?\s*(?P<rest>.*)$")),
    (_RANK_SUB, re.compile(r"^(?P<num>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<rest>\S.*)$")),
    (_RANK_ARABIC, re.compile(r"^(?P<num>\d{1,2})[.)]\s*(?P<rest>[^\d\s].*)$")),
    (_RANK_LETTER, re.compile(r"^(?P<num>[a-zđ])[).]\s+(?P<rest>\S.*)$")),
    (_RANK_CAPITAL_ABOVE, re.compile(r"^(?P<num>[A-ZĐ])\.\s*(?![A-ZĐ]\.)(?P<rest>[" + cues.UPPER + r"].*)$")),
]
# a heading and its first item on one line with no colon between: "II. MỤC TIÊU Phấn đấu đến năm 2030 ..."
_CAPS_TITLE = re.compile(r"(?:[" + cues.UPPER + r"]+[ ,]+)*[" + cues.UPPER + r"]+(?=\s+[" + cues.UPPER + r"]?[^\W"
                         + cues.UPPER + r"])")

# a part's unnumbered heading with the period it covers: "Mục tiêu cụ thể đến năm 2030", "Mục tiêu đến 2025",
# "Nhiệm vụ giai đoạn 2026 - 2030:" (a heading, as ``cues.ROLE_LEAD``'s bare "Mục tiêu cụ thể" is, not an item)
_ROLE_LEAD_END = r"\s*(?::|$)"
assert cues.ROLE_LEAD.pattern.endswith(_ROLE_LEAD_END)   # _PERIOD_LEAD is ROLE_LEAD with the period before its end
_PERIOD_LEAD = re.compile(cues.ROLE_LEAD.pattern.removesuffix(_ROLE_LEAD_END)
                          + r"(?P<period>\s+(?:(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?|giai\s+đoạn\s+|năm\s+)"
                          r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)\s*(?::|$)", re.I)


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
    key = re.sub(r"^([ivxlc]+|\d+(\.\d+)*|[a-zđ])\s*[-–—.):/]\s*", "", key)
    key = re.sub(r"^(về|ve)\s+", "", key)
    for role, pattern in cues.ROLE_PATTERNS:
        if pattern.search(key):
            return role
    if _is_caps_line(title):                  # "MUC TIEU": capitals whose marks OCR lost
        key = ascii_fold(key)
        for role, pattern in cues.ROLE_PATTERNS_FOLDED:
            if pattern.search(key):
                return role
    return None


# --------------------------------------------------------------------------- paragraphs

def _is_table_row(match: str, para: _Paragraph) -> bool:
    return is_table_row(match, para.start, para.end)


def _paragraphs(source: SourceText) -> list[_Paragraph]:
    """Non-empty line pieces of the match form, cut at skipped spans, trimmed; an item's number written apart from
    its words joined to them (``loosenumbers``)."""
    match = source.match
    out = []
    for m in re.finditer(r"[^\n]+", match):
        for a, b in source.unskipped(m.start(), m.end()):
            while a < b and match[a].isspace():
                a += 1
            while b > a and match[b - 1].isspace():
                b -= 1
            if a < b and any(c.isalnum() for c in match[a:b]):
                out.append((a, b))
    return [_Paragraph(a, b) for a, b in number_paragraphs(match, out)]


# --------------------------------------------------------------------------- sentences

@dataclass
class _Open:
    index: int
    rank: float
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

    def open(self, rank: float, number: str | None, title: str | None, role: str | None, start: int) -> _Open:
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
        if title is None and (caps := _CAPS_TITLE.match(rest)) and section_role(caps.group(0)):
            title = clean_label(source, rest_start, rest_start + caps.end())
        role = section_role(title) if title else None
        if rank == _RANK_CAPITAL_ABOVE and not (role or (title and _is_caps_line(title))):
            continue                                    # "A. Nguyễn Văn ..." is no heading
        return rank, m.group("num"), title, role
    lead_rank = _RANK_LEAD_INNER if numbered_open else _RANK_ROMAN
    m = cues.ROLE_LEAD.match(line) or _PERIOD_LEAD.match(line)
    if m:
        title_end = m.end("period") if m.re is _PERIOD_LEAD else m.end("title")   # "Mục tiêu cụ thể | đến năm 2030"
        title = clean_label(source, para.start + m.start("title"), para.start + title_end)
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
    return bool(cues.SIGNATURE.match(line) or framecues.RECIPIENTS.match(line))


def _opens_attachment(line: str, kinds: re.Pattern) -> bool:
    """A line after the signature that opens an attached part: an annex ("Phụ lục"), a chapter or an article,
    or the kind of an attached document alone in capitals ("QUY CHẾ")."""
    if cues.ATTACHMENT.match(line):
        return True
    bare = line.strip(" .:")
    return _is_caps_line(bare) and bool(kinds.fullmatch(bare))


def _is_caps_line(line: str) -> bool:
    return len(line) <= 150 and all_capitals(line, 3)


def _is_header_line(source: SourceText, para: _Paragraph) -> bool:
    line = source.match[para.start:para.end]
    if len(line) > 200 or line.rstrip()[-1] in ".;:,!?":
        return False
    if _heading_spec(source, para, False) is not None:
        return False
    return True


class _Segmenter:
    """The walk over the paragraphs: the outline so far, whether the header or the footer is open, and the
    document's frame (where signature blocks and recipients lists are; the body resumes after them)."""

    def __init__(self, source: SourceText, lexicon: Lexicon | None, frame: list[FrameBlock] | None):
        self.source, self.match = source, source.match
        lexicon = load_lexicon() if lexicon is None else lexicon
        self.closing = cues.closing_organisation(lexicon)
        self.attachment_kinds = cues.kind_word_pattern(lexicon)
        self.paragraphs = _paragraphs(source)
        self.outline = _Outline()
        self.footers = [b.span for b in frame or () if b.role in ("footer", "recipients")]
        self.roles = {(b.span.start, b.span.end): b.role for b in frame or () if b.role in ("footer", "recipients")}
        # "Ban Bí thư yêu cầu ... thực hiện tốt Chỉ thị này." closes a text: only the last paragraphs count
        self.footer_start = next((i for i, p in enumerate(self.paragraphs)
                                  if _is_footer_line(self.match[p.start:p.end])), len(self.paragraphs))
        self.in_header, self.in_footer, self.in_frame_footer, self.in_form = True, False, False, False
        self.header_from = 0                      # the first paragraph of the (last) document's header
        self.untitled: _Open | None = None        # a "Chương I" whose title (or its rest) is on the next line
        self.capital_rank: float | None = None    # where "A. MỤC TIÊU" headings sit in this document's outline

    def frame_role(self, para: _Paragraph) -> str | None:
        """'footer' or 'recipients' when the paragraph lies in a signature block or recipients list of the frame."""
        for (start, end), role in self.roles.items():
            if start <= para.start < end:
                return role
        return None

    def footer(self, para: _Paragraph, line: str, role: str | None) -> None:
        stack = self.outline.stack
        role = role or ("recipients" if framecues.RECIPIENTS.match(line) else "footer")
        if not (self.in_footer and stack and stack[-1].role == role):
            stack.clear()
            title = "Nơi nhận" if role == "recipients" else clean_label(self.source, para.start, para.end)
            self.outline.open(_RANK_IMPLICIT, None, title, role, para.start)
        self.in_footer = True

    def body(self, p_index: int, para: _Paragraph, line: str, numbered_open: bool, waiting_title: _Open | None) -> None:
        match, stack, open_section = self.match, self.outline.stack, self.outline.open
        spec = None if _is_table_row(match, para) else _heading_spec(self.source, para, numbered_open)
        if waiting_title is not None and _is_caps_line(line) and (spec is None or spec[1] is None) \
                and (waiting_title.title is None or spec is None):
            # "Chương II" + "TRÁCH NHIỆM ..."; a heading in capitals wrapped onto the next line ("A. ĐỐI VỚI VIỆC
            # GIỚI THIỆU NGƯỜI ỨNG CỬ" + "ĐẠI BIỂU QUỐC HỘI"): the line is (the rest of) the title
            label = clean_label(self.source, para.start, para.end)
            waiting_title.title = f"{waiting_title.title} {label}" if waiting_title.title else label
            waiting_title.role = section_role(waiting_title.title) or waiting_title.role
        elif spec is not None:
            if spec[0] == _RANK_CAPITAL_ABOVE:     # "A.", "B.": below the Roman parts when they came first
                if self.capital_rank is None:
                    self.capital_rank = _RANK_CAPITAL_BELOW if any(s.rank == _RANK_ROMAN for s in stack) \
                        else _RANK_CAPITAL_ABOVE
                spec = (self.capital_rank, *spec[1:])
            if spec[0] == _RANK_ARABIC and _PAREN_ITEM.match(line) and any(
                    o.rank == _RANK_ARABIC and _DOT_ITEM.match(match, o.start) for o in stack):
                spec = (_RANK_ARABIC_BELOW, *spec[1:])   # "1. Sở Y tế" over "1)", "2)": its items, not its siblings
            section = open_section(*spec, para.start)
            if section.title is None and section.rank <= _RANK_ARTICLE or spec[2] and spec[3] is None \
                    and _is_caps_line(spec[2]) and not re.search(r"[.!?…;:]$", line):
                self.untitled = section
        elif _is_table_row(match, para):
            if not stack:
                open_section(_RANK_IMPLICIT, None, None, "body", para.start)
        elif self.closing.search(line) and not numbered_open and p_index >= self.footer_start - 2 \
                and not re.match(r"[-+•]\s", line):
            open_section(_RANK_ROMAN, None, None, "organisation", para.start)
        elif (intro := cues.LIST_INTRO.search(line)) and not numbered_open:
            noun = intro.group("noun")
            role = "tasks" if noun in ("nhiệm vụ", "giải pháp", "nội dung") else section_role(noun)
            open_section(_RANK_ROMAN, None, None, role, para.start)
        elif not stack:
            open_section(_RANK_IMPLICIT, None, None, "body", para.start)

    def paragraph(self, p_index: int, para: _Paragraph) -> None:
        """Open or close sections for one paragraph."""
        line = self.match[para.start:para.end]
        stack = self.outline.stack
        numbered_open = any(s.rank < _RANK_LEAD_INNER and s.number for s in stack)
        waiting_title, self.untitled = self.untitled, None
        if self.in_header and not (p_index - self.header_from < 12 and _is_header_line(self.source, para)):
            self.in_header = False
            stack.clear()
        frame_role = self.frame_role(para)
        if self.in_footer and frame_role is None and cues.ATTACHED_HEADER.search(ascii_fold(line)):
            # a second document after the first one's signature (an agreement sent with the notice that assigns
            # its work): its header, then its body
            self.in_footer = self.in_frame_footer = False
            self.in_header, self.header_from = True, p_index
            stack.clear()
        if self.in_footer and frame_role is None and not _is_footer_line(line) \
                and (self.in_frame_footer or _opens_attachment(line, self.attachment_kinds)):
            self.in_footer = self.in_frame_footer = False      # past the signature block: an appendix ("Phụ lục"),
            stack.clear()                                       # an attached regulation ("QUY CHẾ", "Chương I")
        if cues.FORM.match(line) or (self.in_form and cues.ATTACHMENT.match(line)):
            self.in_form = bool(cues.FORM.match(line))          # a form runs to the next form or annex
            self.in_header = self.in_footer = self.in_frame_footer = False
            stack.clear()
            if self.in_form:
                self.outline.open(_RANK_IMPLICIT, None, clean_label(self.source, para.start, para.end), "form",
                                  para.start)
                return
        if self.in_form:
            return
        if self.in_header:
            if not stack:
                self.outline.open(_RANK_IMPLICIT, None, None, "header", para.start)
        elif frame_role is not None or _is_footer_line(line):
            self.footer(para, line, frame_role)
            self.in_frame_footer = self.in_frame_footer or frame_role is not None
        elif not self.in_footer:
            self.body(p_index, para, line, numbered_open, waiting_title)


def segment(source: SourceText, lexicon: Lexicon | None = None,
            frame: list[FrameBlock] | None = None) -> tuple[list[Section], list[Sentence]]:
    """Split a source into sections and sentences (with paragraph numbers and clause spans).

    Takes a ``SourceText``; returns ``(sections, sentences)``, both in document
    order. Every sentence lies inside one paragraph and outside the skipped spans;
    ``source.text[s.span.start:s.span.end]`` is the sentence; ``s.section`` is the
    index of the innermost section holding it. Roles: 'header' (title block),
    'body', 'situation', 'objectives' (Mục đích, Mục tiêu: the document's objectives), 'requirements' (Yêu cầu,
    Quan điểm), 'tasks', 'organisation', 'funding',
    'reporting', 'footer' (signature), 'recipients' (Nơi nhận), 'form' (an attached form, "Mẫu số 01": a template
    whose words state no duty, up to the next form or annex); a subsection
    without a role word inherits its parent's role. ``lexicon`` (default: the ontology's) gives the kind words
    of the closing paragraph ("... thực hiện tốt Chỉ thị này"). ``frame`` (the metadata's frame blocks, when
    known) says where the signature blocks and recipients lists are: what follows them (an appendix, an attached
    regulation) is body again. Never raises.
    """
    walk = _Segmenter(source, lexicon, frame)
    match = source.match
    sentences: list[Sentence] = []
    for p_index, para in enumerate(walk.paragraphs):
        walk.paragraph(p_index, para)
        stack = walk.outline.stack
        for section in stack:
            section.end = para.end
        current = stack[-1].index if stack else None
        row = _is_table_row(match, para)
        for span in [Span(para.start, para.end)] if row else split_sentences(match, para.start, para.end):
            sentences.append(Sentence(index=len(sentences), span=span, section=current, paragraph=p_index,
                                      clauses=split_clauses(match, span)))
    sections = [Section(index=s.index, span=Span(s.start, s.end), title=s.title, number=s.number, role=s.role,
                        parent=s.parent) for s in walk.outline.opened]
    return sections, sentences
