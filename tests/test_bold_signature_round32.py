"""A signature block set in one bold run of Markdown over its lines (round 32): "**TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ
TỊCH" / "PHÓ CHỦ TỊCH**", then the seal's image and the name in bold: the lines stay lines of a block (not one wrapped
line), so the signer is read with his post. A heading wrapped in bold is still one line. Invented texts."""

from __future__ import annotations

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

HEADER = ("ỦY BAN NHÂN DÂN  \nTỈNH LÀO CAI  \nSố: 12/2025/QĐ-UBND  \n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \n"
          "Độc lập - Tự do - Hạnh phúc\n\nLào Cai, ngày 03 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc ban hành quy chế "
          "làm việc\n\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n\n"
          "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.\n\n")
FOOTER = ("**Nơi nhận:**  \n- Như Điều 2;  \n- Lưu: VT.  \n\n---\n\n"
          "                                     **TM. ỦY BAN NHÂN DÂN\n"
          "                                              KT. CHỦ TỊCH\n"
          "                                            PHÓ CHỦ TỊCH**\n\n"
          "                     ![Seal and signature](data:image/png;base64,iVBORw0KGg...)\n\n"
          "                                                    **Trần Văn Hùng**\n")


def test_a_bold_signature_block_names_its_signer_with_the_post():
    info = extract_document_info(source_from_string(HEADER + FOOTER), load_lexicon())
    assert [(s.post, s.person, s.mode) for s in info.signatures] == [("Phó Chủ tịch", "Trần Văn Hùng", "KT.")]


def test_a_heading_wrapped_in_bold_is_still_one_line():
    source = source_from_string("**2. Sở Tài\nchính** chủ trì hướng dẫn.\n")
    assert "\n" not in source.match.split("chính")[0]
