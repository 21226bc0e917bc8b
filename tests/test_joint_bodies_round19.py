"""Names of issue 9, round 19: a body of several sectors or agencies is named by its head or function and "liên
ngành" ("liên sở", "liên cơ quan"): the words are its name's ("Đoàn kiểm tra liên ngành", "Tổ công tác liên sở
huyện", "Ban Chỉ đạo liên ngành về ... thành phố"), where "liên" alone ends a name ("liên quan"). Sentences invented
from docs/GENRE.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors

JOINT = [
    # a function body, its joint qualifier, then "của" and the province
    ("Đoàn kiểm tra liên ngành của huyện có trách nhiệm kiểm tra các cơ sở giết mổ.", "Đoàn kiểm tra liên ngành"),
    # a head noun, the qualifier and a level
    ("Giao Tổ công tác liên sở huyện rà soát hồ sơ đất đai.", "Tổ công tác liên sở huyện"),
    # a steering committee, the qualifier, its "về" field and a level of two words
    ("Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm thị xã chủ trì kiểm tra.",
     "Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm thị xã"),
]


@pytest.mark.parametrize(("text", "name"), JOINT)
def test_a_joint_body_keeps_its_qualifier(text, name):
    assert name in graph_actors(text)


def test_the_joint_body_leads():
    facts = facts_of("Tổ công tác liên ngành chủ trì, phối hợp với Công an xã kiểm tra hồ sơ tàu cá.")
    assert any(actor == "Tổ công tác liên ngành" for actor, _ in facts["leads"])


def test_liên_alone_ends_the_name():
    assert "Đoàn kiểm tra liên quan" not in " ".join(graph_actors("Đoàn kiểm tra liên quan đến vụ việc báo cáo."))
