"""A joint document of any kind known by its header and its number together (round 26, issue 9, invented texts): a
header line that joins organs with a dash ("SỞ Y TẾ - CÔNG AN TỈNH") over a number naming two issuers' codes after
its kind code ("Số: 12/KH-SYT-CAT") is issued by each organ; a department's code after its body's ("…/UBND-VX") or
a dash alone makes no joint document (``numberissuers.dash_joined``)."""

from __future__ import annotations

import pytest
from documentfacts import frame_of

PLAN = ("{header}\nSố: {number}\nKẾ HOẠCH\nPhối hợp bảo đảm trật tự an toàn giao thông\n1. Công an tỉnh chủ trì tuần "
        "tra kiểm soát.\n2. Sở Xây dựng phối hợp tổ chức giao thông.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "Lê Văn Bình\n")


def _issuers(header: str, number: str) -> list[str]:
    return frame_of(PLAN.format(header=header, number=number))[0]


@pytest.mark.parametrize("header, number, issuers", [
    ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH - CÔNG AN TỈNH BẮC NINH", "12/KH-UBND-CAT",
     ["Ủy ban nhân dân tỉnh Bắc Ninh", "Công an tỉnh Bắc Ninh"]),
    ("SỞ Y TẾ - CÔNG AN TỈNH", "12/KH-SYT-CAT", ["Sở Y tế", "Công an tỉnh"]),
], ids=["province-and-police", "department-and-police"])
def test_organs_dashed_over_a_number_of_two_codes(header, number, issuers):
    assert _issuers(header, number) == issuers


def test_a_departments_code_after_its_bodys_is_no_second_issuer():
    assert _issuers("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "12/KH-UBND-VX") == ["Ủy ban nhân dân tỉnh Bắc Ninh"]


def test_a_dash_inside_one_name_over_one_code():
    assert _issuers("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "12/KH-BLĐTBXH") == \
        ["Bộ Lao động - Thương binh và Xã hội"]
