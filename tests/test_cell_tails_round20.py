"""A tall row of a division-of-labour table copied one cell per line, its cells' second lines printed after the row's
last cell (issue 9, round 20, `duties20`): "b)" / task "... đo đạc, thẩm định" / lead / partners / "Quý IV/2026" /
"kết quả trồng rừng; ..." / "Kiểm lâm tỉnh". Before, the lines past the header's width were read as the task's
wrapped lines, so the row's lead and partners became words of its task: no lead, no pair. Now the row keeps one line
per cell and the tails are cells of their own after its last column. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Gia Lai"
TOP = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI",
    "Số: 203/KH-UBND",
    "Gia Lai, ngày 05 tháng 11 năm 2026",
    "KẾ HOẠCH",
    "Triển khai chính sách chi trả dịch vụ môi trường rừng",
    "PHỤ LỤC",
    "",
])
LETTERED = """\
| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |
| --- | --- | --- | --- |
Thời gian thực hiện
1
Rà soát văn bản và định mức
a)
Tổ chức hội nghị phổ biến chính sách đến các chủ rừng.
Sở Nông nghiệp và Môi trường
Sở Tư pháp; Sở Tài chính
Quý III/2026
b)
Xây dựng bộ tiêu chí rừng trồng gỗ lớn và hướng dẫn đăng ký; đo đạc, thẩm định
Trung tâm Khuyến nông tỉnh
Sở Khoa học và Công nghệ; Ủy ban nhân dân cấp xã
Quý IV/2026, 2027
kết quả trồng rừng; cấp chứng chỉ quản lý rừng bền vững.
c)
Kiểm tra việc chi trả tiền dịch vụ.
Quỹ Bảo vệ và Phát triển rừng tỉnh
Sở Tài chính
Thường xuyên
"""
NUMBERED = """\
| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp |
| --- | --- | --- | --- |
Thời hạn
1
Điều tra hiện trạng rừng ngập mặn và lập bản đồ số; đánh giá
Ban Quản lý rừng phòng hộ tỉnh
Sở Khoa học và Công nghệ; Bộ Chỉ huy Bộ đội Biên phòng tỉnh,
Năm 2027
trữ lượng các-bon của từng lô rừng.
Công an tỉnh
2
Tổng hợp kết quả điều tra.
Sở Nông nghiệp và Môi trường
Sở Tài chính
Hằng năm
"""


def test_a_row_whose_cells_wrap_after_it_keeps_its_lead_and_partners():
    facts = facts_of(TOP + LETTERED, drop_suffix=PLACE)
    center = "Trung tâm Khuyến nông"   # (the place the builder adds left out)
    assert holders(facts["leads"], "bộ tiêu chí rừng trồng") == {center}
    assert frozenset((center, "Sở Khoa học và Công nghệ")) in facts["pairs"]
    assert holders(facts["leads"], "việc chi trả tiền dịch vụ")   # the row below keeps its own lead


def test_a_numbered_row_whose_task_and_partners_wrap_after_it_keeps_its_lead():
    facts = facts_of(TOP + NUMBERED, drop_suffix=PLACE)
    board = "Ban Quản lý rừng phòng hộ"
    assert holders(facts["leads"], "hiện trạng rừng ngập mặn") == {board}
    assert frozenset((board, "Sở Khoa học và Công nghệ")) in facts["pairs"]
    assert holders(facts["leads"], "Tổng hợp kết quả điều tra") == {"Sở Nông nghiệp và Môi trường"}
