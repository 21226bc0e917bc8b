"""A two-column header whose left line ends with a level word before the motto's column, the place on the line
below ("ỦY BAN NHÂN DÂN TỈNH      CỘNG HÒA XÃ HỘI ..." / "QUẢNG NAM      Độc lập ..."): the place is the left
column's next line, never the motto's first words ("tỉnh Cộng Hòa Xã"). Round 33b, invented texts; each test fails
without the change to ``levels.header_locality``."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, frame_of, graph_actors


def _plan(left: str, below: str, code: str, place: str, body: str) -> str:
    return (f"{left}        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{below}          Độc lập - Tự do - Hạnh phúc\n\n"
            f"Số: 21/KH-{code}          {place}, ngày 9 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra liên ngành năm 2026\n\n"
            f"{body}\n\nGIÁM ĐỐC\n\nTrần Minh Khoa\n")


BODY = "1. Sở Xây dựng chủ trì, phối hợp với Công an tỉnh kiểm tra các công trình."


@pytest.mark.parametrize("left, below, code, place", [
    ("SỞ Y TẾ - CÔNG AN TỈNH", "YÊN BÁI", "UBND", "Yên Bái"),
    ("SỞ NỘI VỤ - SỞ TƯ PHÁP TỈNH", "BẮC KẠN", "SNV", "Bắc Kạn"),
])
def test_the_bodies_of_the_text_take_the_place_under_the_level(left, below, code, place):
    pairs = facts_of(_plan(left, below, code, place, BODY))["pairs"]
    assert pairs == {frozenset((f"Sở Xây dựng tỉnh {place}", f"Công an tỉnh {place}"))}


def test_a_joint_issuer_takes_the_place_under_the_level():
    text = _plan("SỞ Y TẾ - CÔNG AN TỈNH", "YÊN BÁI", "SYT-CAT", "Yên Bái", BODY)
    assert frame_of(text)[0] == ["Sở Y tế tỉnh Yên Bái", "Công an tỉnh Yên Bái"]


def test_no_actor_is_named_with_the_motto():
    text = _plan("SỞ Y TẾ - CÔNG AN TỈNH", "YÊN BÁI", "UBND", "Yên Bái", BODY)
    assert not [a for a in graph_actors(text) if "Cộng Hòa" in a]


def test_a_place_on_the_level_line_is_still_read():     # (a guard: passes without the change)
    text = _plan("ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI", "UBND", "Yên Bái", BODY)
    assert frame_of(text)[0] == ["Ủy ban nhân dân tỉnh Yên Bái"]
    assert facts_of(text)["pairs"] == {frozenset(("Sở Xây dựng tỉnh Yên Bái", "Công an tỉnh Yên Bái"))}
