"""Duty forms of the genre read wrong on main (issue 9, round 22, `duties22`): "X có nhiệm vụ <verb> ..." states X's
duty as "X có trách nhiệm <verb> ..." does (a regulation's article, a plan's item, a clause after a semicolon), but
not the words that announce a list or name a remit ("X có nhiệm vụ, quyền hạn sau:"); and a body named in a relative
clause that says who set up or appointed the subject ("X do Y chỉ định có trách nhiệm ...", "X do Y thành lập, có
nhiệm vụ ...") is no holder: X is; "Trách nhiệm / Nhiệm vụ (chính) của X là <duty>" says what "Trách nhiệm của X:
<duty>" says. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLAN = """\
ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
Số: 77/KH-UBND
Quảng Bình, ngày 5 tháng 5 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026

III. TỔ CHỨC THỰC HIỆN

{body}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn M
"""

REGULATION = """\
ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
Số: 19/2026/QĐ-UBND
Ninh Thuận, ngày 9 tháng 3 năm 2026

QUY CHẾ
Phối hợp quản lý hoạt động khai thác cát trên địa bàn tỉnh

Điều 4. Ban Chỉ đạo tỉnh có nhiệm vụ chỉ đạo việc kiểm tra các mỏ cát trên địa bàn tỉnh.

Điều 5. Trách nhiệm của các cơ quan
1. Sở Xây dựng có các nhiệm vụ hướng dẫn việc cấp phép khai thác; Công an tỉnh có nhiệm vụ xử lý các hành vi khai
thác trái phép.
2. Sở Tài chính có nhiệm vụ, quyền hạn sau:
a) Bố trí kinh phí cho công tác kiểm tra.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn N
"""


def duties_of(text: str, place: str) -> set:
    return facts_of(text, drop_suffix=place)["duties"]


def test_has_the_task_of_states_the_duty_in_a_plan_item():
    found = duties_of(PLAN.format(body="1. Sở Y tế có nhiệm vụ kiểm tra an toàn thực phẩm tại các cơ sở lưu trú.\n\n"
                                       "2. Sở Nội vụ có nhiệm vụ giúp Ủy ban nhân dân tỉnh theo dõi việc thực hiện Kế"
                                       " hoạch."), " tỉnh Quảng Bình")
    assert holders(found, "kiểm tra an toàn thực phẩm") == {"Sở Y tế"}
    assert holders(found, "theo dõi việc thực hiện") == {"Sở Nội vụ"}


def test_has_the_task_of_in_articles_and_clauses_cut_by_semicolons():
    found = duties_of(REGULATION, " tỉnh Ninh Thuận")
    assert holders(found, "chỉ đạo việc kiểm tra các mỏ cát") == {"Ban Chỉ đạo"}
    assert holders(found, "hướng dẫn việc cấp phép") == {"Sở Xây dựng"}
    assert holders(found, "xử lý các hành vi khai") == {"Công an"}
    assert holders(found, "Bố trí kinh phí") == {"Sở Tài chính"}   # the list its remit announces, as before


def test_a_name_ends_before_has_the_task_of():
    found = duties_of(PLAN.format(body="1. Ban Chỉ đạo tỉnh có nhiệm vụ chỉ đạo việc triển khai Kế hoạch."),
                      " tỉnh Quảng Bình")
    assert {a for a, _ in found} == {"Ban Chỉ đạo"}


def test_the_body_that_appointed_the_holder_holds_no_duty():
    found = duties_of(PLAN.format(
        body="1. Trung tâm Xúc tiến du lịch do Ủy ban nhân dân tỉnh chỉ định có trách nhiệm tổ chức các hội chợ du lịch."
             "\n\n2. Tổ giúp việc do Giám đốc Sở Y tế thành lập, có nhiệm vụ theo dõi việc thực hiện Kế hoạch."),
        " tỉnh Quảng Bình")
    assert holders(found, "tổ chức các hội chợ du lịch") == {"Trung tâm Xúc tiến du lịch"}
    assert holders(found, "theo dõi việc thực hiện") == set()   # the Tổ is no actor; the Sở only set it up


def test_the_duty_of_a_body_stated_after_la():
    found = duties_of(PLAN.format(
        body="1. Trách nhiệm của Sở Tài chính là bố trí kinh phí thực hiện Kế hoạch.\n\n"
             "2. Nhiệm vụ chính của Ủy ban nhân dân các huyện là rà soát quỹ đất phát triển du lịch.\n\n"
             "3. Trách nhiệm của Sở Công Thương là rất lớn trong việc này."), " tỉnh Quảng Bình")
    assert holders(found, "bố trí kinh phí") == {"Sở Tài chính"}
    assert holders(found, "rà soát quỹ đất") == {"Ủy ban nhân dân cấp huyện"}
    assert not holders(found, "rất lớn")   # what the duty weighs, no duty
