"""A lead-in that asks its addressee to direct other bodies to carry out the items below it (round 30, `pairs30`):
"... đề nghị các tỉnh, thành đoàn chỉ đạo các cấp bộ Đoàn, Hội thực hiện một số nội dung sau:" over "1. Về ..." / "-
Phối hợp với Y ...": the items are the duties of the bodies directed, also under the topic headings of the list below
the lead-in, and their partners pair with them, not with the addressee (``leadins.directed_heading``, with a duty's
words after the bodies; ``walk``: the list below the lead-in is below it). "các cấp bộ Đoàn, Hội" is one collective of
the ontology (``actor:cac-cap-bo-doan``). Every text here is invented.
"""

from __future__ import annotations

import pytest

from documentfacts import facts_of, holders

YOUTH = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐOÀN TNCS HỒ CHÍ MINH
Số: 12-CV/TWĐTN
Hà Nội, ngày 5 tháng 9 năm 2026

Kính gửi: Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc

Ban Bí thư Trung ương Đoàn đề nghị các tỉnh, thành đoàn, đoàn trực thuộc chỉ đạo các cấp bộ Đoàn, Hội thực hiện một \
số nội dung sau:

1. Về tiêm vắc xin
- Phối hợp với Hội Thầy thuốc trẻ Việt Nam tổ chức các đội tình nguyện hỗ trợ tiêm chủng.
2. Về thông tin, truyền thông
- Tăng cường phối hợp với các cơ quan báo chí tuyên truyền về tiêm chủng.
"""

PROVINCE = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/UBND-VX
Long An, ngày 5 tháng 9 năm 2026

Kính gửi: Sở Y tế

Ủy ban nhân dân tỉnh đề nghị Sở Y tế chỉ đạo các bệnh viện thực hiện một số nội dung sau:

1. Về tiêm vắc xin
- Phối hợp với Sở Tài chính tổ chức các đội tình nguyện hỗ trợ tiêm chủng.
"""


@pytest.mark.parametrize("text, directed, partner, addressee", [
    (YOUTH, "các cấp bộ Đoàn", "Hội Thầy thuốc trẻ Việt Nam", "tỉnh đoàn, thành đoàn"),
    (PROVINCE, "bệnh viện", "Sở Tài chính", "Sở Y tế"),
])
def test_the_bodies_directed_hold_the_items_and_pair_with_their_partners(text, directed, partner, addressee):
    found = facts_of(text, drop_suffix=" tỉnh Long An")
    assert frozenset((directed, partner)) in found["pairs"]
    assert frozenset((addressee, partner)) not in found["pairs"]
    assert directed in holders(found["duties"], "tổ chức các đội tình nguyện")


def test_the_directed_collective_pairs_under_a_second_topic():
    assert frozenset(("các cấp bộ Đoàn", "cơ quan báo chí")) in facts_of(YOUTH)["pairs"]
