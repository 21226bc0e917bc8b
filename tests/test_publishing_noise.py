"""The same document, published otherwise, gives the same facts (round 14, issue 9 item 7: text as published).

Each test is on an invented text: a form a published copy takes (invisible characters inside words, HTML or
Markdown debris left by a converter, a page's running head, hard line breaks, page furniture, odd spaces) must not
change the actors and the coordination pairs a user gets. ``bench/perturb.py`` writes the forms;
``bench/eval_noise.py`` measures them on the development documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.perturb import perturb  # noqa: E402
from documentfacts import facts_of, predictions_of  # noqa: E402

from policykg.core.textnorm import source_text  # noqa: E402
from policykg.graph_builder.htmltext import html_body  # noqa: E402
from policykg.graph_builder.pipeline import build_source  # noqa: E402
from policykg.graph_builder.read import source_from_string, without_debris  # noqa: E402
from policykg.graph_builder.skipped import page_lines  # noqa: E402

_PLAN = Path(__file__).resolve().parent / "data" / "noise" / "ke-hoach-thien-tai.txt"


def _actors_and_pairs(text: str) -> tuple[set[str], set[frozenset[str]], set[str]]:
    p = predictions_of(text)

    def label(iri: str) -> str:
        return sorted(p.labels.get(iri) or [iri])[0]

    return {label(a) for a in p.labels}, {frozenset((label(a), label(b))) for a, b in p.pairs}, set(p.issuers)


@pytest.fixture(scope="module")
def clean_facts():
    return _actors_and_pairs(_PLAN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("transform", ["wrap", "furniture", "pdf", "nfd", "tone", "nbsp", "tabs", "invisible",
                                       "markdown", "html", "repeat", "crlf"])
def test_a_document_published_otherwise_gives_the_same_actors_and_pairs(clean_facts, transform):
    actors, pairs, issuers = clean_facts
    assert len(actors) > 15 and len(pairs) > 10 and issuers   # the plan names its actors, pairs and issuer
    noisy = perturb(_PLAN.read_text(encoding="utf-8"), transform, _PLAN.name)
    assert noisy != _PLAN.read_text(encoding="utf-8")
    assert _actors_and_pairs(noisy) == (actors, pairs, issuers)


def test_characters_no_reader_sees_are_dropped_from_the_source_text():
    # a soft hyphen and a zero-width space inside words, a byte order mark at a line's end, a word joiner
    noisy = "Bộ Giao thông\u00ad vận tải chủ trì, phối hợp với Bộ Tư\u200b pháp\ufeff soạn thảo đề án.\u2060"
    assert source_text(noisy) == "Bộ Giao thông vận tải chủ trì, phối hợp với Bộ Tư pháp soạn thảo đề án."
    facts = facts_of("KẾ HOẠCH\n\n1. Sở Lao\u200bđộng chủ trì, phối hợp với Sở Tư\u00adpháp rà soát hồ sơ.\n")
    assert facts["pairs"] == facts_of("KẾ HOẠCH\n\n1. Sở Laođộng chủ trì, phối hợp với Sở Tưpháp rà soát hồ sơ.\n")["pairs"]


def test_a_list_marker_s_tab_is_a_space_of_the_source_text():
    assert source_text("a)\tCông an xã chủ trì tuần tra;\n-\tTrạm y tế xã") == "a) Công an xã chủ trì tuần tra;\n- Trạm y tế xã"
    assert source_text("####\u00a0Điều 3. Hiệu lực") == "#### Điều 3. Hiệu lực"   # a converter's heading
    # a row of a tab-separated table keeps its cells
    assert source_text("2.\tTuần tra biên giới\tĐồn Biên phòng\tQuý I") == "2.\tTuần tra biên giới\tĐồn Biên phòng\tQuý I"


def test_a_text_with_html_left_on_some_lines_is_read_as_text_not_as_a_page():
    lines = ["<p>KẾ HOẠCH</p>", "Tổ chức hội thao năm 2028", "<p>1. Sở A làm việc X.</p>", "2. Sở B làm việc Y.",
             "3. Sở C làm việc Z.", "<p>4. Sở D làm việc T.</p>", "5. Sở E làm việc U."]
    assert not html_body("\n".join(lines))
    page = "\n".join(f"<p>{line}</p>" for line in lines)
    assert html_body(page)
    # a post's body under its front matter ("---json" ... "---") is still a page
    assert html_body('---json\n{\n  "title": "Tin"\n}\n---\n' + page)
    front = "---\nlayout: post\ntitle: Tin\ncategory: tin-tuc\nauthor: Biên tập\ndate: 2027-05-01\ntags: tin\n---\n"
    short = "<p>Sở A làm việc X.</p>\n<p>Sở B làm việc Y.</p>\n<p>Sở C làm việc Z.</p>\n"
    assert html_body(front + short) and html_body((front + short).replace("\n", "\r\n"))   # Windows line ends


def test_a_name_parted_by_html_keeps_its_space():
    text = ("KẾ HOẠCH\n\n1. Giao Sở<br/>Giáo dục và Đào tạo chủ trì, phối hợp với Bộ<i></i>Chỉ huy Quân sự tỉnh tổ "
            "chức hội thao.\n")
    surfaces = {m.surface for m in build_source(source_from_string(text)).mentions if m.category == "actor"}
    assert {"Sở Giáo dục và Đào tạo", "Bộ Chỉ huy Quân sự tỉnh"} <= surfaces, surfaces


def test_an_html_space_in_a_text_file_is_one_space_not_a_column_gap():
    text = "KẾ HOẠCH\n\n1. Sở Y tế chủ trì tuần tra.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ&nbsp;TỊCH\n\nLê&nbsp;Văn&nbsp;Tám\n"
    source = source_from_string(text)
    assert "CHỦ\u00a0TỊCH" in source.text and "CHỦ TỊCH\n" in source.match
    assert predictions_of(text).signers == {("Lê Văn Tám", "Chủ tịch")}


def test_the_running_head_of_a_double_issue_of_the_gazette_is_page_layout():
    text = "... báo cáo kết quả\n\fCÔNG BÁO/Số 1201 + 1202/Ngày 05-11-2027\n14\n\nthực hiện trong tháng 12."
    assert [text[s.start:s.end] for s in page_lines(text)] == ["CÔNG BÁO/Số 1201 + 1202/Ngày 05-11-2027", "14"]


def test_a_statement_text_holds_no_markup():
    assert without_debris("<p>Sở X&nbsp;chủ trì **kiểm tra** định kỳ;<br>") == "Sở X chủ trì kiểm tra định kỳ;"
    facts = facts_of("KẾ HOẠCH\n\n<p>1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y&nbsp;tế tổ chức khám "
                     "sức&nbsp;khỏe cho học sinh.</p>\n<p>2. Sở Tài chính bố trí kinh phí.</p>\n")
    texts = [t for _, t in facts["leads"] | facts["duties"]]
    assert texts and not any("<" in t or "&" in t for t in texts), texts
    assert any("sức khỏe cho học sinh" in " ".join(t.split()) for t in texts), texts


def test_a_plain_text_is_read_as_before():
    text = "KẾ HOẠCH\n\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính lập dự toán.\n"
    assert source_from_string(text).text == text


def test_a_table_of_one_cell_a_line_is_read_across_a_page_break():
    rows = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
            "1", "Rà soát danh mục di tích cấp tỉnh", "Sở Văn hóa, Thể thao", "và Du lịch", "Sở Xây dựng, Sở Tài chính",
            "Quý II/2027",
            "2", "Số hóa hồ sơ di tích", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Quý IV/2027",
            "3", "Bố trí kinh phí bảo tồn", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch; Ủy ban nhân dân cấp xã",
            "Hằng năm"]
    head = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nKẾ HOẠCH\nBảo tồn di tích năm 2027\n\nPHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n\n"
    clean = facts_of(head + "\n".join(rows) + "\n")
    # a page breaks inside the first row's lead cell, another inside the second row
    broken = facts_of(head + "\n".join(rows[:8] + ["", "\f4", ""] + rows[8:14] + ["\fTrang 5/6"] + rows[14:]) + "\n")
    assert len(clean["leads"]) == 3 and len(clean["pairs"]) >= 4
    assert broken["leads"] == clean["leads"] and broken["pairs"] == clean["pairs"]
