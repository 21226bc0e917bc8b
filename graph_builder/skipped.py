"""What a reader skips in a news article: its date line near the top, its closing byline ("Theo Nhandan", "PV"),
and a lead paragraph it repeats (usually truncated with "..."). Offsets index the source text."""

from __future__ import annotations

import functools
import re

from policykg.graph_builder.model import Span

__all__ = ["DATE_LINE", "is_byline", "non_body_lines", "page_lines", "repeated_leads"]


DATE_LINE = re.compile(
    r"(?im)^[ \t\u00a0]*(?:(?:thứ[ \u00a0]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \u00a0]+nhật)[ \u00a0]*,?[ \u00a0]*)?"
    r"(?:ngày[ \u00a0]+)?\d{1,2}/\d{1,2}/\d{4}(?:[ \u00a0]*[,|-]?[ \u00a0]*\d{1,2}[:h]\d{2}(?:[ \u00a0]*\(?GMT[+-]\d{1,2}\)?)?)?"
    r"[ \t\u00a0]*$")
_BYLINE = re.compile(r"(?i)^\(?(?:theo|nguồn)[ \u00a0]*:?[ \u00a0]+(?:[^\s,;:()]+[ \u00a0]?){1,6}\)?$")
_REPORTER = re.compile(r"^\(?(?:PV|P\.V\.?|Nhóm PV|NHÓM PV|Nhóm phóng viên|BTV|CTV)\)?\.?$")


# the author and the agency: "Hoàng Nam (TTXVN)", "Thu Trang/VOV" (a name of two to four capitalised words, the agency's
# initials in capitals)
_AUTHOR_AGENCY = re.compile(r"^(?P<name>(?:[^\W\d_]+[ \u00a0]+){1,3}[^\W\d_]+)[ \u00a0]*(?:\([ \u00a0]*|/[ \u00a0]*)"
                            r"[A-ZĐ][A-ZĐ+&./]{1,15}\)?$")


def is_byline(line: str) -> bool:
    """'Theo Nhandan', 'Nguồn: baochinhphu.vn', 'PV', '© Báo ...', 'Hoàng Nam (TTXVN)' (a closing credit line).

    >>> is_byline("Hoàng Nam (TTXVN)"), is_byline("Sở Y tế (Phòng Nghiệp vụ)")
    (True, False)
    """
    line = line.strip(" \t\u00a0*_")
    if _BYLINE.match(line) and not line.endswith("."):
        return True
    author = _AUTHOR_AGENCY.match(line)
    if author and all(word[0].isupper() for word in author.group("name").split()):
        return True
    return bool(_REPORTER.match(line)) or line.startswith(("©", "Copyright", "(c) "))


_ELLIPSIS_END = re.compile(r"(?:\.{3}|…)[\"'”’)]*\s*$")

_SQUASHED_OUT = re.compile(r"(?:\.{3}|[\s…])+")


def _squash(text: str) -> tuple[str, list[int]]:
    """Text without whitespace and ellipses (lower case), with each kept char's index in the original."""
    kept: list[str] = []
    index: list[int] = []
    pos = 0
    for gap in [*_SQUASHED_OUT.finditer(text), None]:
        end = gap.start() if gap else len(text)
        if end > pos:
            kept.append(text[pos:end])
            index.extend(range(pos, end))
        if gap:
            pos = gap.end()
    squashed = "".join(kept)
    lowered = squashed.lower()
    if len(lowered) != len(squashed):         # a letter whose lower case is longer ("İ"): keep offsets
        lowered = "".join(c.lower()[:1] for c in squashed)
    return lowered, index


