"""Forms of duty, lead and cooperation the builder missed (issue 9, round 24, `duties24`): manner words before "phối
hợp" ("X chủ động phối hợp với Y"), a bullet before an item's number ("- a) Cơ quan chủ trì: ..."), the item markers
of OCR'd plans ("B)", "6 b)", "a) a)", "á)") and "X phối hợp <work> với Y". Every text here is invented; the forms are
those of dev A's plans (kh-70-2025-can-tho, an OCR'd plan) and decisions.
"""

from __future__ import annotations

from documentfacts import facts_of

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Thực hiện công tác dân vận năm 2026

"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Long An")


def _pair(a: str, b: str) -> frozenset:
    return frozenset((a, b))


# --- 2. a bullet before an item's number ---------------------------------------------------------------------------

BULLETED_ROLES = """\
1. Tổ chức tuyên truyền pháp luật về dân chủ ở cơ sở.
- a) Cơ quan chủ trì: Sở Dân tộc;
- b) Cơ quan phối hợp: Sở Tư pháp.

2. Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở.
• a) Cơ quan chủ trì: Sở Y tế;
+ b) Cơ quan phối hợp: Sở Tài chính.
"""


def test_a_bullet_before_the_letter_of_a_role_line_is_read_as_the_bullet_alone():
    found = _facts(BULLETED_ROLES)
    assert ("Sở Dân tộc", "Tổ chức tuyên truyền pháp luật về dân chủ ở cơ sở") in found["leads"]
    assert ("Sở Y tế", "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở") in found["leads"]
    assert {_pair("Sở Dân tộc", "Sở Tư pháp"), _pair("Sở Y tế", "Sở Tài chính")} <= found["pairs"]


def test_a_bullet_before_a_number_leaves_the_item_s_text_without_its_marker():
    found = _facts("1. Sở Nội vụ:\n- a) Chủ trì rà soát các văn bản về dân vận;\n- b) Phối hợp với Sở Tư pháp hướng dẫn "
                   "các xã.\n")
    assert ("Sở Nội vụ", "Chủ trì rà soát các văn bản về dân vận") in found["leads"]


# --- 3. item markers as OCR read them ------------------------------------------------------------------------------

OCR_ROLES = """\
1. Rà soát các văn bản quy phạm pháp luật về dân vận.
a) Cơ quan chủ trì: Sở Nội vụ;
6 b) Cơ quan phối hợp: Sở Tư pháp;
C) Thời gian thực hiện: Quý II/2026.

2. Nâng cao hiệu quả công tác tiếp công dân.
a) a) Cơ quan chủ trì: Thanh tra tỉnh;
B) Cơ quan phối hợp: Sở Xây dựng;
c) Thời gian thực hiện: Thường xuyên.

3. Giám sát việc thực hiện dân chủ ở cơ sở.
á) Cơ quan chủ trì: Sở Công Thương;
b) Cơ quan phối hợp: Sở Giáo dục và Đào tạo.
"""


def test_ocr_d_item_letters_are_read_as_the_letters_they_are():
    found = _facts(OCR_ROLES)
    assert {_pair("Sở Nội vụ", "Sở Tư pháp"), _pair("Thanh tra", "Sở Xây dựng"),
            _pair("Sở Công Thương", "Sở Giáo dục và Đào tạo")} <= found["pairs"]
    assert ("Thanh tra", "Nâng cao hiệu quả công tác tiếp công dân") in found["leads"]
    assert ("Sở Công Thương", "Giám sát việc thực hiện dân chủ ở cơ sở") in found["leads"]


def test_capital_letters_a_document_numbers_its_parts_with_stay_capitals():
    from policykg.graph_builder.itemmarkers import repair_item_markers
    text = "A) PHẦN MỘT\na) Rà soát\nB) PHẦN HAI\nC) PHẦN BA\n"
    chars = list(text)
    repair_item_markers(text, chars)
    assert "".join(chars) == text


# --- 1. manner words before (and after) "phối hợp" -----------------------------------------------------------------

def test_the_holder_pairs_with_the_partner_across_manner_words_after_a_fronted_phrase():
    found = _facts("1. Trong quá trình thực hiện, Công an tỉnh chủ động, tích cực phối hợp với Sở Y tế kiểm tra các "
                   "cơ sở kinh doanh.\n2. Khi có vụ việc, Sở Xây dựng thường xuyên và chặt chẽ phối hợp với Sở Tài "
                   "chính xử lý.\n")
    assert {_pair("Công an", "Sở Y tế"), _pair("Sở Xây dựng", "Sở Tài chính")} <= found["pairs"]


def test_manner_words_between_phoi_hop_and_voi_leave_the_partner_a_partner():
    found = _facts("1. Sở Y tế phối hợp thường xuyên với Công an tỉnh kiểm tra các cơ sở.\n2. Sở Xây dựng chủ động "
                   "phối hợp chặt chẽ, kịp thời với Sở Tài chính xử lý vi phạm.\n")
    assert {_pair("Công an", "Sở Y tế"), _pair("Sở Xây dựng", "Sở Tài chính")} <= found["pairs"]


def test_tiep_tuc_is_no_manner_word():
    from policykg.graph_builder.dutycues import manner_start
    low = "trong năm, công an tỉnh tiếp tục phối hợp với sở y tế"
    assert manner_start(low, 0, low.index("phối")) == low.index("phối")
    low = "trong năm, công an tỉnh kịp thời phối hợp với sở y tế"
    assert manner_start(low, 0, low.index("phối")) == low.index("kịp")


# --- 4. "X phối hợp <work> với Y" ------------------------------------------------------------------------------------

