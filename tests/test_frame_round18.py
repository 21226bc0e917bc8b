"""The document's frame as published, round 18 (issue 9): documents of several issuing organs (joint headers cut over
their lines, groups parted by the Party's star, numbers of joint departments). Each rule on an invented text, worded
unlike the documents that showed the error."""

from __future__ import annotations

import pytest

from tests.test_frame_round17 import _info, lexicon  # noqa: F401  (the module's lexicon fixture)


def _issuers(text: str, lexicon) -> list[str]:
    return sorted(ref.label for ref in _info(text, lexicon).issuers)


def _signers(text: str, lexicon) -> set[tuple[str | None, str | None]]:
    return {(s.person, s.post) for s in _info(text, lexicon).signatures}


# --- joint headers --------------------------------------------------------------------------------------------------

def test_a_plan_of_departments_numbered_as_made_together_has_each_department_as_issuer(lexicon):
    # "KHLS" (liên sở): departments of one province plan together; the province above them issues nothing
    text = """UBND TỈNH NINH BÌNH
SỞ CÔNG THƯƠNG - SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 57/KHLS-SCT-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 03 tháng 4 năm 2026

KẾ HOẠCH
Hỗ trợ doanh nghiệp nhỏ đổi mới công nghệ năm 2026

Hai sở thống nhất các nội dung phối hợp như sau.
"""
    info = _info(text, lexicon)
    assert sorted(r.label for r in info.issuers) == ["Sở Công Thương tỉnh Ninh Bình",
                                                    "Sở Khoa học và Công nghệ tỉnh Ninh Bình"]


def test_a_board_after_the_joining_dash_belongs_to_the_body_on_the_next_line(lexicon):
    text = """CÔNG AN TỈNH LẠNG SƠN - BAN THƯỜNG VỤ
HỘI CỰU CHIẾN BINH TỈNH LẠNG SƠN
--------
Số: 05/CTrPH-CAT-HCCB
Lạng Sơn, ngày 11 tháng 5 năm 2026

CHƯƠNG TRÌNH PHỐI HỢP
Giữ gìn an ninh trật tự ở khu dân cư giai đoạn 2026 - 2028

Hai bên thống nhất chương trình phối hợp như sau.
"""
    assert _issuers(text, lexicon) == ["Ban Thường vụ Hội Cựu chiến binh tỉnh Lạng Sơn", "Công an tỉnh Lạng Sơn"]


def test_the_party_star_closes_its_group_so_the_next_body_is_not_the_part_s_body(lexicon):
    # "BAN DÂN VẬN" / "*" / "ỦY BAN NHÂN DÂN HUYỆN X": the board is the Party committee's, not the people's committee's
    text = """HUYỆN ỦY BẢO LÂM
BAN DÂN VẬN
*
ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM
PHÒNG NỘI VỤ

Số 03-HDLT/BDVHU-PNV          Bảo Lâm, ngày 14 tháng 7 năm 2025

HƯỚNG DẪN LIÊN TỊCH
về thực hiện quy chế dân chủ ở cơ sở năm 2025

Hai cơ quan hướng dẫn như sau.
"""
    issuers = _issuers(text, lexicon)
    assert "Ban Dân vận Huyện ủy Bảo Lâm" in issuers
    assert not any("Ban Dân vận Ủy ban" in i for i in issuers)


# --- footers ---------------------------------------------------------------------------------------------------------

def test_a_letter_flattened_into_one_paragraph_still_gives_its_signer(lexicon):
    # a web copy ran the last sentence, the recipients list and the block into one line
    text = """UBND TỈNH HÒA BÌNH
SỞ XÂY DỰNG
Số: 233/SXD-QLN
V/v kiểm tra an toàn nhà chung cư cũ

Kính gửi: Ủy ban nhân dân các huyện, thành phố.

Sở Xây dựng đề nghị các đơn vị rà soát nhà chung cư cũ, gửi kết quả trước ngày 15/10/2026. Mọi vướng mắc xin liên hệ Phòng Quản lý nhà để phối hợp giải quyết./. Nơi nhận: - Như trên; - Lưu: VT, QLN. TL. GIÁM ĐỐC TRƯỞNG PHÒNG QUẢN LÝ NHÀ Đinh Công Khải
"""
    assert _signers(text, lexicon) == {("Đinh Công Khải", "Trưởng phòng Quản lý nhà")}


