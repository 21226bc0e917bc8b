"""A list of partners whose first member names no body the recogniser knows (issue 9, round 27, `pairs27`): "Sở A phối
hợp với cơ quan Thuế, Sở B rà soát ..." still pairs A with B (the unnamed member had cut the whole list). Every text
here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 44/KH-UBND
Long An, ngày 3 tháng 11 năm 2026

KẾ HOẠCH
Quản lý hoạt động khai thác cát năm 2026

II. TỔ CHỨC THỰC HIỆN
"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


def test_the_partners_after_an_unnamed_first_member_are_paired_with_the_holder():
    found = _facts("1. Sở Công Thương\n"
                   "- Phối hợp với cơ quan Thuế, Sở Tài chính và Công an tỉnh đối chiếu sản lượng cát khai thác.\n")
    assert {frozenset(("Sở Công Thương", "Sở Tài chính")), frozenset(("Sở Công Thương", "Công an"))} <= found["pairs"]
    assert "Sở Công Thương" in holders(found["duties"], "đối chiếu sản lượng cát khai thác")


def test_the_same_in_a_sentence_that_names_its_holder():
    found = _facts("2. Sở Xây dựng phối hợp với Cảng vụ Hàng hải, Sở Tài chính kiểm tra bến bãi tập kết cát.\n")
    assert frozenset(("Sở Xây dựng", "Sở Tài chính")) in found["pairs"]


def test_words_that_are_not_a_name_still_cut_the_list():
    # "nhau" is no member of a list, and a phrase of the duty ("trong việc kiểm tra") is none either
    found = _facts("3. Sở Xây dựng và Sở Tài chính phối hợp với nhau, Công an tỉnh bảo đảm an ninh bến bãi.\n"
                   "4. Sở Y tế phối hợp với trong việc kiểm tra, Sở Nội vụ bố trí cán bộ.\n")
    assert frozenset(("Sở Xây dựng", "Công an")) not in found["pairs"]
    assert frozenset(("Sở Y tế", "Sở Nội vụ")) not in found["pairs"]
