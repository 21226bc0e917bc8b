"""Round 34: a name a converted copy breaks over a stray blank line goes on after it ("... theo Nghị quyết của Ban" /
"" / "Thường vụ Huyện ủy đến ...", a heading's "... – Thường trực Hội" / "" / "Liên hiệp Thanh niên Việt Nam"): the
line is long, it ends with a name's head and the next line opens with two capitalised words among its first five
(a proper name going on), not an item's number nor a new paragraph ("Việc tổ chức ..."). The first two tests fail
without the change (the committee alone, "Huyện ủy", is read; the union's name is cut to its head)."""

from policykg.graph_builder.linebreaks import goes_on_over_blank
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def _actors(text: str) -> set[str]:
    result = build_source(source_from_string(text))
    return {m.label for m in result.mentions if m.category == "actor"}


def test_standing_board_broken_over_a_blank_line():
    text = ("- Phổ biến, quán triệt đầy đủ nội dung Nghị quyết số 05-NQ/HU về phát triển kinh tế nông thôn của Ban\n"
            "\n"
            "Thường vụ Huyện ủy đến toàn thể cán bộ, đảng viên trong các cơ quan, đơn vị.\n")
    labels = _actors(text)
    assert any(label.startswith("Ban Thường vụ Huyện ủy") for label in labels)
    assert not any(label.lower().startswith("huyện ủy") for label in labels)


def test_union_name_in_a_heading_broken_over_a_blank_line():
    assert goes_on_over_blank("2.1. Ban Thanh niên công nhân và đô thị Trung ương Đoàn – Thường trực Hội",
                              "Liên hiệp Thanh niên Việt Nam")


def test_new_paragraph_after_a_heading_is_not_joined():
    """A guard: a heading that ends with a body's name and a paragraph opening with a noun stay apart (passes
    without the change too)."""
    assert not goes_on_over_blank("Hội nghị lấy ý kiến cử tri về người được giới thiệu ứng cử đại biểu Hội đồng nhân dân",
                                  "Việc tổ chức hội nghị được tiến hành theo quy định.")
    assert not goes_on_over_blank("Báo cáo kết quả thực hiện gửi về Sở Nội vụ trước ngày 15 hằng tháng để tổng hợp, gửi Sở",
                                  "2. Sở Tài chính bố trí kinh phí.")
