"""A body's name written half in full and half in initials (issue 9, round 27, `actors27`): "Sở Tài nguyên và MT",
"Sở Nông nghiệp và PTNT tỉnh Ninh Bình" are the bodies the document (or the vocabulary) names in full, one node each,
not a second body beside them. Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders, predictions_of

HEAD = """TỔNG CỤC THỦY SẢN
Số: 15/TB-TCTS
Hà Nội, ngày 2 tháng 4 năm 2026

THÔNG BÁO
Kết quả hội nghị phối hợp quản lý giống thủy sản

"""

BODY = """1. Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Bình chủ trì kiểm tra các cơ sở sản xuất giống.
2. Sở Nông nghiệp và PTNT tỉnh Ninh Bình có trách nhiệm báo cáo kết quả kiểm tra trước ngày 30/6/2026.
3. Sở Tài nguyên và Môi trường tỉnh Ninh Bình phối hợp lấy mẫu nước; Sở Tài nguyên và MT tỉnh Ninh Bình công bố kết quả.
"""


def test_a_name_half_in_initials_is_the_body_named_in_full():
    actors = graph_actors(HEAD + BODY)
    assert not any("PTNT" in label or label.endswith(" MT tỉnh Ninh Bình") for label in actors)
    found = facts_of(HEAD + BODY)
    assert holders(found["duties"], "báo cáo kết quả kiểm tra") == holders(found["leads"], "kiểm tra các cơ sở sản xuất")


def test_one_node_for_each_body_however_it_is_spelled():
    predicted = predictions_of(HEAD + BODY)
    departments = [iri for iri, labels in predicted.labels.items() if any(x.startswith("Sở ") for x in labels)]
    assert len(departments) == 2


def test_initials_that_spell_no_full_name_leave_the_name_as_written():
    actors = graph_actors(HEAD + "1. Sở Giáo dục và ĐT tỉnh Ninh Bình chủ trì tổ chức tập huấn cho giáo viên.\n")
    assert any("ĐT" in label for label in actors)
