"""A header's place line read after its number (round 27, issue 9, invented texts; ``graph_builder/placeafternumber.py``):
the text layer of a PDF reads the left column's last line ("TỈNH AN GIANG") after the number beside it; the organ over
the number keeps its place, and the document's issuer is that body, not the national one."""

from __future__ import annotations

from documentfacts import frame_of

HEADER = ("{organs}\nSố: 05/CTrPH-UBND-MTTQ\n{after}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "An Giang, ngày 3 tháng 5 năm 2025\n\nCHƯƠNG TRÌNH PHỐI HỢP\nVận động xây dựng nhà đại đoàn kết\n\n"
          "1. Ủy ban nhân dân tỉnh chỉ đạo Sở Xây dựng rà soát hộ nghèo.\n"
          "2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động nguồn lực.\n")


def test_the_place_after_the_number_completes_the_organ_over_it():
    text = HEADER.format(organs="ỦY BAN NHÂN DÂN TỈNH AN GIANG\nỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", after="TỈNH AN GIANG")
    assert sorted(frame_of(text)[0]) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang",
                                         "Ủy ban nhân dân tỉnh An Giang"]


def test_an_organ_with_its_own_place_takes_nothing_after_the_number():
    text = HEADER.format(organs="ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG\nỦY BAN NHÂN DÂN TỈNH AN GIANG",
                         after="TỈNH AN GIANG")
    assert sorted(frame_of(text)[0]) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang",
                                         "Ủy ban nhân dân tỉnh An Giang"]
