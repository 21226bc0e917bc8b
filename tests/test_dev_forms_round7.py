"""Forms of leads, coordination pairs and dated tasks that published text showed (issue 9, round 7, `leads7`): how a
directive or a programme names the lead of a numbered item and its partners, and what the items below it inherit.
Each test reads what a user gets: the quads of the document's graph; the texts are invented."""

from __future__ import annotations

from test_duty_forms_round6 import _holders
from test_duty_forms_round6 import _read as _read_plan

DIRECTIVE = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 21/CT-TTg\nHà Nội, ngày 10 tháng 3 năm 2026\n\nCHỈ THỊ\n"
             "Về tăng cường quản lý dữ liệu đất đai\n\nThủ tướng Chính phủ yêu cầu:\n\n")


def _read(body: str):
    return _read_plan(body, head=DIRECTIVE, name="directive.md")


def test_a_numbered_line_naming_only_the_lead_and_partners_leads_the_items_below_it():
    found = _read("1. Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tài chính\n\n"
                  "a) Rà soát các quy định về đăng ký đất đai.\n\n"
                  "b) Xây dựng cơ sở dữ liệu đất đai quốc gia.\n\n"
                  "2. Bộ Công an chủ tri, phối hợp với các bộ, cơ quan liên quan\n\n"
                  "a) Kết nối dữ liệu dân cư với dữ liệu đất đai.\n\n"
                  "3. Bộ Xây dựng chủ trì tổng kết việc thực hiện.\n")
    assert _holders(found["leads"], "Rà soát các quy định về đăng ký") == {"Bộ Nông nghiệp và Môi trường"}
    assert _holders(found["leads"], "Xây dựng cơ sở dữ liệu đất đai") == {"Bộ Nông nghiệp và Môi trường"}
    assert frozenset(("Bộ Nông nghiệp và Môi trường", "Bộ Tài chính")) in found["pairs"]
    assert _holders(found["leads"], "Kết nối dữ liệu dân cư") == {"Bộ Công an"}   # OCR'd "chủ tri"
    assert _holders(found["leads"], "tổng kết việc thực hiện") == {"Bộ Xây dựng"}
    # the lead's own line is no task of its own
    assert not any(text.startswith("Bộ Nông nghiệp") for _, text in found["duties"])


def test_an_item_below_a_lead_that_names_bodies_deep_inside_stays_the_leads():
    found = _read("1. Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan\n\n"
                  "a) Trình Chính phủ sửa đổi Nghị định, trong đó quy định trách nhiệm các bộ, cơ quan trong việc "
                  "phối hợp với Bộ Tài chính quản lý hóa đơn.\n\n"
                  "b) Hằng năm, Tổng cục Thuế chủ trì tổng hợp số liệu.\n\n"
                  "--- PAGE BREAK ---\n\n2\n\n"
                  "c) Hướng dẫn các địa phương triển khai.\n")
    assert _holders(found["leads"], "Trình Chính phủ sửa đổi Nghị định") == {"Bộ Tài chính"}
    assert _holders(found["leads"], "tổng hợp số liệu") == {"Tổng cục Thuế"}
    assert _holders(found["leads"], "Hướng dẫn các địa phương") == {"Bộ Tài chính"}
    assert not any(text.strip() == "2" for _, text in found["duties"])   # a page number between two pages


def test_a_sentence_goes_on_over_a_page_break_and_keeps_its_deadline():
    # a page's number centred on its line, and a converter's marker with the number beside it
    for page in ("\n" + " " * 40 + "2\n\n", "\n\n2\n\n\n--- PAGE BREAK ---\n\n"):
        found = _read("1. Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp khẩn trương đề xuất chính sách hỗ trợ "
                      "doanh nghiệp, báo cáo kết quả" + page + "thực hiện trong tháng 3 năm 2026.\n")
        assert _holders(found["leads"], "đề xuất chính sách hỗ trợ doanh nghiệp") == {"Bộ Tài chính"}
        assert {d for t, d in found["dated"] if "đề xuất chính sách" in t} == {"trong tháng 3 năm 2026"}


def test_a_condition_between_the_holders_and_the_duty_word_keeps_the_holders():
    found = _read("5. Thủ trưởng Cơ quan điều tra, Viện trưởng Viện kiểm sát khi quyết định tạm hoãn xuất cảnh theo "
                  "thẩm quyền phải gửi văn bản thông báo kịp thời cho Công an tỉnh để phối hợp thực hiện.\n")
    holders = _holders(found["duties"], "gửi văn bản thông báo")
    assert any(h.lower() == "cơ quan điều tra" for h in holders) and any(h.startswith("Viện kiểm sát") for h in holders)


