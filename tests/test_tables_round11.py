"""Division-of-labour tables in forms round 11 found the builder did not read (issue 9, point 6, `tables11`; the probes
tests/data/genre/probe11t/r11t-* hold most of them in whole documents): a lead cell merged over several rows, written in
its first row only by a copy and printed once centred by PDF layout text; a cell of one-per-line text whose body's name
ends with its head noun ("Thanh tra Bộ"), and a row of such text short of a cell; a layout-text row cut by a page break
whose form feed the reader turned into a space; an index's components beside a column of the leaders in charge; focal
units ("Đơn vị đầu mối") as a column and as a label; terms and seasons as times; pandoc's grid tables; the columns of
the unit in charge, that advises, and of the roadmap. The tables are invented."""

from __future__ import annotations

from documentfacts import facts_of
from test_tables_of_duty import rows

from policykg.graph_builder.flattables import flat_table_marks

TOP = "ỦY BAN NHÂN DÂN TỈNH\n\nKẾ HOẠCH\n\nPHÂN CÔNG THỰC HIỆN\n\n"


def _markdown(header: str, *lines: str) -> str:
    """A Markdown table below ``TOP``: the header's cells and each row's, parted by " | "."""
    width = header.count("|") + 1
    return TOP + "\n".join([f"| {header} |", "|" + "---|" * width, *(f"| {line} |" for line in lines)]) + "\n"


def test_an_empty_lead_cell_below_a_merged_one_has_the_lead_above_until_a_group_title():
    text = _markdown("TT | Công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn",
                     "A | Về hạ tầng giao thông | | | ",
                     "1 | Khảo sát tuyến đường liên xã | Sở Xây dựng | Sở Tài chính | Tháng 5/2026",
                     "2 | Lập hồ sơ giải phóng mặt bằng | | Ủy ban nhân dân cấp xã | Tháng 8/2026",
                     "B | Về cấp nước sinh hoạt | | | ",
                     "3 | Nâng cấp nhà máy nước | | Sở Y tế | Năm 2027")
    assert rows(text, "kh.md") == [
        ("Khảo sát tuyến đường liên xã", ["so-xay-dung"], ["so-tai-chinh"], "Tháng 5/2026"),
        ("Lập hồ sơ giải phóng mặt bằng", ["so-xay-dung"], ["uy-ban-nhan-dan-cap-xa"], "Tháng 8/2026"),
        # below a group's title the merged cell is another one: no lead is guessed (and one partner alone is no pair)
        ("Nâng cấp nhà máy nước", [], [], "Năm 2027")]


def test_a_row_that_only_goes_on_with_the_task_above_takes_no_merged_lead():
    text = _markdown("TT | Công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn",
                     "1 | Khảo sát tuyến đường | Sở Xây dựng | Sở Tài chính | Tháng 5/2026", " | liên xã vùng cao | | | ")
    assert rows(text, "kh.md") == [("Khảo sát tuyến đường liên xã vùng cao", ["so-xay-dung"], ["so-tai-chinh"],
                                    "Tháng 5/2026")]


def _flat(text: str) -> list[str]:
    marks = flat_table_marks(text)
    return "".join(marks.get(i, c) for i, c in enumerate(text)).split("\n")


def test_a_name_that_ends_with_its_head_noun_closes_its_cell_in_one_cell_per_line_text():
    lines = _flat("\n".join([
        "STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm",
        "1", "Rà soát hồ sơ cấp phép xây dựng", "Thanh tra Bộ", "Cục Quản lý hoạt động xây dựng", "Quý I/2027",
        "Báo cáo",
        "2", "Tổng kết công tác thanh tra", "Văn phòng Bộ", "Các cục, vụ thuộc Bộ", "Tháng 11/2027", "Báo cáo"]))
    assert lines[1] == "1|Rà soát hồ sơ cấp phép xây dựng|Thanh tra Bộ|Cục Quản lý hoạt động xây dựng|Quý I/2027|Báo cáo"
    assert lines[2] == "2|Tổng kết công tác thanh tra|Văn phòng Bộ|Các cục, vụ thuộc Bộ|Tháng 11/2027|Báo cáo"


def test_a_head_noun_after_a_comma_still_opens_the_name_on_the_next_line():
    lines = _flat("\n".join([
        "STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian",
        "1", "Kiểm tra vật liệu xây dựng", "Sở Xây dựng", "Công an tỉnh, Sở", "Khoa học và Công nghệ", "Năm 2027"]))
    assert lines[1] == "1|Kiểm tra vật liệu xây dựng|Sở Xây dựng|Công an tỉnh, Sở Khoa học và Công nghệ|Năm 2027"


