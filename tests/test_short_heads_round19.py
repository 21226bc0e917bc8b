"""Names of issue 9, round 19: a body whose head noun the document writes short, by initials ("CA tỉnh", "BQL Khu
kinh tế") or by its first head and the initials of the rest ("Bộ CHQS tỉnh", "Ban CHQS xã", "Bộ CH BĐBP tỉnh"), is
the body written in full: the forms come from the ontology's head nouns (graph_builder/shortheads.py), none is
listed. Sentences invented from docs/GENRE.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors


WRITTEN_SHORT = [
    # the initials of a two-word head before a level, in a list
    ("CA huyện, Phòng Văn hóa và Thông tin huyện phối hợp kiểm tra các cơ sở karaoke.", "Công an huyện"),
    # the first head kept and the rest by initials, at the commune level
    ("Ban CHQS xã tổ chức huấn luyện dân quân năm 2026.", "Ban Chỉ huy Quân sự xã"),
    # three letters before a capitalised name: a management board and the zone it manages
    ("BQL Khu kinh tế tỉnh tham mưu việc thu hút đầu tư.", "Ban quản lý Khu kinh tế tỉnh"),
    # a party committee's board before the committee
    ("BTG Tỉnh ủy chủ trì định hướng thông tin.", "Ban Tuyên giáo Tỉnh ủy"),
    # a head written short twice: the command of the border guard
    ("Bộ CH BĐBP tỉnh chủ trì tuần tra đường biên.", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    # a unit of a body written short keeps the body's name in full
    ("Phòng Tham mưu Bộ CHQS tỉnh tổng hợp kết quả.", "Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh"),
]


@pytest.mark.parametrize(("text", "name"), WRITTEN_SHORT)
def test_a_head_noun_written_short_names_the_body_in_full(text, name):
    assert name in graph_actors(text)


def test_initials_two_heads_share_are_read_by_the_level_after_them():
    # "BCHQS": the province's command ("Bộ Chỉ huy") and the district's ("Ban Chỉ huy"), pkg:levelHeadNoun
    actors = graph_actors("BCHQS tỉnh chủ trì, phối hợp với BCHQS huyện tổ chức diễn tập.")
    assert {"Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Quân sự huyện"} <= actors


def test_the_body_written_short_holds_the_duty_and_the_pair():
    facts = facts_of("CA xã chủ trì, phối hợp với Ban CHQS xã tuần tra đêm.")
    assert frozenset(("Công an xã", "Ban Chỉ huy Quân sự xã")) in facts["pairs"]
    assert any(actor == "Công an xã" for actor, _ in facts["leads"])


NOT_A_BODY = [
    "Trong tuần ghi nhận 12 ca mắc sốt xuất huyết tại xã.",    # "ca": a case, in lower case
    "Căn cứ Chỉ thị số 09-CT/TU ngày 03/3/2026 của Tỉnh ủy.",   # "CT" inside a document's number
]


@pytest.mark.parametrize("text", NOT_A_BODY)
def test_initials_outside_a_name_are_no_body(text):
    assert not any(label.startswith(("Công an", "Công ty", "Ca ")) for label in graph_actors(text))
