"""An actor heading written "Đối với X:" (issue 9, round 26, `leads26`): "a) Đối với Sở Y tế:", "- Đối với UBND các
huyện:" make X the holder (and, by "Chủ trì ...", the lead) of the duties listed under them until the next heading
of the same level. A "Đối với ...:" line that names no body only ("b) Đối với các dự án chậm tiến độ:", "Đối với hồ sơ
do Sở X tiếp nhận:") stays the topic of the items below it. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Bảo đảm an toàn thực phẩm năm 2026

III. TỔ CHỨC THỰC HIỆN
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


LETTERED = """\
1. Trách nhiệm của các cơ quan
a) Đối với Sở Y tế:
- Chủ trì hướng dẫn các cơ sở khám bệnh thực hiện kế hoạch;
- Kiểm tra việc thực hiện các quy định về an toàn thực phẩm.
b) Đối với Ủy ban nhân dân các huyện:
- Tổ chức tuyên truyền trên địa bàn;
- Phối hợp với Sở Y tế kiểm tra các cơ sở.
"""


def test_a_lettered_towards_heading_makes_its_body_the_holder_and_lead_of_the_items_below():
    found = _facts(LETTERED)
    assert ("Sở Y tế", "Chủ trì hướng dẫn các cơ sở khám bệnh thực hiện kế hoạch") in found["leads"]
    assert holders(found["duties"], "Kiểm tra việc thực hiện các quy định") == {"Sở Y tế"}
    assert holders(found["duties"], "Tổ chức tuyên truyền trên địa bàn") == {"Ủy ban nhân dân cấp huyện"}
    assert frozenset(("Sở Y tế", "Ủy ban nhân dân cấp huyện")) in found["pairs"]


BULLETED = """\
1. Trách nhiệm thực hiện
- Đối với Sở Công Thương:
+ Chủ trì kiểm tra các chợ đầu mối trên địa bàn;
+ Tổng hợp kết quả kiểm tra gửi Ủy ban nhân dân tỉnh.
- Đối với UBND các huyện, thành phố:
+ Tuyên truyền các quy định về an toàn thực phẩm.
2. Chế độ báo cáo
a) Đối với các dự án chậm tiến độ:
- Gia hạn thời gian thực hiện không quá 6 tháng.
3. Đài Phát thanh và Truyền hình tỉnh đưa tin về kết quả thực hiện.
"""


def test_a_bulleted_towards_heading_holds_until_the_next_heading_of_its_level():
    found = _facts(BULLETED)
    assert ("Sở Công Thương", "Chủ trì kiểm tra các chợ đầu mối trên địa bàn") in found["leads"]
    assert holders(found["duties"], "Tổng hợp kết quả kiểm tra") == {"Sở Công Thương"}
    assert holders(found["duties"], "Tuyên truyền các quy định về an toàn thực phẩm") == {"Ủy ban nhân dân cấp huyện"}


def test_a_towards_line_that_names_no_body_is_the_topic_and_holds_nothing():
    found = _facts(BULLETED)
    assert not holders(found["duties"], "Gia hạn thời gian thực hiện")
    found = _facts("1. Thẩm định hồ sơ\na) Đối với hồ sơ do Sở Xây dựng tiếp nhận:\n- Kiểm tra tính đầy đủ của hồ sơ "
                   "trong 5 ngày làm việc.\n")
    assert "Sở Xây dựng" not in holders(found["duties"], "Kiểm tra tính đầy đủ của hồ sơ")
