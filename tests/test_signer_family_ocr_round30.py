"""A signer's family name OCR misread at its first letters ("Zuyễn Văn Thành" for "Nguyễn Văn Thành", round 30,
invented text) is written back as the family name it is (``graph_builder.familyocr``, on the footer's signers)."""

from __future__ import annotations

from documentfacts import frame_of

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 12/KH-UBND          Hà Nam, ngày 3 tháng 4 năm 2026\n\n"
        "KẾ HOẠCH\nTriển khai công tác năm 2026\n\n1. Sở Tài chính tổng hợp dự toán.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n")


def test_a_misread_family_name_is_written_back():
    assert [person for person, _, _ in frame_of(HEAD + "Zuyễn Văn Thành\n")[1]] == ["Nguyễn Văn Thành"]


def test_a_family_name_of_the_highlands_stays():     # (a guard: passes without the change)
    assert [person for person, _, _ in frame_of(HEAD + "Ksor Phước\n")[1]] == ["Ksor Phước"]
