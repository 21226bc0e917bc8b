"""The document's frame as published, round 17 (issue 9): headers and signature blocks whose spaces a web copy or an
export doubled here and there, inside table cells and Markdown blocks. Each rule on an invented text, worded unlike the
documents that showed the error."""

from __future__ import annotations

import re

import pytest

from policykg.graph_builder.footercells import footer_cells
from policykg.graph_builder.headercells import rejoined_header_cells
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.model import DocumentInfo
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _info(text: str, lexicon) -> DocumentInfo:
    return extract_document_info(source_from_string(text, "<string>"), lexicon)


def _issuers(text: str, lexicon) -> list[str]:
    return [ref.label for ref in _info(text, lexicon).issuers]


def _signers(text: str, lexicon) -> set[tuple[str | None, str | None]]:
    return {(s.person, s.post) for s in _info(text, lexicon).signatures}


def _header_cells(line: str, lexicon) -> list[str]:
    cells = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\s|]+(?: [^\s|]+)*", line)]
    return [text for _, _, text in rejoined_header_cells(line, cells, lexicon)]


_BODY = """
BÁO CÁO
Kết quả giám sát việc thực hiện chính sách đối với đồng bào vùng cao

Các cơ quan được giám sát đã cung cấp đầy đủ hồ sơ theo yêu cầu của đoàn.

"""


# --- header cells a doubled space parted ----------------------------------------------------------------------------

def test_an_organ_known_by_its_whole_name_is_joined_although_its_last_piece_reads_as_a_head(lexicon):
    # "HỘI" alone reads as the head noun "Hội" (an association), so the round-15 rule left the two pieces apart
    line = "| VĂN PHÒNG QUỐC  HỘI –––––– | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |"
    assert _header_cells(line, lexicon)[0] == "VĂN PHÒNG QUỐC  HỘI ––––––"


def test_a_motto_broken_in_three_pieces_is_one_cell(lexicon):
    line = "ỦY BAN DÂN TỘC        CỘNG HÒA XÃ  HỘI  CHỦ NGHĨA VIỆT NAM"
    assert _header_cells(line, lexicon) == ["ỦY BAN DÂN TỘC", "CỘNG HÒA XÃ  HỘI  CHỦ NGHĨA VIỆT NAM"]


def test_a_word_cells_two_paragraphs_stay_apart(lexicon):
    assert _header_cells("UBND TỈNH ĐIỆN BIÊN  VĂN PHÒNG", lexicon) == ["UBND TỈNH ĐIỆN BIÊN", "VĂN PHÒNG"]


def test_a_pipe_table_header_with_doubled_spaces_names_its_one_issuer(lexicon):
    text = """| VĂN PHÒNG QUỐC  HỘI –––––– | CỘNG HÒA XÃ  HỘI  CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc –––––– |
|---|---|
| Số: 77/BC-VPQH | Hà Nội, ngày 14 tháng 3 năm 2026 |
""" + _BODY
    assert _issuers(text, lexicon) == ["Văn phòng Quốc hội"]


def test_a_bold_markdown_header_line_with_a_doubled_space_names_its_issuer(lexicon):
    text = """**BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ  HỘI**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 1204/BC-LĐTBXH

Hà Nội, ngày 02 tháng 4 năm 2026
""" + _BODY
    assert _issuers(text, lexicon) == ["Bộ Lao động - Thương binh và Xã hội"]


# --- footer cells a doubled space parted ----------------------------------------------------------------------------

def test_a_recipients_cell_of_a_table_row_parted_by_doubled_spaces_is_one_list(lexicon):
    line = "| Nơi nhận:  - Sở Giáo dục  và Đào tạo; - UBND các  huyện; - Lưu: VT. | KT. GIÁM ĐỐC |"
    assert [t for _, t in footer_cells(line, lexicon)] == [
        "Nơi nhận:  - Sở Giáo dục  và Đào tạo; - UBND các  huyện; - Lưu: VT.", "KT. GIÁM ĐỐC"]


