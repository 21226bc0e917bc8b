"""The heads of a collective of bodies act for it (issue 9, round 26, `actors26`; GUIDELINES: offices act for their
organ): "Giám đốc các sở và Thủ trưởng các ban, ngành (, đoàn thể) tỉnh:" over a list of duties is the provincial
departments, boards and sectors (`sở, ban, ngành`); "Tổng Tham mưu trưởng" in a
circular of the Ministry of Defence is the General Staff. The names are the ontology's (ontology/actors.ttl). Every
text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLAN = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU

Số: 61/KH-UBND
Lai Châu, ngày 2 tháng 4 năm 2026

KẾ HOẠCH
Thực hiện cải cách hành chính năm 2026

III. TỔ CHỨC THỰC HIỆN

"""

CIRCULAR = """BỘ QUỐC PHÒNG

Số: 21/2026/TT-BQP
Hà Nội, ngày 9 tháng 5 năm 2026

THÔNG TƯ
Quy định về quản lý vật liệu trong Quân đội

Điều 9. Trách nhiệm thi hành
Tổng Tham mưu trưởng, Chủ nhiệm Tổng cục Chính trị chịu trách nhiệm thi hành Thông tư này.
"""


def test_the_heads_of_departments_and_boards_over_a_list_of_duties_are_the_collective():
    found = facts_of(PLAN + "1. Giám đốc các sở và Thủ trưởng các ban, ngành tỉnh:\n"
                     "- Quán triệt kế hoạch đến cán bộ, công chức của đơn vị.\n"
                     "- Báo cáo kết quả thực hiện về Sở Nội vụ.\n")
    assert holders(found["duties"], "Quán triệt kế hoạch") == {"sở, ban, ngành"}
    assert holders(found["duties"], "Báo cáo kết quả thực hiện") == {"sở, ban, ngành"}


def test_the_heads_of_departments_and_boards_and_unions_over_a_list_of_duties_are_the_collective():
    found = facts_of(PLAN + "2. Giám đốc các sở và Thủ trưởng các ban, ngành, đoàn thể tỉnh:\n"
                     "- Rà soát thủ tục hành chính thuộc thẩm quyền.\n")
    assert holders(found["duties"], "Rà soát thủ tục hành chính") == {"sở, ban, ngành"}


def test_the_chief_of_the_general_staff_acts_for_the_general_staff():
    found = facts_of(CIRCULAR)
    assert holders(found["duties"], "chịu trách nhiệm thi hành") == {"Bộ Tổng Tham mưu", "Tổng cục Chính trị"}
