"""Division-of-labour tables in the forms plans and programmes are really published in (issue 9, round 8, `tables8`):
pipe rows converted from Word without their outer pipes and without a delimiter row, and tables from a gazette's PDF
text that keep one cell fragment per line (the header wrapped over lines, each row opened by its number, cells
decided by what the lines are, rows running over page breaks). One row gives one task with its lead(s), partners
and time; a cell of several bodies is never glued to its neighbour. The tables are invented."""

from __future__ import annotations

from documentfacts import facts_of
from test_tables_of_duty import rows

from policykg.graph_builder.flattables import flat_table_marks
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.segment import segment
from policykg.graph_builder.tabular import find_tables
from policykg.graph_builder.wrappedtables import row_cells

TOP = "CHÍNH PHỦ\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\nDANH MỤC NHIỆM VỤ\n(Kèm theo Chương trình hành động)\n\n"


def test_pipe_rows_without_outer_pipes_or_delimiter_are_a_table():
    text = TOP + (
        "TT | Nội dung công việc | Sản phẩm | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện | Thời gian trình\n"
        "1 | Rà soát quy định về nuôi trồng thủy sản | Nghị định | Bộ Nông nghiệp và Môi trường | Bộ Tư pháp, Bộ Tài "
        "chính | Quý IV năm 2026\n"
        " | Xây dựng cơ sở dữ liệu về nuôi trồng | Đề án | Bộ Khoa học và Công nghệ | Bộ Nội vụ | Năm 2027\n"
        "2 | Kiện toàn tổ chức quản lý thủy sản | Nhiệm vụ | Bộ Nội vụ | Bộ Công Thương | Năm 2026 và hằng năm\n")
    assert rows(text, "nq.txt") == [
        ("Rà soát quy định về nuôi trồng thủy sản", ["bo-nong-nghiep-va-moi-truong"], ["bo-tu-phap", "bo-tai-chinh"],
         "Quý IV năm 2026"),
        ("Xây dựng cơ sở dữ liệu về nuôi trồng", ["bo-khoa-hoc-va-cong-nghe"], ["bo-noi-vu"], "Năm 2027"),
        ("Kiện toàn tổ chức quản lý thủy sản", ["bo-noi-vu"], ["bo-cong-thuong"], "Năm 2026 và hằng năm")]


def test_a_bare_pipe_row_whose_cell_holds_a_line_break_goes_on_over_the_next_line():
    text = TOP + (
        "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
        "1 | Rà soát quy hoạch mạng lưới trạm quan trắc\nmôi trường nước mặt | Bộ Nông nghiệp và Môi trường | "
        "Ủy ban nhân dân các tỉnh | Năm 2027\n"
        "2 | Công bố dữ liệu quan trắc | Bộ Nông nghiệp và Môi trường\nBộ Khoa học và Công nghệ | Bộ Công an | "
        "Hằng năm\n")
    assert [(r[0], r[1], r[3]) for r in rows(text, "nq.txt")] == [
        ("Rà soát quy hoạch mạng lưới trạm quan trắc môi trường nước mặt", ["bo-nong-nghiep-va-moi-truong"],
         "Năm 2027"),
        ("Công bố dữ liệu quan trắc", ["bo-nong-nghiep-va-moi-truong", "bo-khoa-hoc-va-cong-nghe"], "Hằng năm")]


def test_a_line_with_pipes_that_no_header_opens_stays_text():
    src = source_from_string("Ghi chú: a | b | c\nDòng khác | có gạch\n", name="x.txt")
    assert find_tables(src, segment(src)[1]) == []


GAZETTE = TOP + "\n".join([
    "STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả", "Thời gian hoàn", "thành",
    "I. Hoàn thiện thể chế về quản lý tài nguyên nước trên các lưu vực sông và bảo đảm an ninh nguồn nước quốc gia",
    "1.", " ",
    "Rà soát, sửa đổi các quy định về cấp phép khai ",
    "thác tài nguyên nước, bảo đảm thống nhất với ",
    "pháp luật về đất đai. ",
    "Ủy ban nhân ", "dân cấp tỉnh ", "trình ", "Hội ", "đồng nhân ", "dân cùng cấp ",
    "Các sở, ", "ngành có ", "liên quan ",
    "Nghị quyết của ", "Hội đồng nhân ", "dân ",
    "Quý III/2027 ",
    "2.  Xây dựng cơ sở dữ liệu tài nguyên nước.",
    "Bộ Nông nghiệp ", "và Môi trường ",
    "Bộ Tài chính, Bộ ", "Khoa học và Công ", "nghệ ",
    "Các hoạt động, ", "văn bản triển khai Thường xuyên",
    " ", "", "CÔNG BÁO/Số 12/Ngày 05-01-2027 ", "45 ", " ", " ",
    "STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả", "Thời gian hoàn", "thành",
    "3.", " ",
    "Kiểm tra việc chấp hành pháp luật về tài ",
    "nguyên nước tại các địa phương theo kế hoạch Bộ Công an",
    "Ủy ban nhân dân ", "các tỉnh, thành ", "phố ",
    "Báo cáo kiểm tra ",
    "Năm 2028 ",
    "",
    "KT. THỦ TƯỚNG",
    "PHÓ THỦ TƯỚNG",
]) + "\n"


