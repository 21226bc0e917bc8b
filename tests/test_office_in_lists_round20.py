"""Names of issue 9, round 20: in the closing article's list of ministries by their fields ("Bộ trưởng các Bộ: Công
an, Quốc phòng, ..."), an item that an office title opens ("Chủ tịch", "Giám đốc", "Thủ trưởng": the ontology's
office words) begins the sentence's next holder, an office of another body: no ministry ("Bộ Chủ tịch"), and the
body after the office is that holder. Sentences invented from docs/GENRE.md, worded unlike the documents that showed
the errors."""

from __future__ import annotations

import pytest

from documentfacts import graph_actors

CASES = [
    # the chairs of the provinces' people's committees after the ministries, the line wrapped after the office
    ("Điều 3. Bộ trưởng các Bộ: Công an, Quốc phòng, Tài chính, Chủ tịch\nỦy ban nhân dân các tỉnh biên giới và "
     "Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.",
     {"Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính"}, "Ủy ban nhân dân các tỉnh biên giới"),
    # the provinces' directors of a department after one ministry
    ("Điều 4. Bộ trưởng các Bộ: Nội vụ, Giám đốc Sở Nội vụ các tỉnh chịu trách nhiệm thi hành Thông tư này.",
     {"Bộ Nội vụ"}, "Sở Nội vụ các tỉnh"),
    # the heads of bodies under the Government after two ministries, wrapped after the office
    ("Điều 5. Bộ trưởng các Bộ: Y tế, Công Thương, Thủ trưởng\ncơ quan thuộc Chính phủ chịu trách nhiệm thi hành.",
     {"Bộ Y tế", "Bộ Công Thương"}, None),
]


@pytest.mark.parametrize(("text", "ministries", "holder"), CASES)
def test_an_office_ends_the_list_of_ministries(text, ministries, holder):
    actors = graph_actors(text)
    assert ministries <= actors
    assert not any(a.startswith(("Bộ Chủ tịch", "Bộ Giám đốc", "Bộ Thủ trưởng")) for a in actors)
    assert holder is None or holder in actors
