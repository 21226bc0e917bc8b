"""No crash on any input (round 34c, lane fuzz): the texts a mutation fuzzer and Hypothesis (not derandomized, many
seeds) found to crash the builder, each cut to its minimal form. Each test fails without its fix."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from outputcheck import check_build_dir, check_document  # noqa: E402

from policykg.graph_builder.htmltext import html_to_text  # noqa: E402


# -- a marked section html.parser does not know ("<![" then no keyword of it) -----------------------------------------

@pytest.mark.parametrize("page", [
    "<p>Sở Tư pháp chủ trì, phối hợp với Công an tỉnh. <![CDA x</p>",      # "<![CDATA[" cut by a mutation
    "<p>Ủy ban nhân dân huyện <![ báo cáo ]> kết quả.</p>",                  # "<![" and no name at all
    "<p>Sở Y tế <![endiff]> có trách nhiệm hướng dẫn.</p>",                 # a mistyped conditional comment
])
def test_unknown_marked_section_is_no_crash(page):
    """Fails without htmltext._VisibleText.parse_marked_section: html.parser (Python < 3.13) raises AssertionError
    ("unknown status keyword", "expected name token") and the document's build fails."""
    assert check_document(page, name="doc.html", media_type="text/html", network=False, twice=False) >= 0


def test_unknown_marked_section_reads_as_a_comment():
    """The unknown section is a bogus comment up to the next ">" (as HTML reads it); the known ones read as before."""
    assert html_to_text("<p>Sở A <![ báo cáo ]> chủ trì.</p>").split() == ["Sở", "A", "chủ", "trì."]
    assert html_to_text("<p>Sở A <![if !supportLists]>-<![endif]> chủ trì.</p>") == "Sở A - chủ trì."
    assert html_to_text("<p>Sở A chủ trì. <![CDA x</p>") == "Sở A chủ trì."      # up to the ">" of "</p>"
    assert html_to_text("<p>Sở A chủ trì.</p> <![CDA x") == "Sở A chủ trì.\n\n<![CDA x"    # no ">": text


def test_unknown_marked_section_in_a_text_file_table(tmp_path):
    """A .txt file whose division-of-labour table is HTML goes through the same parser: ``policykg build`` on it."""
    from click.testing import CliRunner

    from policykg.cli import cli
    lines = ["KẾ HOẠCH", "Triển khai công tác phòng cháy năm 2031", "", "1. Sở Xây dựng chủ trì thực hiện.",
             "2. Sở Tài chính bố trí kinh phí.", "3. Các sở phối hợp.", "",
             "<table><tr><td>Sở Nội vụ</td><td>kiểm tra <![ công vụ</td></tr></table>"]
    doc = tmp_path / "plan.txt"
    doc.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert check_build_dir(out)


# -- a short form of a head noun written with more than one space between its words ---------------------------------

@pytest.mark.parametrize("text, media", [
    ("Bộ  CHQS tỉnh chủ trì, phối hợp với Công an tỉnh tổ chức diễn tập.", "text/plain"),   # two spaces (Word)
    ("Bộ\u2003CHQS tỉnh chủ trì tổ chức diễn tập phòng thủ.", "text/plain"),                  # an em space
    ("- Bộ __CHQS tỉnh__ chủ trì tổ chức diễn tập phòng thủ.", "text/markdown"),            # debris blanked
    ("Phòng Tham mưu Bộ  CH   BĐBP tỉnh báo cáo kết quả tuần tra.", "text/plain"),
])
def test_short_head_form_with_spaces_is_no_crash(text, media):
    """Fails without shortheads.short_head_spans' form read with one space between its words: the regex of the
    short forms takes any run of spaces between them, the table of forms only one (KeyError: 'Bộ  CHQS')."""
    assert check_document(text, media_type=media, name="doc.md" if media == "text/markdown" else "doc.txt",
                          network=False, twice=False) > 0


def test_short_head_form_with_spaces_is_read_as_with_one():
    """"Bộ  CHQS tỉnh" names the body "Bộ CHQS tỉnh" names."""
    from policykg.graph_builder.pipeline import build_source
    from policykg.graph_builder.read import source_from_string

    def actors(text):
        return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]
    assert actors("Bộ  CHQS tỉnh chủ trì tổ chức diễn tập.") == actors("Bộ CHQS tỉnh chủ trì tổ chức diễn tập.") \
        == ["Bộ Chỉ huy Quân sự tỉnh"]


