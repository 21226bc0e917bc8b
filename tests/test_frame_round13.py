"""The frame as published, round 13 (issue 9, item 3): each rule on an invented text, worded unlike the documents that
showed the error (the probes tests/data/genre/probe13/r13f-* hold the genre's frames in whole documents)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.model import DocumentInfo
from policykg.graph_builder.numbers import find_document_numbers
from policykg.graph_builder.organs import actor_named
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _info(text: str, lexicon, name: str = "<string>") -> DocumentInfo:
    return extract_document_info(source_from_string(text, name), lexicon)


def _document(organs: list[str], number: str, dated: str, title: list[str], block: list[str]) -> str:
    """An invented document: organ lines beside the motto, the number beside the place and date, a title, one
    sentence and a signature block on the right."""
    head = [organs[0].ljust(38) + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", *organs[1:], f"Số: {number}".ljust(38) + dated]
    return "\n".join([*head, "", *title, "", "Các đơn vị thực hiện.", "", *(" " * 38 + b for b in block)]) + "\n"


def _numbers(text: str) -> list[str]:
    return [n.identifier for n in find_document_numbers(source_from_string(text))]


# two blocks, each a Word cell flattened to one Markdown cell, its lines parted by two spaces; one organ's name runs
# over two of those lines and its second line reads as a person's name ("HỒ CHÍ MINH") or opens with "VÀ"
_FLATTENED_CELLS = """| SỞ KHOA HỌC VÀ CÔNG NGHỆ  HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc |
| Số: 03/CTrPH-SKHCN-HVCTQG | Hà Nội, ngày 17 tháng 4 năm 2026 |

CHƯƠNG TRÌNH PHỐI HỢP

Về nghiên cứu lý luận chính trị gắn với đổi mới sáng tạo

Hai bên cử cán bộ đầu mối theo dõi việc thực hiện chương trình.

|  |  |  |
| TM. HỌC VIỆN CHÍNH TRỊ QUỐC GIA  HỒ CHÍ MINH  PHÓ GIÁM ĐỐC  (Đã ký)  Vương Thị Bích Ngọc |  | KT. SỞ KHOA HỌC  VÀ CÔNG NGHỆ  PHÓ GIÁM ĐỐC  (Đã ký)  Lục Văn Quyết |

