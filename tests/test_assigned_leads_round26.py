"""A lead named as the body assigned to lead (issue 9, round 26, `leads26`): "X được phân công chủ trì T", "X được giao
làm đầu mối T" (the passive of the assignment between the body and its lead word: X leads T as in "X chủ trì T"), and
the role labels of a task written the same way ("Cơ quan được phân công chủ trì: X", "; cơ quan được giao chủ trì: X;
cơ quan phối hợp: Y"). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Thực hiện quy chế dân chủ ở cơ sở năm 2026

II. NHIỆM VỤ
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


def _leads_of(found: dict, fragment: str) -> set[str]:
    return {actor for actor, task in found["leads"] if fragment in task}


CLAUSES = """\
1. Sở Nội vụ được phân công chủ trì tổ chức kiểm tra các cơ sở giáo dục.
2. Sở Y tế được giao làm đầu mối tiếp nhận phản ánh của người dân.
3. Thẩm định hồ sơ cấp phép xây dựng do Sở Xây dựng được phân công chủ trì.
"""


def test_a_body_assigned_to_lead_leads_the_task_of_its_clause():
    found = _facts(CLAUSES)
    assert _leads_of(found, "tổ chức kiểm tra các cơ sở giáo dục") == {"Sở Nội vụ"}
    assert _leads_of(found, "tiếp nhận phản ánh của người dân") == {"Sở Y tế"}
    assert _leads_of(found, "Thẩm định hồ sơ cấp phép xây dựng") == {"Sở Xây dựng"}


LABELS = """\
1. Rà soát các văn bản về dân vận.
a) Cơ quan được phân công chủ trì: Sở Nội vụ;
b) Cơ quan phối hợp: Sở Tư pháp.
2. Kiểm tra việc thực hiện quy chế dân chủ; cơ quan được giao chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính.
3. Tuyên truyền về dân chủ ở cơ sở.
- Đơn vị được giao chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Đơn vị phối hợp: Báo Long An.
"""


def test_a_role_label_of_the_assigned_lead_names_the_lead_and_its_partners():
    found = _facts(LABELS)
    assert _leads_of(found, "Rà soát các văn bản về dân vận") == {"Sở Nội vụ"}
    assert _leads_of(found, "Kiểm tra việc thực hiện quy chế dân chủ") == {"Sở Y tế"}
    assert _leads_of(found, "Tuyên truyền về dân chủ ở cơ sở") == {"Sở Văn hóa, Thể thao và Du lịch"}
    assert {frozenset(("Sở Nội vụ", "Sở Tư pháp")), frozenset(("Sở Y tế", "Sở Tài chính")),
            frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Báo Long An"))} <= found["pairs"]


def test_bodies_described_as_the_ones_assigned_to_lead_lead_nothing_of_their_own():
    found = _facts("1. Hằng năm, các cơ quan được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này có trách nhiệm "
                   "lập dự toán kinh phí gửi Sở Tài chính.\n")
    assert not _leads_of(found, "lập dự toán kinh phí")


def test_bodies_named_by_the_lead_they_were_given_hold_the_later_duty_but_no_lead():
    found = _facts("1. Các sở, ban, ngành được phân công chủ trì các nhiệm vụ tại Kế hoạch này có trách nhiệm báo cáo kết quả "
                   "về Sở Nội vụ trước ngày 15/12.\n")
    assert not _leads_of(found, "báo cáo kết quả")
