"""Coordination pairs and leads in sentence forms that lose them between bodies the builder finds (issue 9, round 16,
`pairs16`): a remit named with its owner and a second source ("trong phạm vi chức năng, nhiệm vụ của tổ chức mình
và theo điều lệ ...") between the subjects and "có trách nhiệm phối hợp với"; the lead marked in brackets after the
partner ("Y phối hợp với X (cơ quan chủ trì) ..."); two leads of two tasks in one sentence parted by a comma. The
probes tests/data/genre/probe16p/p16-* hold such forms in whole documents. Every text here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Điện Biên"
TOP = "\n\n".join(("ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN", "Số: 204/KH-UBND", "Điện Biên Phủ, ngày 14 tháng 10 năm 2026",
                   "KẾ HOẠCH", "Phát triển du lịch nông thôn gắn với xây dựng nông thôn mới giai đoạn 2026 - 2030",
                   "IV. TỔ CHỨC THỰC HIỆN", ""))

REMITS = ("1. Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh trong phạm vi chức năng, nhiệm vụ của tổ chức mình có trách "
          "nhiệm phối hợp với Sở Văn hóa, Thể thao và Du lịch vận động hộ dân làm du lịch.\n\n2. Tỉnh đoàn, Hội Cựu "
          "chiến binh tỉnh trong phạm vi chức năng, nhiệm vụ của đơn vị mình và theo điều lệ của tổ chức có trách "
          "nhiệm phối hợp với Sở Nông nghiệp và Môi trường giữ gìn cảnh quan làng bản.\n\n3. Liên minh Hợp tác xã "
          "tỉnh theo chức năng, nhiệm vụ của tổ chức mình và quy định tại Nghị định số 45/2021/NĐ-CP có trách nhiệm "
          "phối hợp với Sở Tài chính hỗ trợ hợp tác xã du lịch.\n")
MARKED_LEAD = ("1. Sở Công Thương phối hợp với Sở Văn hóa, Thể thao và Du lịch (cơ quan chủ trì) tổ chức hội chợ sản vật "
               "vùng cao.\n\n2. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh phối hợp với Ủy ban nhân dân huyện Mường Nhé "
               "(chủ trì) bảo đảm an ninh tại các bản du lịch cộng đồng.\n")
LEAD_THEN_PARTNER = "1. Sở Xây dựng chủ trì lập quy hoạch điểm du lịch, Sở Tài chính phối hợp thẩm định dự toán.\n"
TWO_LEADS = ("1. Sở Khoa học và Công nghệ chủ trì xây dựng ứng dụng bản đồ du lịch số, Sở Nội vụ chủ trì bồi dưỡng kỹ "
             "năng cho cán bộ văn hóa xã.\n\n2. Sở Tư pháp chủ trì rà soát thủ tục đăng ký homestay, Sở Xây dựng và "
             "Công an tỉnh làm đầu mối kiểm tra an toàn cháy nổ các cơ sở lưu trú.\n")
CO_LEAD = "1. Sở Y tế chủ trì, Sở Giáo dục và Đào tạo đồng chủ trì tổ chức khám sức khỏe cho học sinh bán trú.\n"


def test_a_remit_named_with_its_owner_and_a_second_source_stands_between_subjects_and_partner_word():
    facts = facts_of(TOP + REMITS, drop_suffix=PLACE)
    # before, the words of the remit after "nhiệm vụ" ("của tổ chức mình", "và theo điều lệ ...") parted the subjects
    # from "có trách nhiệm phối hợp với": no pair at all
    assert frozenset(("Hội Nông dân", "Sở Văn hóa, Thể thao và Du lịch")) in facts["pairs"]
    assert frozenset(("Hội Liên hiệp Phụ nữ", "Sở Văn hóa, Thể thao và Du lịch")) in facts["pairs"]
    assert frozenset(("Tỉnh đoàn Điện Biên", "Sở Nông nghiệp và Môi trường")) in facts["pairs"]
    assert frozenset(("Hội Cựu chiến binh", "Sở Nông nghiệp và Môi trường")) in facts["pairs"]
    assert frozenset(("Liên minh Hợp tác xã", "Sở Tài chính")) in facts["pairs"]
    assert "Hội Nông dân" in holders(facts["duties"], "vận động hộ dân làm du lịch")


def test_the_partner_marked_as_lead_leads_and_the_subject_cooperates():
    facts = facts_of(TOP + MARKED_LEAD, drop_suffix=PLACE)
    # before, the marked body led the task alone and the subject before "phối hợp với" was no one's partner
    assert frozenset(("Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch")) in facts["pairs"]
    assert holders(facts["leads"], "tổ chức hội chợ sản vật") == {"Sở Văn hóa, Thể thao và Du lịch"}
    assert frozenset(("Công an", "Ủy ban nhân dân huyện Mường Nhé")) in facts["pairs"]
    assert frozenset(("Bộ Chỉ huy Quân sự", "Ủy ban nhân dân huyện Mường Nhé")) in facts["pairs"]
    assert holders(facts["leads"], "bảo đảm an ninh tại các bản") == {"Ủy ban nhân dân huyện Mường Nhé"}


def test_a_subject_that_cooperates_with_a_lead_named_before_it_is_read_as_before():
    facts = facts_of(TOP + LEAD_THEN_PARTNER, drop_suffix=PLACE)
    assert holders(facts["leads"], "lập quy hoạch điểm du lịch") == {"Sở Xây dựng"}
    assert frozenset(("Sở Xây dựng", "Sở Tài chính")) in facts["pairs"]


def test_two_leads_of_two_tasks_in_one_sentence_each_lead_their_own():
    facts = facts_of(TOP + TWO_LEADS, drop_suffix=PLACE)
    # before, the second body's lead was lost inside the first lead's task
    assert holders(facts["leads"], "bồi dưỡng kỹ năng cho cán bộ") == {"Sở Nội vụ"}
    assert holders(facts["leads"], "xây dựng ứng dụng bản đồ du lịch số") == {"Sở Khoa học và Công nghệ"}
    assert holders(facts["leads"], "kiểm tra an toàn cháy nổ") == {"Sở Xây dựng", "Công an"}
    # two leads of two tasks are no pair
    assert frozenset(("Sở Khoa học và Công nghệ", "Sở Nội vụ")) not in facts["pairs"]


def test_a_co_lead_after_a_comma_does_not_cut_the_lead_from_its_task():
    # "đồng chủ trì" joins the lead before it: the sentence is not parted into two leads' clauses
    assert "Sở Y tế" in holders(facts_of(TOP + CO_LEAD, drop_suffix=PLACE)["leads"], "tổ chức khám sức khỏe")


NATIONAL = "\n\n".join(("CHÍNH PHỦ", "Số: 77/NQ-CP", "Hà Nội, ngày 09 tháng 11 năm 2026", "NGHỊ QUYẾT",
                        "Về các giải pháp phục hồi ngành hàng không", ""))
OCR_DOMAINS = ("1. Bộ Xây dựng chủ trì, phối hợp các Bộ: Tài chinh, Văn hoa, Thể thao và Du lịch, Công An và các cơ quan "
               "liên quan rà soát phí cảng hàng không.\n")
OCR_DOT = ("1. Bộ Giáo dục và Đào tạo chủ trì, phối hợp với các Bộ: Nông nghiệp và Môi. trường, Y tế tổ chức bữa ăn "
           "học đường.\n")
DELEGATED_HEADING = ("## Sở Nội vụ (Giao Phòng Công chức, viên chức)\n\n- Chủ trì, phối hợp với Sở Tài chính xây dựng "
                     "khung năng lực cho cán bộ văn hóa xã.\n")


def test_a_list_of_ministries_keeps_a_domain_whose_diacritics_ocr_lost():
    facts = facts_of(NATIONAL + OCR_DOMAINS)
    # before, "Tài chinh" and "Văn hoa, ..." matched no ministry of the vocabulary and ended the list: no partner
    assert frozenset(("Bộ Xây dựng", "Bộ Tài chính")) in facts["pairs"]
    assert frozenset(("Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch")) in facts["pairs"]
    assert frozenset(("Bộ Xây dựng", "Bộ Công an")) in facts["pairs"]


def test_a_dot_that_ocr_put_inside_a_ministry_does_not_end_the_list():
    facts = facts_of(NATIONAL + OCR_DOT)
    # before, the dot in "Môi. trường" ended the list of ministries: no partner
    assert frozenset(("Bộ Giáo dục và Đào tạo", "Bộ Nông nghiệp và Môi trường")) in facts["pairs"]
    assert frozenset(("Bộ Giáo dục và Đào tạo", "Bộ Y tế")) in facts["pairs"]


def test_a_heading_that_gives_its_work_to_a_unit_heads_the_items_below_it():
    facts = facts_of(TOP + DELEGATED_HEADING, drop_suffix=PLACE)
    # before, the bracket after the body kept the line from heading the bullet: no lead, no pair
    assert holders(facts["leads"], "xây dựng khung năng lực") >= {"Sở Nội vụ"}
    assert frozenset(("Sở Nội vụ", "Sở Tài chính")) in facts["pairs"]
