"""The number of a copy is no citation (round 29): under a document, the body that copies it prints its own number,
"Số: 17/SL-UBND" (sao lục) or "Số: 05/SY-VP" (sao y bản chính); that is the copy's number, not a document the text
cites. Numbers cited in the body stay. Invented texts."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

OWN = "77/KH-UBND"
HEAD = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 77/KH-UBND\nPhú Yên, ngày 02 tháng 4 năm 2026\n\nKẾ HOẠCH\nVề y tế cơ sở\n\n"
BODY = "Thực hiện Quyết định số 88/QĐ-UBND ngày 3/5/2025 của Ủy ban nhân dân tỉnh, Sở Y tế chủ trì triển khai.\n\n"


def _cited(text: str) -> list[str]:
    result = build_source(source_from_string(text))
    return sorted({m.identifier for m in result.mentions if m.category == "document" and m.identifier} - {OWN})


@pytest.mark.parametrize("copy", [
    "SAO LỤC\nVĂN PHÒNG UBND TỈNH\nSố: 17/SL-VP\nPhú Yên, ngày 05 tháng 4 năm 2026\n",
    "VĂN PHÒNG UBND TỈNH\nSố: 05/SY-VP\nSAO Y BẢN CHÍNH\nNơi nhận:\n- Các sở, ngành;\n",
])
def test_a_copy_number_is_not_cited(copy):
    assert _cited(HEAD + BODY + "CHỦ TỊCH\nNguyễn Văn A\n\n" + copy) == ["88/QĐ-UBND"]
