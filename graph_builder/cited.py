"""Mentions of documents a text cites: by number ("Nghị quyết số 10-NQ/TW", "Văn bản số 4250/BNNMT-ĐCKS", a bare
"193/UBND-KT") or by name ("Luật Bảo vệ môi trường", its abbreviation "Luật BVMT", "Quy chế dân chủ ở cơ sở").

- The number grammar is ``numbers.NUMBER``; the mention keeps the normalised number (``Mention.identifier``).
- The kind: the kind word written right before the number ("Nghị quyết số 203/2025/QH15" is a resolution even
  though QH numbers laws), else the kind code inside the number ("NĐ", "KH"), else an official letter when the
  number holds only the issuer's and a unit's codes ("193/UBND-KT").
- Names: the ontology's table of documents cited by name (``documents.ttl``: full names, short names,
  abbreviations), else a capitalised "Luật ..."/"Quy chế ..." name up to a stop word. Chapter and article
  headings ("Chương I. QUY ĐỊNH CHUNG", "Điều 19. Quy định chuyển tiếp") and the verb "quy định tại" are not
  documents.
- Inside one document a name also cited with its number ("Luật Hóa chất số 69/2025/QH15", later "Luật Hóa
  chất") is that numbered document (:func:`link_names_to_numbers`).
"""

from __future__ import annotations

import functools
import re

from policykg.core.iris import mint_document_iri, mint_named_document_iri, normalize_document_number
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.barenumbers import bare_candidates
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.numbers import number_codes, number_matches, with_lost_dash
from policykg.graph_builder.vocabulary import PRIORITY_BLOCK, Candidate, Vocabulary, caps_context, starts_verb

__all__ = ["document_candidates", "link_names_to_numbers", "outside_cited_titles"]

# Document kinds that are cited by name without a number ("Luật Tổ chức Chính phủ", "Quy chế dân chủ ở cơ sở");
# other kinds, capitalised, usually refer back to the document itself ("Chỉ thị nêu rõ").
_NAMED_DOCUMENT_KINDS = ("Law", "Regulation")
# what may stand in front of a heading's title on its line: "Chương I", "Điều 19.", "Mục 2", "II.", "3."
_HEADING_BEFORE = re.compile(r"\s*(?:(?:chương|mục|điều|phần)\s+[0-9ivxlc]+\s*[.:]?|[ivxl]{1,5}[.)]|"
                             r"\d{1,2}(?:\.\d{1,2})*[.)])?\s*")


_DIGIT = re.compile(r"\d")   # what numbers._NUMBER_START and barenumbers' serials all begin with


def document_candidates(vocab: Vocabulary, match: str, low: str, start: int, end: int,
                        text: str | None = None) -> list[Candidate]:
    """Candidates for the documents cited in ``match[start:end]`` (``text``: the source text, its line breaks kept):
    numbered ones first (by a full number, then by a bare serial number: ``barenumbers``), then names."""
    numbered = _numbered(vocab, match, low, start, end, text) + bare_candidates(vocab, match, low, start, end) \
        if _DIGIT.search(match, start, end) else []   # (a number, full or bare, holds a digit: most sentences none)
    return numbered + _named(vocab, match, low, start, end, [(c.start, c.end) for c in numbered])


def _kind_before(vocab: Vocabulary, window: str) -> str | None:
    """The kind word written right before a number: "Nghị quyết số", "Quyết định", "thông tư số"."""
    m = vocab.kind_before_number.search(window)
    return vocab.document_kind_of.get(re.sub(r"\s+", " ", m.group(1))) if m else None


