"""What a published signature block prints beside the post and the name: a placeholder for the signature's image or
the seal ("[signature]", "[Chữ ký]", "<hình ảnh chữ ký>"), and a digital signature's stamp, whose lines ("Người ký:",
"Ký bởi:", "Email:", "Cơ quan:", "Chức vụ:", "Thời gian ký:") stand under the block, beside the header or before it."""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder.organs import person_name

__all__ = ["IMAGE_NOTE", "STAMP_FIELD", "stamp_name"]

# a placeholder, in brackets, where the copy dropped the signature's image or the seal
IMAGE_NOTE = re.compile(r"^[\[(<{]\s*(?:signature|signed|sign|chữ\s+ký(?:\s+số)?|ký|image|img|hình(?:\s+ảnh)?|ảnh|"
                        r"con\s+dấu|dấu|seal|stamp)\b[^\])>}]{0,30}[\])>}]$", re.I)
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
