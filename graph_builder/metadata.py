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

import re
from dataclasses import replace

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import ascii_fold, match_key
from policykg.graph_builder import cues
from policykg.graph_builder.attachedsigners import with_attached_signers
from policykg.graph_builder.blockissuer import block_issuer, by_order, placed_issuer, signed_by_block, standing_body
from policykg.graph_builder.frontmatter import read_front_matter
from policykg.graph_builder.footerocr import repair_footer_posts
from policykg.graph_builder.headerocr import repair_frame_capitals
from policykg.graph_builder.dates import DATE_DMY, iso_date
from policykg.graph_builder.jointfooter import read_joint_footer as read_footer, signing_organs
from policykg.graph_builder.identity import actor_iri_in_context, document_locality
from policykg.graph_builder.header import (
    header_cells,
    kind_cell,
    kind_of_code,
    kind_of_word,
    later_headers,
    read_header,
    sentence_case,
)
from policykg.graph_builder.model import ActorRef, DocumentInfo, SourceText, Span
from policykg.graph_builder.numbers import BLANK_NUMBER, DocumentNumber, find_document_numbers
from policykg.graph_builder.organs import actors_listed, is_caps, of_entry
from policykg.graph_builder.preamble import (coded_issuer, enacting_issuers, issuers_named, named_joint_issuers,
                                             preamble_issuers, self_issued, sentence_around)
from policykg.graph_builder.portaltitles import portal_title
from policykg.graph_builder.read import clean_label
from policykg.graph_builder.reportednumber import first_uncited
from policykg.graph_builder.reportedsigner import reported_signer
from policykg.graph_builder.signedorgans import repair_signature_organs
from policykg.graph_builder.sitefields import SiteFields
from policykg.graph_builder.titlenumbers import own_number_elsewhere
from policykg.graph_builder.titleparties import title_issuers, titled_kind
from policykg.graph_builder.siteframe import coded_body, fill_from_site, site_fields, site_issuers
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


_ARTICLE_DATE = re.compile(r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?"
                           r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})", re.I)
_BYLINE = re.compile(r"(?im)^[ *_(]*(?:theo|nguồn)\s*:?\s*(?P<who>[^\n)]{2,60}?)[ *_).]*$")
# "QĐND - ", "(Chinhphu.vn) - ", "HÀ NỘI (TTXVN) - ": the paper's tag in front of the lead
_DATELINE_PREFIX = re.compile(r"^\s*(?:[A-ZĐ][" + cues.UPPER + r" ]{1,20}\s)?\(?(?P<who>[\w.+]{2,24})\)?\s+-\s+")


def _set_issuers(info: DocumentInfo, actors: list[ActorRef]) -> None:
    """Every issuer; the first one is ``info.issuer``."""
    actors = [a for a in actors if a is not None and a.iri]
    actors = [a for k, a in enumerate(actors) if a.iri not in {b.iri for b in actors[:k]}]
    if actors:
        info.issuers = actors
        info.issuer, info.issuer_label, info.issuer_kind = actors[0].iri, actors[0].label, actors[0].kind


def _set_issuer(info: DocumentInfo, actor: ActorRef | None) -> None:
    if actor is not None:
        _set_issuers(info, [actor])


# --------------------------------------------------------------------------- helpers

def _outside_skipped(source: SourceText, start: int, end: int) -> bool:
    return not any(sk.start < end and start < sk.end for sk in source.skipped)


def _publisher(source: SourceText, author: str | None = None) -> str | None:
    candidates = []
    for sk in source.skipped:
        m = _BYLINE.match(source.match[sk.start:sk.end])
        if m:
            candidates.append(m.group("who"))
    lead = _DATELINE_PREFIX.match(_first_body_text(source))
    if lead:
        candidates.append(lead.group("who"))
    candidates += [author] if author else []    # the front matter's author or source ("author: Báo Chính phủ")
    candidates.append(source.key)
    publishers = sorted(PUBLISHERS, key=lambda kv: -len(kv[0]))     # "quandoinhandan" before "nhandan"
    for candidate in candidates:
        tokens = re.findall(r"[a-z0-9]+", ascii_fold(candidate))
        joined = "".join(tokens)
        for key, name in publishers:
            if key in tokens or (len(key) >= 6 and key in joined):
                return name
    return None


