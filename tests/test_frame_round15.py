"""Signature blocks and issuers as the genre publishes them, round 15 (issue 9): each rule on an invented text, worded
unlike the documents that showed the error (the probes tests/data/genre/probe15s/r15s-* hold such frames in whole
documents)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.footercells import footer_cells
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.model import DocumentInfo
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _info(text: str, lexicon, name: str = "<string>") -> DocumentInfo:
    return extract_document_info(source_from_string(text, name), lexicon)


def _signers(text: str, lexicon, name: str = "<string>") -> set[tuple[str | None, str | None]]:
    return {(s.person, s.post) for s in _info(text, lexicon, name).signatures}


_HEAD = """ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐẮK MIL                              Độc lập - Tự do - Hạnh phúc
Số: 318/KH-UBND                            Đắk Mil, ngày 09 tháng 9 năm 2026

KẾ HOẠCH
Tổ chức ngày hội đọc sách cho thiếu nhi

Phòng Văn hóa - Thông tin chủ trì tổ chức ngày hội.

"""


# --- a doubled space inside a block's mode, post, name, note or the recipients' head -------------------------------

def test_a_space_doubled_here_and_there_in_the_block_parts_no_item(lexicon):
    text = _HEAD + """Nơi  nhận:                                 TM. ỦY BAN NHÂN DÂN
- Sở Văn hóa,  Thể thao và Du lịch;          KT.  CHỦ TỊCH
- TT.HU;  TT. HĐND huyện;                    PHÓ CHỦ  TỊCH
- Lưu: VT.                                   (Đã  ký)
                                             Y  Bhim Êban
"""
    assert _signers(text, lexicon) == {("Y Bhim Êban", "Phó Chủ tịch")}


def test_a_block_whose_every_space_is_doubled(lexicon):
    block = ["KT.  GIÁM  ĐỐC", "PHÓ  GIÁM  ĐỐC", "", "Đinh  Thị  Thu  Sương"]
    text = _HEAD.replace("ỦY BAN NHÂN DÂN  ", "UBND HUYỆN ĐẮK MIL").replace("HUYỆN ĐẮK MIL   ", "TRUNG TÂM VĂN HÓA") \
        + "\n".join(" " * 44 + b for b in block) + "\n"
    assert _signers(text, lexicon) == {("Đinh Thị Thu Sương", "Phó Giám đốc")}


def test_a_name_whose_last_word_a_doubled_space_parts_keeps_it(lexicon):
    text = _HEAD + " " * 44 + "CHỦ TỊCH\n\n" + " " * 44 + "Hà Văn  Tuấn\n"
    assert _signers(text, lexicon) == {("Hà Văn Tuấn", "Chủ tịch")}


def test_two_spaces_between_items_of_a_flattened_cell_still_part_them(lexicon):
    line = "TM. BAN CHẤP HÀNH  BÍ THƯ  (Đã ký)  Nông Văn Phúc"
    assert [t for _, t in footer_cells(line, lexicon)] == ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "(Đã ký)", "Nông Văn Phúc"]


def test_a_recipient_beside_the_block_two_spaces_off_stays_apart(lexicon):
    assert [t for _, t in footer_cells("- Lưu: VT, VHTT.  Hà Văn Tuấn", lexicon)] == ["- Lưu: VT, VHTT.", "Hà Văn Tuấn"]
    assert [t for _, t in footer_cells("- Như trên;  Q. GIÁM ĐỐC", lexicon)] == ["- Như trên;", "Q. GIÁM ĐỐC"]


def test_without_the_lexicon_the_cells_are_read_as_before(lexicon):
    assert [t for _, t in footer_cells("KT.  CHỦ TỊCH")] == ["KT.", "CHỦ TỊCH"]
    assert [t for _, t in footer_cells("KT.  CHỦ TỊCH", lexicon)] == ["KT. CHỦ TỊCH"]


# --- what a published block prints beside the post and the name ---------------------------------------------------

@pytest.mark.parametrize("placeholder", ["[signature]", "[Chữ ký]", "<hình ảnh chữ ký>", "(con dấu)", "[image]"])
def test_a_placeholder_for_the_signatures_image_sits_between_post_and_name(lexicon, placeholder):
    text = _HEAD + "TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\n" + placeholder + "\n\nLò Thị Mai Hương\n"
    assert _signers(text, lexicon) == {("Lò Thị Mai Hương", "Chủ tịch")}


def test_a_post_alone_signed_by_the_name_its_digital_stamp_prints(lexicon):
    text = _HEAD.replace("UBND", "X") + " " * 44 + "TRƯỞNG PHÒNG\n\n" + "\n".join(" " * 44 + s for s in (
        "Người ký: Phạm Quốc Bảo", "Email: pqbao@dakmil.gov.vn", "Cơ quan: Phòng Văn hóa - Thông tin",
        "Thời gian ký: 09.09.2026 15:40:12 +07:00")) + "\n"
    assert _signers(text, lexicon) == {("Phạm Quốc Bảo", "Trưởng phòng")}


def test_a_stamp_of_an_organ_names_no_signer(lexicon):
    text = _HEAD + " " * 44 + "CHỦ TỊCH\n\n" + " " * 44 + "Ký bởi: Ủy ban nhân dân huyện Đắk Mil\n"
    assert all(s.person is None for s in _info(text, lexicon).signatures)


def test_the_stamps_fields_under_the_name_are_frame_not_actors(lexicon):
    from policykg.graph_builder.pipeline import build_source
    text = _HEAD + "\n".join(" " * 44 + s for s in (
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nông Thị Diệu", "Người ký: Nông Thị Diệu",
        "Cơ quan: Ban Quản lý dự án huyện Đắk Mil", "Chức vụ: Phó Chủ tịch", "Thời gian ký: 10.09.2026")) + "\n"
    result = build_source(source_from_string(text, "x.txt"))
    assert {(s.person, s.post) for s in result.document.signatures} == {("Nông Thị Diệu", "Phó Chủ tịch")}
    assert not [m for m in result.mentions if m.category == "actor" and "Ban Quản lý" in m.surface]


def test_a_post_after_a_recipient_ending_in_a_comma_is_the_blocks(lexicon):
    text = _HEAD + """Nơi nhận: TM. BAN CHẤP HÀNH
