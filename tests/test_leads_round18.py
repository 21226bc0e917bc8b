"""Leads and coordination pairs in duty sentences of the genre that lost them (issue 9, round 18, `leads18`): the
partner named after "với sự tham gia của" / "có sự tham gia của" (as "với sự phối hợp của"), and the lead named by
"chịu trách nhiệm chính" / "chịu trách nhiệm chung" (the body that answers first for the task leads it). Every text
here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Sơn La"
TOP = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA

Số: 311/KH-UBND

Sơn La, ngày 9 tháng 11 năm 2026

KẾ HOẠCH

Ứng phó sạt lở đất vùng lòng hồ thủy điện mùa mưa năm 2027

III. PHÂN CÔNG NHIỆM VỤ

"""
TAKING_PART = """\
1. Sở Giáo dục và Đào tạo chủ trì diễn tập sơ tán học sinh khỏi điểm trường có nguy cơ sạt lở, với sự tham gia của \
Bộ Chỉ huy Quân sự tỉnh và Hội Chữ thập đỏ tỉnh.

2. Giao Sở Xây dựng chủ trì khảo sát nền móng nhà văn hóa bản ven hồ, có sự tham gia của Sở Khoa học và Công nghệ.

3. Sở Văn hóa, Thể thao và Du lịch nâng cao sự tham gia của Hội Nông dân tỉnh trong việc giữ rừng đầu nguồn.
"""
ANSWERS_FIRST = """\
1. Sở Nông nghiệp và Môi trường chịu trách nhiệm chính trong việc cắm biển cảnh báo tại các taluy dương, phối hợp \
với Công an tỉnh.

2. Đài Phát thanh và Truyền hình tỉnh chịu trách nhiệm chung về phát bản tin cảnh báo mưa lũ.

3. Sở Tài chính chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc cấp phát kinh phí di dời hộ dân.
"""


def test_bodies_named_after_with_the_participation_of_are_the_leads_partners():
    facts = facts_of(TOP + TAKING_PART, drop_suffix=PLACE)
    # before, "với sự tham gia của" / "có sự tham gia của" named no partner: the lead led alone
    assert frozenset(("Sở Giáo dục và Đào tạo", "Bộ Chỉ huy Quân sự")) in facts["pairs"]
    assert frozenset(("Sở Giáo dục và Đào tạo", "Hội Chữ thập đỏ")) in facts["pairs"]
    assert frozenset(("Sở Xây dựng", "Sở Khoa học và Công nghệ")) in facts["pairs"]
    assert holders(facts["leads"], "diễn tập sơ tán học sinh") == {"Sở Giáo dục và Đào tạo"}
    # "nâng cao sự tham gia của Y": Y's taking part is the aim, Y works with no one here
    assert not any("Hội Nông dân" in pair for pair in facts["pairs"])


def test_the_body_that_answers_first_for_a_task_leads_it():
    facts = facts_of(TOP + ANSWERS_FIRST, drop_suffix=PLACE)
    # before, "chịu trách nhiệm chính / chung" gave a duty and no lead
    assert holders(facts["leads"], "cắm biển cảnh báo tại các taluy") == {"Sở Nông nghiệp và Môi trường"}
    assert frozenset(("Sở Nông nghiệp và Môi trường", "Công an")) in facts["pairs"]
    assert holders(facts["leads"], "phát bản tin cảnh báo mưa lũ") == {"Đài Phát thanh và Truyền hình"}
    # answering to someone ("chịu trách nhiệm trước ...") is a duty, not a lead
    assert not holders(facts["leads"], "cấp phát kinh phí di dời")
    assert "Sở Tài chính" in holders(facts["duties"], "cấp phát kinh phí di dời")


