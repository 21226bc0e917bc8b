"""Coordination pairs and leads on published text (issue 9, round 10, `pairs10`): a partner that is only the scope of
the collective before it, a sentence broken after "do" (by) before the body that leads, a partner's name broken over
the line of a lettered item, Markdown whose tables are HTML, a table of projects whose partners "take part", lead words
that lend the sentence's holder no lead, partners listed after a qualified member. Every text here is invented."""

from __future__ import annotations

from collections import defaultdict

from documentfacts import facts_of, holders, predictions_from_quads

from policykg.graph_builder import cues
from policykg.graph_builder.linebreaks import item_goes_on
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_bytes, source_from_string

TOP = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nSố: 45/KH-UBND\n\nKẾ HOẠCH\n\nTuyên truyền về phòng, chống thiên tai\n\n"
       "II. NHIỆM VỤ\n\n")
PLACE = " tỉnh Quảng Trị"


def test_the_scope_after_trung_uong_names_no_partner_of_its_own():
    facts = facts_of(TOP + "1. Xây dựng phim tài liệu về mùa mưa bão.\n"
                           "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n"
                           "- Cơ quan phối hợp: Các tờ báo Trung ương, địa phương, quân đội; Sở Tài chính.\n",
                     drop_suffix=PLACE)
    # "địa phương" and "quân đội" say which papers: neither is a body that cooperates
    assert facts["pairs"] == {frozenset(("Sở Nông nghiệp và Môi trường", "Sở Tài chính"))}


def test_the_scope_list_is_read_with_and_and_only_as_bare_words():
    found = [m.group("scope") for m in cues.SCOPE_LIST.finditer(
        "các đài truyền hình trung ương và địa phương; ban tuyên giáo trung ương, các địa phương, "
        "các cơ quan tw, quân đội, các cấp")]
    assert found == [" và địa phương", ", quân đội, các cấp"]
    # a name that ends in "Trung ương" and a list of bodies after it: "các địa phương" is a body of its own
    assert cues.SCOPE_LIST.search("ban tuyên giáo trung ương, các địa phương") is None


def test_a_line_broken_after_do_goes_on_with_the_body_that_leads():
    text = TOP + ("2. Việc kiểm tra liên ngành các hồ chứa nước trên địa bàn các huyện miền núi do\n"
                  "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh thực hiện hằng quý.\n")
    facts = facts_of(text, drop_suffix=PLACE)
    assert holders(facts["leads"], "kiểm tra liên ngành các hồ chứa nước") == {"Sở Nông nghiệp và Môi trường"}
    source = source_from_string(text)
    start = source.text.index("do\nSở")
    assert source.match[start:start + 4] == "do S"   # one sentence over the line break


def test_tu_do_at_the_end_of_a_line_is_no_preposition():
    source = source_from_string("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do\nHạnh phúc của nhân dân là mục tiêu "
                                "hàng đầu của mọi chính sách phát triển kinh tế.\n")
    start = source.text.index("Tự do\n")
    assert source.match[start + 5] == "\n"


