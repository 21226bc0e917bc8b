"""Blocks of roles below a task (issue 9, round 9, `blocks9`): lines that label who leads, who cooperates and by
when, under the task they belong to: a label over a list of bodies a line each, labels in any order, a part whose
numbered labels stand beside the part that holds the task. Every text here is invented."""

from __future__ import annotations

from documentfacts import facts_of

from policykg.graph_builder.assertions.roleblocks import label_role

TOP = "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\nPhát triển du lịch cộng đồng\n\nII. NHIỆM VỤ\n\n"


def test_role_labels_are_read_with_the_words_of_table_columns():
    assert [label_role(x) for x in ("a) Cơ quan chủ trì", "- Đơn vị phối hợp:", "2. Chủ trì thực hiện",
                                    "Cơ quan chủ trì, phối hợp", "b) Đơn vị thực hiện")] == \
        ["lead", "partner", "lead", "both", "all"]
    # a part of the task, a time, a product: no role
    assert [label_role(x) for x in ("1. Nội dung thực hiện", "3. Thời gian thực hiện", "Kết quả thực hiện",
                                    "Sở Y tế chủ trì")] == [None, None, None, None]


def test_partners_labelled_before_the_lead_still_pair_with_it():
    facts = facts_of(TOP + "1. Rà soát quy hoạch các điểm du lịch cộng đồng trên địa bàn tỉnh.\n"
                           "- Thời hạn hoàn thành: Quý III/2027.\n- Phối hợp: Sở Tài chính, Sở Nội vụ.\n"
                           "- Chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n", drop_suffix=" tỉnh Hòa Bình")
    assert facts["pairs"] == {frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính")),
                              frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ"))}
    assert {a for a, _ in facts["leads"]} == {"Sở Văn hóa, Thể thao và Du lịch"}


def test_a_label_over_bodies_listed_a_line_each_gives_each_its_role():
    facts = facts_of(TOP + "2. Xây dựng bộ tiêu chí nhà nghỉ cộng đồng.\n- Cơ quan chủ trì:\n+ Sở Công Thương;\n"
                           "+ Sở Xây dựng.\n- Cơ quan phối hợp:\n+ Ủy ban nhân dân các huyện.\n"
                           "- Sản phẩm: Quyết định của Ủy ban nhân dân tỉnh.\n- Thời gian thực hiện: Hằng năm.\n",
                     drop_suffix=" tỉnh Hòa Bình")
    task = "Xây dựng bộ tiêu chí nhà nghỉ cộng đồng."
    assert facts["leads"] == {("Sở Công Thương", task), ("Sở Xây dựng", task)}
    assert frozenset(("Sở Công Thương", "Sở Xây dựng")) in facts["pairs"]   # co-leads of one task
    assert len(facts["pairs"]) == 3 and facts["dated"] == {(task, "Hằng năm")}


def test_one_label_for_both_roles_marks_the_lead_in_its_line():
    facts = facts_of(TOP + "3. Tập huấn kỹ năng đón khách cho người dân.\n"
                           "Đơn vị chủ trì/phối hợp: Sở Lao động - Thương binh và Xã hội chủ trì; Hội Nông dân tỉnh "
                           "phối hợp.\nThời hạn hoàn thành: Trước ngày 30/6/2027.\n", drop_suffix=" tỉnh Hòa Bình")
    assert {a for a, _ in facts["leads"]} == {"Sở Lao động - Thương binh và Xã hội"}
    assert len(facts["pairs"]) == 1
    assert facts["dated"] == {("Tập huấn kỹ năng đón khách cho người dân.", "Trước ngày 30/6/2027")}


PART = ("1. PHỔ BIẾN PHÁP LUẬT VỀ CHUYỂN ĐỔI SỐ\n\n1.1. Nội dung\n\n"
        "a) Biên soạn tài liệu hỏi đáp về chuyển đổi số cho người dân;\n\n"
        "b) Mở chuyên mục trên Cổng thông tin điện tử của tỉnh.\n\n1.2. Đơn vị thực hiện\n\na) Chủ trì\n\n"
        "- Sở Khoa học và Công nghệ.\n\n- Ủy ban nhân dân các xã, phường.\n\nb) Phối hợp\n\n"
        "- Báo Hòa Bình; Đài Phát thanh và Truyền hình tỉnh.\n\n- Các cơ quan, đơn vị có liên quan.\n\n"
        "1.3. Thời hạn hoàn thành: Quý I/2027 và hằng năm.\n\n"
        "2. KIỂM TRA VIỆC THỰC HIỆN\n\n2.1. Nội dung\n\nKiểm tra việc ứng dụng nền tảng số tại các cơ quan nhà nước.\n\n"
        "2.2. Cơ quan phối hợp\n\nVăn phòng Ủy ban nhân dân tỉnh.\n\n2.3. Cơ quan chủ trì\n\nSở Nội vụ.\n\n"
        "2.4. Thời gian thực hiện: Trước ngày 15/12/2027.\n")


def test_a_part_whose_numbered_labels_stand_beside_its_content_is_one_task():
    facts = facts_of(TOP + PART, drop_suffix=" tỉnh Hòa Bình")
    leads = {a: t for a, t in facts["leads"]}
    assert set(leads) == {"Sở Khoa học và Công nghệ", "Ủy ban nhân dân cấp xã", "Sở Nội vụ"}
    # the task is the part's title and content: what a reader quotes of it is found in it
    assert "Biên soạn tài liệu hỏi đáp" in leads["Sở Khoa học và Công nghệ"]
    assert "Kiểm tra việc ứng dụng nền tảng số" in leads["Sở Nội vụ"]
    assert frozenset(("Sở Nội vụ", "Văn phòng Ủy ban nhân dân")) in facts["pairs"]
    assert frozenset(("Sở Khoa học và Công nghệ", "Báo Hòa Bình")) in facts["pairs"]
    assert sorted(due for _, due in facts["dated"]) == ["Quý I/2027 và hằng năm", "Trước ngày 15/12/2027"]


# --- appendix tables as published ----------------------------------------------------------------------------------

ANNEX = "THỦ TƯỚNG CHÍNH PHỦ\n\nQUYẾT ĐỊNH\n\nPhụ lục\n\n"


def test_an_indicator_table_gives_its_targets_to_the_lead_column_and_no_deadline():
    text = ANNEX + ("| STT | Chỉ tiêu | Đơn vị tính | Cơ quan chủ trì | Năm 2027 | Năm 2030 |\n| --- | --- | --- | --- | --- | --- |\n"
                    "| I | Y tế cơ sở |  |  |  |  |\n"
                    "| 1 | Trạm y tế xã đạt chuẩn quốc gia | % | Bộ Y tế | 60 | 90 |\n"
                    "| 2 | Bác sĩ trên một vạn dân | Người | Bộ Y tế, Bộ Nội vụ | 12 | 15 |\n")
    facts = facts_of(text, "annex.md")
    assert facts["leads"] == {("Bộ Y tế", "Trạm y tế xã đạt chuẩn quốc gia"), ("Bộ Y tế", "Bác sĩ trên một vạn dân"),
                              ("Bộ Nội vụ", "Bác sĩ trên một vạn dân")}
    assert facts["dated"] == set()      # the years are targets, not deadlines


def test_a_table_of_targets_that_names_no_body_gives_no_task():
    text = ANNEX + ("| STT | Chỉ tiêu | Năm 2027 | Năm 2030 |\n| --- | --- | --- | --- |\n"
                    "| 1 | Tỷ lệ hộ dùng nước sạch | 80% | 95% |\n")
    facts = facts_of(text, "annex.md")
    assert facts["leads"] == set() and facts["duties"] == set() and facts["dated"] == set()


def test_a_list_of_schemes_without_numbers_is_a_table_of_tasks():
    text = ANNEX + ("| STT | Tên chương trình, đề án | Đơn vị<br>chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian thực hiện |\n"
                    "| --- | --- | --- | --- | --- | --- |\n"
                    "|  | Xây dựng bản đồ số về di sản văn hóa | Bộ Văn hóa, Thể thao và Du lịch | Bộ Công an | Bản đồ số | "
                    "Giai đoạn<br>2027 - 2029 |\n")
    facts = facts_of(text, "annex.md")
    assert facts["leads"] == {("Bộ Văn hóa, Thể thao và Du lịch", "Xây dựng bản đồ số về di sản văn hóa")}
    assert facts["dated"] == {("Xây dựng bản đồ số về di sản văn hóa", "Giai đoạn 2027 - 2029")}


HTML_ANNEX = ("<html><body><p>PHỤ LỤC NHIỆM VỤ</p><table><thead><tr><th>TT</th><th>Nhiệm vụ thựchiện</th>"
              "<th>Đơn vịchủ trì</th><th>Đơn vịphốihợp</th><th>Thờigian<br>thựchiện</th></tr></thead><tbody>"
              "<tr><td>I</td><td>Hạ tầng số</td><td>Hạ tầng số</td><td>Hạ tầng số</td><td>Hạ tầng số</td></tr>"
              "<tr><td>1</td><td>Phủ sóng di động<br>các thôn vùng sâu</td><td>Sở Khoa học và<br>Công nghệ</td>"
              "<td>Ủy ban nhân dân<br>các xã</td><td>2027</td></tr></tbody></table>"
              "<table><thead><tr><th>Col1</th><th>Col2</th><th>Col3</th><th>Col4</th><th>tiếp của ô trên</th></tr></thead>"
              "<tbody><tr><td>2</td><td>Ngầm hóa cáp viễn thông</td><td>Sở Xây dựng</td><td>Công an tỉnh</td>"
              "<td>Hằng năm</td></tr></tbody></table></body></html>")


def test_an_html_table_cut_at_a_page_break_with_placeholder_headers_and_a_merged_group_row():
    facts = facts_of(HTML_ANNEX, "annex.html")
    assert facts["dated"] == {("Phủ sóng di động các thôn vùng sâu", "2027"), ("Ngầm hóa cáp viễn thông", "Hằng năm")}
    assert {a for a, _ in facts["leads"]} == {"Sở Khoa học và Công nghệ", "Sở Xây dựng"}


# --- times of a task --------------------------------------------------------------------------------------------------


def test_a_time_labelled_with_any_word_of_a_time_column_dates_its_item():
    facts = facts_of(TOP + "1. Rà soát quy hoạch các điểm du lịch.\n- Cơ quan chủ trì: Sở Tài chính.\n"
                           "- Tiến độ hoàn thành: Trước ngày 30/6/2027.\n\n"
                           "2. Tổng kết mô hình du lịch cộng đồng.\n- Cơ quan chủ trì: Sở Công Thương.\n"
                           "- Thời hạn báo cáo: Quý I/2028.\n", drop_suffix=" tỉnh Hòa Bình")
    assert facts["dated"] == {("Rà soát quy hoạch các điểm du lịch.", "Trước ngày 30/6/2027"),
                              ("Tổng kết mô hình du lịch cộng đồng.", "Quý I/2028")}


def test_several_times_in_the_bracket_that_closes_an_item_are_its_time():
    facts = facts_of(TOP + "3. Sở Y tế tổ chức tập huấn an toàn thực phẩm cho các hộ làm du lịch "
                           "(Quý II/2027, Quý IV/2027 và hằng năm).\n\n"
                           "4. Sở Tài chính bố trí kinh phí hỗ trợ các hộ (trong năm 2027).\n",
                     drop_suffix=" tỉnh Hòa Bình")
    assert {due for _, due in facts["dated"]} == {"Quý II/2027, Quý IV/2027 và hằng năm", "trong năm 2027"}


GLUED_LAYOUT = """ỦY BAN NHÂN DÂN
XÃ TÂN LẠC

KẾ HOẠCH
Chuyển đổi số cấp xã

II. PHÂN CÔNG NHIỆM VỤ

STT   Nộidung nhiệm vụ           Đơn vịchủ trì      Đơn vịphốihợp       Thờigian
                                                                         hoànthành
1     Số hóa hồ sơ hộ tịch       Văn phòng xã       Công an xã          Quý II/2027
      lưu trữ tại xã
2     Lắp camera tại các thôn    Phòng Kinh tế      Đoàn Thanh niên     Hằng năm
                                                    xã

III. TỔ CHỨC THỰC HIỆN
"""


def test_a_pdf_header_whose_words_are_glued_is_header_over_both_its_lines():
    facts = facts_of(GLUED_LAYOUT, "kh.txt")
    # "hoànthành" under "Thờigian" is more header, not the first line of the first row's time
    assert facts["dated"] == {("Số hóa hồ sơ hộ tịch lưu trữ tại xã", "Quý II/2027"),
                              ("Lắp camera tại các thôn", "Hằng năm")}


def test_bodies_listed_under_a_label_may_come_with_their_level_or_their_head():
    facts = facts_of(TOP + "5. Xây dựng điểm du lịch cộng đồng kiểu mẫu.\n- Chủ trì:\n"
                           "+ Giám đốc Sở Nông nghiệp và Môi trường; Chủ tịch Ủy ban nhân dân các xã.\n"
                           "- Phối hợp:\n+ Hội Nông dân, Đoàn Thanh niên các cấp.\n", drop_suffix=" tỉnh Hòa Bình")
    assert {a for a, _ in facts["leads"]} == {"Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"}
    assert frozenset(("Ủy ban nhân dân cấp xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")) in facts["pairs"]
    assert len(facts["pairs"]) == 5      # the two leads with each other and with each partner


def test_a_time_cell_that_holds_no_time_gives_no_deadline():
    text = ANNEX + ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện |\n| --- | --- | --- | --- |\n"
                    "| 1 | Kiểm kê rừng phòng hộ | Sở Nông nghiệp và Môi trường | Kiểm lâm vùng |\n"
                    "| 2 | Cấp mã số vùng trồng | Sở Nông nghiệp và Môi trường | Hằng quý |\n")
    assert facts_of(text, "annex.md")["dated"] == {("Cấp mã số vùng trồng", "Hằng quý")}


