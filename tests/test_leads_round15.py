"""Leads and coordination pairs in division-of-labour tables as they reach users (issue 9, round 15, `leads15`): the
forms of the probe battery tests/data/genre/probe15t/p15t-* (pdftotext -layout text, flat copies, Word tab text,
Markdown, HTML). Every text here is invented, worded unlike the probes."""

from __future__ import annotations

from pathlib import Path

from documentfacts import facts_of, holders

DATA = Path(__file__).parent / "data" / "round15"

TOP = ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\n\nSố: 17/KH-UBND\n\nMường Tè, ngày 02 tháng 4 năm 2026\n\nKẾ HOẠCH\n\n"
       "Phòng, chống cháy rừng mùa khô năm 2026\n\nI. PHÂN CÔNG NHIỆM VỤ\n\n")
PLACE = " huyện Mường Tè"


def _plan(body: str) -> dict:
    return facts_of(TOP + body, drop_suffix=PLACE)


def _table(name: str) -> str:
    """An invented table as published (tests/data/round15/): kept in a file, as its tabs and columns matter."""
    return (DATA / name).read_text(encoding="utf-8")


WORD_TABS = _table("word-tabs.txt")


def test_a_body_after_a_tab_that_follows_a_level_word_is_no_place_name():
    facts = _plan(WORD_TABS)
    # before, "... huyện<TAB>Công an huyện" read the partner as the name of a place ("huyện Mường Tè"), so the
    # first row had no pair and the second row's lead was lost
    assert frozenset(("Ban Chỉ huy Quân sự", "Công an")) in facts["pairs"]
    assert holders(facts["leads"], "Diễn tập chữa cháy rừng") == {"Công an"}
    assert holders(facts["leads"], "Kiểm tra các chòi canh lửa") == {"Ban Chỉ huy Quân sự"}


NUMBER_ALONE = _table("layout-number-alone.txt")


def test_a_layout_row_whose_number_stands_alone_above_its_cells_is_read():
    facts = _plan(NUMBER_ALONE)
    # before, the row number alone on its line opened no row (and the first one was taken for a header line), and
    # the lead's header cut over two lines ("Đơn vị chủ" / "trì") was found by no line: the table was not read
    assert holders(facts["leads"], "Phát quang đường băng cản lửa") == {"Hạt Kiểm lâm"}
    assert holders(facts["leads"], "Mua sắm bình chữa cháy") == {"Phòng Tài chính - Kế hoạch"}
    assert frozenset(("Phòng Tài chính - Kế hoạch", "Ban Chỉ huy Quân sự")) in facts["pairs"]
    assert ("Mua sắm bình chữa cháy cho các tổ đội xung kích", "Quý II/2026") in facts["dated"]


WORD_TWO_LINE_HEADER = _table("word-two-line-header.txt")


def test_a_word_table_with_a_header_over_two_lines_and_a_cell_over_two_lines_is_read():
    facts = _plan(WORD_TWO_LINE_HEADER)
    # before, "Đơn vị" over "chủ trì" named no lead column on either line, so the table was not read; and the
    # partners' cell broken over two lines ended its row at the break
    assert holders(facts["leads"], "Trồng lại rừng sau cháy") == {"Hạt Kiểm lâm"}
    assert frozenset(("Hạt Kiểm lâm", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")) in facts["pairs"]
    assert frozenset(("Hạt Kiểm lâm", "Phòng Nông nghiệp và Môi trường")) in facts["pairs"]
    assert holders(facts["leads"], "Báo cáo thiệt hại") == {"Phòng Nông nghiệp và Môi trường"}


def test_a_lead_mark_cut_where_its_cell_wraps_still_marks_the_lead():
    facts = _plan(_table("layout-cut-lead-mark.txt"))
    # before, "Hạt Kiểm lâm (chủ" / "trì); ..." marked no lead, so every body of the cell co-led the task
    assert holders(facts["leads"], "Lập bản đồ vùng trọng điểm") == {"Hạt Kiểm lâm"}
    assert frozenset(("Hạt Kiểm lâm", "Phòng Tài chính - Kế hoạch")) in facts["pairs"]
    assert holders(facts["leads"], "Tập huấn lực lượng chữa cháy") == {"Công an"}


def test_a_markdown_table_whose_delimiter_row_holds_no_break_spaces_is_one_table():
    facts = _plan(_table("markdown-nbsp-delimiter.md"))
    # before, "| --- |<NBSP>--- |" was not blanked as a separator row: it stood between the header and the rows as a
    # sentence of its own, so the rows lost their header and the table named no lead
    assert holders(facts["leads"], "Kiểm tra thiết bị báo cháy") == {"Công an"}
    assert holders(facts["leads"], "Bổ sung bể nước chữa cháy") == {"Phòng Kinh tế và Hạ tầng"}
    assert frozenset(("Công an", "Phòng Kinh tế và Hạ tầng")) in facts["pairs"]


def test_partners_written_a_line_each_in_a_layout_cell_are_each_a_partner():
    facts = _plan(_table("layout-partners-a-line-each.txt"))
    # before, the cell's lines were joined by a space: "Điện lực Mường Tè Đồn Biên phòng Ka Lăng" named one body
    assert frozenset(("Công an", "Điện lực Mường Tè")) in facts["pairs"]
    assert frozenset(("Công an", "Đồn Biên phòng Ka Lăng")) in facts["pairs"]
    # a head noun that ends a line goes on in the next ("Văn phòng" / "Ủy ban nhân dân huyện": one body)
    partners = {next(iter(p - {"Phòng Nông nghiệp và Môi trường"})) for p in facts["pairs"]
                if "Phòng Nông nghiệp và Môi trường" in p}
    assert partners == {"Văn phòng Ủy ban nhân dân", "Hội Chữ thập đỏ"}


def test_no_break_spaces_inside_the_words_of_a_layout_table_keep_its_columns():
    facts = _plan(_table("layout-no-break-spaces.txt"))
    # before, "Đơn vị chủ<NBSP>trì" was two runs of the header, so the lead's column was cut in two and the table
    # was misread
    assert holders(facts["leads"], "Tuần tra rừng phòng hộ") == {"Hạt Kiểm lâm"}
    assert holders(facts["leads"], "Sửa chữa chòi canh lửa") == {"Phòng Tài chính - Kế hoạch"}
    assert frozenset(("Hạt Kiểm lâm", "Công an")) in facts["pairs"]


def test_a_word_tab_table_with_doubled_spaces_is_not_read_as_columns_of_spaces():
    facts = _plan(_table("word-tabs-doubled-spaces.txt"))
    # before, a line of prose with two double spaces above the table ("Các nhiệm vụ  được phân công  như sau:") was
    # taken for a layout header and the tab rows for its cells, which hid the table
    assert holders(facts["leads"], "Rà soát bản đồ rừng") == {"Hạt Kiểm lâm"}
    assert holders(facts["leads"], "Mua sắm máy bơm nước") == {"Phòng Tài chính - Kế hoạch"}
    assert frozenset(("Hạt Kiểm lâm", "Công an")) in facts["pairs"]
