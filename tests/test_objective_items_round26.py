"""Round 26 (issue 9, `objectives26`): the objectives of a document as published text states them
(graph_builder/assertions/aimitems.py and the forms after it). Every text here is invented."""

from __future__ import annotations

from tests.test_objective_scope import objective_links

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Chuyển đổi số năm 2026

"""

TASKS = """II. NHIỆM VỤ, GIẢI PHÁP
1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung.
"""


def _of_document(body: str) -> set[str]:
    return objective_links(HEAD + body + TASKS, "plan.txt")[0]


def _starting(found: set[str], words: str) -> list[str]:
    return [o for o in found if o.startswith(words)]


# --- the items of a "Mục tiêu" part: one objective each ------------------------------------------------------------

LATER_SENTENCE = """I. MỤC TIÊU
1. Nâng cao hiệu quả phối hợp giữa các sở, ngành trong chuyển đổi số. Xác định rõ tiến độ, thời hạn hoàn thành của từng nhiệm vụ.
2. Bảo đảm kinh phí, nhân lực cho chuyển đổi số.
"""


def test_a_later_verb_led_sentence_of_an_item_is_no_objective_of_its_own():
    found = _of_document(LATER_SENTENCE)
    assert _starting(found, "Nâng cao hiệu quả phối hợp"), found
    assert _starting(found, "Bảo đảm kinh phí"), found
    assert not _starting(found, "Xác định rõ tiến độ"), found


ACTION_LIST = """I. MỤC ĐÍCH, YÊU CẦU
- Tham gia kiểm tra công tác chuyển đổi số; Thực hiện giám sát việc cung cấp dịch vụ công. Tổng hợp, báo cáo kết quả thực hiện theo quy định.
"""


def test_in_a_list_of_actions_a_later_verb_led_sentence_is_one_more_objective():
    found = _of_document(ACTION_LIST)
    assert _starting(found, "Tham gia kiểm tra"), found
    assert _starting(found, "Tổng hợp, báo cáo kết quả"), found


PAGE_BREAK = """I. MỤC TIÊU
- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng của các cơ quan cấp

12

tỉnh đạt 100%; cấp xã đạt 90%.
- Tỷ lệ thủ tục hành chính được cung cấp trực tuyến toàn trình đạt 80%.
"""


def test_an_item_carried_over_a_page_break_gives_no_objective_of_its_own():
    found = _of_document(PAGE_BREAK)
    assert _starting(found, "Tỷ lệ hồ sơ công việc"), found
    assert _starting(found, "Tỷ lệ thủ tục hành chính"), found
    assert not _starting(found, "tỉnh đạt 100%"), found


LATER_PURPOSE = """I. MỤC ĐÍCH
- Cổ vũ, khích lệ thanh niên khởi nghiệp sáng tạo trên nền tảng số; tạo điều kiện để thanh niên có thêm việc làm, nâng cao thu nhập.
"""


def test_an_item_whose_purpose_word_comes_in_a_later_clause_is_one_objective_whole():
    found = _of_document(LATER_PURPOSE)
    assert _starting(found, "Cổ vũ, khích lệ thanh niên"), found
    assert not _starting(found, "thanh niên có thêm việc làm"), found


def test_a_subject_then_its_purpose_still_gives_the_purposes():
    found = _of_document("I. MỤC ĐÍCH\n1. Hoạt động kiểm tra nhằm phát hiện sớm sai phạm; góp phần nâng cao hiệu lực "
                         "quản lý nhà nước.\n")
    assert _starting(found, "phát hiện sớm sai phạm"), found
    assert _starting(found, "góp phần nâng cao hiệu lực"), found


def test_an_item_that_defines_a_term_is_no_objective():
    found = _of_document("I. MỤC ĐÍCH\n1. Kiểm tra nội bộ là việc xem xét, đánh giá việc chấp hành quy định của các "
                         "đơn vị.\n2. Phát hiện sớm sai phạm trong quản lý tài chính.\n")
    assert _starting(found, "Phát hiện sớm sai phạm"), found
    assert not _starting(found, "Kiểm tra nội bộ là việc"), found


# --- purposes the document states of itself -------------------------------------------------------------------------

NEWS = """Quảng Nam siết chặt quản lý tàu cá

Ngày 12/3, Sở Nông nghiệp và Môi trường tỉnh Quảng Nam và Bộ đội Biên phòng tỉnh đã ký kết quy chế phối hợp quản lý tàu cá. Việc ký kết nhằm tạo cơ chế phối hợp, trao đổi thông tin để kịp thời xử lý các vụ việc trên biển.

Theo đó, để ngăn chặn tình trạng tàu cá vi phạm vùng biển nước ngoài, hai đơn vị thống nhất tăng cường tuần tra, kiểm soát tại cửa biển.
"""


def test_the_purpose_of_signing_and_a_purpose_after_a_linking_word_are_the_document_s():
    found = objective_links(NEWS, "bao-2026-quang-nam.txt")[0]
    assert _starting(found, "tạo cơ chế phối hợp, trao đổi thông tin để kịp thời"), found
    assert _starting(found, "ngăn chặn tình trạng tàu cá vi phạm"), found


PARTY_PLAN = """ĐẢNG ĐOÀN QUỐC HỘI
Số: 12-KH/ĐĐQH
KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TW

1. Lãnh đạo công tác lập pháp
1.1. Để thể chế hóa kịp thời và thực hiện có hiệu quả Nghị quyết số 05-NQ/TW, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:
- Rà soát các văn bản pháp luật có liên quan.
- Chỉ đạo sửa đổi các luật về đầu tư.
"""


def test_the_purpose_of_a_line_heading_the_issuer_s_items_is_the_document_s():
    found = objective_links(PARTY_PLAN, "plan.txt")[0]
    assert _starting(found, "thể chế hóa kịp thời và thực hiện có hiệu quả"), found


def test_the_goal_of_a_project_in_a_provision_is_no_aim_of_the_document():
    found = _of_document("I. DỰ ÁN ƯU TIÊN\nc) Dự án sản xuất sản phẩm cao su; đầu tư tổ hợp hóa chất với mục tiêu chính "
                         "là sản xuất phân bón thế hệ mới.\n")
    assert not _starting(found, "sản xuất phân bón thế hệ mới"), found
