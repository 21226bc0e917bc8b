"""What a published signature block prints beside the post and the name: a placeholder for the signature's image or
the seal ("[signature]", "[Chữ ký]", "<hình ảnh chữ ký>"), and a digital signature's stamp, whose lines ("Người ký:",
"Ký bởi:", "Email:", "Cơ quan:", "Chức vụ:", "Thời gian ký:") stand under the block, beside the header or before it."""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues, framecues
from policykg.graph_builder.organs import person_name

__all__ = ["IMAGE_NOTE", "IMAGE_NOTE_IN", "STAMP_FIELD", "foot_name", "name_goes_on", "stamp_name", "stray_mark"]

# a placeholder, in brackets, where the copy dropped the signature's image or the seal
IMAGE_NOTE = re.compile(r"^[\[(<{]\s*(?:signature|signed|sign|chữ\s+ký(?:\s+số)?|ký|image|img|hình(?:\s+ảnh)?|ảnh|"
                        r"con\s+dấu|dấu|seal|stamp)\b[^\])>}]{0,30}[\])>}]$", re.I)
# such a placeholder inside a cell, between a block's post and its name ("PHÓ CHỦ TỊCH [signature] Nguyễn Văn A")
IMAGE_NOTE_IN = re.compile(r"(?<!\S)" + IMAGE_NOTE.pattern[1:-1] + r"(?!\S)", re.I)
# a field of a digital signature's stamp other than the signer's ("Email: ...", "Thời gian ký: 04.06.2025 09:15:44")
STAMP_FIELD = re.compile(r"^(?:E-?mail|Cơ\s+quan|Chức\s+vụ|Thời\s+gian\s+ký|Ngày\s+ký|Ngày\s+giờ\s+ký|Lý\s+do|Vị\s+trí)"
                         r"\s*:", re.I)


def stamp_name(text: str) -> str | None:
    """The signer's name a digital signature's stamp prints ("Người ký: Nguyễn Văn A"), or None (no stamp, or the
    stamp names an organ: "Ký bởi: Sở Nội vụ").

    >>> stamp_name("Người ký: Hồ Thị Lan"), stamp_name("Ký bởi: Văn phòng Chính phủ"), stamp_name("Hồ Thị Lan")
    ('Hồ Thị Lan', None, None)
    """
    stamp = cues.SIGNED_BY.match(text)
    return None if stamp is None else person_name(text[stamp.end():])


def stray_mark(text: str) -> bool:
    """A cell of one or two letters and marks, no item of a list: what OCR makes of the seal or the handwriting
    between a block's post and its name ("ố ,", "l|", "~ ị").

    >>> stray_mark("ố ,"), stray_mark("Y Bhim"), stray_mark("- TU;"), stray_mark("2"), stray_mark("KT.")
    (True, False, False, False, False)
    """
    return len(re.findall(r"[^\W\d_]", text)) <= 2 and not re.search(r"\d", text) \
        and not framecues.RECIPIENT_ITEM.match(text) and not _MODE_ALONE.fullmatch(text.replace(" ", ""))


_MODE_ALONE = re.compile(r"(?:T\.?/?M|K\.?/?T|T\.?/?L|Q)[.,]?")


def foot_name(text: str) -> str | None:
    """A name at the foot of a block whose family name is also a word of organs' names ("Đoàn Thanh Sơn", "Lưu
    Quang Huy": "Đoàn" is a delegation or a union elsewhere): three or four words, the given names read as a name and
    none of them such a word; None otherwise.

    >>> foot_name("Đoàn Thanh Sơn ."), foot_name("ĐOÀN THANH SƠN"), foot_name("Đoàn Công Tác"), foot_name("Văn Bản")
    ('Đoàn Thanh Sơn', 'Đoàn Thanh Sơn', None, None)
    """
    words = re.sub(r"\s+", " ", text).strip(" .,;:*_|").split(" ")
    if not 3 <= len(words) <= 4 or match_key(words[0]) not in _FAMILY_WORDS:
        return None
    if all(w.isupper() for w in words):
        words = [w[:1] + w[1:].lower() for w in words]
    given = person_name(" ".join(words[1:]))
    if given is None or words[0][1:] != words[0][1:].lower() or any(match_key(w) in framecues.NOT_PERSON_WORDS
                                                                    for w in words[1:]):
        return None
    return words[0] + " " + given


_FAMILY_WORDS = frozenset(framecues.NOT_PERSON_WORDS) & frozenset(cues.FAMILY_NAMES)


def name_goes_on(name: str, text: str) -> str | None:
    """A name broken over two lines of a narrow column ("Nguyễn Thị Thanh" / "Hương"): the name with the next line's
    one word, when that word reads as a syllable of a name and the whole as a name of at most five words; else None.

    A name cut after its middle name ("Nguyễn Thị" / "Hồng Phúc") or after two words goes on with two words.

    >>> name_goes_on("Nguyễn Thị Thanh", "Hương"), name_goes_on("Lê Văn Nam", "Nơi nhận:")
    ('Nguyễn Thị Thanh Hương', None)
    >>> name_goes_on("Đặng Thị", "Kim Oanh"), name_goes_on("Đặng Thị Kim", "Oanh Tuyết")
    ('Đặng Thị Kim Oanh', None)
    """
    words = text.strip(" .,;").split()
    cut_short = len(name.split()) <= 2 or match_key(name.split()[-1]) in _MIDDLE_NAMES
    if not 1 <= len(words) <= (2 if cut_short else 1) or any(
            not w[:1].isupper() or not w[1:].islower() or match_key(w) in framecues.NOT_PERSON_WORDS for w in words):
        return None
    whole = person_name(name + " " + " ".join(words))
    return whole if whole is not None and len(whole.split()) <= 5 else None


_MIDDLE_NAMES = frozenset({"thị", "văn", "thi", "van"})     # a name never ends with them (also without marks)
