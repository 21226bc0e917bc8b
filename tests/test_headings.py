"""Section headings as published text writes them: dashes, slashes, markup, capitals, OCR look-alikes."""

from __future__ import annotations

import pytest

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.segment import section_role, segment

_BEFORE = "I. QUAN ĐIỂM\nCác cấp ủy quán triệt sâu sắc quan điểm của Đảng về phát triển khoa học và\n"
_AFTER = "\nPhấn đấu đến năm 2030 hoàn thành chuyển đổi số.\nIII. NHIỆM VỤ\nCác sở thực hiện chuyển đổi số."


def _roles(heading: str, media_type: str = "text/markdown"):
    src = source_from_string(_BEFORE + heading + _AFTER, name="a.md", media_type=media_type)
    sections, sentences = segment(src)

    def role_of(words: str) -> str:
        return next(sections[s.section].role for s in sentences if words in src.text[s.span.start:s.span.end])
    return sections, role_of


@pytest.mark.parametrize("heading, number", [
    ("**II- MỤC** TIÊU", "II"),                 # a dash after the numeral, bold cutting the heading in two
    ("II - MỤC TIÊU", "II"),
    ("II – Mục tiêu", "II"),
    ("II.MỤC TIÊU", "II"),
    ("II/ Mục tiêu", "II"),
    ("II: MỤC TIÊU", "II"),
    ("**II. MỤC TIÊU**", "II"),
    ("## II. Mục tiêu", "II"),
    ("<b>II. MỤC TIÊU</b>", "II"),
    ("Phần II. MỤC TIÊU", "II"),
    ("Phần II - MỤC TIÊU", "II"),
    ("A. MỤC TIÊU", "A"),
    ("1- Mục đích", "1"),
    ("Il. MỤC TIÊU", "II"),                    # OCR reads the second I as a small l
    ("II. MUC TIEU", "II"),                    # capitals whose marks OCR lost
    ("II. MỤC TIÊU: Phấn đấu đến năm 2028 đạt mức tiên tiến.", "II"),
    ("II. MỤC TIÊU Phấn đấu đến năm 2028 đạt mức tiên tiến.", "II"),
])
def test_heading_forms_open_the_objectives(heading, number):
    sections, role_of = _roles(heading)
    objectives = [s for s in sections if s.role == "objectives"]
    assert [s.number for s in objectives] == [number]
    assert role_of("Phấn đấu đến năm 2030") == "objectives"
    assert role_of("Các sở thực hiện") == "tasks"
    assert role_of("Các cấp ủy quán triệt") == "requirements"   # the heading was not joined to the line before
    if "2028" in heading:
        assert objectives[0].title == "MỤC TIÊU"
        assert role_of("Phấn đấu đến năm 2028") == "objectives"


def test_html_page_headings():
    html = ("<html><body><p><b>II- MỤC</b> TIÊU</p><p>Phấn đấu đến năm 2030 hoàn thành chuyển đổi số.</p>"
            "<p><strong>III. NHIỆM VỤ</strong></p><p>Các sở thực hiện chuyển đổi số.</p></body></html>")
    src = source_from_string(html, name="a.html", media_type="text/html")
    sections, _ = segment(src)
    assert [(s.number, s.role) for s in sections if s.number] == [("II", "objectives"), ("III", "tasks")]


def test_capital_letter_parts_above_or_below_roman_parts():
    above = "A. MỤC TIÊU\nI. Mục tiêu chung\nPhấn đấu đến năm 2030.\nB. NHIỆM VỤ\nI. Về hạ tầng\nCác sở thực hiện."
    sections, sentences = segment(source_from_string(above))
    by_number = {(s.number, s.title): s for s in sections}
    b = by_number[("B", "NHIỆM VỤ")]
    assert b.parent is None and by_number[("I", "Về hạ tầng")].parent == b.index
    assert sections[sentences[-1].section].role == "tasks"
    below = "I. MỤC TIÊU\nA. MỤC TIÊU CHUNG\nPhấn đấu đến năm 2030.\nII. NHIỆM VỤ\nA. NHIỆM VỤ CHUNG\nCác sở thực hiện."
    sections, _ = segment(source_from_string(below))
    parents = {(s.number, s.title): s.parent for s in sections}
    assert parents[("A", "NHIỆM VỤ CHUNG")] == next(s.index for s in sections if s.number == "II")


