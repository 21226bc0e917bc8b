"""Forms of published text that real-dev batch 2 showed (issue 9, round 7, `duties7`): a numbered lead-in that names
its lead and partners and lost its colon in a PDF conversion ("1. Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên
quan" over "a) ...", "b) ..."), a duty cut in two by a converter's page marker ("--- PAGE BREAK ---" and the page's
number) or by a stray blank line, and the holders of a duty separated from its duty word by a condition ("X, Y khi
quyết định ... phải gửi ..."). Each test reads what a user gets: the quads of the document's graph; the texts are
invented."""

from __future__ import annotations

from test_duty_forms_round6 import _holders, _read

BODY = ("I. NHIỆM VỤ\n\n"
        "1. Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan\n\n"
        "a) Rà soát các văn bản quy phạm pháp luật của phường.\n\n"
        "b) Tổng kết, đánh giá việc thi hành pháp luật về xử lý vi phạm hành chính.\n\n"
        "2. Sở Y tế chủ trì, phối hợp với Sở Tài chính\n\n"
        "a) Xây dựng kế hoạch phòng chống dịch bệnh mùa đông.\n\n"
        "b) Kiểm tra an toàn thực phẩm tại các chợ.\n")


def test_the_items_below_a_lead_in_that_lost_its_colon_are_led_by_its_lead():
    found = _read(BODY)
    assert _holders(found["leads"], "Rà soát các văn bản quy phạm") == {"Sở Tư pháp"}
    assert _holders(found["leads"], "Tổng kết, đánh giá việc thi hành") == {"Sở Tư pháp"}
    assert _holders(found["leads"], "Kiểm tra an toàn thực phẩm") == {"Sở Y tế"}
    assert frozenset(("Sở Y tế", "Sở Tài chính")) in found["pairs"]
    # the lead-in names roles only: no duty of its own words
    assert not _holders(found["duties"], "chủ trì, phối hợp với")


def test_a_numbered_title_without_a_duty_word_still_heads_nothing():
    found = _read("I. NHIỆM VỤ\n\n1. Công tác tuyên truyền\n\na) Sở Y tế tổ chức tuyên truyền phòng dịch.\n")
    assert _holders(found["duties"], "tổ chức tuyên truyền phòng dịch") == {"Sở Y tế"}
    assert not _holders(found["duties"], "Công tác tuyên truyền")


LONG = "biện pháp quản lý nhà nước về bảo vệ chủ quyền quốc gia trên không gian mạng và phòng, chống tội phạm,"


def test_a_duty_cut_by_a_page_marker_and_the_pages_number_is_one_duty():
    body = ("I. NHIỆM VỤ\n\n1. Sở Thông tin và Truyền thông tiếp tục chỉ đạo các đơn vị chức năng tăng cường các\n"
            + LONG + "\n\n\n--- PAGE BREAK ---\n\n2\n\n"
            "góp phần bảo đảm an toàn thông tin; phối hợp chặt chẽ với Công an phường trong công tác phòng, chống "
            "lừa đảo.\n")
    found = _read(body)
    assert "Sở Thông tin và Truyền thông" in _holders(found["duties"], "phối hợp chặt chẽ với Công an phường")
    assert not any(text.strip() == "2" for _, text in found["duties"])


def test_a_duty_cut_by_a_stray_blank_line_is_one_duty_and_its_first_line_no_title():
    body = ("I. NHIỆM VỤ\n\n1. Sở Thông tin và Truyền thông tiếp tục chỉ đạo các đơn vị chức năng tăng cường các\n\n"
            + LONG + "\ngóp phần bảo đảm an toàn thông tin.\n\n2. Sở Y tế kiểm tra an toàn thực phẩm.\n")
    found = _read(body)
    assert _holders(found["duties"], "tiếp tục chỉ đạo các đơn vị chức năng") == {"Sở Thông tin và Truyền thông"}
    assert _holders(found["duties"], "góp phần bảo đảm an toàn thông tin") == {"Sở Thông tin và Truyền thông"}


def test_holders_then_a_condition_then_the_duty_word():
    body = ("Điều 5. Trách nhiệm thông báo\n\n"
            "1. Cơ quan điều tra, Viện kiểm sát, Tòa án khi quyết định tạm hoãn xuất cảnh, gia hạn tạm hoãn xuất "
            "cảnh theo thẩm quyền phải gửi văn bản thông báo kịp thời cho Công an phường.\n")
    found = _read(body)
    holders = _holders(found["duties"], "gửi văn bản thông báo kịp thời")
    assert {"Viện kiểm sát", "Tòa án"} <= {h.removesuffix(" nhân dân") for h in holders}, holders