def _first_line(text: str) -> str:
    return next((line for line in text.split("\n") if line.strip()), "")


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
    m = re.match(r"\s*(?:,\s*)?(?:ngày\s+" + DATE_DMY + r"\s*)?(?:của\s+[^,.;\n]{2,60}?\s*)?,?\s*"
                 r"(?P<title>[Vv]ề\s+[^\n]+)", source.match[pos:end])
    if not m:
        return None
    start = pos + m.start("title")
    stop = pos + m.end("title")
    cut = re.search(r"[.;!?](?=\s|$)|,\s*(?:trong đó|theo đó|nêu rõ)\b", source.match[start:stop])
    if cut:
        stop = start + cut.start()
    title = clean_label(source, start, stop)
    return sentence_case(title, lexicon) if title else None


def _doubled_joined(match: str, cells: list[tuple[int, int, str]]) -> list[str]:
    """The cells' texts, each followed by its text joined with the next cell's where only a doubled space parts them
    ("CHỈ  THỊ": a kind line whose space a web copy doubled)."""
    out = []
    for k, (a, b, text) in enumerate(cells):
        out.append(text)
        if k + 1 < len(cells) and match[b:cells[k + 1][0]] == "  ":
            out.append(match[a:cells[k + 1][1]])
    return out


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
    repair_frame_capitals(source, lexicon)     # "SỞ GIAO DỤC VÀ ĐÀO TẠO": OCR'd capitals as the names they are
    repair_footer_posts(source, lexicon)       # "PHÓ GIAM ĐỐC" over a signer: the post it is
    repair_signature_organs(source, lexicon)   # "CÔNG AN TINH" under a signer's post: the organ it is
    match = source.match
    numbers = find_document_numbers(source)
    kind_words = cues.kind_word_pattern(lexicon)
    site = site_fields(source)      # a web copy's fields, read once: the frame's fallback ("Số hiệu:", "nguoi_ky:")

    # 1. the document's own number: "Số: ..." at the start of a header line or table cell
    own, own_label = _own_number(match, numbers, kind_words)
    if own is not None:
        info = DocumentInfo(kind="Document", identifier=own.identifier, evidence=Span(own_label, own.span.end))
        return _formal(source, lexicon, info, own, own_label, site, numbers)

    # 2. a formal document without number: a kind line in capitals at the top ("CHỈ THỊ")
    top = header_cells(source, 0, min(len(match), 1500))[:12]
    for cell in _doubled_joined(match, top):
        word = cell.strip("*_ ")
        if is_caps(word) and kind_cell(word, lexicon):
            return _formal(source, lexicon, DocumentInfo(kind=kind_cell(word, lexicon)), None, -1, site, numbers)

    # 2b. a formal document whose number is blank or unreadable ("Số: GIF /TCT-TTKT" over "V/v ..."): its header
    if any(BLANK_NUMBER.match(cell.strip("*_ ")) or _DASH_LOST.match(cell.strip("*_ ")) for _, _, cell in top):
        return _formal(source, lexicon, DocumentInfo(kind="Document"), None, -1, site, numbers)

    # 2b'. a copy whose own header lost its number, the portal's fields giving it ("Số hiệu: 12/KH-UBND", "so_hieu:")
    if site is not None and site.number is not None:
        kind = kind_of_code(site.number.code.rstrip("0123456789"), lexicon) or "Document"
        return _formal(source, lexicon, DocumentInfo(kind=kind), None, -1, site, numbers)

    # 2c. a formal document without its header: it opens with its preamble and says who issues it ("Căn cứ ...; Sở Y tế
    # ban hành Kế hoạch ... như sau")
    issued = self_issued(source, lexicon)
    if issued is not None:
        return _formal(source, lexicon, DocumentInfo(kind=kind_of_word(issued[0], lexicon) or "Document"), None, -1, site, numbers)

    # 2d. a copy without its header known by its signature block alone ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name)
    if signed_by_block(source, lexicon, read_footer(source, lexicon, [], after=0)):
        letter = re.match(r"\W*V/v\b", _first_line(match))      # a letter whose header held its "V/v" line
        return _formal(source, lexicon, DocumentInfo(kind="OfficialLetter" if letter else "Document"), None, -1, site, numbers)

    kind = titled_kind(source, lexicon)     # 2e. "QUY CHẾ PHỐI HỢP GIỮA A VÀ B ..." on one line, no kind line of its own
    if kind is not None:
        return _formal(source, lexicon, DocumentInfo(kind=kind), None, -1, site, numbers)

    # 3. a news article reporting on a document
    front = read_front_matter(source.text)     # a post's: its date, headline and author ("date: 2024-03-05 08:30")
    post = front if front is not None and front.date else None
    article = DocumentInfo(kind="NewsArticle", title=(post and post.value("title")) or _headline(source),
                           publisher=_publisher(source, post and post.value("author", "source", "tacgia", "nguon")))
    article.published = post and post.date
    for sk in source.skipped if article.published is None else ():
        dm = _ARTICLE_DATE.fullmatch(match[sk.start:sk.end].strip()) or \
            _ARTICLE_DATE.match(match[sk.start:sk.end].strip())
        if dm and sk.start < len(match) // 3:
            article.published = iso_date(dm.group("d"), dm.group("m"), dm.group("y"))
            break
    reported = _reported_document(source, lexicon, numbers, kind_words)
    if reported is None and not (cues.ARTICLE_SIGNALS.search(match) or article.published):
        return DocumentInfo(kind="Document", title=article.title)
    article.reports_on = reported
    return article


