"""An item's number alone on its line (round 30, `duties30`): a plan converted from PDF puts "1.2." on a line of its
own and the item's text on the next ("1.2." / "Tăng cường kiểm tra ..." / "- Cơ quan thực hiện: X chủ trì, phối
hợp với Y."); the number and its text are read as one numbered item, so the lines that describe the item give their
bodies that item's task, not the heading above it (``loosenumbers``, in ``segment``).
Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLAN = """ỦY BAN NHÂN DÂN TỈNH KON TUM

KẾ HOẠCH
Triển khai công tác lao động năm 2027

I. NHIỆM VỤ
1. Nâng cao hiệu quả quản lý nhà nước về lao động
1.1.
Rà soát các quy trình giải quyết tranh chấp lao động trên địa bàn tỉnh.
- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Liên đoàn Lao động tỉnh.
- Thời gian thực hiện: Quý II/2027.
1.2.
Tăng cường kiểm tra việc chấp hành pháp luật về lao động trong các doanh nghiệp.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Công an tỉnh.
- Thời gian thực hiện: Thường xuyên hằng năm.
"""


def _facts() -> dict:
    return facts_of(PLAN, drop_suffix=" tỉnh Kon Tum")


def test_the_bodies_below_an_item_hold_its_task():
    duties = _facts()["duties"]
    assert holders(duties, "Rà soát các quy trình giải quyết tranh chấp") == {"Sở Tư pháp", "Liên đoàn Lao động"}
    assert holders(duties, "Tăng cường kiểm tra việc chấp hành pháp luật") == {"Sở Nội vụ", "Công an"}


def test_the_heading_above_the_items_is_nobodys_task():
    assert holders(_facts()["duties"], "Nâng cao hiệu quả quản lý nhà nước") == set()


def test_the_lead_of_each_item_leads_its_own_task():
    leads = _facts()["leads"]
    assert holders(leads, "Tăng cường kiểm tra việc chấp hành") == {"Sở Nội vụ"}
    assert holders(leads, "Rà soát các quy trình") == {"Sở Tư pháp"}

