"""A coordination title set in an area, or on one line with no kind line of its own (round 26, issue 9, invented
texts; ``titleparties``): "... GIỮA CÔNG AN TỈNH VÀ SỞ TƯ PHÁP TRÊN ĐỊA BÀN TỈNH X" is issued by each party of that
place, the area never read as a part of the last party's name, even over a broken line; "QUY CHẾ PHỐI HỢP GIỮA A VÀ
B" on the text's first line over its articles is a formal text issued by A and B; a headline of an article that
reports the signing names no issuer."""

from __future__ import annotations

import pytest
from documentfacts import frame_of

BODY = ("\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp giữa các bên.\n"
        "Điều 2. Trách nhiệm\nCông an tỉnh chủ trì tuần tra.\n")


# the area after the list, the list over a broken line, the area after the matter
AREA_TITLES = {"after-list": "QUY CHẾ\nPHỐI HỢP GIỮA CÔNG AN TỈNH VÀ SỞ TƯ PHÁP TRÊN ĐỊA BÀN TỈNH BẮC NINH",
               "broken-list": "QUY CHẾ\nPHỐI HỢP GIỮA CÔNG AN TỈNH\nVÀ SỞ TƯ PHÁP TRÊN ĐỊA BÀN TỈNH BẮC NINH",
               "after-matter": "QUY CHẾ\nPHỐI HỢP GIỮA CÔNG AN TỈNH VÀ SỞ TƯ PHÁP TRONG CÔNG TÁC PHÒNG CHÁY TRÊN ĐỊA BÀN "
                               "TỈNH BẮC NINH"}


@pytest.mark.parametrize("title", AREA_TITLES.values(), ids=AREA_TITLES.keys())
def test_the_parties_take_the_area_of_the_title(title):
    assert frame_of(title + BODY)[0] == ["Công an tỉnh Bắc Ninh", "Sở Tư pháp tỉnh Bắc Ninh"]


@pytest.mark.parametrize("title", ["QUY CHẾ PHỐI HỢP GIỮA CÔNG AN TỈNH VÀ BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC NINH",
                                   "Quy chế phối hợp giữa Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh Bắc Ninh"],
                         ids=["capitals", "sentence-case"])
def test_a_one_line_title_with_no_kind_line(title):
    assert frame_of(title + BODY)[0] == ["Công an tỉnh Bắc Ninh", "Bộ Chỉ huy Quân sự tỉnh Bắc Ninh"]


def test_an_articles_headline_names_no_issuer():
    text = ("Quy chế phối hợp giữa Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh Bắc Ninh được ký kết\nSáng nay, hai bên "
            "đã ký kết quy chế phối hợp. Đại diện Công an tỉnh cho biết quy chế giúp hai bên trao đổi thông tin.\n")
    assert frame_of(text)[0] == []
