"""Where a name or a sentence goes on over a line or a page break of a scraped or converted copy: a place name
broken after its first syllables ("phường Tây Hoa" / "Lư chủ trì"), a page's number between two halves of a name
("UBND tỉnh Hòa" / 2 / "Bình ban hành"), the lines of a page break between two halves of a sentence, a bare head noun
or a name of the vocabulary cut at a line's end ("... và Sở" / "Tư pháp", "Ủy ban Thường vụ" / "Quốc hội"), a numbered
item's first line the wrap cut, a Markdown heading a converter split in two ("## Sở A, Sở B; Công ty" / "" / "### Điện
lực tỉnh"). Used by ``read`` when it joins broken lines in the match form (where a sentence goes
on: ``read._continues``)."""

from __future__ import annotations

import bisect
import functools
import re

from policykg.core.textnorm import all_capitals, match_key
from policykg.graph_builder import cues
from policykg.graph_builder.skipped import page_lines
from policykg.ontology.lexicon import load_lexicon

__all__ = ["BULLET_MARK", "BULLET_START", "CLOSERS", "HEADING_START", "caps_heading_goes_on", "ends_with_name_head",
           "full_item_goes_on", "goes_on_over_blank", "item_goes_on", "join_split_headings", "known_name_goes_on",
           "name_goes_on", "name_head_end", "page_break_after", "partner_list_goes_on", "place_goes_on"]


CLOSERS = ".!?…:;"   # what ends a sentence or a clause at the end of a line
# the marks a bulleted line opens with ("- Bảo đảm ...", "• Sở Y tế ...", "– Kiểm tra ..."), followed by a space
BULLET_MARKS = "-+*•–—"
# a line opened by one of those marks: a bullet of a list (not a numbered item)
BULLET_MARK = re.compile(rf"[ \t]*[{BULLET_MARKS}][ \t]")
# a line that opens a list item or an article: never the rest of the line above it
BULLET_START = re.compile(rf"[ \t]*(?:[{BULLET_MARKS}]\s|" r"[a-zđ]\)\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[IVXLC]{1,6}[.)]\s|"
                          r"(?:Điều|Chương|Mục|Phần)\s+[0-9IVXLC]+\b)")
_PLACE_BEGUN = re.compile(rf"(?<!\w){cues.LEVEL_PATTERN}"
                          r"((?:\s+[A-ZĐ][^\W\d_]*){1,2})$")
_PLACE_END = re.compile(r"([A-ZĐ][^\W\d_A-ZĐ]*)\s+([^\W\d_]+)")
_ITEM_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\))[ \t]+")
_OPENING_TIME = re.compile(r"(?:định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng)\s+")
_NAME_BEGUN = re.compile(r"(?<!\w)(?:của|cho|với|tại|và)\s+[A-ZĐ][^\W\d_]*$")
# a partner's name begun at the end of an item's line: "b) Bộ Y tế chủ trì, phối hợp với Bộ Công" / "Thương và ...",
# also its first words in lower case after its capital ("... phối hợp với Ban Thường trực" / "Ủy ban Mặt trận ...")
_PARTNER_BEGUN = re.compile(r"(?<!\w)phối hợp(?:\s+với)?\s[^.;:!?()]*?(?<!\w)[A-ZĐ][^\W\d_]*"
                            r"(?P<tail>(?:\s+(?![A-ZĐ])[^\W\d_]+){0,2})$")


def place_goes_on(line: str, nxt: str) -> bool:
    """Whether a place name begun at the end of ``line`` ends on ``nxt`` ("... Việt Nam phường Tây Hoa" / "Lư chủ
    trì, ..."): a level word and one or two capitalised syllables, then one on the next line before a lower-case word
    that no verb or function word opens (not an actor heading's place followed by its first duty, "Chủ động ...")."""
    m, n = _PLACE_BEGUN.search(line), _PLACE_END.match(nxt)
    if m is None or n is None or not n.group(2).islower():
        return False
    first = n.group(1).lower()
    two = f"{first} {n.group(2)}"
    return first not in cues.NAME_STOP_WORDS and first not in cues.ACTION_VERBS and two not in cues.ACTION_VERBS