- Ban Thường vụ Huyện đoàn, BÍ THƯ
- Lưu VP. (đã ký)
 Ksor H'Lan
"""
    assert _signers(text, lexicon) == {("Ksor H'Lan", "Bí thư")}


# --- OCR and narrow columns at a block's foot -------------------------------------------------------------------------

def test_ocr_marks_around_the_blocks_lines_and_the_seals_residue(lexicon):
    text = _HEAD + "\n".join(("| TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH ,", "PHÓ CHỦ TỊCH :", "", "ụ ~", "Hoàng Minh Đức .")) + "\n"
    assert _signers(text, lexicon) == {("Hoàng Minh Đức", "Phó Chủ tịch")}


@pytest.mark.parametrize("name, read", [("Đoàn Kim Thoa", "Đoàn Kim Thoa"), ("LƯU BÍCH NGÂN", "Lưu Bích Ngân")])
def test_a_family_name_that_is_also_an_organs_word_at_the_blocks_foot(lexicon, name, read):
    text = _HEAD + " " * 44 + "GIÁM ĐỐC\n" + " " * 44 + "(Đã ký)\n" + " " * 44 + name + "\n"
    assert _signers(text, lexicon) == {(read, "Giám đốc")}


def test_a_deputy_ministers_post_whose_marks_the_font_lost(lexicon):
    text = _HEAD.replace("ỦY BAN NHÂN DÂN    ", "BỘ XÂY DỰNG        ").replace("HUYỆN ĐẮK MIL", "") \
        + "\n".join(" " * 44 + b for b in ("KT. BO TRUONG", "THU TRUONG", "", "Le Quang Hung")) + "\n"
    assert {post for _, post in _signers(text, lexicon)} == {"Thứ trưởng"}


def test_a_name_broken_over_two_lines_of_a_narrow_column(lexicon):
    text = _HEAD + """Nơi nhận:                                    KT. TRƯỞNG PHÒNG
