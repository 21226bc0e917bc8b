"""Round 10 (issue 9): purposes of the document in the forms published text gives them (docs/DATA_MODEL.md,
objectives), and deadlines in forms of running text and of an item's time line. Every text here is invented."""

from __future__ import annotations

import pytest

from tests.test_deadlines import dated, deadline_in
from tests.test_objective_scope import objective_links

# a fronted purpose after the clause naming the document carried out, before the issuer's request
AFTER_CARRYING_OUT = """ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 41/UBND-NC
Thực hiện Chỉ thị số 08/CT-TTg ngày 02 tháng 3 năm 2026 của Thủ tướng Chính phủ về phòng cháy rừng; nhằm chủ động ngăn chặn cháy rừng trong mùa khô, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:
1. Sở Nông nghiệp và Môi trường tuần tra các khu rừng nhằm phát hiện sớm điểm cháy.
"""

# the main clause is the head of the issuer asking bodies too vague to name, or the issuer issuing the document
HEAD_ASKS = """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
Số: 07/CT-UBND
CHỈ THỊ
Về bảo đảm an toàn đê điều mùa lũ
Để giảm thiệt hại do lũ gây ra, bảo vệ tính mạng người dân vùng ven sông, Chủ tịch Ủy ban nhân dân thành phố yêu cầu thủ trưởng các cơ quan, đơn vị khẩn trương thực hiện các việc sau:
1. Sở Xây dựng kiểm tra các tuyến đê xung yếu.
"""

ISSUES_PLAN = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 900/KH-BVHTTDL
KẾ HOẠCH
Để việc bảo tồn di sản được thực hiện đồng bộ và hiệu quả, Bộ Văn hóa, Thể thao và Du lịch ban hành kế hoạch với các nội dung sau:
I. NHIỆM VỤ
1. Cục Di sản văn hóa rà soát danh mục di tích.
"""

# the purpose of the list of duties a part opens, outside any one body's part
OPENS_DUTIES = """ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
Số: 55/KH-UBND
KẾ HOẠCH
Phát triển năng lượng sạch
II. NHIỆM VỤ
Nhằm hoàn thành các chỉ tiêu điện mặt trời đã đề ra, các sở, ngành cần tổ chức thực hiện các nhiệm vụ sau đây:
1. Sở Công Thương rà soát quy hoạch lưới điện.
"""

# the document named as an object before "để": the purpose is the duty's, not the document's
OBJECT_BEFORE_PURPOSE = """ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LA
Số: 19/CT-UBND
CHỈ THỊ
Về phòng chống dịch bệnh gia súc
II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các xã căn cứ nội dung tại Chỉ thị này để xây dựng phương án tiêm phòng cho đàn trâu bò.
"""

# an objectives part: a purpose sentence and a verb-led sentence after it are two aims
TWO_AIMS = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 31/KH-BGDĐT
KẾ HOẠCH
I. MỤC TIÊU
Nhằm nâng cao chất lượng dạy học ngoại ngữ trong trường phổ thông. Xác định các giải pháp trọng tâm của các sở giáo dục và đào tạo trong giai đoạn tới.
II. NHIỆM VỤ
1. Vụ Giáo dục phổ thông biên soạn tài liệu.
"""


def _starts(texts, prefix: str) -> bool:
    return any(t.startswith(prefix) for t in texts)


def test_a_purpose_after_the_clause_naming_what_is_carried_out_is_the_document_s():
    of_document, holders = objective_links(AFTER_CARRYING_OUT, "cv-41.txt")
    assert _starts(of_document, "chủ động ngăn chặn cháy rừng trong mùa khô"), of_document
    assert not _starts(of_document, "phát hiện sớm") and _starts(holders, "phát hiện sớm")


def test_a_fronted_purpose_of_the_issuer_s_head_s_request_or_of_the_issuing_is_the_document_s():
    of_document, _ = objective_links(HEAD_ASKS, "ct-07.txt")
    assert _starts(of_document, "giảm thiệt hại do lũ gây ra"), of_document
    of_document, _ = objective_links(ISSUES_PLAN, "kh-900.txt")
    assert _starts(of_document, "việc bảo tồn di sản được thực hiện đồng bộ"), of_document


def test_the_purpose_of_a_list_of_duties_is_the_document_s_cut_before_its_main_clause():
    of_document, _ = objective_links(OPENS_DUTIES, "kh-55.txt")
    assert of_document == {"hoàn thành các chỉ tiêu điện mặt trời đã đề ra"}, of_document


def test_the_document_named_after_a_preposition_does_not_make_the_purpose_its_own():
    of_document, holders = objective_links(OBJECT_BEFORE_PURPOSE, "ct-19.txt")
    assert not _starts(of_document, "xây dựng phương án tiêm phòng"), of_document
    assert _starts(holders, "xây dựng phương án tiêm phòng")


def test_a_purpose_sentence_and_a_verb_led_sentence_of_the_aims_are_two_objectives():
    of_document, _ = objective_links(TWO_AIMS, "kh-31.txt")
    assert _starts(of_document, "nâng cao chất lượng dạy học ngoại ngữ"), of_document
    assert _starts(of_document, "Xác định các giải pháp trọng tâm"), of_document


