"""Where an organisation's name ends (round 29, `actors29`): "thông qua" (via; to approve) opens no domain, so the
name stops before it ("gửi về Ban Thư ký | thông qua địa chỉ email ..."); "trang bị" (equipment) is one noun, so
"bị" (the passive) does not cut the name inside it ("Cục Trang bị và kho vận"). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import graph_actors

TOP = "\n\n".join([
    "BỘ CÔNG AN",
    "Số: 21/KH-BCA",
    "Hà Nội, ngày 02 tháng 9 năm 2026",
    "KẾ HOẠCH",
    "Ứng phó bão số 5",
    "III. TỔ CHỨC THỰC HIỆN",
    "",
])
VIA = """\
1. Ban Tổ chức thông qua kế hoạch tổ chức hội thi trước ngày 30/9/2026.
"""
EQUIPMENT = """\
2. Cục Trang bị và kho vận chủ động cấp phát áo phao, xuồng cứu hộ cho Công an các địa phương.
"""


def test_a_name_stops_before_thong_qua():
    actors = graph_actors(TOP + VIA)
    assert not any("thông qua" in a for a in actors)


def test_a_name_goes_through_trang_bi():
    actors = graph_actors(TOP + EQUIPMENT)
    assert "Cục Trang bị và kho vận" in actors
    assert "Cục Trang" not in actors