def test_labels_numbered_as_the_items_parts_and_labels_on_one_line():
    facts = facts_of(TOP + "1. Nhiệm vụ thứ nhất\na) Nội dung: Xây dựng bản đồ du lịch cộng đồng của tỉnh.\n"
                           "b) Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\nc) Cơ quan phối hợp: Sở Tài chính.\n"
                           "d) Thời gian hoàn thành: Quý II/2027.\n\n3. Đào tạo hướng dẫn viên tại chỗ\n"
                           "Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Hội Nông dân tỉnh; thời gian hoàn thành: năm "
                           "2027.\n", drop_suffix=" tỉnh Hòa Bình")
    leads = dict(facts["leads"])
    assert "Xây dựng bản đồ du lịch cộng đồng" in leads["Sở Văn hóa, Thể thao và Du lịch"]
    assert frozenset(("Sở Nội vụ", "Hội Nông dân")) in facts["pairs"]
    assert sorted(due for _, due in facts["dated"]) == ["Quý II/2027", "thời gian hoàn thành: năm 2027"]


def test_who_carries_out_a_task_whose_lead_is_labelled_holds_it_without_a_pair():
    facts = facts_of(TOP + "6. Bảo vệ rừng đầu nguồn.\n- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n"
                           "- Đơn vị thực hiện: Ban Quản lý rừng phòng hộ.\n", drop_suffix=" tỉnh Hòa Bình")
    assert {a for a, _ in facts["leads"]} == {"Sở Nông nghiệp và Môi trường"} and facts["pairs"] == set()
    assert {a for a, _ in facts["duties"]} == {"Sở Nông nghiệp và Môi trường", "Ban Quản lý rừng phòng hộ"}