def _telex_fixed(vocab: Vocabulary, number: str) -> str:
    """A kind code typed the Telex way, "DD" for "Đ" ("64/2015/NDD-CP"), or whose "Đ" lost its stroke in a web copy
    or OCR ("1968/QD-BTC"), written as the kind code it stands for.

    >>> from policykg.ontology import load_lexicon
    >>> from policykg.graph_builder.vocabulary import vocabulary
    >>> [_telex_fixed(vocabulary(load_lexicon()), n) for n in ("64/2015/NDD-CP", "1968/QD-BTC", "12/HD-UBND")]
    ['64/2015/NĐ-CP', '1968/QĐ-BTC', '12/HD-UBND']
    """
    codes = number_codes(number)
    if not codes or codes[0].upper() in vocab.document_codes:
        return number
    code = codes[0]
    fixed = code.replace("DD", "Đ") if "DD" in code else code.replace("D", "Đ")
    if fixed.upper() in vocab.document_codes:
        return re.sub(r"(?<=[/-])" + code + r"(?=[-/]|$)", fixed, number, count=1)
    return number


# the codes of a copy's own number, "17/SL-LĐLĐ" (sao lục), "05/SY-UBND" (sao y bản chính): a copy, not a document
_COPY_CODES = frozenset({"SL", "SY"})


def _numbered(vocab: Vocabulary, match: str, low: str, start: int, end: int,
              text: str | None = None) -> list[Candidate]:
    found = []
    previous, form_end = start, -1
    for m in number_matches(match, start, end):
        number = _telex_fixed(vocab, with_lost_dash(m, normalize_document_number(match[m.start():m.end()]), text))
        codes = number_codes(number)
        if codes and codes[0].upper() in _COPY_CODES:
            continue        # "Số: 17/SL-LĐLĐ" over a copy: the number of the copy (sao lục, sao y), no document cited
        begin = m.start()
        # Extend back over "số" and the kind name with the document's title: "Luật Công an nhân dân số 37/2018/QH14";
        # never past the number before ("Tờ trình số 5/TTr-SYT ngày ... và Văn bản số 9/SYT-VP": two documents).
        window_start, previous = max(start, begin - 120, previous), m.end()
        window = low[window_start:begin]
        cut = max(window.rfind(";"), window.rfind("."), window.rfind(":"))
        window_start, window = window_start + cut + 1, window[cut + 1:]
        if cues.FORM_NUMBER_BEFORE.search(window) or (form_end >= 0 and re.fullmatch(r"\s*(?:,|và|hoặc)\s*",
                                                                                  low[form_end:begin])):
            form_end = m.end()      # a form's number, and the next in its list ("phụ lục số 04/BHXH và 05/BHXH")
            continue
        form_end = -1
        kind = _kind_before(vocab, window)
        best = None
        for name_m in vocab.document_name_regex.finditer(window):
            if match[window_start + name_m.start()].isupper():
                best = name_m
        if best is not None and len(window[best.start():].split()) <= 14:
            kind = kind or vocab.document_kind_of[re.sub(r"\s+", " ", best.group(1))]
            begin = window_start + best.start()
        elif re.search(r"(?<!\w)số\s*$", window):
            begin = window_start + re.search(r"(?<!\w)số\s*$", window).start()
        kind = kind or next((vocab.document_codes[c.upper()] for c in codes if c.upper() in vocab.document_codes), None)
        if kind is None and m.group("state_n"):
            kind = "OfficialLetter"     # "193/UBND-KT": the issuer's and the drafting unit's codes only
        stop = m.end()
        label = re.sub(r"\s+", " ", match[begin:stop])
        if not label[:1].isupper():
            label = number   # "số 06/2014/NĐ-CP": the number is the name
        mention = Mention(span=Span(begin, stop), surface="", category="document", iri=mint_document_iri(number),
                          label=label, kind=kind or "PolicyDocument", identifier=number)
        found.append(Candidate(begin, stop, PRIORITY_BLOCK, mention))
    return found


def _is_heading_or_title(match: str, low: str, start: int, pos: int) -> bool:
    """A name at the start of its line (after heading numbering) or in a line of capitals is a heading or a title."""
    line_start = max(start, match.rfind("\n", 0, pos) + 1)
    return bool(_HEADING_BEFORE.fullmatch(low[line_start:pos])) or caps_context(match, pos, pos + 1)


