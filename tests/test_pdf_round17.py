"""Round 17, text as published as a PDF's text layer: the forms a page break and a line break put into a text,
read as the text without them reads. Every text here is invented."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from documentfacts import facts_of  # noqa: E402

from policykg.graph_builder.read import source_from_string  # noqa: E402
from policykg.graph_builder.skipped import page_lines  # noqa: E402


def _normalised(found: set) -> set:
    return {(actor, " ".join(text.split())) for actor, text in found}


_PLAN_HEAD = """ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN
Số: 91/KH-UBND
KẾ HOẠCH
Chuyển đổi số trong quản lý đất đai năm 2029

1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính và
Sở Khoa học và Công nghệ số hóa hồ sơ địa chính của các xã vùng cao,
hoàn thành trong quý II năm 2029; định kỳ báo cáo kết quả cho"""
_PLAN_TAIL = """Ủy ban nhân dân tỉnh trước ngày 15 của tháng cuối quý.

2. Công an tỉnh hướng dẫn các xã bảo đảm an toàn dữ liệu đất đai trên
môi trường mạng, kiểm tra định kỳ hệ thống lưu trữ của các xã.
"""


def test_a_number_between_dashes_on_its_own_line_is_a_page_number():
    text = "báo cáo kết quả cho\n \n- 4 -\n\nỦy ban nhân dân tỉnh"   # the form feed's line, then the page's number
    assert [text[s.start:s.end] for s in page_lines(text)] == ["- 4 -"]
    # a list item that opens with a dash is not one
    assert page_lines("Các nhiệm vụ:\n\n- 4 nhóm giải pháp\n\nHết") == []


def test_a_sentence_goes_on_over_a_page_number_between_dashes_before_a_capital():
    one_page = facts_of(_PLAN_HEAD + "\n" + _PLAN_TAIL)
    two_pages = facts_of(_PLAN_HEAD + "\n \n- 4 -\n\n" + _PLAN_TAIL)
    whole = {actor for actor, text in two_pages["duties"] if text.rstrip().endswith("tháng cuối quý.")}
    assert whole == {actor for actor, text in one_page["duties"] if text.endswith("tháng cuối quý.")} != set()
    assert two_pages["pairs"] == one_page["pairs"]


_GUIDE_HEAD = """ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN
Số: 88/HD-UBND
HƯỚNG DẪN
Phòng, chống dịch bệnh trên cây trồng năm 2029

A. YÊU CẦU CHUNG

Các đơn vị tổ chức thực hiện nghiêm túc hướng dẫn này, bảo đảm đúng
tiến độ và tiết kiệm kinh phí được giao trong năm.

B. VIỆC TẬP HUẤN

"""
_GUIDE_BODY = """

Việc tập huấn cho nông dân được tổ chức tại nhà văn hóa thôn trước mùa
vụ, theo lịch do Trung tâm Khuyến nông tỉnh thông báo cho từng xã.

Người tham gia tập huấn được cấp tài liệu hướng dẫn nhận biết sâu bệnh
và cách phun thuốc an toàn cho người và môi trường.

