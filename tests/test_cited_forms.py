"""Cited identifiers as published (round 9): a numbered part's dotted number, a year OCR split, a dash doubled, a
decision's code whose "Đ" lost its stroke, a Party number at the start of a line (no heading marker), a closing quote
whose opening was lost (no quote then hides the citations after it), two numbers joined by "và" (each its own
document), and the numbers of forms listed together (no document). Each text is invented."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

OWN = "77/KH-UBND"
HEAD = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 77/KH-UBND\nPhú Yên, ngày 02 tháng 4 năm 2026\n\nKẾ HOẠCH\nVề y tế cơ sở\n\n"


def _cited(body: str) -> list[str]:
    result = build_source(source_from_string(HEAD + body))
    return sorted({m.identifier for m in result.mentions if m.category == "document" and m.identifier} - {OWN})


@pytest.mark.parametrize("body, expected", [
    ("Căn cứ Nghị quyết số 45.1/2024/NQ-CP ngày 3/5/2024 của Chính phủ;\n", ["45.1/2024/NQ-CP"]),
    ("Căn cứ Nghị định số 15/202 1/ND-CP ngày 3/5/2021 của Chính phủ;\n", ["15/2021/NĐ-CP"]),
    ("Thực hiện Công điện số 312/CĐ- -TTg ngày 3/5/2025 của Thủ tướng Chính phủ;\n", ["312/CĐ-TTg"]),
    ("Thực hiện Quyết định số 88/QD-UBND ngày 3/5/2025 của Ủy ban nhân dân tỉnh;\n", ["88/QĐ-UBND"]),
    ("Thực hiện Chương trình số\n14-CTr/HU ngày 3/5/2025 của Huyện ủy và Chỉ thị số\n9-CT/HU ngày 4/6/2025 của Huyện ủy;\n",
     ["14-CTr/HU", "9-CT/HU"]),
    ("Căn cứ Quyết định số 5/QĐ-BYT về Kế hoạch thực hiện Chương trình sức khỏe học đường”; Quyết định số 7/QĐ-BYT "
     "về “Đề án dinh dưỡng”; Quyết định số 9/QĐ-BYT về tiêm chủng;\n", ["5/QĐ-BYT", "7/QĐ-BYT", "9/QĐ-BYT"]),
    ("Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 33/TTr-SYT ngày 2/3/2026 và Văn bản số 41/SYT-NVY ngày "
     "5/3/2026.\n", ["33/TTr-SYT", "41/SYT-NVY"]),
    ("Các đơn vị gửi biểu mẫu số 02/BC-SYT và 03/BC-SYT theo Công văn số 18/SYT-KHTC ngày 5/3/2026.\n",
     ["18/SYT-KHTC"]),
])
def test_cited_identifiers_as_published(body, expected):
    assert _cited(body) == expected


def test_two_numbers_joined_by_and_are_two_mentions():
    result = build_source(source_from_string(HEAD + "Theo Tờ trình số 33/TTr-SYT ngày 2/3/2026 và Văn bản số "
                                                    "41/SYT-NVY ngày 5/3/2026.\n"))
    docs = [m for m in result.mentions if m.category == "document" and m.identifier not in (None, OWN)]
    assert [(m.identifier, m.label) for m in docs] == [("33/TTr-SYT", "Tờ trình số 33/TTr-SYT"),
                                                     ("41/SYT-NVY", "41/SYT-NVY")]
    assert docs[0].span.end <= docs[1].span.start