def test_a_gazette_table_one_fragment_per_line_gives_one_task_per_row():
    assert rows(GAZETTE, "qd.txt") == [
        ("Rà soát, sửa đổi các quy định về cấp phép khai thác tài nguyên nước, bảo đảm thống nhất với pháp luật về "
         "đất đai.", ["uy-ban-nhan-dan-cap-tinh"], ["so-ban-nganh"], "Quý III/2027"),
        ("Xây dựng cơ sở dữ liệu tài nguyên nước.", ["bo-nong-nghiep-va-moi-truong"],
         ["bo-tai-chinh", "bo-khoa-hoc-va-cong-nghe"], "Thường xuyên"),
        ("Kiểm tra việc chấp hành pháp luật về tài nguyên nước tại các địa phương theo kế hoạch", ["bo-cong-an"],
         ["uy-ban-nhan-dan-cap-tinh"], "Năm 2028")]


def test_the_gazette_header_repeated_after_a_page_break_is_header_and_the_table_goes_on():
    src = source_from_string(GAZETTE, name="qd.txt")
    [table] = find_tables(src, segment(src)[1])
    assert table.header == ["stt", "tên nhiệm vụ cụ thể", "cơ quan chủ trì", "cơ quan phối hợp", "kết quả",
                            "thời gian hoàn thành"]
    assert len(table.header_rows) == 1
    assert [src.text[r.cells[0].start:r.cells[0].end] for r in table.rows] == ["1.", "2.", "3."]
    # the running head and the page's number are lines of their own, in no cell
    assert all("CÔNG BÁO" not in src.match[r.span.start:r.span.end] for r in table.rows)


def _page_break_in_row_one(header_end: str) -> str:
    return GAZETTE.replace("Quý III/2027 \n2.", "Quý III/2027 \n\nCÔNG BÁO/Số 12/Ngày 05-01-2027 \n44 \n \nSTT\n"
                           "Tên nhiệm vụ cụ thể\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian hoàn\n"
                           f"thành{header_end}và các văn bản hướng dẫn.\n2.")


def test_a_row_going_on_below_a_page_break_is_its_own_row_without_a_number():
    src = source_from_string(_page_break_in_row_one(" \n"), name="qd.txt")
    [table] = find_tables(src, segment(src)[1])
    assert [src.text[r.cells[0].start:r.cells[0].end] for r in table.rows] == ["1.", "", "2.", "3."]
    assert src.text[table.rows[1].cells[1].start:table.rows[1].cells[1].end] == "và các văn bản hướng dẫn."
    # without a blank to spare for its empty number cell, the table still goes on, and no task comes of the fragment
    src = source_from_string(_page_break_in_row_one("\n"), name="qd.txt")
    [table] = find_tables(src, segment(src)[1])
    assert len(table.rows) == 4
    assert [r[0][:10] for r in rows(_page_break_in_row_one("\n"), "qd.txt")] == ["Rà soát, s", "Xây dựng c", "Kiểm tra v"]


