"""The HTML build report: escaped text, every highlight linked, overlaps rendered, uncovered sentences listed."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from buildfixtures import ARTICLE, CAND, article_result  # noqa: E402
from policykg.graph_builder.model import Assertion, BuildResult, DocumentInfo, Mention, Sentence, SourceText, Span  # noqa: E402
from policykg.graph_builder.model import uncovered_sentences  # noqa: E402
from policykg.visualize.report import render_document, write_report  # noqa: E402

HOSTILE = "Bộ Công an <script>alert(1)</script> phối hợp với \"Sở\" & <b>Hội</b>. Câu thứ hai không có gì."


def hostile_result() -> BuildResult:
    text = HOSTILE
    source = SourceText("hostile", "<img src=x onerror=alert(2)>.txt", text, text)
    first = text.index(". ") + 1
    sentences = [Sentence(0, Span(0, first), None, 0), Sentence(1, Span(first + 1, len(text)), None, 0)]
    script = text.index("<script>")
    mentions = [Mention(Span(0, 10), "Bộ Công an", "actor", CAND, "Bộ <Công> an", "StateBody"),
                # overlaps the evidence below and the script tag
                Mention(Span(4, script + 12), text[4:script + 12], "initiative", "urn:x", "x", "Campaign")]
    assertions = [Assertion("coordination", Span(script - 3, first), 0, subjects=[CAND], text="<i>duty</i>"),
                  Assertion("task", Span(2, 20), 0, subjects=[CAND])]
    info = DocumentInfo(kind="Decision", identifier="1/QĐ-<x>", title="<script>alert(3)</script>")
    return BuildResult(source, info, [], sentences, mentions, assertions)


def source_div(page: str, anchor: str) -> str:
    section = page[page.index(f'<section id="{anchor}">'):]
    return re.search(r'<div class="src">(.*?)</div>', section, re.S).group(1)


def test_document_text_is_escaped_everywhere(tmp_path):
    out = tmp_path / "report.html"
    write_report(hostile_result(), out)
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>Hội" not in page and "<i>duty" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


def test_page_is_self_contained(tmp_path):
    out = tmp_path / "report.html"
    write_report(article_result(), out)
    page = out.read_text(encoding="utf-8")
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "<link" not in page and "@import" not in page


def test_overlapping_highlights_keep_the_text_exact():
    part = render_document(hostile_result())
    div = source_div(part.html, part.anchor)
    assert html.unescape(re.sub(r"<[^>]+>", "", div)) == HOSTILE
    # balanced markup: every opened tag is closed
    assert div.count("<a ") == div.count("</a>") and div.count("<span") == div.count("</span>")


def test_every_assertion_is_highlighted_and_linked_to_its_list_entry():
    result = article_result()
    part = render_document(result)
    div = source_div(part.html, part.anchor)
    for i, a in enumerate(result.assertions):
        assert f'id="{part.anchor}-a{i}"' in part.html, a.relation
        assert f'id="{part.anchor}-t{i}"' in div
    linked = set(re.findall(rf'href="#{part.anchor}-a(\d+)"', div))
    # nested evidence links to the innermost span; every outermost one is reachable
    assert {"0", "1", "5"} <= linked


def test_mentions_are_coloured_by_category():
    part = render_document(article_result())
    div = source_div(part.html, part.anchor)
    for category in ("actor", "initiative", "document", "level"):
        assert f"m-{category}" in div
    assert re.search(r'class="m-actor[^"]*"[^>]*>Ủy ban nhân dân tỉnh Sơn La<', div)


def test_uncovered_sentences_are_listed_and_covered_ones_are_not():
    result = hostile_result()
    assert [s.index for s in uncovered_sentences(result)] == [1]
    part = render_document(result)
    uncovered = part.html[part.html.index("Uncovered sentences (1)"):]
    assert "Câu thứ hai không có gì." in uncovered and "phối hợp với" not in uncovered


def test_skipped_lead_lines_are_not_reported_as_uncovered():
    result = article_result()
    assert uncovered_sentences(result) == []
    assert "Thứ bảy" not in render_document(result).html.split("Uncovered sentences")[1]


def test_article_metadata_shows_no_date_for_the_directive():
    page = render_document(article_result()).html
    assert "09-CT/TW" in page and "Nhân Dân" in page and "2023-12-09" in page
    assert "not stated" in page


def test_same_results_give_byte_identical_reports(tmp_path):
    write_report([article_result(), hostile_result()], tmp_path / "a.html")
    write_report([article_result(), hostile_result()], tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert ARTICLE.splitlines()[2][:20] in (tmp_path / "a.html").read_text(encoding="utf-8")


def test_each_quote_is_listed_once_with_what_was_read_from_it():
    result = article_result()
    part = render_document(result)
    listed = re.findall(r'<li><span class="q">(.*?)</span>', part.html)
    assert len(listed) == len(set(listed)) == len({(a.evidence.start, a.evidence.end) for a in result.assertions})
    assert "— → —" not in part.html and "→ <b>—</b>" not in part.html and "<b>—</b> →" not in part.html


def test_quote_starts_are_anchors_and_levels_are_named():
    result = article_result()
    part = render_document(result)
    for a in result.assertions:
        assert f'id="o{a.evidence.start}"' in part.html
    assert "LevelCentral" not in part.html


def test_missed_mode_marks_uncovered_sentences_and_explains_skipped_text():
    part = render_document(hostile_result())
    assert 'class="mode-missed"' in part.html and "only what was missed" in part.html
    assert re.search(r'<span class="unc"[^>]*>[^<]*Câu thứ hai', part.html) or 'unc">Câu thứ hai' in part.html
    assert "skipped text</span>: never analysed" in part.html


def test_report_pages_index_and_one_page_per_document(tmp_path):
    from policykg.visualize.report import ReportEntry, write_report_pages

    parts = tmp_path / "parts"
    parts.mkdir()
    entries = []
    for key, result in (("hostile", hostile_result()), ("article", article_result())):
        part = render_document(result)
        (parts / f"{key}.html").write_text(part.html, encoding="utf-8")
        entries.append(ReportEntry(key, part.heading, part.uncovered, len(result.sentences), parts / f"{key}.html"))
    (tmp_path / "report").mkdir()
    (tmp_path / "report" / "gone.html").write_text("old", encoding="utf-8")
    write_report_pages(tmp_path, entries)
    index = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'href="report/hostile.html"' in index and 'href="report/article.html"' in index
    assert '<td class="n">1</td>' in index                      # the hostile text's uncovered sentence
    page = (tmp_path / "report" / "hostile.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'href="../report.html"' in page and "<script" not in page
    assert sorted(p.name for p in (tmp_path / "report").iterdir()) == ["article.html", "hostile.html"]


def test_quotes_and_uncovered_sentences_carry_no_control_character():
    # the source text is made carriable once and its slices escaped: a quote and an uncovered sentence holding a
    # control character, a noncharacter and markup come out as every other output carries them
    from policykg.graph_builder.pipeline import build_source, source_from_string
    from policykg.visualize.report import render_document
    text = ("KẾ HOẠCH\nSố: 7/KH-UBND\n1. Sở Y tế chủ trì\x0b kiểm tra <b>an toàn</b> thực phẩm\ufffe.\n"
            "2. Trời hôm nay\x1b đẹp <i>lắm</i>\ufffe.\n")
    html_text = render_document(build_source(source_from_string(text))).html
    assert "\x0b" not in html_text and "\x1b" not in html_text and "\ufffe" not in html_text
    assert "chủ trì  kiểm tra &lt;b&gt;an toàn&lt;/b&gt; thực phẩm\ufffd" in html_text
    assert "Trời hôm nay  đẹp &lt;i&gt;lắm&lt;/i&gt;\ufffd" in html_text
