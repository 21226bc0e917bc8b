"""Names of a list of bodies written one to an item, apart by semicolons (round 29, `actors29`): "Giao Cục Cảnh sát
giao thông; Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao; Cục Y tế sẵn sàng lực lượng ...". The
name scanner stopped at "và" or the comma inside the item ("Cục An ninh mạng và phòng"); between two semicolons the
whole item is one name. A clause in an item stays a clause ("Sở Tài chính phối hợp;"). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import graph_actors

TOP = "\n\n".join([
    "BỘ CÔNG AN",
    "Số: 09/CĐ-BCA",
    "Hà Nội, ngày 06 tháng 9 năm 2026",
    "CÔNG ĐIỆN",
    "Về việc ứng phó bão số 7",
    "",
])
UNITS = """\
Giao Cục Cảnh sát giao thông; Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao; Cục Viễn thông và cơ
yếu sẵn sàng lực lượng, phương tiện ứng cứu khi có yêu cầu.
"""
CLAUSES = """\
Sở Y tế chủ trì; Sở Tài chính phối hợp; Sở Nội vụ theo dõi, tổng hợp kết quả.
"""


def test_an_item_between_semicolons_is_one_name():
    actors = graph_actors(TOP + UNITS)
    assert "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao" in actors
    assert "Cục An ninh mạng và phòng" not in actors and "Cục An ninh mạng" not in actors


def test_a_clause_in_an_item_stays_out_of_the_name():
    actors = graph_actors(TOP + CLAUSES + UNITS)
    assert "Sở Tài chính" in actors and not any("phối hợp" in a for a in actors)
    assert "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao" in actors
