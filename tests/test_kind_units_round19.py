"""Names of issue 9, round 19: a head noun that names a kind of unit on its own ("Đồn Biên phòng", "Ban Chỉ huy Quân
sự": its specific part capitalised in the ontology) standing alone as the subject of a duty, in a document that
names no unit of that kind, is each such unit: a generic actor with the duty. Sentences invented from
docs/GENRE.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors

KIND_ALONE = [
    # a border post in a joint regulation: the subject of a lead with a partner
    ("Điều 5. Đồn Biên phòng chủ trì, phối hợp với Công an xã tổ chức tuần tra khu vực mốc giới.", "Đồn Biên phòng"),
    # a commune's military command in a plan, its duty marked by "có trách nhiệm"
    ("3. Ban Chỉ huy Quân sự có trách nhiệm huấn luyện lực lượng dân quân thường trực.", "Ban Chỉ huy Quân sự"),
]


@pytest.mark.parametrize(("text", "name"), KIND_ALONE)
def test_a_kinds_name_alone_before_a_duty_is_an_actor(text, name):
    assert name in graph_actors(text)


def test_the_kinds_units_lead_and_pair():
    facts = facts_of("Điều 5. Đồn Biên phòng chủ trì, phối hợp với Công an xã tổ chức tuần tra khu vực mốc giới.")
    assert frozenset(("Đồn Biên phòng", "Công an xã")) in facts["pairs"]


def test_a_kinds_name_after_a_named_unit_is_no_new_actor():
    # the document names one post: the kind's name later is no second, generic body
    text = ("1. Đồn Biên phòng Cửa khẩu Cha Lo chủ trì tuần tra. 2. Công an xã phối hợp chặt chẽ với Đồn Biên phòng "
            "trên địa bàn.")
    assert "Đồn Biên phòng" not in graph_actors(text)
