"""One office written with its two names joined by a dash (issue 9, round 26, `actors26`): the secretariat that serves
two committees ("Văn phòng Ủy ban X - Văn phòng Ban Chỉ đạo Y") is one actor, the first name; two offices of a list,
each on its own line after a dash, stay two. Every text here is invented, in the form of the national rescue
command's messages.
"""

from __future__ import annotations

from documentfacts import graph_actors

HEAD = """BỘ QUỐC PHÒNG
CỤC CỨU HỘ - CỨU NẠN

Số: 12/CĐ-CHCN
Hà Nội, ngày 2 tháng 9 năm 2026

CÔNG ĐIỆN
Về chủ động ứng phó bão số 5

"""

MESSAGE = HEAD + ("Thực hiện Công điện số 11/CĐ-TW ngày 1/9/2026 của Văn phòng Ủy ban Quốc gia Ứng phó sự cố thiên tai "
                  "và TKCN - Văn phòng Ban Chỉ đạo Trung ương về phòng, chống thiên tai về ứng phó bão số "
                  "5, Cục Cứu hộ - Cứu nạn đề nghị Bộ Tư lệnh Quân khu 4 chỉ đạo các đơn vị sẵn sàng lực lượng.\n")


def test_an_office_named_by_its_two_names_is_one_actor_named_by_the_first():
    actors = graph_actors(MESSAGE)
    assert "Văn phòng Ủy ban Quốc gia Ứng phó sự cố thiên tai và TKCN" in actors
    assert not any(label.startswith("Văn phòng Ban Chỉ đạo") for label in actors)


def test_two_offices_listed_on_their_own_lines_stay_two_actors():
    actors = graph_actors(HEAD + "Đề nghị các cơ quan sau phối hợp theo dõi diễn biến của bão:\n"
                          "- Văn phòng Chính phủ;\n- Văn phòng Quốc hội.\n")
    assert {"Văn phòng Chính phủ", "Văn phòng Quốc hội"} <= actors
