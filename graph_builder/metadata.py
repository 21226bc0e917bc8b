"""Document metadata: what a source text is (a policy document, or a news article about one).

This module owns the số hiệu (document number) grammar of Party and State
documents, the document kind, issuing body, title/subject and dates. A news
article's own date is kept apart from the document it reports on: the reported
document gets a date only when the text states it (its place-and-date line, or
"ngày ... ban hành ..."), never the article's date.

Kinds and codes come from the ontology's lexicon (``lexicon.document_kinds``);
issuers are actor IRIs from the lexicon, or, for a name the lexicon does not know
("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "UBND TỈNH QUẢNG NINH"), the IRI the builder's
recogniser (``policykg.graph_builder.recognise.find_mentions``) gives that name, so the
issuer and the mentions of it in the text are one node.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from policykg.core.textnorm import ascii_fold, match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import DocumentInfo, Sentence, SourceText, Span
from policykg.graph_builder.numbers import DocumentNumber, find_document_numbers
from policykg.graph_builder.read import clean_label, source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.segment import split_sentences
from policykg.ontology.lexicon import Lexicon

__all__ = ["extract_document_info", "find_document_numbers", "DocumentNumber", "PUBLISHERS"]

# The main papers: a key found (diacritics and spaces removed) in a byline or file name -> publisher name.
PUBLISHERS: tuple[tuple[str, str], ...] = (
    ("nhandan", "Nhân Dân"),
    ("baochinhphu", "Báo Điện tử Chính phủ"),
    ("chinhphu", "Báo Điện tử Chính phủ"),
    ("dangcongsan", "Báo Điện tử Đảng Cộng sản Việt Nam"),
    ("tapchicongsan", "Tạp chí Cộng sản"),
    ("quandoinhandan", "Quân đội nhân dân"),
    ("qdnd", "Quân đội nhân dân"),
    ("congannhandan", "Công an nhân dân"),
    ("cand", "Công an nhân dân"),
    ("ttxvn", "Thông tấn xã Việt Nam"),
    ("vietnamplus", "VietnamPlus"),
    ("vnanet", "Thông tấn xã Việt Nam"),
    ("vov", "Đài Tiếng nói Việt Nam"),
    ("vtv", "Đài Truyền hình Việt Nam"),
    ("tuoitre", "Tuổi Trẻ"),
    ("thanhnien", "Thanh Niên"),
    ("vnexpress", "VnExpress"),
    ("laodong", "Lao Động"),
    ("hanoimoi", "Hà Nội Mới"),
    ("saigongiaiphong", "Sài Gòn Giải Phóng"),
    ("sggp", "Sài Gòn Giải Phóng"),
)


_DATE_DMY = r"(?P<d>\d{1,2})\s*(?:/|-|\s+tháng\s+)(?P<m>\d{1,2})\s*(?:/|-|\s+năm\s+)(?P<y>(?:19|20)\d{2})"
_PLACE_DATE = re.compile(r"(?:^|\n|\s{2,})[ *_]*(?P<place>[A-ZĐ][\w.]*(?:(?: | - )[\w.]+){0,5}?),\s*ngày\s+"
                         r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d{2})")
_ARTICLE_DATE = re.compile(r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?"
                           r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})", re.I)
_MOTTO = re.compile(r"^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐỘC LẬP|Độc lập|ĐẢNG CỘNG SẢN VIỆT NAM|[-*_=\s]*$)")
_BYLINE = re.compile(r"(?im)^[ *_(]*(?:theo|nguồn)\s*:?\s*(?P<who>[^\n)]{2,60}?)[ *_).]*$")
# "QĐND - ", "(Chinhphu.vn) - ", "HÀ NỘI (TTXVN) - ": the paper's tag in front of the lead
_DATELINE_PREFIX = re.compile(r"^\s*(?:[A-ZĐ][A-ZĐÀ-Ỹ ]{1,20}\s)?\(?(?P<who>[\w.+]{2,24})\)?\s+-\s+")


@dataclass(frozen=True)
class _Actor:
    """An issuer: IRI, canonical Vietnamese label and ontology class local name."""

    iri: str
    label: str | None
    kind: str | None

    @staticmethod
    def of_entry(entry) -> "_Actor":
        return _Actor(entry.iri, entry.label_vi, entry.kind)


def _set_issuer(info: DocumentInfo, actor: _Actor | None) -> None:
    if actor is not None:
        info.issuer, info.issuer_label, info.issuer_kind = actor.iri, actor.label, actor.kind


# --------------------------------------------------------------------------- helpers

def _iso(d: str, m: str, y: str) -> str | None:
    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _kind_of_code(code: str, lexicon) -> str | None:
    for entry in lexicon.document_kinds:
        if code in entry.codes:
            return entry.kind
    return None


def _kind_of_word(word: str, lexicon) -> str | None:
    key = match_key(word)
    for entry in lexicon.document_kinds:
        if key in (match_key(n) for n in entry.names):
            return entry.kind
    return None


def _outside_skipped(source: SourceText, start: int, end: int) -> bool:
    return not any(sk.start < end and start < sk.end for sk in source.skipped)


def _sentence_around(source: SourceText, pos: int) -> tuple[int, int]:
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


def _known_actor_in(phrase: str, lexicon) -> _Actor | None:
    """The longest vocabulary actor named inside ``phrase``."""
    key = match_key(phrase)
    for form, entry in lexicon.surface_forms():               # longest form first
        if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", key):
            return _Actor.of_entry(entry)
    return None


def _issuer_named(source: SourceText, start: int, end: int, lexicon) -> _Actor | None:
    """The actor named last before the verb "ban hành" (the subject), by the builder's recogniser."""
    if start >= end:
        return None
    probe = Sentence(index=0, span=Span(start, end), section=None, paragraph=0, clauses=[Span(start, end)])
    actors = [m for m in find_mentions(source, [probe], lexicon) if m.category == "actor"]
    if actors:
        return _Actor(actors[-1].iri, actors[-1].label, actors[-1].kind)
    return _known_actor_in(source.match[start:end], lexicon)