def test_cells_are_decided_by_what_the_lines_are():
    # a lead cell wrapped a word per line, a partner cell left empty, a product, a time
    assert row_cells(["Tuyên truyền pháp luật về tài nguyên nước", "cho người dân.", "Sở Tư", "pháp",
                      "Kế hoạch tuyên", "truyền", "Hằng năm"], ["lead", "partner", "other", "deadline"], 30) == [
        [0, 1], [2, 3], [], [4, 5], [6]]
    # a line that ends on a comma or a connective keeps the next one in its cell, even with a capital
    assert row_cells(["Kiểm tra việc thực hiện quy định", "Các bộ ở", "Trung ương,", "Ủy ban nhân dân", "cấp tỉnh",
                      "Các cơ quan liên quan", "Thường xuyên"], ["lead", "partner", "deadline"], 25) == [
        [0], [1, 2, 3, 4], [5], [6]]
    # a line of bodies wider than any task line still opens the lead cell; a task line's closing comma does not carry
    # the task over a body's name
    assert row_cells(["Xây dựng kế hoạch giám sát dịch bệnh", "động vật trên cạn",
                      "Cục Chăn nuôi và Thú y (chủ trì); Viện Thú y, Trung tâm Chẩn đoán", "Tháng 7/2026"],
                     ["lead", "deadline"], 35) == [[0, 1], [2], [3]]
    assert row_cells(["Phân luồng người bệnh giữa các cấp chuyên môn,", "Bộ Y tế, Sở Y tế", "Cơ sở khám bệnh",
                      "Đề án", "Từ quý II/2027"], ["lead", "partner", "other", "deadline"], 30) == [
        [0], [1], [2], [3], [4]]


def test_a_table_with_its_header_in_one_line_per_cell_is_left_to_the_one_cell_per_line_reader():
    text = "STT\nNội dung\nCơ quan chủ trì\nThời gian\n1\nTuần tra\nSở A\nQuý II/2026\n2\nKiểm tra\nSở B\nNăm 2026"
    marks = flat_table_marks(text)
    assert "".join(marks.get(i, c) for i, c in enumerate(text)).split("\n") == [
        "STT|Nội dung|Cơ quan chủ trì|Thời gian", "1|Tuần tra|Sở A|Quý II/2026", "2|Kiểm tra|Sở B|Năm 2026"]


def test_a_long_group_title_inside_a_pipe_table_keeps_the_table_open():
    title = "II. Nâng cao năng lực hệ thống cơ sở khám bệnh, chữa bệnh và chất lượng dịch vụ khám bệnh, chữa bệnh " \
            "trên địa bàn toàn tỉnh"
    text = TOP + ("| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
                  "| 1 | Tuyên truyền về bảo hiểm y tế | Sở Y tế | Sở Tư pháp | Năm 2026 |\n" + title + "\n"
                  "| 2 | Giao chỉ tiêu phát triển đối tượng tham gia và tổ chức thực hiện các hoạt động | Sở Tài chính "
                  "| Sở Y tế | Quý II/2026 |\n")
    assert [r[1:] for r in rows(text, "kh.md")] == [(["so-y-te"], ["so-tu-phap"], "Năm 2026"),
                                                    (["so-tai-chinh"], ["so-y-te"], "Quý II/2026")]


def test_a_gazette_header_spanning_two_columns_and_rows_numbered_below_a_group():
    text = TOP + "\n".join([
        "Số", "TT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Chủ trì", "Phối hợp", "Thời gian",
        "1.", "Nhóm nhiệm vụ về thể chế",
        "1.1.", "Ban hành quy chế phối hợp quản lý cụm ", "công nghiệp trên địa bàn tỉnh.",
        "Sở Công ", "Thương", "Sở Tài chính, ", "Sở Xây dựng", "Quý I/2027",
        "1.2.", "Tổng kết việc thực hiện quy chế về quản lý ", "cụm công nghiệp.",
        "Sở Công ", "Thương", "Báo cáo tổng ", "kết", "Năm 2028",
        "2.", "Kiểm tra các dự án đầu tư hạ tầng cụm ", "công nghiệp.",
        "Ủy ban nhân dân ", "cấp huyện", "Sở Công Thương", "Hằng năm",
    ]) + "\n"
    found = rows(text, "kh.txt")
    assert [(r[0][:20], r[1], r[2], r[3]) for r in found] == [
        ("Ban hành quy chế phố", ["so-cong-thuong"], ["so-tai-chinh", "so-xay-dung"], "Quý I/2027"),
        ("Tổng kết việc thực h", ["so-cong-thuong"], [], "Năm 2028"),
        ("Kiểm tra các dự án đ", ["uy-ban-nhan-dan-cap-huyen"], ["so-cong-thuong"], "Hằng năm")]
    src = source_from_string(text, name="kh.txt")
    [table] = find_tables(src, segment(src)[1])
    assert table.header == ["số tt", "nội dung nhiệm vụ", "cơ quan thực hiện chủ trì", "phối hợp", "thời gian"]