# an own number whose dash a PDF's text lost ("Số: 1582/SYTNVY"): no number the reader can trust, but a header's
_DASH_LOST = re.compile(r"S[ốỐ]\s*:?\s*\d{1,6}\s*/\s*[A-ZĐ]{4,}$")


def _formal(source: SourceText, lexicon: Lexicon, info: DocumentInfo, own: DocumentNumber | None,
            own_label: int, site: SiteFields | None, numbers: list[DocumentNumber]) -> DocumentInfo:
    """Kind, issuers, title, place, date, signatures and frame of a formal document from its header and footer (and
    ``site``: the copy's fields, the frame's fallback; ``numbers``: every document number of the text)."""
    header = read_header(source, lexicon, own, own_label)
    if header.kind and (info.kind in ("Document", None) or lexicon.is_subclass(header.kind, info.kind)):
        info.kind = header.kind
    info.title, info.place, info.date, info.parents = header.title, header.place, header.date, header.parents
    issuers = list(header.issuers)
    end = max((b.span.end for b in header.blocks), default=0)
    footer = read_footer(source, lexicon, issuers, after=end)
    joint = _signed_jointly(source, lexicon, issuers, info.parents, end)
    if joint is not None:       # "HỘI NÔNG DÂN TỈNH X" / "LIÊN MINH HTX TỈNH X", and a block signing for each
        issuers, footer = joint
        info.parents = {k: v for k, v in info.parents.items() if k != issuers[1].iri}
    heading = lexicon.get(issuers[0].iri) if issuers else None
    signing = [] if by_order(source, footer.signatures) else signing_organs(footer)     # never "TL." / "TUQ." units
    if not issuers or (heading is not None and heading.issues_through_organs and footer.signed_for):
        each = signing if not issuers and len(signing) > 1 else []      # a headless joint copy: each block's organ
        issuers = each or footer.signed_for[:1] or issuers     # "T/M BỘ CHÍNH TRỊ" says who, under the Central Committee
    coded = coded_body(own, lexicon) if not issuers and own is not None else None    # "CP", "TTg"; not "UBND"
    if coded is not None:
        issuers = [coded]
    numbered = own or (site.number if site is not None else None)
    portal = portal_title(source, lexicon) if not issuers else None     # "Công văn 296/... do X ban hành." on top
    if portal is not None and info.kind in ("Document", None):
        info.kind = kind_of_word(portal.kind_word, lexicon) or info.kind
    if not issuers:     # a header cut by OCR or lost by a web copy: the portal's title, the enacting line, the preamble,
        # the number
        issuers = (portal.issuers if portal is not None else []) or \
            enacting_issuers(source, lexicon, end, not header.blocks) or preamble_issuers(source, lexicon, end) or \
            (coded_issuer(source, lexicon, numbered.issuer_code, end) if numbered is not None else []) or \
            site_issuers(site, lexicon) or signing or block_issuer(source, lexicon, footer.signatures) or \
            named_joint_issuers(source, lexicon, end)    # "Liên Bộ Y tế - Tài chính hướng dẫn ...": a headless joint copy
    issuers = title_issuers(source, lexicon, info.kind, issuers, header.blocks)    # "QUY CHẾ PHỐI HỢP GIỮA A, B VÀ C"
    organs = {b.actor.iri for b in header.blocks if b.actor is not None}    # a header's own organ line stays as it reads
    several = sum(1 for s in footer.signatures if s.person) > 1
    issuers = [ref if ref.iri in organs else standing_body(ref, lexicon, several) for ref in issuers]  # "T/M BAN THƯỜNG VỤ"
    if len(issuers) == 1:       # "Ủy ban nhân dân cấp tỉnh": a header that lost its place; the text gives it
        issuers = [placed_issuer(source, lexicon, issuers[0])]
    _set_issuers(info, issuers)
    info.signatures = with_attached_signers(footer)    # an attached regulation signed by each party too
    fill_from_site(info, site, footer.signed_for)      # a block that prints no name: the copy's fields name him
    if len(info.issuers) > 1:
        _place_joint_issuers(info, source, lexicon)
    info.frame = header.blocks + footer.blocks + later_headers(source, lexicon, end)
    info.identifier = info.identifier or getattr(own_number_elsewhere(source, info.kind, lexicon, numbers), "identifier", None)
    return info