def repeated_leads(match: str) -> list[Span]:
    """Copies of the text that follows them: a lead paragraph the article repeats, usually
    truncated with "..."/"…" (compared without whitespace and ellipses, case-insensitively)."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", match)]
    candidates = []
    for m, nxt in zip(lines, lines[1:] + [None]):
        line = m.group(0)
        if len(line.strip()) < 60:
            continue
        body = _ELLIPSIS_END.sub("", line)
        # cheap test first: the next paragraph opens with the same words
        if nxt is not None and " ".join(nxt.group(0).lower().split()[:6]) == " ".join(body.lower().split()[:6]):
            candidates.append((m, body, body != line))
    spans = []
    for m, body, truncated in candidates:
        key, _ = _squash(body)
        following, _ = _squash(match[m.end():m.end() + 2 * len(body) + 200])
        if len(key) < 50:
            continue
        if following.startswith(key) and (truncated or len(following) > len(key)):
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            spans.append(Span(m.start() + lead, m.end()))
    return spans


# a page marker of OCR'd or converted text ("===== Trang 3 =====", "Trang 2/5", "--- PAGE BREAK ---"), the running
# head of a page of the Official Gazette ("CÔNG BÁO/Số 283/Ngày 25-05-2026", of a double issue "CÔNG BÁO/Số 1095 + 1096/
# Ngày 29-12-2023", its page's number on the next line), the
# file name a printed page carries at its foot ("10.KLTW77.DOC 3": the copies, the document's file, the page; OCR'd
# "10KLTW17LDOC:", "30.LTW77 DỌC. 2", "10KLTW17.00C") and a bare page number
_PAGE_MARKER = re.compile(r"^[ \t\f]*(?:=+[ \t]*Trang[ \t]+\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?[ \t]*=+|Trang[ \t]+\d{1,4}"
                          r"(?:[ \t]*/[ \t]*\d{1,4})?|-{2,}[ \t]*(?:page[ \t]+break|ngắt[ \t]+trang)[ \t]*-{2,}"
                          r"|CÔNG[ \t]+BÁO[ \t]*/[ \t]*Số[ \t]+\d{1,5}(?:[ \t]*\+[ \t]*\d{1,5})*[ \t]*/[ \t]*Ngày[ \t]+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
                          r"|\d{1,3}\.?[A-Z][A-Z0-9.]{1,20}[ \t]?(?:D[OỌ0]|[0O]{2})CX?[.:]?(?:[ \t]+\d{1,3})?)[ \t]*$",
                          re.I)
# an item's letter ("a) ...", "b. ..."): a line that opens so starts an item, not the rest of a sentence
_ITEM_LETTER = re.compile(r"^[ \t\f]*[a-zđ][).][ \t]")
_PAGE_NUMBER = re.compile(r"^[ \t\f]*(?:-[ \t]*)?\d{1,3}(?:[ \t]*-)?[ \t]*$")
_DASHED_NUMBER = re.compile(r"^[ \t\f]*-[ \t]*\d{1,3}[ \t]*-[ \t]*$")   # "- 13 -": a page's number wherever it stands
# "\f5" (a PDF's text opens the page with its number) as ``source_text`` leaves it: one space, then the number
_FORM_FED_NUMBER = re.compile(r"^[ \f]\d{1,3}[ \t]*$")


def page_lines(text: str) -> list[Span]:
    """Page markers ("===== Trang 3 =====") and page numbers (a line holding only a number, next to a form feed or
    centred on the line as PDF layout text puts it; a number between dashes, "- 5 -", on a line of its own wherever it
    stands: no text writes one so): layout, not text. (``source_text`` turns a form feed into a
    space, so the centring, or the one space before a number that opened its page, is what is left of the page
    break.)

    >>> t = "cuối trang\\n" + " " * 30 + "2\\n\\nđầu trang\\n===== Trang 3 =====\\nhết\\n3\\n\\n--- PAGE BREAK ---\\n\\n4\\n\\nx"
    >>> [t[s.start:s.end] for s in page_lines(t)]
    ['2', '===== Trang 3 =====', '3', '--- PAGE BREAK ---', '4']
    >>> t = "cuối trang\\n \\n- 5 -\\n\\nChủ tịch Ủy ban"     # a number between dashes on its own line: a page's, always
    >>> [t[s.start:s.end] for s in page_lines(t)]
    ['- 5 -']
    >>> t = "cuối trang\\n 6\\nChủ tịch Ủy ban\\n7\\nSở Y tế"     # "\\f6" as source_text leaves it; "7": a row's number
    >>> [t[s.start:s.end] for s in page_lines(t)]
    ['6']
    """
    if "\n" not in text and not (_PAGE_MARKER.match(text) or _DASHED_NUMBER.match(text)
                                 or _FORM_FED_NUMBER.match(text) or _PAGE_NUMBER.match(text)):
        return []   # one line that none of them opens (as a line's layout is asked of, line by line): the same, sooner
    return list(_page_spans(text))


@functools.lru_cache(maxsize=64)
def _page_spans(text: str) -> tuple[Span, ...]:
    """``page_lines`` of a text, memoised: the reader, the joins over page breaks and the statements' texts ask it of
    the same whole text of a document, and of the same windows of lines, more than once."""
    spans = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*", text)]
    after_marker = False   # only blank lines since a page marker: a number there is the new page's
    for k, (start, line) in enumerate(lines):
        near_break = "\f" in line or len(line) - len(line.lstrip()) >= 20 or after_marker
        marker = bool(_PAGE_MARKER.match(line))
        if marker or _DASHED_NUMBER.match(line) or _FORM_FED_NUMBER.match(line) or _PAGE_NUMBER.match(line) and (
                near_break or _marker_below(lines, k) or _inside_sentence(text, start, line)):
            body = line.strip(" \t\f")
            if body:
                spans.append(Span(start + line.index(body), start + line.index(body) + len(body)))
        after_marker = marker or (after_marker and not line.strip(" \t\f"))
    return tuple(spans)


def _inside_sentence(text: str, start: int, line: str) -> bool:
    """A number alone between blank lines with a sentence going on below it ("... cho người dân vùng" / "" / "2" / "" /
    "sâu, vùng xa; ..."): the page's number, though no form feed or marker says a page ends there."""
    end = start + len(line)
    if not re.search(r"\n[ \t\f]*\n[ \t\f]*$", text[max(0, start - 40):start]):
        return False
    below = re.match(r"[ \t\f]*\n(?:[ \t\f]*\n)+[ \t\f]*(?P<text>[^\n]*)", text[end:end + 400])
    return bool(below) and below.group("text")[:1].isalpha() and below.group("text")[:1].islower() \
        and not _ITEM_LETTER.match(below.group("text"))


