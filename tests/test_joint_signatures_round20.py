"""Joint documents of two to seven organs, round 20 (issue 9): the signature blocks of a joint document stand in one
row of a table, and a PDF's text layer runs the row together line by line, one space between the columns ("KT. BỘ
TRƯỞNG BỘ NỘI VỤ KT. BỘ TRƯỞNG BỘ Y TẾ" / "THỨ TRƯỞNG THỨ TRƯỞNG" / "Nguyễn Văn An Trần Thị Bình"): every signer is
read with the post of their own column, whether the blocks open with a mode, a post or their organ's name, and
whatever the blocks' heights. Documents invented from docs/GENRE.md."""

from __future__ import annotations

import pytest

from tests.test_frame_round17 import _info, lexicon  # noqa: F401  (the module's lexicon fixture)

_HEAD = """{organs}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: {number}     Hà Nội, ngày 8 tháng 10 năm 2026

{kind}
Về phối hợp phòng, chống tác hại của thuốc lá trong trường học

Các bên căn cứ nội dung văn bản này tổ chức thực hiện.

"""


def _signers(head: str, footer: str, lexicon) -> set[tuple[str | None, str | None]]:
    return {(s.person, s.post) for s in _info(head + footer + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n", lexicon).signatures}


_MINISTRIES = _HEAD.format(organs="BỘ NỘI VỤ - BỘ Y TẾ - BỘ GIÁO DỤC VÀ ĐÀO TẠO", number="07/2026/TTLT-BNV-BYT-BGDĐT",
                           kind="THÔNG TƯ LIÊN TỊCH")
_PROVINCE = _HEAD.format(organs="CÔNG AN TỈNH SÓC TRĂNG\nBỘ CHỈ HUY QUÂN SỰ TỈNH SÓC TRĂNG\n"
                                "VIỆN KIỂM SÁT NHÂN DÂN TỈNH SÓC TRĂNG", number="11/QCPH-CAT-BCHQS-VKS",
                         kind="QUY CHẾ PHỐI HỢP")
_FRONT = _HEAD.format(organs="ỦY BAN NHÂN DÂN TỈNH TRÀ VINH - ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TRÀ VINH",
                      number="03/CTrPH-UBND-MTTQ", kind="CHƯƠNG TRÌNH PHỐI HỢP")


@pytest.mark.parametrize("head, footer, signers", [
    # three modes, the third block's ministry wrapped under its mode: its post one line lower
    (_MINISTRIES, "KT. BỘ TRƯỞNG BỘ NỘI VỤ KT. BỘ TRƯỞNG BỘ Y TẾ KT. BỘ TRƯỞNG\n"
                  "THỨ TRƯỞNG THỨ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTHỨ TRƯỞNG\n"
                  "Nguyễn Văn An Trần Thị Bình Lê Văn Cường\n",
     {("Nguyễn Văn An", "Thứ trưởng"), ("Trần Thị Bình", "Thứ trưởng"), ("Lê Văn Cường", "Thứ trưởng")}),
    # blocks under their organs' names, two posts signed directly and a deputy's, ranks and notes
    (_PROVINCE, "CÔNG AN TỈNH BỘ CHỈ HUY QUÂN SỰ TỈNH VIỆN KIỂM SÁT NHÂN DÂN TỈNH\n"
                "GIÁM ĐỐC CHỈ HUY TRƯỞNG KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\n(Đã ký) (Đã ký) (Đã ký)\n"
                "Đại tá Lê Văn Hùng Đại tá Phạm Quốc Toản Hoàng Thị Mai\n",
     {("Lê Văn Hùng", "Giám đốc"), ("Phạm Quốc Toản", "Chỉ huy trưởng"), ("Hoàng Thị Mai", "Phó Viện trưởng")}),
    # on behalf of two collectives, the Front's organ under its mode, the deputy's mode on the second line
    (_FRONT, "TM. ỦY BAN NHÂN DÂN TM. BAN THƯỜNG TRỰC\nKT. CHỦ TỊCH ỦY BAN MTTQ VIỆT NAM TỈNH\n"
             "PHÓ CHỦ TỊCH CHỦ TỊCH\nNguyễn Thanh Bình Trần Thị Hồng Nhung\n",
     {("Nguyễn Thanh Bình", "Phó Chủ tịch"), ("Trần Thị Hồng Nhung", "Chủ tịch")}),
])
def test_every_signer_of_a_row_run_together_has_the_post_of_their_column(head, footer, signers, lexicon):
    assert _signers(head, footer, lexicon) == signers


def test_a_footer_read_whole_keeps_a_name_of_four_words_one_signer(lexicon):
    footer = ("KT. BỘ TRƯỞNG BỘ NỘI VỤ       KT. BỘ TRƯỞNG BỘ Y TẾ       KT. BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\n"
              "THỨ TRƯỞNG                    THỨ TRƯỞNG                  THỨ TRƯỞNG\n"
              "Nguyễn Thị Lê Hoa             Trần Văn Hải                Phạm Minh Tuấn\n")
    assert _signers(_MINISTRIES, footer, lexicon) == {("Nguyễn Thị Lê Hoa", "Thứ trưởng"), ("Trần Văn Hải", "Thứ trưởng"),
                                                      ("Phạm Minh Tuấn", "Thứ trưởng")}