def test_a_page_break_between_a_post_and_its_name_keeps_the_signer(lexicon):
    # the Official Gazette's running head and the page's number stand between the last block's post and its name
    text = """BỘ Y TẾ - BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 09/2026/TTLT-BYT-BGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 3 năm 2026

THÔNG TƯ LIÊN TỊCH
Quy định về bữa ăn bán trú ở trường tiểu học

Điều 1. Các trường tiểu học công khai thực đơn hằng tuần.
Điều 2. Thông tư liên tịch này có hiệu lực từ ngày 15 tháng 4 năm 2026./.

KT. BỘ TRƯỞNG
BỘ GIÁO DỤC VÀ ĐÀO TẠO
THỨ TRƯỞNG
Đoàn Minh Tuệ

KT. BỘ TRƯỞNG
BỘ Y TẾ
THỨ TRƯỞNG
CÔNG BÁO/Số 210 + 211/Ngày 20-3-2026
7

Lương Thị Diệu Hà

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, BYT, BGDĐT.
"""
    assert _signers(text, lexicon) == {("Đoàn Minh Tuệ", "Thứ trưởng"), ("Lương Thị Diệu Hà", "Thứ trưởng")}


def test_stacked_blocks_keep_a_name_cut_after_its_middle_name(lexicon):
    # a narrow column: "Phan Thị" / "Mỹ Dung", one block under the other, no mode
    text = """SỞ Y TẾ TỈNH AN GIANG
BẢO HIỂM XÃ HỘI TỈNH AN GIANG
Số: 11/QCPH-SYT-BHXH
An Giang, ngày 19 tháng 8 năm 2026

QUY CHẾ PHỐI HỢP
Trong thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế

Điều 1. Hai cơ quan trao đổi dữ liệu hằng tháng.

GIÁM ĐỐC
SỞ Y TẾ
Phan Thị
Mỹ Dung

GIÁM ĐỐC
BẢO HIỂM XÃ HỘI TỈNH
Lâm Quốc Bảo
"""
    assert _signers(text, lexicon) == {("Phan Thị Mỹ Dung", "Giám đốc"), ("Lâm Quốc Bảo", "Giám đốc")}


def test_a_kind_line_made_by_several_sectors_opens_the_title(lexicon):
    text = """BAN CHỈ HUY QUÂN SỰ HUYỆN MƯỜNG TÈ - CÔNG AN HUYỆN MƯỜNG TÈ
Số: 02/KHLN-BCH-CAH
Mường Tè, ngày 05 tháng 1 năm 2026

KẾ HOẠCH LIÊN NGÀNH
Tuần tra bảo vệ đường biên, mốc quốc giới năm 2026

1. Hai lực lượng tuần tra chung mỗi tháng một lần.
"""
    assert _info(text, lexicon).title == "Tuần tra bảo vệ đường biên, mốc quốc giới năm 2026"


# --- joint frames whose spaces a copy doubled here and there ----------------------------------------------------------

def _footer_cells(line: str, lexicon) -> list[str]:
    from policykg.graph_builder.footercells import footer_cells
    return [text for _, text in footer_cells(line, lexicon)]


def test_a_mode_s_organ_cut_after_its_head_noun_is_one_cell(lexicon):
    line = "KT. CHÁNH VĂN PHÒNG BỘ  NỘI VỤ    PHÓ CHÁNH VĂN PHÒNG"
    assert _footer_cells("KT. GIÁM ĐỐC SỞ  XÂY DỰNG    PHÓ GIÁM ĐỐC", lexicon) == ["KT. GIÁM ĐỐC SỞ XÂY DỰNG",
                                                                               "PHÓ GIÁM ĐỐC"]
    assert _footer_cells(line, lexicon)[-1] == "PHÓ CHÁNH VĂN PHÒNG"


