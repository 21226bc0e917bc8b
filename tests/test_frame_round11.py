"""The frame of joint documents and signature blocks as published, round 11 (issue 9, item 3): each rule on an
invented text, worded unlike the documents that showed the error (the probes tests/data/genre/probe11/r11f-* hold
these layouts in whole documents)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.htmltext import html_to_text
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.model import DocumentInfo
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _info(text: str, lexicon, name: str = "<string>", media_type: str = "text/plain") -> DocumentInfo:
    return extract_document_info(source_from_string(text, name, media_type=media_type), lexicon)


def _signers(info: DocumentInfo) -> set[tuple[str | None, str | None]]:
    return {(s.person, s.post) for s in info.signatures}


# two heads sign directly (no mode), each block a cell of one Markdown table row: post, note and name parted by <br>
_TABLED_HEADS = """| BỘ NGOẠI GIAO - BỘ QUỐC PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 11/KHLN-BNG-BQP | Hà Nội, ngày 9 tháng 10 năm 2026 |

**KẾ HOẠCH LIÊN NGÀNH**

**Bảo hộ công dân tại vùng có xung đột vũ trang**

1. Cục Lãnh sự chủ trì, phối hợp với Cục Đối ngoại đưa công dân về nước an toàn.

| **BỘ TRƯỞNG BỘ QUỐC PHÒNG**<br>*(Đã ký)*<br>Đại tướng Tạ Minh Châu | **BỘ TRƯỞNG BỘ NGOẠI GIAO**<br>*(Đã ký)*<br>Khúc Thị Lan Phương |
|---|---|

**Nơi nhận:**
- Văn phòng Chính phủ;
- Lưu: VT.
"""


def test_heads_signing_directly_in_one_table_row_are_both_signers(lexicon):
    # before: a block with no mode is found only when its name stands on a later line, not in its own cell's line
    info = _info(_TABLED_HEADS, lexicon, "kh.md")
    assert _signers(info) == {("Tạ Minh Châu", "Bộ trưởng"), ("Khúc Thị Lan Phương", "Bộ trưởng")}
    assert {s.organ.label for s in info.signatures} == {"Bộ Quốc phòng", "Bộ Ngoại giao"}


# the seal's imprint read between the post and the name, in the block's column (PDF layout text of a stamped page)
_STAMPED = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ LỘC                                  Độc lập - Tự do - Hạnh phúc
Số: 61/TB-UBND                        Phú Lộc, ngày 4 tháng 11 năm 2026

THÔNG BÁO
Lịch tiếp công dân của lãnh đạo xã

Công chức Văn phòng - Thống kê niêm yết lịch tiếp công dân tại trụ sở.

Nơi nhận:                             CHỦ TỊCH
- Các thôn;                              ỦY BAN NHÂN DÂN
- Lưu: VT.                              XÃ PHÚ LỘC
                                          ★
                                      Huỳnh Tấn Phát Đạt
"""


def test_a_seal_between_post_and_name_is_skipped(lexicon):
    # before: the seal's capitals ended the block, and the name under them was lost
    info = _info(_STAMPED, lexicon)
    assert _signers(info) == {("Huỳnh Tấn Phát Đạt", "Chủ tịch")}


def test_capitals_that_are_not_the_issuers_name_still_end_the_block(lexicon):
    # a guard: only words of an issuer's name are a seal; other capitals under the post end the block as before
    other = _STAMPED.replace("ỦY BAN NHÂN DÂN\n- Lưu", "TRUNG TÂM HỌC LIỆU\n- Lưu")
    other = other.replace("                              ỦY BAN NHÂN DÂN\n", "                              KHO BẠC QUẬN\n")
    info = _info(other, lexicon)
    assert ("Huỳnh Tấn Phát Đạt", "Chủ tịch") not in _signers(info)


# the name read before the post it signs in, under a mode written with a slash
_NAME_FIRST = """SỞ NỘI VỤ TỈNH KON TUM               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
Số: 902/SNV-CCVC                      Kon Tum, ngày 2 tháng 12 năm 2026
V/v thi tuyển viên chức năm 2026

Kính gửi: Các đơn vị sự nghiệp công lập thuộc tỉnh.

Sở Nội vụ đề nghị các đơn vị báo cáo nhu cầu tuyển dụng.

Nơi nhận:
- Như trên;
- Lưu: VT.
                                      K/T GIÁM ĐỐC
                                      A Quang Vinh Thịnh
                                      PHÓ GIÁM ĐỐC
"""