def test_a_later_clause_with_its_own_partner_pairs_the_holder_with_it():
    found = _read("c) Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính có giải pháp tháo gỡ khó khăn cho doanh nghiệp; "
                  "rà soát quy định về phí; phối hop với Bộ Công Thương đẩy nhanh kết nối thị trường.\n")
    assert frozenset(("Bộ Xây dựng", "Bộ Tài chính")) in found["pairs"]
    assert frozenset(("Bộ Xây dựng", "Bộ Công Thương")) in found["pairs"]   # OCR'd "phối hop"
    assert _holders(found["leads"], "có giải pháp tháo gỡ") == {"Bộ Xây dựng"}


def test_a_body_that_cooperates_with_another_and_chairs_leads_the_items_below():
    found = _read("7. Bộ Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo Trung ương và chủ trì cùng các "
                  "bộ, ngành, địa phương:\n\n- Chỉ đạo các cơ quan báo chí cung cấp thông tin chính thống.\n\n"
                  "- Tăng cường quảng bá hình ảnh đất nước.\n")
    assert frozenset(("Bộ Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo Trung ương")) in found["pairs"]
    assert _holders(found["leads"], "Tăng cường quảng bá hình ảnh") == {"Bộ Văn hóa, Thể thao và Du lịch"}


def test_a_later_sentence_of_a_numbered_item_goes_on_with_its_lead():
    found = _read("5. Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Bộ Tài chính nghiên cứu quy định về đăng ký kinh "
                  "doanh. Hoàn thiện số liệu thống kê về kinh tế số.\n\n"
                  "6. Bộ Công Thương chủ trì, phối hợp với Bộ Tư pháp rà soát quy định. Trình tự, thủ tục rà soát "
                  "theo quy định hiện hành.\n")
    assert _holders(found["leads"], "Hoàn thiện số liệu thống kê") == {"Bộ Kế hoạch và Đầu tư"}
    assert not _holders(found["duties"], "Trình tự, thủ tục rà soát")   # a noun that opens with a verb's syllable


def test_the_usual_vague_partners_after_phoi_hop_voi_are_parties():
    found = _read("1. Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng và các đơn vị có liên quan kiểm tra an ninh mạng.\n\n"
                  "2. Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan rà soát phí, lệ phí.\n")
    assert frozenset(("Bộ Công an", "cơ quan, đơn vị")) in found["pairs"]
    assert frozenset(("Bộ Tài chính", "bộ, ngành")) in found["pairs"]


def test_an_actor_heading_naming_bodies_cut_by_a_semicolon_heads_the_items_below():
    found = _read("4. Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình tỉnh\n\n"
                  "Chỉ đạo các cơ quan báo chí tăng thời lượng tuyên truyền; phối hợp với Sở Y tế xây dựng chuyên mục.\n")
    assert frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế")) in found["pairs"]
    assert "Sở Văn hóa, Thể thao và Du lịch" in _holders(found["duties"], "tăng thời lượng tuyên truyền")


LETTER = ("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 97/TCT-KK    Hà Nội, ngày 10 tháng 3 năm 2026\n\nV/v tăng cường quản lý\n"
          "thuế đối với hoạt động\nthương mại điện tử.\n\nKính gửi: Cục Thuế các tỉnh, thành phố.\n\n")


def test_numbered_items_after_an_unnumbered_lead_in_are_its_addressees():
    body = ("Để thực hiện Quyết định số 12/QĐ-BTC về quản lý thuế đối với hoạt động\n"
            "thương mại điện tử, Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố khẩn\n"
            "trương, nghiêm túc thực hiện một số việc, cụ thể như sau:\n\n"
            "1. Thực hiện rà soát, phân loại và thường xuyên cập nhật thông tin các công ty\n"
            "đang kinh doanh trên địa bàn theo các nhóm đối tượng cụ thể như:\n\n"
            "- Doanh nghiệp kinh doanh, bán hàng trực tuyến\n\n- Doanh nghiệp cho thuê nhà qua ứng dụng\n\n"
            "2. Tăng cường thực hiện công tác tuyên truyền chính sách thuế cho các tổ chức tham\n"
            "gia hoạt động kinh doanh thương mại điện tử. Qua đó, tạo điều kiện cho doanh nghiệp.\n\n"
            "3. Thực hiện phối hợp với Cục Hải quan trao đổi thông tin về các giao dịch.\n")
    found = _read_plan(body, head=LETTER, name="letter.txt")
    for fragment in ("Thực hiện rà soát, phân loại", "Tăng cường thực hiện công tác", "trao đổi thông tin"):
        assert any(h.lower().startswith("cục thuế các tỉnh") for h in _holders(found["duties"], fragment)), fragment
    assert not _holders(found["duties"], "Doanh nghiệp kinh doanh, bán hàng")   # the things an item lists


