"""OCR's "phối hợp chặt chế / chặt chẻ với Y" is "phối hợp chặt chẽ với Y", and "phối hợp vổi Y" is "phối hợp với Y"
(issue 9, round 21, `duties21`): a scanned order's "X chỉ đạo các cơ quan chức năng ...; phối hợp chặt chế với Y ..."
gives X the partner Y. Before, the misread diacritic hid the "với" from the duty grammar and the clause named no
partner. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of

NOTICE = """\
THỦ TƯỚNG CHÍNH PHỦ

Số: 77/CĐ-TTg

Hà Nội, ngày 05 tháng 6 năm 2026

CÔNG ĐIỆN
Về việc khắc phục hậu quả vụ sạt lở đất tại tỉnh Lào Cai

Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:

1. Ủy ban nhân dân tỉnh Lào Cai chỉ đạo các cơ quan chức năng thăm hỏi các gia đình bị nạn; phối hợp chặt chế với
Bộ Quốc phòng khẩn trương tìm kiếm người mất tích.

2. Bộ Giao thông vận tải phối hợp chặt chẻ với Bộ Tài chính bố trí kinh phí khắc phục các tuyến đường bị sạt lở.

3. Bộ Nông nghiệp và Phát triển nông thôn phối hợp vổi Bộ Xây dựng đánh giá an toàn các hồ chứa nước.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Văn C
"""


def test_close_cooperation_misread_by_ocr_still_names_the_partner():
    pairs = facts_of(NOTICE)["pairs"]
    assert frozenset(("Ủy ban nhân dân tỉnh Lào Cai", "Bộ Quốc phòng")) in pairs
    assert frozenset(("Bộ Giao thông vận tải", "Bộ Tài chính")) in pairs
    assert frozenset(("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng")) in pairs