@pytest.mark.parametrize("line", [
    "X-quang được trang bị cho các trạm y tế.",          # a dash before a small letter: no separator
    "V.I.Lênin đã chỉ rõ vai trò của khoa học.",         # initials, not a numeral
    "A. Nguyễn Văn Nam được giao theo dõi.",             # a letter item naming no part, not in capitals
    "1-2 ngày sau khi nhận được văn bản, các sở báo cáo.",
])
def test_lines_that_are_no_headings(line):
    sections, _ = segment(source_from_string("Ủy ban nhân dân tỉnh ban hành kế hoạch.\n" + line))
    assert all(s.number is None for s in sections)


@pytest.mark.parametrize("title, role", [
    ("II- MỤC TIÊU", "objectives"), ("1 - Mục đích", "objectives"), ("II/ Nhiệm vụ", "tasks"),
    ("NHIEM VU VA GIAI PHAP", "tasks"), ("TO CHUC THUC HIEN", "organisation"),
    ("Muc tieu", None),                          # marks lost only count in capitals
])
def test_section_role_reads_markers_and_lost_marks(title, role):
    assert section_role(title) == role


def test_markers_are_plain_in_the_match_form():
    src = source_from_string("**1\\.** Đảng đoàn Quốc hội lãnh đạo.\nIl/ NHIỆM VỤ\nT/M BAN THƯỜNG VỤ\n1-2 ngày sau")
    assert src.match.split("\n") == ["  1.    Đảng đoàn Quốc hội lãnh đạo.", "II. NHIỆM VỤ", "T/M BAN THƯỜNG VỤ",
                                     "1-2 ngày sau"]
    assert len(src.match) == len(src.text)
    sections, sentences = segment(src)
    assert [src.text[s.span.start:s.span.end] for s in sentences][0] == "1\\.** Đảng đoàn Quốc hội lãnh đạo."


def test_heading_wrapped_onto_a_second_line_in_capitals():
    text = ("A. ĐỐI VỚI VIỆC GIỚI THIỆU NGƯỜI ỨNG CỬ\n\nĐẠI BIỂU QUỐC HỘI\n\nCơ quan, tổ chức được phân bổ thực hiện.\n"
            "NỘI DUNG, TRÌNH TỰ, THỦ TỤC\nHọp Ban lãnh đạo cơ quan.")
    sections, _ = segment(source_from_string(text))
    assert sections[0].title == "ĐỐI VỚI VIỆC GIỚI THIỆU NGƯỜI ỨNG CỬ ĐẠI BIỂU QUỐC HỘI"
    assert [(s.title, s.role, s.parent) for s in sections[1:]] == [("NỘI DUNG, TRÌNH TỰ, THỦ TỤC", "tasks", 0)]


def test_the_rest_of_a_wrapped_heading_heads_no_duties():
    from policykg.graph_builder.pipeline import build_source
    text = ("KẾ HOẠCH\nTổ chức hội nghị\n\nA. ĐỐI VỚI VIỆC GIỚI THIỆU NGƯỜI ỨNG CỬ\n\nỦY BAN NHÂN DÂN TỈNH\n\n"
            "NỘI DUNG, TRÌNH TỰ, THỦ TỤC\n\nTổ chức họp Ban lãnh đạo cơ quan.\n\nThông qua biên bản cuộc họp.")
    result = build_source(source_from_string(text))
    holders = {iri.rsplit("/", 1)[-1] for a in result.assertions for iri in a.subjects}
    assert not any("uy-ban-nhan-dan" in h for h in holders), holders
    assert any(a.text == "Thông qua biên bản cuộc họp." for a in result.assertions)


def test_an_objectives_item_stating_a_target_is_one_objective():
    from policykg.graph_builder.pipeline import build_source
    text = ("KẾ HOẠCH\nPhát triển khoa học\n\nI. MỤC TIÊU\n\n"
            "- Tiềm lực khoa học đạt mức tiên tiến. Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á.\n\n"
            "- Tham gia hiệp thương giới thiệu người ứng cử. Tổng hợp, báo cáo kết quả thực hiện công tác bầu cử.\n\n"
            "II. NHIỆM VỤ\n\nSở Nội vụ tổ chức hội nghị.")
    result = build_source(source_from_string(text))
    objectives = [a.text for a in result.assertions if a.relation == "objective"]
    assert not any(o.startswith("Việt Nam thuộc nhóm") for o in objectives), objectives
    assert any(o.startswith("Tiềm lực khoa học") for o in objectives), objectives
    # one objective per item, from its start (tests/data/real/GUIDELINES.md): a later sentence that opens with a verb
    # is the same item's (round 26; it was a second objective before, which the tune and development gold do not hold)
    assert [o for o in objectives if o.startswith(("Tham gia hiệp thương", "Tổng hợp, báo cáo"))] == [
        "Tham gia hiệp thương giới thiệu người ứng cử"], objectives