def test_a_post_under_the_name_is_the_blocks_post(lexicon):
    # before: the post line under the name was a block of its own, and the signer took the head's post
    info = _info(_NAME_FIRST, lexicon)
    assert _signers(info) == {("A Quang Vinh Thịnh", "Phó Giám đốc")}


def test_a_post_with_its_own_name_under_it_opens_the_next_block(lexicon):
    # a guard: blocks one after the other, the second a head signing directly with his name under his post
    text = _NAME_FIRST.replace("                                      PHÓ GIÁM ĐỐC\n",
                               "                                      PHÓ GIÁM ĐỐC\n"
                               "                                      Y Khoa Niê\n")
    info = _info(text, lexicon)
    assert ("A Quang Vinh Thịnh", "Phó Giám đốc") not in _signers(info)


def test_html_cell_lines_in_capitals_stay_apart():
    # a cell's paragraphs in capitals are parted by a column gap (as a Markdown cell's <br>); mixed case as before
    text = html_to_text("<table><tr><td><p>SỞ CÔNG THƯƠNG</p><p>CỤC QUẢN LÝ THỊ TRƯỜNG</p></td>"
                        "<td><p>Thanh tra</p><p>kiểm tra</p></td><td>CHỦ TỊCH<br>Hà Văn Minh</td></tr></table>")
    assert "| SỞ CÔNG THƯƠNG    CỤC QUẢN LÝ THỊ TRƯỜNG | Thanh tra kiểm tra | CHỦ TỊCH Hà Văn Minh |" in text


_HTML_JOINT = """<html><body>
<table><tr>
<td><p>HỘI NÔNG DÂN TỈNH NINH THUẬN</p><p>LIÊN MINH HỢP TÁC XÃ TỈNH NINH THUẬN</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr>
<tr><td>Số: 07/CTrPH</td><td>Ninh Thuận, ngày 1 tháng 9 năm 2026</td></tr></table>
<p><b>CHƯƠNG TRÌNH PHỐI HỢP</b></p>
<p>về phát triển kinh tế tập thể trong nông nghiệp</p>
<p>Hội Nông dân tỉnh chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh tư vấn thành lập hợp tác xã.</p>
<table><tr><td><p>TM. LIÊN MINH HỢP TÁC XÃ TỈNH</p><p>CHỦ TỊCH</p><p>(Đã ký)</p><p>Chamaléa Thị Ngân</p></td>
<td><p>TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH</p><p>CHỦ TỊCH</p><p>(Đã ký)</p><p>Đinh Văn Hòa</p></td></tr></table>
<p>Nơi nhận:</p><p>- Lưu: VT.</p>
</body></html>
"""


def test_a_joint_header_in_one_html_cell_names_each_issuer(lexicon):
    # before: the two organs' paragraphs ran into one name, "Hội Nông dân tỉnh Ninh Thuận Liên Minh ..."
    info = _info(_HTML_JOINT, lexicon, "ctr.html", "text/html")
    assert sorted(i.label.lower() for i in info.issuers) == ["hội nông dân tỉnh ninh thuận",
                                                             "liên minh hợp tác xã tỉnh ninh thuận"]
    assert _signers(info) == {("Chamaléa Thị Ngân", "Chủ tịch"), ("Đinh Văn Hòa", "Chủ tịch")}


# organs one under the other, each with its place, and nothing else saying the document is joint but its blocks
_STACKED = """CÔNG AN TỈNH ĐIỆN BIÊN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ TỈNH ĐIỆN BIÊN               Độc lập - Tự do - Hạnh phúc
Số: 19/KH                            Điện Biên, ngày 7 tháng 7 năm 2026

KẾ HOẠCH
Cai nghiện ma túy tại cộng đồng năm 2026

Sở Y tế chủ trì, phối hợp với Công an tỉnh đánh giá tình trạng nghiện của người sử dụng ma túy.

KT. GIÁM ĐỐC SỞ Y TẾ                 KT. GIÁM ĐỐC CÔNG AN TỈNH
PHÓ GIÁM ĐỐC                         PHÓ GIÁM ĐỐC
Lò Thị Xuân                          Đại tá Quàng Văn Pết

Nơi nhận:
- Lưu: VT.
"""


