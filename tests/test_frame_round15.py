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
