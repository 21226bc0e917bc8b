"""Forms of published text that real-dev batches 1 and 2 showed (issue 9, round 7, `duties7`): a numbered lead-in that names
its lead and partners and lost its colon in a PDF conversion ("1. Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên
quan" over "a) ...", "b) ..."), a duty cut in two by a converter's page marker ("--- PAGE BREAK ---" and the page's
number) or by a stray blank line, and the holders of a duty separated from its duty word by a condition ("X, Y khi
quyết định ... phải gửi ..."). Each test reads what a user gets: the quads of the document's graph; the texts are
invented."""

from __future__ import annotations

from test_duty_forms_round6 import _holders, _read

def _duty_holders(body: str, *fragments: str) -> list[set[str]]:
    """Who holds the duties whose words hold each fragment, in the plan with this body."""
    found = _read(body)
    return [_holders(found["duties"], fragment) for fragment in fragments]


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


# --- the frame of documents converted from PDF: front matter, a signing stamp, an unreadable number, OCR'd lines ---

def _document(text: str, name: str = "letter.md"):
    from policykg.graph_builder.pipeline import build_source
    from policykg.graph_builder.read import source_from_string
    media_type = "text/markdown" if name.endswith(".md") else "text/plain"
    return build_source(source_from_string(text, name=name, media_type=media_type)).document


LETTER = ("BỘ TÀI CHÍNH - CONG HÒA XÃ HOI CHỦ NGHĨA VIỆT NAM\nTONG CUC THUE Độc lập — Tự do — Hạnh phúc\n"
          "Số: GIF /TCT-KK Hà Nội, ngày 12 tháng 3 năm 2026\n\nV/v hướng dẫn kê khai thuế điện tử.\n\n"
          "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
          "Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát việc kê khai thuế điện tử.\n\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT, KK.\n\nTL. TỔNG CỤC TRƯỞNG\nKT. CỤC TRƯỞNG CỤC KÊ KHAI\n\nNguyễn Văn An\n")
FRONT = ('---\ntitle: "CV 55 TCT Huong dan"\ncategory: "Tax"\nsource_folder: "."\noriginal_format: "pdf"\n---\n\n'
         "Ký bởi: Tổng cục Thuế\nEmail: tct@example.invalid\n\nCơ quan: Bộ Tài chính\nThời gian ký: 12.03.2026 10:15\n\n")


def test_a_letter_under_front_matter_and_a_signing_stamp_with_an_unreadable_number_has_its_ocrd_issuer():
    info = _document(FRONT + LETTER)
    assert info.kind == "OfficialLetter"
    assert [ref.iri.rsplit("/", 1)[1] for ref in info.issuers] == ["tong-cuc-thue"]


def test_the_deputy_signs_under_two_stacked_modes_without_a_post_line():
    signature, = _document(FRONT + LETTER).signatures
    assert (signature.person, signature.post, signature.mode) == ("Nguyễn Văn An", "Phó Cục trưởng", "KT.")


def test_a_number_spaced_across_a_column_gap_is_read():
    text = ("ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "  TỈNH LÀO CAI                              Độc lập - Tự do - Hạnh phúc\n"
            " Số:   4123     /UBND-NLN                  Lào Cai, ngày 27 tháng 5 năm 2026\n"
            "V/v triển khai trồng rừng\n\nKính gửi: Sở Nông nghiệp và Môi trường.\n\n"
            "Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì triển khai trồng rừng.\n")
    info = _document(text, name="letter.txt")
    assert info.identifier == "4123/UBND-NLN"
    assert [ref.label for ref in info.issuers] == ["Ủy ban nhân dân tỉnh Lào Cai"]


def test_numbered_items_below_a_requesting_paragraph_are_its_addressees_duties_and_examples_are_not():
    body = ("Để thực hiện Kế hoạch số 12/KH-UBND, Ủy ban nhân dân phường yêu cầu Công an phường khẩn trương triển khai "
            "các giải pháp bảo đảm an ninh, cụ thể như sau:\n\n"
            "1. Thực hiện rà soát, phân loại và thường xuyên cập nhật thông tin các cơ sở kinh doanh\ntrên địa bàn "
            "theo các nhóm như:\n\n"
            "- Cơ sở kinh doanh dịch vụ lưu trú\n\n- Cơ sở kinh doanh karaoke\n\n"
            "2. Tăng cường tuần tra, kiểm soát trên địa bàn. Qua đó, kịp thời phát hiện vi phạm.\n\n"
            "Ủy ban nhân dân phường thông báo để các đơn vị biết.\n\n3. Sở Y tế kiểm tra an toàn thực phẩm.\n")
    items, examples, other = _duty_holders(body, "Thực hiện rà soát, phân loại", "Cơ sở kinh doanh karaoke",
                                           "kiểm tra an toàn thực phẩm")
    assert items == {"Công an phường"} == _duty_holders(body, "Tăng cường tuần tra, kiểm soát")[0]
    assert not examples and "Công an phường" not in other


