"""The holder of a duty given with "giao cho" (round 29, `pairs29`): "Giao cho X <duty>", "Ủy ban nhân dân tỉnh giao
cho X, Y <duty>", "Giao cho X chủ trì, phối hợp với Y <duty>" read as "Giao X ..." (X holds, leads, cooperates);
not "bàn giao cho X ..." (a handing over) nor "X ... và giao cho Y ..." (X's own second act). Every text here is
invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên địa bàn tỉnh năm 2026

II. NHIỆM VỤ
"""

BODY = """\
1. Giao cho Sở Y tế hướng dẫn các cơ sở khám bệnh tiêm phòng.
2. Ủy ban nhân dân tỉnh giao cho Sở Công Thương, Sở Tài chính theo dõi giá thuốc trên thị trường.
3. Giao cho Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tư pháp tuyên truyền phòng bệnh.
4. Sở Tài chính bàn giao cho Sở Y tế các trang thiết bị.
"""


def _facts() -> dict:
    return facts_of(HEAD + BODY, drop_suffix=" tỉnh Long An")


def test_the_body_given_the_duty_holds_it():
    duties = _facts()["duties"]
    assert "Sở Y tế" in holders(duties, "hướng dẫn các cơ sở khám bệnh")
    assert {"Sở Công Thương", "Sở Tài chính"} <= holders(duties, "theo dõi giá thuốc")


def test_a_body_given_the_lead_keeps_it_and_a_handing_over_gives_no_duty():
    found = _facts()
    assert "Sở Thông tin và Truyền thông" in holders(found["leads"], "tuyên truyền phòng bệnh")
    assert frozenset(("Sở Thông tin và Truyền thông", "Sở Tư pháp")) in found["pairs"]
    assert "Sở Y tế" not in holders(found["duties"], "trang thiết bị")
    assert "Sở Công Thương" in holders(found["duties"], "theo dõi giá thuốc")   # read only with "giao cho"