def goes_on_over_blank(line: str, nxt: str) -> bool:
    """Whether a long line's sentence goes on over a stray blank line to ``nxt``: in lower case ("... tăng cường
    các" / "" / "biện pháp ..."), or as the rest of a name the line's end begins ("... của Ban" / "" / "Thường vụ Tỉnh
    ủy đến ...", "... – Thường trực Hội" / "" / "Liên hiệp thanh niên Việt Nam"): a capitalised word and another within
    its first five words (a proper name goes on, not a new paragraph's "Việc tổ chức ..."), no item's number or mark."""
    cur, after = line.strip(), nxt.strip()
    if after[:1].islower():
        return True
    if BULLET_START.match(nxt) or HEADING_START.match(nxt) or not after[:1].isalpha():
        return False
    words = after.split()[:5]
    return sum(1 for w in words if w[:1].isupper()) >= 2 and name_goes_on(cur, after)


def name_goes_on(line: str, nxt: str) -> bool:
    """A name broken by a page break goes on on the next page ("... của UBND tỉnh Hòa" / page 2 / "Bình ban hành
    ...", "... phối hợp với Sở" / "Văn hóa ..."). A sentence goes on over a page break as over a line break
    (``read._continues``): "... báo cáo kết quả" / page 2 / "thực hiện trong tháng 3 năm 2026."."""
    return place_goes_on(line, nxt) or ends_with_name_head(line, nxt) or known_name_goes_on(line, nxt)


def item_goes_on(line: str) -> bool:
    """Whether a numbered item's first line, wrapped before a capital, goes on on the next line: it opens with a verb
    of the genre (after a time: "d) Định kỳ báo cáo ...") and ends with one ("... để kịp thời tổng hợp báo cáo" /
    "Ban Bí thư Trung ương Đảng ...") or with a name begun after a preposition ("... kinh phí hoạt động của Làng" /
    "Văn hóa - Du lịch ..."); not a heading that names a topic or its holders ("a) Về hoàn thiện thể chế" / "Bộ Tư
    pháp chủ trì ...", "2. Sở Y tế" / "Chủ trì ..."); or whatever it opens with, when it names its partners and ends in a
    capitalised word after them, a name begun ("b) Bộ Y tế chủ trì, phối hợp với Bộ Công" / "Thương ...").

    >>> item_goes_on("d) Định kỳ báo cáo Thủ tướng Chính phủ để kịp thời tổng hợp báo cáo"), item_goes_on("a) Về công tác báo cáo")
    (True, False)
    """
    number = _ITEM_NUMBER.match(line)
    if number is None:
        return False
    body = line[number.end():].strip()
    low = body.lower()
    time = _OPENING_TIME.match(low)
    words = low[time.end() if time else 0:].split()
    last = low.split()[-2:]
    opens = any(" ".join(words[:n]) in cues.ACTION_VERBS for n in (1, 2))
    ends = any(" ".join(last[-n:]) in cues.ACTION_VERBS for n in (1, 2)) or _NAME_BEGUN.search(body) is not None
    partner = _PARTNER_BEGUN.search(body)
    tail = partner.group("tail").lower().split() if partner else []
    return opens and ends or partner is not None and not _verb_in(tail) and not (tail and _ends_known_name(body))


def _verb_in(words: list[str]) -> bool:
    """A verb of the genre among the words after a partner's capital ("... với Sở Y tế | kiểm tra"): the name ended;
    not a word the vocabulary's names hold ("Ban Thường | trực", "Sở Giáo dục và Đào | tạo")."""
    return any(" ".join(words[k:k + 2]) in cues.ACTION_VERBS for k in range(len(words) - 1)) \
        or any(w in cues.ACTION_VERBS and w not in _name_words() for w in words)


def _ends_known_name(line: str) -> bool:
    """The line ends with a whole name of the vocabulary ("... phối hợp với Ủy ban MTTQ tỉnh, Tỉnh đoàn"): a list's
    item ended there, the next line's name is another ("Hội Liên hiệp Phụ nữ tỉnh ...")."""
    words, forms = line.split(), _known_forms()
    return any(words[-k][:1].isupper() and match_key(" ".join(words[-k:])) in forms
               for k in range(2, min(len(words), _NAME_WORDS) + 1))


@functools.cache
def _name_words() -> frozenset[str]:
    """The words after the first of the vocabulary's names, in lower case ("trực", "tạo", "phòng", "cấp")."""
    return frozenset(w.lower() for entry in load_lexicon().entries for form in (entry.label_vi, *entry.alt_labels)
                     for w in form.split()[1:])


