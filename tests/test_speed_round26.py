"""Round 26 (issue 12): work of the extraction memoised or skipped, every output byte-identical (the branch's builds
of the 30 real documents, the genre documents and 200 generated ones were compared with main's file by file).
These tests pin that a memo answers what the function computes, whatever was asked before, and that a line the
footer reader no longer scans with every regex is still cut where its cues stand."""

from __future__ import annotations

import pytest

from policykg.graph_builder import canonicalnames, organs
from policykg.graph_builder.flatfooter import unflattened
from policykg.graph_builder.vocabulary import vocabulary
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


class _Known:
    """A stand-in for the known name a scan found at the name's start (only its presence is read)."""


@pytest.mark.parametrize("surface, known, known_surface", [
    ("SỞ NÔNG NGHIỆP TỈNH AN GIANG", None, None),
    ("SỞ NÔNG NGHIỆP TỈNH AN GIANG", _Known(), "SỞ NÔNG NGHIỆP"),
    ("CA huyện Tân Phú", None, None),
    ("Ban Quản lý & Khai thác Khu công nghệ cao tỉnh", None, None),
    ("HỘI CỰU CHIẾN BINH XÃ HÒA BÌNH", _Known(), "HỘI CỰU CHIẾN BINH"),
])
def test_canonical_name_memo_answers_as_the_function(lexicon, surface, known, known_surface):
    vocab = vocabulary(lexicon)
    fresh = canonicalnames._canonical.__wrapped__(vocab, surface, known is not None, known_surface)
    assert canonicalnames.canonical_name(vocab, surface, known, known_surface) == fresh
    assert canonicalnames.canonical_name(vocab, surface, known, known_surface) == fresh   # the memo's answer
    assert fresh[:1].isupper() and "  " not in fresh


def test_canonical_name_memo_keeps_each_surface_apart(lexicon):
    vocab = vocabulary(lexicon)
    a = canonicalnames.canonical_name(vocab, "CA tỉnh Long An", None, None)
    b = canonicalnames.canonical_name(vocab, "CA tỉnh Long  An", None, None)   # a doubled space: the same name
    c = canonicalnames.canonical_name(vocab, "CA huyện Long An", None, None)
    assert a == b == "Công an tỉnh Long An" and c == "Công an huyện Long An"


def test_actor_named_memo_keeps_fuzzy_apart(lexicon):
    # an OCR slip in a header's capitals: read as the vocabulary's name only when asked to (fuzzy), whichever is first
    glued = "THỦ TƯỚNGCHÍNH PHỦ"
    assert organs.actor_named(glued, lexicon, fuzzy=True).label == "Thủ tướng Chính phủ"
    assert organs.actor_named(glued, lexicon) is None
    assert organs.actor_named(glued, lexicon, True).label == "Thủ tướng Chính phủ"
    assert organs.actor_named("ỦY BAN NHÂN DÂN TỈNH CÀ MAU", lexicon).label == "Ủy ban nhân dân tỉnh Cà Mau"


def test_actor_named_answer_is_frozen(lexicon):
    # a memo hands the same object to every caller: none of them can change it
    ref = organs.actor_named("SỞ TƯ PHÁP TỈNH HÀ GIANG", lexicon)
    assert ref is organs.actor_named("SỞ TƯ PHÁP TỈNH HÀ GIANG", lexicon)
    with pytest.raises(AttributeError):
        ref.label = "x"


