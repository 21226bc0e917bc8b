"""Other spellings of "X phối hợp với Y" and partners named before their subject (issue 9, round 21, `duties21`).

"X phối kết hợp với Y", "X phối hợp, hỗ trợ Y", "X phối hợp và giúp đỡ Y" say what "X phối hợp với Y" says; "X chủ
trì cùng (với) Y" what "X chủ trì, cùng Y" says; "Phối hợp với Y, X tổ chức ...", "Cùng với Y và Z, X rà soát ..."
name X's partners before X. Before, none of them gave a pair. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN

Số: 45/KH-UBND

Bắc Kạn, ngày 02 tháng 4 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa.

II. TỔ CHỨC THỰC HIỆN
{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hoàng Văn B
"""


def pairs_of(body: str) -> set[frozenset]:
    return facts_of(PLAN.format(body=body), drop_suffix=" tỉnh Bắc Kạn")["pairs"]


def test_other_spellings_of_cooperating_with_give_the_pair():
    pairs = pairs_of("""\
1. Sở Văn hóa, Thể thao và Du lịch phối kết hợp với Sở Tài chính bố trí kinh phí quảng bá du lịch.

2. Sở Công Thương phối hợp, hỗ trợ Hội Nông dân tỉnh xây dựng chuỗi cung ứng sản phẩm địa phương.

3. Sở Nội vụ phối hợp và giúp đỡ Sở Giáo dục và Đào tạo đào tạo hướng dẫn viên tại điểm.
""")
    assert frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính")) in pairs
    assert frozenset(("Sở Công Thương", "Hội Nông dân")) in pairs
    assert frozenset(("Sở Nội vụ", "Sở Giáo dục và Đào tạo")) in pairs


def test_a_lead_with_its_partner_after_cung_without_a_comma():
    facts = facts_of(PLAN.format(body="""\
1. Sở Khoa học và Công nghệ chủ trì cùng Sở Tư pháp xây dựng bộ tiêu chí homestay.

2. Ban Dân tộc tỉnh chủ trì cùng với Hội Liên hiệp Phụ nữ tỉnh tổ chức lớp dạy nghề thổ cẩm.
"""), drop_suffix=" tỉnh Bắc Kạn")
    assert frozenset(("Sở Khoa học và Công nghệ", "Sở Tư pháp")) in facts["pairs"]
    assert frozenset(("Ban Dân tộc", "Hội Liên hiệp Phụ nữ")) in facts["pairs"]
    assert holders(facts["leads"], "bộ tiêu chí homestay") == {"Sở Khoa học và Công nghệ"}


def test_partners_named_before_their_subject():
    pairs = pairs_of("""\
1. Phối hợp với Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh, Sở Thông tin và Truyền thông tổ chức diễn tập an toàn
thông tin.

2. Cùng với Sở Tư pháp, Sở Y tế rà soát các thủ tục hành chính về du lịch.

3. Cùng với Sở Xây dựng và Sở Nội vụ, Sở Giao thông vận tải kiểm tra các tuyến đường đến điểm du lịch.
""")
    assert frozenset(("Công an", "Sở Thông tin và Truyền thông")) in pairs
    assert frozenset(("Bộ Chỉ huy Quân sự", "Sở Thông tin và Truyền thông")) in pairs
    assert frozenset(("Sở Tư pháp", "Sở Y tế")) in pairs
    assert frozenset(("Sở Xây dựng", "Sở Giao thông vận tải")) in pairs
    assert frozenset(("Sở Nội vụ", "Sở Giao thông vận tải")) in pairs
    assert frozenset(("Sở Xây dựng", "Sở Nội vụ")) not in pairs


def test_an_open_list_after_phoi_hop_voi_names_the_partners_of_a_subject_left_out():
    pairs = pairs_of("""1. Phối hợp với Sở Tư pháp, Sở Nội vụ, Sở Tài chính chuẩn bị hội nghị tập huấn về du lịch cộng đồng.
""")
    assert not any("Sở Tài chính" in p for p in pairs)


def test_under_a_body_heading_a_list_after_phoi_hop_voi_names_partners_only():
    pairs = pairs_of("""\
1. Sở Y tế:
- Phối hợp với Sở Tư pháp, Sở Nội vụ tổ chức tập huấn pháp luật về an toàn thực phẩm.
""")
    assert frozenset(("Sở Y tế", "Sở Tư pháp")) in pairs and frozenset(("Sở Y tế", "Sở Nội vụ")) in pairs
    assert frozenset(("Sở Tư pháp", "Sở Nội vụ")) not in pairs