@pytest.mark.parametrize("text, deadline", [
    # a day of the week that recurs
    ("Các phòng gửi số liệu về Văn phòng vào thứ Năm hằng tuần.", "vào thứ Năm hằng tuần"),
    ("Định kỳ thứ Ba hàng tuần, Tổ công tác họp giao ban.", "Định kỳ thứ Ba hàng tuần"),
    # a bare "định kỳ" gives way to the time stated later in the duty
    ("Định kỳ gửi báo cáo về Sở Nội vụ (qua phòng Tổ chức) trước ngày 25/11/2026 để tổng hợp.",
     "trước ngày 25/11/2026"),
    # the count of a period spelled out
    ("Định kỳ ba năm một lần, Sở Tư pháp đánh giá lại quy trình.", "Định kỳ ba năm một lần"),
    # "vào" a moment
    ("Sở Ngoại vụ sơ kết việc thực hiện vào năm 2027.", "vào năm 2027"),
])
def test_deadline_forms_of_round_10(text, deadline):
    assert deadline_in(text) == deadline


def test_a_bare_periodic_word_stays_when_no_time_follows():
    assert deadline_in("Định kỳ rà soát danh sách hộ nghèo.") == "Định kỳ"


def test_a_target_year_of_the_aims_is_no_task_deadline():
    got = dated("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nSố: 88/KH-UBND\nKẾ HOẠCH\nI. MỤC TIÊU\n"
                "1. Góp phần đưa tỷ lệ che phủ rừng của tỉnh lên 75% vào năm 2030.\n"
                "II. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường tổng kết việc trồng rừng vào năm 2029.\n")
    assert not any("che phủ rừng" in t for t in got), got
    assert any(t.startswith("Sở Nông nghiệp") or "tổng kết việc trồng rừng" in t for t in got), got


def test_a_time_line_under_a_lead_in_dates_the_items_it_introduces():
    got = dated("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN PHÚ\nSố: 09/KH-MTTQ\nKẾ HOẠCH\nII. NỘI DUNG\n"
                "2.1. Thực hiện các việc sau:\n"
                "- Rà soát danh sách hộ gia đình có hoàn cảnh khó khăn trên địa bàn.\n"
                "- Vận động các nhà hảo tâm ủng hộ quỹ vì người nghèo.\n"
                "- Thời gian thực hiện: Từ tháng 9/2026 đến tháng 12/2026.\n")
    items = {t: d for t, (d, _) in got.items()}
    assert any(t.startswith("Rà soát danh sách hộ gia đình") for t in items), items
    assert any(t.startswith("Vận động các nhà hảo tâm") for t in items), items
    assert set(items.values()) == {"Từ tháng 9/2026 đến tháng 12/2026"}
    assert not any(t.startswith("Thực hiện các việc sau") for t in items), items


def test_an_aim_item_with_a_prohibition_is_still_one_objective():
    of_document, _ = objective_links("BỘ Y TẾ\nSố: 14/KH-BYT\nKẾ HOẠCH\nI. MỤC TIÊU\n"
                                     "- 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ, không để dịch sởi bùng phát.\n"
                                     "II. NHIỆM VỤ\n1. Cục Y tế dự phòng hướng dẫn các tỉnh.\n", "kh-14.txt")
    assert _starts(of_document, "95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"), of_document


PLAN_HEAD = "ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nSố: 61/KH-UBND\nKẾ HOẠCH\nII. NHIỆM VỤ\n"


def test_a_later_clause_of_a_duty_with_its_own_time_is_a_dated_requirement_of_it():
    got = dated(PLAN_HEAD + "1. Sở Nội vụ định kỳ báo cáo Ủy ban nhân dân tỉnh vào thứ Hai hằng tuần; gửi báo cáo "
                "sơ kết về Bộ Khoa học và Công nghệ trước ngày 15/9/2026.\n"
                "2. Sở Tư pháp rà soát các văn bản hằng năm; sơ kết vào năm 2027 và tổng kết vào năm 2029.\n")
    items = {t: d for t, (d, _) in got.items()}
    assert any(t.startswith("Sở Nội vụ định kỳ báo cáo") and d == "vào thứ Hai hằng tuần" for t, d in items.items())
    assert items.get("gửi báo cáo sơ kết về Bộ Khoa học và Công nghệ trước ngày 15/9/2026") == "trước ngày 15/9/2026", items
    assert items.get("sơ kết vào năm 2027") == "vào năm 2027" and items.get("tổng kết vào năm 2029") == "vào năm 2029"


def test_a_clause_before_the_first_duty_and_a_period_label_give_their_times():
    got = dated(PLAN_HEAD + "1. Chế độ báo cáo\n"
                "- Báo cáo quý: Các trường gửi Phòng Giáo dục trước ngày 20/3;\nPhòng Giáo dục và Đào tạo tổng hợp báo "
                "cáo Ủy ban nhân dân huyện trước ngày 25/3.\n"
                "2. Lộ trình\n- Năm 2027: Hoàn thiện cơ sở dữ liệu về đất đai của toàn tỉnh.\n")
    items = {t: d for t, (d, _) in got.items()}
    assert items.get("Báo cáo quý: Các trường gửi Phòng Giáo dục trước ngày 20/3") == "trước ngày 20/3", items
    assert any(d == "trước ngày 25/3" for d in items.values()), items
    assert items.get("Hoàn thiện cơ sở dữ liệu về đất đai của toàn tỉnh.") == "Năm 2027", items
