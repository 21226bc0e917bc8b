"""Round 13 (issue 9): duties whose holder the builder already knows, lost by the grammar of the line that gives them.
Every text here is invented."""

from __future__ import annotations

from test_duties_round12 import duties, holds

# "X <a few words that say which X>: <its duties>" on one line: the words before the colon only say which body it is
QUALIFIED_INLINE_HEADING = """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 41/KH-UBND
KẾ HOẠCH
Bảo vệ rừng mùa khô năm 2027
III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường: Chủ trì tổng hợp kết quả tuần tra rừng.
2. Chi cục Thủy lợi Khu vực III địa bàn tỉnh Kon Tum: Bố trí lực lượng trực chốt tại các cửa rừng; phối hợp với chính quyền các xã để dập lửa kịp thời.
3. Công an tỉnh: Điều tra các vụ đốt rừng trái phép.
"""

# ... but a verb before the colon makes it a sentence, not a heading: the names before it hold no duty of the words after
VERB_BEFORE_COLON = """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 42/KH-UBND
KẾ HOẠCH
Bảo vệ rừng mùa khô năm 2027
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính tổng hợp các khoản kinh phí sau: tiền thuê xe, tiền ăn của tổ tuần tra.
"""


def test_a_body_named_with_words_that_say_which_heads_the_duties_after_its_colon():
    found = duties(QUALIFIED_INLINE_HEADING)
    assert holds(found, "Chi cục Thủy lợi Khu vực III", "bố trí lực lượng trực chốt tại các cửa rừng")
    assert holds(found, "Chi cục Thủy lợi Khu vực III", "phối hợp với chính quyền các xã để dập lửa")
    assert holds(found, "Công an tỉnh", "điều tra các vụ đốt rừng trái phép")


def test_a_verb_before_the_colon_is_no_heading():
    found = duties(VERB_BEFORE_COLON)
    texts = [t for label, tasks in found.items() if label.startswith("Sở Tài chính") for t in tasks]
    assert texts and all(t.startswith("sở tài chính tổng hợp các khoản kinh phí sau") for t in texts)


# in a decree (a document that prescribes), "X quyết định <what>" of a body other than the issuer is a power it is given
DECIDES_IN_A_DECREE = """CHÍNH PHỦ
Số: 310/2027/NĐ-CP
NGHỊ ĐỊNH
Quy định về quản lý nghĩa trang
Điều 9. Thẩm quyền
Việc di dời mộ phần được thực hiện theo quy hoạch. Ủy ban nhân dân cấp huyện quyết định phương án di dời và mức bồi thường cho từng hộ.
Điều 10. Hiệu lực thi hành
Nghị định này có hiệu lực từ ngày 01 tháng 3 năm 2028.
"""

# ... never a decision cited by its number, nor in a news article (it reports what a body decided)
DECIDES_NOT_A_DUTY = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 12/QĐ-UBND
QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý chợ
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.
Điều 2. Việc sắp xếp chợ thực hiện theo quy hoạch. Sở Công Thương quyết định số 45/QĐ-SCT đã giao chỉ tiêu cho các huyện.
"""

DECIDES_IN_THE_NEWS = """# Bắc Kạn sắp xếp lại các chợ nông thôn
Ngày 3/5, tại buổi làm việc với tiểu thương, Sở Công Thương quyết định tạm dừng thu phí tại ba chợ bị ngập.
"""


def test_a_body_that_decides_what_a_decree_gives_it_holds_that_duty():
    found = duties(DECIDES_IN_A_DECREE, "nd.txt")
    assert holds(found, "Ủy ban nhân dân cấp huyện", "quyết định phương án di dời")


def test_deciding_is_no_duty_when_it_cites_a_decision_or_is_reported():
    assert not holds(duties(DECIDES_NOT_A_DUTY, "qd.txt"), "Sở Công Thương", "quyết định số 45")
    assert not holds(duties(DECIDES_IN_THE_NEWS, "tin-bac-kan.md"), "Sở Công Thương", "tạm dừng thu phí")