# -- a very long line: the places after one level were searched from the line's start for each mention --------------

def _places(text: str, name: str) -> list[str]:
    from types import SimpleNamespace

    from policykg.graph_builder.model import Span
    from policykg.graph_builder.placelists import _places_after_one_level
    start = text.rindex(name)
    return [text[s:e] for s, e in _places_after_one_level(text, SimpleNamespace(span=Span(start, start + len(name))))]


@pytest.mark.parametrize("name, places", [
    ("Ủy ban nhân dân tỉnh Long An, Tiền Giang và Bến Tre", ["Long An", "Tiền Giang", "Bến Tre"]),
    ("Tỉnh \t  đoàn Hà Giang, Sơn La và Nghệ An", ["Hà Giang", "Sơn La", "Nghệ An"]),   # the level's two words apart
    ("Ban chỉ đạo thị xã Sơn Tây, Hà Đông và Bắc Ninh", ["Sơn Tây", "Hà Đông", "Bắc Ninh"]),
    ("Sở Y tế Long An, Tiền Giang và Bến Tre", []),                                      # no level before the list
])
def test_places_after_one_level_on_a_long_line_reads_the_level_word_only(name, places):
    """Fails without placelists._places_after_one_level searching its line from the word before the level only: it
    read the whole line up to each mention (a page of one line, 400,000 characters: 5 s of a 10 s build). The places
    found are those of the name on a line of its own."""
    import time

    line = "Các đơn vị triển khai kế hoạch phòng chống thiên tai; " * 40000 + name + " chủ trì."
    assert _places(name + " chủ trì.", name) == _places("x\n" + name, name) == _places(line, name) == places
    started = time.perf_counter()
    for _ in range(300):
        _places(line, name)
    assert time.perf_counter() - started < 1.5     # 300 searches of a 2,200,000-character line: 15 s before


# -- a table cell whose pieces the text's form blanked ----------------------------------------------------------------

def test_cell_of_blanked_debris_is_no_empty_input():
    """Fails without layout._named_in reading no actor in a cell of nothing but blanks: it built the cell's text as a
    source of its own, and an empty one raised InputError ("no text in the input") for the whole document."""
    text = (" STT    Nội dung công việc                      Cơ quan thực hiện                   Thời gian\n"
            " 4      Rà soát cơ sở bán lẻ thuốc thú y       Sở Y tế (chủ trì);     Hằng tháng<n\n"
            " 5      Lập kế hoạch đào tạo cán bộ trẻ        Sở Nội vụ (chủ trì); Sở Tài chính,    Quý IV\n"
            "   Các cơ quan, đơn vị> được phân công chủ động triển khai.")
    assert check_document(text, network=False, twice=False) > 0


# -- hangs of the footer's reading: a region that ends above its anchor; a line of many posts -------------------------

def _within(seconds: int, build) -> None:
    """``build()`` returns within ``seconds`` (a hang fails the test instead of stopping the run)."""
    import signal

    def stop(signum, frame):
        raise AssertionError(f"no result after {seconds} s")
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        build()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_footer_region_above_its_anchor_ends():
    """Fails (never ends) without footer.read_footer reading on past the anchor line: a post line with a word of no
    column between its posts ("GIÁM ĐỐC  Ωμέγα  GIÁM ĐỐC") under the organs' line gave a region that ended above the
    anchor; the reader went back to the organs' line above it, read the same region, and so on forever."""
    text = ("SỞ Y TẾ\nSỞ TÀI CHÍNH\nSố: 12/HD-SYT-STC\nSỞ Y TẾ                    SỞ TÀI CHÍNH\n"
            "GIÁM ĐỐC      Ωμέγα                 GIÁM ĐỐC\nLê Văn Bình                Trần Thị Hoa")
    _within(20, lambda: check_document(text, network=False, twice=False))


def test_line_of_many_posts_is_read_in_linear_time():
    """Fails without runblocks.split_heads trying heads of at most _HEAD_WORDS words: a signature's post line of
    many posts run together ("PHÓ GIÁM ĐỐC PHÓ GIÁM ĐỐC ...", 400 of them) was cut after each of its words at each
    level of the search, each cut reading the rest whole (some 40 s for 5,200 characters, 5 s after)."""
    text = "KT. GIÁM ĐỐC\n" + "PHÓ GIÁM ĐỐC " * 400 + "\n\nTrần Văn Nam"
    _within(20, lambda: check_document(text, network=False, twice=False))
