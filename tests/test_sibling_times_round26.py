"""A time line below the last of several sub-items (round 26, issue 9, invented text in the form of a commune's plan):
"3.1. ..." / "3.2. ..." / "3.3. ..." / "- Thời gian thực hiện: ..." gives the time to each sub-item of the run, not
only the last; a sub-item with its own time line keeps it and ends the run."""

from __future__ import annotations

from documentfacts import predictions_of

HEAD = ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ HÒA AN\n\nSố: 21/KH-MTTQ\nHòa An, ngày 5 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nTổ chức các hoạt động năm 2026\n\nII. NHIỆM VỤ CỤ THỂ\n\n")


def _deadlines(body: str) -> dict[str, str]:
    return {text.strip()[:25]: d for text, d, _ in predictions_of(HEAD + body + "\n").deadlines}


def test_the_time_below_a_run_of_sub_items_is_each_ones():
    found = _deadlines("3. Theo dõi, kiểm tra công tác tuyên truyền\n\n"
                       "3.1. Tham gia các đoàn kiểm tra công tác tuyên truyền tại các thôn.\n\n"
                       "3.2. Tổng hợp, báo cáo các khó khăn, vướng mắc trong quá trình triển khai.\n\n"
                       "3.3. Theo dõi, đôn đốc việc thực hiện tại các khu dân cư.\n\n"
                       "- Thời gian thực hiện: Từ tháng 4/2026 đến Quý III/2026.\n\n"
                       "- Đơn vị chủ trì: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã.\n")
    assert found == {"Tham gia các đoàn kiểm tr": "Từ tháng 4/2026 đến Quý III/2026",
                     "Tổng hợp, báo cáo các khó": "Từ tháng 4/2026 đến Quý III/2026",
                     "Theo dõi, đôn đốc việc th": "Từ tháng 4/2026 đến Quý III/2026"}


def test_a_sub_item_with_its_own_time_ends_the_run():
    found = _deadlines("4. Tổ chức hội nghị\n\n"
                       "4.1. Xây dựng kế hoạch tổ chức hội nghị đại biểu nhân dân xã.\n\n"
                       "- Thời gian hoàn thành: Quý II/2026.\n\n"
                       "4.2. Tổ chức hội nghị đại biểu nhân dân xã.\n\n"
                       "- Thời gian thực hiện: Quý IV/2026.\n")
    assert found == {"Xây dựng kế hoạch tổ chức": "Quý II/2026", "Tổ chức hội nghị đại biểu": "Quý IV/2026"}
