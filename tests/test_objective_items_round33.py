"""Round 33 (issue 9, `tasks33`): items of a document's "Mục đích" / "Mục tiêu" part as published text writes
them. Every text here is invented.

- an item that states a whole clause before its first "để" ("- Nhà nước cấp kinh phí cho các hộ ... để các hộ sửa
  chữa nhà ở ...", "2. Kế hoạch phải xác định rõ ... để các sở, ngành ...") is one objective, whole, from the start
  of the item (GUIDELINES.md: "items under Mục tiêu, Mục đích", a fragment from the start of the item), not the
  pieces after its "để"; an item that names a thing and its purposes ("Hoạt động hỗ trợ nhằm A; B") still gives each
  purpose.
The first two tests fail without objectives._clause_then_purpose; test_a_thing_and_its_purposes_still_gives_each_purpose
is a guard.
"""

from __future__ import annotations

from tests.test_objective_scope import objective_links

HEAD = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 41/KH-UBND
Bắc Kạn, ngày 9 tháng 6 năm 2026

KẾ HOẠCH
Hỗ trợ nhà ở cho hộ nghèo năm 2026

"""

TASKS = """II. NHIỆM VỤ, GIẢI PHÁP
1. Sở Xây dựng chủ trì hướng dẫn thiết kế mẫu nhà ở.
"""


def _of_document(body: str) -> set[str]:
    return objective_links(HEAD + body + TASKS, "plan.txt")[0]


def test_a_clause_then_its_purpose_is_one_objective_from_the_start_of_the_item():
    found = _of_document("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nhà nước cấp kinh phí cho các hộ nghèo có nhà ở hư hỏng "
                         "để các hộ sửa chữa nhà ở; lồng ghép với các chương trình giảm nghèo để phát huy hiệu quả.\n"
                         "2. Yêu cầu\n- Hỗ trợ đúng đối tượng.\n")
    assert found == {"Nhà nước cấp kinh phí cho các hộ nghèo có nhà ở hư hỏng để các hộ sửa chữa nhà ở; lồng ghép "
                     "với các chương trình giảm nghèo để phát huy hiệu quả"}, found


def test_a_numbered_item_with_a_duty_of_the_plan_then_its_purpose_is_one_objective():
    found = _of_document("I. MỤC ĐÍCH\n1. Phổ biến chính sách hỗ trợ nhà ở đến người dân.\n2. Kế hoạch phải xác định "
                         "rõ nhiệm vụ của từng cơ quan để các sở, ngành chủ động triển khai.\n")
    assert found == {"Phổ biến chính sách hỗ trợ nhà ở đến người dân",
                     "Kế hoạch phải xác định rõ nhiệm vụ của từng cơ quan để các sở, ngành chủ động triển khai"}, found


def test_a_thing_and_its_purposes_still_gives_each_purpose():
    found = _of_document("I. MỤC ĐÍCH\n1. Hoạt động hỗ trợ nhằm cải thiện điều kiện sống; góp phần giảm nghèo bền "
                         "vững.\n")
    assert found == {"cải thiện điều kiện sống", "góp phần giảm nghèo bền vững"}, found
