"""An article or item headed by the duties of cooperation of a body (issue 9, round 27, `pairs27`): "Điều 6. Trách
nhiệm phối hợp của Sở A" over "1. Phối hợp với Sở B ..." is A's duty with B, as under "Điều 6. Trách nhiệm của Sở A".
The form is the usual title of the articles of a regulation on cooperation (quy chế phối hợp). Every text here is
invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 18/2026/QĐ-UBND
Long An, ngày 2 tháng 10 năm 2026

QUY CHẾ
Phối hợp quản lý hoạt động quảng cáo trên địa bàn tỉnh

Chương II
TRÁCH NHIỆM PHỐI HỢP

"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


ARTICLES = """\
Điều 6. Trách nhiệm phối hợp của Sở Văn hóa, Thể thao và Du lịch
1. Phối hợp với Sở Xây dựng thẩm định vị trí đặt biển quảng cáo tấm lớn.
2. Cung cấp danh sách doanh nghiệp quảng cáo cho Ủy ban nhân dân cấp xã.

Điều 7. Nhiệm vụ phối hợp của Sở Xây dựng
1. Phối hợp với Công an tỉnh xử lý công trình quảng cáo xây dựng trái phép.
"""


def test_the_duties_under_a_heading_of_cooperation_are_the_bodys_with_its_partners():
    found = _facts(ARTICLES)
    assert frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng")) in found["pairs"]
    assert frozenset(("Sở Xây dựng", "Công an")) in found["pairs"]
    assert "Sở Văn hóa, Thể thao và Du lịch" in holders(found["duties"], "Cung cấp danh sách doanh nghiệp")


def test_a_heading_of_cooperation_gives_no_lead():
    assert not _facts(ARTICLES)["leads"]
