"""Signature blocks that print only the signers' names with their notes (round 34c, lane "frames"; invented texts):
old documents converted from Word or from a gazette's text end with "Lê Văn An" / "(Đã ký)" (or the note over the
name), one block or several side by side (layout text parted by runs of spaces, a table's row of cells), with no
mode, no post and no organ. The line of names (or of notes, or of names each with its note) opens the footer (``graph_builder.namedblocks``, read by
``footer.read_footer``): each name is a signer whose post is unknown.

The first five tests fail without the change (no signer was read); the next three are guards.

A committee of a level of the Youth Union ("TỈNH ĐOÀN X", "BCH ĐOÀN HUYỆN Y") writes "ĐOÀN TNCS HỒ CHÍ MINH" in its
header's right column as the Party's committees write "ĐẢNG CỘNG SẢN VIỆT NAM": the union's motto, not the issuer
(``unioncommittees.without_union_motto``, read by ``header``). The first two of those tests fail without the change
(the union was read as the issuer under the committee); the last is a guard.
"""

from __future__ import annotations

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LEX = load_lexicon()

JOINT = ("BỘ Y TẾ - BỘ TÀI CHÍNH             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "                                      Độc lập - Tự do - Hạnh phúc\n"
         "Số: 17/TT-LB                         Hà Nội , ngày 9 tháng 7 năm 1994\n\nTHÔNG TƯ LIÊN BỘ\n"
         "Hướng dẫn cấp phát kinh phí phòng chống sốt rét\n\n"
         "Các Sở Y tế có trách nhiệm phối hợp với Sở Tài chính lập dự toán kinh phí hằng năm.\n\n")
SINGLE = ("BỘ THƯƠNG MẠI\n********\nSố: 08/TM-XNK\n\nTHÔNG TƯ\nHướng dẫn thủ tục cấp giấy phép xuất khẩu\n\n"
          "Các Sở Thương mại có trách nhiệm hướng dẫn doanh nghiệp trên địa bàn thực hiện Thông tư này.\n\n")


def _signed(text: str) -> list[tuple[str | None, str | None]]:
    info = extract_document_info(source_from_string(text), LEX)
    return sorted((s.person, s.post) for s in info.signatures)


def test_two_names_side_by_side_with_their_notes_under_them():
    text = JOINT + "Đỗ Quang Minh                         Vũ Thị Hồng Nhung\n(Đã ký)                                (Đã ký)\n"
    assert _signed(text) == [("Vũ Thị Hồng Nhung", None), ("Đỗ Quang Minh", None)]


def test_two_names_in_a_table_row_over_a_row_of_notes():
    text = JOINT + "|Đỗ Quang Minh                   |Vũ Thị Hồng Nhung              |\n|(Đã ký)      |(Đã ký)    |\n"
    assert _signed(text) == [("Vũ Thị Hồng Nhung", None), ("Đỗ Quang Minh", None)]


def test_one_name_under_its_note_past_the_seal_space():
    assert _signed(SINGLE + "(Đã ký)\n\n\nPhan Thế Vinh\n") == [("Phan Thế Vinh", None)]


def test_one_name_over_its_note():
    assert _signed(SINGLE + "Phan Thế Vinh\n\n(Đã ký)\n") == [("Phan Thế Vinh", None)]


def test_two_names_each_with_its_note_on_its_line():
    text = JOINT + "Đỗ Quang Minh (Đã ký)                 Vũ Thị Hồng Nhung (Đã ký)\n"
    assert _signed(text) == [("Vũ Thị Hồng Nhung", None), ("Đỗ Quang Minh", None)]


def test_a_block_with_its_posts_keeps_them():
    """Guard: a mode and a post over the names still give the post signed in."""
    text = JOINT + ("KT. BỘ TRƯỞNG BỘ Y TẾ                KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\nTHỨ TRƯỞNG                "
                    "            THỨ TRƯỞNG\n\nĐỗ Quang Minh                         Vũ Thị Hồng Nhung\n"
                    "(Đã ký)                                (Đã ký)\n")
    assert _signed(text) == [("Vũ Thị Hồng Nhung", "Thứ trưởng"), ("Đỗ Quang Minh", "Thứ trưởng")]


def test_a_name_over_a_line_that_is_no_note_signs_nothing():
    """Guard: a name alone on its line, with no note by it, opens no footer."""
    assert _signed(SINGLE + "Phan Thế Vinh\nHà Nội, ngày 4 tháng 2 năm 1994\n") == []


def test_names_and_notes_of_different_counts_sign_nothing():
    """Guard: two names over one note are not a row of blocks."""
    assert _signed(SINGLE + "Phan Thế Vinh             Lê Thị Hà\n(Đã ký)\n") == []


# --------------------------------------------------------------------------- the Youth Union's motto in a header

def _issuers(header: str) -> list[str]:
    body = ("KẾ HOẠCH\nTổ chức các hoạt động hè năm 2025\n\nCác cơ sở đoàn tổ chức sinh hoạt hè cho thiếu nhi.\n\n"
            "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLê Thị Mỹ Duyên\n")
    return [i.label for i in extract_document_info(source_from_string(header + body), LEX).issuers]


def test_a_provincial_committee_beside_the_union_motto():
    """The union's name in the right column, above the date: the committee's motto, not the issuer."""
    header = ("TỈNH ĐOÀN VĨNH LONG              ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
              "Số: 71-KH/TĐTN-TNTH              Vĩnh Long, ngày 12 tháng 5 năm 2025\n\n")
    assert _issuers(header) == ["Tỉnh đoàn Vĩnh Long"]


def test_a_district_committee_named_by_its_board_beside_the_union_motto():
    header = ("BCH ĐOÀN HUYỆN TAM NÔNG              ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
              "Số: 18-KH/HĐTN              Tam Nông, ngày 2 tháng 6 năm 2025\n\n")
    assert _issuers(header) == ["Ban Chấp hành Đoàn huyện Tam Nông"]


def test_the_central_committee_keeps_the_union_in_its_name():
    """Guard: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH" names one issuer, the union's central committee."""
    header = ("BAN CHẤP HÀNH TRUNG ƯƠNG              ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
              "Số: 230-KH/TWĐTN-TNTH              Hà Nội, ngày 12 tháng 5 năm 2025\n\n")
    assert _issuers(header) == ["Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]


# --------------------------------------------------------------------------- OCR's "l" for "I" in a header's organ

def test_an_organ_line_whose_i_ocr_read_as_l():
    """"TlNH ĐIỆN BIÊN" (OCR's "l" between capitals for "I") is the province's line of the organ's name."""
    header = ("ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "TlNH ĐIỆN BIÊN                           Độc lập - Tự do - Hạnh phúc\n"
              "Số: 415/QĐ-UBND                       Điện Biên, ngày 3 tháng 5 năm 2025\n\nQUYẾT ĐỊNH\n"
              "Về việc kiện toàn Ban Chỉ đạo\n\nĐiều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.\n\n")
    info = extract_document_info(source_from_string(header + "CHỦ TỊCH\n\nLò Văn Mừng\n"), LEX)
    assert [i.label for i in info.issuers] == ["Ủy ban nhân dân tỉnh Điện Biên"]
