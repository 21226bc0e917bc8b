"""The issuer's head noun followed by "khác" (round 30, `pairs30`): in a resolution of Ủy ban Thường vụ Quốc hội whose
table lists "Hội đồng Dân tộc, Ủy ban Kinh tế và các Ủy ban khác" as the bodies that take part in a review, "các Ủy
ban khác" are the other committees, not the issuer named by its head noun alone (``identity._Offices._bare_heads``):
the issuer is no partner of the row's lead. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of

TEXT = """ỦY BAN THƯỜNG VỤ QUỐC HỘI
Nghị quyết số: 15/2026/UBTVQH16
Hà Nội, ngày 5 tháng 8 năm 2026

NGHỊ QUYẾT
Về việc phân công thẩm tra các dự án luật

Điều 1. Phân công cơ quan chủ trì thẩm tra và tham gia thẩm tra các dự án luật như sau:

| STT | Tên dự án | Cơ quan chủ trì thẩm tra | Cơ quan tham gia thẩm tra | Tiến độ |
|---|---|---|---|---|
| 1 | Luật Thủy lợi (sửa đổi) | Ủy ban Kinh tế | Hội đồng Dân tộc, Ủy ban Pháp luật và các Ủy ban khác | Tháng 9/2026 |

TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH
Trần Văn A
"""


def test_the_other_committees_are_not_the_issuer():
    pairs = facts_of(TEXT)["pairs"]
    assert frozenset(("Ủy ban Kinh tế", "Ủy ban Pháp luật")) in pairs
    assert not any("Ủy ban Thường vụ Quốc hội" in pair for pair in pairs)
