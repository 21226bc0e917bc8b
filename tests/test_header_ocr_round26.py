"""OCR'd capitals of the header (round 26, issue 9, invented texts): a header's words that lost or changed their
diacritics are read as the names the ontology knows ("SỞ GIAO DỤC VÀ ĐÀO TẠO", "UY BAN MẶT TRÂN TỔ QUỐC VIÊT NAM",
"BAN THƯƠNG TRỰC") or as the document writes them in lower case elsewhere ("TINH HÀ NAM" of a letter that writes
"tỉnh Hà Nam" in its text); a person's name in capitals, a run two names share and the lines below the header stay as
printed, and the source text is never changed (``headerocr``)."""

from __future__ import annotations

import pytest
from documentfacts import frame_of

from policykg.graph_builder.headerocr import repair_frame_capitals
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LETTER = ("UBND TỈNH HÀ NAM\n{organ}\nSố: 85/{code}\nV/v phòng chống đuối nước\nHà Nam, ngày 3 tháng 4 năm 2026\n"
          "Kính gửi: Các trường trung học phổ thông.\nCác trường tổ chức tuyên truyền phòng chống đuối nước.\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\n{post}\nLê Thị Hạnh\n")
FRONT = ("UY BAN MẶT TRÂN TỔ QUỐC VIÊT NAM\nTỈNH HÀ NAM\nBAN THƯƠNG TRỰC\nSố: 12/HD-MTTQ-BTT\nHƯỚNG DẪN\n"
         "Hiệp thương giới thiệu người ứng cử\n1. Ủy ban Mặt trận Tổ quốc Việt Nam các xã tổ chức hội nghị.\n"
         "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\nNguyễn Văn Thành\n")


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _frame(text: str) -> tuple[list[str], list[tuple]]:
    issuers, signers = frame_of(text)
    return issuers, [(person, post) for person, post, _ in signers]


def test_a_department_whose_letters_lost_their_marks():
    text = LETTER.format(organ="SỞ GIAO DỤC VÀ ĐÀO TẠO", code="SGDĐT-CTTT", post="PHÓ GIÁM ĐỐC")
    assert _frame(text) == (["Sở Giáo dục và Đào tạo"], [("Lê Thị Hạnh", "Phó Giám đốc")])


def test_the_front_and_its_standing_board():
    assert _frame(FRONT)[0] == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Nam"]


PROVINCE = ("ỦY BAN NHÂN DÂN\n{place}\nSố: 85/UBND-VX\nV/v phòng chống đuối nước\nngày 3 tháng 4 năm 2026\n"
            "Kính gửi: Sở Giáo dục và Đào tạo.\nCác trường trên địa bàn tỉnh Hà Nam tuyên truyền phòng chống đuối nước.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Hạnh\n")


@pytest.mark.parametrize("place", ["TINH HA NAM", "TINH HÀ NAM", "TỈNH HA NAM"])
def test_a_place_the_document_writes_in_lower_case(place):
    assert _frame(PROVINCE.format(place=place))[0] == ["Ủy ban nhân dân tỉnh Hà Nam"]


def _repaired(text: str, lexicon) -> tuple[str, str]:
    source = source_from_string(text, "<s>")
    repair_frame_capitals(source, lexicon)
    return source.match, source.text


def test_the_source_text_keeps_what_was_printed(lexicon):
    match, text = _repaired("SỞ NÔI VỤ\nSố: 3/KH-SNV\n", lexicon)
    assert match.startswith("SỞ NỘI VỤ\n") and text.startswith("SỞ NÔI VỤ\n")


@pytest.mark.parametrize("line", ["TRƯƠNG CÔNG DŨNG", "PHÓ CHỦ TỊCH TRƯƠNG CÔNG DŨNG", "CỤC QUẢN LÝ THỊ TRƯỜNG"],
                         ids=["name", "post-then-name", "two-names-one-fold"])
def test_names_and_ambiguous_runs_stay_as_printed(line, lexicon):
    assert _repaired(line + "\n", lexicon)[0] == line + "\n"


def test_the_lines_below_the_header_stay_as_printed(lexicon):
    body = "Các đơn vị triển khai thực hiện nhiệm vụ được giao.\n" * 40
    match = _repaired("SỞ NÔI VỤ\n" + body + "PHÓ GIAM ĐỐC\n", lexicon)[0]
    assert match.startswith("SỞ NỘI VỤ\n") and match.endswith("PHÓ GIAM ĐỐC\n")