def test_a_name_never_opens_with_thi_so_the_piece_goes_on_the_name_before(lexicon):
    # "Kpă Y" reads as a name alone, and so does "Thị Hoa"; only together are they one
    assert _footer_cells("   Kpă Y  Thị Hoa                 Đinh Văn Quý", lexicon) == ["Kpă Y Thị Hoa", "Đinh Văn Quý"]


def test_a_board_s_name_cut_after_its_first_word_is_what_the_mode_signs_for(lexicon):
    assert _footer_cells("Nơi nhận:                  TM. BAN  CHẤP HÀNH", lexicon)[-1] == "TM. BAN CHẤP HÀNH"


def test_an_organ_line_over_a_block_cut_inside_its_head_is_one_line(lexicon):
    assert _footer_cells("BỘ CHỈ  HUY QUÂN SỰ TỈNH", lexicon) == ["BỘ CHỈ HUY QUÂN SỰ TỈNH"]
    assert _footer_cells("CÔNG AN TỈNH  VIỆN KIỂM SÁT NHÂN DÂN TỈNH", lexicon) == ["CÔNG AN TỈNH",
                                                                                 "VIỆN KIỂM SÁT NHÂN DÂN TỈNH"]


def test_a_board_s_head_cut_before_its_last_word_in_a_joint_header(lexicon):
    text = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TUYÊN QUANG - BAN CHẤP  HÀNH
HỘI NÔNG DÂN TỈNH TUYÊN QUANG
Số: 07/CTrPH-SNNMT-HND
Tuyên Quang, ngày 21 tháng 9 năm 2026

CHƯƠNG TRÌNH PHỐI HỢP
Hỗ trợ nông dân chuyển đổi số trong sản xuất

Hai bên thống nhất như sau.
"""
    assert "Ban Chấp hành Hội Nông dân tỉnh Tuyên Quang" in _issuers(text, lexicon)


def test_a_markdown_copy_s_escaped_rules_still_part_the_groups_of_a_joint_header(lexicon):
    text = """QUÂN KHU 9
## BỘ CHỈ HUY QUÂN SỰ TỈNH
\\--------
BỘ CÔNG AN
## CÔNG AN TỈNH CÀ MAU
\\--------
Số: 04/QCPH-BCHQS-CAT

## QUY CHẾ PHỐI HỢP
Trong tuần tra vùng ven biển

Hai bên thống nhất như sau.
"""
    assert _issuers(text, lexicon) == ["Bộ Chỉ huy Quân sự tỉnh Cà Mau", "Công an tỉnh Cà Mau"]


def test_a_numbered_item_flattened_with_the_footer_gives_the_signer(lexicon):
    text = """UBND TỈNH BẮC NINH
SỞ TÀI CHÍNH
Số: 918/STC-QLG
V/v niêm yết giá dịch vụ trông giữ xe

Kính gửi: Các trung tâm thương mại trên địa bàn tỉnh.

1. Các đơn vị niêm yết giá tại cổng ra vào.
  2.  Đề nghị các đơn vị thực hiện nghiêm túc./. Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Tạ Quang Hiển