def _sentence_case(title: str, lexicon: Lexicon) -> str:
    """Upper-case the first letter; an all-capitals title is lowered first and its proper names restored (the
    actors' names and short names of the lexicon, and the few other names of ``cues.PROPER_NOUNS``)."""
    letters = [c for c in title if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        title = title.lower()
        names = set(cues.PROPER_NOUNS) | set(lexicon.proper_names())
        for name in sorted(names, key=lambda n: (-len(n), n)):
            title = re.sub(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", name, title)
    return title[:1].upper() + title[1:]


def _header_lines(source: SourceText, limit: int) -> list[tuple[int, int, str]]:
    """Cells of the header block: lines (split at runs of 2+ spaces and at table cell separators '|') before ``limit``."""
    cells = []
    for line in re.finditer(r"[^\n]+", source.match[:limit]):
        for cell in re.finditer(r"[^\s|]+(?: [^\s|]+)*", line.group(0)):
            start = line.start() + cell.start()
            if _outside_skipped(source, start, start + len(cell.group(0))):
                cells.append((start, start + len(cell.group(0)), cell.group(0)))
    return cells


def _actor_named(name: str, lexicon) -> _Actor | None:
    """IRI of the actor a whole name denotes: the vocabulary, else the builder's recogniser (which
    mints IRIs for unknown organisations such as "UBND TỈNH QUẢNG NINH"); None when it names no actor."""
    entry = lexicon.lookup(name)
    if entry is not None:
        return None if "các cấp" in entry.label_vi else _Actor.of_entry(entry)
    probe = source_from_string(name)
    whole = Span(0, len(probe.text))
    sentence = Sentence(index=0, span=whole, section=None, paragraph=0, clauses=[whole])
    actors = [m for m in find_mentions(probe, [sentence], lexicon) if m.category == "actor"]
    if len(actors) == 1 and actors[0].span == whole:
        return _Actor(actors[0].iri, actors[0].label, actors[0].kind)
    return None


def _issuer_from_header(cells: list[tuple[int, int, str]], lexicon) -> _Actor | None:
    """The issuing body named in the header block (the lines above "Số:").

    The nearest name above the number wins ("ĐẢNG BỘ TỈNH X / TỈNH ỦY X" -> Tỉnh ủy X); a name
    broken over two lines is joined ("ỦY BAN NHÂN DÂN / TỈNH SƠN LA"); of two joint issuers
    ("BỘ A - BỘ B") the first is taken.
    """
    names = [text.strip("*_ ") for _, _, text in cells if not _MOTTO.match(text.strip("*_ "))]
    names = [n for n in names if n and not re.match(r"(?i)số\b|[A-ZĐ][\w ]*, ngày", n)]
    heads = [head for head, _ in lexicon.head_nouns()]

    def starts_with_head(name: str) -> bool:
        key = match_key(name)
        return any(key == head or key.startswith(head + " ") for head in heads)

    for k in reversed(range(max(0, len(names) - 3), len(names))):
        candidate = " ".join(names[k:])
        for dash in re.finditer(r"\s+-\s+", candidate):         # joint issuers "BỘ A - BỘ B": the first one
            if starts_with_head(candidate[dash.end():]) and starts_with_head(candidate[:dash.start()]):
                candidate = candidate[:dash.start()]
                break
        actor = _actor_named(candidate, lexicon)
        if actor is not None:
            return actor
    return None


def _clean_title(text: str) -> str:
    """Collapse whitespace and trim edge punctuation of a title or name.

    >>> _clean_title("  VỀ  BIỆN PHÁP ... ")
    'VỀ BIỆN PHÁP'
    """
    return re.sub(r"\s+", " ", text).strip(" .…:;,*_-")


def _publisher(source: SourceText) -> str | None:
    candidates = []
    for sk in source.skipped:
        m = _BYLINE.match(source.match[sk.start:sk.end])
        if m:
            candidates.append(m.group("who"))
    lead = _DATELINE_PREFIX.match(_first_body_text(source))
    if lead:
        candidates.append(lead.group("who"))
    candidates.append(source.key)
    publishers = sorted(PUBLISHERS, key=lambda kv: -len(kv[0]))     # "quandoinhandan" before "nhandan"
    for candidate in candidates:
        tokens = re.findall(r"[a-z0-9]+", ascii_fold(candidate))
        joined = "".join(tokens)
        for key, name in publishers:
            if key in tokens or (len(key) >= 6 and key in joined):
                return name
    return None


def _first_body_text(source: SourceText) -> str:
    for m in re.finditer(r"[^\n]+", source.match):
        if _outside_skipped(source, m.start(), m.end()) and len(m.group(0).split()) >= 12:
            return m.group(0)
    return ""


def _headline(source: SourceText) -> str | None:
    for m in re.finditer(r"[^\n]+", source.match):
        line = m.group(0).strip()
        if not line or not _outside_skipped(source, m.start(), m.end()):
            continue
        if re.search(r"\s[>»|]\s|^Trang chủ\b", line):       # breadcrumbs, site names
            continue
        if len(line.split()) >= 4 and len(line) <= 250 and not line.endswith((".", ":", ";")):
            return clean_label(source, m.start(), m.end()) or None
        if len(line.split()) >= 12:
            return None
    return None


def _title_after(source: SourceText, pos: int, end: int, lexicon: Lexicon) -> str | None:
    """The subject "về ..." starting right after ``pos`` in the same sentence, if any."""
    m = re.match(r"\s*(?:,\s*)?(?:ngày\s+" + _DATE_DMY + r"\s*)?(?:của\s+[^,.;\n]{2,60}?\s*)?,?\s*"
                 r"(?P<title>[Vv]ề\s+[^\n]+)", source.match[pos:end])
    if not m:
        return None
    start = pos + m.start("title")
    stop = pos + m.end("title")
    cut = re.search(r"[.;!?](?=\s|$)|,\s*(?:trong đó|theo đó|nêu rõ)\b", source.match[start:stop])
    if cut:
        stop = start + cut.start()
    title = clean_label(source, start, stop)
    return _sentence_case(title, lexicon) if title else None


# --------------------------------------------------------------------------- public API

def extract_document_info(source: SourceText, lexicon) -> DocumentInfo:
    """What the source text is: a policy document (kind, số hiệu, issuer, title, date) or a
    news article (``kind='NewsArticle'``, headline, publisher, published date) that reports on one.

    Takes a SourceText and the ontology ``Lexicon`` (for document kinds, codes and
    issuer names). Returns a DocumentInfo; ``kind`` is 'Document' when nothing
    identifies the text. Dates are only the text's own statements: the reported
    document of an article gets no date unless the article states it. Never raises.

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.ontology import load_lexicon
    >>> text = "CHÍNH PHỦ\\nSố: 06/2014/NĐ- CP\\nHà Nội, ngày 21 tháng 01 năm 2014\\n\\nNGHỊ ĐỊNH\\nVề biện pháp\\n"
    >>> info = extract_document_info(source_from_string(text), load_lexicon())
    >>> info.kind, info.identifier, info.issuer.rsplit("/", 1)[1], info.date, info.title
    ('Decree', '06/2014/NĐ-CP', 'chinh-phu', '2014-01-21', 'Về biện pháp')
    """
    match = source.match
    numbers = find_document_numbers(source)
    kind_words = cues.kind_word_pattern(lexicon)

    # 1. the document's own number: "Số: ..." at the start of a header line or table cell
    own, own_label = _own_number(match, numbers)
    header_end = own.span.start + 400 if own else min(len(match), 1500)
    cells = _header_lines(source, header_end)
    issuer_cells = [c for c in cells if own is None or c[1] <= own.span.start]

    if own is not None:
        kind = _kind_of_code(own.code.rstrip("0123456789"), lexicon) or "Document"
        info = DocumentInfo(kind=kind, identifier=own.identifier,
                            evidence=Span(own_label, own.span.end))
        _fill_formal(source, lexicon, info, cells, issuer_cells, own.span.end)
        if info.issuer is None and own.issuer_code != "TW" and "-" not in own.issuer_code:
            entry = lexicon.lookup(own.issuer_code)                  # "CP", "TTg"; not "UBND" (which one?)
            if entry is not None and "các cấp" not in entry.label_vi:
                _set_issuer(info, _Actor.of_entry(entry))
        return info

    # 2. a formal document without number: a kind line in capitals at the top ("CHỈ THỊ")
    for start, end, cell in cells[:12]:
        word = cell.strip("*_ ")
        letters = [c for c in word if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and _kind_of_word(word, lexicon):
            info = DocumentInfo(kind=_kind_of_word(word, lexicon))
            _fill_formal(source, lexicon, info, cells, [c for c in cells if c[1] <= start], start)
            return info

    # 3. a news article reporting on a document
    article = DocumentInfo(kind="NewsArticle", title=_headline(source), publisher=_publisher(source))
    for sk in source.skipped:
        dm = _ARTICLE_DATE.fullmatch(match[sk.start:sk.end].strip()) or \
            _ARTICLE_DATE.match(match[sk.start:sk.end].strip())
        if dm and sk.start < len(match) // 3:
            article.published = _iso(dm.group("d"), dm.group("m"), dm.group("y"))
            break
    reported = _reported_document(source, lexicon, numbers, kind_words)
    if reported is None and not (cues.ARTICLE_SIGNALS.search(match) or article.published):
        return DocumentInfo(kind="Document", title=article.title)
    article.reports_on = reported
    return article


def _own_number(match: str, numbers: list[DocumentNumber]) -> tuple[DocumentNumber | None, int]:
    """The number labelled "Số:" at the start of a line or cell in the top third, and where the label starts."""
    for n in numbers:
        window = max(0, n.span.start - 12)
        label = re.search(r"(?:Số|SỐ)\s*:?\s*$", match[window:n.span.start])
        if not label or n.span.start >= max(2000, len(match) // 3):
            continue
        p = window + label.start()
        if p == 0 or match[p - 1] in "\n|*_" or match[p - 2:p] == "  ":
            return n, p
    return None, -1


def _fill_formal(source: SourceText, lexicon, info: DocumentInfo, cells, issuer_cells, after: int) -> None:
    """Issuer, title, place and date of a formal document from its header block."""
    match = source.match
    m = _PLACE_DATE.search(match, 0, min(len(match), after + 600))
    if m:
        info.place = _clean_title(m.group("place"))
        info.date = _iso(m.group("d"), m.group("m"), m.group("y"))
    # kind line ("CHỈ THỊ", "NGHỊ ĐỊNH") after the number, then "của <issuer>" and the subject
    subject_start = None
    for start, end, cell in cells:
        word = cell.strip("*_ ")
        if start >= after - 1 and _kind_of_word(word, lexicon):
            if info.kind == "Document":
                info.kind = _kind_of_word(word, lexicon)
            subject_start = end
            break
    by_of = None
    if subject_start is not None:
        by_of, info.title = _subject_block(source, subject_start, lexicon)
    header = _issuer_from_header(issuer_cells, lexicon)
    heading_body = lexicon.get(header.iri) if header is not None else None
    if heading_body is not None and heading_body.issues_through_organs:   # the Central Committee; "CỦA BAN BÍ THƯ"
        _set_issuer(info, by_of or _signature_issuer(source, lexicon) or header)        # or "T/M BỘ CHÍNH TRỊ" says who
    else:
        _set_issuer(info, header or by_of or _signature_issuer(source, lexicon))


def _subject_block(source: SourceText, start: int, lexicon) -> tuple[_Actor | None, str | None]:
    """After the kind line: ("của <issuer>" actor, subject title) from the lines up to the next blank line."""
    match = source.match
    block = re.match(r"\s*((?:[^\n]*\S[^\n]*(?:\n|$)){1,4})", match[start:start + 800])
    if not block:
        return None, None
    by_of, parts = None, []
    offset = start + block.start(1)
    for line in re.finditer(r"[^\n]+", block.group(1)):
        text = line.group(0)
        a = offset + line.start() + len(text) - len(text.lstrip(" *_"))
        b = offset + line.start() + len(text.rstrip(" *_"))
        body = match[a:b]
        if not body or re.match(r"(?:Căn cứ|Kính gửi|Thực hiện .*[,:]$|I\.|1\.)", body) or \
                (parts and len(body) > 200) or body.endswith(":"):
            break
        of = re.match(r"(?i)của\s+(.+?)(?:\s+(về\s.*))?$", body)
        if not parts and of:
            by_of = _actor_named(of.group(1), lexicon)
            if not of.group(2):
                continue
            a = b - len(of.group(2))
        parts.append((a, b))
    title = " ".join(clean_label(source, a, b) for a, b in parts)
    return by_of, (_sentence_case(title, lexicon) if title else None)


def _signature_issuer(source: SourceText, lexicon) -> _Actor | None:
    """The body named in the signature block: "T/M BỘ CHÍNH TRỊ", "TM. ỦY BAN NHÂN DÂN"."""
    m = re.search(r"(?m)^[ *_|]*(?:T/M|TM\.|T\.M\.)\s*(?P<who>[^\n|*]+)", source.match)
    return _actor_named(m.group("who").strip(), lexicon) if m else None


def _reported_document(source: SourceText, lexicon, numbers, kind_words) -> DocumentInfo | None:
    """The document an article reports: the number in an issuance sentence, else the first number."""
    if not numbers:
        return None
    match = source.match
    chosen, issuance = numbers[0], None
    for n in numbers:
        s_start, s_end = _sentence_around(source, n.span.start)
        verb = None
        for v in cues.ISSUED.finditer(match, s_start, n.span.start):
            verb = v
        if verb is not None:
            chosen, issuance = n, (s_start, s_end, verb)
            break
    kind = _kind_of_code(chosen.code.rstrip("0123456789"), lexicon)
    if kind is None:
        words = list(kind_words.finditer(match, max(0, chosen.span.start - 30), chosen.span.start))
        kind = _kind_of_word(words[-1].group(0), lexicon) if words else "PolicyDocument"
    info = DocumentInfo(kind=kind, identifier=chosen.identifier, evidence=chosen.span)
    s_start, s_end = _sentence_around(source, chosen.span.start)
    info.title = _title_after(source, chosen.span.end, s_end, lexicon)
    if issuance is not None:
        s_start, s_end, verb = issuance
        prefix = _DATELINE_PREFIX.match(match[s_start:verb.start()])     # "QĐND - Ban Bí thư ..."
        if prefix:
            s_start += prefix.end()
        subject = re.search(r"\S", match[s_start:verb.start()])
        _set_issuer(info, _issuer_named(source, s_start, verb.start(), lexicon))
        if info.issuer and subject:
            info.evidence = Span(s_start + subject.start(), chosen.span.end)
        # an explicit date of issue in the same sentence ("Ngày 01/12/2011, Ban Bí thư ban hành ...",
        # "ban hành ngày 1/12/2011", "Chỉ thị số 09-CT/TW ngày 01/12/2011")
        for dm in re.finditer(r"(?i)\bngày\s+" + _DATE_DMY, match[s_start:s_end]):
            pos = s_start + dm.start()
            opens_sentence = match[s_start:pos].strip(" ,(").lower() in ("", "vào")
            right_after_number = 0 <= pos - chosen.span.end <= 3
            right_after_verb = verb.end() <= pos and match[verb.end():pos].strip() == ""
            if opens_sentence or right_after_number or right_after_verb:
                info.date = _iso(dm.group("d"), dm.group("m"), dm.group("y"))
                break
    elif chosen.issuer_code != "TW" and "-" not in chosen.issuer_code:
        entry = lexicon.lookup(chosen.issuer_code)
        if entry is not None and "các cấp" not in entry.label_vi:
            _set_issuer(info, _Actor.of_entry(entry))
    return info