def test_a_page_break_without_the_header_repeated_leaves_the_running_head_and_number_in_no_cell():
    text = GAZETTE.replace("Quý III/2027 \n2.", "Quý III/2027 \n\nCÔNG BÁO/Số 12/Ngày 05-01-2027 \n44 \n \n2.")
    src = source_from_string(text, name="qd.txt")
    [table] = find_tables(src, segment(src)[1])
    assert [src.text[r.cells[0].start:r.cells[0].end] for r in table.rows] == ["1.", "2.", "3."]
    assert all("CÔNG BÁO" not in src.match[r.span.start:r.span.end] for r in table.rows)
    assert [r[1] for r in rows(text, "qd.txt")] == [["uy-ban-nhan-dan-cap-tinh"], ["bo-nong-nghiep-va-moi-truong"],
                                                    ["bo-cong-an"]]


def test_names_of_one_cell_on_lines_of_their_own_are_not_glued():
    text = GAZETTE.replace("Bộ Tài chính, Bộ \nKhoa học và Công \nnghệ \n", "Bộ Tài chính \nBộ Khoa học và \nCông nghệ \n")
    assert [r[1:3] for r in rows(text, "qd.txt")][1] == (["bo-nong-nghiep-va-moi-truong"],
                                                        ["bo-tai-chinh", "bo-khoa-hoc-va-cong-nghe"])


def test_a_body_submitted_to_or_owning_the_body_in_a_cell_holds_no_part_of_the_row():
    text = TOP + ("| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
                  "| 1 | Bố trí kinh phí hỗ trợ | Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp | Sở Tài chính "
                  "| Hằng năm |\n"
                  "| 2 | Kiểm tra rừng phòng hộ | Sở Nông nghiệp và Môi trường | Chi cục Kiểm lâm thuộc Sở Nội vụ | Quý II/2027 |\n")
    assert [r[1:3] for r in rows(text, "kh.md")] == [(["uy-ban-nhan-dan-cap-tinh"], ["so-tai-chinh"]),
                                                    (["so-nong-nghiep-va-moi-truong"], ["chi-cuc-kiem-lam"])]


_PLAN_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nPhát triển viễn thông\n\n"


def _html_plan(lead_header: str, partner_header: str, lead_cell: str) -> dict:
    table = (f"<table><thead><tr><th>TT</th><th>Nhiệm vụ thựchiện</th><th>{lead_header}</th><th>{partner_header}</th>"
             "<th>Thờigian<br>thựchiện</th></tr></thead><tbody><tr><td>2</td><td>Xây dựng Quy hoạch hạ tầng<br>viễn "
             f"thông thụ động</td><td>{lead_cell}</td><td>UBND các huyện,<br>thành phố; Sở Tài chính</td><td>2025</td>"
             "</tr></tbody></table>")
    return facts_of(_PLAN_HEAD + "<html><body>" + table + "</body></html>", name="plan.html", drop_suffix=" tỉnh Đắk Nông")


def test_a_header_whose_words_pdf_glued_still_names_its_columns():
    """Text taken from PDF glues a header's words ("Đơn vịchủ trì", "Đơn vịphốihợp", "Thờigian"): the table is still
    a division of labour, read as the one with spaces is."""
    glued = _html_plan("Đơn vịchủ trì", "Đơn vịphốihợp", "Sở Tư pháp")
    assert glued == _html_plan("Đơn vị chủ trì", "Đơn vị phối hợp", "Sở Tư pháp")
    assert glued["leads"] == {("Sở Tư pháp", "Xây dựng Quy hoạch hạ tầng viễn thông thụ động")}
    assert frozenset(("Sở Tư pháp", "Sở Tài chính")) in glued["pairs"]


def test_a_name_broken_after_va_in_its_cell_stays_one_name():
    """A line break inside a cell between a lower-case and a capitalised word parts two names ("Bộ Tư pháp<br>Bộ Tài
    chính"), but not after a word a name goes on after ("Sở Thông tin và<br>Truyền thông")."""
    from policykg.graph_builder.flattables import cell_break
    found = _html_plan("Đơn vị chủ trì", "Đơn vị phối hợp", "Sở Thông tin và<br>Truyền thông")
    assert {a for a, _ in found["leads"]} == {"Sở Thông tin và Truyền thông"}
    assert cell_break("Sở Thông tin và", "Truyền thông") == " " and cell_break("Bộ Tư pháp", "Bộ Tài chính") == ";"
