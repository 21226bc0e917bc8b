"""The document's frame robust to how it is published, round 19 (issue 9): each layout family that
``bench/eval_frame.py`` found failing (a header's columns run together, a footer flattened into one paragraph, a post
wrapped in its column, OCR slips in capitals, ranks and degrees before a name), on invented texts, each rule on two
surface forms or more."""

from __future__ import annotations

import pytest

from tests.test_frame_round17 import _info, lexicon  # noqa: F401  (the module's lexicon fixture)


def _issuers(text: str, lexicon) -> set[str]:
    return {ref.label for ref in _info(text, lexicon).issuers}


def _signers(text: str, lexicon) -> set[tuple[str | None, str | None]]:
    return {(s.person, s.post) for s in _info(text, lexicon).signatures}


_BODY = """
KẾ HOẠCH
Tuyên truyền phòng, chống đuối nước cho học sinh trong dịp hè

Các cơ quan, đơn vị căn cứ nội dung Kế hoạch này tổ chức thực hiện.

"""


def _headed(footer: str) -> str:
    return ("SỞ GIÁO DỤC VÀ ĐÀO TẠO        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN                 "
            "Độc lập - Tự do - Hạnh phúc\nSố: 45/KH-SGDĐT               Lạng Sơn, ngày 3 tháng 5 năm 2026\n"
            + _BODY + footer)


# --- a header's two columns run together by one space (a PDF's text layer) -------------------------------------------

def test_the_place_and_date_run_after_the_last_organ_of_a_joint_header_leave_it_an_issuer(lexicon):
    text = ("CÔNG AN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ TƯ PHÁP TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc\n"
            "BỘ CHỈ HUY QUÂN SỰ TỈNH SƠN LA Sơn La, ngày 2 tháng 6 năm 2026\n"
            "Số: 04/CTrPH-CA-STP-BCHQS\n" + _BODY.replace("KẾ HOẠCH", "CHƯƠNG TRÌNH PHỐI HỢP"))
    assert _issuers(text, lexicon) == {"Công an tỉnh Sơn La", "Sở Tư pháp tỉnh Sơn La",
                                       "Bộ Chỉ huy Quân sự tỉnh Sơn La"}


def test_the_place_and_date_run_after_a_single_organ_leave_it_the_issuer(lexicon):
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "HỘI NÔNG DÂN TỈNH YÊN BÁI Yên Bái, ngày 14 tháng 7 năm 2026\n"
            "Số: 88/KH-HND\n" + _BODY)
    assert _issuers(text, lexicon) == {"Hội Nông dân tỉnh Yên Bái"}


@pytest.mark.parametrize("header, issuers", [
    ("SỞ Y TẾ TỈNH KON TUM\nSố: 07/QCPH-SYT-CA-VKS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "CÔNG AN TỈNH\nKON TUM\nKon Tum, ngày 9 tháng 9 năm 2026\nVIỆN KIỂM SÁT NHÂN DÂN\nTỈNH KON TUM\n",
     {"Sở Y tế tỉnh Kon Tum", "Công an tỉnh Kon Tum", "Viện kiểm sát nhân dân tỉnh Kon Tum"}),
    ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\nSố: 21/KHLT-UBND-HND\nHỘI NÔNG DÂN\nHUYỆN MƯỜNG TÈ\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nMường Tè, ngày 4 tháng 4 năm 2026\n",
     {"Ủy ban nhân dân huyện Mường Tè", "Hội Nông dân huyện Mường Tè"}),
])
def test_a_joint_header_read_column_by_column_has_the_organs_after_the_first_ones_number(lexicon, header, issuers):
    # a PDF's text layer read one column after another: the number stands under the first organ, before the others
    assert _issuers(header + _BODY.replace("KẾ HOẠCH", "QUY CHẾ PHỐI HỢP"), lexicon) == issuers


# --- a footer flattened into one paragraph, a post wrapped in its column ----------------------------------------------

_LIST = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"