"""
    assert _signers(text, lexicon) == {("Tạ Quang Hiển", "Phó Giám đốc")}



def test_a_page_s_running_head_joined_onto_the_name_s_line_is_blanked_in_the_footer():
    # the reader joined the line after a form feed onto the name's line; the running head is a skipped span
    from policykg.graph_builder.footercells import skipped_blank
    from policykg.graph_builder.model import Span
    line = "- UBND các xã: Thạch Hà;   Phan Đình Khôi  CÔNG BÁO/Số 412/Ngày 20-10-2026"
    head = line.index("CÔNG BÁO")
    blanked = skipped_blank(line, 1000, [Span(1000 + head, 1000 + len(line)), Span(5, 9)])
    assert blanked == line[:head] + " " * (len(line) - head)


# --- probe18w's forms, on invented texts ------------------------------------------------------------------------------

def test_a_table_of_blocks_on_behalf_of_each_organ_flattened_row_by_row(lexicon):
    # an HTML table whose cells' line breaks became gaps: "ĐẠI DIỆN" alone, then the organ, the post and the name
    text = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH PHÚ THỌ - TỈNH ĐOÀN PHÚ THỌ
Số: 08/CTrPH-SVHTTDL-TĐ
Phú Thọ, ngày 12 tháng 5 năm 2026

CHƯƠNG TRÌNH PHỐI HỢP
Phát triển phong trào thể thao thanh niên giai đoạn 2026 - 2030

Hai bên thống nhất như sau.

ĐẠI DIỆN \u2003  SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH \u2003  GIÁM ĐỐC Nguyễn Hữu Thành | ĐẠI DIỆN \u2003  TỈNH ĐOÀN \u2003  BÍ THƯ Trần Thị Mai Hương

Nơi nhận:
- Lưu: VT.
"""
    assert _signers(text, lexicon) == {("Nguyễn Hữu Thành", "Giám đốc"), ("Trần Thị Mai Hương", "Bí thư")}


def test_an_organ_numbered_by_its_area_is_what_a_block_signs_for():
    from policykg.graph_builder.footer import _signs_for
    from policykg.ontology import load_lexicon
    assert _signs_for("BỘ TƯ LỆNH VÙNG CẢNH SÁT BIỂN 3", load_lexicon())


def test_a_narrow_header_column_a_word_or_two_a_line_with_ocr_s_zero(lexicon):
    text = """CÔNG AN
TỈNH
GIA LAI
T0A ÁN
NHÂN DÂN
TỈNH GIA LAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/HDLN-CAT-TAND
Gia Lai, ngày 30 tháng 6 năm 2026

HƯỚNG DẪN LIÊN NGÀNH
Về trích xuất bị can phục vụ xét xử

Hai ngành hướng dẫn như sau.
"""
    assert _issuers(text, lexicon) == ["Công an tỉnh Gia Lai", "Tòa án nhân dân tỉnh Gia Lai"]


_JOINT_HEAD = """SỞ NỘI VỤ TỈNH BẮC GIANG - TỈNH ĐOÀN BẮC GIANG - HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC GIANG
Số: 12/KHLN-SNV-TĐ-HLHPN
Bắc Giang, ngày 04 tháng 4 năm 2026

KẾ HOẠCH LIÊN NGÀNH
Tuyển chọn thanh niên, phụ nữ tham gia đội hình tình nguyện năm 2026

Ba ngành thống nhất như sau.

"""


_FLATTENED = ("Nơi nhận: - Tỉnh ủy (b/c); - Lưu: 3 ngành. GIÁM ĐỐC SỞ NỘI VỤ (Đã ký) Vũ Mạnh Hà "
              "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN BÍ THƯ (Đã ký) Lục Thị Nga "
              "TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH PHÓ CHỦ TỊCH (Đã ký) Đào Thu Trang\n")
_TABLE_ROW = ("| KT. GIÁM ĐỐC<br>SỞ NỘI VỤ<br>PHÓ GIÁM ĐỐC<br><br>**Vũ Mạnh Hà** | TM. BAN THƯỜNG VỤ<br>"
              "TỈNH ĐOÀN<br>BÍ THƯ<br><br>**Lục Thị Nga** | TM. BAN THƯỜNG VỤ<br>HỘI LHPN TỈNH<br>"
              "PHÓ CHỦ TỊCH<br><br>**Đào Thu Trang** |\n|---|---|---|\n")
# the cells' places in the line do not line up from row to row; their bars do
_BARRED = ("TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH | KT. GIÁM ĐỐC SỞ NỘI VỤ | TM. BAN THƯỜNG VỤ TỈNH ĐOÀN |\n"
           "CHỦ TỊCH | PHÓ GIÁM ĐỐC | BÍ THƯ |\n"
           "Đào Thu Trang | Vũ Mạnh Hà | Lục Thị Nga |\n")


