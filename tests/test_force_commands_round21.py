"""One body as two, issue 9 round 21: a force of the armed forces named with its command and without in one document
("Bộ Tư lệnh Quân chủng Hải quân" / "Quân chủng Hải quân", "Bộ Tư lệnh Quân khu 4" / "Quân khu 4") is one actor, the
command's: the force acts through it. A command named alone, or a force named alone, stays as written. Sentences
invented from docs/GENRE.md ("Names of actors"), worded unlike the documents that showed the split."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors

LETTER = "BỘ QUỐC PHÒNG\nSố: 15/CĐ-BQP\n\nCÔNG ĐIỆN\nVề việc ứng phó áp thấp nhiệt đới\n\n"

FORCES = [
    ("1. Bộ Tư lệnh Quân chủng Hải quân chỉ đạo các đơn vị trực thuộc sẵn sàng tàu thuyền.\n"
     "2. Quân chủng Hải quân phối hợp với Cục Cứu hộ - Cứu nạn tổ chức tìm kiếm trên biển.\n",
     "Bộ Tư lệnh Quân chủng Hải quân", "Quân chủng Hải quân"),
    ("1. Quân khu 4 chủ trì, phối hợp với Ủy ban nhân dân các tỉnh ven biển sơ tán dân.\n"
     "2. Bộ Tư lệnh Quân khu 4 báo cáo kết quả về Bộ Quốc phòng.\n",
     "Bộ Tư lệnh Quân khu 4", "Quân khu 4"),
]


@pytest.mark.parametrize(("body", "command", "force"), FORCES)
def test_a_force_and_its_command_are_one_actor(body, command, force):
    actors = graph_actors(LETTER + body)
    assert command in actors
    assert force not in actors


def test_the_command_holds_the_forces_pair():
    assert frozenset(("Bộ Tư lệnh Quân chủng Hải quân", "Cục Cứu hộ - Cứu nạn")) \
        in facts_of(LETTER + FORCES[0][0])["pairs"]


def test_a_force_named_alone_stays_itself():
    body = "1. Quân khu 7 chủ trì, phối hợp với Bộ Tư lệnh Cảnh sát biển tuần tra vùng biển.\n"
    actors = graph_actors(LETTER + body)
    assert "Quân khu 7" in actors