def _signed_jointly(source: SourceText, lexicon: Lexicon, issuers: list[ActorRef], parents: dict[str, ActorRef],
                    end: int) -> tuple[list[ActorRef], object] | None:
    """A joint document whose header stacks its organs with nothing else to say so (no joint number, no "LIÊN
    TỊCH"): the one issuer and the body the header names above it, when the footer holds a named signer's block for
    each of the two (its organ, or that organ's board); the two issuers and that footer, else None."""
    above = parents.get(issuers[0].iri) if len(issuers) == 1 else None
    entry = lexicon.get(above.iri) if above is not None and above.iri else None
    if above is None or not above.iri or (entry is not None and entry.issues_through_organs):
        return None
    pair = [above, issuers[0]]
    footer = read_footer(source, lexicon, pair, after=end)
    signed = [s for s in footer.signatures if s.person and s.organ is not None and s.organ.label]
    if len(signed) < 2 or not all(any(s.organ.iri == ref.iri or match_key(s.organ.label).endswith(
            " " + match_key(ref.label)) for s in signed) for ref in pair):
        return None
    return pair, footer


def _place_joint_issuers(info: DocumentInfo, source: SourceText, lexicon: Lexicon) -> None:
    """A joint document's issuer its header names without the place another issuer's name gives ("CÔNG AN TỈNH LÂM
    ĐỒNG" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO"): that place's body, as the body of the text names it; its signatures' organ too."""
    locality = document_locality(info, lexicon, source)
    if locality is None:
        return
    placed: dict[str, ActorRef] = {}
    at_level = [r for r in info.issuers if (r.label or "").lower().endswith(" " + locality[0].lower())]  # "CÔNG AN TỈNH"
    for ref in [r for r in info.issuers if r not in at_level] + at_level:
        if document_locality(DocumentInfo(kind=info.kind, issuer_label=ref.label), lexicon) is not None:
            continue        # the name gives its own place
        if ref in at_level and not (placed or any((r.label or "").endswith(" ".join(("", *locality))) for r in info.issuers)):
            continue        # its level's place only where another issuer is named or placed
        label = f"{ref.label} {locality[1]}" if ref in at_level else f"{ref.label} {locality[0]} {locality[1]}"
        if actor_iri_in_context(ref.label, locality, lexicon) == mint_actor_iri(label):
            placed[ref.iri] = ActorRef(mint_actor_iri(label), label, ref.kind)
    if placed:
        _set_issuers(info, [placed.get(ref.iri, ref) for ref in info.issuers])
        info.signatures = [replace(s, organ=placed.get(s.organ.iri, s.organ)) if s.organ is not None else s
                           for s in info.signatures]


_AFTER_MOTTO = re.compile(r"(?i)h[ạa]nh\s+ph[úu]c[\s\-–_*]*$")


# the place and date after a number on its line ("41 /CT-TTg   Hà Nội, ngày ..."; OCR: "Ha Nội, ngàyháng 3")
_PLACE_DATE_AFTER = re.compile(r"[^\S\n]+[A-ZĐ][\w.]*(?:[^\S\n]+[\w.]+){0,3}[^\S\n]*,[^\S\n]*ng[àa]y")