def test_the_partner_after_the_work_of_a_bare_phoi_hop_is_a_partner():
    found = _facts("1. Sở Y tế phối hợp tổ chức kiểm tra với Công an tỉnh các cơ sở kinh doanh thực phẩm.\n"
                   "2. Sở Xây dựng chủ trì, phối hợp rà soát với các sở, ngành liên quan.\n")
    assert _pair("Sở Y tế", "Công an") in found["pairs"]
    assert ("Sở Xây dựng", "Sở Xây dựng chủ trì, phối hợp rà soát với các sở, ngành liên quan.") in found["leads"]
    assert any("Sở Xây dựng" in p and len(p) == 2 for p in found["pairs"])


def test_doi_voi_after_the_work_names_no_partner():
    found = _facts("1. Sở Y tế phối hợp xử lý vi phạm đối với Công an tỉnh.\n")
    assert _pair("Sở Y tế", "Công an") not in found["pairs"]


def test_b_read_as_six_after_an_item_a_is_the_item_b():
    found = _facts("1. Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở.\na) Cơ quan chủ trì: Sở Nội vụ;\n6) Cơ quan "
                   "phối hợp: Sở Tư pháp.\n\n2. Rà soát văn bản.\n5) Bố trí kinh phí.\n6) Báo cáo kết quả.\n")
    assert _pair("Sở Nội vụ", "Sở Tư pháp") in found["pairs"]
    from policykg.graph_builder.itemmarkers import repair_item_markers
    text = "4) Bố trí kinh phí.\n5) Báo cáo.\n6) Tổng kết.\n"
    chars = list(text)
    repair_item_markers(text, chars)
    assert "".join(chars) == text


# --- 5. the body "cấp tổ chức hội nghị hiệp thương" (the largest class of missed leads of real-tune's guidance) ------

GUIDANCE = """\
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN
BAN THƯỜNG TRỰC
Số: 07/HD-MTTQ-BTT
Long An, ngày 5 tháng 8 năm 2026

HƯỚNG DẪN
Quy trình hiệp thương lựa chọn, giới thiệu người ứng cử

1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các cấp tổ chức hội nghị hiệp thương lần thứ nhất.
2. Ngay sau hội nghị hiệp thương lần thứ hai, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị
hiệp thương chủ trì cuộc họp với người phụ trách công tác tổ chức cán bộ của các cơ quan có người ứng cử.
3. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương triệu tập và chủ trì hội nghị.
"""


def test_the_body_at_the_level_that_holds_the_meeting_is_the_body_at_every_level():
    leads = facts_of(GUIDANCE)["leads"]
    every = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các cấp"
    assert any(holder == every and "chủ trì cuộc họp" in text for holder, text in leads)
    assert any(holder == every and "triệu tập và chủ trì hội nghị" in text for holder, text in leads)


def test_a_later_phoi_hop_with_its_partner_right_after_it_gives_the_holder_that_partner():
    found = facts_of("ỦY BAN NHÂN DÂN TỈNH LONG AN\nSố: 63/2026/QĐ-UBND\nLong An, ngày 5 tháng 8 năm 2026\n\nQUY CHẾ\n"
                     "Phối hợp quản lý người nước ngoài\n\nĐiều 17. Ban Quản lý các Khu công nghiệp\n1. Phối hợp với "
                     "Công an tỉnh rà soát cư trú của người nước ngoài; chủ trì công tác tuyên truyền; phối hợp Sở Xây "
                     "dựng tham mưu Ủy ban nhân dân tỉnh chỉ đạo quy hoạch cơ sở lưu trú.\n", drop_suffix=" tỉnh Long An")
    assert _pair("Ban Quản lý các Khu công nghiệp", "Sở Xây dựng") in found["pairs"]


def test_cue_words_spread_by_justified_text_are_read():
    found = _facts("1. Sở Khoa học và Công nghệ thống nhất quản lý,  chủ  trì  triển  khai  thực hiện nội dung Chương "
                   "trình.\n2. Sở Y tế  phối  hợp  với Sở Tư pháp kiểm tra các cơ sở.\n")
    assert any(holder == "Sở Khoa học và Công nghệ" for holder, _ in found["leads"])
    assert _pair("Sở Y tế", "Sở Tư pháp") in found["pairs"]


def test_a_body_named_by_a_lower_case_plural_ends_at_a_comma_before_another_body():
    found = _facts("II. CÔNG TÁC TUYÊN TRUYỀN\n\n1. Nội dung, biện pháp\n\na) Tổ chức tuyên truyền về công tác tìm kiếm, "
                   "quy tập hài cốt liệt sĩ.\n\n2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Ban Chỉ đạo các "
                   "quân khu, Bộ Ngoại giao.\n\nb) Cơ quan phối hợp\n\n- Sở Tư pháp.\n")
    assert _pair("Ban Chỉ đạo các quân khu", "Bộ Ngoại giao") in found["pairs"]
    assert _pair("Ban Chỉ đạo các quân khu", "Sở Tư pháp") in found["pairs"]


def test_a_committee_named_by_its_head_first_in_a_joint_meeting_takes_the_list_s_level():
    found = facts_of(GUIDANCE + "4. Người ứng cử đang công tác tại cấp xã thì việc tổ chức hội nghị lấy ý kiến cử tri được "
                     "thực hiện tại hội nghị liên tịch giữa Đảng ủy, Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Ủy "
                     "ban Mặt trận Tổ quốc, tổ chức chính trị - xã hội cấp xã.\n")
    assert any("đảng ủy xã" in pair and "Ủy ban nhân dân cấp xã" in pair for pair in found["pairs"])
