"""Round 13 (speed13): two readings the builder no longer does twice give what they gave.

Invented texts, unlike any document's wording."""

from __future__ import annotations

from policykg.graph_builder.linebreaks import page_break_after
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import _known_hits
from policykg.graph_builder.vocabulary import lower_same_length, vocabulary
from policykg.ontology import load_lexicon

_TEXT = ("Bộ Tài chính, Bộ Công an và Ủy ban nhân dân các tỉnh cùng Mặt trận Tổ quốc Việt Nam "
         "rà soát kho hàng dự trữ; Bộ Y tế theo dõi.")


def test_known_names_asked_for_before_a_point_are_those_of_the_whole_search_that_start_there():
    vocab = vocabulary(load_lexicon())
    match = source_from_string(_TEXT).match
    low = lower_same_length(match)
    whole = _known_hits(vocab, match, low, 0, len(match), len(match))
    assert len(whole) >= 4   # the ministries, the people's committee, the Front
    for last in range(0, len(match) + 1, 7):
        assert _known_hits(vocab, match, low, 0, len(match), last) == [h for h in whole if h[0] < last]


def test_a_page_break_is_read_over_and_text_right_after_a_line_is_none():
    lines = ["Trung tâm lưu trữ gửi báo cáo quý về", "", "7", "", "===== Trang 7 =====", "", "Văn phòng trước ngày 5."]
    assert page_break_after(lines, 0) == 6
    assert page_break_after(["Kho bạc gửi số liệu", "đối chiếu cuối tháng."], 0) is None   # the next line is text
    assert page_break_after(["Kho bạc gửi số liệu", "12"], 0) is None   # nothing after the page's number
    assert page_break_after(["dòng cuối"], 0) is None