def page_break_after(lines: list[str], i: int) -> int | None:
    """How many lines on the next line of text is when only a page break lies between it and line ``i`` (blank
    lines and a page marker, with the page's numbers beside it, as ``skipped.page_lines`` reads them: "... báo cáo Thủ
    tướng" / "2" / "--- PAGE BREAK ---" / "Chính phủ trong tháng 3."), else None."""
    window = []
    for line in lines[i + 1:i + 11]:   # up to the first line that can be no page's layout, that line included
        window.append(line)
        body = line.strip(" \t\f")
        if body and not body.strip(" \t-").isdigit() and not page_lines(line):
            break
    if len(window) < 2:
        return None   # no line after the layout (below: k < len(window) with layout in range(k)): read no lines again
    starts = [0]
    for line in window:
        starts.append(starts[-1] + len(line) + 1)
    layout = {bisect.bisect_right(starts, span.start) - 1 for span in page_lines("\n".join(window))}
    k = next((k for k, line in enumerate(window) if line.strip(" \t\f") and k not in layout), len(window))
    return k + 1 if layout and layout.issubset(range(k)) and k < len(window) else None


def caps_heading_goes_on(cur: str, after: str, full: int) -> bool:
    """Whether a heading in capitals that the wrap cut goes on on the next line ("CƠ QUAN, ĐƠN VỊ GIỚI THIỆU NGƯỜI
    ỨNG CỬ ĐẠI BIỂU" / "HỘI ĐỒNG NHÂN DÂN CÁC CẤP"): the line (stripped, no closer at its end) is as long as a line
    the wrap cut (``full``, hard-wrapped text only), it has no layout column's gap, and the next line is in capitals
    too and opens no heading, item or frame line of its own. A short line in capitals ("KẾ HOẠCH" / "TRIỂN KHAI
    ...", "CỘNG HÒA ..." / "ĐỘC LẬP ...") ends where it ends, and so do the frame's lines: signature blocks side by
    side ("KT. BỘ TRƯỞNG BỘ A KT. BỘ TRƯỞNG BỘ B" / "THỨ TRƯỞNG THỨ TRƯỞNG"), the issuers of a joint header parted
    by dashes ("BAN A - ỦY BAN B - ..." / "HỘI C - HỘI D") or above the motto, and any line of a text whose lines are
    too short for a page's wrap (a header's stacked organs: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN THANH NIÊN ...").

    >>> caps_heading_goes_on("TỔ CHỨC, CÁ NHÂN ĐƯỢC GIAO CHỦ TRÌ CÁC NHIỆM VỤ BẢO VỆ RỪNG ĐẦU NGUỒN VÀ", "KHU BẢO TỒN", 60)
    True
    >>> caps_heading_goes_on("KẾ HOẠCH", "PHÒNG, CHỐNG THIÊN TAI NĂM 2027", 60), caps_heading_goes_on("A" * 70, "II. NHIỆM VỤ", 60)
    (False, False)
    >>> caps_heading_goes_on("KT. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KT. GIÁM ĐỐC SỞ NÔNG NGHIỆP", "PHÓ CHỦ TỊCH", 60)
    False
    """
    return _PAGE_WRAP <= full <= len(cur) and cur[-1] not in CLOSERS and "   " not in cur and all_capitals(after, 2) \
        and not HEADING_START.match(after) and not BULLET_START.match(after) and " - " not in cur + " " + after \
        and not cues.SIGNATURE_MODE.search(cur + " " + after) and not after.upper().startswith(_MOTTOS)


_PAGE_WRAP = 45    # the shortest cut line of a page's wrap (60 columns and more): a frame's short lines are no wrap
_MOTTOS = tuple(line.upper() for line in cues.MOTTO_LINES)


HEADING_START = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[IVXLC]{1,6}[.)]|[a-zđ]\)|(?:Điều|Chương|Mục|Phần)\s+"
                           r"[0-9IVXLC]+\b|Số\s*:|Kính gửi|Nơi nhận|Về\s)")