def test_a_layout_row_cut_by_a_page_number_and_the_header_again_goes_on_below_them():
    header = "TT   Nhiệm vụ                      Cơ quan chủ trì    Cơ quan phối hợp        Thời gian"
    text = TOP + "\n".join([
        header,
        "1    Tập huấn nghiệp vụ cho cán bộ   Sở Nội vụ          Sở Tư pháp;             Quý II/2027",
        "     làm công tác văn thư                               Trung tâm Lưu trữ",
        "",
        "                                                                                  7",
        "\f" + header,
        "                                                        lịch sử tỉnh",
        "2    Số hóa tài liệu lưu trữ         Sở Khoa học và     Sở Nội vụ               Năm 2028",
        "                                     Công nghệ",
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan triển khai thực hiện.", ""])
    assert rows(text, "kh.txt") == [
        ("Tập huấn nghiệp vụ cho cán bộ làm công tác văn thư", ["so-noi-vu"],
         ["so-tu-phap", "trung-tam-luu-tru-lich-su-tinh"], "Quý II/2027"),
        ("Số hóa tài liệu lưu trữ", ["so-khoa-hoc-va-cong-nghe"], ["so-noi-vu"], "Năm 2028")]


def test_a_table_of_an_index_components_reads_its_executor_column_not_the_leaders_in_charge():
    # (its first row, short cells with "(chủ trì)", is a row of the table, not more header)
    text = _markdown("STT | Tiêu chí | Lãnh đạo phụ trách | Đơn vị thực hiện | Tiến độ",
                     "1 | Tỷ lệ hồ sơ giải quyết đúng hạn | Phó Chủ tịch Ủy ban nhân dân tỉnh | Sở Nội vụ (chủ trì), Sở Tư "
                     "pháp | Quý IV/2026")
    assert rows(text, "kh.md") == [("Tỷ lệ hồ sơ giải quyết đúng hạn", ["so-noi-vu"], ["so-tu-phap"], "Quý IV/2026")]


def test_a_column_of_focal_units_is_the_lead_column_and_a_season_or_a_term_is_a_time():
    text = _markdown("STT | Hoạt động | Đơn vị đầu mối | Đơn vị phối hợp | Thời gian",
                     "1 | Phát quang đường băng cản lửa | Hạt Kiểm lâm | Đồn Biên phòng | Mùa khô",
                     "2 | Ôn tập cho học sinh lớp cuối cấp | Phòng Giáo dục Trung học | Hội Khuyến học tỉnh | Học kỳ II")
    assert [(task, leads, deadline) for task, leads, _, deadline in rows(text, "kh.md")] == [
        ("Phát quang đường băng cản lửa", ["hat-kiem-lam"], "Mùa khô"),
        ("Ôn tập cho học sinh lớp cuối cấp", ["phong-giao-duc-trung-hoc"], "Học kỳ II")]


def test_a_lettered_focal_unit_label_below_an_item_leads_the_item():
    facts = facts_of("BẢO HIỂM XÃ HỘI TỈNH - SỞ Y TẾ\n\nQUY CHẾ PHỐI HỢP\n\nĐiều 3. Nội dung phối hợp\n"
                     "1. Đối soát dữ liệu khám bệnh có thẻ bảo hiểm\n"
                     "a) Đơn vị đầu mối: Phòng Giám định bảo hiểm y tế.\n"
                     "b) Đơn vị phối hợp: Phòng Nghiệp vụ Dược.\n", name="qc.txt")
    # the item's words end before its labels: the label line is no part of the task
    assert facts["leads"] == {("Phòng Giám định bảo hiểm y tế", "Đối soát dữ liệu khám bệnh có thẻ bảo hiểm")}
    assert frozenset(("Phòng Giám định bảo hiểm y tế", "Phòng Nghiệp vụ Dược")) in facts["pairs"]


def test_a_grid_table_of_a_markdown_conversion_reads_each_cell_over_its_lines():
    rule = "+----+-----------------------+------------------+---------------------+-------------+"
    grid = [rule, "| TT | Công việc             | Đơn vị chủ trì   | Đơn vị phối hợp     | Thời hạn    |",
            rule.replace("-", "="), "| I  | Nhóm việc về đê điều và thủy lợi" + " " * 47 + "|", rule,
            "| 1  | Gia cố các đoạn đê    | Sở Nông nghiệp   | Công ty Thủy lợi    | Trước mùa   |",
            "|    | xung yếu              | và Môi trường    | tỉnh, Sở Tài chính  | mưa bão     |", rule]
    [(task, leads, partners, deadline)] = rows("**ỦY BAN NHÂN DÂN TỈNH**\n\n**KẾ HOẠCH**\n\n" + "\n".join(grid) + "\n", "kh.md")
    assert (task, leads, deadline) == ("Gia cố các đoạn đê xung yếu", ["so-nong-nghiep-va-moi-truong"], "Trước mùa mưa bão")
    assert partners == ["cong-ty-thuy-loi-tinh", "so-tai-chinh"]


def test_a_lead_cell_merged_over_rows_of_layout_text_is_printed_once_centred_and_leads_each_of_them():
    text = TOP + "\n".join([
        " STT  Công việc                  Đơn vị chủ trì     Đơn vị phối hợp      Tiến độ",
        " A    VỀ NƯỚC SẠCH",
        " 1    Khoan giếng cho điểm                          Trung tâm Nước       Quý I/2027",
        "      trường vùng cao                               sạch tỉnh",
        " 2    Lắp bồn lọc nước           Sở Xây dựng        Đoàn Thanh niên      Quý II/2027",
        " 3    Kiểm định chất lượng                          Sở Y tế              Quý III/2027",
        "      nước",
        " B    VỀ VỆ SINH",
        " 4    Xây nhà vệ sinh                               Hội Phụ nữ tỉnh      Năm 2028",
        " 5    Lập quỹ bảo trì            Sở Tài chính       Kho bạc Nhà nước     Năm 2028",
        "",
        "III. TỔ CHỨC THỰC HIỆN", ""])
    assert [(task, leads) for task, leads, _, _ in rows(text, "kh.txt")] == [
        ("Khoan giếng cho điểm trường vùng cao", ["so-xay-dung"]), ("Lắp bồn lọc nước", ["so-xay-dung"]),
        ("Kiểm định chất lượng nước", ["so-xay-dung"]),
        # below the group title "B" the merged cell is the next one, centred below this row
        ("Xây nhà vệ sinh", ["so-tai-chinh"]), ("Lập quỹ bảo trì", ["so-tai-chinh"])]


def test_a_row_of_one_cell_per_line_text_short_of_a_cell_keeps_its_time():
    text = TOP + "\n".join([
        "STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian",
        "1", "Mở lớp dạy nghề may", "Hội Liên hiệp Phụ nữ tỉnh", "Sở Nội vụ", "Tháng 3/2027",
        "2", "Tư vấn khởi nghiệp", "Đoàn Thanh niên", "Tháng 6/2027", "", "III. TỔ CHỨC THỰC HIỆN", ""])
    assert [(task, deadline) for task, _, _, deadline in rows(text, "kh.txt")] == [
        ("Mở lớp dạy nghề may", "Tháng 3/2027"), ("Tư vấn khởi nghiệp", "Tháng 6/2027")]


def test_columns_of_the_unit_in_charge_or_that_advises_and_of_the_roadmap():
    first = _markdown("TT | Biện pháp | Lãnh đạo phụ trách | Đơn vị phụ trách | Lộ trình",
                      "1 | Chuẩn hóa quy trình tiếp dân | Phó Giám đốc Sở | Văn phòng Sở (chủ trì), Thanh tra Sở | Quý I/2027")
    second = _markdown("STT | Nội dung | Cơ quan tham mưu | Thời gian",
                       "1 | Sơ kết nghị quyết chuyên đề | Ban Tổ chức Tỉnh ủy | Tháng 10/2027")
    assert rows(first + "\nCác đơn vị tham gia góp ý.\n\n" + second.removeprefix(TOP), "kh.md") == [
        ("Chuẩn hóa quy trình tiếp dân", ["van-phong-so"], ["thanh-tra-so"], "Quý I/2027"),
        ("Sơ kết nghị quyết chuyên đề", ["ban-to-chuc-tinh-uy"], [], "Tháng 10/2027")]


def test_network_operators_named_with_their_place_are_partners():
    facts = facts_of("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n\nKẾ HOẠCH\n\nSở Khoa học và Công nghệ chủ trì, phối hợp với "
                     "Viettel Đồng Nai và VNPT Đồng Nai lắp đặt trạm phát sóng tại các ấp vùng sâu.\n", name="kh.txt")
    partners = {label for pair in facts["pairs"] for label in pair} - {"Sở Khoa học và Công nghệ tỉnh Đồng Nai"}
    assert partners == {"Viettel Đồng Nai", "VNPT Đồng Nai"}


def test_a_layout_table_with_no_number_column_reads_a_row_from_each_block_of_lines():
    text = TOP + "\n".join([
        " Nội dung                       Đơn vị chủ trì       Đơn vị phối hợp       Thời hạn", "",
        " Đo kiểm chất lượng nước        Trung tâm Kiểm       Sở Xây dựng           Tháng 4/2027",
        " giếng khoan                    soát bệnh tật tỉnh", "",
        " Lập bản đồ nguồn nước          Sở Nông nghiệp và    Đài Khí tượng Thủy    Năm 2028",
        "                                Môi trường           văn tỉnh", "",
        "III. TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai.", ""])
    assert rows(text, "kh.txt") == [
        ("Đo kiểm chất lượng nước giếng khoan", ["trung-tam-kiem-soat-benh-tat-tinh"], ["so-xay-dung"], "Tháng 4/2027"),
        ("Lập bản đồ nguồn nước", ["so-nong-nghiep-va-moi-truong"], ["dai-khi-tuong-thuy-van-tinh"], "Năm 2028")]
