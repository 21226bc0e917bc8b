"""Joint documents of two to seven organs, round 20 (issue 9): the organs of a joint header run together on one line,
as a PDF's text layer reads the header's column or a Word cell that lost its paragraphs ("CÔNG AN TỈNH X BỘ CHỈ HUY
QUÂN SỰ TỈNH X ..."). A head noun also stands inside a name ("MÔI TRƯỜNG", "BỘ CHỈ HUY | BỘ ĐỘI BIÊN PHÒNG"), so
the line is cut where the cuts leave as many names as the number's codes, each ending with its place when the organs
are local, known to the vocabulary when they are central. Documents invented from docs/GENRE.md."""

from __future__ import annotations

import pytest

from tests.test_frame_round17 import _info, lexicon  # noqa: F401  (the module's lexicon fixture)

_BODY = """
{kind}
Về phối hợp tuyên truyền phòng, chống tội phạm trong thanh thiếu niên

Các bên căn cứ nội dung văn bản này tổ chức thực hiện.
"""


def _issuers(organs: str, number: str, kind: str, lexicon) -> set[str]:
    text = (organs + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}     Hà Nội, ngày 8 tháng 10 năm 2026\n" + _BODY.format(kind=kind))
    return {ref.label for ref in _info(text, lexicon).issuers}


@pytest.mark.parametrize("organs, number, issuers", [
    # local organs, each ending with the place; "BỘ CHỈ HUY" stands twice, "BỘ ĐỘI" inside a name
    ("CÔNG AN TỈNH HÀ GIANG BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH HÀ GIANG BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ GIANG",
     "09/QCPH-CAT-BĐBP-BCHQS",
     {"Công an tỉnh Hà Giang", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang", "Bộ Chỉ huy Quân sự tỉnh Hà Giang"}),
    # district organs of the justice sector
    ("CÔNG AN HUYỆN MỸ ĐỨC VIỆN KIỂM SÁT NHÂN DÂN HUYỆN MỸ ĐỨC TÒA ÁN NHÂN DÂN HUYỆN MỸ ĐỨC", "14/KHLT-CA-VKS-TA",
     {"Công an huyện Mỹ Đức", "Viện kiểm sát nhân dân huyện Mỹ Đức", "Tòa án nhân dân huyện Mỹ Đức"}),
    # the levels without their place, four organs
    ("CÔNG AN TỈNH BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH BỘ CHỈ HUY QUÂN SỰ TỈNH VIỆN KIỂM SÁT NHÂN DÂN TỈNH",
     "03/QCPH-CAT-BĐBP-BCHQS-VKS",
     {"Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Viện kiểm sát nhân dân tỉnh"}),
])
def test_local_organs_run_together_are_cut_after_each_place(organs, number, issuers, lexicon):
    assert _issuers(organs, number, "QUY CHẾ PHỐI HỢP", lexicon) == issuers


@pytest.mark.parametrize("organs, number, issuers", [
    # a head noun inside the first name ("MÔI TRƯỜNG")
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG HỘI NÔNG DÂN TỈNH", "31/KHLT-SNNMT-HND",
     {"Sở Nông nghiệp và Môi trường", "Hội Nông dân tỉnh"}),
    # central organs opening with the centre's name, one of them in full
    ("BỘ CÔNG AN TRUNG ƯƠNG HỘI NÔNG DÂN VIỆT NAM TRUNG ƯƠNG ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
     "05/CTrPH-BCA-HND-TWĐTN",
     {"Bộ Công an", "Hội Nông dân Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"}),
])
def test_named_organs_run_together_are_cut_where_the_vocabulary_knows_each(organs, number, issuers, lexicon):
    assert _issuers(organs, number, "CHƯƠNG TRÌNH PHỐI HỢP", lexicon) == issuers
