"""A portal's title line before the document it copies (round 29): "Công văn 41/BHXH-TCKT năm 2024 hướng dẫn ... do
Bảo hiểm xã hội Việt Nam ban hành." names the issuer when the copied header gives none the reader can use (its
organ line run into the title line); the same words in the body are a citation, never the frame. Invented texts."""

from __future__ import annotations

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LETTER = ("Công văn 41/BHXH-TCKT năm 2024 hướng dẫn thu bảo hiểm y tế học sinh do Bảo hiểm xã hội Việt Nam ban hành. "
          "BẢO HIỂM XÃ HỘI VIỆT NAM --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
          "Số: 41/BHXH-TCKT V/v hướng dẫn thu bảo hiểm y tế học sinh\nHà Nội, ngày 05 tháng 3 năm 2024 Kính gửi:\n"
          "- Bảo hiểm xã hội các tỉnh, thành phố.\nĐề nghị Bảo hiểm xã hội các tỉnh thực hiện thu đúng hạn.\n")


def _info(text: str):
    return extract_document_info(source_from_string(text), load_lexicon())


def test_the_portal_title_names_the_issuer_of_a_letter_whose_header_ran_into_it():
    info = _info(LETTER)
    assert [a.label for a in info.issuers] == ["Bảo hiểm xã hội Việt Nam"]
    assert info.kind == "OfficialLetter"


def test_the_title_line_of_a_copy_after_its_source_lines():
    info = _info("# source: https://example.org/vb/41\n# title: copy\n" + LETTER)
    assert [a.label for a in info.issuers] == ["Bảo hiểm xã hội Việt Nam"]


def test_the_same_words_in_the_body_are_no_frame():
    body = "Công văn 12/BYT-BH năm 2023 do Bộ Y tế ban hành vẫn được áp dụng.\n"
    assert [a.label for a in _info(LETTER + body).issuers] == ["Bảo hiểm xã hội Việt Nam"]
    assert _info(LETTER.split("\n", 1)[1] + body).issuers == []    # no title line on top: the body names no issuer


def test_a_title_of_number_and_year_with_the_organ_line_run_into_it():
    info = _info("Kế hoạch 52/KH-UBND năm 2025. ỦY BAN NHÂN DÂN TỈNH LÀO CAI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                 "NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 52/KH-UBND Lào Cai, ngày 04 tháng 5 năm 2025 "
                 "KẾ HOẠCH Phòng chống thiên tai năm 2025\nSở Nông nghiệp và Môi trường chủ trì triển khai.\n")
    assert [a.label for a in info.issuers] == ["Ủy ban nhân dân tỉnh Lào Cai"]