@functools.cache
def name_head_end() -> tuple[re.Pattern, re.Pattern]:
    """A line that ends with the head noun of an organisation name ("... và Sở", "Ủy ban"): the name goes on."""
    heads = sorted({h for h, _ in load_lexicon().head_nouns() if len(h) > 2 and not h.isascii()}
                   | {"sở", "bộ", "ban", "cục", "vụ", "hội", "viện"}, key=lambda h: (-len(h), h))
    alternatives = "|".join(re.escape(h) for h in heads)
    return re.compile(r"(?<!\w)(?:" + alternatives + r")$"), re.compile(r"(?:" + alternatives + r")(?!\w)")


def ends_with_name_head(line: str, nxt: str) -> bool:
    """Whether ``line`` ends with a bare head noun whose name goes on at the start of ``nxt``.

    '... phối hợp với Bộ Chỉ huy và Sở' + 'Văn hóa và Thể thao ...' -> True. Not when the head is lower
    case ('các sở'), follows a capitalised word (a whole name: '... của Bộ Công an'), or when the next
    line opens a name of its own ('Bộ Công an chủ trì ...', 'Vụ Giáo dục ...'), or in a short heading.
    """
    if not _bare_head_at_end(line):
        return False
    if name_head_end()[1].match(nxt.lower()) or (HEADING_START.match(line) and len(line) < 60):
        return False
    return True


def _bare_head_at_end(line: str) -> bool:
    """The line ends with a capitalised head noun that no capitalised word precedes ("...; Công ty", "... và Sở")."""
    m = name_head_end()[0].search(line.lower())
    if not m or m.start() == 0 or not line[m.start()].isupper() or not line[:m.start()].split("    ")[-1].strip():
        return False    # ... or the head opens a layout column's cell: "(Đã ký)      CHỦ TỊCH", a post, not a name's head
    before = line[:m.start()].split()
    return not (before and before[-1][:1].isupper())


@functools.cache
def _known_forms() -> frozenset[str]:
    """The match keys of the vocabulary's names of two words or more (abbreviations aside): the names a line break
    may cut."""
    lexicon = load_lexicon()
    return frozenset(match_key(form) for entry in lexicon.entries for form in (entry.label_vi, *entry.alt_labels)
                     if len(form.split()) > 1 and not form.isupper())


_NAME_WORDS = 8   # the words of a known name on either side of a line break ("Ủy ban Quốc phòng, An ninh và Đối ngoại")


def known_name_goes_on(line: str, nxt: str) -> bool:
    """Whether a name of the vocabulary begun at the end of ``line`` ends on ``nxt`` ("... lãnh đạo Ủy ban Thường vụ"
    / "Quốc hội hướng dẫn ..."): the last words of the line from a capitalised one and the first words of the next
    line are one known name, also where a comma ends it ("2. Đề nghị Hội Nông dân Việt" / "Nam, các hội ...": a
    list that goes on).

    >>> known_name_goes_on("2. Đề nghị Hội Nông dân Việt", "Nam, các hội nghề nghiệp có biện pháp ...")
    True
    """
    words, after = line.split(), nxt.split()[:_NAME_WORDS]
    closed = _closed(after)
    forms = _known_forms()
    for k in range(1, min(len(words), _NAME_WORDS) + 1):
        if not words[-k][:1].isupper():
            continue
        begun = " ".join(words[-k:])
        if any(match_key(begun + " " + " ".join(after[:m])) in forms for m in range(1, closed + 1)) \
                or match_key(begun + " " + " ".join(after[:closed]).rstrip(",;:.")) in forms:
            return True
    return False


def _closed(words: list[str]) -> int:
    """How many of the next line's first words a name may take: up to the first that a comma, a semicolon, a colon
    or a dot closes, that one included ("Nam, | các hội ...": a list goes on after the name)."""
    return next((i + 1 for i, w in enumerate(words) if w[-1:] in ",;:."), len(words))


