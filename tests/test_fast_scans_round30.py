"""The faster scans of round 30 (issue 12, extraction speed) give the same answers as the plain ones they replace.

Each fast path is compared with the plain expression of the same rule, written here as it stood before: the
character test of :func:`policykg.core.textnorm.carriable`, the look-alike folding and the old tone placement of the
match form, the document numbers (``numbers.number_matches`` against ``NUMBER.finditer``), the OCR'd cue words of
``converted``, the runs of capitalised words of ``headerocr``, the doublets and doubled heads of ``doublets``, and the
cue words of ``dutycues``, ``cues``, ``collectives``, ``described`` and the head nouns of ``bareheads`` whose
look-behind now stands after their first letter. The texts: short invented sentences in the genre's forms, with the
mess of scraped copies (Cyrillic look-alikes, old tone marks, NBSP, controls, astral characters), and the generated
corpus of the benchmarks (``bench/corpus.py``), whose documents carry the same mess.
"""

from __future__ import annotations

import re

import pytest

from bench.corpus import generate_document
from policykg.core import textnorm
from policykg.graph_builder import (bareheads, collectives, converted, cues, described, doublets, dutycues, headerocr,
                                   numbers)
from policykg.graph_builder.numbers import NUMBER, number_matches
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.vocabulary import form_pattern
from policykg.ontology import load_lexicon

SENTENCES = [
    "Sở Tư pháp chủ trì, phối hợp với Công an tỉnh thực hiện Nghị định số 06/2014/NĐ-CP trước ngày 30/6/2026.",
    "Căn cứ Chỉ thị 09-CT/T.Ư, số357/TTr-CP, Luật 32/2004/QH11 và Thông tư 02/2016/TTLT-BVHTTDL-BCA; mã a12/QĐ-TTg.",
    "Số: 24 /HDLN-BCA-BQP-BYT-\n ВСТ-ВТC ngày 5/3/2026, Công văn 755/CĐ\nTTg và 1.2/2025/NQ-CP.",
    "Uỷ ban nhân dân tỉnh phối kết hợp với Sở Y tế; hoà giải ở cơ sở, quý khách, thuỷ lợi, Thuở ấy, khoẻ.",
    "Chi cục Phòng, chống tệ nạn xã hội và Trung tâm Phòng cháy, chữa cháy; Cục Quản lý Khám, chữa bệnh. "
    "Phòng, chống tội phạm; Đội Cứu nạn, cứu hộ.",
    "Ủy viên Ban Ban chấp hành Đảng bộ xã, Sở Sở Y tế, xBan Ban, Đoàn Đoàn Thanh niên và Viện  Viện Khoa học.",
    "Sở A cùng với Sở B tổ chức; Cùng với đó, dcùng; chủ tri, phổi hợp, trách nhiêm, Dé tiếp tục đẩy mạnh.",
    "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, Quảng Trị và Thừa Thiên Huế",
    "Ðảng ủy\u00a0xã\tlà “hạt nhân” – \u2212 \u2010 Ɖ ð ΑΒΕ ο \u3000 \f\u2019 end",
    "a\x0bb\x1b\x85c\ufffe\ud800\U0001fffe\U0010ffff \U0001f600 \ufdd0\ufdef\ufdf0 x\x00y\x7f\x9f\xa0",
    "",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    documents = [generate_document(i, seed=s) for i in range(0, 60, 3) for s in (0, 7)]
    return SENTENCES + documents + [t.lower() for t in SENTENCES + documents]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_carriable_keeps_or_replaces_what_the_exact_character_test_says(texts):
    controls = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
    plain = re.compile("[\ud800-\udfff\ufdd0-\ufdef"
                       + "".join(f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}" for p in range(0, 0x110000, 0x10000)) + "]")
    for text in texts + ["Sở Y tế \U0001f600", "\U0001fffe", "\U0010ffff", "\U00010000x", "\uffff", "\ufffd"]:
        assert textnorm.carriable(text) == plain.sub("\ufffd", controls.sub(" ", text))


def test_the_match_form_folds_look_alikes_and_old_tones_as_the_plain_translation(texts):
    table = str.maketrans(textnorm._LOOKALIKES)
    old_tone = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\w)")
    every_look_alike = "".join(textnorm._LOOKALIKES)
    for text in texts + [every_look_alike, every_look_alike[::-1] + " quý uỷ Uỷ qoà"]:
        assert textnorm._lookalikes_folded(text) == text.translate(table)
        assert _found(textnorm._OLD_TONE, text) == _found(old_tone, text)


