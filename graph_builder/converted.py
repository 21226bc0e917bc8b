"""What a converter, a signing tool or OCR left in a published copy, repaired in the match form (same length) before
anything reads it: a Markdown file's front matter and a digital signature's stamp above the header (blanked: not the
document's words), and the cue words of the genre as OCR misread their diacritics ("chủ tri", "phổi hợp", "trách
nhiêm", a sentence's "Dé" for "Để") and the head of names "Uy ban", written as the words they are. Used by ``read``.

>>> chars = list("1. Sở Y tế chủ tri, phổi hợp với Sở Tư pháp.")
>>> repair_ocr_words("".join(chars), chars); "".join(chars)
'1. Sở Y tế chủ trì, phối hợp với Sở Tư pháp.'
"""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import ascii_fold, match_key
from policykg.graph_builder import cues, dutycues
from policykg.graph_builder.doublets import blank_doubled_heads, blank_doublet_commas
from policykg.graph_builder.frontmatter import FrontMatter, read_front_matter, words_fields
from policykg.graph_builder.itemmarkers import repair_item_markers
from policykg.graph_builder.sitefields import site_field_lines

__all__ = ["blank", "blank_converter_lines", "repair_ocr_words"]


def blank(chars: list[str], start: int, end: int) -> None:
    """Blank chars[start:end] in place, its line breaks kept."""
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


# what a signing tool put above the document: the stamp of a digital signature ("Ký bởi: Tổng cục Thuế" / "Email: ..." /
# "Cơ quan: ..." / "Thời gian ký: 04.04.2022 16:34"; a converter's front matter is ``frontmatter``'s)
_STAMP_OPENER = re.compile(r"(?im)^[ \t]*(?:k[ýy]|người k[ýy]|nguoi ky)(?: bởi| bơi| boi)?[ \t]*:[^\n]*$")
_STAMP_LINE = re.compile(r"(?i)[ \t]*(?:e-?mai\w*|cơ quan|địa chỉ|thời gian ký|thoi gian ky|ngày ký|chức vụ)[ \t]*:?[^\n]*")


_NUMBERED = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]")   # a document's number in a value: "1341/QĐ-TTg", "07/2026/UBTVQH16"


def blank_converter_lines(text: str, chars: list[str]) -> None:
    """Blank a converter's front matter and a digital signature's stamp at the top of the text (same length): not the
    document's words, and above its header, where they hid the issuer and the kind. A post's headline and lead in its
    front matter stay, each a sentence of its own, when the body does not repeat them."""
    front = read_front_matter(text)
    if front:
        _keep_words(text, chars, front)
    for start, end in site_field_lines(text):    # a portal's fields about the document ("Số hiệu: ...", "| Người ký |")
        blank(chars, start, end)
    top = text[:1500]
    for opener in _STAMP_OPENER.finditer(top):
        if not (opener.group(0).strip().lower().startswith(("ký bởi", "ky bởi", "ky boi", "ký boi", "người ký",
                                                            "nguoi ky"))) or "".join(chars[:opener.start()]).strip():
            continue   # a stamp only above everything else: under a signature block it prints the signer's name
        _blank_stamp(text, chars, opener)
    # the stamp of a body, in capitals, wherever a copy prints it (the Official Gazette's "Ký bởi: CÔNG BÁO NƯỚC ..." /
    # "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày ký: ..." on its first page): no name of the document's actors
    for opener in _BODY_STAMP.finditer(text) if "Ký bởi" in text else ():
        who = opener.group("who").split()
        if opener.group("who").isupper() and (len(who) >= 5 or who[0] in ("CÔNG", "VĂN", "CỔNG", "BỘ", "SỞ", "ỦY")):
            _blank_stamp(text, chars, opener)   # (a person's name in capitals is the signer's: kept)


def _keep_words(text: str, chars: list[str], front: FrontMatter) -> None:
    """Blank the front matter; keep a post's headline and lead (a dated front matter's: a converter's has a conversion
    date only) each a sentence of its own where it stands, when the body does not repeat it; never a document's own
    title ("Quyết định 1341/QĐ-TTg về ...", above its header)."""
    kept = chars[front.start:front.end]
    blank(chars, front.start, front.end)
    body = None   # the body's match key, made when a field needs it
    for field in words_fields(front) if front.date else ():
        value = field.value
        if len(value.split()) < 4 or "\\" in value or _NUMBERED.search(value):
            continue
        body = match_key(text[front.end:]) if body is None else body
        if match_key(value) in body:
            continue
        for start, end in field.spans:
            chars[start:end] = kept[start - front.start:end - front.start]
        end = field.spans[-1][1]
        if text[end:end + 1] in ('"', "'") and not value.endswith((".", "!", "?", ":")):
            chars[end] = "."   # its closing quote: the sentence ends with the value


_BODY_STAMP = re.compile(r"(?m)^[ \t]*Ký bởi[ \t]*:[ \t]*(?P<who>[^\n]{8,}?)[ \t]*$")


def _blank_stamp(text: str, chars: list[str], opener: re.Match) -> None:
    """Blank a stamp's opening line and the stamp lines below it ("Cơ quan: ...", "Thời gian ký: ...")."""
    blank(chars, opener.start(), opener.end())
    pos, end = opener.end() + 1, min(len(text), opener.end() + 600)
    while pos < end:
        if text[pos] == "\n":
            pos += 1            # a blank line inside the stamp
            continue
        line = _STAMP_LINE.match(text, pos)
        if line is None:
            break
        blank(chars, line.start(), line.end())
        pos = line.end() + 1


