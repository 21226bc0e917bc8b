"""Times written in narrative (round 30, invented texts): a time line whose value narrates the item's steps, each with
its own time ("- Thời gian triển khai: Các hoạt động tuyên truyền hoàn thành trước ngày 30/11/2026 và báo cáo kết quả
... trước ngày 15/12/2026", ``assertions.narratedtimes``); a series of times, each for a part ("xong trước ngày A đối
với X, xong trước ngày B đối với Y", ``deadlines.deadline_series``); an event in a time line ("Sau khi có hướng dẫn
của Bộ ...") is no time (``deadlines.written_deadline``)."""

from __future__ import annotations

from documentfacts import facts_of

HEAD = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n\nSố: 40-KH/TWĐTN          Hà Nội, ngày 3 tháng 9 năm 2026\n\n"
        "KẾ HOẠCH\nTruyền thông về giảm nghèo\n\nII. NỘI DUNG\n")


def test_each_narrated_step_is_due_at_its_own_time():
    text = HEAD + ("1. Sản xuất các sản phẩm truyền thông về giảm nghèo bền vững.\n"
                   "- Thời gian triển khai: Các hoạt động tuyên truyền hoàn thành trước ngày 30/11/2026 và báo cáo "
                   "kết quả thực hiện về Ban Bí thư Trung ương Đoàn trước ngày 15/12/2026.\n"
                   "- Đơn vị chủ trì thực hiện: Báo Tiền phong.\n")
    dated = facts_of(text)["dated"]
    assert any(t.startswith("Các hoạt động tuyên truyền") and due.endswith("trước ngày 30/11/2026") for t, due in dated)
    assert any(t.startswith("báo cáo kết quả") and due == "trước ngày 15/12/2026" for t, due in dated)
    assert not any(t.startswith("Sản xuất") for t, _ in dated)


def test_a_series_of_times_for_parts_is_the_tasks_time():
    text = HEAD + ("1. Đối với chi phí vượt dự toán năm 2024, 2025, yêu cầu Sở Tài chính khẩn trương thanh toán xong "
                   "trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2024, xong trước ngày 01 tháng 8 năm 2026 "
                   "đối với chi phí năm 2025.\n")
    dues = {due for t, due in facts_of(text)["dated"] if "thanh toán" in t}
    assert dues == {"xong trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2024, xong trước ngày 01 tháng 8 năm "
                    "2026 đối với chi phí năm 2025"}


def test_an_event_in_a_time_line_is_no_time():
    text = HEAD + ("1. Xây dựng cơ sở dữ liệu đoàn viên.\n- Đơn vị chủ trì thực hiện: Ban Tổ chức Trung ương Đoàn.\n"
                   "- Thời gian thực hiện: Sau khi có hướng dẫn của Bộ Nội vụ.\n")
    assert facts_of(text)["dated"] == set()
