"""Round 27 (speed27): the cheaper scans of the frame's readers answer exactly as the scans they replace.

Each fast path is checked against the plain definition it stands for, on short invented texts that hold the edge
cases (letters that are capitals but no letters of a word, title-case letters, letters of the astral planes, words of
one letter, runs cut by two spaces, lines with and without cells).
"""

from __future__ import annotations

import re

import pytest

from policykg.core.textnorm import all_capitals
from policykg.graph_builder import headerocr
from policykg.graph_builder.flatfooter import LAID_OUT, laid_out, unflattened
from policykg.graph_builder.organs import person_name, whole_post
from policykg.graph_builder.runrows import rows_apart
from policykg.ontology import load_lexicon

_TEXTS = ["", "A", "ab", "12 -", "T/M BAN BÍ THƯ", "Ủy ban", "ỦY BAN NHÂN DÂN Tỉnh", "Ⓐ", "ⓐB CD", "ǅA", "Ⅻ BAN",
          "ªB", "𝐀𝐁 CD", "SỞ Y TẾ (đã ký)", "KT. CHỦ TỊCH", "Sở Tư pháp chủ trì"]


def _all_capitals_by_list(text: str, least: int = 1) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)


@pytest.mark.parametrize("least", [0, 1, 2, 3, 4])
def test_all_capitals_is_its_definition(least):
    for text in _TEXTS:
        assert all_capitals(text, least) == _all_capitals_by_list(text, least), (text, least)


_SPACED_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")


def _own_forms_by_every_run(match: str) -> dict:
    forms: dict = {}
    for m in _SPACED_WORDS.finditer(match):
        run: list[str] = []
        for word in m.group(0).split(" ") + [""]:
            if word[:1].isupper() and word[1:].islower():
                run.append(word)
                continue
            if len(run) >= 2:
                headerocr._add(forms, " ".join(run))
            run = []
    return forms


def test_own_forms_reads_the_runs_every_word_would():
    texts = ["Gửi Sở Nội vụ tỉnh Bình An, ngày 2 tháng 3", "Ⓐb Cc Dd và Ee Ff", "xAb Cd Ef Gh", "AbC Dd Ee",
             "Ǆa Bb Cc", "A Bc Dd", "𝐀b Cd Ef gh Ij Kl", "Ab  Cd Ef", "Ab_Cd Ef", "3Ab Cd", "Hà Nội; Hà Nôi; Hạ Long",
             "TỈNH BÌNH AN Bình An Tân Mỹ"]
    for text in texts:
        assert list(headerocr._own_forms(text).items()) == list(_own_forms_by_every_run(text).items()), text
    assert headerocr._own_forms("ở Tân Mỹ và Bình An")[("tan", "my")] == "TÂN MỸ"


def test_laid_out_only_where_a_cell_can_be():
    for line in ["KT. CHỦ TỊCH    PHÓ CHỦ TỊCH", "A | B", "A\tB", "A \u2003 B", "Nơi nhận: - Như trên;  - Lưu VT",
                 "a   ", "   b", "Sở Y tế chủ trì, phối hợp với Sở Tài chính"]:
        assert laid_out(line) == (LAID_OUT.search(line) is not None), line


def test_flattened_footer_still_cut_and_prose_left_whole():
    lexicon = load_lexicon()
    line = "Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bình"
    assert [t for _, t in unflattened(0, line, lexicon)] == ["Nơi nhận: - Như trên; - Lưu: VT.",
                                                             "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bình"]
    prose = "Sở Y tế chủ trì, phối hợp với Sở Tài chính và Công an tỉnh Bình An tổ chức kiểm tra."
    assert unflattened(7, prose, lexicon) == [(7, prose)]


def test_a_names_line_with_a_mode_is_no_row_of_blocks():
    lexicon = load_lexicon()
    row = [(0, "KT. BỘ TRƯỞNG BỘ Y TẾ KT. BỘ TRƯỞNG GIÁM ĐỐC"), (44, "THỨ TRƯỞNG BỘ CÔNG AN"), (66, "THỨ TRƯỞNG"),
           (77, "Trần Thị Bình Nguyễn Văn An Lê Văn Cường")]
    assert len(rows_apart(row, lexicon)) == 9      # three blocks of three lines
    moded = row[:3] + [(77, "KT. Trần Thị Bình Nguyễn Văn An Lê Văn Cường")]
    assert rows_apart(moded, lexicon) == moded
    bracketed = [(0, "GIÁM ĐỐC (đã ký) CHỦ TỊCH"), (30, "Trần Thị Bình Nguyễn Văn An")]
    assert [t.strip() for _, t in rows_apart(bracketed, lexicon)] == ["GIÁM ĐỐC", "CHỦ TỊCH", "Trần Thị Bình",
                                                                       "Nguyễn Văn An"]


def test_footer_cells_answers_kept_per_text():
    lexicon = load_lexicon()
    assert whole_post("PHÓ CHỦ TỊCH", lexicon) == "Phó Chủ tịch" == whole_post("PHÓ CHỦ TỊCH", lexicon)
    assert person_name("Thượng tướng Trần Văn Bình") == "Trần Văn Bình"
    assert person_name("Ủy ban nhân dân") is None
    assert whole_post.cache_info().hits >= 1 and person_name.cache_info().currsize >= 1
