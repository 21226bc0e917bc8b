"""A line of a role block that lists two bodies with a spaced dash between them (issue 9, round 26, `actors26`):
"- Ban A - Ủy ban B." below "a) Cơ quan chủ trì" gives both bodies the lead, as a comma would. The text is invented, in
the form of a national steering committee's plan (parts with "1. Nội dung" / "2. Cơ quan chủ trì, phối hợp" blocks).
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLAN = """BAN CHỈ ĐẠO QUỐC GIA VỀ HỢP TÁC BIÊN GIỚI

Số: 9/KH-BCĐ
Hà Nội, ngày 2 tháng 2 năm 2026

KẾ HOẠCH
Hợp tác quốc tế về quản lý biên giới

II. NHIỆM VỤ

I. TRAO ĐỔI THÔNG TIN VỚI CÁC NƯỚC LÁNG GIỀNG

1. Nội dung, biện pháp

a) Trao đổi đoàn, chia sẻ thông tin về quản lý mốc giới với các nước láng giềng;

2. Cơ quan chủ trì, phối hợp

a) Cơ quan chủ trì

- Ban Công tác biên giới - Ủy ban Đối ngoại Chính phủ.

- Bộ Ngoại giao.

b) Cơ quan phối hợp

- Bộ Quốc phòng.

3. Thời gian thực hiện: Từ năm 2026 đến năm 2030.
"""


def test_two_bodies_on_one_role_line_apart_by_a_dash_both_take_the_role():
    found = facts_of(PLAN)
    assert {"Ban Công tác biên giới", "Ủy ban Đối ngoại Chính phủ", "Bộ Ngoại giao"} <= holders(found["leads"],
                                                                                            "Trao đổi đoàn")
    assert {frozenset(("Ban Công tác biên giới", "Bộ Quốc phòng")),
            frozenset(("Ủy ban Đối ngoại Chính phủ", "Bộ Quốc phòng"))} <= found["pairs"]