def test_the_party_organs_a_conclusion_addresses_hold_its_duty():
    head = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 12-KL/TW\nHà Nội, ngày 02 tháng 3 năm 2026\n\n"
            "KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề phát triển kinh tế số\n\n")
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n- Các tỉnh uỷ, thành uỷ, các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ\n"
            "trực thuộc Trung ương nghiêm túc quán triệt, triển khai thực hiện Kết luận này.\n")
    found = _read(body, head=head)
    holders = _holders(found["duties"], "nghiêm túc quán triệt")
    assert {"các ban đảng", "các đảng ủy trực thuộc Trung ương"} <= holders, holders


def test_the_body_a_decision_delegates_to_holds_the_task_and_is_the_delegate_named_later():
    body = ("Điều 1. Ủy quyền cho Giám đốc Sở Y tế thành lập Đoàn kiểm tra an toàn thực phẩm trên địa bàn phường.\n\n"
            "Điều 2. Điều kiện ủy quyền\n\n"
            "1. Người được ủy quyền phải thực hiện đúng nội dung đã được ủy quyền.\n\n"
            "2. Báo cáo kết quả thực hiện nhiệm vụ được ủy quyền cho Ủy ban nhân dân phường theo quy định.\n")
    given, referred, reported = _duty_holders(body, "thành lập Đoàn kiểm tra", "thực hiện đúng nội dung đã được ủy quyền",
                                              "theo quy định")
    assert given == referred == {"Sở Y tế"} and not reported - {"Sở Y tế"}


def _document_objectives(body: str) -> set[str]:
    """The objectives of the document (``?document pkg:hasObjective ?o``) of the plan with this body."""
    from documentfacts import predictions_of
    from test_duty_forms_round6 import HEAD
    return predictions_of(HEAD + body, name="plan.md").objectives


def test_a_purpose_that_opens_the_document_is_one_objective_also_when_ocr_misread_its_word():
    body = ("Dé tăng cường công tác thanh tra, kiểm tra hoạt động khoáng sản, nâng cao hiệu quả quản lý nhà nước, Ủy "
            "ban nhân dân phường yêu cầu:\n\n1. Công an phường tuần tra các bến bãi.\n")
    objectives = _document_objectives(body)
    assert any(o.startswith("tăng cường công tác thanh tra, kiểm tra hoạt động khoáng sản, nâng cao") for o in objectives), \
        objectives


def test_the_purpose_of_another_bodys_act_is_not_the_documents():
    body = ("1. Để ngăn ngừa các giao dịch trái phép trên cổng thanh toán quốc tế, Ngân hàng Nhà nước Việt Nam đã yêu "
            "cầu các tổ chức phát hành thẻ rà soát giao dịch.\n")
    assert not any("ngăn ngừa" in o for o in _document_objectives(body))


def test_cue_words_whose_diacritics_ocr_misread_still_give_the_lead_and_the_partner():
    found = _read("I. NHIỆM VỤ\n\n1. Sở Y tế chủ tri, phổi hợp với Sở Tài chính xây dựng kế hoạch phòng dịch.\n\n"
                  "2. Sở Tư pháp có trách nhiêm rà soát văn bản.\n")
    assert _holders(found["leads"], "xây dựng kế hoạch phòng dịch") == {"Sở Y tế"}
    assert frozenset(("Sở Y tế", "Sở Tài chính")) in found["pairs"]
    assert _holders(found["duties"], "rà soát văn bản") == {"Sở Tư pháp"}


def test_the_head_of_a_name_whose_diacritics_ocr_dropped_still_names_the_body():
    labels = _actor_labels("I. NHIỆM VỤ\n\n1. Sở Tư pháp chuẩn bị trình Uy ban Thường vụ Quốc hội dự thảo báo cáo.\n")
    assert "Ủy ban Thường vụ Quốc hội" in labels, labels


def _actor_labels(body: str) -> set[str]:
    from documentfacts import build_source, source_from_string
    from test_duty_forms_round6 import HEAD
    result = build_source(source_from_string(HEAD + body, name="plan.md", media_type="text/markdown"))
    return {m.label for m in result.mentions if m.category == "actor"}


def test_the_italic_grounds_of_a_word_copy_are_no_duties_of_the_issuer():
    head = ("|\n**ỦY BAN NHÂN\nDÂN **\nPHƯỜNG HÒA BÌNH\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\nSố:\n12/QĐ-UBND\n"
            "|\n\n**QUYẾT ĐỊNH**\n\nVề việc ban hành Kế hoạch chuyển đổi số\n\n**ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH**\n\n")
    body = ("*Căn cứ Luật Dữ liệu số\n60/2024/QH15 ngày 30 tháng 11 năm 2024;*\n\n*Căn cứ Luật Quy hoạch ngày 24 tháng 11 "
            "năm 2017 được sửa đổi, bổ sung một số điều;*\n\n**QUYẾT ĐỊNH:**\n\n"
            "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số.\n")
    found = _read(body, head=head)
    assert not any("Căn cứ" in text or "60/2024" in text for _, text in found["duties"]), found["duties"]