def _marker_below(lines: list[tuple[int, str]], k: int) -> bool:
    """Only blank lines between line ``k`` and a page marker below it (the old page's number, "4" / "" / "--- PAGE
    BREAK ---")."""
    for _, line in lines[k + 1:k + 6]:
        if line.strip(" \t\f"):
            return bool(_PAGE_MARKER.match(line))
    return False


# the receiving office's stamp on a scanned letter: "ĐẾN" (or "CÔNG VĂN ĐẾN") under the receiver's name, then its fields
_STAMP_HEAD = re.compile(r"(?i)^[ \t\u00a0*_]*(?:(?:công[ \t]+văn|văn[ \t]+bản|cv)[ \t]+)?đến[ \t\u00a0*_:]*$")
_STAMP_FIELD = re.compile(r"(?i)^[ \t\u00a0*_]*(?:số(?:[ \t]+và[ \t]+ký[ \t]+hiệu(?:[ \t]+hs)?)?|ngày|giờ|chuyển|lưu[ \t]+hồ[ \t]+sơ"
                          r"(?:[ \t]+số)?)[ \t]*:")
_STAMP_TOP = 40   # the stamp lies on the first page, among its first lines


def receipt_stamp_lines(lines: list[tuple[int, int, str]]) -> list[Span]:
    """A receipt stamp (the receiver's name, "ĐẾN", then "Số:", "Ngày:", "Chuyển:" ... lines) among the first
    non-blank ``lines`` (start, end, line): the receiver is no body of the document, its fields no frame.

    >>> t = "BỘ X\\nSố: 5/BX\\nTRƯỜNG Y\\nĐẾN\\nSố: 19\\nNgày: 2/3/2027\\nChuyển: ...\\nKính gửi: Z"
    >>> [t[s.start:s.end] for s in receipt_stamp_lines([(m.start(), m.end(), m.group(0)) for m in re.finditer(r".+", t)])]
    ['TRƯỜNG Y', 'ĐẾN', 'Số: 19', 'Ngày: 2/3/2027', 'Chuyển: ...']
    """
    for k, (_, _, line) in enumerate(lines[:_STAMP_TOP]):
        if k == 0 or not _STAMP_HEAD.match(line) or _STAMP_FIELD.match(lines[k - 1][2]):
            continue
        last = k
        while last + 1 < len(lines) and _STAMP_FIELD.match(lines[last + 1][2]):
            last += 1
        if last == k:
            continue   # "ĐẾN" with no field under it is no stamp
        return [Span(start + len(line) - len(line.lstrip()), start + len(line.rstrip()))
                for start, _, line in lines[k - 1:last + 1]]
    return []


def non_body_lines(text: str) -> list[Span]:
    """An article's date line near the top and its byline at the bottom; page markers and page numbers; a receipt
    stamp."""
    spans = page_lines(text)
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    for start, end, line in lines[:3]:
        if DATE_LINE.match(line):
            lead = len(line) - len(line.lstrip())
            spans.append(Span(start + lead, end))
            break
    for start, end, line in lines[-3:]:
        stripped = line.strip(" \t\u00a0*_")
        if is_byline(stripped):
            lead = line.index(stripped)
            spans.append(Span(start + lead, start + lead + len(stripped)))
    spans.extend(receipt_stamp_lines(lines))
    spans.extend(portal_lines(text, lines))
    return spans


# a portal page's furniture around the document it publishes: breadcrumbs, the post's time and views, print and font
# size above it; its list of related posts below it
_PORTAL_LINE = re.compile(r"(?i)\s[>»]\s|^\W*trang chủ\b|lượt (?:xem|đọc|truy cập)|\bin bài\b|cỡ chữ|\bbản in\b")
_RELATED = re.compile(r"(?i)^\W*(?:tin|bài viết|văn bản) (?:liên quan|khác|cùng chuyên mục)\s*:?\s*$")


def portal_lines(text: str, lines: list[tuple[int, int, str]]) -> list[Span]:
    """The furniture lines a portal page opens with (two or more, ``_PORTAL_LINE``), and its headline when the text
    below repeats it ("KẾ HOẠCH Ra quân ..." over the document's "KẾ HOẠCH" / "Ra quân ..."); the list of related
    posts it ends with ("Tin liên quan:" and the lines after it)."""
    spans: list[Span] = []
    k = 0
    while k < min(len(lines), 6) and _PORTAL_LINE.search(lines[k][2]):
        k += 1
    if k >= 2:
        spans.extend(Span(start, end) for start, end, _ in lines[:k])
        if k < len(lines):
            start, end, line = lines[k]
            words = line.split()
            if len(words) >= 4 and " ".join(words[2:]).lower() in " ".join(text[end:end + 3000].split()).lower():
                spans.append(Span(start, end))
    related = next((i for i in range(max(0, len(lines) - 12), len(lines)) if _RELATED.match(lines[i][2])), None)
    if related is not None:
        spans.extend(Span(start, end) for start, end, _ in lines[related:])
    return spans
