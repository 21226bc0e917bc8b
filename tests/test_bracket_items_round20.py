"""Items numbered "1)", "2)" under an actor heading numbered "1." (issue 9, round 20, `duties20`): a document that
numbers its bodies "1.", "2." and each body's duties "1)", "2)" nests the one in the other, so the items are the
heading's duties, its leads and its pairs. Before, the outline read "1)" as a sibling of "1." (both Arabic numbers):
the first item ended the heading, and no item had a holder. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Hà Nam"
TOP = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM",
    "Số: 118/KH-UBND",
    "Hà Nam, ngày 02 tháng 11 năm 2026",
    "KẾ HOẠCH",
    "Phòng, chống bệnh dại trên đàn vật nuôi năm 2027",
    "III. TỔ CHỨC THỰC HIỆN",
    "",
])
COLON = """\
1. Sở Nông nghiệp và Môi trường:
1) Chủ trì, phối hợp với Sở Y tế xây dựng phương án tiêm phòng vắc xin dại cho chó, mèo;
2) Phối hợp với Công an tỉnh kiểm tra việc vận chuyển chó qua địa bàn.
2. Sở Tài chính:
1) Chủ trì thẩm định dự toán kinh phí mua vắc xin.
"""
BARE = """\
1. Ủy ban nhân dân cấp xã

1) Chủ trì, phối hợp với Trạm Y tế xã lập danh sách hộ nuôi chó;

2) Phối hợp với Hội Nông dân xã tuyên truyền nuôi chó có xích, rọ mõm.

2. Sở Y tế

1) Chủ trì, phối hợp với Sở Thông tin và Truyền thông truyền thông phòng bệnh dại.
"""
FARMING = "Sở Nông nghiệp và Môi trường"


def test_bracketed_items_under_a_numbered_heading_with_a_colon_are_its_duties_leads_and_pairs():
    facts = facts_of(TOP + COLON, drop_suffix=PLACE)
    assert holders(facts["leads"], "phương án tiêm phòng") == {FARMING}
    assert frozenset((FARMING, "Sở Y tế")) in facts["pairs"]
    assert any(FARMING in pair and any(x.startswith("Công an") for x in pair) for pair in facts["pairs"])
    assert holders(facts["leads"], "thẩm định dự toán") == {"Sở Tài chính"}


def test_bracketed_items_under_a_bare_numbered_heading_are_its_duties_until_the_next_heading():
    facts = facts_of(TOP + BARE, drop_suffix=PLACE)
    communes = "Ủy ban nhân dân cấp xã"
    assert holders(facts["leads"], "danh sách hộ nuôi chó") == {communes}
    assert any(communes in pair and any("Hội Nông dân" in x for x in pair) for pair in facts["pairs"])
    assert holders(facts["leads"], "truyền thông phòng bệnh dại") == {"Sở Y tế"}
    assert not holders(facts["duties"], "truyền thông phòng bệnh dại") & {communes}
