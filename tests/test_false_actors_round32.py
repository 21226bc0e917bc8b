"""False actors of round 32 (invented text in the genre's forms): words that follow a body's name and are no part of
it.

- A deputy's post written with "Thường trực" between the office and "Chính phủ", then the holder's name ("Phó Thủ
  tướng Thường trực Chính phủ Nguyễn Văn An"): the holder is a person, no foreign government "Chính phủ Nguyễn Văn
  An" (``foreign.py`` read a family name and two words as a country).
- The predicate after a body's name: an adverb ("Tổng cục Thống kê cũng đã ...", "cơ quan báo chí vẫn ..."), a
  negation and a modal ("các cơ sở tín ngưỡng không phải báo cáo", "... không được thu ..."), a verb of one
  syllable that hands a thing to the body named after it ("các cơ quan chuyên môn trình Ủy ban nhân dân tỉnh ...",
  "cơ quan hữu quan gửi Bộ Tư pháp ..."): the name ends before it.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

HEAD = ("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 118/TB-VPCP\nHà Nội, ngày 9 tháng 3 năm 2027\n\nTHÔNG BÁO\n"
        "Kết luận về tháo gỡ vướng mắc của các dự án điện gió\n\n")


def _actor_labels(text: str) -> set[str]:
    p = predictions_from_quads(emit_result(build_source(source_from_string(text, name="notice.txt"))),
                               defaultdict(set))
    return {label for labels in p.labels.values() for label in labels}


def test_a_deputy_of_the_government_named_after_his_post_is_no_foreign_government():
    text = HEAD + ("Ngày 5 tháng 3 năm 2027, Phó Thủ tướng Thường trực Chính phủ Trần Quang Vinh đã chủ trì cuộc họp. "
                   "Sau khi nghe báo cáo, Phó Thủ tướng Thường trực Chính phủ Trần Quang Vinh kết luận như sau:\n"
                   "1. Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính rà soát các dự án điện gió.\n")
    labels = _actor_labels(text)
    assert not any("Trần Quang Vinh" in label for label in labels), labels
    assert {"Bộ Công Thương", "Bộ Tài chính"} <= labels


def test_a_named_foreign_government_is_still_read():
    text = HEAD + "1. Bộ Tài chính phối hợp với Chính phủ Nhật Bản đã hoàn thành việc giải ngân vốn vay.\n"
    assert "Chính phủ Nhật Bản" in _actor_labels(text)


@pytest.mark.parametrize("sentence, body, wrong", [
    ("Tổng cục Thống kê cũng đã có văn bản hướng dẫn các địa phương.", "Tổng cục Thống kê", "Tổng cục Thống kê cũng"),
    ("Các cơ quan báo chí cũng phải đưa tin kịp thời về các dự án.", "cơ quan báo chí", "cơ quan báo chí cũng"),
    ("Các cơ sở tín ngưỡng không phải báo cáo; các cơ sở giáo dục không được thu thêm.", "cơ sở tín ngưỡng",
     "cơ sở tín ngưỡng không"),
    ("Các cơ quan chuyên môn trình Ủy ban nhân dân tỉnh phê duyệt danh mục dự án.", "cơ quan chuyên môn",
     "cơ quan chuyên môn trình"),
    ("Bộ Tài chính phối hợp với các cơ quan hữu quan gửi Bộ Tư pháp thẩm định dự thảo.", "cơ quan hữu quan",
     "cơ quan hữu quan gửi"),
])
def test_the_predicate_after_a_body_is_no_part_of_its_name(sentence, body, wrong):
    labels = _actor_labels(HEAD + "1. " + sentence + "\n")
    assert body in labels and not any(label.startswith(wrong) for label in labels), labels

