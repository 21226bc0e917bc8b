"""Signature blocks as copies run them into lines (round 26, issue 9, invented texts): a post with its organ and the
name on one line ("BỘ TRƯỞNG BỘ TÀI CHÍNH Trần Văn Hải"), a signed note or the signature's placeholder between the
post and the name ("PHÓ CHỦ TỊCH [signature] Lê Văn An", "(Ký, đóng dấu)"), a title in capitals before the name
("THỨ TRƯỞNG TS. Trần Văn Hải"), and a joint document's blocks flattened to one line with each organ's name over its
block ("CÔNG AN TỈNH GIÁM ĐỐC Đại tá Hồ Văn Lâm BỘ CHỈ HUY QUÂN SỰ TỈNH CHỈ HUY TRƯỞNG ..."). Each signer keeps their
post and their organ."""

from __future__ import annotations

import pytest
from documentfacts import frame_of

from policykg.graph_builder.flatfooter import unflattened
from policykg.ontology import load_lexicon

JOINT = ("BỘ TÀI CHÍNH - BỘ Y TẾ\nSố: 12/2026/TTLT-BTC-BYT\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn quản lý kinh phí khám sức khỏe\n"
         "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn quản lý kinh phí.\nĐiều 2. Tổ chức thực hiện\n"
         "Sở Tài chính và Sở Y tế các tỉnh chịu trách nhiệm thi hành Thông tư này.\n{foot}\nNơi nhận:\n"
         "- Văn phòng Chính phủ;\n- Lưu: VT.\n")
PLAN = ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 45/KH-UBND\nKẾ HOẠCH\nPhòng chống thiên tai năm 2026\nI. NHIỆM VỤ\n"
        "1. Sở Nông nghiệp và Môi trường chủ trì theo dõi tình hình mưa lũ.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n{foot}\n")
FORCES = ("CÔNG AN TỈNH - BỘ CHỈ HUY QUÂN SỰ TỈNH\nSố: 07/KHPH-CAT-BCHQS\nKẾ HOẠCH PHỐI HỢP\nTuần tra bảo đảm an ninh "
          "dịp Tết\n1. Công an tỉnh chủ trì tuần tra các tuyến đường.\n2. Bộ Chỉ huy Quân sự tỉnh phối hợp bố trí lực "
          "lượng.\n{foot}\n")


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _signers(text: str) -> list[tuple]:
    return frame_of(text)[1]


BOTH_MINISTERS = [("Trần Văn Hải", "Bộ trưởng", "Bộ Tài chính"), ("Lê Thị Mai", "Bộ trưởng", "Bộ Y tế")]


@pytest.mark.parametrize("foot", [
    "BỘ TRƯỞNG BỘ TÀI CHÍNH Trần Văn Hải\nBỘ TRƯỞNG BỘ Y TẾ Lê Thị Mai",
    "BỘ TRƯỞNG BỘ TÀI CHÍNH Trần Văn Hải BỘ TRƯỞNG BỘ Y TẾ Lê Thị Mai",
    "BỘ TRƯỞNG BỘ TÀI CHÍNH (Đã ký) Trần Văn Hải BỘ TRƯỞNG BỘ Y TẾ (Đã ký) Lê Thị Mai",
], ids=["post-organ-name-lines", "flattened", "flattened-notes"])
def test_a_post_with_its_organ_then_the_name_on_one_line(foot):
    assert _signers(JOINT.format(foot=foot)) == BOTH_MINISTERS


@pytest.mark.parametrize("foot", [
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH [signature] Lê Văn An",
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Ký, đóng dấu) Lê Văn An",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH (Ký, ghi rõ họ tên) Lê Văn An",
], ids=["placeholder", "sign-and-seal", "sign-and-name"])
def test_a_note_between_the_post_and_the_name_is_no_part_of_the_post(foot):
    assert _signers(PLAN.format(foot=foot)) == [("Lê Văn An", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")]


def test_a_title_in_capitals_before_the_name_is_the_names():
    foot = "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH THỨ TRƯỞNG TS. Trần Văn Hải KT. BỘ TRƯỞNG BỘ Y TẾ THỨ TRƯỞNG PGS.TS. Lê Thị Mai"
    assert _signers(JOINT.format(foot=foot)) == \
        [("Trần Văn Hải", "Thứ trưởng", "Bộ Tài chính"), ("Lê Thị Mai", "Thứ trưởng", "Bộ Y tế")]


def test_each_organ_over_its_block_on_one_flattened_line():
    foot = ("CÔNG AN TỈNH GIÁM ĐỐC (Đã ký) Đại tá Hồ Văn Lâm BỘ CHỈ HUY QUÂN SỰ TỈNH CHỈ HUY TRƯỞNG (Đã ký) "
            "Đại tá Vũ Đức Tài Nơi nhận: - Bộ Công an; - Lưu: VT.")
    assert sorted(_signers(FORCES.format(foot=foot))) == \
        [("Hồ Văn Lâm", "Giám đốc", "Công an tỉnh"), ("Vũ Đức Tài", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh")]


def test_a_row_of_organs_under_their_modes_is_not_cut_apart(lexicon):
    # no block follows the organ on the line: the modes' organs and posts of a row stay one line
    line = "ỦY BAN TRUNG ƯƠNG MẶT TRẬN THỦ TƯỚNG CHỦ TỊCH"
    assert [t for _, t in unflattened(0, line, lexicon)] == [line]


def test_a_recipients_list_is_not_cut_at_a_name_before_capitals(lexicon):
    line = "Nơi nhận: - Đồng chí Nguyễn Văn An UBND các huyện; - Lưu: VT. GIÁM ĐỐC Trần Thị Bình"
    assert [t for _, t in unflattened(0, line, lexicon)] == \
        ["Nơi nhận: - Đồng chí Nguyễn Văn An UBND các huyện; - Lưu: VT.", "GIÁM ĐỐC Trần Thị Bình"]


def test_a_concurrent_title_after_the_signing_post_is_not_part_of_the_post():
    """A steering committee's head who is also a deputy prime minister signs as the committee's head: in a table's
    flattened block "TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Văn A" the post is "Trưởng ban", the second title is his own
    (read as one post "Trưởng ban Phó Thủ tướng" when the run of capitals before the name was taken whole)."""
    text = ("BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG CHỐNG THIÊN TAI\nSố: 15/KH-BCĐ\nKẾ HOẠCH\nỨng phó mùa mưa bão năm 2026\n"
            "1. Bộ Quốc phòng chủ trì tổ chức lực lượng cứu hộ.\n"
            "| Nơi nhận: - Các Bộ: Quốc phòng, Công an; - Lưu: VT. | TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Văn Hòa |\n")
    assert [(person, post) for person, post, _ in _signers(text)] == [("Nguyễn Văn Hòa", "Trưởng ban")]
