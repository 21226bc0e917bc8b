"""The partner of a body that directs another (issue 9, round 21, `duties21`): "X chỉ đạo Y phối hợp với A ...;
phối hợp chặt chẽ với B ..." gives B to X: the semicolon closes what Y is told to do, and the next clause, its subject
left out, is X's own duty. Before, B was Y's partner. OCR's "chặt chế" / "chặt chẻ" read as "chặt chẽ". Every text
here is invented.
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

1. Ủy ban nhân dân tỉnh Lào Cai chỉ đạo Ủy ban nhân dân các xã phối hợp với Hội Chữ thập đỏ tỉnh thăm hỏi các gia
đình bị nạn; phối hợp chặt chẽ với Bộ Quốc phòng khẩn trương tìm kiếm người mất tích.

2. Bộ Y tế chỉ đạo các bệnh viện tuyến trung ương phối hợp với Bộ Công an cứu chữa người bị thương; phối hợp chặt chẻ
với Bộ Tài chính bảo đảm kinh phí.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Văn C
"""


def test_the_clause_after_the_semicolon_gives_the_director_its_partner():
    pairs = facts_of(NOTICE)["pairs"]
    assert frozenset(("Ủy ban nhân dân tỉnh Lào Cai", "Bộ Quốc phòng")) in pairs
    assert frozenset(("Bộ Y tế", "Bộ Tài chính")) in pairs
    assert not any("Bộ Quốc phòng" in p and any(x.startswith("Ủy ban nhân dân các xã") for x in p) for p in pairs)
