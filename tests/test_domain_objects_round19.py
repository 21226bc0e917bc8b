"""Names of issue 9, round 19: a body named by a head noun and a lower-case domain whose verb takes a plural object
("Ban Quản lý dự án đầu tư xây dựng | các | công trình giao thông tỉnh") is one name up to its level: the "các" of the
object is the domain's, not a list of bodies. Sentences invented from docs/GENRE.md, worded unlike the documents
that showed the errors."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors


PLURAL_OBJECT = [
    # a project board of a province, the subject of a duty
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh báo cáo tiến độ giải ngân.",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh"),
    # a maintenance board of a district, a partner
    ("Phòng Kinh tế và Hạ tầng phối hợp với Ban Quản lý bảo trì các tuyến đường huyện rà soát biển báo.",
     "Ban Quản lý bảo trì các tuyến đường huyện"),
]


@pytest.mark.parametrize(("text", "name"), PLURAL_OBJECT)
def test_the_plural_object_of_a_domain_stays_in_the_name(text, name):
    assert name in graph_actors(text)


def test_the_board_holds_its_duty():
    # a numbered item, the duty marked by "có trách nhiệm" (a plain sentence of a plan narrates)
    duties = facts_of("2. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh có trách nhiệm báo cáo tiến "
                      "độ giải ngân.")["duties"]
    assert any(actor == "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh" and "báo cáo tiến độ" in task
               for actor, task in duties)


def test_the_levels_of_a_body_are_no_object():
    # "các huyện" after a domain: the body at those levels, never a longer name
    assert not any("các huyện" in label and label.startswith("Ban quản lý dự án")
                   for label in graph_actors("Ban quản lý dự án các huyện báo cáo tiến độ."))