# two division-of-labour tables under one heading, a blank line apart, each with its own header (one per group of
# tasks; the second with a column of the leaders in charge before the lead column)
TWO_TABLES_MD = """\
| TT | Việc cần làm | Đơn vị thực hiện | Thời gian |
|----|--------------|------------------|-----------|
| 1 | Gia cố kè đá bờ suối Nậm La | Ban Quản lý dự án đầu tư xây dựng tỉnh | Quý I/2027 |

| STT | Nội dung | Lãnh đạo phụ trách | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |
|:---:|----------|--------------------|-----------------|------------------|----------|
| 1 | Di dời hộ dân khỏi vùng nguy hiểm | Phó Chủ tịch Hoàng Văn Tiến | Sở Xây dựng | Ủy ban nhân dân huyện Mường La | Tháng 5/2027 |
"""
TWO_TABLES_HTML = """<html><body><p>ỦY BAN NHÂN DÂN TỈNH SƠN LA</p><p>Số: 311/KH-UBND</p>
<p>Sơn La, ngày 9 tháng 11 năm 2026</p><p>KẾ HOẠCH</p><p>Ứng phó sạt lở đất mùa mưa năm 2027</p>
<p>III. PHÂN CÔNG NHIỆM VỤ</p>
<table><tr><td>TT</td><td>Việc cần làm</td><td>Đơn vị thực hiện</td><td>Thời gian</td></tr>
<tr><td>1</td><td>Gia cố kè đá bờ suối Nậm La</td><td>Sở Nông nghiệp và Môi trường</td><td>Quý I/2027</td></tr></table>
<table><tr><td>STT</td><td>Nội dung</td><td>Lãnh đạo phụ trách</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td>
<td>Thời hạn</td></tr><tr><td>1</td><td>Di dời hộ dân khỏi vùng nguy hiểm</td><td>Phó Chủ tịch Hoàng Văn Tiến</td>
<td>Sở Xây dựng</td><td>Ủy ban nhân dân huyện Mường La</td><td>Tháng 5/2027</td></tr></table></body></html>
"""


def test_a_second_table_below_another_reads_by_its_own_header():
    for text, name in ((TOP + TWO_TABLES_MD, "plan.md"), (TWO_TABLES_HTML, "plan.html")):
        facts = facts_of(text, name=name, drop_suffix=PLACE)
        # before, the second header was a row of the first table: its "Lãnh đạo phụ trách" cell stood in the column
        # of those who carry tasks out, and the rows below were read by the first table's columns
        assert holders(facts["leads"], "Di dời hộ dân khỏi vùng") == {"Sở Xây dựng"}, name
        assert frozenset(("Sở Xây dựng", "Ủy ban nhân dân huyện Mường La")) in facts["pairs"], name
        assert not holders(facts["leads"], "Nội dung"), name


# a plain copy wrapped at a fixed width: a numbered item's first line ends inside a partner's name whose last words
# are in lower case ("Ban Thường trực" / "Ủy ban Mặt trận ..."), and the next line opens with the name's rest
WRAPPED = """\
ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG LA
Số: 88/KH-UBND
Mường La, ngày 2 tháng 12 năm 2026
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các bản vùng lòng hồ năm 2027
Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân huyện ban hành Kế hoạch
tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các bản vùng lòng hồ như sau:
1. Ủy ban nhân dân huyện giao Phòng Dân tộc chủ trì, phối hợp với Ban Thường trực
Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Huyện đoàn chọn bản tổ chức điểm ngày hội,
báo cáo kết quả trước ngày 15/11/2027.
2. Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ủy ban MTTQ Việt Nam huyện, Huyện đoàn
Hội Liên hiệp Phụ nữ huyện dựng các tiết mục văn nghệ của đồng bào các dân tộc bản địa.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Thắm
"""


def test_a_partner_name_the_wrap_cut_after_its_words_in_lower_case_goes_on_over_the_line():
    facts = facts_of(WRAPPED, drop_suffix=" huyện Mường La")
    # before, the line ended the sentence at "Ban Thường trực": the lead lost its partners, and the next line's bodies
    # held the task as its subjects
    assert holders(facts["leads"], "chọn bản tổ chức điểm ngày hội") == {"Phòng Dân tộc"}
    assert frozenset(("Phòng Dân tộc", "Huyện đoàn Mường La")) in facts["pairs"]
    assert any("Phòng Dân tộc" in pair and any(x.startswith("Ban Thường trực") for x in pair) for pair in facts["pairs"])
    # a line that ends with a whole name ("Huyện đoàn") before another name stays parted there, as before: the two
    # names are never read as one
    assert not any("Huyện đoàn" in x and "Hội Liên hiệp" in x for pair in facts["pairs"] for x in pair)


# a Party committee's plan numbers its parts with a dash, two levels deep ("II-", "1-", "1.1-")
PARTY_DASHES = """\
ĐẢNG BỘ TỈNH SƠN LA
HUYỆN ỦY MƯỜNG LA
Số 41-KH/HU
Mường La, ngày 5 tháng 12 năm 2026
KẾ HOẠCH
thực hiện phong trào "Bản làng không ma túy" giai đoạn 2027 - 2030
II- TỔ CHỨC THỰC HIỆN
1- Các ban xây dựng Đảng của Huyện ủy
1.1- Ban Tổ chức Huyện ủy
a) Chủ trì, phối hợp với Công an huyện rà soát đảng viên ở các bản giáp ranh.
b) Là cơ quan thường trực giúp Ban Thường vụ Huyện ủy sơ kết phong trào hằng năm.
1.2- Ban Tuyên giáo Huyện ủy
Phối hợp với Trung tâm Văn hóa huyện in tài liệu tuyên truyền bằng tiếng Thái.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Cầm Văn Ơn
"""