- Như trên;                                  PHÓ TRƯỞNG PHÒNG
- Lưu: VT.
                                             Trần Thị Bích
                                             Ngọc
"""
    assert _signers(text, lexicon) == {("Trần Thị Bích Ngọc", "Phó Trưởng phòng")}


def test_a_word_on_the_next_line_of_another_column_is_no_part_of_the_name(lexicon):
    text = _HEAD + """TM. ỦY BAN NHÂN DÂN                          Nơi nhận:
CHỦ TỊCH                                     - Như trên;
Võ Thành Nam                                 - Lưu: VT.
                                             Hương
"""
    assert _signers(text, lexicon) == {("Võ Thành Nam", "Chủ tịch")}


# --- a doubled space in the header --------------------------------------------------------------------------------

def _issuers(text: str, lexicon, name: str = "<string>") -> list[str]:
    return [i.label for i in _info(text, lexicon, name).issuers]


def test_a_doubled_space_inside_the_issuers_name_and_the_motto(lexicon):
    text = """ỦY  BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  NAM
HUYỆN CƯ JÚT                               Độc lập - Tự do - Hạnh phúc
Số: 27/TB-UBND                             Cư Jút, ngày 05 tháng 5 năm 2026

THÔNG BÁO
Lịch trực phòng, chống thiên tai

Các cơ quan, đơn vị liên quan thực hiện.
"""
    assert _issuers(text, lexicon) == ["Ủy ban nhân dân huyện Cư Jút"]


def test_a_word_cells_paragraphs_stay_apart_its_part_joined_again(lexicon):
    text = """| UBND HUYỆN CƯ JÚT  VĂN  PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 31/TB-VP | Cư Jút, ngày 06 tháng 5 năm 2026 |

THÔNG BÁO

Kết luận của Chủ tịch Ủy ban nhân dân huyện tại buổi làm việc

Các cơ quan, đơn vị liên quan thực hiện.
"""
    assert [label.split(" Ủy ban")[0] for label in _issuers(text, lexicon, "x.md")] == ["Văn phòng"]


def test_a_joint_blocks_word_cells_flattened_organ_first(lexicon):
    text = """| CÔNG AN TỈNH BÌNH ĐỊNH | SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|---|
| Số: 14/KHLT-CAT-SLĐTBXH | | Bình Định, ngày 21 tháng 8 năm 2026 |

KẾ HOẠCH LIÊN TỊCH

Hỗ trợ người sau cai nghiện tái hòa nhập cộng đồng

Các cơ quan, đơn vị liên quan thực hiện.

| CÔNG AN TỈNH KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Đại tá Võ Đức Nguyện | SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Phạm Thị Diễm Lan |
"""
    info = _info(text, lexicon, "x.md")
    assert {(s.person, s.post) for s in info.signatures} == {("Võ Đức Nguyện", "Phó Giám đốc"),
                                                            ("Phạm Thị Diễm Lan", "Phó Giám đốc")}


def test_two_organs_joined_by_and_on_one_header_line(lexicon):
    text = """ỦY BAN NHÂN DÂN HUYỆN NAM ĐÔNG VÀ HỘI NÔNG DÂN HUYỆN NAM ĐÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/CTrPH-UBND-HND
Nam Đông, ngày 15 tháng 6 năm 2026

CHƯƠNG TRÌNH PHỐI HỢP
Hỗ trợ nông dân chuyển đổi cây trồng

Các cơ quan, đơn vị liên quan thực hiện.
"""
    assert sorted(_issuers(text, lexicon)) == ["Hội Nông dân huyện Nam Đông", "Ủy ban nhân dân huyện Nam Đông"]


def test_an_organ_whose_name_holds_and_stays_one(lexicon):
    text = _HEAD.replace("ỦY BAN NHÂN DÂN    ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ").replace("HUYỆN ĐẮK MIL", "")
    assert _issuers(text, lexicon) == ["Bộ Khoa học và Công nghệ"]
