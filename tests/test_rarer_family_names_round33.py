"""A signer whose family name is a rarer one ("Chung", "Ninh", "Điểu", "Bạch") keeps it (round 33, invented text):
the OCR repair of misread family names (``graph_builder.familyocr``) no longer writes it as a common family name
whose last letters it shares ("Phùng", "Trịnh", "Triệu", "Quách")."""

from __future__ import annotations

import pytest

from documentfacts import frame_of

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 14/KH-UBND          Hà Nam, ngày 5 tháng 4 năm 2026\n\n"
        "KẾ HOẠCH\nTriển khai công tác năm 2026\n\n1. Sở Tài chính tổng hợp dự toán.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n")


@pytest.mark.parametrize("person", ["Chung Văn Hải", "Ninh Thị Hà", "Điểu Minh Tâm", "Bạch Ngọc Lan", "Cung Đình Sơn"])
def test_a_rarer_family_name_stays(person):
    assert [name for name, _, _ in frame_of(HEAD + person + "\n")[1]] == [person]


def test_a_misread_family_name_is_still_written_back():     # (a guard: passes without the change)
    assert [name for name, _, _ in frame_of(HEAD + "Zuyễn Văn Thành\n")[1]] == ["Nguyễn Văn Thành"]
