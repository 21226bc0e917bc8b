"""The cue words of a document's signature block and what follows it: persons' names, the recipients list, the parts
after the footer (with ``cues.py`` and ``dutycues.py``, the modules where the builder's Vietnamese words are
written; ``docs/GENRE.md``).

>>> bool(RECIPIENTS.match("Nơi nhận:")), bool(RECIPIENTS.match("Noi nhan:")), "đảng" in NOT_PERSON_WORDS
(True, True, True)
"""

from __future__ import annotations

import re

from policykg.graph_builder.cues import PERSON_PREFIX

# middle names after which a family name that is also a head noun ("Đoàn", "Văn") begins a person's name ("Đoàn Thị
# Hậu", not "Đoàn Thanh niên" or "Đoàn Công tác")
MIDDLE_NAMES = frozenset("thị văn đức hữu ngọc xuân trọng đình quang minh hồng mạnh thế tiến anh".split())
# first words that never begin a person's name in a signature block (heads of names, posts, footer words)
NOT_PERSON_WORDS = frozenset("""bộ sở ban ủy cục công hội đảng tỉnh huyện xã thành trung nơi lưu kính ghi phụ mẫu ký
thủ chủ bí phó giám trưởng tổng chánh văn phòng viện tòa đoàn mặt quốc chính nhà các những như việt độc cộng""".split())
# the recipients list: "Nơi nhận:", its items ("- Như trên;", "- Lưu: VT, KT."), and "Kính gửi:" in a letter
# (OCR loses or changes the marks: "Nơi nhân:", "Noi nhan:", "NƠI NHÂN")
RECIPIENTS = re.compile(r"^\s*(?:N[ơo]i\s+nh[ậâạaầấ]n|N[ƠO]I\s+NH[ẬÂẠAẦẤ]N)\s*:?")
RECIPIENT_ITEM = re.compile(r"^\s*(?:[-+•*–]\s*|Lưu\b|LƯU\b|Như\s+(?:trên|Điều))")
# a line of the list whose dash OCR lost, in capitals: one abbreviation ("UBMTTQVNTP", "VPUB;")
_ABBREVIATION_LINE = re.compile(r"[A-ZĐ][A-ZĐ0-9&.\-]{2,}[;,.]?")
# what opens a new part after the signature block: an appendix, an attached regulation, a note
AFTER_FOOTER = re.compile(r"^\s*(?:PHỤ LỤC|Phụ lục|PHỤ\s*LỤC|\(?(?:Ban hành )?[Kk]èm theo|Ghi chú|GHI CHÚ|Chương\s|CHƯƠNG\s"
                          r"|Điều\s+\d|Mục\s+\d|[IVX]{1,4}\.\s|\d{1,2}\.\s)")
# what qualifies a post after its name ("PHÓ CHỦ TỊCH THƯỜNG TRỰC"), as written when OCR lost a mark ("THUỜNG TRỰC")
POST_QUALIFIERS = ("Thường trực", "Phụ trách", "Điều hành")
# OCR's "l" for "I" between two capitals: "PHÓ GlÁM ĐỐC"
_L_FOR_I = re.compile(r"(?<=\w)l(?=\w)")


def capital_i(text: str) -> str:
    """``text`` with OCR's "l" between two capitals read as "I" ("PHÓ GlÁM ĐỐC" -> "PHÓ GIÁM ĐỐC"; "Hòa Bình" as it is).

    >>> capital_i("PHÓ GlÁM ĐỐC"), capital_i("Vĩnh Long")
    ('PHÓ GIÁM ĐỐC', 'Vĩnh Long')
    """
    return _L_FOR_I.sub(lambda m: "I" if text[m.start() - 1].isupper() and text[m.end()].isupper() else "l", text)


def rank_alone(text: str) -> bool:
    """A signer's rank or title alone in its cell, the name on the next line ("Thượng tướng", "PGS.TS.")."""
    rank = PERSON_PREFIX.match(text + " ")
    return rank is not None and rank.end() == len(text) + 1


def recipient_line(text: str, caps: bool, line: str) -> bool:
    """The text of a cell of ``line`` (``caps``: in capitals) goes on the recipients list: short, and not in capitals
    unless it is one abbreviation whose dash OCR lost ("UBMTTQVNTP", "Hội  LHTN  Việt  Nam" spaced wide) outside a
    table's row (a post in capitals, "PHÓ CHỦ TỊCH", or a table's "| STT | Nội dung | ..." ends the list).

    >>> recipient_line("CT, các PCT UBND TP", False, ""), recipient_line("UBMTTQVNTP", True, "UBMTTQVNTP")
    (True, True)
    >>> recipient_line("KẾ HOẠCH", True, "KẾ HOẠCH"), recipient_line("STT", True, "| STT | Nội dung | Thời gian |")
    (False, False)
    """
    row = "|" in line and sum(1 for cell in line.split("|") if cell.strip(" \\\t\u2003")) >= 3
    return len(text) <= 120 and (not caps or (_ABBREVIATION_LINE.fullmatch(text.strip()) is not None and not row))
