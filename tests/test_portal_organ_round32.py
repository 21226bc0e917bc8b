"""A portal's title line of kind and number alone, no year, the header's organ line run into it (round 32): "Công
văn 120/BTC-CST. BỘ TÀI CHÍNH -------" names the issuer; when the header's two organ lines ran together ("BỘ TÀI
CHÍNH TỔNG CỤC THUẾ -------") the issuer is the lower one, the body above it only its parent. Invented texts."""

from __future__ import annotations

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------"


def _letter(title: str, number: str) -> str:
    return (f"{title}\n{MOTTO}\nSố: {number} V/v hướng dẫn kê khai thuế\nHà Nội, ngày 05 tháng 3 năm 2024 Kính gửi: "
            "Cục Thuế các tỉnh, thành phố.\nĐề nghị Cục Thuế các tỉnh, thành phố hướng dẫn người nộp thuế kê khai "
            "đúng hạn.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Bình\n")


def _issuers(text: str) -> list[str]:
    return [a.label for a in extract_document_info(source_from_string(text), load_lexicon()).issuers]


def test_a_title_of_number_alone_with_the_organ_line_run_into_it():
    assert _issuers(_letter("Công văn 120/BTC-CST. BỘ TÀI CHÍNH --------", "120/BTC-CST")) == ["Bộ Tài chính"]


def test_two_organ_lines_run_together_name_the_lower_one():
    assert _issuers(_letter("Công văn 88/TCT-KK. BỘ TÀI CHÍNH TỔNG CỤC THUẾ -------", "88/TCT-KK")) == ["Tổng cục Thuế"]


def test_a_title_with_its_year_is_read_as_before():
    text = _letter("Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------", "435/QĐ-UBND")
    assert _issuers(text) == ["Ủy ban nhân dân tỉnh Kon Tum"]