def test_stacked_organs_with_a_block_each_are_joint_issuers(lexicon):
    # before: the upper organ was read as the body above the lower one, the only issuer
    info = _info(_STACKED, lexicon)
    assert sorted(i.label.lower() for i in info.issuers) == ["công an tỉnh điện biên", "sở y tế tỉnh điện biên"]
    assert not info.parents


def test_a_body_above_its_department_with_one_block_stays_the_parent(lexicon):
    # a guard: "UBND TỈNH X" over "SỞ Y TẾ" and one block of the department: the department alone issues
    text = _STACKED.replace("CÔNG AN TỈNH ĐIỆN BIÊN   ", "UBND TỈNH ĐIỆN BIÊN      ")
    text = text.replace("SỞ Y TẾ TỈNH ĐIỆN BIÊN ", "SỞ Y TẾ                ")
    text = text.replace("         KT. GIÁM ĐỐC CÔNG AN TỈNH", "").replace("PHÓ GIÁM ĐỐC                         PHÓ GIÁM ĐỐC",
                                                                     "PHÓ GIÁM ĐỐC")
    text = text.replace("                          Đại tá Quàng Văn Pết", "")
    info = _info(text, lexicon)
    assert [i.label.lower() for i in info.issuers] == ["sở y tế"] and info.parents
    assert _signers(info) == {("Lò Thị Xuân", "Phó Giám đốc")}


# PDF text without its layout: each line holds the left block's piece, one space, then the right block's
_RUN_TOGETHER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/2026/TTLT-BNNMT-BKHCN Hà Nội, ngày 3 tháng 3 năm 2026
THÔNG TƯ LIÊN TỊCH
Hướng dẫn chuyển giao giống cây trồng chịu mặn
Điều 1. Cục Trồng trọt chủ trì, phối hợp với Cục Ứng dụng và Phát triển công nghệ chọn giống lúa chịu mặn.
TM. BỘ KHOA HỌC VÀ CÔNG NGHỆ KT. BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
BỘ TRƯỞNG THỨ TRƯỞNG
Đoàn Minh Triết Phùng Thị Kim Thoa
Nơi nhận:
- Lưu: VT.
"""


def test_blocks_run_together_on_each_line_are_told_apart(lexicon):
    # before: one block, post "Bộ trưởng Thứ trưởng" and the name "Triết Phùng Thị Kim Thoa"
    info = _info(_RUN_TOGETHER, lexicon)
    assert _signers(info) == {("Đoàn Minh Triết", "Bộ trưởng"), ("Phùng Thị Kim Thoa", "Thứ trưởng")}


def test_modes_run_together_over_one_post_stay_one_block(lexicon):
    # a guard: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" over one post is one block, as before
    text = """ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG
Số: 40/KH-UBND Sóc Trăng, ngày 2 tháng 2 năm 2026
KẾ HOẠCH
Trồng rừng ngập mặn ven biển
Sở Nông nghiệp và Môi trường chủ trì trồng rừng ngập mặn.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Hoàng Nghiệp
"""
    assert _signers(_info(text, lexicon)) == {("Lâm Hoàng Nghiệp", "Phó Chủ tịch")}


def test_ocr_letters_in_a_block_are_read(lexicon):
    # before: "GlÁM" (an "l" for "I") and "(Đã kỷ)" (a hook for the acute) broke the block, and the name was lost
    text = _STACKED.replace("PHÓ GIÁM ĐỐC                         PHÓ GIÁM ĐỐC",
                            "PHÓ GlÁM ĐỐC                         PHÓ GlÁM ĐÓC\n(Đã kỷ)                              (Đã kỷ)")
    info = _info(text, lexicon)
    assert _signers(info) == {("Lò Thị Xuân", "Phó Giám đốc"), ("Quàng Văn Pết", "Phó Giám đốc")}


def test_the_province_above_a_joint_headers_departments_is_their_body(lexicon):
    # before: "UBND TỈNH X" over "SỞ A - SỞ B" with a number of two codes gave three issuers
    text = """UBND TỈNH HẬU GIANG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO     Độc lập - Tự do - Hạnh phúc
