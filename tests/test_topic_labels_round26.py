"""A topic label before a duty's holders (issue 9, round 26, `leads26`): "Về công tác kiểm tra: Sở Nội vụ rà soát ...",
"c) Đối với các dự án chậm tiến độ: Sở Tài chính rà soát ...", "Công tác tuyên truyền: Sở X hướng dẫn ...": the
holders named after the label hold the duty even when a plain verb (no "chủ trì", "có trách nhiệm") follows them, and
a label opened by "Về" / "Đối với" is a topic whatever verbs it holds. A label followed by no holder ("Thời gian thực
hiện: Quý II/2026") gives nobody a duty. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 45/KH-UBND
Đồng Tháp, ngày 9 tháng 4 năm 2026

KẾ HOẠCH
Cải cách hành chính năm 2026

III. TỔ CHỨC THỰC HIỆN
"""

BODY = """\
a) Về công tác kiểm tra: Sở Nội vụ rà soát, đề xuất bổ sung biên chế.
b) Đối với các dự án chậm tiến độ: Sở Tài chính rà soát, đề xuất điều chuyển vốn.
c) Công tác tuyên truyền: Sở Văn hóa, Thể thao và Du lịch hướng dẫn các cơ quan báo chí đưa tin.
d) Thời gian thực hiện: Quý II/2026.
"""


def _duties() -> set[tuple[str, str]]:
    return facts_of(HEAD + BODY, drop_suffix=" tỉnh Đồng Tháp")["duties"]


def test_the_holders_after_a_topic_label_hold_the_duty_their_verb_names():
    duties = _duties()
    assert holders(duties, "đề xuất bổ sung biên chế") == {"Sở Nội vụ"}
    assert holders(duties, "đề xuất điều chuyển vốn") == {"Sở Tài chính"}
    assert holders(duties, "hướng dẫn các cơ quan báo chí") == {"Sở Văn hóa, Thể thao và Du lịch"}


def test_the_duty_s_text_starts_after_the_label():
    duties = _duties()
    assert ("Sở Tài chính", "Sở Tài chính rà soát, đề xuất điều chuyển vốn.") in duties


def test_a_label_with_no_holder_after_it_gives_nobody_a_duty():
    assert not holders(_duties(), "Quý II/2026")
