"""A copy without its header known by its signature block alone (round 22, issue 9, invented text): a web copy
opening at its title or at its "V/v" line, whose block names a kind of body without its place ("KT. CHỦ TỊCH" /
"PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TM. ĐẢNG ỦY") or a national office ("KT. THỦ TƯỚNG"). It is a formal
document with its signer; its issuer is that body at the one level and place the text gives, and none when the text
gives two places, names the body once in full (a superior) or names the one body only below that place's level."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LETTER = ("V/v tăng cường phòng chống dịch bệnh\ntrên địa bàn tỉnh Điện Biên\n\n"
          "Kính gửi:\n- Các sở, ban, ngành thuộc UBND tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
          "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, Sở Y tế chủ trì, phối hợp với Công an tỉnh Điện Biên kiểm tra "
          "các cơ sở. Các cơ quan báo cáo kết quả về UBND tỉnh trước ngày 30/6/2026.\n\n"
          "Nơi nhận:                                   KT. CHỦ TỊCH\n- Như trên;                                 PHÓ CHỦ TỊCH\n"
          "- Lưu: VT.\n\n                                            Lò Văn Thắng\n")
COMMUNE = ("KẾ HOẠCH\nPhòng cháy chữa cháy rừng năm 2026\n\n"
           "Ủy ban nhân dân xã xây dựng Kế hoạch như sau. Công an xã Nậm Pồ chủ trì, phối hợp với Trạm Y tế xã Nậm Pồ "
           "tuần tra rừng. Các thôn báo cáo UBND xã hằng tháng.\n\n"
           "Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nQuàng Văn Páo\n")
PRIME_MINISTER = ("CHỈ THỊ\nVề an toàn hồ chứa\n\nCác bộ, ngành và địa phương kiểm tra các hồ chứa nước.\n\n"
                  "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nĐỗ Quang Vinh\n")


def _info(text: str):
    return extract_document_info(source_from_string(text, "<s>"), load_lexicon())


@pytest.mark.parametrize("text, issuer, signer", [
    (LETTER, "Ủy ban nhân dân tỉnh Điện Biên", "Lò Văn Thắng"),
    (COMMUNE, "Ủy ban nhân dân xã Nậm Pồ", "Quàng Văn Páo"),
    (PRIME_MINISTER, "Thủ tướng Chính phủ", "Đỗ Quang Vinh"),
])
def test_a_headless_copy_is_issued_by_the_body_its_block_signs_for_placed_by_its_text(text, issuer, signer):
    info = _info(text)
    assert info.kind != "NewsArticle"
    assert [r.label for r in info.issuers] == [issuer]
    assert [s.person for s in info.signatures] == [signer]


def test_a_letter_known_by_its_block_keeps_its_frame():
    info = _info(LETTER)
    assert info.kind == "OfficialLetter"
    assert [s.post for s in info.signatures] == ["Phó Chủ tịch"]


@pytest.mark.parametrize("text", [
    # two provinces named: which one issues is not said
    LETTER.replace("kiểm tra các cơ sở.", "kiểm tra các cơ sở, cùng Công an tỉnh Lai Châu."),
    # a commune's plan naming its province in full once and itself "UBND xã" only: never the province
    COMMUNE.replace("Công an xã Nậm Pồ", "Công an xã").replace("Trạm Y tế xã Nậm Pồ", "Trạm Y tế xã")
           .replace("như sau.", "thực hiện Kế hoạch của UBND tỉnh Điện Biên như sau."),
])
def test_a_headless_copy_whose_text_does_not_say_which_body_gets_no_issuer(text):
    info = _info(text)
    assert info.issuers == []
    assert [s.person for s in info.signatures] != []


def test_a_block_by_order_names_no_office_as_issuer():
    text = PRIME_MINISTER.replace("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG", "TL. THỦ TƯỚNG\nKT. CHỦ NHIỆM\nPHÓ CHỦ NHIỆM")
    assert "Thủ tướng Chính phủ" not in [r.label for r in _info(text).issuers]


def test_an_article_is_not_read_as_a_headless_copy():
    text = ("Sáng 3/3, phóng viên ghi nhận Sở Y tế tỉnh Điện Biên cho biết đã kiểm tra các cơ sở.\n\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLò Văn Thắng\n")
    assert _info(text).kind == "NewsArticle"