def _named(vocab: Vocabulary, match: str, low: str, start: int, end: int,
           numbered: list[tuple[int, int]]) -> list[Candidate]:
    found = []
    taken = list(numbered)
    for m in vocab.named_document_regex.finditer(low, start, end):
        if not match[m.start()].isupper() or any(s <= m.start() < e for s, e in taken):
            continue
        doc = vocab.named_documents[re.sub(r"\s+", " ", m.group(1))]
        mention = Mention(span=Span(m.start(), m.end()), surface="", category="document", iri=doc.iri,
                          label=doc.label_vi, kind=doc.kind)
        found.append(Candidate(m.start(), m.end(), PRIORITY_BLOCK, mention))
        taken.append((m.start(), m.end()))
    for m in vocab.document_name_regex.finditer(low, start, end):
        kind = vocab.document_kind_of[re.sub(r"\s+", " ", m.group(1))]
        if kind not in _NAMED_DOCUMENT_KINDS or not match[m.start()].isupper() or m.start() == start:
            continue
        if not match[start:m.start()].strip() or match[start:m.start()].rstrip()[-1:] in ":-":
            continue   # a title or heading line, not a citation
        if any(s <= m.start() < e for s, e in taken) or _is_heading_or_title(match, low, start, m.start()):
            continue
        words = []
        for tok in re.finditer(r"[^\s|]+\|?", match[m.end():end]):   # a table's cell ends a name ("Luật Phòng bệnh | Bộ Y tế")
            word = tok.group(0)
            bare = word.rstrip(".,;:…!?)|")
            if not bare or bare.lower() in cues.DOCUMENT_NAME_STOP or bare[0] in "\"(" \
                    or "|" in match[m.end():m.end() + tok.start()]:
                break
            if not words and bare.lower() in cues.NOT_A_DOCUMENT_NAME:
                break   # "Quy định tại điểm a", "Quy định chung": the verb or a heading, not a name
            words.append(m.end() + tok.start() + len(bare))
            if bare != word or len(words) >= 12:
                break
        if not words:
            continue
        stop = words[-1]
        title = re.sub(r"\s+", " ", match[m.start():stop])
        mention = Mention(span=Span(m.start(), stop), surface="", category="document",
                          iri=mint_named_document_iri(kind, title), label=title, kind=kind)
        found.append(Candidate(m.start(), stop, PRIORITY_BLOCK, mention))
    return found


def link_names_to_numbers(vocab: Vocabulary, mentions: list[Mention]) -> None:
    """Inside one document, a name cited without its number is the document the text cites with that name and a
    number ("Luật Hóa chất số 69/2025/QH15" ... "Luật Hóa chất"; "Luật Bảo vệ môi trường số 72/2020/QH14" ...
    "Luật BVMT"): such mentions take the numbered document's IRI (in place)."""
    by_name: dict[str, str] = {}
    for m in mentions:
        if m.category != "document" or not m.identifier:
            continue
        name = re.split(r"\s+(?:số\s*)?\d", m.label, maxsplit=1)[0].strip()
        key = match_key(name)
        if not name or " " not in key or key in vocab.document_kind_of:
            continue
        doc = vocab.named_documents.get(key)
        by_name.setdefault(doc.iri if doc is not None else key, m.iri)
    if not by_name:
        return
    for m in mentions:
        if m.category == "document" and not m.identifier:
            target = by_name.get(m.iri) or by_name.get(match_key(m.label))
            if target is not None:
                m.iri = target