@pytest.mark.parametrize("line, pieces", [
    ("Nơi nhận: - Như trên; - Lưu: VT, NV. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hải",
     ["Nơi nhận: - Như trên; - Lưu: VT, NV.", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hải"]),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Trần Minh Tâm NƠI NHẬN: - Sở Tài chính; - Lưu: VT.",
     ["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Trần Minh Tâm", "NƠI NHẬN: - Sở Tài chính; - Lưu: VT."]),
    ("ĐẠI DIỆN HỘI NÔNG DÂN TỈNH (Đã ký) Phạm Văn Lộc ĐẠI DIỆN SỞ NÔNG NGHIỆP (Đã ký) Võ Thị Hoa",
     ["ĐẠI DIỆN HỘI NÔNG DÂN TỈNH (Đã ký) Phạm Văn Lộc", "ĐẠI DIỆN SỞ NÔNG NGHIỆP (Đã ký) Võ Thị Hoa"]),
    ("Chủ tịch Phạm Văn Lộc (Đã ký) Đại diện Sở Nông nghiệp và Môi trường tỉnh",
     ["Chủ tịch Phạm Văn Lộc (Đã ký)", "Đại diện Sở Nông nghiệp và Môi trường tỉnh"]),
    ("Phó Giám đốc (Đã ký) Trần Minh Tâm Noi nhan: - Như trên; - Lưu: VT.",
     ["Phó Giám đốc (Đã ký) Trần Minh Tâm", "Noi nhan: - Như trên; - Lưu: VT."]),
    ("Các sở, ngành và địa phương triển khai kế hoạch này theo chức năng, nhiệm vụ được giao.",
     ["Các sở, ngành và địa phương triển khai kế hoạch này theo chức năng, nhiệm vụ được giao."]),
])
def test_flattened_footer_cut_at_its_cues(lexicon, line, pieces):
    assert [text for _, text in unflattened(0, line, lexicon)] == pieces


def test_head_at_takes_the_longest_head_of_its_first_letter(lexicon):
    # heads tried only among those that open with the letter at the position: still the longest that stands there
    # as whole words, and none inside a word or past the text's end
    from policykg.graph_builder.collectivecands import body_heads, head_at
    heads = body_heads(lexicon)
    low = "các cơ quan, đơn vị và ủy ban nhân dân các xã; các hội đoàn thể"
    found = {pos: head_at(low, pos, heads) for pos in range(len(low) + 1)}
    plain = {pos: next(((h, k) for h, k in heads if low.startswith(h, pos)
                        and not low[pos + len(h):pos + len(h) + 1].replace("_", "a").isalnum()), None)
             for pos in range(len(low) + 1)}
    assert found == plain
    assert found[low.index("cơ quan")][0] == "cơ quan" and found[low.index("ủy ban")][0].startswith("ủy ban")
    assert head_at("cơ quanx", 0, heads) is None and head_at("", 0, heads) is None


@pytest.mark.parametrize("line", [
    "Nơi nhận: - Như trên; - Lưu: VT. BỘ TRƯỞNG (ký) Lê Văn Thành",
    "Lưu: VT, KH.  PHÓ CHỦ  TỊCH Nguyễn Thị Lan",
    "Lưu: VT.\tPHÓ GIÁM ĐỐC Trần Văn Nam GIÁM ĐỐC SỞ",
    "các BỘ TRƯỞNGX và xBỘ TRƯỞNG không là chức vụ",
])
def test_post_in_finds_what_one_alternation_finds(lexicon, line):
    # the posts' regex written by first letter finds the posts the plain alternation behind "(?<=\s)" finds
    import re
    from policykg.graph_builder.flatfooter import _post_in
    names = sorted({n.upper() for n in lexicon.post_names()}, key=len, reverse=True)
    plain = re.compile(r"(?<=\s)(?:" + "|".join(re.escape(n).replace("\\ ", r"\s+") for n in names) + r")(?!\w)")
    assert [m.span() for m in _post_in(lexicon).finditer(line)] == [m.span() for m in plain.finditer(line)]


_LAYOUT = (
    "                                     Cơ quan thực hiện\n"
    " STT   Nội dung nhiệm vụ             Chủ trì         Phối hợp\n"
    "  1    Kiểm tra an toàn thực phẩm    Sở Y tế         Công an tỉnh\n"
    "  2    Tuyên truyền pháp luật        Sở Tư pháp      Sở Nội vụ\n")


def test_layout_tables_read_once_per_text_and_each_caller_has_its_list():
    # the cells' mentions and the assertions' context ask for the tables of the same text: the second is given the
    # first's tables, in a list of its own (emptying one does not empty the other's); another text is read anew
    from policykg.graph_builder.layout import find_layout_tables
    first = find_layout_tables(_LAYOUT)
    assert [len(t.rows) for t in first] == [2]
    first.clear()
    again = find_layout_tables(_LAYOUT)
    assert [len(t.rows) for t in again] == [2]
    other = _LAYOUT.replace("Sở Nội vụ", "Sở Tài chính") + "  3    Kiểm tra giá cả                Sở Công Thương  Sở Tài chính\n"
    assert [len(t.rows) for t in find_layout_tables(other)] == [3]
    assert find_layout_tables(_LAYOUT)[0].rows == again[0].rows
