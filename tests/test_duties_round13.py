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


# a time that opens the sentence before its holders: where a period starts or ends, or an event that recurs
FRONTED_TIMES = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 203/KH-UBND
KẾ HOẠCH
Số hóa hồ sơ đất đai
II. NHIỆM VỤ
Kể từ ngày 15/3/2028, Sở Nông nghiệp và Môi trường tiếp nhận hồ sơ trên môi trường điện tử.
Đến hết năm 2029, Sở Tư pháp hoàn thành việc liên thông dữ liệu hộ tịch.
Sau mỗi đợt cập nhật, Sở Tài chính tổng hợp số liệu thu tiền sử dụng đất.
"""


def test_a_period_or_a_recurring_event_fronted_before_the_holders():
    found = duties(FRONTED_TIMES)
    assert holds(found, "Sở Nông nghiệp và Môi trường", "tiếp nhận hồ sơ trên môi trường điện tử")
    assert holds(found, "Sở Tư pháp", "hoàn thành việc liên thông dữ liệu hộ tịch")
    assert holds(found, "Sở Tài chính", "tổng hợp số liệu thu tiền sử dụng đất")


# the manner of the verb between the holder and its verb ("trực tiếp"), and verbs read only after a holder: "quy định"
# (not "quy định tại", the body a clause names), "giúp", "chuyển", "mở", ...
HOLDER_VERBS = """CHÍNH PHỦ
Số: 41/2028/NĐ-CP
NGHỊ ĐỊNH
Về quản lý cảng cá
Điều 12. Trách nhiệm thi hành
Bộ Quốc phòng trực tiếp quản lý việc cập bến của tàu cá tại đảo xa.
Bộ trưởng Bộ Nông nghiệp và Môi trường quy định chi tiết mẫu nhật ký khai thác.
Tổng cục Thống kê giúp Bộ Nông nghiệp và Môi trường theo dõi sản lượng cập cảng.
Bộ Công an chuyển hồ sơ tàu vi phạm đến Viện kiểm sát nhân dân tối cao.
"""

# ... "quy định tại ..." after a body is the body a clause names, not a verb of it
REFERRED_BODY = """CHÍNH PHỦ
Số: 42/2028/NĐ-CP
NGHỊ ĐỊNH
Về quản lý cảng cá
Điều 13. Hồ sơ
Sở Xây dựng quy định tại khoản 2 Điều này được cấp bản sao hồ sơ.
"""


def test_a_manner_word_and_the_verbs_read_after_holders():
    found = duties(HOLDER_VERBS, "nd.txt")
    assert holds(found, "Bộ Quốc phòng", "trực tiếp quản lý việc cập bến")
    assert holds(found, "Bộ Nông nghiệp và Môi trường", "quy định chi tiết mẫu nhật ký khai thác")
    assert holds(found, "Tổng cục Thống kê", "giúp bộ nông nghiệp và môi trường theo dõi sản lượng")
    assert holds(found, "Bộ Công an", "chuyển hồ sơ tàu vi phạm")


def test_a_body_referred_to_by_quy_dinh_tai_holds_no_duty():
    assert not holds(duties(REFERRED_BODY, "nd.txt"), "Sở Xây dựng", "được cấp bản sao hồ sơ")
