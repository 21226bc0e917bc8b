"""A plan's appendix from PDF text, one cell fragment per line, as provincial plans publish it (round 32,
`wrappedgroups`): each group's Roman number alone on its line with its title below ("II" / "Thực hiện ..."), the rows
numbered from 1 again in each group, a column of funds ("Nguồn kinh phí" / "thực hiện") and periods under the time
column ("Đến 2025" / "2026 – 2030") in the header, and a lead cell opened by a bullet. Every row keeps its lead. The
plans are invented."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

TOP = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nKẾ HOẠCH\nPhát triển du lịch cộng đồng\n\nNội dung kế hoạch.\n\n"
       "PHỤ LỤC\nDanh mục nhiệm vụ thực hiện Kế hoạch\n(Kèm theo Kế hoạch của Ủy ban nhân dân tỉnh)\n \n")

HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối ", "hợp", "Thời gian thực hiện", "Nguồn kinh phí ",
          "thực hiện", "Đến 2026", "2027 – 2030"]

ROWS = [
    "I ", "Hoàn thiện cơ chế, chính sách phát triển du lịch ",
    "1 ", "Rà soát quy hoạch các điểm du lịch ", "cộng đồng trên địa bàn tỉnh ",
    "Sở Văn hóa, Thể ", "thao và Du lịch ", "Các sở, ban, ", "ngành có liên ", "quan ", "2026-2027 ",
    "Ngân sách địa ", "phương ",
    "2 ", "Xây dựng cơ sở dữ liệu về du lịch ", "cộng đồng ",
    "Sở Khoa học và ", "Công nghệ ", "Sở Văn hóa, Thể ", "thao và Du lịch ", "2026-2030 ", "Ngân sách tỉnh ",
    "II ", "Phát triển sản phẩm và quảng bá du lịch ",
    "1 ", "Tổ chức lễ hội văn hóa các dân tộc ", "hằng năm ",
    "Sở Văn hóa, Thể ", "thao và Du lịch ", "Ủy ban nhân dân ", "cấp xã ", "2026-2030 ", "Ngân sách tỉnh; xã ",
    "hội hóa ",
    "2 ", "Tuyên truyền, quảng bá hình ảnh ", "du lịch của tỉnh trên các phương ", "tiện thông tin đại chúng ",
    "- Sở Văn hóa, Thể thao và Du lịch, ", "Ủy ban nhân dân cấp xã ", "2026-2030 ", "Ngân sách tỉnh ",
]


def _leads(text: str) -> list[tuple[str, list[str]]]:
    """(first three words of the task, its leads by slug) per row of a table that names a lead."""
    result = build_source(source_from_string(text, name="kh.txt"))
    out = []
    for a in result.assertions:
        if a.relation == "coordination" and a.parent is not None and a.subjects:
            task = result.assertions[a.parent].text or ""
            out.append((" ".join(task.split()[:3]), [x.rsplit("/", 1)[1] for x in a.subjects]))
    return out


def test_rows_numbered_again_in_each_group_under_a_bare_roman_number_keep_their_leads():
    text = TOP + "\n".join(HEADER + ROWS) + "\n"
    assert _leads(text) == [
        ("Rà soát quy", ["so-van-hoa-the-thao-va-du-lich-tinh-ha-giang"]),
        ("Xây dựng cơ", ["so-khoa-hoc-va-cong-nghe-tinh-ha-giang"]),
        ("Tổ chức lễ", ["so-van-hoa-the-thao-va-du-lich-tinh-ha-giang"]),
        ("Tuyên truyền, quảng", ["so-van-hoa-the-thao-va-du-lich-tinh-ha-giang", "uy-ban-nhan-dan-cap-xa"])]


def test_a_heading_of_the_document_after_the_table_ends_it():
    # a part of the document in capitals with its own items after the table is no group of the table
    text = TOP + "\n".join(HEADER + ROWS[:22]) + "\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí.\n"
    leads = _leads(text)
    assert [task for task, _ in leads] == ["Rà soát quy", "Xây dựng cơ"]


ONE_CELL_PER_LINE = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                     "I", "Phát triển vùng nguyên liệu",
                     "1", "Quy hoạch vùng trồng chè hữu cơ", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã",
                     "Năm 2026",
                     "2", "Hỗ trợ hợp tác xã chế biến chè", "Liên minh Hợp tác xã tỉnh", "Sở Tài chính", "Năm 2027",
                     "II. Mở rộng thị trường",
                     "1", "Tổ chức hội chợ chè", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Hằng năm"]


def test_a_table_one_cell_per_line_reads_its_group_titles_and_rows_numbered_again():
    text = TOP + "\n".join(ONE_CELL_PER_LINE) + "\n"
    assert _leads(text) == [("Quy hoạch vùng", ["so-nong-nghiep-va-moi-truong-tinh-ha-giang"]),
                            ("Hỗ trợ hợp", ["lien-minh-hop-tac-xa-tinh-ha-giang"]),
                            ("Tổ chức hội", ["so-cong-thuong-tinh-ha-giang"])]


CAPITAL_GROUPS = ["I ", "CÔNG TÁC QUY HOẠCH ",
                  "1 ", "Rà soát quy hoạch các điểm du lịch ", "cộng đồng trên địa bàn tỉnh ",
                  "Sở Văn hóa, Thể ", "thao và Du lịch ", "Các sở, ban, ", "ngành có liên ", "quan ", "2026-2027 ",
                  "Ngân sách tỉnh ",
                  "II ", "CÔNG TÁC TUYÊN TRUYỀN ",
                  "1 ", "Tuyên truyền, quảng bá hình ảnh ", "du lịch của tỉnh trên các phương ",
                  "tiện thông tin đại chúng ", "Sở Khoa học và ", "Công nghệ ", "Ủy ban nhân dân ", "cấp xã ",
                  "2026-2030 ", "Ngân sách tỉnh "]


def test_group_titles_in_capitals_keep_the_table_open_but_a_heading_after_it_ends_it():
    text = TOP + "\n".join(HEADER + CAPITAL_GROUPS) + "\n"
    assert _leads(text) == [("Rà soát quy", ["so-van-hoa-the-thao-va-du-lich-tinh-ha-giang"]),
                            ("Tuyên truyền, quảng", ["so-khoa-hoc-va-cong-nghe-tinh-ha-giang"])]
    # the document's next part, in capitals, its items numbered on their lines: no group of the table
    text = TOP + "\n".join(HEADER + CAPITAL_GROUPS[:12]) + "\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí.\n"
    assert [task for task, _ in _leads(text)] == ["Rà soát quy"]
