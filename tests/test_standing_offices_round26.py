"""The standing office of a steering committee (issue 9, round 26, `actors26`): "cơ quan thường trực Ban Chỉ đạo các
cấp" is one actor named as written (not the role and the committee), the body the text names as holding the role
("Công an tỉnh - cơ quan thường trực Ban Chỉ đạo ...") is that body, and the role alone further on is that one office.
Every text here is invented, in the forms of steering committees' plans.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders

NATIONAL = """BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG DỊCH BỆNH ĐỘNG VẬT
Số: 44/KH-BCĐ                                  Hà Nội, ngày 14 tháng 8 năm 2026
KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH ĐỘNG VẬT NĂM 2027
1. Cơ cấu của Văn phòng Ban Chỉ đạo quốc gia và cơ quan thường trực Ban Chỉ đạo các cấp do Bộ Quốc phòng hướng dẫn.
2. Bảo đảm kinh phí cho hoạt động của Ban Chỉ đạo các cấp.
a) Cơ quan chủ trì: Bộ Tài chính.
b) Cơ quan phối hợp: Văn phòng Ban Chỉ đạo quốc gia và cơ quan thường trực các cấp.
"""

PROVINCIAL = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU

Số: 77/KH-UBND
Lai Châu, ngày 8 tháng 7 năm 2026

KẾ HOẠCH
Phòng, chống tội phạm mua bán người năm 2026

III. TỔ CHỨC THỰC HIỆN

1. Công an tỉnh - cơ quan thường trực Ban Chỉ đạo 138 tỉnh chủ trì theo dõi, đôn đốc việc thực hiện kế hoạch.
2. Sở Tư pháp phối hợp với cơ quan thường trực tổ chức tuyên truyền pháp luật.
"""


def test_the_standing_office_of_the_committees_is_one_actor_and_the_role_alone_is_that_office():
    found = facts_of(NATIONAL)
    assert frozenset(("Bộ Tài chính", "cơ quan thường trực Ban Chỉ đạo các cấp")) in found["pairs"]
    assert "cơ quan thường trực" not in graph_actors(NATIONAL)


def test_the_body_named_as_the_standing_office_is_that_body():
    found = facts_of(PROVINCIAL, drop_suffix=" tỉnh Lai Châu")
    assert holders(found["leads"], "theo dõi, đôn đốc") == {"Công an"}
    assert frozenset(("Sở Tư pháp", "Công an")) in found["pairs"]
    assert not any("thường trực" in label for label in graph_actors(PROVINCIAL))


def test_a_heading_that_is_the_role_alone_names_no_body_acting_over_its_article():
    text = PROVINCIAL.replace("III. TỔ CHỨC THỰC HIỆN\n\n1. Công an tỉnh - cơ quan thường trực Ban Chỉ đạo 138 tỉnh chủ "
                              "trì theo dõi, đôn đốc việc thực hiện kế hoạch.\n2. Sở Tư pháp phối hợp với cơ quan thường "
                              "trực tổ chức tuyên truyền pháp luật.\n",
                              "Điều 4. Cơ quan thường trực\nSở Nội vụ là cơ quan thường trực, đầu mối tham mưu Ủy ban nhân "
                              "dân tỉnh thực hiện Quy chế; giao Chi cục Văn thư lưu trữ thuộc Sở Nội vụ giúp Giám đốc Sở "
                              "tổng hợp tình hình hằng quý.\n")
    found = facts_of(text, drop_suffix=" tỉnh Lai Châu")
    assert "Sở Nội vụ" not in holders(found["duties"], "giao Chi cục Văn thư")