Nơi nhận:
- Lưu: VT.
"""


def test_a_flattened_cell_whose_organ_goes_on_over_a_name_like_line(lexicon):
    info = _info(_FLATTENED_CELLS, lexicon, "x.md")
    assert {(s.person, s.post) for s in info.signatures} == {("Vương Thị Bích Ngọc", "Phó Giám đốc"),
                                                             ("Lục Văn Quyết", "Phó Giám đốc")}
    assert all(s.person != "Hồ Chí Minh" for s in info.signatures)


def test_a_flattened_cell_whose_organ_goes_on_after_va(lexicon):
    info = _info(_FLATTENED_CELLS, lexicon, "x.md")
    organs = {s.person: s.organ.label if s.organ else None for s in info.signatures}
    assert organs["Lục Văn Quyết"] == "Sở Khoa học và Công nghệ"


def test_a_board_over_a_name_in_capitals_keeps_the_name(lexicon):
    # guard: "TM. BAN THƯỜNG VỤ" names no actor alone; the capitals after it are still the signer, not its organ
    text = ("HUYỆN ỦY MỘC CHÂU\n*\nSố 41-TB/HU                  Mộc Châu, ngày 3 tháng 3 năm 2026\n\nTHÔNG BÁO\n"
            "về lịch tiếp công dân\n\nCác chi bộ thực hiện.\n\n"
            "| T/M BAN THƯỜNG VỤ  BÙI THỊ THANH XUÂN |\n|---|\n")
    info = _info(text, lexicon, "x.md")
    assert [s.person for s in info.signatures] == ["Bùi Thị Thanh Xuân"]


@pytest.mark.parametrize("written,full", [("BỘ KHOA HỌC & CN", "Bộ Khoa học và Công nghệ"),
                                          ("Bộ Lao động - Thương binh & XH", "Bộ Lao động - Thương binh và Xã hội")])
def test_a_name_in_full_before_the_ampersand_and_by_initials_after_it(lexicon, written, full):
    assert actor_named(written, lexicon).label == full


@pytest.mark.parametrize("text,numbers", [
    ("theo Quyết định số 2417/QĐTTg và Nghị định số 15/2019/NĐCP", ["2417/QĐTTg", "15/2019/NĐCP"]),
    ("quán triệt Kết luận 14KL/TW và Nghị quyết 45NQ/TW", ["14KL/TW", "45NQ/TW"]),
    ("Tờ trình số812/TTr-UBND của huyện", ["812/TTr-UBND"]),
    ("Số: 3318 CV/TWHLHPN", ["3318CV/TWHLHPN"]),
    ("Thông tư liên tịch số 14/2015/TTLT-BYT-BNN&PTNT ngày", ["14/2015/TTLT-BYT-BNN&PTNT"]),
])
def test_numbers_that_lost_their_dash_or_carry_an_ampersand(text, numbers):
    assert _numbers(text) == numbers


@pytest.mark.parametrize("text", ["trong năm 2026 KH/TW giao", "ngày 12 CT/TW", "từ 18 NĐ/CP", "Điều 4 QĐ/UBND"])
def test_a_figure_before_a_short_code_is_no_number(text):
    assert _numbers(text) == []


def test_a_post_after_a_bare_organ_stays_the_post(lexicon):
    # guard: "T/M ĐẢNG ỦY" names no actor alone, and "BÍ THƯ" after it in the flattened cell is the post, not its organ
    text = ("ĐẢNG BỘ TỈNH SƠN LA\nĐẢNG ỦY XÃ CHIỀNG SINH\n*\nSố 09-CT/ĐU            Chiềng Sinh, ngày 2 tháng 2 năm 2026\n\n"
            "CHỈ THỊ\nvề phòng, chống cháy rừng\n\nCác chi bộ thực hiện.\n\n"
            "| T/M ĐẢNG ỦY  BÍ THƯ  (Đã ký)  Cầm Văn Đức |\n|---|\n")
    info = _info(text, lexicon, "x.md")
    assert [(s.person, s.post) for s in info.signatures] == [("Cầm Văn Đức", "Bí thư")]


def test_a_head_post_over_its_organ_is_the_issuing_office(lexicon):
    text = _document(["CHỦ TỊCH", "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LÁT"], "17/QĐ-CT", "Mường Lát, ngày 8 tháng 9 năm 2026",
                     ["QUYẾT ĐỊNH", "Về việc cử cán bộ trực phòng, chống lũ"], ["CHỦ TỊCH", "", "Hà Văn Ban"])
    info = _info(text, lexicon)
    assert [(i.label, i.kind) for i in info.issuers] == [("Chủ tịch Ủy ban nhân dân huyện Mường Lát", "Office")]


def test_an_html_cell_with_the_organ_over_the_number(lexicon):
    from policykg.graph_builder.htmltext import html_to_text
    html = ("<table><tr><td><p><b>SỞ CÔNG THƯƠNG<br>TỈNH YÊN BÁI</b></p><p>Số: 77/SCT-QLTM</p></td>"
            "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p></td></tr></table>\n"
            "<p>Kính gửi: các doanh nghiệp bán lẻ xăng dầu.</p>\n<p>Các doanh nghiệp báo cáo tồn kho hằng tuần.</p>\n"
            "<p><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b></p>\n<p><b>Đặng Thị Kim Oanh</b></p>\n")
    assert "YÊN BÁI Số" not in html_to_text(html)
    info = _info(html_to_text(html), lexicon)
    assert [i.label for i in info.issuers] == ["Sở Công Thương tỉnh Yên Bái"]
    assert [(s.person, s.post) for s in info.signatures] == [("Đặng Thị Kim Oanh", "Phó Giám đốc")]


def test_a_mode_glued_to_its_post_is_no_part_of_the_organ_above(lexicon):
    # guard: "TM.ỦY BAN NHÂN DÂN" / "KT.CHỦ TỊCH": the second line opens the head's mode, it does not name the organ
    text = _document(["ỦY BAN NHÂN DÂN", "XÃ NAM TIẾN"], "40/KH-UBND", "Nam Tiến, ngày 5 tháng 5 năm 2026",
                     ["KẾ HOẠCH", "Phát động trồng cây"], ["TM.ỦY BAN NHÂN DÂN", "KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vi Thị Hằng"])
    info = _info(text, lexicon)
    assert [(s.person, s.post, s.organ.label) for s in info.signatures] == [
        ("Vi Thị Hằng", "Phó Chủ tịch", "Ủy ban nhân dân xã Nam Tiến")]


@pytest.mark.parametrize("cell,body,issuer", [
    ("BAN CÁN SỰ ĐẢNG", "SỞ TƯ PHÁP TỈNH KON TUM", "Ban cán sự đảng Sở Tư pháp tỉnh Kon Tum"),
    ("ĐẢNG ĐOÀN", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE", "Đảng đoàn Liên đoàn Lao động tỉnh Bến Tre"),
])
def test_a_party_cell_over_the_body_it_sits_in(lexicon, cell, body, issuer):
    text = (f"{cell}                       ĐẢNG CỘNG SẢN VIỆT NAM\n{body}\n*\n"
            "Số 07-TB/BCS                        Ngày 9 tháng 9 năm 2026\n\nTHÔNG BÁO\nphân công nhiệm vụ\n\n"
            "Các đồng chí ủy viên thực hiện.\n\n                 T/M " + cell + "\n                 BÍ THƯ\n\n"
            "                 Phan Đình Trạc\n")
    info = _info(text, lexicon)
    assert [(i.label, i.kind) for i in info.issuers] == [(issuer, "PartyOrganisation")]
    assert [s.organ.label for s in info.signatures] == [issuer]


def test_two_party_organs_side_by_side_each_with_its_own_second_line(lexicon):
    text = ("ĐẢNG ỦY CÔNG AN TỈNH          ĐẢNG ỦY QUÂN SỰ TỈNH          ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "GIA LAI                       BỘ CHỈ HUY QUÂN SỰ\n*\n"
            "Số 03-QCPH/ĐUCA-ĐUQS                                        Gia Lai, ngày 1 tháng 7 năm 2026\n\n"
            "QUY CHẾ PHỐI HỢP\nvề công tác bảo vệ chính trị nội bộ\n\nHai đảng ủy thực hiện.\n")
    info = _info(text, lexicon)
    assert "Đảng ủy Công an tỉnh Gia Lai" in [i.label for i in info.issuers]
    assert not any(i.label.endswith("Quân sự tỉnh Gia Lai Bộ Chỉ huy Quân sự") for i in info.issuers)


def test_a_standing_committee_signs_for_the_issuer_with_its_place(lexicon):
    text = _document(["HỘI ĐỒNG NHÂN DÂN", "HUYỆN BẢO LÂM", "THƯỜNG TRỰC"], "31/TB-TTHĐND", "Bảo Lâm, ngày 2 tháng 6 năm 2026",
                     ["THÔNG BÁO", "Lịch tiếp xúc cử tri"], ["TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "", "Nông Thị Lìu"])
    info = _info(text, lexicon)
    expected = ["Thường trực Hội đồng nhân dân huyện Bảo Lâm"]
    assert [i.label for i in info.issuers] == expected and [s.organ.label for s in info.signatures] == expected


def test_a_head_post_mode_takes_no_ocr_post_as_its_organ(lexicon):
    # guard: "KT. CHỦ TỊCH" / "PHÓ CHỦ TICH" (a mark lost): the post under the mode, never the mode's organ
    text = ("ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NAM\n"
            "Số: 61/QĐ-UBND                      Hà Nam, ngày 5 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập hội đồng\n\n"
            "Điều 1. Thành lập Hội đồng thẩm định.\n\n  Nơi nhận:                             TM. ỦY BAN NHÂN DÂN\n"
            "  - Như Điều 1;                             KT. CHỦ TỊCH\n  - Lưu: VT.                                PHÓ CHỦ TICH\n\n"
            "                                        TRẦN XUÂN DƯƠNG\n")
    info = _info(text, lexicon)
    assert [(s.person, s.post) for s in info.signatures] == [("Trần Xuân Dương", "Phó Chủ tịch")]


def test_names_after_a_professional_title_or_with_a_closing_apostrophe(lexicon):
    text = _document(["SỞ Y TẾ", "TỈNH KON TUM"], "90/KH-SYT", "Kon Tum, ngày 3 tháng 3 năm 2026",
                     ["KẾ HOẠCH", "Khám sàng lọc cho học sinh"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "BSCKI. A Tuấn"])
    assert [s.person for s in _info(text, lexicon).signatures] == ["A Tuấn"]
    text = text.replace("BSCKI. A Tuấn", "Y' Thanh Hà Niê")
    assert [s.person for s in _info(text, lexicon).signatures] == ["Y' Thanh Hà Niê"]


def test_two_organs_of_one_place_on_a_line_one_an_abbreviated_front(lexicon):
    text = _document(["UBND XÃ EA TOH - UBMTTQVN XÃ EA TOH"], "02/KHLT-UBND-MTTQ", "Ea Toh, ngày 1 tháng 4 năm 2026",
                     ["KẾ HOẠCH LIÊN TỊCH", "Vận động xây nhà đại đoàn kết"], ["CHỦ TỊCH", "", "Y Bhin Mlô"])
    assert [i.label for i in _info(text, lexicon).issuers] == ["Ủy ban nhân dân xã Ea Toh",
                                                                "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ea Toh"]


def test_a_bank_branch_on_the_line_under_its_bank(lexicon):
    text = _document(["NGÂN HÀNG PHÁT TRIỂN VIỆT NAM", "CHI NHÁNH TỈNH HÀ GIANG"], "55/KH-NHPT", "Hà Giang, ngày 7 tháng 7 năm 2026",
                     ["KẾ HOẠCH", "Giải ngân vốn vay tín dụng đầu tư"], ["GIÁM ĐỐC", "", "Lý Thị Mai"])
    labels = [i.label.lower() for i in _info(text, lexicon).issuers]
    assert labels == ["ngân hàng phát triển việt nam chi nhánh tỉnh hà giang"]
