"""A copy that lost its header ("headless": a web copy opening at its title; ``bench/block_layouts.py``'s ``nohead``)
known by what its signature blocks and title name (round 24, issue 9, invented texts):

- a standing board as the only organ ("CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY", "T/M BAN THƯỜNG VỤ", "TM. BAN THƯỜNG VỤ
  HỘI NÔNG DÂN TỈNH") is no issuer of its own: the issuer is the committee or organisation it is the board of
  (GUIDELINES, convention 8); a header whose own organ line is the board keeps it as it reads;
- a joint copy's blocks each naming their organ ("TM. BAN THƯỜNG VỤ HỘI ..." / "KT. GIÁM ĐỐC SỞ ...") give every
  organ, the Front's standing board ("TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ") its committee;
- a "TL." / "TUQ." block never makes an issuer ("TL. BỘ TRƯỞNG" / "KT. VỤ TRƯỞNG VỤ PHÁP CHẾ": not the department).
"""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _issuers(text: str, lexicon) -> list[str]:
    return [ref.label for ref in extract_document_info(source_from_string(text, "<s>"), lexicon).issuers]


PARTY = ("CHỈ THỊ\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề công tác tuyển quân năm 2027\n\nCác cấp ủy, tổ chức đảng trong huyện "
         "quán triệt và thực hiện nghiêm Chỉ thị này.\n\nNơi nhận:                          T/M BAN THƯỜNG VỤ\n"
         "- Các chi bộ,                        BÍ THƯ\n- Lưu VPHU.\n\n                                   Lò Văn Pọm\n")


def test_a_party_standing_board_gives_its_committee(lexicon):
    assert _issuers(PARTY, lexicon) == ["Huyện ủy"]


def test_a_header_whose_organ_line_is_the_board_keeps_it(lexicon):
    header = "ĐẢNG BỘ TỈNH ĐIỆN BIÊN                 ĐẢNG CỘNG SẢN VIỆT NAM\nBAN THƯỜNG VỤ HUYỆN ỦY\n*\nSố 07-CT/HU\n\n"
    assert [label.split(" Huyện ủy")[0] for label in _issuers(header + PARTY, lexicon)] == ["Ban Thường vụ"]


JOINT = ("KẾ HOẠCH LIÊN TỊCH\nPhối hợp hỗ trợ nông dân ứng dụng công nghệ số\n\nHai bên phối hợp tổ chức các lớp tập "
         "huấn cho hội viên nông dân trên địa bàn tỉnh Lai Châu.\n\n"
         "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH          KT. GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
         "CHỦ TỊCH                                     PHÓ GIÁM ĐỐC\n\n"
         "Tẩn Văn Sài                                  Vàng A Chứ\n")


def test_a_joint_copys_blocks_give_each_organ_and_a_board_its_organisation(lexicon):
    # each organ as its block names it (the place a column's next word is not: "TỈNH      KT." gives no "tỉnh Kt")
    assert _issuers(JOINT, lexicon) == ["Hội Nông dân tỉnh", "Sở Nông nghiệp và Môi trường"]


def test_the_fronts_board_in_a_joint_footer_gives_its_committee(lexicon):
    text = JOINT.replace("TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH ", "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH")
    assert _issuers(text, lexicon) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Nông nghiệp và Môi trường"]


def test_a_unit_signing_by_order_is_no_issuer(lexicon):
    text = ("V/v góp ý dự thảo Thông tư về hộ tịch\n\nKính gửi: Bộ Tư pháp.\n\nThực hiện Công văn số 512/BTP-PLDSKT "
            "ngày 3 tháng 4 năm 2027 của Bộ Tư pháp.\nCác đơn vị liên quan căn cứ nội dung văn bản này thực hiện.\n\n"
            "Nơi nhận:                                 TL. BỘ TRƯỞNG\n"
            "- Như trên;                               KT. VỤ TRƯỞNG VỤ PHÁP CHẾ\n"
            "- Lưu: VT, PC.                            PHÓ VỤ TRƯỞNG\n\n"
            "                                          Đào Thị Hạnh\n")
    info = extract_document_info(source_from_string(text, "<s>"), lexicon)
    assert [s.person for s in info.signatures] == ["Đào Thị Hạnh"]      # the block is read, its unit no issuer
    assert not any("Vụ Pháp" in (ref.label or "") for ref in info.issuers)


def test_a_common_noun_before_the_preambles_issuer_is_no_issuer(lexicon):
    text = ("KẾ HOẠCH\nBảo đảm an ninh, trật tự trường học năm học 2027 - 2028\n\nThực hiện Kế hoạch số 20/KH-BCA ngày "
            "05 tháng 5 năm 2027 của Bộ Công an về bảo đảm an ninh, trật tự trường học, Ủy ban nhân dân tỉnh Hà Nam "
            "ban hành Kế hoạch thực hiện như sau:\n\n1. Công an tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo "
            "kiểm tra các trường.\n")
    assert _issuers(text, lexicon) == ["Ủy ban nhân dân tỉnh Hà Nam"]
