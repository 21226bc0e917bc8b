"""A body named by the first words of the one fuller name its document writes (round 33, ``firstwords.py``), with
invented text in the genre's forms:

- a ministry the vocabulary knows, named in full and later cut ("Bộ Nông nghiệp và Môi trường" ... "Bộ Nông
  nghiệp chủ trì"): one body;
- a department named in full with its domain in capitals, later with its first words and the rest in lower case
  ("Sở Lao động Thương binh và Xã hội" ... "Sở Lao động thương binh xã hội"), and a board of a union cut before its
  capitalised domain ("Ban Tuyên truyền Thanh niên Trung ương Hội" ... "Ban Tuyên truyền"): one body each.

Each of these fails without the module (two nodes). The guards (what the fuller name adds is a place, a number or
a function word; the short name written before an unknown fuller one) pass with and without it.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.firstwords import first_word_names  # noqa: E402
from policykg.graph_builder.model import Mention, Span  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

NOTICE = ("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 205/TB-VPCP\nHà Nội, ngày 12 tháng 4 năm 2027\n\nTHÔNG BÁO\n"
          "Kết luận về tháo gỡ khó khăn cho các dự án thủy lợi\n\n")
PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nSố: 77/KH-UBND\nBắc Kạn, ngày 3 tháng 5 năm 2027\n\nKẾ HOẠCH\n"
        "Hỗ trợ người có công về nhà ở năm 2027\n\n")
UNION = ("TRUNG ƯƠNG HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM\n\nSố: 41-KH/TWH\nHà Nội, ngày 8 tháng 6 năm 2027\n\n"
         "KẾ HOẠCH\nTổ chức Tháng thanh niên năm 2027\n\n")


def _nodes(text: str, name: str = "doc.txt") -> dict[str, set[str]]:
    """The actor nodes of the graph: IRI -> its labels."""
    p = predictions_from_quads(emit_result(build_source(source_from_string(text, name=name))), defaultdict(set))
    return p.labels


def _holding(nodes: dict[str, set[str]], word: str) -> list[str]:
    return sorted(iri for iri, labels in nodes.items() if any(label.startswith(word) for label in labels))


def test_a_known_ministry_cut_to_its_first_words_is_that_ministry():
    text = NOTICE + ("1. Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tài chính rà soát các dự án thủy lợi.\n"
                     "2. Bộ Nông nghiệp chủ trì, phối hợp với Bộ Xây dựng hướng dẫn các địa phương thực hiện.\n")
    assert len(_holding(_nodes(text), "Bộ Nông nghiệp")) == 1


def test_a_department_written_short_later_is_the_department():
    text = PLAN + ("1. Sở Lao động Thương binh và Xã hội chủ trì, phối hợp với Sở Tài chính rà soát danh sách hộ "
                   "người có công.\n"
                   "2. Ủy ban nhân dân các huyện tổng hợp, báo cáo Sở Lao động thương binh xã hội trước ngày "
                   "30/6/2027.\n")
    nodes = _nodes(text)
    assert len(_holding(nodes, "Sở Lao động")) == 1, nodes


def test_a_board_cut_before_its_capitalised_domain_is_the_board():
    text = UNION + ("1. Ban Tuyên truyền Thanh niên Trung ương Hội chủ trì, phối hợp với Văn phòng Trung ương Hội "
                    "xây dựng kế hoạch truyền thông.\n"
                    "2. Các ban, đơn vị phối hợp với Ban Tuyên truyền tổ chức các hoạt động của Tháng thanh niên.\n")
    assert len(_holding(_nodes(text), "Ban Tuyên truyền")) == 1


def test_guard_a_body_and_a_foreign_namesake_stay_two():
    """Guard: what the fuller name adds is a country's name ("| Campuchia"): another body."""
    text = NOTICE + ("1. Bộ Quốc phòng phối hợp với Ủy ban Quốc gia Lào và Ủy ban Quốc gia Campuchia trao đổi thông "
                     "tin.\n2. Bộ Ngoại giao phối hợp với Ủy ban Quốc gia tổ chức đoàn công tác.\n")
    labels = {label for labels in _nodes(text).values() for label in labels}
    assert "Ủy ban Quốc gia Campuchia" in labels and "Ủy ban Quốc gia" in labels, labels