def test_a_later_sentence_that_only_names_the_lead_gives_it_the_items_task():
    found = _read("1. Xây dựng đề án phát triển du lịch, hoàn thành trong năm 2026. Giao Bộ Văn hóa, Thể thao và Du "
                  "lịch chủ trì, phối hợp với Bộ Tài chính thực hiện.\n\n"
                  "2. Rà soát quy hoạch mạng lưới trường học (Quý II/2026).\n")
    assert _holders(found["leads"], "Xây dựng đề án phát triển du lịch") == {"Bộ Văn hóa, Thể thao và Du lịch"}
    assert frozenset(("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài chính")) in found["pairs"]
    assert ("Rà soát quy hoạch mạng lưới trường học (Quý II/2026).", "Quý II/2026") in found["dated"]


def test_a_party_programmes_advising_body_leads_the_item():
    found = _read("2. Xây dựng đề án đào tạo cán bộ\n\n- Cơ quan tham mưu: Ban Tổ chức Tỉnh ủy.\n"
                  "- Cơ quan phối hợp: Sở Nội vụ.\n- Thời gian: Năm 2026.\n")
    assert _holders(found["leads"], "Xây dựng đề án đào tạo cán bộ") == {"Ban Tổ chức Tỉnh ủy"}
    assert frozenset(("Ban Tổ chức Tỉnh ủy", "Sở Nội vụ")) in found["pairs"]
    assert ("Xây dựng đề án đào tạo cán bộ", "Năm 2026") in found["dated"]


def test_deadlines_of_reporting_regimes_and_bare_completion_times():
    from policykg.graph_builder.deadlines import find_deadline
    for text, want in (("báo cáo trước ngày 15 của tháng đầu quý kế tiếp.", "trước ngày 15 của tháng đầu quý kế tiếp"),
                       ("xây dựng đề án, hoàn thành quý ii/2026.", "hoàn thành quý ii/2026"),
                       ("gửi sở tài chính trước ngày 20 hàng tháng.", "trước ngày 20 hàng tháng")):
        found = find_deadline(text, 0, len(text))
        assert found is not None and text[found[0]:found[1]] == want, text


def test_a_time_between_the_holder_and_its_verb():
    found = _read("V. CHẾ ĐỘ BÁO CÁO\n\nCác bộ, ngành, địa phương định kỳ hằng năm (trước ngày 10/12) hoặc đột xuất báo cáo "
                  "Thủ tướng Chính phủ kết quả thực hiện. Bộ Tài chính hằng quý tổng hợp tình hình giải ngân.\n")
    assert "bộ, ngành, địa phương" in _holders(found["duties"], "báo cáo Thủ tướng Chính phủ kết quả")
    assert _holders(found["duties"], "tổng hợp tình hình giải ngân") == {"Bộ Tài chính"}


def test_the_topics_a_lead_reports_on_are_no_tasks_of_their_own():
    found = _read("6. Xử lý vướng mắc về lao động\n\nBộ Nội vụ chủ trì, phối hợp với Bộ Tài chính giải quyết các "
                  "vướng mắc, báo cáo Thủ tướng Chính phủ các vấn đề sau:\n\n"
                  "- Tình hình lao động, việc làm trong các doanh nghiệp.\n\n- Thực trạng quản lý lao động nước ngoài.\n")
    assert _holders(found["leads"], "giải quyết các vướng mắc") == {"Bộ Nội vụ"}
    assert not _holders(found["leads"], "Tình hình lao động")


def test_a_heading_naming_a_bodys_leaders_heads_its_duties():
    found = _read("**n) Lãnh đạo Ban Dân nguyện**\n\n*   Chủ trì giúp Ủy ban Thường vụ Quốc hội trong công tác tiếp "
                  "công dân.\n")
    assert _holders(found["leads"], "trong công tác tiếp công dân") == {"Ban Dân nguyện"}


def test_a_ministry_after_a_dash_names_the_owner_of_the_unit_before_it():
    found = _read("5. Sở Ngoại vụ phối hợp với Cục Quản lý xuất nhập cảnh - Bộ Công an và Công an tỉnh quản lý "
                  "người nước ngoài.\n")
    assert frozenset(("Sở Ngoại vụ", "Cục Quản lý xuất nhập cảnh")) in found["pairs"]
    assert frozenset(("Sở Ngoại vụ", "Công an tỉnh")) in found["pairs"]
    assert frozenset(("Sở Ngoại vụ", "Bộ Công an")) not in found["pairs"]


def test_tap_huan_is_a_verb_that_ends_a_name():
    found = _read_plan("g) Công an phường phối hợp với Phòng Văn hóa - Xã hội tập huấn, hướng dẫn Tổ công nghệ số.\n")
    assert frozenset(("Công an phường", "Phòng Văn hóa - Xã hội")) in found["pairs"]