def test_a_partner_broken_over_the_line_of_a_lettered_item_stays_one_partner():
    facts = facts_of(TOP + ("c) Sở Giáo dục và Đào tạo chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí\n"
                            "Minh tỉnh tổ chức cuộc thi tìm hiểu kỹ năng phòng tránh đuối nước cho học sinh.\n"),
                     drop_suffix=PLACE)
    assert facts["pairs"] == {frozenset(("Sở Giáo dục và Đào tạo", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"))}
    assert holders(facts["leads"], "tìm hiểu kỹ năng phòng tránh đuối nước") == {"Sở Giáo dục và Đào tạo"}


def test_an_item_whose_partners_end_with_their_punctuation_is_not_carried_on():
    assert item_goes_on("c) Sở Giáo dục và Đào tạo chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí")
    assert not item_goes_on("2. Sở Y tế chủ trì, phối hợp với Sở Tài chính; Sở Nội vụ")
    assert not item_goes_on("a) Về công tác phối hợp.")


def _plan_with_html_tables() -> str:
    rows = "".join(f"<table>\n<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th>"
                   f"<th>Thời gian</th></tr>\n<tr><td>{k}</td><td>Số hóa tài liệu đợt {k} của thư viện</td>"
                   f"<td>Sở Văn hóa, Thể thao và Du lịch</td><td>Sở Nội vụ</td><td>Quý {'I' * k}/2027</td></tr>\n</table>\n\n"
                   for k in (1, 2, 3))
    return ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nSố: 45/KH-UBND\n\n# KẾ HOẠCH\n\nPhát triển thư viện số cấp xã\n\n"
            "## II. TỔ CHỨC THỰC HIỆN\n\n### 1. Sở Văn hóa, Thể thao và Du lịch\n\n"
            "- Chủ trì, phối hợp với Sở Tài chính rà soát kinh phí mua sắm thiết bị số hóa\n"
            "- Tổng hợp, báo cáo kết quả thực hiện hằng năm.\n\n## PHỤ LỤC\n\n" + rows)


def test_markdown_whose_tables_are_html_keeps_its_lines():
    source = source_from_bytes(_plan_with_html_tables().encode("utf-8"), "plan.txt")
    assert source.media_type == "text/plain"
    assert "mua sắm thiết bị số hóa\n- Tổng hợp" in source.text   # not one paragraph, as a page's text would be
    assert "| 2 | Số hóa tài liệu đợt 2 của thư viện | Sở Văn hóa, Thể thao và Du lịch | Sở Nội vụ |" in source.text
    found = predictions_from_quads(emit_result(build_source(source)), defaultdict(set))
    pairs = {frozenset(sorted(found.labels[a])[0].removesuffix(PLACE) for a in pair) for pair in found.pairs}
    assert frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính")) in pairs
    assert frozenset(("Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ")) in pairs


def test_a_page_whose_paragraphs_are_html_is_still_read_as_a_page():
    page = "".join(f"<p>Đoạn {k}: Sở Nội vụ chủ trì rà soát hồ sơ.</p>\n" for k in range(4)) + "<table><tr><td>1</td></tr></table>"
    assert source_from_bytes(page.encode("utf-8"), "page.txt").media_type == "text/html"


def test_a_table_of_projects_with_the_bodies_that_take_part_is_a_division_of_labour():
    facts = facts_of(TOP + "| TT | Tên dự án | Đơn vị chủ trì | Đơn vị tham gia | Thời gian |\n|---|---|---|---|---|\n"
                           "| 1 | Cải tạo trường tiểu học vùng cao | Ban Quản lý dự án của Sở Giáo dục và Đào tạo | "
                           "Sở Tài chính; Sở Xây dựng | Năm 2027 |\n"
                           "| 2 | Nâng cấp đường vào khu bảo tồn | Sở Giao thông vận tải | Sở Nông nghiệp và Môi trường | "
                           "Quý IV/2027 |\n", name="plan.md", drop_suffix=PLACE)
    # the owner after "của" leads nothing: the project board does, named with its owner (round 24, ownertails)
    board = "Ban Quản lý dự án của Sở Giáo dục và Đào tạo"
    assert facts["leads"] == {(board, "Cải tạo trường tiểu học vùng cao"),
                              ("Sở Giao thông vận tải", "Nâng cấp đường vào khu bảo tồn")}
    assert facts["pairs"] == {frozenset((board, "Sở Tài chính")),
                              frozenset((board, "Sở Xây dựng")),
                              frozenset(("Sở Giao thông vận tải", "Sở Nông nghiệp và Môi trường"))}
    assert facts["dated"] == {("Cải tạo trường tiểu học vùng cao", "Năm 2027"),
                              ("Nâng cấp đường vào khu bảo tồn", "Quý IV/2027")}


def test_a_standing_body_named_after_a_preposition_gives_the_holder_no_lead():
    facts = facts_of(TOP + "1. Sở Văn hóa, Thể thao và Du lịch có trách nhiệm tổng hợp hồ sơ xếp hạng di tích, gửi về cơ "
                           "quan thường trực Hội đồng di sản tỉnh trước ngày 30/6/2027.\n", drop_suffix=PLACE)
    assert facts["leads"] == set() and holders(facts["duties"], "hồ sơ xếp hạng di tích") == \
        {"Sở Văn hóa, Thể thao và Du lịch"}
    # the holder that is the standing body leads
    facts = facts_of(TOP + "2. Sở Nội vụ là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh, tổng hợp hồ sơ "
                           "đề nghị khen thưởng.\n", drop_suffix=PLACE)
    assert {a for a, _ in facts["leads"]} == {"Sở Nội vụ"}


def test_those_a_clause_describes_as_leading_lend_the_holder_no_lead():
    facts = facts_of(TOP + "3. Sở Khoa học và Công nghệ xem xét khen thưởng tổ chức, cá nhân chủ trì thực hiện đề tài đạt "
                           "kết quả xuất sắc.\n", drop_suffix=PLACE)
    assert facts["leads"] == set() and holders(facts["duties"], "xem xét khen thưởng") == {"Sở Khoa học và Công nghệ"}
    facts = facts_of(TOP + "4. Sở Khoa học và Công nghệ chủ trì thẩm định các đề tài cấp tỉnh.\n", drop_suffix=PLACE)
    assert {a for a, _ in facts["leads"]} == {"Sở Khoa học và Công nghệ"}


def test_the_standing_role_a_holder_plays_is_a_lead():
    facts = facts_of(TOP + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tư pháp\n\n- Giữ vai trò thường trực của Hội đồng phối hợp phổ "
                           "biến, giáo dục pháp luật tỉnh trong việc theo dõi, đôn đốc các ngành.\n", drop_suffix=PLACE)
    assert holders(facts["leads"], "theo dõi, đôn đốc các ngành") == {"Sở Tư pháp"}


def test_partners_listed_after_a_member_that_a_few_words_qualify_are_kept():
    facts = facts_of(TOP + "1. Sở Xây dựng chủ trì, phối hợp với các chủ đầu tư khu dân cư mới, Ủy ban nhân dân các xã và "
                           "các đơn vị liên quan lắp đặt đồng hồ nước cho hộ dân.\n", drop_suffix=PLACE)
    assert frozenset(("Sở Xây dựng", "Ủy ban nhân dân cấp xã")) in facts["pairs"]
    # a phrase of the duty after the partner ("về công tác ...") ends the list: the next body is no partner
    facts = facts_of(TOP + "2. Sở Xây dựng chủ trì, phối hợp với Công an tỉnh về công tác phòng cháy, Sở Y tế kiểm tra "
                           "chất lượng nước định kỳ.\n", drop_suffix=PLACE)
    assert not any("Sở Y tế" in pair for pair in facts["pairs"])
