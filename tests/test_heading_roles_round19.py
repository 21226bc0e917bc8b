"""Actor headings that name their body's role (issue 9, round 19, `duties19`): "1. Sở A (cơ quan chủ trì):", "2. Sở B
(cơ quan thường trực về ...)", "3. Sở C – cơ quan đầu mối:", "4. Sở D, đơn vị chủ trì:", "## Sở E (cơ quan chủ trì)". A
lead word in the role makes the body the lead of every item below the heading (GUIDELINES, convention 9); "phối hợp"
leaves the items its duties. Before, the role (neither a name nor a qualifier) kept the line from heading anything, or
the heading gave duties and no lead. Every text here is invented, in layouts unlike the documents that showed the
errors."""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Yên Bái"
TOP = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI

Số: 207/KH-UBND

Yên Bái, ngày 14 tháng 10 năm 2026

KẾ HOẠCH

Phát triển du lịch cộng đồng vùng cao năm 2027

III. TỔ CHỨC THỰC HIỆN

"""
BRACKETS = """\
1. Sở Văn hóa, Thể thao và Du lịch (cơ quan chủ trì):
- Xây dựng bộ tiêu chí homestay đạt chuẩn;
- Tổ chức lớp bồi dưỡng kỹ năng hướng dẫn viên bản địa.
2. Sở Nông nghiệp và Môi trường (cơ quan thường trực về phát triển nông thôn mới của Ban Chỉ đạo
các chương trình mục tiêu quốc gia tỉnh)
- Chủ trì, đôn đốc các xã lồng ghép nguồn vốn nông thôn mới;
- Phối hợp với Sở Tài chính thẩm định dự toán hỗ trợ làng nghề.
3. Sở Công Thương (đơn vị phối hợp):
- Giới thiệu sản phẩm OCOP tại các điểm du lịch.
"""
DASHES = """\
1. Sở Văn hóa, Thể thao và Du lịch – cơ quan đầu mối:
a) Tổng hợp số liệu lượt khách lưu trú tại bản;
b) Phối hợp với Công an tỉnh hướng dẫn khai báo tạm trú cho khách nước ngoài.
2. Sở Xây dựng, đơn vị chủ trì:
a) Hướng dẫn cải tạo nhà sàn truyền thống làm cơ sở lưu trú.
"""
MARKDOWN = """\
## Sở Văn hóa, Thể thao và Du lịch (cơ quan chủ trì)

- Quảng bá tuyến du lịch ruộng bậc thang trên mạng xã hội;
- Lập bản đồ điểm đến du lịch cộng đồng.

## Công an tỉnh (cơ quan phối hợp)