# a list of partners that goes on over a blank line or a page's number (round 34): "... chủ trì, phối hợp với Sở A, Sở
# B," / "" / "12" / "" / "Sở C và các cơ quan liên quan thực hiện ...": the line ends with a comma inside the list that
# "phối hợp với" opens and the next line of text opens with a name of the vocabulary (the lines between are layout).
# The line's end, a comma in the list of partners it opens ("phối hợp với Sở A, Sở B,", "phối hợp: Sở A,"):
_OPEN_PARTNERS = re.compile(r"(?i)(?<!\w)phối hợp(?:\s+chặt chẽ)?(?:\s+với|\s*:)\s[^.;:!?()]*,$")
# what may stand between the two lines: blank lines and a page's bare number ("12", "- 12 -")
_LAYOUT = re.compile(r"[ \t\f]*(?:[-–][ \t]*)?(?:\d{1,3}(?:[ \t]*[-–])?)?[ \t\f]*")
# a line that opens an item of its own with a capital letter ("C) Thời gian thực hiện: ..."): no partner of the list
_CAPITAL_ITEM = re.compile(r"[ \t]*[A-ZĐ][.)][ \t]")


def partner_list_goes_on(lines: list[str], i: int) -> int | None:
    """How many lines on the list of partners that line ``i`` leaves open after a comma goes on (over blank lines
    and a page's number, at least one blank line), else None.

    >>> partner_list_goes_on(["Sở Y tế chủ trì, phối hợp với Sở Tài chính,", "", "12", "", "Công an tỉnh thực hiện."], 0)
    4
    >>> partner_list_goes_on(["Sở Y tế chủ trì, phối hợp với Sở Tài chính,", "", "các đơn vị thực hiện."], 0)
    """
    if not _OPEN_PARTNERS.search(lines[i].rstrip()):
        return None
    k = i + 1
    while k < len(lines) and k <= i + 5 and _LAYOUT.fullmatch(lines[k]):
        k += 1
    if k == i + 1 or k >= len(lines) or k > i + 5 or not any(not lines[j].strip(" \t\f") for j in range(i + 1, k)):
        return None
    words = lines[k].split()[:_NAME_WORDS]
    if not words or not words[0][:1].isupper() or HEADING_START.match(lines[k]) or BULLET_START.match(lines[k]) \
            or _CAPITAL_ITEM.match(lines[k]):
        return None      # an item of its own ("C) Thời gian thực hiện: ...", "3. Sở A ...", "- Sở B ...")
    forms = _known_forms()
    # a name of the vocabulary, a body's head noun ("Ban Quản lý ...", "Ủy ban nhân dân các huyện"), initials ("UBND")
    first = words[0].rstrip(",;")
    names = any(match_key(" ".join(words[:n]).rstrip(",;:.")) in forms for n in range(2, len(words) + 1)) \
        or name_head_end()[1].match(lines[k].lstrip().lower()) is not None or (len(first) >= 2 and first.isalpha()
                                                                                 and first.isupper())
    return k - i if names else None


_TOPIC_ITEM = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[IVXLC]{1,6}[.)]|[a-zđ]\))?[ \t]*Về\s")


def full_item_goes_on(cur: str, after: str, full: int) -> bool:
    """A numbered item's first line as long as the wrap width (``full``) goes on before a capital, unless it names a
    topic ("c) Về công tác ...") or its holders after a colon ("3. Trách nhiệm của các Bộ: ...", read as the heading
    it is), or the next line opens a name of its own ("Sở Y tế chủ trì ...")."""
    return 50 <= full <= len(cur) and not _TOPIC_ITEM.match(cur) and ":" not in cur \
        and not name_head_end()[1].match(after.lower())


# a Markdown heading's line: its marker, its text
_MD_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+([^\n]*?)[ \t]*$")


def join_split_headings(text: str, chars: list[str]) -> None:
    """A heading a converter split over two Markdown headings, a name cut at its head noun ("## Đề nghị các Sở: ...;
    Công ty" / "" / "### Điện lực tỉnh"): the break between them becomes spaces in the match form (``chars``), so
    the name is read whole and the heading is one line."""
    headings = list(_MD_HEADING.finditer(text))
    for m, n in zip(headings, headings[1:]):
        if text[m.end():n.start()].count("\n") > 2 or text[m.end():n.start()].strip():
            continue     # more than a blank line between them
        line, rest = m.group(1), n.group(1).strip()
        # the second heading is the name's rest: short, capitalised, no sentence ("### Điện lực tỉnh", itself a name
        # head, which a line of running text would not continue)
        if line and line[-1] not in CLOSERS and rest[:1].isupper() and len(rest) <= 60 and rest[-1] not in CLOSERS \
                and (_bare_head_at_end(line) or known_name_goes_on(line, rest)):
            for k in range(m.end(), n.start(1)):
                chars[k] = " "
