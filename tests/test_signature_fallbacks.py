"""Signature blocks as OCR and layout leave them (round 9): a block whose name is not printed signs in its post only,
a deputy's post line whose "PHÓ" OCR lost, a "KT." run into the recipients line over no post and no name, a "T/M"
whose T OCR misread, a signer's name run into the last item of the recipients list, and a person named in the list
who signs nothing. Each text is invented, worded unlike the documents that showed the case."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 31/KH-UBND\nKon Tum, ngày 02 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
        "Về bảo vệ rừng mùa khô\n\n1. Sở Nông nghiệp và Môi trường chủ trì tuần tra rừng.\n\n")
PARTY = ("TỈNH ỦY KON TUM\n*\nSố 14-KL/TU\nKon Tum, ngày 02 tháng 4 năm 2026\n\nKẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
         "về công tác cán bộ\n\n1. Ban Tổ chức Tỉnh ủy chủ trì hướng dẫn.\n\n")


@pytest.mark.parametrize("text, expected", [
    (HEAD + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n", [("KT.", "Phó Chủ tịch", None)]),
    (HEAD + "Nơi nhận: KT. CHỦ TỊCH\n- Sở Tài chính;\n- Lưu: VT, KT.\n", [("KT.", "Phó Chủ tịch", None)]),
    (HEAD + "KT. CHỦ TỊCH\nCHỦ TỊCH\n\nLê Minh Khoa\n", [("KT.", "Phó Chủ tịch", "Lê Minh Khoa")]),
    (PARTY + "Nơi nhận: “/M BAN THƯỜNG VỤ\n- Các huyện ủy,\n- Lưu Văn phòng Tỉnh ủy.\n\nLê Thị Hạnh\n",
     [("TM.", None, "Lê Thị Hạnh")]),
    (PARTY + "Nơi nhận:\n- Các huyện ủy,\n- Lưu Văn phòng Tỉnh ủy. Phạm Quang Vinh\n", [(None, None, "Phạm Quang Vinh")]),
    (HEAD + "Nơi nhận:\n- Đồng chí Nguyễn Văn Bình;\n- Lưu: VT, TH. Trần Thu Hà\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
     "Hoàng Văn Tâm\n", [("TM.", "Chủ tịch", "Hoàng Văn Tâm")]),
    # Pandoc's Markdown: a hard line break ("\\" at a line end) after the post, in a grid table and in layout text
    (PARTY + "+------------------+:----------------:+\n| ***Nơi nhận:\\*** | **T/M BAN THƯỜNG VỤ\\ |\n"
     "| - Các huyện ủy,\\ | BÍ THƯ\\ |\n| - Lưu VP.\\ | \\ |\n| | Lê Thị Hạnh** |\n",
     [("TM.", "Bí thư", "Lê Thị Hạnh")]),
    (PARTY + "  ***Nơi nhận:\\***              **T/M BAN THƯỜNG VỤ\\**\n  - Các huyện ủy,\\               BÍ THƯ\\\n"
     "  - Lưu VP.                       Lê Thị Hạnh**\n", [("TM.", "Bí thư", "Lê Thị Hạnh")]),
])
def test_signature_blocks_as_ocr_and_layout_leave_them(text, expected):
    info = extract_document_info(source_from_string(text), load_lexicon())
    assert [(s.mode, s.post, s.person) for s in info.signatures] == expected


def test_a_block_without_a_name_signs_in_its_post_and_conforms(tmp_path):
    """The graph: a signature node with its post and mode, no person and no pkg:signedBy; it conforms."""
    from policykg.graph_builder.pipeline import emit_result_nquads
    from policykg.ontology.validation import validate

    target = tmp_path / "kh.nq"
    target.write_bytes(emit_result_nquads(build_source(source_from_string(
        HEAD + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"))))
    report = validate(target)
    assert report.conforms, report.text()
    body = target.read_text(encoding="utf-8")
    assert "signerPost" in body and "Phó Chủ tịch" in body and "signedBy" not in body and "/person/" not in body