Số: 31/HDLN-SYT-SGDĐT                Hậu Giang, ngày 6 tháng 1 năm 2026

HƯỚNG DẪN LIÊN NGÀNH
Khám sức khỏe định kỳ cho học sinh

Các trường học phối hợp với trạm y tế xã tổ chức khám sức khỏe cho học sinh.
"""
    info = _info(text, lexicon)
    assert sorted(i.label.lower() for i in info.issuers) == ["sở giáo dục và đào tạo tỉnh hậu giang",
                                                             "sở y tế tỉnh hậu giang"]
    assert {p.label.lower() for p in info.parents.values()} == {"ủy ban nhân dân tỉnh hậu giang"}


def test_a_dash_line_of_organs_with_the_place_under_it_names_each(lexicon):
    # before: "SỞ A - CỤC B" / "TỈNH X" was one organ, "Sở A - Cục B tỉnh X"
    text = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CÔNG AN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH CAO BẰNG                                       Độc lập - Tự do - Hạnh phúc
Số: 4/KHLN-SVHTTDL-CAT                              Cao Bằng, ngày 8 tháng 8 năm 2026

KẾ HOẠCH LIÊN NGÀNH
Bảo đảm an ninh tại lễ hội mùa thu

Công an thành phố chủ trì, phối hợp với Trung tâm Văn hóa tỉnh bố trí lực lượng tại lễ hội.
"""
    info = _info(text, lexicon)
    assert sorted(i.label.lower() for i in info.issuers) == ["công an tỉnh cao bằng",
                                                             "sở văn hóa, thể thao và du lịch tỉnh cao bằng"]


def test_a_mode_read_with_a_comma_and_a_post_without_its_marks(lexicon):
    # before: "KT," (OCR's comma for the period) opened no block, and "THỨ TRUONG" folded to "Thủ trưởng"
    text = _RUN_TOGETHER.split("TM. BỘ KHOA HỌC")[0] + """
KT, BỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ        KT, BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
THỨ TRUONG                                   THỨ TRƯỞNG
Đoàn Minh Triết                              Phùng Thị Kim Thoa
"""
    info = _info(text, lexicon)
    assert _signers(info) == {("Đoàn Minh Triết", "Thứ trưởng"), ("Phùng Thị Kim Thoa", "Thứ trưởng")}


def test_a_comma_after_kt_in_the_recipients_list_is_no_block(lexicon):
    # a guard: "Lưu: VT, KT, TH." names the offices that keep copies; the block above keeps its one signer
    text = _NAME_FIRST.replace("- Lưu: VT.", "- Lưu: VT, KT, TH.")
    assert _signers(_info(text, lexicon)) == {("A Quang Vinh Thịnh", "Phó Giám đốc")}


def test_every_row_of_blocks_run_together_is_told_apart(lexicon):
    # before: only the first row of run-together blocks was read; the second gave "Phó Viện trưởng Phó chánh án"
    text = _RUN_TOGETHER.replace("Đoàn Minh Triết Phùng Thị Kim Thoa\n", """Đoàn Minh Triết Phùng Thị Kim Thoa
KT. VIỆN TRƯỞNG KT. CHÁNH ÁN
PHÓ VIỆN TRƯỞNG PHÓ CHÁNH ÁN
Thái Văn Lộc Trịnh Thu Hà
""")
    assert _signers(_info(text, lexicon)) == {("Đoàn Minh Triết", "Bộ trưởng"), ("Phùng Thị Kim Thoa", "Thứ trưởng"),
                                              ("Thái Văn Lộc", "Phó Viện trưởng"), ("Trịnh Thu Hà", "Phó Chánh án")}


def test_heads_signing_directly_run_together_are_told_apart(lexicon):
    # before: no block was found ("GIÁM ĐỐC SỞ A GIÁM ĐỐC SỞ B" over two names on one line, no mode)
    text = _RUN_TOGETHER.split("TM. BỘ KHOA HỌC")[0].replace("Cục Trồng trọt", "Trung tâm Khuyến nông") + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Đinh Văn Cường Cao Thị Hoa
"""
    info = _info(text, lexicon)
    assert _signers(info) == {("Đinh Văn Cường", "Giám đốc"), ("Cao Thị Hoa", "Giám đốc")}
