"""A partner's unit named in a bracket is a partner too (issue 9, round 21, `duties21`): "phối hợp với Bộ GDĐT (Cục
Khoa học, Công nghệ và Thông tin)" names the ministry and the unit of it that will do the work, so X coordinates with
both (GUIDELINES: annotate what the text states; the real-dev gold reads it so). A bracket that names the owner of the
body before it ("Cục Điều tra chống buôn lậu (Tổng cục Hải quan)") only says which body is meant: no partner, as
before. The rank is read from the head nouns (Bộ, Ủy ban nhân dân > Tổng cục, Sở, Công an > Cục, Vụ, Văn phòng > Phòng, Chi
cục, Trung tâm), in a sentence and in a table's partner cell. Before, every bracketed body after another was left
out. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of

LETTER = """\
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 2034/UBND-VX
Quảng Trị, ngày 14 tháng 8 năm 2026

Kính gửi: Các sở, ban, ngành cấp tỉnh

Ủy ban nhân dân tỉnh yêu cầu các cơ quan triển khai các nội dung sau:

1. Sở Y tế phối hợp với Bộ Y tế (Cục Quản lý Khám, chữa bệnh) triển khai bệnh án điện tử tại các bệnh viện.

2. Hội Nông dân tỉnh phối hợp với Bộ Nông nghiệp và Phát triển nông thôn (Vụ Kinh tế hợp tác) hỗ trợ các hợp tác
xã chuyển đổi số.

3. Công an tỉnh phối hợp với Cục Điều tra chống buôn lậu (Tổng cục Hải quan) triệt phá các đường dây ma túy.

4. Phân công thực hiện:

| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Tập huấn phòng, chống xâm hại trẻ em cho giáo viên | Sở Giáo dục và Đào tạo | Công an tỉnh (Phòng Cảnh sát hình sự) | Quý IV/2026 |

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn G
"""


def partners_of(pairs: set[frozenset], body: str) -> set[str]:
    return {x for p in pairs if body in p for x in p if x != body}


def test_a_unit_in_a_bracket_after_a_higher_body_is_a_partner_too():
    pairs = facts_of(LETTER, drop_suffix=" tỉnh Quảng Trị")["pairs"]
    assert {"Bộ Y tế", "Cục Quản lý Khám, chữa bệnh"} <= partners_of(pairs, "Sở Y tế")
    assert {"Bộ Nông nghiệp và Phát triển nông thôn", "Vụ Kinh tế hợp tác"} <= partners_of(pairs, "Hội Nông dân")
    assert frozenset(("Bộ Y tế", "Cục Quản lý Khám, chữa bệnh")) not in pairs
    assert {"Công an", "Phòng Cảnh sát hình sự"} <= partners_of(pairs, "Sở Giáo dục và Đào tạo")


def test_an_owner_in_a_bracket_is_no_partner():
    partners = partners_of(facts_of(LETTER, drop_suffix=" tỉnh Quảng Trị")["pairs"], "Công an")
    assert "Cục Điều tra chống buôn lậu" in partners
    assert "Tổng cục Hải quan" not in partners
