"""The completion time labelled "Thời gian hoàn tất" (round 29), beside "Thời gian hoàn thành": a step of a plan
followed by "Thời gian hoàn tất: trước ngày ..." has that deadline, the label is no task of its own. Invented text."""

from __future__ import annotations

from documentfacts import facts_of

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 77/KH-UBND\nPhú Yên, ngày 02 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
        "Hỗ trợ nhà ở cho hộ nghèo\n\nI. CÁC BƯỚC THỰC HIỆN\n\n")


def test_the_completion_time_of_each_step():
    dated = facts_of(HEAD + "1. Bước 1: Lập danh sách hộ nghèo được hỗ trợ\n\nỦy ban nhân dân cấp xã lập danh sách hộ "
                     "nghèo được hỗ trợ.\n\nThời gian hoàn tất: trước ngày 30 tháng 6 năm 2026.\n\n"
                     "2. Bước 2: Thẩm định danh sách\n\nSở Xây dựng thẩm định danh sách hộ nghèo.\n\n"
                     "Thời gian hoàn tất: trước ngày 31 tháng 8 năm 2026.\n")["dated"]
    dues = {due for _, due in dated}
    assert dues == {"trước ngày 30 tháng 6 năm 2026", "trước ngày 31 tháng 8 năm 2026"}
    assert not any(task.lower().startswith("thời gian") for task, _ in dated)