def _mention(label: str, start: int, known: bool = False, surface: str | None = None) -> Mention:
    return Mention(span=Span(start, start + len(label)), surface=surface or label, category="actor",
                   iri="https://w3id.org/policykg/actor/" + label.lower().replace(" ", "-"), label=label,
                   kind="StateBody", known=known)


@pytest.mark.parametrize("fuller, short", [
    ("Ban Chỉ đạo 389", "Ban Chỉ đạo"),                                      # a number
    ("Ủy ban Kiểm tra tỉnh Bắc Kạn", "Ủy ban Kiểm tra"),                     # a place
    ("Ban Quản lý dự án từ năm 2020", "Ban Quản lý dự án"),                  # a function word
    ("Cục Hải quan thuộc Bộ Tài chính", "Cục Hải quan"),                     # an owner
    ("Tổng cục Dự trữ Hướng dẫn các đơn vị", "Tổng cục Dự trữ"),         # a capitalised verb of a run-on name
])
def test_guard_what_the_fuller_name_adds_is_no_domain(fuller, short):
    """Guard: the fuller name adds a number, a place, a function word, an owner or a verb: another body (or a run-on
    name), never joined."""
    out = first_word_names([_mention(fuller, 0), _mention(short, 100)])
    assert out[1].label == short


def test_guard_a_short_name_written_before_an_unknown_fuller_one_stays():
    """Guard: "Vụ Kế hoạch" before "Vụ Kế hoạch tổng hợp" (a name the vocabulary does not know): no join."""
    out = first_word_names([_mention("Vụ Kế hoạch", 0), _mention("Vụ Kế hoạch tổng hợp", 100)])
    assert out[0].label == "Vụ Kế hoạch"


def test_guard_two_fuller_names_leave_the_short_one_alone():
    """Guard: two fuller names begin with the short one: no join."""
    out = first_word_names([_mention("Sở Giao thông vận tải", 0), _mention("Sở Giao thông công chính", 50),
                            _mention("Sở Giao thông", 100)])
    assert out[2].label == "Sở Giao thông"


def test_guard_a_bare_head_read_as_a_short_name_is_not_joined():
    """Guard: a mention whose text does not write the short name ("các Bộ" read as the issuer's first words): no
    join."""
    out = first_word_names([_mention("Bộ Lao động - Thương binh và Xã hội", 0, known=True),
                            _mention("Bộ Lao động - Thương binh", 100, surface="các Bộ")])
    assert out[1].label == "Bộ Lao động - Thương binh"


def test_guard_a_body_at_the_documents_place_is_no_national_body():
    """Guard: "Tòa án nhân dân tỉnh Đắk Lắk" (the locality's place on its label) begins like "Tòa án nhân dân tối
    cao" once its place is off: only labels both at the place, or neither, are compared (round 33, probe18w)."""
    court = _mention("Tòa án nhân dân tỉnh Đắk Lắk", 100)
    out = first_word_names([_mention("Tòa án nhân dân tối cao", 0, known=True), court], ("tỉnh", "Đắk Lắk"))
    assert out[1].label == "Tòa án nhân dân tỉnh Đắk Lắk"


def test_a_department_at_the_place_named_short_is_the_department_at_the_place():
    """Both labels at the document's place: compared without it ("Sở Lao động tỉnh Gia Lai" of "Sở Lao động Thương
    binh và Xã hội tỉnh Gia Lai")."""
    out = first_word_names([_mention("Sở Lao động Thương binh và Xã hội tỉnh Bắc Kạn", 0),
                            _mention("Sở Lao động tỉnh Bắc Kạn", 100, surface="Sở Lao động")], ("tỉnh", "Bắc Kạn"))
    assert out[1].label == "Sở Lao động Thương binh và Xã hội tỉnh Bắc Kạn"