def _kind_number_heading(match: str, n: DocumentNumber, kind_words: re.Pattern) -> int:
    """Where the line starts when ``n`` ends a line that holds only a kind, the label "số:" and ``n`` (Markdown marks
    aside): "### Nghị quyết số: 07/2026/UBTVQH16", "**Quyết định số: 12/QĐ-UBND**"; else 0 (a sentence that cites a
    number never stands so alone, and its label has no colon)."""
    start = match.rfind("\n", 0, n.span.start) + 1
    m = re.fullmatch(r"[ \t#*_|]*(?P<kind>[^\n]{2,40}?)\s+s[ốo]\s*:\s*", match[start:n.span.start], re.I)
    if m is None or not kind_words.fullmatch(m.group("kind")) or \
            not re.match(r"[ \t#*_|.]*(?:\n|$)", match[n.span.end:]):
        return 0
    return start + m.start("kind")


# the rule under the organ's name, on a header line a web copy flattened: "UBND TỈNH X ------- Số: 27/2025/QĐ-UBND"
_AFTER_RULE = re.compile(r"[-–_=]{3,}\s*$")


def _own_number(match: str, numbers: list[DocumentNumber], kind_words: re.Pattern | None = None
                ) -> tuple[DocumentNumber | None, int]:
    """The number labelled "Số:" at the start of a line or cell in the top third, and where the label starts; a
    number before the place and date on its header line whose label OCR lost; a web copy's heading line that is the
    kind, the label and the number alone ("### Nghị quyết số: 07/2026/UBTVQH16", any kind of ``kind_words``). None
    when the header's own number is unreadable ("Số: 0? /TB-TCT") and the first one labelled heads an annexed
    document."""
    labels = ((m.start(), BLANK_NUMBER.match(match, m.end() - 2))
              for m in re.finditer(r"(?m)^[ \t*_|]*" + cues.NUMBER_LABEL, match[:1500]))
    unreadable = next((at for at, blank in labels if blank is not None
                       and not any(at <= n.span.start < blank.end() for n in numbers)), -1)
    for n in numbers:
        window = max(0, n.span.start - 12)
        label = re.search(cues.NUMBER_LABEL + r"\s*:?\s*$", match[window:n.span.start])
        if n.span.start >= max(2000, len(match) // 3):
            continue
        if not label:
            heading = kind_words is not None and _kind_number_heading(match, n, kind_words)
            if heading:
                return (None, -1) if 0 <= unreadable < heading else (n, heading)
            continue
        p = window + label.start()
        if p == 0 or match[p - 1] in "\n|*_" or (p >= 2 and not match[p - 2:p].strip()) \
                or _AFTER_MOTTO.search(match, max(0, p - 16), p) \
                or _AFTER_RULE.search(match, max(0, p - 8), p):       # a header flattened to one line by a web copy
            return (None, -1) if 0 <= unreadable < p else (n, p)
    for n in numbers:
        if n.span.start < 1500 and unreadable < 0 and _PLACE_DATE_AFTER.match(match, n.span.end):
            return n, n.span.start
    return None, -1


def _unnumbered_issued(source: SourceText, lexicon) -> DocumentInfo | None:
    """"Tổng cục Hải quan vừa ban hành Kế hoạch tăng cường ...": a document the article reports without its
    number, from the sentence that reports the issuing (kind, title, issuer)."""
    match, low = source.match, source.match.lower()
    for v in cues.ISSUED.finditer(match):
        kind_m = cues.issued_kind(lexicon).match(low, v.end())
        if kind_m is None or re.match(r"\s*(?:số\s*)?\d", low[kind_m.end():kind_m.end() + 12]):
            continue
        s_start, s_end = sentence_around(source, v.start())
        prefix = _DATELINE_PREFIX.match(match[s_start:v.start()])
        start = s_start + (prefix.end() if prefix else 0)
        issuers = issuers_named(source, start, v.start(), lexicon)
        if not issuers:
            continue
        kind = kind_of_word(re.sub(r"^\s*(?:kèm theo\s+)?", "", kind_m.group(0)), lexicon) or "PolicyDocument"
        title = clean_label(source, kind_m.end(), s_end).rstrip(".") or None
        info = DocumentInfo(kind=kind, title=title and sentence_case(title, lexicon), evidence=Span(start, s_end))
        _set_issuers(info, issuers)
        return info
    return None


# after a reported document's number: "(ngày ...) (của ...) do <the signer> (đã) ký"
_SIGNED_AFTER = re.compile(r"(?:\s*ngày\s+\d{1,2}/\d{1,2}/\d{4})?(?:\s+của\s+[^,.;\n]{2,60}?)?\s*,?\s*do\s+"
                           r"(?P<by>[^.;\n]{2,100}?)\s+(?P<verb>(?:vừa\s+|đã\s+)?ký)(?!\w)", re.I)
_SIGNED_VERB = re.compile(r"(?:vừa\s+|đã\s+)?ký(?:\s+ban hành)?", re.I)
_ON_BEHALF_OF = re.compile(r"(?i)\bthay mặt\s+")


def _reported_document(source: SourceText, lexicon, numbers, kind_words) -> DocumentInfo | None:
    """The document an article reports: the number in an issuance sentence, else a document the issuance sentence
    names without a number, else the first number not cited as a ground (``reportednumber``)."""
    match = source.match
    issuance = None
    for n in numbers:
        s_start, s_end = sentence_around(source, n.span.start)
        verb = None
        for v in cues.ISSUED.finditer(match, s_start, n.span.start):
            verb = v
        if verb is not None:
            chosen, issuance = n, (s_start, s_end, verb)
            break
        signed = _SIGNED_AFTER.match(match, n.span.end, s_end)
        if signed is not None:      # "Quyết định số 15/QĐ-UBND do Phó Chủ tịch UBND tỉnh X ký ...": signed by
            chosen, issuance = n, (signed.start("by"), s_end, _SIGNED_VERB.match(match, signed.start("verb")))
            break
    if issuance is None:
        unnumbered = _unnumbered_issued(source, lexicon)
        chosen = first_uncited(match, numbers)     # never "Thực hiện Công điện số 53/CĐ-TW": what it rests on
        if unnumbered is not None or chosen is None:
            return unnumbered
    kind = kind_of_code(chosen.code.rstrip("0123456789"), lexicon)
    if kind is None:
        words = list(kind_words.finditer(match, max(0, chosen.span.start - 30), chosen.span.start))
        kind = kind_of_word(words[-1].group(0), lexicon) if words else "PolicyDocument"
    info = DocumentInfo(kind=kind, identifier=chosen.identifier, evidence=chosen.span)
    s_start, s_end = sentence_around(source, chosen.span.start)
    info.title = _title_after(source, chosen.span.end, s_end, lexicon)
    if issuance is not None:
        s_start, s_end, verb = issuance
        prefix = _DATELINE_PREFIX.match(match[s_start:verb.start()])     # "QĐND - Ban Bí thư ..."
        if prefix:
            s_start += prefix.end()
        subject = re.search(r"\S", match[s_start:verb.start()])
        behalf = _ON_BEHALF_OF.search(match, s_start, verb.start())     # "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí X"
        _set_issuers(info, (actors_listed(match[behalf.end():verb.start()], lexicon) if behalf else [])
                     or issuers_named(source, s_start, verb.start(), lexicon))
        signer = reported_signer(match, s_start, verb.start(), lexicon)
        info.signatures = [signer] if signer is not None else []
        if info.issuer and subject:
            info.evidence = Span(s_start + subject.start(), chosen.span.end)
        # an explicit date of issue in the same sentence ("Ngày 01/12/2011, Ban Bí thư ban hành ...",
        # "ban hành ngày 1/12/2011", "Chỉ thị số 09-CT/TW ngày 01/12/2011")
        for dm in re.finditer(r"(?i)\bngày\s+" + DATE_DMY, match[s_start:s_end]):
            pos = s_start + dm.start()
            opens_sentence = match[s_start:pos].strip(" ,(").lower() in ("", "vào")
            right_after_number = 0 <= pos - chosen.span.end <= 3
            right_after_verb = verb.end() <= pos and match[verb.end():pos].strip() == ""
            if opens_sentence or right_after_number or right_after_verb:
                info.date = iso_date(dm.group("d"), dm.group("m"), dm.group("y"))
                break
    if not info.issuers and chosen.issuer_code != "TW" and "-" not in chosen.issuer_code:
        entry = lexicon.lookup(chosen.issuer_code)      # the number's code names it ("TTg"), the text no organ
        if entry is not None and "các cấp" not in entry.label_vi:
            _set_issuer(info, of_entry(entry))
    return info