def outside_cited_titles(mentions: list[Mention], low: str, vocab: Vocabulary | None = None) -> list[Mention]:
    """The mentions without the actors named inside the title of a cited document: "Quyết định số 12/QĐ-UBND ngày ...
    của UBND tỉnh | ban hành quy chế làm việc của Ủy ban nhân dân tỉnh", "Kế hoạch số 5/KH-UBND | về việc phối hợp
    giữa Sở Tư pháp và Công an tỉnh ..." name no actor of this document (GUIDELINES: "names inside the title of a cited
    document"); the issuers after "của" of the cited document, and of a document cited inside its title ("Kế hoạch
    ... thực hiện Chương trình số 39-CTr/TU của Ban Thường vụ Tỉnh ủy"), stay. The title runs from its opening word
    (``cues.CITED_TITLE``) to the end of the clause, or to a comma before the main clause's holder and verb or a verb
    of two syllables or more. With the vocabulary (``vocab``), an issuer named through its head's office ("... ngày
    3/5/2024 của Bộ trưởng | Bộ Nội vụ | hướng dẫn ...") is passed over as the issuer is."""
    starts = {m.span.start: k for k, m in enumerate(mentions)}
    offices = _office_before(vocab) if vocab is not None else None
    inside: set[int] = set()
    issuers: set[int] = set()
    for d in mentions:
        if d.category != "document":
            continue
        pos, named = _after_citation(mentions, starts, low, d.span.end, offices)
        issuers.update(named)
        title = cues.CITED_TITLE.match(low, pos)
        if title is not None:
            end = _title_end(mentions, starts, low, title.end())
            inside.update(j for j, m in enumerate(mentions) if m.category == "actor"
                          and title.end() <= m.span.start and m.span.end <= end)
    dropped = inside - issuers
    return [m for j, m in enumerate(mentions) if j not in dropped] if dropped else mentions


@functools.lru_cache(maxsize=4)
def _office_before(vocab: Vocabulary) -> re.Pattern:
    """The vocabulary's office words, then a space: "bộ trưởng ", "chủ tịch " (the office through which an issuer is
    named), longest first; made once per vocabulary, not once per document."""
    words = sorted(vocab.office_words, key=lambda w: (-len(w), w))
    return re.compile(r"(?:phó\s+)?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s+")


def _after_citation(mentions: list[Mention], starts: dict[int, int], low: str, pos: int,
                    offices: re.Pattern | None = None) -> tuple[int, list[int]]:
    """Where a citation's own words end (its number or name written next to it, its date, "của" and its issuers,
    also through their head's office when ``offices`` is given), and the indices of its issuers' mentions."""
    issuer, named = False, []
    while True:
        gap = cues.CITATION_GAP.match(low, pos)
        nxt = gap.end() if gap is not None else pos
        office = offices.match(low, nxt) if offices is not None and (issuer or "của" in low[pos:nxt]) else None
        if office is not None and office.end() in starts and mentions[starts[office.end()]].category == "actor":
            nxt = office.end()      # "của Bộ trưởng | Bộ Nội vụ": the issuer named through its head's office
        k = starts.get(nxt)
        if k is not None and (mentions[k].category == "document" or issuer):
            if mentions[k].category == "actor":
                named.append(k)
            pos = mentions[k].span.end
            continue
        if gap is None or gap.end() == pos:
            return pos, named
        issuer = issuer or "của" in low[pos:gap.end()]
        pos = gap.end()


def _title_end(mentions: list[Mention], starts: dict[int, int], low: str, pos: int) -> int:
    """The end of a cited title from ``pos``: the end of its clause, or a comma before an actor and a verb or before a
    verb (the main clause: "Thực hiện Chỉ thị ... về ..., Ủy ban nhân dân tỉnh yêu cầu ...")."""
    stop = cues.CITED_TITLE_END.search(low, pos, min(len(low), pos + 400))
    end = stop.start() if stop is not None else min(len(low), pos + 400)
    for comma in re.finditer(r",\s*", low[pos:end]):
        k = starts.get(pos + comma.end())
        if (k is not None and mentions[k].category == "actor" and starts_verb(low, mentions[k].span.end + 1)) \
                or starts_verb(low, pos + comma.end(), 2):
            return pos + comma.start()   # (or the main clause goes on: "..., phối hợp với Công an tỉnh ...")
    return end
