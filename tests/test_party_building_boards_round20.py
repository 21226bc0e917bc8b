"""Names of issue 9, round 20: the boards that build the Party of a committee at any level, named together by their
common name ("các ban xây dựng Đảng"), are one generic actor of the vocabulary (actors.ttl), a Party organ: the
"Đảng" in their name is their field, never the Party itself. Sentences invented from docs/GENRE.md."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors

CASES = [
    # the boards' heads in a closing article: the boards hold the duty
    "Điều 3. Trưởng các ban xây dựng Đảng chịu trách nhiệm thi hành Quyết định này.",
    # the boards of a provincial committee as the lead of a task, with a partner
    "4. Các ban xây dựng Đảng của Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ tổ chức kiểm tra.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_party_building_boards_are_one_body_not_the_party(text):
    actors = graph_actors(text)
    assert "các ban xây dựng Đảng" in actors
    assert "Đảng Cộng sản Việt Nam" not in actors


def test_the_party_building_boards_lead_and_pair():
    facts = facts_of("4. Các ban xây dựng Đảng của Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ tổ chức kiểm tra.")
    assert frozenset(("các ban xây dựng Đảng", "Sở Nội vụ")) in facts["pairs"]
