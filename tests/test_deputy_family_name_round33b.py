"""A signer whose family name is "Phó" keeps it ("Phó Đức Phương", not "Đức Phương"): under the post line ("PHÓ
CHỦ TỊCH"), a line written as a person's name that opens with "Phó" is the name, the deputy's word no post. Round
33b, invented texts; each test fails without the change (``organs.person_name``, ``footer._deputy_family``) unless
it says it is a guard."""

from __future__ import annotations

import pytest

from documentfacts import frame_of

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\n\nSố: 33/KH-UBND          Đông Sơn, ngày 2 tháng 6 năm 2026\n\n"
        "KẾ HOẠCH\nPhòng chống thiên tai năm 2026\n\n1. Phòng Nông nghiệp tổng hợp số liệu.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n")


@pytest.mark.parametrize("person", ["Phó Đức Tùng", "Phó Thị Ngân", "Phó Xuân Hiếu", "Phó Khánh Vy"])
def test_the_family_name_phó_stays(person):
    assert frame_of(HEAD + person + "\n")[1] == [(person, "Phó Chủ tịch", "Ủy ban nhân dân huyện Đông Sơn")]


def test_the_family_name_phó_in_capitals_stays():
    assert [name for name, _, _ in frame_of(HEAD + "PHÓ ĐỨC TÙNG\n")[1]] == ["Phó Đức Tùng"]


def test_a_common_family_name_is_unchanged():       # (a guard: passes without the change)
    assert [name for name, _, _ in frame_of(HEAD + "Lê Đức Tùng\n")[1]] == ["Lê Đức Tùng"]
