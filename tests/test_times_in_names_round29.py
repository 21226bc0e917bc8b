"""A time inside the name of a programme or project is no deadline (round 29): "xây dựng Kế hoạch tham gia Dự án
truyền thông trong năm 2022 thuộc Chương trình ..." names the project of 2022, the duty has no due date; the
duty's own time in the same plan stays. Invented text."""

from __future__ import annotations

from documentfacts import facts_of

HEAD = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 21-KH/TWĐTN-TG\nHà Nội, ngày 10 tháng 8 năm 2022\n\n"
        "KẾ HOẠCH\nTruyền thông về giảm nghèo\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


def test_the_year_of_a_named_project_is_not_the_duty_s_deadline():
    dated = facts_of(HEAD + "1. Ban Tuyên giáo Trung ương Đoàn chủ trì xây dựng Kế hoạch tham gia Dự án truyền thông "
                     "về giảm nghèo trong năm 2022 thuộc Chương trình mục tiêu quốc gia về giảm nghèo bền vững.\n\n"
                     "2. Các tỉnh đoàn báo cáo kết quả về Ban Tuyên giáo Trung ương Đoàn trước ngày 15/12/2022.\n")["dated"]
    assert {due for _, due in dated} == {"trước ngày 15/12/2022"}
