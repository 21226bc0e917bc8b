"""Signers as published copies write their blocks (round 21, issue 9, invented text).

Three families of the footer that cost signers on copies of published documents:
- the post and the name on one line, parted by a colon, a dash or a space ("Phó Chủ tịch: Nguyễn Văn An", "GIÁM ĐỐC -
  Trần Thị Bình"): the name was lost, or read into the post;
- the recipients list beside the block as a PDF text layer runs the two columns together line by line ("Nơi nhận:
  THỦ TƯỚNG" / "- Chính phủ; Nguyễn Văn An"): the name or the post was lost;
- a decision issuing a coordination regulation, the regulation signed at its end by each party: only the decision's
  own signer was read.
Each is tested on two forms or more; what is asserted is the graph's signers (person and post)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_bytes
from policykg.ontology import load_lexicon

HEAD = ("ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐIỆN BIÊN     Độc lập - Tự do - Hạnh phúc\n"
        "Số: 41/KH-UBND     Điện Biên, ngày 9 tháng 4 năm 2027\n\nKẾ HOẠCH\nVề kiểm tra an toàn hồ chứa nước\n\n"
        "1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra các hồ chứa trước mùa mưa.\n\n")
DEPT = ("SỞ Y TẾ TỈNH ĐIỆN BIÊN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n     Độc lập - Tự do - Hạnh phúc\n"
        "Số: 77/KH-SYT     Điện Biên, ngày 9 tháng 4 năm 2027\n\nKẾ HOẠCH\nVề tiêm chủng mở rộng\n\n"
        "1. Trung tâm Kiểm soát bệnh tật chủ trì tổ chức tiêm chủng.\n\n")


def _signers(text: str) -> set[tuple[str | None, str | None]]:
    info = extract_document_info(source_from_bytes(text.encode("utf-8"), "doc.txt"), load_lexicon())
    return {(s.person, s.post) for s in info.signatures}


@pytest.mark.parametrize("block", [
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPhó Chủ tịch: Lò Văn Thắng\n",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH - LÒ VĂN THẮNG\n",
    "KT. CHỦ TỊCH\n(Đã ký)\nPhó Chủ tịch Lò Văn Thắng\n",
])
def test_a_post_and_a_name_on_one_line_give_the_signer(block):
    assert _signers(HEAD + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + block) == {("Lò Văn Thắng", "Phó Chủ tịch")}


@pytest.mark.parametrize("block", ["GIÁM ĐỐC - Quàng Thị Mai\n", "GIÁM ĐỐC: Quàng Thị Mai\n"])
def test_a_post_and_a_name_on_one_line_open_a_block_without_a_mode(block):
    assert _signers(DEPT + block) == {("Quàng Thị Mai", "Giám đốc")}


@pytest.mark.parametrize("footer, signer", [
    ("Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT. Lò Văn Thắng\n", ("Lò Văn Thắng", "Phó Chủ tịch")),
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như mục 1; CHỦ TỊCH\n- Thường trực Tỉnh ủy; (Đã ký)\n- Lưu: VT, KT. Mùa A Sơn\n",
     ("Mùa A Sơn", "Chủ tịch")),
    ("Nơi nhận: GIÁM ĐỐC\n- Bộ Y tế; (ký)\n- Lưu: VT.\nQuàng Thị Mai\n", ("Quàng Thị Mai", "Giám đốc")),
    ("Nơi nhận: GIÁM ĐỐC\n- Bộ Y tế; Quàng Thị Mai\n- UBND tỉnh;\n- Lưu: VT.\n", ("Quàng Thị Mai", "Giám đốc")),
])
def test_a_recipients_list_run_into_the_block_line_by_line_keeps_the_signer(footer, signer):
    assert _signers((DEPT if "GIÁM" in footer else HEAD) + footer) == {signer}


REGULATION = ("CÔNG AN TỈNH ĐIỆN BIÊN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n     Độc lập - Tự do - Hạnh phúc\n"
              "Số: 905/QĐ-CAT     Điện Biên, ngày 3 tháng 6 năm 2027\n\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp "
              "quản lý người nghiện ma túy\n\nGIÁM ĐỐC CÔNG AN TỈNH ĐIỆN BIÊN\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm "
              "theo Quyết định này Quy chế phối hợp quản lý người nghiện ma túy.\nĐiều 2. Quyết định có hiệu lực từ "
              "ngày ký.\n\nGIÁM ĐỐC\n(Đã ký)\nĐại tá Vừ A Bằng\n\nQUY CHẾ PHỐI HỢP\nquản lý người nghiện ma túy\n"
              "(Ban hành kèm theo Quyết định số 905/QĐ-CAT ngày 03/6/2027)\n\nĐiều 1. Các bên trao đổi thông tin "
              "về người nghiện ma túy hằng tháng.\n\n{blocks}")
ROW = ("GIÁM ĐỐC CÔNG AN TỈNH          GIÁM ĐỐC SỞ Y TẾ          CHỦ TỊCH HỘI LIÊN HIỆP PHỤ NỮ TỈNH\n"
       "(Đã ký)                        (Đã ký)                   (Đã ký)\n"
       "Đại tá Vừ A Bằng               Lường Văn Hòa             Cà Thị Thu\n")
STACK = ("GIÁM ĐỐC CÔNG AN TỈNH\nĐại tá Vừ A Bằng\n\nGIÁM ĐỐC SỞ Y TẾ\nLường Văn Hòa\n\n"
         "CHỦ TỊCH HỘI LIÊN HIỆP PHỤ NỮ TỈNH\nCà Thị Thu\n")


@pytest.mark.parametrize("blocks", [ROW, STACK])
def test_an_attached_regulation_signed_by_each_party_gives_each_signer(blocks):
    signers = _signers(REGULATION.format(blocks=blocks))
    assert {person for person, _ in signers} == {"Vừ A Bằng", "Lường Văn Hòa", "Cà Thị Thu"}, signers


def test_an_annexed_form_printing_the_signer_again_adds_no_signer():
    annexed = REGULATION.format(blocks="") + "\n\nPHỤ LỤC\nMẫu báo cáo\n\nGIÁM ĐỐC\n(Đã ký)\nĐại tá Vừ A Bằng\n"
    assert {person for person, _ in _signers(annexed)} == {"Vừ A Bằng"}
