"""A numbered item whose title names a topic and whose work is written below it, before its labels (round 30,
`pairs30`): "1.1. Về tuyên truyền trong doanh nghiệp" / "Phổ biến pháp luật lao động ..." / "- Cơ quan thực hiện: Sở
A chủ trì, phối hợp với Sở B": the task Sở A leads is the item's title and its words up to the label
(``Context.item_task``), not the title alone. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

TEXT = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 47/KH-UBND
Đồng Tháp, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Tuyên truyền pháp luật lao động năm 2026

III. NỘI DUNG THỰC HIỆN
1. Về công tác tuyên truyền
1.1. Về tuyên truyền trong doanh nghiệp
Phổ biến pháp luật lao động cho người lao động trong các khu công nghiệp.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh.
- Thời gian thực hiện: Thường xuyên.
"""


def test_the_lead_holds_the_items_words_below_its_title():
    found = _facts()
    assert "Sở Nội vụ" in holders(found["leads"], "Phổ biến pháp luật lao động")
    assert "Sở Nội vụ" in holders(found["leads"], "Về tuyên truyền trong doanh nghiệp")
    assert frozenset(("Sở Nội vụ", "Liên đoàn Lao động")) in found["pairs"]


def _facts() -> dict:
    return facts_of(TEXT, drop_suffix=" tỉnh Đồng Tháp")