def test_the_block_beside_a_parted_recipients_cell_is_read(lexicon):
    # a long piece of the list, cut from its head, read as a sentence of the body ended the footer before the block
    text = """SỞ Y TẾ TỈNH SƠN LA        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                           Độc lập - Tự do - Hạnh phúc
Số: 93/BC-SYT              Sơn La, ngày 21 tháng 5 năm 2026
""" + _BODY + "| Nơi nhận:  - UBND  tỉnh (b/c); - Các bệnh viện đa khoa tuyến huyện, Trung tâm Kiểm soát bệnh tật tỉnh, " \
        "Trung tâm Giám định y khoa; - Lưu: VT, NVY. |  | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lò Văn Piềng |\n"
    assert _signers(text, lexicon) == {("Lò Văn Piềng", "Phó Giám đốc")}


def test_a_mode_whose_organ_a_doubled_space_cut_signs_for_the_whole_organ(lexicon):
    assert [t for _, t in footer_cells("TM. HỘI ĐỒNG DÂN  TỘC", lexicon)] == ["TM. HỘI ĐỒNG DÂN TỘC"]
    assert [t for _, t in footer_cells("KT. BỘ  TRƯỞNG", lexicon)] == ["KT. BỘ TRƯỞNG"]


def test_a_mode_and_a_post_of_their_own_stay_apart(lexicon):
    assert [t for _, t in footer_cells("KT. CHÁNH VĂN PHÒNG  PHÓ CHÁNH VĂN PHÒNG", lexicon)] == [
        "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    assert [t for _, t in footer_cells("TM. ỦY BAN NHÂN DÂN  CHỦ TỊCH", lexicon)] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_a_deputy_ministers_block_whose_mode_a_doubled_space_cut(lexicon):
    text = """BỘ KHOA HỌC VÀ CÔNG NGHỆ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                             Độc lập - Tự do - Hạnh phúc
Số: 610/BC-BKHCN             Hà Nội, ngày 30 tháng 6 năm 2026
""" + _BODY + """Nơi nhận:                                  KT. BỘ  TRƯỞNG
- Văn phòng Chính phủ;                     THỨ TRƯỞNG
- Lưu: VT, KHTC.
                                           Vương Đình Khải
"""
    assert _signers(text, lexicon) == {("Vương Đình Khải", "Thứ trưởng")}


# --- a flattened block, a head or a kind line whose space was doubled ----------------------------------------------

def test_a_name_cut_after_its_family_name_in_a_flattened_block(lexicon):
    line = "| TM. BAN CHỈ ĐẠO TRƯỞNG BAN Đỗ  Minh Khoa |"
    assert [t for _, t in footer_cells(line, lexicon)] == ["TM. BAN CHỈ ĐẠO TRƯỞNG BAN Đỗ Minh Khoa"]


def test_a_post_cut_after_its_first_word_in_a_flattened_block(lexicon):
    line = "| TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ  CHỦ TỊCH Ksor Phước Hà |"
    assert [t for _, t in footer_cells(line, lexicon)] == ["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Ksor Phước Hà"]
    assert [t for _, t in footer_cells("CHÁNH  THANH TRA", lexicon)] == ["CHÁNH THANH TRA"]


def test_a_bare_mode_before_a_flattened_block_signs_for_it(lexicon):
    line = "| - Lưu: VT, TH. | KT.  GIÁM ĐỐC PHÓ GIÁM ĐỐC Mai Xuân Lộc |"
    assert [t for _, t in footer_cells(line, lexicon)] == ["- Lưu: VT, TH.", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Mai Xuân Lộc"]


def test_a_head_whose_last_word_a_doubled_space_cut(lexicon):
    assert [t for _, t in footer_cells("T/M BAN CHẤP  HÀNH", lexicon)] == ["T/M BAN CHẤP HÀNH"]


def test_a_block_whose_every_space_is_doubled_keeps_its_post_whole(lexicon):
    assert [t for _, t in footer_cells("PHÓ  BÍ  THƯ  THƯỜNG  TRỰC", lexicon)] == ["PHÓ BÍ THƯ THƯỜNG TRỰC"]


def test_a_kind_line_whose_space_was_doubled_opens_a_document_without_number(lexicon):
    text = """ỦY BAN NHÂN DÂN
HUYỆN MỘC CHÂU

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:          /KH-UBND
Mộc Châu, ngày      tháng 8 năm 2026

KẾ  HOẠCH
Phòng chống thiên tai mùa mưa lũ

Các xã rà soát các điểm có nguy cơ sạt lở.

CHỦ TỊCH



Sồng A Lử
"""
    info = _info(text, lexicon)
    assert (info.kind, [r.label for r in info.issuers]) == ("Plan", ["Ủy ban nhân dân huyện Mộc Châu"])
    assert {(s.person, s.post) for s in info.signatures} == {("Sồng A Lử", "Chủ tịch")}


# --- forms of the published frame (round 17's writers' battery showed them) ----------------------------------------

def test_a_header_a_web_copy_flattened_to_one_row_with_its_rules(lexicon):
    text = """ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG ------- Số: 31/2026/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Tuyên Quang, ngày 17 tháng 4 năm 2026 |
QUYẾT ĐỊNH
Quy định mức hỗ trợ học nghề cho lao động nông thôn
ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Giáo dục nghề nghiệp;
QUYẾT ĐỊNH:
Điều 1. Sở Nội vụ hướng dẫn thực hiện Quyết định này.
"""
    info = _info(text, lexicon)
    assert (info.identifier, info.date, info.place) == ("31/2026/QĐ-UBND", "2026-04-17", "Tuyên Quang")
    assert [r.label for r in info.issuers] == ["Ủy ban nhân dân tỉnh Tuyên Quang"]


def test_the_party_organisation_over_a_joint_documents_committee_is_no_issuer(lexicon):
    text = """| ĐẢNG BỘ HUYỆN MƯỜNG LÁT<br>**ĐẢNG ỦY XÃ PÙ NHI**<br>**ỦY BAN NHÂN DÂN XÃ PÙ NHI** | **ĐẢNG CỘNG SẢN VIỆT NAM** |
|---|---|
| Số 03-CTrLT/ĐU-UBND | *Pù Nhi, ngày 12 tháng 3 năm 2026* |

**CHƯƠNG TRÌNH LIÊN TỊCH**

**Giữ gìn bản sắc văn hóa các dân tộc**

Văn phòng Đảng ủy theo dõi việc thực hiện Chương trình.
"""
    assert _issuers(text, lexicon) == ["Đảng ủy xã Pù Nhi", "Ủy ban nhân dân xã Pù Nhi"]


def test_a_kind_word_whose_first_letter_ocr_parted(lexicon):
    from policykg.graph_builder.header import kind_of_word
    assert kind_of_word("Q UYẾT ĐỊNH", lexicon) == "Decision"
    assert kind_of_word("CHỈ T HỊ", lexicon) == "Directive"
    assert kind_of_word("Q UY", lexicon) is None


def test_a_joint_header_that_writes_the_place_once_under_its_last_organ(lexicon):
    text = """HỘI ĐỒNG NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN MTTQ VIỆT NAM                         Độc lập - Tự do - Hạnh phúc
  HUYỆN CHÂU THÀNH
Số: 04/CTrPH-HĐND-MTTQ                  Châu Thành, ngày 15 tháng 2 năm 2026

CHƯƠNG TRÌNH PHỐI HỢP
Giám sát việc giải quyết kiến nghị của cử tri

Thường trực Hội đồng nhân dân huyện chủ trì tổng hợp kiến nghị của cử tri.
"""
    assert _issuers(text, lexicon) == ["Hội đồng nhân dân huyện Châu Thành",
                                       "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Châu Thành"]


def test_a_document_a_portal_page_publishes_under_its_furniture(lexicon):
    text = """Trang chủ » Chính quyền » Văn bản điều hành
Đăng lúc 08:05 ngày 14/02/2026 | Lượt đọc: 57
Bản in | Gửi email

KẾ HOẠCH Tổ chức Ngày hội hiến máu tình nguyện năm 2026

ỦY BAN NHÂN DÂN
PHƯỜNG NAM SƠN

Số:      /KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Sơn, ngày 10 tháng 02 năm 2026

KẾ HOẠCH
Tổ chức Ngày hội hiến máu tình nguyện năm 2026

Trạm Y tế phường chủ trì, phối hợp với Đoàn Thanh niên phường tổ chức Ngày hội.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đinh Công Tráng

Bài viết liên quan:
- Phường Nam Sơn ra quân làm sạch môi trường
"""
    info = _info(text, lexicon)
    assert (info.kind, info.date, [r.label for r in info.issuers]) == (
        "Plan", "2026-02-10", ["Ủy ban nhân dân phường Nam Sơn"])
    assert {(s.person, s.post) for s in info.signatures} == {("Đinh Công Tráng", "Phó Chủ tịch")}


_BARRED = """HỘI NÔNG DÂN TỈNH NINH THUẬN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | Độc lập - Tự do - Hạnh phúc
Số: 02/KHPH-HND-SNNMT | Ninh Thuận, ngày 03 tháng 3 năm 2026
KẾ HOẠCH PHỐI HỢP
Hỗ trợ nông dân chuyển đổi cây trồng
Hai bên cử cán bộ đầu mối theo dõi việc thực hiện Kế hoạch.
TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH | KT. GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CHỦ TỊCH | PHÓ GIÁM ĐỐC
Chamaléa Thị Thủy | Trượng Văn Hòa
"""
_BARRED_SIGNERS = {("Chamaléa Thị Thủy", "Chủ tịch"), ("Trượng Văn Hòa", "Phó Giám đốc")}


def test_two_blocks_side_by_side_in_rows_parted_by_bars(lexicon):
    # the rows' cells do not line up: "PHÓ GIÁM ĐỐC" starts where the left block's column is, so the bars count
    assert _signers(_BARRED, lexicon) == _BARRED_SIGNERS


def test_a_markdown_tables_rows_keep_their_columns(lexicon):
    text = """| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 41/BC-BYT | Hà Nội, ngày 03 tháng 3 năm 2026 |

BÁO CÁO
Tình hình tiêm chủng mở rộng

Các địa phương đã hoàn thành kế hoạch tiêm chủng.

| Nơi nhận: - Như trên; - Lưu: VT. | KT. BỘ TRƯỞNG |
|---|---|
| | THỨ TRƯỞNG |
| | Đỗ Xuân Tuyên |
"""
    assert _signers(text, lexicon) == {("Đỗ Xuân Tuyên", "Thứ trưởng")}


def test_a_name_cut_after_its_middle_name_is_one_name(lexicon):
    # "Thị" and "Văn" never end a name, though "Hà Thị" alone reads as one
    assert [t for _, t in footer_cells("                    Hà Thị  Mỹ Duyên", lexicon)] == ["Hà Thị Mỹ Duyên"]
    assert [t for _, t in footer_cells("Hà Thị Mỹ Duyên  Quách Tuấn Ngọc", lexicon)] == ["Hà Thị Mỹ Duyên",
                                                                                        "Quách Tuấn Ngọc"]


def test_rows_parted_by_bars_with_no_break_spaces_keep_their_columns(lexicon):
    text = _BARRED.replace("TỈNH | KT.", "TỈNH\u00a0| KT.").replace("CHỦ TỊCH | PHÓ", "CHỦ TỊCH\u00a0|\u00a0PHÓ")
    assert "\u00a0" in text and _signers(text, lexicon) == _BARRED_SIGNERS


def test_a_joint_header_whose_rules_part_each_organ_under_its_superior(lexicon):
    text = """TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG
-------
BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG
BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/CTrPH-LĐLĐ-BĐBP
An Giang, ngày 08 tháng 5 năm 2026

CHƯƠNG TRÌNH PHỐI HỢP
Chăm lo đời sống công nhân, lao động khu vực biên giới

Hai bên phân công cán bộ đầu mối theo dõi việc thực hiện Chương trình.
"""
    assert _issuers(text, lexicon) == ["Liên đoàn Lao động tỉnh An Giang",
                                       "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang"]


def test_blocks_with_no_mode_and_the_seals_space_before_the_name(lexicon):
    # a portal's copy: each block a cell of its own ("| GIÁM ĐỐC" / organ / blank lines / rank and name)
    text = """SỞ TƯ PHÁP TỈNH KON TUM
SỞ NỘI VỤ TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 03/QCPH-STP-SNV
Kon Tum, ngày 11 tháng 6 năm 2026

QUY CHẾ PHỐI HỢP
Trong công tác cải cách hành chính

Hai sở cử cán bộ đầu mối theo dõi việc thực hiện Quy chế này./.
| GIÁM ĐỐC
SỞ TƯ PHÁP



A Thút
| GIÁM ĐỐC
SỞ NỘI VỤ



Y Ngọc Hiền
|
"""
    assert _signers(text, lexicon) == {("A Thút", "Giám đốc"), ("Y Ngọc Hiền", "Giám đốc")}
