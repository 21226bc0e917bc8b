"""Segmentation into sections, paragraphs, sentences and clauses with offsets (issue 3, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph_builder.model import Span
from policykg.graph_builder.read import read_source, source_from_string
from policykg.graph_builder.segment import section_role, segment, split_clauses, split_sentences

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "ct09-nhandan-2023-12-09.txt"
DATA = Path(__file__).resolve().parent / "data" / "reading"


def sentence_texts(source, sentences):
    return [source.text[s.span.start:s.span.end] for s in sentences]


def split(text):
    return [text[s.start:s.end] for s in split_sentences(text, 0, len(text))]


def check_offsets(source, sections, sentences):
    """Invariants every segmentation obeys."""
    previous_end = 0
    for i, sentence in enumerate(sentences):
        assert sentence.index == i
        span = sentence.span
        assert 0 <= previous_end <= span.start < span.end <= len(source.text)
        assert source.text[span.start:span.end] == source.text[span.start:span.end].strip()
        for skipped in source.skipped:
            assert span.end <= skipped.start or span.start >= skipped.end
        assert sentence.clauses[0].start == span.start and sentence.clauses[-1].end == span.end
        for left, right in zip(sentence.clauses, sentence.clauses[1:]):
            assert left.end <= right.start
            assert source.match[left.end:right.start].strip() == ""
        section = sections[sentence.section]
        assert section.span.start <= span.start and span.end <= section.span.end
        previous_end = span.end
    for i, section in enumerate(sections):
        assert section.index == i
        assert section.parent is None or section.parent < i


# --- the bundled article -----------------------------------------------------------------

@pytest.fixture(scope="module")
def article():
    source = read_source(ARTICLE)
    sections, sentences = segment(source)
    return source, sections, sentences


def test_article_offsets_are_exact(article):
    check_offsets(*article)


def test_article_tasks_section_holds_exactly_the_eight_tasks(article):
    source, sections, sentences = article
    tasks = [s for s in sections if s.role == "tasks"]
    assert len(tasks) == 1
    assert tasks[0].title == "Về nhiệm vụ và giải pháp"
    held = sentence_texts(source, [s for s in sentences if s.section == tasks[0].index])
    assert len(held) == 8
    assert held[0].startswith("Về nhiệm vụ và giải pháp, Chỉ thị yêu cầu: Các cấp ủy đảng, chính quyền,")
    assert held[0].endswith("định kỳ sơ kết, tổng kết, đánh giá tình hình, kết quả thực hiện.")
    openings = ["Về nhiệm vụ", "Đổi mới nội dung", "Nâng cao chất lượng", "Chú trọng chỉ đạo", "Tăng cường quan hệ",
                "Quan tâm xây dựng", "Nâng cao hiệu lực", "Tiếp tục đẩy mạnh"]
    assert [h[:len(o)] for h, o in zip(held, openings)] == openings
    assert held[-1].endswith("“Công an nhân dân vì nước quên thân, vì dân phục vụ”…")


def test_article_closing_paragraph_is_its_own_organisation_section(article):
    source, sections, sentences = article
    last = sections[-1]
    assert last.role == "organisation"
    held = sentence_texts(source, [s for s in sentences if s.section == last.index])
    assert held == ["Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng, các cấp, các ngành theo chức năng nhiệm vụ, "
                    "triển khai thực hiện tốt Chỉ thị này."]


def test_article_repeated_lead_gives_no_sentence(article):
    source, sections, sentences = article
    texts = sentence_texts(source, sentences)
    assert sum(t.startswith("Ban Bí thư T.Ư Đảng vừa ban hành") for t in texts) == 1
    assert sum("nhằm giữ vững ổn định chính trị" in t for t in texts) == 1
    assert not any("tham..." in t or "Theo Nhandan" in t or "09/12/2023" in t for t in texts)


def test_article_abbreviation_tu_does_not_end_a_sentence(article):
    source, _, sentences = article
    texts = sentence_texts(source, sentences)
    assert not any(t.endswith("T.") or t.startswith("Ư") for t in texts)
    assert any("từ T.Ư đến cơ sở phải xác định" in t for t in texts)
    assert texts[1] == ("Ban Bí thư T.Ư Đảng vừa ban hành Chỉ thị số 09-CT/TW về tăng cường sự lãnh đạo của Đảng "
                        "đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới.")


def test_article_headline_is_header_and_ellipsis_ends_a_sentence(article):
    source, sections, sentences = article
    assert sections[0].role == "header"
    assert sentence_texts(source, [sentences[0]]) == [
        "Tăng cường sự lãnh đạo của Ðảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc"]
    texts = sentence_texts(source, sentences)
    assert any(t.endswith("góp phần phục vụ công cuộc xây dựng và bảo vệ Tổ quốc…") for t in texts)
    assert any(t.startswith("Theo đó, yêu cầu đặt ra là") for t in texts)


def test_article_clauses_split_at_semicolon_and_colon(article):
    source, sections, sentences = article
    first_task = next(s for s in sentences if source.text[s.span.start:].startswith("Về nhiệm vụ"))
    clauses = [source.text[c.start:c.end] for c in first_task.clauses]
    assert clauses[0] == "Về nhiệm vụ và giải pháp, Chỉ thị yêu cầu:"
    assert clauses[1].startswith("Các cấp ủy đảng") and clauses[1].endswith("của đơn vị, địa phương;")
    assert clauses[2] == "định kỳ sơ kết, tổng kết, đánh giá tình hình, kết quả thực hiện."


def test_segment_is_deterministic(article):
    source, sections, sentences = article
    assert segment(read_source(ARTICLE)) == (sections, sentences)


# --- sentence ends ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ban Bí thư ban hành Chỉ thị.Sau khi đánh giá, Chỉ thị nêu rõ.",
     ["Ban Bí thư ban hành Chỉ thị.", "Sau khi đánh giá, Chỉ thị nêu rõ."]),
    ("Đoàn công tác làm việc tại TP. Hồ Chí Minh và Tp.Hải Phòng.", None),
    ("Báo cáo của TS. Nguyễn Văn A, ThS. Lê B, PGS. Trần C và GS. Phạm D.", None),
    ("Các hoạt động văn hóa, thể thao v.v. Được tổ chức ở Q. 1, P. Bến Nghé.", None),
    ("Kinh phí 1.250.000 đồng, tăng 1.2 lần so với TT. Sông Mã.", None),
    ("Từ T.Ư đến cơ sở. Các cấp ủy phải thực hiện.", ["Từ T.Ư đến cơ sở.", "Các cấp ủy phải thực hiện."]),
    ("Thực hiện Chỉ thị số 09-CT/TW. Các cấp ủy phải thực hiện!",
     ["Thực hiện Chỉ thị số 09-CT/TW.", "Các cấp ủy phải thực hiện!"]),
    ("Vì sao? Vì dân. “Học tập và làm theo” là cuộc vận động.",
     ["Vì sao?", "Vì dân.", "“Học tập và làm theo” là cuộc vận động."]),
    ("Chỉ thị yêu cầu: Các cấp ủy phải thực hiện... và báo cáo… Hết.",
     ["Chỉ thị yêu cầu: Các cấp ủy phải thực hiện... và báo cáo…", "Hết."]),
    ("Số liệu năm 2023. 5 tỉnh đã làm.", None),
    ("1. Các cấp ủy phải thực hiện. Định kỳ báo cáo.", ["1. Các cấp ủy phải thực hiện.", "Định kỳ báo cáo."]),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP", None),
    ("Điều 5. Hiệu lực thi hành", None),
])
def test_sentence_ends(text, expected):
    assert split(text) == (expected or [text])


def test_sentences_never_cross_paragraphs_or_skipped_spans():
    src = source_from_string("Thứ hai, 04/03/2024\nTiêu đề của bài\n\nCâu một. Câu hai\n\nCâu ba\nTheo TTXVN")
    _, sentences = segment(src)
    assert sentence_texts(src, sentences) == ["Tiêu đề của bài", "Câu một.", "Câu hai", "Câu ba"]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


def test_bullets_start_new_sentences_and_colon_does_not_end_one():
    src = source_from_string("Ủy ban nhân dân tỉnh giao:\n- Sở Tư pháp chủ trì;\n- Công an tỉnh phối hợp.\n"
                             "a) Chủ trì, phối hợp với Sở Nội vụ")
    _, sentences = segment(src)
    assert sentence_texts(src, sentences) == ["Ủy ban nhân dân tỉnh giao:", "- Sở Tư pháp chủ trì;",
                                              "- Công an tỉnh phối hợp.", "a) Chủ trì, phối hợp với Sở Nội vụ"]


def test_clauses_do_not_split_times():
    text = "Cơ quan chủ trì: Sở Tư pháp; họp lúc 10:30 hằng tuần."
    assert [text[c.start:c.end] for c in split_clauses(text, Span(0, len(text)))] == [
        "Cơ quan chủ trì:", "Sở Tư pháp;", "họp lúc 10:30 hằng tuần."]


# --- sections of formal documents -----------------------------------------------------------------

def roles(source):
    sections, sentences = segment(source)
    check_offsets(source, sections, sentences)
    by_sentence = {source.text[s.span.start:s.span.end]: sections[s.section] for s in sentences}
    return sections, sentences, by_sentence


def test_decree_chapters_articles_footer_and_recipients():
    src = read_source(DATA / "nd-06-2014-van-dong-quan-chung.txt")
    sections, sentences, by_sentence = roles(src)
    assert by_sentence["Số: 06/2014/NĐ- CP"].role == "header"
    assert by_sentence["NGHỊ ĐỊNH"].role == "header"
    chapter2 = next(s for s in sections if s.number == "II")
    assert (chapter2.title, chapter2.role) == ("TRÁCH NHIỆM THỰC HIỆN", "organisation")
    article10 = by_sentence["Điều 10. Trách nhiệm của Bộ Công an"]
    assert (article10.number, article10.title, article10.parent) == ("10", "Trách nhiệm của Bộ Công an", chapter2.index)
    duty = next(t for t in by_sentence if t.startswith("1. Chủ trì, phối hợp với Bộ Quốc phòng"))
    assert by_sentence[duty].role == "organisation" and by_sentence[duty].parent == article10.index
    assert by_sentence["- Ban Bí thư Trung ương Đảng;"].role == "recipients"
    assert by_sentence["TM. CHÍNH PHỦ"].role == "footer"
    assert by_sentence["Nguyễn Tấn Dũng"].role == "footer"
    chapter1 = next(s for s in sections if s.number == "I" and s.parent is None)
    assert chapter1.title == "NHỮNG QUY ĐỊNH CHUNG"


def test_plan_roles_and_lead_agency_lines():
    src = read_source(DATA / "kh-182-ubnd-son-la.md")
    sections, sentences, by_sentence = roles(src)
    objectives = by_sentence["I. MỤC ĐÍCH, YÊU CẦU"]
    assert (objectives.number, objectives.title, objectives.role) == ("I", "MỤC ĐÍCH, YÊU CẦU", "objectives")
    item = next(t for t in by_sentence if t.startswith("2. Huy động sức mạnh"))
    assert by_sentence[item].role == "objectives" and by_sentence[item].parent == objectives.index
    task2 = by_sentence["2. Xây dựng, nhân rộng các mô hình tự quản về an ninh, trật tự ở cơ sở."]
    assert task2.role == "tasks"
    lead = by_sentence["- Cơ quan chủ trì: Công an tỉnh."]
    assert (lead.title, lead.role, lead.parent) == ("Cơ quan chủ trì", "organisation", task2.index)
    partners = next(t for t in by_sentence if t.startswith("- Cơ quan phối hợp"))
    assert by_sentence[partners].role == "organisation" and by_sentence[partners].parent == task2.index
    assert by_sentence["III. TỔ CHỨC THỰC HIỆN"].role == "organisation"
    assert by_sentence["Kinh phí thực hiện do ngân sách nhà nước bảo đảm theo phân cấp hiện hành."].role == "funding"
    assert sections[-1].role == "recipients"


def test_party_directive_list_of_tasks_after_an_introduction():
    src = read_source(DATA / "ct-09-ban-bi-thu-2011.txt")
    sections, sentences, by_sentence = roles(src)
    assert by_sentence["CỦA BAN BÍ THƯ"].role == "header"
    item = next(t for t in by_sentence if t.startswith("3. Ban Tuyên giáo Trung ương chủ trì"))
    assert by_sentence[item].role == "tasks" and by_sentence[item].number == "3"
    assert "Tuy nhiên, phong trào còn một số hạn chế, v.v. Nhận thức của một số cấp ủy đảng, chính quyền về vị trí, " \
           "vai trò của phong trào chưa đầy đủ." in by_sentence
    assert by_sentence["T/M BAN BÍ THƯ"].role == "footer"


def test_lead_phrases_open_sections_inside_paragraphs():
    src = source_from_string(
        "Mục tiêu: giữ vững an ninh chính trị.\n"
        "Về nhiệm vụ và giải pháp, các cấp ủy phải lãnh đạo.\n"
        "Tổ chức thực hiện: Công an tỉnh chủ trì.\n"
        "Kinh phí: ngân sách tỉnh.\n"
        "Yêu cầu các sở thực hiện tốt.\n")
    sections, sentences = segment(src)
    assert [(s.title, s.role) for s in sections] == [
        ("Mục tiêu", "objectives"), ("Về nhiệm vụ và giải pháp", "tasks"),
        ("Tổ chức thực hiện", "organisation"), ("Kinh phí", "funding")]
    assert [s.section for s in sentences] == [0, 1, 2, 3, 3]     # "Yêu cầu các sở" is a verb, not a heading


def test_numbered_task_starting_with_organisation_words_stays_a_task():
    src = source_from_string("II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Tổ chức thực hiện tốt công tác tuyên truyền\n"
                             "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp chủ trì.")
    sections, _ = segment(src)
    assert [(s.number, s.role) for s in sections] == [("II", "tasks"), ("1", "tasks"), ("III", "organisation"),
                                                      ("1", "organisation")]


@pytest.mark.parametrize("title, role", [
    ("NHIỆM VỤ VÀ GIẢI PHÁP", "tasks"), ("Về nhiệm vụ và giải pháp", "tasks"), ("Nhiệm vụ, giải pháp", "tasks"),
    ("Tổ chức thực hiện", "organisation"), ("Phân công nhiệm vụ", "organisation"), ("Cơ quan chủ trì", "organisation"),
    ("Mục tiêu", "objectives"), ("Yêu cầu", "requirements"), ("Mục đích, yêu cầu", "objectives"),
    ("Quan điểm chỉ đạo", "requirements"), ("2. Mục đích", "objectives"),
    ("Kinh phí", "funding"), ("Nơi nhận", "recipients"), ("Chế độ báo cáo", "reporting"),
    ("Tình hình và nguyên nhân", "situation"), ("Căn cứ pháp lý", None),
])
def test_section_role(title, role):
    assert section_role(title) == role


def test_party_committee_plan_outline():
    src = read_source(DATA / "kh-45-tinh-uy-son-la.txt")
    sections, sentences, by_sentence = roles(src)
    assert [(s.number, s.title, s.role) for s in sections if s.parent is None] == [
        (None, None, "header"), ("I", "MỤC ĐÍCH, YÊU CẦU", "objectives"), ("II", "NHIỆM VỤ, GIẢI PHÁP", "tasks"),
        ("III", "TỔ CHỨC THỰC HIỆN", "organisation"), (None, "Nơi nhận", "recipients"),
        (None, "T/M BAN THƯỜNG VỤ", "footer")]
    lead = next(t for t in by_sentence if t.startswith("a) Ban Tuyên giáo Tỉnh ủy chủ trì"))
    assert (by_sentence[lead].number, by_sentence[lead].role) == ("a", "tasks")
    assert sections[by_sentence[lead].parent].title == "Tăng cường tuyên truyền"
    assert by_sentence["- Ban Bí thư (để b/c),"].role == "recipients"


def test_news_article_with_bullets_and_abbreviations():
    src = read_source(DATA / "chinhphu-ct12-ttg-2024.txt")
    sections, sentences, by_sentence = roles(src)
    assert "- UBND các tỉnh, TP. trực thuộc Trung ương chỉ đạo rà soát các khu dân cư, v.v." in by_sentence
    assert "Bộ Xây dựng có trách nhiệm hướng dẫn tiêu chuẩn phòng cháy trong nhà ở." in by_sentence
    assert not any("Nguồn" in t or "08:30" in t for t in by_sentence)


def test_one_letter_words_end_sentences_but_initials_do_not():
    assert split("Kiểm tra an toàn nhà ở. Bộ Tài chính bố trí kinh phí.") == [
        "Kiểm tra an toàn nhà ở.", "Bộ Tài chính bố trí kinh phí."]
    assert split("Theo lời V. I. Lênin và ông Nguyễn V. A thì đúng.") == [
        "Theo lời V. I. Lênin và ông Nguyễn V. A thì đúng."]


def test_doing_this_document_in_the_middle_of_an_article_does_not_open_a_section():
    src = source_from_string("Về nhiệm vụ và giải pháp, Chỉ thị yêu cầu các cấp ủy thực hiện tốt Chỉ thị này.\n"
                             "Đổi mới nội dung tuyên truyền.\nNâng cao hiệu lực quản lý.\nTăng cường phối hợp.\n"
                             "Ban Bí thư yêu cầu các cấp ủy triển khai thực hiện tốt Chỉ thị này.\nTheo TTXVN")
    sections, sentences = segment(src)
    assert [(s.title, s.role) for s in sections] == [("Về nhiệm vụ và giải pháp", "tasks"), (None, "organisation")]
    assert [s.section for s in sentences] == [0, 0, 0, 0, 1]


# --- tables (issue 3, blind evaluation) ------------------------------------------------------

from policykg.graph_builder.segment import find_tables  # noqa: E402

PIPE_PLAN = (
    "KẾ HOẠCH\n\nII. NHIỆM VỤ\n\n"
    "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |\n"
    "|---|---|---|---|\n"
    "| 1 | Tuần tra. Kiểm soát lâm sản | Chi cục Kiểm lâm | Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh |\n"
    "| 2 | Giao rừng, cho thuê rừng | Sở Nông nghiệp và Môi trường | Ủy ban nhân dân các huyện |\n"
    "| 3 | Tuyên truyền pháp luật | Sở Văn hóa, Thể thao và Du lịch | Hội Nông dân tỉnh, Tỉnh Đoàn |\n"
    "\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí.\n")


def test_each_table_row_is_one_sentence_with_a_clause_per_cell():
    src = source_from_string(PIPE_PLAN, name="kh.md", media_type="text/markdown")
    sections, sentences = segment(src)
    check_offsets(src, sections, sentences)
    rows = [s for s in sentences if "|" in src.match[s.span.start:s.span.end]]
    assert len(rows) == 4
    first = rows[1]     # "Tuần tra. Kiểm soát ..." inside a cell does not end the row
    assert src.text[first.span.start:first.span.end] == \
        "1 | Tuần tra. Kiểm soát lâm sản | Chi cục Kiểm lâm | Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh"
    assert [src.text[c.start:c.end] for c in first.clauses] == \
        ["1 |", "Tuần tra. Kiểm soát lâm sản |", "Chi cục Kiểm lâm |", "Công an tỉnh;", "Bộ Chỉ huy Quân sự tỉnh"]
    assert {sections[s.section].role for s in rows} == {"tasks"}


def test_find_tables_gives_header_and_cells_by_column():
    src = source_from_string(PIPE_PLAN, name="kh.md", media_type="text/markdown")
    [table] = find_tables(src, segment(src)[1])
    assert table.header == ["tt", "nội dung nhiệm vụ", "cơ quan chủ trì", "cơ quan phối hợp"]
    assert table.column("nội dung") == 1 and table.column("cơ quan phối hợp") == 3 and table.column("ghi chú") is None
    cells = [[src.text[c.start:c.end] for c in row.cells] for row in table.rows]
    assert cells[2] == ["3", "Tuyên truyền pháp luật", "Sở Văn hóa, Thể thao và Du lịch", "Hội Nông dân tỉnh, Tỉnh Đoàn"]
    lead = table.rows[1].cell(table, "cơ quan chủ trì")
    assert src.text[lead.start:lead.end] == "Sở Nông nghiệp và Môi trường"


def test_an_html_table_gives_the_same_rows():
    html = ("<p>KẾ HOẠCH</p><table><tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th></tr>"
            "<tr><td>1</td><td>Tuần tra</td><td>Sở A, Sở B</td></tr><tr><td>2</td><td>Kiểm tra</td><td>Sở C</td></tr>"
            "<tr><td>3</td><td>Báo cáo</td><td>Sở D</td></tr></table><p>Hết.</p>")
    src = source_from_string(html, name="k.html", media_type="text/html")
    sections, sentences = segment(src)
    check_offsets(src, sections, sentences)
    [table] = find_tables(src, sentences)
    assert table.header == ["tt", "nội dung", "đơn vị chủ trì"]
    assert [src.text[r.cells[2].start:r.cells[2].end] for r in table.rows] == ["Sở A, Sở B", "Sở C", "Sở D"]