@pytest.mark.parametrize("footer, signers", [
    # two blocks and the recipients run into one paragraph
    ("KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÓ GIÁM ĐỐC (Đã ký) Hoàng Văn Lực TM. BAN THƯỜNG VỤ TỈNH ĐOÀN BÍ THƯ "
     "(Đã ký) Lương Thị Mai Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT.",
     {("Hoàng Văn Lực", "Phó Giám đốc"), ("Lương Thị Mai", "Bí thư")}),
    # the recipients, then a block without a mode, on one line
    ("Nơi nhận: - Như trên; - Bộ Giáo dục và Đào tạo (b/c); - Lưu: VT, CTHSSV. GIÁM ĐỐC (ký) Nông Thị Hạnh",
     {("Nông Thị Hạnh", "Giám đốc")}),
    # a name in capitals ends the flattened block
    ("Nơi nhận: - Các huyện ủy, thành ủy, - Lưu Văn phòng Tỉnh ủy. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC "
     "HOÀNG VĂN THỤ", {("Hoàng Văn Thụ", "Phó Bí thư Thường trực")}),
    # "ĐÀO TẠO" after "... GIÁO DỤC VÀ" reads as a name in capitals ("Đào" is a family name): no post ends before it
    ("KT. BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO THỨ TRƯỞNG Phạm Văn Sơn Nơi nhận: - Lưu: VT.",
     {("Phạm Văn Sơn", "Thứ trưởng")}),
    # a mode and a post wrapped in their words
    (_LIST + "          KT. BỘ\n          TRƯỞNG BỘ GIÁO DỤC\n          THỨ\n          TRƯỞNG\n\n          Trịnh Văn Lâm",
     {("Trịnh Văn Lâm", "Thứ trưởng")}),
    # an organ and the head's post wrapped in their words
    (_LIST + "     TM. ỦY BAN\n     NHÂN DÂN\n     CHỦ\n     TỊCH\n     (Đã ký)\n     Đinh Công Tráng",
     {("Đinh Công Tráng", "Chủ tịch")}),
    # OCR lost the marks of the post: "Chu" is a family name, but the line is the post "Chủ tịch" whole
    (_LIST + "        TM. ỦY BAN NHÂN DÂN\n        CHU TICH\n\n        Vàng A Dình", {("Vàng A Dình", "Chủ tịch")}),
    # OCR changed a qualifier of the post: written as the genre writes it
    (_LIST + "        KT. CHỦ TỊCH\n        PHÓ CHỦ TỊCH THUỜNG TRỰC\n\n        Lò Minh Hùng",
     {("Lò Minh Hùng", "Phó Chủ tịch Thường trực")}),
    (_LIST + "        KT. CHỦ TỊCH\n        PHO CHU TICH THUONG TRUC\n\n        Lò Minh Hùng",
     {("Lò Minh Hùng", "Phó Chủ tịch Thường trực")}),
    # "KT. BỘ TRƯỞNG <ministry>" over a post line whose marks OCR lost: the head's deputy, whatever the ministry's name
    (_LIST + "      KT. BỘ TRƯƠNG BỘ NGOAI GIAO\n      THƯ TRƯỞNG\n\n      Đỗ Hùng Việt", {("Đỗ Hùng Việt", "Thứ trưởng")}),
    (_LIST + "      KT. BỘ TRƯỞNG BỘ TƯ PHÁP\n      THU TRUONG\n\n      Đỗ Hùng Việt", {("Đỗ Hùng Việt", "Thứ trưởng")}),
])
def test_a_footer_as_published_gives_its_signers(lexicon, footer, signers):
    assert _signers(_headed(footer + "\n"), lexicon) == signers


# --- OCR slips in capitals ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("level, written", [("TINH", "Nghệ An"), ("HUYEN", "Quỳ Hợp")])
def test_an_issuers_level_and_place_ocr_misread_take_the_place_line_spelling(lexicon, level, written):
    place = "NGHÊ AN" if written == "Nghệ An" else "QUY HỢP"
    kind = "tỉnh" if level == "TINH" else "huyện"
    text = (f"ỦY BAN NHÂN DÂN\n{level} {place}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: 512/KH-UBND\n\n{written}, ngày 22 tháng 10 năm 2026\n" + _BODY)
    assert _issuers(text, lexicon) == {f"Ủy ban nhân dân {kind} {written}"}


# --- ranks and degrees before a name --------------------------------------------------------------------------------

_JOINT = ("CÔNG AN TỈNH QUẢNG NGÃI     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI     "
          "Độc lập - Tự do - Hạnh phúc\nSố: 01/QCPH-CA-VKS     Quảng Ngãi, ngày 2 tháng 3 năm 2026\n\nQUY CHẾ PHỐI HỢP\n"
          "Về công tác điều tra\n\nCác đơn vị căn cứ Quy chế này thực hiện.\n\n")


@pytest.mark.parametrize("written", ["Đại tá, TS. Võ Thanh Liêm", "Đại tá TS Võ Thanh Liêm", "PGS.TS Võ Thanh Liêm",
                                     "Thiếu tướng, PGS.TS. Võ Thanh Liêm"])
def test_ranks_and_degrees_in_a_row_are_no_part_of_a_stacked_blocks_name(lexicon, written):
    text = _JOINT + (f"CÔNG AN TỈNH QUẢNG NGÃI\nGIÁM ĐỐC\n(đã ký)\n{written}\n\nVIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI\n"
                     "KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\n(đã ký)\nLê Thị Bích\n")
    assert _signers(text, lexicon) == {("Võ Thanh Liêm", "Giám đốc"), ("Lê Thị Bích", "Phó Viện trưởng")}


# --- a signer whose post names another body than the issuer ---------------------------------------------------------

_LETTER = ("BỘ TƯ PHÁP        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                  Độc lập - Tự do - Hạnh phúc\n"
           "Số: 812/BTP-PC    Hà Nội, ngày 3 tháng 5 năm 2026\nV/v góp ý dự thảo Nghị định\n\nKính gửi: Bộ Công an.\n\n"
           "Bộ Tư pháp có ý kiến như sau.\n\n" + _LIST)


@pytest.mark.parametrize("post", ["VỤ TRƯỞNG VU PHÁP CHẾ", "VU TRUONG VU PHAP CHE"])
def test_a_post_that_names_its_department_ocrd_signs_in_the_post_alone(lexicon, post):
    # "TL. BỘ TRƯỞNG" / "VỤ TRƯỞNG VỤ PHÁP CHẾ": the department is the post's organ, also with its marks lost
    assert _signers(_LETTER + f"      TL. BỘ TRƯỞNG\n      {post}\n\n      Trần Quang Huy\n", lexicon) == {
        ("Trần Quang Huy", "Vụ trưởng")}