@pytest.mark.parametrize("footer", [
    _FLATTENED,     # a web copy ran the blocks into one line; the first has no mode and follows the list's last item
    _TABLE_ROW,     # "TỈNH ĐOÀN" over its block: a kind of body in the vocabulary, here the issuer "Tỉnh đoàn X"
    _BARRED,        # rows of three cells parted by bars and closed by one
    _FLATTENED.replace("Tỉnh ủy (b/c)", "Tỉnh  ủy (b/c)").replace("BÍ THƯ (Đã", "BÍ  THƯ (Đã"),   # spaces doubled too
], ids=["flattened", "table-row", "barred", "flattened-doubled"])
def test_three_joint_blocks_as_published_give_three_signers(footer, lexicon):
    assert {person for person, _ in _signers(_JOINT_HEAD + footer, lexicon)} == {"Vũ Mạnh Hà", "Lục Thị Nga",
                                                                                "Đào Thu Trang"}


def test_a_joint_header_line_whose_last_organ_writes_the_place_for_all(lexicon):
    text = """HĐND - UBND - BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM HUYỆN MỸ ĐỨC
Số: 03/NQLT-HĐND-UBND-MTTQ
Mỹ Đức, ngày 10 tháng 2 năm 2026

NGHỊ QUYẾT LIÊN TỊCH
Về phối hợp giám sát đầu tư công

Ba bên thống nhất như sau.
"""
    assert "Ủy ban nhân dân huyện Mỹ Đức" in _issuers(text, lexicon)


def test_a_letter_whose_number_lost_its_dash_is_still_read_as_a_formal_letter(lexicon):
    text = """UBND TỈNH VĨNH LONG
SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 2207/SGDĐTGDTX
V/v tổ chức ngày hội đọc sách

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập  Tự do  Hạnh phúc

Vĩnh Long, ngày 14 tháng 4 năm 2026

Kính gửi: Các trường trung học phổ thông.

Sở Giáo dục và Đào tạo đề nghị các trường tổ chức ngày hội đọc sách trước ngày 30/4/2026./.

Nơi nhận:
 Như trên;
 Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Huỳnh Văn Tám
"""
    assert any(label.startswith("Sở Giáo dục và Đào tạo") for label in _issuers(text, lexicon))
    assert _signers(text, lexicon) == {("Huỳnh Văn Tám", "Phó Giám đốc")}


def test_a_title_that_names_the_office_over_the_header_s_organ_makes_the_office_the_issuer(lexicon):
    text = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 04/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn La, ngày 02 tháng 3 năm 2026

CHỈ THỊ CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA
Về phòng cháy, chữa cháy rừng mùa khô năm 2026

Các sở, ngành thực hiện nghiêm các nội dung sau.
"""
    assert _issuers(text, lexicon) == ["Chủ tịch Ủy ban nhân dân tỉnh Sơn La"]
    party = text.replace("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "TỈNH ỦY SƠN LA\n*").replace(
        "CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA", "CỦA BAN THƯỜNG VỤ TỈNH ỦY").replace("CT-UBND", "CT/TU")
    assert _issuers(party, lexicon) == ["Tỉnh ủy Sơn La"]     # a board of the header's committee: the committee


@pytest.mark.parametrize("line", [
    "|\nĐà\nNẵng, ngày 05 tháng 5 năm 2026\n|",          # a table cell a word a line
    "Số: 21/KH-UBND — Đà Nẵng, ngày 05 tháng 5 năm 2026",   # number and place on one line, parted by a dash
], ids=["word-a-line", "after-a-dash"])
def test_the_place_and_date_as_a_flattened_header_writes_them(line, lexicon):
    text = f"ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\n{line}\n\nKẾ HOẠCH\nPhòng chống sốt xuất huyết năm 2026\n\nCác sở thực hiện.\n"
    info = _info(text.replace("\n|\nĐà", "\nSố: 21/KH-UBND\n|\nĐà"), lexicon)
    assert (info.place, info.date) == ("Đà Nẵng", "2026-05-05")
