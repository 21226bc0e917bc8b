"""A lead-in that asks its addressee to direct other bodies to carry out the items below it (round 30, `duties30`):
"... đề nghị các tỉnh, thành đoàn chỉ đạo các cấp bộ Đoàn, Hội thực hiện một số nội dung sau:" over "1. Về ..." /
"Tập trung ...": the items are the duties of the bodies directed, the addressee's duty is to direct them
(``leadins.directed_heading``); "các cấp bộ Đoàn" is one collective of the
ontology. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders

LETTER = """BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH

Kính gửi: Ban Thường vụ các tỉnh, thành đoàn

Ban Bí thư Trung ương Đoàn đề nghị các tỉnh, thành đoàn chỉ đạo các cấp bộ Đoàn, Hội thực hiện một số nội dung sau:

1. Về công tác tiêm chủng

Tập trung vận động đoàn viên tham gia tiêm vắc xin đúng lịch.

2. Về công tác truyền thông

Phối hợp với Hội Thầy thuốc trẻ tổ chức các đội tuyên truyền.
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Kính gửi: Ủy ban nhân dân các huyện

Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân dân các huyện chỉ đạo Phòng Y tế, Phòng Tài chính - Kế hoạch triển khai các \
nhiệm vụ sau:

1. Rà soát danh sách các cơ sở khám bệnh trên địa bàn.

2. Bố trí kinh phí mua sắm trang thiết bị y tế.
"""


def test_the_items_are_the_duties_of_the_bodies_directed():
    duties = facts_of(LETTER)["duties"]
    assert holders(duties, "vận động đoàn viên tham gia tiêm") == {"các cấp bộ Đoàn"}
    assert holders(duties, "tổ chức các đội tuyên truyền") >= {"các cấp bộ Đoàn"}


def test_the_addressees_duty_is_to_direct_them():
    duties = facts_of(LETTER)["duties"]
    assert "tỉnh đoàn, thành đoàn" in holders(duties, "chỉ đạo các cấp bộ Đoàn, Hội")


def test_the_offices_directed_by_a_plan_hold_its_items():
    duties = facts_of(PLAN, drop_suffix=" tỉnh Nghệ An")["duties"]
    assert {"Phòng Y tế", "Phòng Tài chính - Kế hoạch"} <= holders(duties, "Rà soát danh sách các cơ sở khám bệnh")


def test_the_youth_unions_organisations_at_every_level_are_one_actor():
    assert "các cấp bộ Đoàn" in graph_actors(LETTER)
