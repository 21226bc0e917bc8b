"""Names of issue 9, round 20: a joint body named by its head noun and "liên ngành" alone, at most with a level
("Tổ công tác liên ngành", "Đoàn kiểm tra liên sở", "Ban Chỉ đạo liên ngành tỉnh"), is a kind of body that documents
set up, cite and report on as often as they give it a duty: a generic actor, an actor only where it acts (round 19
made it a name, an actor wherever named). A joint body named by its field ("Ban Chỉ đạo liên ngành về ... thành
phố") is a standing body's name, an actor wherever named. Sentences invented from docs/GENRE.md, worded unlike the
documents that showed the errors."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors

IN_PASSING = [
    # cited as the source of a finding
    ("2. Theo kết luận của Tổ công tác liên ngành, Sở Y tế chủ trì xử lý các cơ sở vi phạm.", "Tổ công tác liên ngành"),
    # set up by the issuer, at its level
    ("1. Ủy ban nhân dân huyện thành lập Ban Chỉ đạo liên ngành huyện để triển khai Kế hoạch.",
     "Ban Chỉ đạo liên ngành huyện"),
]


@pytest.mark.parametrize(("text", "kind"), IN_PASSING)
def test_a_joint_kind_named_in_passing_is_no_actor(text, kind):
    assert not any(a.startswith(kind.split(" liên")[0]) for a in graph_actors(text))


def test_a_joint_kind_that_acts_is_an_actor():
    text = "3. Sở Công Thương chủ trì, phối hợp với Đoàn kiểm tra liên sở kiểm tra các chợ đầu mối."
    assert frozenset(("Sở Công Thương", "Đoàn kiểm tra liên sở")) in facts_of(text)["pairs"]
    assert "Tổ công tác liên ngành" in graph_actors("4. Tổ công tác liên ngành có trách nhiệm báo cáo kết quả hằng quý.")


def test_a_joint_body_named_by_its_field_is_an_actor_where_named():
    text = "5. Sở Y tế là cơ quan thường trực của Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố."
    assert any(a.startswith("Ban Chỉ đạo liên ngành về an toàn thực phẩm") for a in graph_actors(text))
