"""An item's number written apart from its words in a scraped programme (round 30, `pairs30`): alone on its line
over them ("1.2." / "Xây dựng kế hoạch ...") or at the end of the line above, after the title of the part the item
opens ("2. Nâng cao năng lực ... 2.1." / "Rà soát ..."). The labels below the item ("- Cơ quan thực hiện: Sở A chủ
trì, phối hợp với Sở B") give their roles in that item, with its own words as the task
(``graph_builder.loosenumbers``, in ``segment``). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 21/CTr-UBND
Long An, ngày 5 tháng 8 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
Phát triển thị trường lao động năm 2026

II. NHIỆM VỤ, GIẢI PHÁP
"""

LOOSE = """\
1. Nâng cao chất lượng công tác tuyên truyền 1.1.
Tổ chức tuyên truyền pháp luật lao động cho doanh nghiệp.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh.
- Thời gian thực hiện: Thường xuyên.
1.2.
Xây dựng cơ sở dữ liệu về thị trường lao động của tỉnh.
- Cơ quan thực hiện: Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính.
- Thời gian thực hiện: Quý III/2026.
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


def test_a_number_alone_on_its_line_opens_the_item_below_it():
    found = _facts(LOOSE)
    assert "Sở Khoa học và Công nghệ" in holders(found["leads"], "Xây dựng cơ sở dữ liệu")
    assert frozenset(("Sở Khoa học và Công nghệ", "Sở Tài chính")) in found["pairs"]


def test_a_number_at_the_end_of_a_title_opens_the_item_below_it():
    found = _facts(LOOSE)
    assert "Sở Nội vụ" in holders(found["leads"], "Tổ chức tuyên truyền pháp luật")
    assert "Sở Nội vụ" not in holders(found["leads"], "Xây dựng cơ sở dữ liệu")
