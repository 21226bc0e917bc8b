"""A lead-in under the heading of one body that makes another body the standing unit of the items below it, with no
word that gives them (round 30, `pairs30`): "1. Ủy ban nhân dân tỉnh" / "- Sở Y tế là đơn vị thường trực, chịu trách
nhiệm ... thực hiện các nội dung:" / "+ Chủ trì ...;" / "+ Chủ trì, phối hợp với Sở Tài chính ..." / "- Kiểm tra ...":
the "+" items are Sở Y tế's, as after "Giao Sở Y tế là đơn vị thường trực ..." (round 29); the item beside the
lead-in is the heading's again, and Sở Y tế leads no item that does not say so (``walk._lead_in_holders``). Every
text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

TEXT = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên địa bàn tỉnh năm 2026

IV. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân tỉnh
- Sở Y tế là đơn vị thường trực, chịu trách nhiệm phối hợp với các sở, ngành liên quan tham mưu Ủy ban nhân dân \
tỉnh thực hiện các nội dung:
+ Chủ trì xây dựng kế hoạch tiêm phòng năm 2026.
+ Chủ trì, phối hợp với Sở Tài chính tổ chức 03 hội nghị tập huấn cho cán bộ y tế cơ sở.
- Kiểm tra, giám sát việc thực hiện kế hoạch của các huyện.
"""


def test_the_standing_unit_leads_its_items_and_the_item_beside_is_the_headings():
    found = facts_of(TEXT, drop_suffix=" tỉnh Long An")
    assert "Sở Y tế" in holders(found["leads"], "xây dựng kế hoạch tiêm phòng")
    assert frozenset(("Sở Y tế", "Sở Tài chính")) in found["pairs"]
    assert holders(found["duties"], "Kiểm tra, giám sát") == {"Ủy ban nhân dân"}
    assert "Sở Y tế" not in holders(found["leads"], "Kiểm tra, giám sát")