def test_the_old_pages_number_above_a_page_marker_is_layout_and_the_sentence_goes_on():
    body = ("I. NHIỆM VỤ\n\n1. Sở Công Thương:\n\n- Tăng cường kiểm tra, xử lý nghiêm các trường hợp buôn lậu, gian lận "
            "thương mại,\nđầu cơ găm hàng, gây khan hiếm giả tạo, nhất là các mặt hàng thiết yếu trong phòng chống dịch như "
            "khẩu\n\n4\n\n\n--- PAGE BREAK ---\n\ntrang, nước rửa tay khô.\n\n- Theo dõi sát diễn biến thị trường.\n")
    duties = _read(body)["duties"]
    assert _holders(duties, "Tăng cường kiểm tra, xử lý nghiêm") == {"Sở Công Thương"}
    assert any("khẩu" in text and "trang, nước rửa tay" in text for _, text in duties), duties
    assert not any(text.strip() == "4" or text.startswith("trang") for _, text in duties), duties


def test_a_notice_of_conclusions_assigns_in_plain_sentences_inside_its_numbered_items():
    head = ("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 12/TB-VPCP\nHà Nội, ngày 10 tháng 3 năm 2026\n\nTHÔNG BÁO\n"
            "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG VỀ ĐỀ ÁN THỊ TRƯỜNG DỮ LIỆU\n\n")
    body = ("Ngày 05 tháng 3 năm 2026, Phó Thủ tướng chủ trì cuộc họp về Đề án.\n\n"
            "1. Thời gian qua, Bộ Tài chính đã nghiêm túc thực hiện ý kiến chỉ đạo của Lãnh đạo Chính phủ.\n\n"
            "2. Bộ Tài chính hoàn thiện Đề án. Trong đó chú ý một số nội dung sau:\n\n- Về khung pháp lý:\n\n"
            "Bộ Tài chính nghiên cứu kỹ lưỡng quy định của pháp luật hiện hành, trao đổi với Bộ Tư pháp.\n")
    duties = _read(body, head=head)["duties"]
    assert _holders(duties, "nghiên cứu kỹ lưỡng quy định") == {"Bộ Tài chính"}
    assert not _holders(duties, "nghiêm túc thực hiện ý kiến chỉ đạo")


def test_lettered_items_under_topic_items_below_a_letters_requesting_paragraph_are_the_addressees():
    body = ("        Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP về bảo\n"
            "vệ an ninh mạng trên không gian mạng quốc gia.\n"
            "        Để triển khai thực hiện các quy định mới được ban hành, Ủy ban nhân dân phường\n"
            "đề nghị Công an phường quán triệt và thực hiện các quy định tại các văn bản nêu trên,\n"
            "trong đó lưu ý một số nhiệm vụ chủ yếu thuộc phạm vi quản lý, cụ thể như sau:\n"
            "        1. Về an ninh mạng\n"
            "        a) Rà soát các điểm truy cập internet công cộng trên địa bàn phường.\n"
            "        b) Tổng hợp kết quả kiểm tra gửi Ủy ban nhân dân phường trước ngày 30 tháng 6\n"
            "hằng năm.\n        2. Về trật tự đô thị\n        a) Tuần tra các tuyến phố chính.\n")
    head = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n\nSố: 88/UBND-VP\nHòa Bình, ngày 05 tháng 5 năm 2026\n\n"
            "V/v triển khai các quy định mới\n\nKính gửi: Công an phường.\n\n")
    duties = _read(body, head=head)["duties"]
    holders = [_holders(duties, f) for f in ("Rà soát các điểm truy cập", "Tổng hợp kết quả kiểm tra", "Tuần tra các")]
    assert holders == [{"Công an phường"}] * 3, holders


def test_holders_listed_with_semicolons_before_one_verb_hold_the_duty():
    body = ("I. NHIỆM VỤ\n\n1. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường theo chức năng, nhiệm vụ được giao tiếp tục "
            "triển khai quyết liệt các nhiệm vụ, giải pháp về chuyển đổi số.\n")
    holders = _duty_holders(body, "tiếp tục triển khai quyết liệt")[0]
    assert len(holders) == 2 and any(h.startswith("Ủy ban nhân dân") for h in holders), holders


def test_a_signing_stamp_is_blanked_only_above_the_document_not_under_its_signature():
    info = _document(LETTER.replace("Nguyễn Văn An\n", "Nguyễn Văn An\n\nNgười ký: Nguyễn Văn An\nThời gian ký: 12.03.2026\n"),
                     name="letter.txt")
    assert [s.person for s in info.signatures] == ["Nguyễn Văn An"]
