"""A lead word inside a body's name is no lead (issue 9, round 21, `duties21`): "Cơ quan thường trực Chương trình tổ
chức tiếp nhận ..." (a regulation's body named by its role) and "Cơ quan thường trực Ban Chỉ đạo tỉnh tổ chức kiểm tra
..." (a body's standing unit, its title before the body's name) state a duty, not a lead; "X là cơ quan thường trực
(Hội đồng ...), ...", "X (cơ quan thường trực Ban Chỉ đạo ...) chủ trì ..." still give X the lead. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

REGULATION = """\
THỦ TƯỚNG CHÍNH PHỦ

Số: 12/2026/QĐ-TTg

Hà Nội, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý Chương trình hỗ trợ đổi mới sáng tạo

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý Chương trình hỗ trợ đổi mới sáng tạo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

QUY CHẾ
Quản lý Chương trình hỗ trợ đổi mới sáng tạo

Điều 3. Cơ quan quản lý Chương trình

1. Ban Chỉ đạo Chương trình có nhiệm vụ chỉ đạo việc triển khai Chương trình.

2. Cơ quan thường trực Chương trình có nhiệm vụ quản lý các hoạt động chung của Chương trình.

Điều 4. Trách nhiệm tuyển chọn dự án

1. Cơ quan thường trực Chương trình tổ chức tiếp nhận, xem xét hồ sơ đề xuất dự án của các địa phương.

2. Bộ Tài chính là cơ quan thường trực, bố trí kinh phí thực hiện Chương trình.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Lê Văn D
"""
PLAN = """\
ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 123/KH-UBND
Hòa Bình, ngày 10 tháng 3 năm 2026

KẾ HOẠCH PHÒNG, CHỐNG BUÔN LẬU NĂM 2026

Để ngăn chặn buôn lậu qua biên giới, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

1. Cơ quan thường trực Ban Chỉ đạo tỉnh tổ chức kiểm tra định kỳ việc thực hiện kế hoạch.

2. Sở Nội vụ là cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh, tổng hợp hồ sơ đề nghị khen thưởng.

3. Công an tỉnh (cơ quan thường trực Ban Chỉ đạo 138 tỉnh) chủ trì, phối hợp với Sở Tư pháp kiểm tra các cơ sở
kinh doanh có điều kiện.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn A
"""


def test_a_body_named_by_its_standing_role_leads_nothing_by_its_name():
    facts = facts_of(REGULATION)
    assert not holders(facts["leads"], "hồ sơ đề xuất dự án")
    assert holders(facts["leads"], "bố trí kinh phí") == {"Bộ Tài chính"}


def test_the_title_of_a_standing_unit_before_a_body_is_no_lead():
    facts = facts_of(PLAN, drop_suffix=" tỉnh Hòa Bình")
    assert holders(facts["duties"], "kiểm tra định kỳ")
    assert not holders(facts["leads"], "kiểm tra định kỳ")
    assert holders(facts["leads"], "hồ sơ đề nghị khen thưởng") == {"Sở Nội vụ"}


def test_the_role_of_a_body_named_before_it_leaves_the_body_its_lead():
    facts = facts_of(PLAN, drop_suffix=" tỉnh Hòa Bình")
    assert holders(facts["leads"], "kiểm tra các cơ sở") == {"Công an"}
    assert {p for p in facts["pairs"] if "Sở Tư pháp" in p} == {frozenset(("Công an", "Sở Tư pháp"))}
