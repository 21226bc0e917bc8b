"""Names of issue 9, round 20: a name followed by a domain verb and the name of a kind of document ("Chi cục Thuế |
xây dựng kế hoạch triển khai ...", "Phòng Kinh tế | xây dựng báo cáo ..."): the verb opens the duty, and a verb after
the document's name says what that document is about ("kế hoạch triển khai", "quy chế phối hợp"), not the name's
predicate. The kinds of document are the ontology's (core.ttl). Sentences invented from docs/GENRE.md, worded unlike
the documents that showed the errors."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors, holders

CASES = [
    # a tax office drafts a plan to carry out a regulation ("kế hoạch | triển khai")
    ("- Chi cục Thuế xây dựng kế hoạch triển khai, thực hiện Quy chế phối hợp.", "Chi cục Thuế", "kế hoạch triển khai"),
    # an institute drafts a regulation of coordination ("quy chế | phối hợp")
    ("3. Viện Chăn nuôi xây dựng quy chế phối hợp với các địa phương trong quản lý giống.", "Viện Chăn nuôi",
     "quy chế phối hợp"),
    # an office drafts a report ("báo cáo | thực hiện"), the verb alone after the name
    ("2. Phòng Kinh tế xây dựng báo cáo thực hiện, gửi Ủy ban nhân dân huyện.", "Phòng Kinh tế", "báo cáo thực hiện"),
]


@pytest.mark.parametrize(("text", "name", "task"), CASES)
def test_the_verb_before_a_document_is_the_duty(text, name, task):
    actors = graph_actors(text)
    assert name in actors
    assert not any(a.startswith(name + " ") for a in actors)
    assert name in holders(facts_of(text)["duties"], task)


def test_a_domain_that_is_the_name_stays():
    # a verb of the domain with its object and no document: the name's own ("Viện Thiết kế đóng tàu")
    assert "Viện Thiết kế đóng tàu" in graph_actors("1. Viện Thiết kế đóng tàu nghiên cứu mẫu tàu cá vỏ thép.")
