"""A contact point a body names is no task it leads (issue 9, round 20, `duties20`): "cử cán bộ làm đầu mối phối hợp
với Y", "bố trí đầu mối nghiệp vụ", "có trách nhiệm cử đầu mối phối hợp với Y" name a person or a desk to reach. The
lead word of convention 9 is "đầu mối" said of the body ("X là cơ quan đầu mối", "X làm đầu mối"); before, the word
made the body the lead of what its contact does. The pair with Y stays (the body works with Y). Every text here is
invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Phú Yên"
TOP = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN",
    "Số: 77/KH-UBND",
    "Phú Yên, ngày 09 tháng 10 năm 2026",
    "KẾ HOẠCH",
    "Liên thông dữ liệu hộ tịch và cư trú năm 2027",
    "III. TỔ CHỨC THỰC HIỆN",
    "",
])
HEADING = """\
1. Sở Tư pháp:
- Cử cán bộ làm đầu mối phối hợp với Sở Nội vụ trong việc cập nhật dữ liệu hộ tịch;
- Chủ trì rà soát thủ tục hành chính liên thông.
"""
SENTENCE = """\
2. Công an tỉnh có trách nhiệm cử đầu mối phối hợp với Bộ Chỉ huy Quân sự tỉnh trao đổi thông tin cư trú.

3. Các cơ sở giáo dục rà soát phần mềm quản lý học sinh; bố trí đầu mối nghiệp vụ để kết nối dữ liệu.

4. Văn phòng Ủy ban nhân dân tỉnh là cơ quan đầu mối tổng hợp kết quả liên thông.
"""


def test_a_contact_point_under_a_heading_leads_nothing_but_the_pair_stays():
    facts = facts_of(TOP + HEADING, drop_suffix=PLACE)
    assert not holders(facts["leads"], "cập nhật dữ liệu hộ tịch")
    assert frozenset(("Sở Tư pháp", "Sở Nội vụ")) in facts["pairs"]
    assert holders(facts["leads"], "rà soát thủ tục") == {"Sở Tư pháp"}


def test_a_contact_point_named_in_a_sentence_leads_nothing_and_a_body_called_the_hub_leads():
    facts = facts_of(TOP + SENTENCE, drop_suffix=PLACE)
    assert not holders(facts["leads"], "trao đổi thông tin") and not holders(facts["leads"], "phần mềm quản lý")
    assert any(x.startswith("Công an") for pair in facts["pairs"] for x in pair)
    assert holders(facts["leads"], "tổng hợp kết quả liên thông") == {"Văn phòng Ủy ban nhân dân"}   # (its place left out)