def test_number_matches_are_the_matches_of_the_number_grammar(texts):
    for text in texts:
        for pos, endpos in ((0, len(text)), (3, max(3, len(text) - 5)), (len(text) // 3, len(text) // 2)):
            fast = [(m.span(), m.groupdict()) for m in number_matches(text, pos, endpos)]
            assert fast == [(m.span(), m.groupdict()) for m in NUMBER.finditer(text, pos, endpos)]
    assert [m.group(0) for m in number_matches(SENTENCES[1])] == [
        "09-CT/T.Ư", "357/TTr-CP", "32/2004/QH11", "02/2016/TTLT-BVHTTDL-BCA"]
    assert [n.identifier for n in numbers.find_document_numbers(source_from_string(SENTENCES[0]))] == ["06/2014/NĐ-CP"]


def test_the_ocr_cue_words_are_found_where_the_plain_pattern_finds_them(texts):
    variants: dict[str, set[str]] = {}
    for code in range(0xC0, 0x1F00):
        base = textnorm.ascii_fold(chr(code))
        if len(base) == 1 and base.isalpha() and chr(code).isalpha() and chr(code).islower():
            variants.setdefault(base, set()).add(chr(code))

    def letters(cue: str) -> str:
        return "".join("[ \t]{1,2}" if c == " " else "[" + re.escape(textnorm.ascii_fold(c) + "".join(sorted(
            variants.get(textnorm.ascii_fold(c), ())))) + "]" for c in cue)
    words = sorted(converted._OCR_WORDS, key=len, reverse=True)
    plain = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(letters, words)) + r")(?![^\W\d_])")
    for text in texts:
        assert _found(converted._ocr_cue_pattern(), text.lower()) == _found(plain, text.lower())


def test_runs_of_capitalised_words_are_the_plain_pattern_s(texts):
    capital = "".join(re.escape(c) for c in map(chr, range(0x10000)) if c.isupper()) + "\U00010000-\U0010FFFF"
    cased_upper = "".join(re.escape(c) for c in map(chr, range(0x10000)) if c.istitle())
    word = rf"(?=[^\W\d_])[{capital}](?:(?![{cased_upper}])[^\W\d_])*(?![^\W\d_])"
    plain = re.compile(rf"(?<![^\W\d_]){word}(?: {word})+")
    for text in texts + ["Hà Nội Quảng Trị", "xHà Nội", "ĐàNẵng Hà Nội", "\U0001d400bc Hà Nội"]:
        assert _found(headerocr._capitalised_words(), text) == _found(plain, text)


@pytest.mark.parametrize("fast, plain", [
    (doublets._DOUBLET, r"(?<=[^\W\d_] )(?:Phòng cháy(?=, chữa cháy)|Phòng(?=, chống )|Khám(?=, chữa bệnh)"
                        r"|Cứu nạn(?=, cứu hộ)|Cứu hộ(?=, cứu nạn))"),
    (doublets._DOUBLED_HEAD, r"(?<![^\W\d_])(Ban|Sở|Bộ|Cục|Vụ|Viện|Hội|Đoàn)[ \t]+(?=\1(?![^\W\d_]))"),
    (dutycues.TOGETHER_WITH, r"(?<!\w)cùng(?:\s+với)?(?!\w)"),
    (dutycues._SPELT_OTHERWISE, r"(?<!\w)phối (kết )hợp(?!\w)|(?<!\w)phối hợp(\s*,\s*|\s+và\s+)(?:hỗ trợ|giúp đỡ)"
                                r"(?!\w)(?!\s+với)"),
    (cues.OBJECTIVE, r"(?<!\w)(nhằm|để)(?!\w)"),
    (dutycues.JOINT_BETWEEN, r"(?<!\w)liên tịch\s+giữa(?!\w)"),
    (dutycues.SIGNS_COORDINATION, r"(?<!\w)(?:ký kết|ký|(?:thống nhất )?ban hành)\s+(?:quy chế|chương trình|kế hoạch"
                                  r"|thỏa thuận)\s+phối hợp(?!\w)"),
    (collectives._LEVEL_OWNER, r"(?<!\w)(?:tỉnh|thành phố|trung ương|huyện|xã)(?!\w)"),
    (described._NOUN, r"(?<![\w-])(?<!trên )(?P<noun>đơn vị|cơ quan|cơ sở|doanh nghiệp|tổ chức, cá nhân)"
                      r"(?=\s+[^\W\d_])(?!\s+(?:dữ liệu|pháp lý|vật chất|hạ tầng|lý luận|khoa học|thực tiễn|đó|này"
                      r"|hành chính|tính|và|hoặc|có liên quan|liên quan|khác|được|đã|đang|sẽ|phải|cần|không|thuộc"
                      r"|trực thuộc|của|trên)(?!\w))"),
])
def test_a_cue_with_its_first_letter_first_matches_as_the_plain_cue(fast, plain, texts):
    plain = re.compile(plain)
    extra = ["Sở A phối kết hợp với Sở B; Sở C phối hợp, hỗ trợ Sở D; phối hợp và giúp đỡ với; xphối kết hợp",
             "trên cơ sở dữ liệu, các cơ quan thực hiện; xđơn vị a; -cơ quan b; ký kết quy chế phối hợp; "
             "thống nhất ban hành kế hoạch phối hợp; hội nghị liên tịch giữa A và B; nhằm để; thuộc tỉnh, trung ương"]
    for text in texts + extra:
        assert _found(fast, text) == _found(plain, text)


def test_a_head_noun_alone_is_found_where_the_plain_pattern_finds_it(texts):
    for head in bareheads._heads(load_lexicon()):
        plain = re.compile(rf"(?<![\w.]){form_pattern(head)}(?=[ \t]*[,.;:)]|[ \t]+[^\W\d_])")
        for text in texts[::4] + ["sở y tế, sở, ban; x.sở a; các sở và ban"]:
            assert [m.span() for m in bareheads._head_hits(head, text.lower())] == \
                [m.span() for m in plain.finditer(text.lower())]
