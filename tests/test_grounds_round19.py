"""The grounds of an act above it (issue 9, round 19, `duties19`): "Căn cứ <document> ...;", "Theo đề nghị của ...;". A
ground listed with its semicolon is no duty however the cited document's title reads: "Thông tư liên tịch ... của Bộ
A, Bộ B, Bộ C quy định về phối hợp ...", "Nghị định ... về phối hợp giữa Bộ A và Bộ B ...", "Tờ trình ... về việc Sở A
chủ trì ...". Before, the duty word in the title made the line a duty, and its bodies pairs of coordination (false
pairs of ministries in a provincial guidance). Every text here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

GUIDANCE = """CÔNG AN TỈNH KON TUM
SỞ TƯ PHÁP TỈNH KON TUM

Số: 03/HDLN-CA-STP

Kon Tum, ngày 18 tháng 5 năm 2026

HƯỚNG DẪN LIÊN NGÀNH
Về phối hợp tiếp nhận yêu cầu trợ giúp pháp lý tại nhà tạm giữ

Căn cứ Luật Trợ giúp pháp lý ngày 20 tháng 6 năm 2017;
Căn cứ Thông tư liên tịch số 11/2019/TTLT-BTP-BCA-BQP ngày 14 tháng 8
năm 2019 của Bộ Tư pháp, Bộ Công an, Bộ Quốc phòng, Bộ Tài chính quy định về phối hợp tiếp nhận yêu cầu trợ giúp pháp lý;
Căn cứ Nghị định số 07/2020/NĐ-CP ngày 02/3/2020 của Chính phủ về phối hợp giữa Bộ Nội vụ và Bộ Ngoại giao trong quản lý đoàn ra;
Công an tỉnh và Sở Tư pháp tỉnh Kon Tum thống nhất hướng dẫn như sau:
1. Công an tỉnh chủ trì, phối hợp với Sở Tư pháp niêm yết thông tin trợ giúp pháp lý tại nhà tạm giữ.
2. Sở Tư pháp cử trợ giúp viên pháp lý tham gia tố tụng khi có yêu cầu.
"""
PLAN = """ỦY BAN NHÂN DÂN
TỈNH KON TUM

Số: 415/KH-UBND

Kon Tum, ngày 2 tháng 6 năm 2026

KẾ HOẠCH
Quản lý khu du lịch Măng Đen năm 2027

Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 3/4/2024 của Ủy ban nhân dân tỉnh quy định Sở Xây dựng chủ trì, phối hợp với Sở Nông nghiệp và Môi trường quản lý quy hoạch khu du lịch;
Căn cứ Chỉ thị số 05/CT-UBND ngày 9/1/2026 của Chủ tịch Ủy ban nhân dân tỉnh giao Ban Quản lý khu du lịch làm đầu mối đón khách;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính tổ chức lễ hội hoa dã quỳ.
"""


def test_a_ground_that_cites_a_document_on_coordination_pairs_none_of_its_bodies():
    facts = facts_of(GUIDANCE)
    ministries = {"Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính", "Bộ Tư pháp", "Bộ Nội vụ", "Bộ Ngoại giao"}
    assert not any(pair & ministries for pair in facts["pairs"])
    assert not any(actor in ministries for actor, _ in facts["duties"])
    # the guidance's own items keep their lead and pair
    assert holders(facts["leads"], "niêm yết thông tin") == {"Công an tỉnh Kon Tum"}
    assert frozenset(("Công an tỉnh Kon Tum", "Sở Tư pháp tỉnh Kon Tum")) in facts["pairs"]


def test_a_ground_whose_cited_title_names_a_lead_is_no_lead_of_this_act():
    facts = facts_of(PLAN, drop_suffix=" tỉnh Kon Tum")
    assert not holders(facts["leads"], "quản lý quy hoạch")
    assert not holders(facts["leads"], "đón khách")
    assert not any("Sở Nông nghiệp và Môi trường" in pair for pair in facts["pairs"])
    assert holders(facts["leads"], "lễ hội hoa dã quỳ") == {"Sở Văn hóa, Thể thao và Du lịch"}


LAST_GROUND = """ỦY BAN NHÂN DÂN
TỈNH KON TUM

Số: 416/KH-UBND

Kon Tum, ngày 3 tháng 6 năm 2026

KẾ HOẠCH
Quản lý đoàn ra năm 2027

Căn cứ Nghị định số 07/2020/NĐ-CP ngày 02/3/2020 của Chính phủ về phối hợp giữa Bộ Nội vụ và Bộ Ngoại giao trong quản lý đoàn ra.
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. Sở Ngoại vụ chủ trì, phối hợp với Công an tỉnh thẩm định hồ sơ đoàn ra.
"""


def test_the_last_ground_closed_by_a_full_stop_pairs_none_of_its_bodies():
    facts = facts_of(LAST_GROUND, drop_suffix=" tỉnh Kon Tum")
    assert frozenset(("Bộ Nội vụ", "Bộ Ngoại giao")) not in facts["pairs"]
    assert frozenset(("Sở Ngoại vụ", "Công an")) in facts["pairs"]
