"""Round 16, text as published: the forms a publishing noise alone breaks, read as the clean text reads them.
Every text here is invented."""

from __future__ import annotations

from policykg.core.textnorm import single_spaced, source_text
from policykg.graph_builder.read import source_from_string


def test_a_doubled_space_inside_a_line_of_words_is_one_space():
    text = "b) Cơ quan chủ  trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: Trung tâm Khuyến nông  tỉnh."
    assert source_text(text) == text.replace("  ", " ")


def test_a_doubled_space_before_a_capital_in_a_sentence_is_one_space():
    text = "Giao Ban Quản lý các khu công nghiệp phối hợp với các đơn vị trực thuộc  Sở Công Thương rà soát hồ sơ."
    assert source_text(text) == text.replace("  ", " ")


def test_a_column_gap_stays_where_the_line_does_not_read_as_one_phrase():
    layout = ("ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n| Trạm Y tế  Hội Nông dân |\n"
              "Nguyễn Thị Lan  Trần Văn Bình\nRà soát\tSở A  hoàn thành\nKT. GIÁM ĐỐC   Nơi  nhận")
    assert single_spaced(layout) == layout


def test_a_justified_line_keeps_its_widened_spaces():
    justified = "các đơn vị triển khai đồng bộ  những  giải  pháp  nâng  cao chất lượng"
    assert single_spaced(justified) == justified


def test_a_lead_named_over_a_doubled_space_is_read_as_over_a_single_one():
    clean = ("1. Tập huấn an toàn thực phẩm cho hộ kinh doanh.\n"
             "- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm.\n"
             "- Đơn vị phối hợp: Hội Liên hiệp Phụ nữ tỉnh.\n")
    noisy = clean.replace("chủ trì", "chủ  trì").replace("phối hợp", "phối  hợp")
    assert source_from_string(noisy).text == source_from_string(clean).text


_FLAT = ("KẾ HOẠCH\nTT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\n1\nKiểm tra cơ sở giết mổ\nChi cục Thú y\n"
         "Trạm Kiểm dịch\n2\nGiám sát dịch bệnh\nTrung tâm Kiểm soát bệnh tật\nPhòng Y tế huyện\n")


def _rows(text: str) -> list[str]:
    return [line for line in source_from_string(text).match.split("\n") if line.count("|") >= 3]


def test_a_flat_table_whose_cell_lines_carry_page_tags_is_read_as_the_clean_one():
    noisy = (_FLAT.replace("\n1\n", "\n1<br>\n").replace("Chi cục Thú y", "<p>Chi cục Thú y</p>")
             .replace("\n2\n", "\n<p>2</p>\n"))
    clean_rows = _rows(_FLAT)
    assert len(clean_rows) == 3
    assert [" ".join(r.replace("|", " | ").split()) for r in _rows(noisy)] == \
        [" ".join(r.replace("|", " | ").split()) for r in clean_rows]


def test_a_flat_table_with_no_break_spaces_ends_where_the_clean_one_does():
    clean = _FLAT + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    noisy = clean.replace("Kiểm tra cơ sở", "Kiểm\u00a0tra\u00a0cơ sở").replace("Nơi nhận", "Nơi\u00a0nhận")
    assert [" ".join(r.split()) for r in _rows(noisy)] == [" ".join(r.split()) for r in _rows(clean)]