Biên bản buổi tập huấn được gửi về Trung tâm Khuyến nông tỉnh chậm nhất
năm ngày sau khi kết thúc để tổng hợp, báo cáo theo quy định.
"""
_HEADING = "TỔ CHỨC, CÁ NHÂN THAM GIA CÔNG TÁC PHÒNG CHỐNG DỊCH BỆNH CÂY TRỒNG CÙNG HỘI NÔNG DÂN TỈNH, CẤP XÃ"


def test_a_heading_in_capitals_the_wrap_cut_before_a_name_is_one_heading():
    # cut at the page's width, the heading's second line opens with a body's name: not a heading naming who holds
    # the duties below it
    one_line = facts_of(_GUIDE_HEAD + _HEADING + _GUIDE_BODY)
    cut = facts_of(_GUIDE_HEAD + _HEADING.replace(" CÙNG ", " CÙNG\n") + _GUIDE_BODY)
    assert not any(actor.startswith("Hội Nông dân") for actor, _ in cut["duties"])
    assert _normalised(cut["duties"]) == _normalised(one_line["duties"])


def test_the_frame_s_lines_in_capitals_stay_apart():
    # signature blocks side by side, a joint header's issuers parted by dashes: never one line of the match form
    lines = ["KT. BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG THỨ TRƯỞNG",
             "BAN TUYÊN GIÁO TỈNH ỦY - ỦY BAN MTTQ VIỆT NAM TỈNH - HỘI NÔNG DÂN TỈNH", "TỈNH ĐOÀN - HỘI CỰU CHIẾN BINH",
             "ỦY BAN NHÂN DÂN XÃ HÒA TIẾN VÀ HỘI LIÊN HIỆP PHỤ NỮ XÃ HÒA TIẾN TỈNH LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    prose = ["Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai"] * 6   # the page's width
    for k in (0, 2, 4):
        text = "\n".join(prose + lines[k:k + 2] + prose)
        assert "\n" + lines[k + 1] in source_from_string(text).match
    # a header's organs stacked in a short text: no page's wrap cut them
    short = "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\nSố: 05/KH-TWĐTN\nKẾ HOẠCH\nTổ chức"
    assert "\nĐOÀN THANH NIÊN" in source_from_string(short).match


def test_a_statement_read_over_a_page_break_is_written_without_the_page_s_lines():
    one_page = facts_of(_PLAN_HEAD + "\n" + _PLAN_TAIL)
    for furniture in ("\n \n- 4 -\n\n", "\nTrang 3/9\n \n", "\n \nCÔNG BÁO/Số 1095 + 1096/Ngày 29-12-2023\n4\n\n"):
        two_pages = facts_of(_PLAN_HEAD + furniture + _PLAN_TAIL)
        assert _normalised(two_pages["duties"]) == _normalised(one_page["duties"])
        assert _normalised(two_pages["leads"]) == _normalised(one_page["leads"])


def test_a_page_s_number_after_a_form_feed_is_layout_before_a_capital_too():
    # pdftotext opens each page with its number ("\f5"): the plan's sentence and a table's row go on over it
    one_page = facts_of(_PLAN_HEAD + "\n" + _PLAN_TAIL)
    assert _normalised(facts_of(_PLAN_HEAD + "\n\f5\n" + _PLAN_TAIL)["duties"]) == _normalised(one_page["duties"])
    table = ["KẾ HOẠCH", "Tuần tra bảo vệ rừng mùa khô năm 2029", "", "STT", "Nội dung", "Cơ quan chủ trì",
             "Cơ quan phối hợp", "Thời gian", "1", "Tuần tra các tiểu khu rừng phòng hộ đầu nguồn", "Hạt Kiểm lâm",
             "Công an xã", "Quý I/2029", "2", "Diễn tập chữa cháy rừng tại các xã giáp ranh", "Ủy ban nhân dân xã",
             "Đội Cảnh sát phòng cháy", "Quý II/2029"]
    whole = facts_of("\n".join(table))
    assert len(whole["leads"]) == 2
    for cut in (10, 11, 14):      # the page breaks before a task, a lead, the next row's task
        broken = facts_of("\n".join(table[:cut] + ["", "\f2"] + table[cut:]))
        assert (broken["leads"], broken["pairs"]) == (whole["leads"], whole["pairs"])


def test_a_statement_s_markdown_escapes_are_no_characters_of_its_text():
    # a converter's "1\." and "\[...\]": the duty reads "1. Giao ...", "[...]" as the document wrote it
    plain = "KẾ HOẠCH\n\n1. Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát thủ tục [theo phụ lục].\n"
    escaped = plain.replace("1. ", "1\\. ").replace("[", "\\[").replace("]", "\\]")
    assert _normalised(facts_of(escaped, name="plan.md")["duties"]) == _normalised(facts_of(plain, name="plan.md")["duties"])
