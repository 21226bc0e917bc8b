"""Leads and coordination pairs in division-of-labour tables as they reach users (issue 9, round 15, `leads15`): the
forms of the probe battery tests/data/genre/probe15t/p15t-* (pdftotext -layout text, flat copies, Word tab text,
Markdown, HTML). Every text here is invented, worded unlike the probes."""

from __future__ import annotations

from documentfacts import facts_of, holders

TOP = ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\n\nSố: 17/KH-UBND\n\nMường Tè, ngày 02 tháng 4 năm 2026\n\nKẾ HOẠCH\n\n"
       "Phòng, chống cháy rừng mùa khô năm 2026\n\nI. PHÂN CÔNG NHIỆM VỤ\n\n")
PLACE = " huyện Mường Tè"


def _plan(body: str) -> dict:
    return facts_of(TOP + body, drop_suffix=PLACE)


WORD_TABS = ("TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\n"
             "1\tKiểm tra các chòi canh lửa ven rừng phòng hộ\tBan Chỉ huy Quân sự huyện\tCông an huyện\tTháng 5/2026\n"
             "2\tDiễn tập chữa cháy rừng tại khu vực giáp ranh\tCông an huyện\tHạt Kiểm lâm; Đồn Biên phòng Ka Lăng\t"
             "Quý II/2026\n")


def test_a_body_after_a_tab_that_follows_a_level_word_is_no_place_name():
    facts = _plan(WORD_TABS)
    # before, "... huyện<TAB>Công an huyện" read the partner as the name of a place ("huyện Mường Tè"), so the
    # first row had no pair and the second row's lead was lost
    assert frozenset(("Ban Chỉ huy Quân sự", "Công an")) in facts["pairs"]
    assert holders(facts["leads"], "Diễn tập chữa cháy rừng") == {"Công an"}
    assert holders(facts["leads"], "Kiểm tra các chòi canh lửa") == {"Ban Chỉ huy Quân sự"}


NUMBER_ALONE = (
    " TT   Công việc               Đơn vị chủ     Đơn vị phối hợp     Thời hạn\n"
    "                              trì\n"
    " 1\n"
    "      Phát quang đường băng   Hạt Kiểm lâm   Ủy ban nhân dân     Tháng 3/2026\n"
    "      cản lửa quanh rừng                     các xã\n"
    "      đặc dụng\n"
    " 2\n"
    "      Mua sắm bình chữa cháy  Phòng Tài      Hạt Kiểm lâm;       Quý II/2026\n"
    "      cho các tổ đội xung     chính - Kế     Ban Chỉ huy Quân\n"
    "      kích                    hoạch          sự huyện\n"
    "\n"
    "II. TỔ CHỨC THỰC HIỆN\n")


def test_a_layout_row_whose_number_stands_alone_above_its_cells_is_read():
    facts = _plan(NUMBER_ALONE)
    # before, the row number alone on its line opened no row (and the first one was taken for a header line), and
    # the lead's header cut over two lines ("Đơn vị chủ" / "trì") was found by no line: the table was not read
    assert holders(facts["leads"], "Phát quang đường băng cản lửa") == {"Hạt Kiểm lâm"}
    assert holders(facts["leads"], "Mua sắm bình chữa cháy") == {"Phòng Tài chính - Kế hoạch"}
    assert frozenset(("Phòng Tài chính - Kế hoạch", "Ban Chỉ huy Quân sự")) in facts["pairs"]
    assert ("Mua sắm bình chữa cháy cho các tổ đội xung kích", "Quý II/2026") in facts["dated"]