- Bảo đảm an ninh trật tự tại các lễ hội.
"""
CULTURE = "Sở Văn hóa, Thể thao và Du lịch"


def test_a_role_in_brackets_after_a_heading_makes_its_body_the_lead_of_the_items_below():
    facts = facts_of(TOP + BRACKETS, drop_suffix=PLACE)
    assert holders(facts["leads"], "bộ tiêu chí homestay") == {CULTURE}
    assert holders(facts["leads"], "kỹ năng hướng dẫn viên") == {CULTURE}
    # the heading wraps over two lines and has no colon; its role's own words are a task the body leads
    assert holders(facts["leads"], "đôn đốc các xã lồng ghép") == {"Sở Nông nghiệp và Môi trường"}
    assert holders(facts["leads"], "thường trực về phát triển nông thôn mới") == {"Sở Nông nghiệp và Môi trường"}
    assert frozenset(("Sở Nông nghiệp và Môi trường", "Sở Tài chính")) in facts["pairs"]
    # an item that says the body cooperates is no lead of it; a partner's heading gives duties, no lead
    assert not holders(facts["leads"], "thẩm định dự toán")
    assert "Sở Công Thương" in holders(facts["duties"], "sản phẩm OCOP")
    assert not holders(facts["leads"], "sản phẩm OCOP")


def test_a_role_after_a_dash_or_a_comma_reads_as_in_brackets():
    facts = facts_of(TOP + DASHES, drop_suffix=PLACE)
    assert holders(facts["leads"], "lượt khách lưu trú") == {CULTURE}
    assert holders(facts["leads"], "cải tạo nhà sàn") == {"Sở Xây dựng"}
    assert frozenset((CULTURE, "Công an")) in facts["pairs"]
    assert not holders(facts["leads"], "khai báo tạm trú")


def test_a_markdown_heading_with_its_role_heads_its_bullets():
    facts = facts_of(TOP + MARKDOWN, name="plan.md", drop_suffix=PLACE)
    assert holders(facts["leads"], "ruộng bậc thang") == {CULTURE}
    assert holders(facts["leads"], "bản đồ điểm đến") == {CULTURE}
    assert holders(facts["duties"], "an ninh trật tự tại các lễ hội") == {"Công an"}
    assert not holders(facts["leads"], "an ninh trật tự tại các lễ hội")


LEAD_INS = """\
1. Sở Văn hóa, Thể thao và Du lịch là cơ quan chủ trì, có trách nhiệm:
- Xây dựng bộ tiêu chí homestay đạt chuẩn;
- Phối hợp với Sở Tài chính bố trí kinh phí quảng bá.
2. Sở Xây dựng làm đầu mối:
- Hướng dẫn cải tạo nhà sàn truyền thống làm cơ sở lưu trú.
3. Công an tỉnh là cơ quan thường trực, có nhiệm vụ sau:
a) Tổng hợp tình hình lưu trú của khách nước ngoài.
"""


def test_a_lead_in_that_names_only_its_bodys_lead_role_is_no_task_of_its_own():
    facts = facts_of(TOP + LEAD_INS, drop_suffix=PLACE)
    assert holders(facts["leads"], "bộ tiêu chí homestay") == {CULTURE}
    assert holders(facts["leads"], "cải tạo nhà sàn") == {"Sở Xây dựng"}
    assert holders(facts["leads"], "khách nước ngoài") == {"Công an"}
    assert frozenset((CULTURE, "Sở Tài chính")) in facts["pairs"]
    # before, the lead-in line was a task its body led ("Sở Xây dựng làm đầu mối"): a lead no reader finds in the text
    assert not holders(facts["leads"], "làm đầu mối")
    assert not holders(facts["leads"], "là cơ quan chủ trì")
    assert not holders(facts["leads"], "là cơ quan thường trực")


GROUPS = """\
1. Các việc do Sở Văn hóa, Thể thao và Du lịch chủ trì
a) Khảo sát hiện trạng các bản du lịch cộng đồng.
b) Biên soạn sổ tay ứng xử văn minh cho du khách.
2. Nhiệm vụ do Sở Xây dựng chủ trì, Sở Tài chính phối hợp:
a) Lập thiết kế mẫu nhà vệ sinh công cộng tại điểm du lịch.
"""


def test_a_heading_without_its_colon_that_names_only_the_lead_is_no_task_of_its_own():
    facts = facts_of(TOP + GROUPS, drop_suffix=PLACE)
    assert holders(facts["leads"], "hiện trạng các bản") == {CULTURE}
    assert holders(facts["leads"], "sổ tay ứng xử") == {CULTURE}
    assert holders(facts["leads"], "nhà vệ sinh công cộng") == {"Sở Xây dựng"}
    assert frozenset(("Sở Xây dựng", "Sở Tài chính")) in facts["pairs"]
    # before, the first heading was a task of its own, led by its body
    assert not holders(facts["leads"], "Các việc do")
    assert not holders(facts["leads"], "Nhiệm vụ do")


GENERIC_LEAD_INS = """\
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính thực hiện các nội dung sau:
a) Xây dựng video quảng bá mùa hoa tam giác mạch;
b) Lập quỹ hỗ trợ nghệ nhân dân gian.
2. Giao Sở Xây dựng chủ trì, phối hợp với Công an tỉnh triển khai các nhiệm vụ sau đây:
- Kiểm tra an toàn phòng cháy tại các homestay.
"""


def test_a_lead_in_whose_task_words_only_announce_the_items_is_no_task_of_its_own():
    facts = facts_of(TOP + GENERIC_LEAD_INS, drop_suffix=PLACE)
    assert holders(facts["leads"], "video quảng bá") == {CULTURE}
    assert holders(facts["leads"], "quỹ hỗ trợ nghệ nhân") == {CULTURE}
    assert holders(facts["leads"], "phòng cháy tại các homestay") == {"Sở Xây dựng"}
    assert frozenset((CULTURE, "Sở Tài chính")) in facts["pairs"]
    assert frozenset(("Sở Xây dựng", "Công an")) in facts["pairs"]
    # before, each lead-in was a task of its own ("... thực hiện các nội dung sau"), a lead no reader finds
    assert not holders(facts["leads"], "các nội dung sau")
    assert not holders(facts["leads"], "các nhiệm vụ sau đây")
