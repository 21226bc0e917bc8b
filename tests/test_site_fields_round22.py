"""A web copy's fields about its document as the frame's fallback (round 22, issue 9, invented text): front matter
keys ("so_hieu", "nguoi_ky", "co_quan_ban_hanh", "ngay_ban_hanh"; YAML or JSON) and a portal's "Key: value" lines or
table ("Số hiệu:", "| Người ký |", "Cơ quan ban hành:", "Ngày ban hành:") give the number, issuer, signer and date
the document's own header and footer lack; what the document says comes first, and the fields are no text of it."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

BODY = ("KẾ HOẠCH\nVề phòng chống thiên tai năm 2026\n\nSở Nông nghiệp và Môi trường chủ trì, phối hợp với các "
        "sở thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n")
YAML = ("---\nlayout: vanban\nso_hieu: 45/KH-UBND\nnguoi_ky: Lò Văn Thắng\nco_quan_ban_hanh: Ủy ban nhân dân tỉnh Điện "
        "Biên\nngay_ban_hanh: 2026-03-12\ntags:\n  - thiên tai\n---\n")
JSON = ('---json\n{ "so_hieu": "45/KH-UBND", "nguoi_ky": "Lò Văn Thắng", "co_quan_ban_hanh": "UBND tỉnh Điện Biên",'
        ' "ngay_ban_hanh": "12/03/2026" }\n---\n')
LINES = ("Số hiệu: 45/KH-UBND\nLoại văn bản: Kế hoạch\nCơ quan ban hành: UBND tỉnh Điện Biên\nNgười ký: Lò Văn Thắng\n"
         "Ngày ban hành: 12/03/2026\n\n")
TABLE = ("| Số hiệu | 45/KH-UBND |\n|---|---|\n| Cơ quan ban hành | UBND tỉnh Điện Biên |\n| Người ký | Lò Văn Thắng |\n"
         "| Ngày ban hành | 12/03/2026 |\n\n")
LIST = ("- **Số hiệu**: 45/KH-UBND\n- **Cơ quan ban hành**: UBND tỉnh Điện Biên\n- **Người ký**: Lò Văn Thắng\n"
        "- **Ngày ban hành**: 12/03/2026\n\n")


def _info(text: str):
    return extract_document_info(source_from_string(text, "<s>"), load_lexicon())


@pytest.mark.parametrize("fields", [YAML, JSON, LINES, TABLE, LIST], ids=["yaml", "json", "lines", "table", "list"])
def test_a_copys_fields_give_the_frame_its_text_lacks(fields):
    info = _info(fields + BODY)
    assert info.identifier == "45/KH-UBND"
    assert [r.label for r in info.issuers] == ["Ủy ban nhân dân tỉnh Điện Biên"]
    assert info.date == "2026-03-12"
    assert [(s.person, s.post) for s in info.signatures] == [("Lò Văn Thắng", "Phó Chủ tịch")]


@pytest.mark.parametrize("fields", [YAML, LINES], ids=["yaml", "lines"])
def test_the_documents_own_frame_comes_first(fields):
    header = ("ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LAI CHÂU                  "
              "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND                 Lai Châu, ngày 2 tháng 3 năm 2026\n\n")
    info = _info(fields + header + BODY.replace("(Đã ký)", "Giàng A Lử"))
    assert info.identifier == "12/KH-UBND"
    assert [r.label for r in info.issuers] == ["Ủy ban nhân dân tỉnh Lai Châu"]
    assert info.date == "2026-03-02"
    assert [s.person for s in info.signatures] == ["Giàng A Lử"]


def test_a_portals_fields_are_no_text_of_the_document():
    source = source_from_string(LINES + BODY, "<s>")
    assert "Người ký" not in source.match and "Lò Văn Thắng" not in source.match