def test_parts_numbered_with_a_dash_two_levels_deep_head_their_items():
    facts = facts_of(PARTY_DASHES, drop_suffix=" huyện Mường La")
    # before, "1.1-" numbered nothing: the heading naming the body was no heading, its items had no holder
    assert holders(facts["leads"], "rà soát đảng viên ở các bản") == {"Ban Tổ chức Huyện ủy Mường La"}
    assert frozenset(("Ban Tổ chức Huyện ủy Mường La", "Công an")) in facts["pairs"]
    assert holders(facts["leads"], "sơ kết phong trào hằng năm") == {"Ban Tổ chức Huyện ủy Mường La"}
    assert "Ban Tuyên giáo Huyện ủy Mường La" in holders(facts["duties"], "in tài liệu tuyên truyền")


ROTATING = ("1. Hai bên họp giao ban mỗi quý một lần, luân phiên chủ trì; Sở Nông nghiệp và Môi trường chủ trì cuộc họp "
            "quý I năm 2027 tại bản Nậm Giôn.\n")


def test_chairing_in_turn_leaves_the_lead_to_the_clause_that_names_one():
    facts = facts_of(TOP + ROTATING, drop_suffix=PLACE)
    # before, "luân phiên chủ trì" (no body before it) took the sentence's lead word and the named lead was lost
    assert holders(facts["leads"], "cuộc họp quý I năm 2027") == {"Sở Nông nghiệp và Môi trường"}


IN_ORDER = ("1. Ba bên tổ chức diễn tập ứng cứu sạt lở mỗi năm một lần (trước ngày 30 tháng 4), luân phiên chủ trì theo "
            "thứ tự: Bộ Chỉ huy Quân sự tỉnh, Sở Nông nghiệp và Môi trường, Công an tỉnh.\n")


def test_bodies_that_chair_in_a_stated_order_each_lead_the_task():
    facts = facts_of(TOP + IN_ORDER, drop_suffix=PLACE)
    # before, the sentence named no holder before its verb ("Ba bên ...") and the order after "luân phiên chủ trì" was
    # read as no one's: a requirement of nobody
    assert holders(facts["leads"], "diễn tập ứng cứu sạt lở") == {
        "Bộ Chỉ huy Quân sự", "Sở Nông nghiệp và Môi trường", "Công an"}
    assert frozenset(("Bộ Chỉ huy Quân sự", "Công an")) in facts["pairs"]
    assert any("diễn tập ứng cứu sạt lở" in task for task, _ in facts["dated"])   # its time kept


# a role block below the last of several sub-items that name no holder closes the run: each takes its roles; where
# each sub-item has its own block, each keeps its own
BLOCK_BELOW_RUN = """\
2. Công tác cảnh báo sớm

2.1. Xây dựng bản đồ vùng nguy cơ sạt lở, dán tại nhà văn hóa các bản.

2.2. Lắp loa cảnh báo tại các điểm dân cư ven suối.

- Thời gian thực hiện: Quý I/2027.

- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường

- Đơn vị phối hợp: Đài Phát thanh và Truyền hình tỉnh.

3. Công tác di dời

3.1. Lập danh sách hộ phải di dời khẩn cấp.

- Đơn vị chủ trì: Sở Xây dựng

3.2. Bố trí đất tái định cư cho các hộ di dời.

- Đơn vị chủ trì: Sở Tài chính
"""


def test_a_block_below_a_run_of_sub_items_gives_each_of_them_its_roles():
    facts = facts_of(TOP.replace("III. PHÂN CÔNG NHIỆM VỤ", "II. NHIỆM VỤ CỤ THỂ") + BLOCK_BELOW_RUN, drop_suffix=PLACE)
    # before, only the last sub-item above the block ("2.2.") had its lead and partner
    assert holders(facts["leads"], "Xây dựng bản đồ vùng nguy cơ") == {"Sở Nông nghiệp và Môi trường"}
    assert holders(facts["leads"], "Lắp loa cảnh báo") == {"Sở Nông nghiệp và Môi trường"}
    assert "Đài Phát thanh và Truyền hình" in holders(facts["duties"], "Xây dựng bản đồ vùng nguy cơ")
    # a sub-item with a block of its own keeps its own lead
    assert holders(facts["leads"], "Lập danh sách hộ") == {"Sở Xây dựng"}
    assert holders(facts["leads"], "Bố trí đất tái định cư") == {"Sở Tài chính"}
