"""A list of holders one of whose members names no body the recogniser knows (round 31, `pairsb31`): "Sở A, Hội B,
Câu lạc bộ c có trách nhiệm phối hợp với Sở D ..." still gives A and B their duty and their pairs with D (the unnamed
member had cut the whole list, and the sentence gave no holder at all). The unnamed member becomes no actor. Every
text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders

HEAD = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 52/KH-UBND
Hà Nam, ngày 5 tháng 11 năm 2026

KẾ HOẠCH
Hỗ trợ pháp lý cho doanh nghiệp năm 2027

III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì tổ chức thực hiện Kế hoạch.
"""

LAST = ("2. Sở Tài chính, Hội Luật gia tỉnh, Câu lạc bộ pháp chế doanh nghiệp có trách nhiệm phối hợp với Sở Tư pháp "
        "tổ chức các hoạt động hỗ trợ pháp lý.\n")


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Hà Nam")


def test_the_named_holders_before_an_unnamed_last_member_keep_their_pairs():
    found = _facts(LAST)
    assert {frozenset(("Sở Tài chính", "Sở Tư pháp")), frozenset(("Hội Luật gia", "Sở Tư pháp"))} <= found["pairs"]
    assert {"Sở Tài chính", "Hội Luật gia"} <= holders(found["duties"], "hỗ trợ pháp lý")
    assert not any("Câu lạc bộ" in label for label in graph_actors(HEAD + LAST))   # the unnamed member is no actor


def test_the_same_after_va_and_with_the_scope_words_after_the_member():
    found = _facts("2. Sở Tài chính, Hội Luật gia tỉnh và Câu lạc bộ pháp chế doanh nghiệp trong phạm vi chức năng, "
                   "nhiệm vụ của mình có trách nhiệm phối hợp với Sở Tư pháp tổ chức các hoạt động hỗ trợ pháp lý.\n")
    assert {frozenset(("Sở Tài chính", "Sở Tư pháp")), frozenset(("Hội Luật gia", "Sở Tư pháp"))} <= found["pairs"]


def test_a_lead_list_with_an_unnamed_member_keeps_its_named_leads():
    found = _facts("2. Sở Tài chính, Hội Luật gia tỉnh, Câu lạc bộ pháp chế chủ trì, phối hợp với Sở Công Thương tổ "
                   "chức các hoạt động hỗ trợ pháp lý.\n")
    assert {"Sở Tài chính", "Hội Luật gia"} <= holders(found["leads"], "hỗ trợ pháp lý")
    assert frozenset(("Sở Tài chính", "Sở Công Thương")) in found["pairs"]




DECISION = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 53/QĐ-UBND
Hà Nam, ngày 5 tháng 11 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch hỗ trợ pháp lý cho doanh nghiệp năm 2027

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ pháp lý cho doanh nghiệp năm 2027.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm
thi hành Quyết định này.
"""


def test_an_unnamed_member_in_the_middle_of_the_list_no_longer_cuts_off_those_before_it():
    # the closing article of a decision: "Giám đốc các Sở" between commas names no body the recogniser knows
    found = facts_of(DECISION, drop_suffix=" tỉnh Hà Nam")
    assert "Văn phòng Ủy ban nhân dân" in holders(found["duties"], "thi hành Quyết định")
