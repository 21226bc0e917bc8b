"""Plans that name who carries each task out (issue 9, round 13, `plans13`): an appendix table whose one "Thực hiện"
column names the bodies of each activity, its year and time cells merged over the rows below them, and the label
"Cơ quan thực hiện:" under a task. Every body so named carries the task out as a co-lead (GUIDELINES.md: two
co-leads of one task are a pair) unless the list marks its lead ("(chủ trì)", "Chủ trì: X. Phối hợp: Y"). Every text
here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

TOP = ("SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG TRỊ\n\nSố: 211/KH-SVHTT\n\nKẾ HOẠCH\n\nTổ chức Ngày hội văn hóa các dân "
       "tộc miền núi\n\nI. MỤC ĐÍCH\n\nGiữ gìn bản sắc văn hóa của đồng bào các dân tộc.\n\n")
PLACE = " tỉnh Quảng Trị"
MUSEUM = "Bảo tàng"            # written "Bảo tàng tỉnh": the builder names it "Bảo tàng tỉnh Quảng Trị"
LIBRARY = "Thư viện"
RADIO = "Đài Phát thanh và Truyền hình"
YOUTH = "Hội Nông dân"
CENTRE = "Trung tâm Văn hóa - Điện ảnh"


def _plan(body: str, name: str = "plan.md") -> dict:
    return facts_of(TOP + body, name=name, drop_suffix=PLACE)


APPENDIX = ("PHỤ LỤC\n\nLỊCH TRÌNH CÁC HOẠT ĐỘNG\n\n"
            "| Năm | Thời điểm | Hoạt động | Thực hiện | Kết quả mong đợi |\n"
            "|---|---|---|---|---|\n"
            "|  |  |  |  |  |\n"
            f"| 2027 | Tháng 3/2027 | 1. Sưu tầm hiện vật trang phục truyền thống | {MUSEUM} tỉnh, {LIBRARY} tỉnh | 200 hiện vật |\n"
            f"| 2. Trưng bày sách ảnh về lễ hội vùng cao | {LIBRARY} tỉnh | Một phòng trưng bày |\n"
            f"| Quý III/2027 | 3. Dựng phóng sự về nghề dệt thổ cẩm | {RADIO}, {YOUTH} tỉnh, {CENTRE} | 5 phóng sự |\n")


def test_an_appendix_table_behind_a_spacer_row_with_merged_time_cells_gives_dated_tasks():
    facts = _plan(APPENDIX)
    # before, the row of empty cells below the header cut the table from its header, and rows that leave out the
    # merged year and time cells had their cells read one or two columns too far left: no task, no lead, no deadline
    assert ("Sưu tầm hiện vật trang phục truyền thống", "Tháng 3/2027") in {
        (t.removeprefix("1. "), d) for t, d in facts["dated"]}
    assert any("Trưng bày sách ảnh" in t and d == "Tháng 3/2027" for t, d in facts["dated"])
    assert any("Dựng phóng sự" in t and d == "Quý III/2027" for t, d in facts["dated"])
    assert holders(facts["leads"], "Trưng bày sách ảnh") == {LIBRARY}


def test_every_body_of_a_thuc_hien_cell_leads_and_pairs_with_the_others():
    facts = _plan(APPENDIX)
    assert holders(facts["leads"], "Sưu tầm hiện vật") == {MUSEUM, LIBRARY}
    assert holders(facts["leads"], "Dựng phóng sự") == {RADIO, YOUTH, CENTRE}
    assert facts["pairs"] == {frozenset((MUSEUM, LIBRARY)), frozenset((RADIO, YOUTH)), frozenset((RADIO, CENTRE)),
                              frozenset((YOUTH, CENTRE))}


def test_a_row_short_of_its_last_cell_keeps_its_columns():
    facts = _plan("II. NHIỆM VỤ\n\n| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
                  f"| 1 | Tu bổ nhà rông truyền thống | {CENTRE} | {MUSEUM} tỉnh | Năm 2027 |\n"
                  f"| 2 | Phục dựng lễ mừng lúa mới | {MUSEUM} tỉnh | Quý IV/2027 |\n")
    # the row's first cell is a number, as the first column holds: its cells stay where they are
    assert holders(facts["leads"], "Phục dựng lễ mừng") == {MUSEUM}
    assert holders(facts["leads"], "Tu bổ nhà rông") == {CENTRE}


def test_the_label_co_quan_thuc_hien_names_co_leads():
    facts = _plan("II. NHIỆM VỤ\n\n1. Xuất bản tập sách ảnh về trang phục các dân tộc\n\n"
                  f"a) Cơ quan thực hiện: {LIBRARY} tỉnh, {MUSEUM} tỉnh, {RADIO}.\n\n"
                  f"b) Cơ quan phối hợp: {YOUTH} tỉnh.\n\nc) Thời gian thực hiện: Năm 2027.\n", name="plan.txt")
    # before, only the first named led, and the others were partners of it only
    assert holders(facts["leads"], "Xuất bản tập sách ảnh") == {LIBRARY, MUSEUM, RADIO}
    assert facts["pairs"] == {frozenset(p) for p in ((LIBRARY, MUSEUM), (LIBRARY, RADIO), (MUSEUM, RADIO),
                                                     (LIBRARY, YOUTH), (MUSEUM, YOUTH), (RADIO, YOUTH))}


def test_a_list_that_marks_its_lead_keeps_one_lead():
    marked = _plan("II. NHIỆM VỤ\n\n1. Tổ chức hội thi hát dân ca\n\n"
                   f"- Đơn vị thực hiện: {CENTRE} (chủ trì), {YOUTH} tỉnh.\n", name="plan.txt")
    assert holders(marked["leads"], "hội thi hát dân ca") == {CENTRE}
    assert marked["pairs"] == {frozenset((CENTRE, YOUTH))}
    labelled = _plan("II. NHIỆM VỤ\n\n| TT | Nội dung | Cơ quan thực hiện | Thời gian |\n|---|---|---|---|\n"
                     f"| 1 | Làm phim tài liệu về chợ phiên | Chủ trì: {RADIO}. Phối hợp: {MUSEUM} tỉnh, {LIBRARY} tỉnh "
                     "| Quý II/2027 |\n")
    # the partners named after "Phối hợp:" in the cell cooperate with its lead, not with each other
    assert holders(labelled["leads"], "Làm phim tài liệu") == {RADIO}
    assert labelled["pairs"] == {frozenset((RADIO, MUSEUM)), frozenset((RADIO, LIBRARY))}


def test_bodies_listed_as_headings_under_a_thuc_hien_label_lead_and_hold_their_own_items():
    facts = _plan("II. NHIỆM VỤ\n\n2. Kiểm kê di sản văn hóa phi vật thể\n\n"
                  "a) Nội dung: Kiểm kê các lễ hội, nghề thủ công và tri thức dân gian trên địa bàn.\n\n"
                  "b) Cơ quan thực hiện:\n\n"
                  f"- {CENTRE}, {LIBRARY} tỉnh:\n\n+ Lập danh mục các nghề thủ công còn lưu giữ.\n\n"
                  f"- {MUSEUM} tỉnh:\n\n+ Chủ trì xây dựng cơ sở dữ liệu hiện vật số.\n\n"
                  "c) Thời gian thực hiện: Năm 2027.\n", name="plan.txt")
    # before, the second heading of the list only carried the item out under the first (a duty, no lead), and the
    # items below each heading had no holder
    assert holders(facts["leads"], "Kiểm kê di sản văn hóa") == {CENTRE, LIBRARY, MUSEUM}
    assert holders(facts["leads"], "xây dựng cơ sở dữ liệu hiện vật") == {MUSEUM}
    assert holders(facts["duties"], "Lập danh mục các nghề") == {CENTRE, LIBRARY}


def test_a_cell_that_says_who_cooperates_keeps_its_partners_out_of_the_leads():
    facts = _plan("II. NHIỆM VỤ\n\n| TT | Hoạt động | Thực hiện | Thời gian |\n|---|---|---|---|\n"
                  f"| 1 | Biên soạn sách về ẩm thực vùng cao | {LIBRARY} tỉnh và {CENTRE} hướng dẫn các nhóm tác giả, "
                  f"phối hợp với {MUSEUM} tỉnh tổ chức thực hiện | Quý I/2027 |\n")
    # before, the partner named after "phối hợp với" in the cell was one more co-lead
    assert holders(facts["leads"], "Biên soạn sách") == {LIBRARY, CENTRE}
    assert facts["pairs"] == {frozenset((LIBRARY, CENTRE)), frozenset((LIBRARY, MUSEUM)), frozenset((CENTRE, MUSEUM))}


def test_bodies_a_cell_lists_a_line_each_in_a_word_copy_are_read_apart():
    facts = _plan("II. NHIỆM VỤ\n\n| STT | Công việc | Đơn vị thực hiện | Thời hạn |\n|---|---|---|---|\n"
                  f"| 1 | Số hóa băng đĩa hát then cổ | {CENTRE}  {YOUTH} tỉnh | Năm 2027 |\n"
                  f"| 2 | Phát sóng chuyên mục nghề truyền thống | Sở GD&ĐT  {LIBRARY} tỉnh | Quý IV/2027 |\n"
                  "| 3 | Xây dựng trang tin về làng nghề | Sở Khoa học và  Công nghệ | Năm 2028 |\n")
    # before, the two spaces a copy of the Word table left for the cell's line break glued the two bodies into one
    # name ("Trung tâm Văn hóa - Điện ảnh  Hội Nông dân tỉnh", "Sở GD&ĐT  Thư viện tỉnh")
    assert holders(facts["leads"], "Số hóa băng đĩa") == {CENTRE, YOUTH}
    assert holders(facts["leads"], "Phát sóng chuyên mục") == {"Sở Giáo dục và Đào tạo", LIBRARY}
    # a name that goes on over the break ("... và" / "Công nghệ") stays one body
    assert holders(facts["leads"], "Xây dựng trang tin") == {"Sở Khoa học và Công nghệ"}


def test_role_labels_without_a_colon_or_with_a_dash_name_the_lead_and_partners():
    for lead_label, partner_label in (("- Cơ quan chủ trì", "- Cơ quan phối hợp"), ("- Đơn vị chủ trì –", "- Đơn vị phối hợp –")):
        facts = _plan(f"II. NHIỆM VỤ\n\n3. Phục dựng trò chơi dân gian trong ngày hội\n\n{lead_label} {CENTRE}.\n\n"
                      f"{partner_label} {YOUTH} tỉnh, {RADIO}.\n", name="plan.txt")
        # before, without the colon the labels were not read: the partners became a pair of their own, no lead
        assert holders(facts["leads"], "Phục dựng trò chơi") == {CENTRE}, lead_label
        assert facts["pairs"] == {frozenset((CENTRE, YOUTH)), frozenset((CENTRE, RADIO))}, lead_label
    # a bullet that only opens with the role word is a duty, not a label ("- Chủ trì Hội nghị ...")
    duty = _plan(f"II. NHIỆM VỤ\n\n4. {CENTRE}:\n\n- Chủ trì Hội nghị tổng kết ngày hội.\n", name="plan.txt")
    assert holders(duty["leads"], "Hội nghị tổng kết") == {CENTRE}


def test_the_partners_label_after_a_dash_on_the_lead_line():
    facts = _plan(f"II. NHIỆM VỤ\n\n5. Tổ chức tọa đàm về trang phục truyền thống\n\n- Cơ quan chủ trì: {MUSEUM} tỉnh "
                  f"- Cơ quan phối hợp: {LIBRARY} tỉnh, {RADIO}.\n", name="plan.txt")
    # before, every body on the line co-led the task
    assert holders(facts["leads"], "Tổ chức tọa đàm") == {MUSEUM}
    assert facts["pairs"] == {frozenset((MUSEUM, LIBRARY)), frozenset((MUSEUM, RADIO))}


def test_a_sentence_after_the_task_that_names_the_lead_and_then_the_partners_in_a_clause_of_their_own():
    facts = _plan(f"II. NHIỆM VỤ\n\n6. Biên tập bản đồ các điểm di tích cách mạng. {MUSEUM} tỉnh chủ trì; {LIBRARY} tỉnh, "
                  f"{CENTRE} phối hợp.\n", name="plan.txt")
    # before, the lead held the sentence that names the roles, not the item's task
    assert holders(facts["leads"], "Biên tập bản đồ") == {MUSEUM}
    assert facts["pairs"] == {frozenset((MUSEUM, LIBRARY)), frozenset((MUSEUM, CENTRE))}
    # partners with a verb of their own keep their clause
    own = _plan(f"II. NHIỆM VỤ\n\n7. Biên tập bản đồ các điểm di tích. {MUSEUM} tỉnh chủ trì; {LIBRARY} tỉnh phối hợp "
                "số hóa tư liệu.\n", name="plan.txt")
    assert holders(own["leads"], "Biên tập bản đồ") == set()
