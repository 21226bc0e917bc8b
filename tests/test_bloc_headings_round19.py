"""Actors of issue 9, round 19: a bloc's heading ("C. KHỐI MẶT TRẬN, ĐOÀN THỂ", "III. KHỐI CHÍNH QUYỀN") groups the
duties of the bodies named below it; the names in it are no actor. Documents invented from docs/GENRE.md, worded
unlike the documents that showed the errors."""

from __future__ import annotations

import pytest

from documentfacts import graph_actors

PLAN = """ĐẢNG BỘ HUYỆN YÊN LẬP
ĐẢNG ỦY XÃ MỸ LƯƠNG
*
Số: 31-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Mỹ Lương, ngày 12 tháng 5 năm 2026

KẾ HOẠCH
Thực hiện phong trào thi đua năm 2026

II. NHIỆM VỤ CỤ THỂ
{heading}
Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Hội Nông dân xã vận động hội viên tham gia.
"""

HEADINGS = ["3. KHỐI MẶT TRẬN VÀ CÁC ĐOÀN THỂ", "C) KHỐI MẶT TRẬN, ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_blocs_heading_names_no_actor(heading):
    actors = graph_actors(PLAN.format(heading=heading))
    assert "Mặt trận Tổ quốc Việt Nam" not in actors
    assert any(label.startswith("Ủy ban Mặt trận Tổ quốc Việt Nam xã") for label in actors)