# "Để" that opens a sentence, as OCR misreads it ("Dé tiếp tục đẩy mạnh ..., Thủ tướng Chính phủ yêu cầu:"): not "Đề
# xuất", "Đề nghị", "Đề án", "Đề ra" misread the same way
_OCR_PURPOSE = re.compile(r"(?m)(?:^|(?<=[.:;!?]\s))[ \t]*(D[éẻ])(?=[ \t]+(?!(?:xuất|nghị|án|ra|cập|tài|cương|mục)\b)"
                          r"[^\W\d_A-ZĐ])")


def _repair_purpose_word(text: str, chars: list[str]) -> None:
    """Write an OCR'd "Để" that opens a sentence as "Để" in the match form (same length), so the purpose it opens is
    read as one ("Dé tiếp tục đẩy mạnh ..." is "Để tiếp tục đẩy mạnh ...")."""
    for m in (_OCR_PURPOSE.finditer(text) if "Dé" in text or "Dẻ" in text else ()):
        chars[m.start(1):m.end(1)] = "Để"


# "tỉnh" as OCR reads it without its tone ("Ủy ban nhân dân các tinh, thành phố", "Hội đồng nhân dân tinh", "cấp tinh,
# cấp xã", "các tinh ủy"): the level word after "nhân dân (các)" or "cấp", or before "ủy"; not "tinh thần", "mít tinh",
# nor one before "/" (an OCR'd "tinh/thanh phố" of a tax or insurance office's copy: which of its bodies is unclear)
_TINH = re.compile(r"(?<![^\W\d_])(?:tinh|TINH|Tinh)(?![^\W\d_])")
_LEVEL_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:nhân dân(?:\s+các)?|cấp)\s+$")
_LEVEL_WORD_AFTER = re.compile(r"[ \t]*(?:uỷ|ủy)(?![^\W\d_])")


def _repair_level_word(text: str, chars: list[str]) -> None:
    """Write an OCR'd "tinh" that is the level word "tỉnh" as "tỉnh" in the match form (same length, its case kept)."""
    low = text.lower()
    for m in (_TINH.finditer(text) if "inh" in low else ()):
        if low.startswith("/", m.end()) or not (_LEVEL_WORD_BEFORE.search(low, max(0, m.start() - 20), m.start())
                                                or _LEVEL_WORD_AFTER.match(low, m.end())):
            continue
        chars[m.start():m.end()] = [new.upper() if old.isupper() else new for old, new in zip(m.group(0), "tỉnh")]


_OCR_WORDS = dutycues.OCR_CUES + cues.OCR_HEADS


@functools.cache
def _ocr_cue_pattern() -> re.Pattern:
    """The cue words of duty and the heads of names with any diacritics on their letters (or none), as whole words."""
    variants: dict[str, set[str]] = {}
    for code in range(0xC0, 0x1F00):
        ch = chr(code)
        base = ascii_fold(ch)
        if len(base) == 1 and base.isalpha() and ch.isalpha() and ch.islower():
            variants.setdefault(base, set()).add(ch)

    def letter(c: str) -> str:
        return "[ \t]{1,2}" if c == " " else "[" + re.escape(ascii_fold(c) + "".join(sorted(variants.get(
            ascii_fold(c), ())))) + "]"
    words = sorted(_OCR_WORDS, key=len, reverse=True)
    # a word's first letter, then "no letter before it" and which word's first letter it is as look-behinds over it,
    # then the rest of the words in the same order: the same matches as "(?<![^\W\d_])(?:<word>|<word>...)", but a
    # class first, which re skips to in C instead of trying the look-behind at every character (some 1.7x faster)
    firsts = "".join(dict.fromkeys(letter(word[0])[1:-1] for word in words))
    rests = "|".join("(?<=" + letter(word[0]) + ")" + "".join(map(letter, word[1:])) for word in words)
    return re.compile(r"[" + firsts + r"](?<![^\W\d_][\s\S])(?:" + rests + r")(?![^\W\d_])")


def repair_ocr_words(text: str, chars: list[str]) -> None:
    """Write the cue words of duty that OCR misread ("chủ tri", "phổi hợp", "trách nhiêm") and an OCR'd "Để" that
    opens a sentence as the words they are, in the match form (same length; a word with the cue's letters and other
    diacritics, or none, is the cue: no other word of the genre is spelt so; its words also two spaces apart, as
    justified text spreads them: "chủ  trì", qc-36-2006), and blank the comma of a doublet of
    verbs inside a capitalised name and the first of a head noun typed twice (:mod:`doublets`), and write the
    markers of items a converter or OCR left ("- 1. ", "6 b) ", "B) ") as plain ones (:mod:`itemmarkers`)."""
    _repair_purpose_word(text, chars)
    _repair_level_word(text, chars)
    repair_item_markers(text, chars)
    blank_doublet_commas(text, chars)   # "Chi cục Phòng, chống ...": the pair's comma ends no name
    blank_doubled_heads(text, chars)   # "Ban Ban chấp hành ...": a head typed twice is one
    canonical = {ascii_fold(word): word for word in _OCR_WORDS}
    for m in _ocr_cue_pattern().finditer(text.lower()):
        written = m.group(0)
        cue = canonical.get(" ".join(ascii_fold(written).split()))
        if cue is None or written == cue:
            continue
        if len(written) > len(cue):   # "chủ  trì" in justified text: the cue's words one space apart, the rest after
            if text[m.start():m.end()].isupper():
                continue   # a header's capitals ("ỦY  BAN NHÂN DÂN"): their spaces are the page's columns, as printed
            written = " ".join(written.split()) + " " * (len(written) - len(cue))
            chars[m.start():m.end()] = [c.upper() if text[m.start() + k].isupper() else c for k, c in enumerate(written)]
        for k, (old, new) in enumerate(zip(written, cue)):
            if old != new and not old.isspace():
                chars[m.start() + k] = new.upper() if text[m.start() + k].isupper() else new
