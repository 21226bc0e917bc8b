"""A lead-in under an actor heading that gives the items below it to another body (round 29, `pairsb29`): "1. Ủy ban
nhân dân tỉnh" / "- Giao Sở Y tế là đơn vị thường trực, ... thực hiện các nội dung:" / "+ Chủ trì ...;" / "+ Chủ trì,
phối hợp với Sở Tài chính ...": the items are the body's given them (it leads each "Chủ trì" item and cooperates with
the partner an item names), not the heading's; an item beside the lead-in ("- Kiểm tra ...") is the heading's again,
and a lead-in with no body given ("- Chủ trì, phối hợp với Y thực hiện các nội dung sau:") stays the heading's. Every
text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên địa bàn tỉnh năm 2026

IV. TỔ CHỨC THỰC HIỆN
"""

GIVEN = """\
1. Ủy ban nhân dân tỉnh
- Giao Sở Y tế là đơn vị thường trực, chịu trách nhiệm phối hợp với các sở, ngành liên quan tham mưu Ủy ban nhân dân \
tỉnh thực hiện các nội dung:
+ Chủ trì xây dựng kế hoạch tiêm phòng năm 2026.
+ Chủ trì, phối hợp với Sở Tài chính tổ chức 03 hội nghị tập huấn cho cán bộ y tế cơ sở.
- Kiểm tra, giám sát việc thực hiện kế hoạch của các huyện.
2. Sở Tư pháp
Sở Tư pháp phối hợp với Sở Y tế tuyên truyền phòng bệnh.
"""

OWN = """\
1. Ủy ban nhân dân tỉnh
- Chủ trì, phối hợp với Sở Tài chính thực hiện các nội dung sau:
+ Rà soát nguồn kinh phí cho công tác tiêm phòng.
+ Tổng hợp kết quả thực hiện kế hoạch.
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


def test_the_body_given_the_items_leads_them_and_pairs_with_their_partners():
    found = _facts(GIVEN)
    for item in ("xây dựng kế hoạch tiêm phòng", "tổ chức 03 hội nghị tập huấn"):
        assert "Sở Y tế" in holders(found["leads"], item)
        assert "Ủy ban nhân dân" not in holders(found["leads"], item)
        assert "Ủy ban nhân dân" not in holders(found["duties"], item)
    assert frozenset(("Sở Y tế", "Sở Tài chính")) in found["pairs"]
    assert frozenset(("Ủy ban nhân dân", "Sở Tài chính")) not in found["pairs"]


def test_an_item_beside_the_lead_in_is_the_headings_again():
    found = _facts(GIVEN)
    assert holders(found["duties"], "Kiểm tra, giám sát") == {"Ủy ban nhân dân"}


def test_a_lead_in_that_gives_no_body_the_items_stays_the_headings():
    found = _facts(OWN)
    for item in ("Rà soát nguồn kinh phí", "Tổng hợp kết quả"):
        assert "Ủy ban nhân dân" in holders(found["leads"], item)
        assert "Sở Tài chính" not in holders(found["leads"], item)
