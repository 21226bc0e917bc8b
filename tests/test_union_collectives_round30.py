"""The Confederation of Labour's collectives its letters address (round 30, `duties30`): "Công đoàn ngành Trung ương
và tương đương" and "Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn" are one actor each in the ontology, so the
items a letter asks of them are theirs ("... yêu cầu các Liên đoàn Lao động tỉnh, thành phố; Công đoàn ngành Trung
ương và tương đương; Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn:" over "1. ..."). Every text here is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders

LETTER = """TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM

V/v hỗ trợ đoàn viên bị ảnh hưởng bởi bão

Kính gửi: - Các Liên đoàn Lao động tỉnh, thành phố;
- Các Công đoàn ngành Trung ương và tương đương;
- Các Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn.

Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam yêu cầu các Liên đoàn Lao động tỉnh, thành phố; Công đoàn ngành Trung \
ương và tương đương; Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn:

1. Rà soát danh sách đoàn viên bị thiệt hại do bão để hỗ trợ kịp thời.

2. Báo cáo kết quả thực hiện về Tổng Liên đoàn trước ngày 30 tháng 10 năm 2026.
"""

NAMES = {"Công đoàn ngành Trung ương và tương đương", "Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn"}


def test_the_confederations_collectives_are_actors():
    assert NAMES <= graph_actors(LETTER)


def test_the_items_asked_of_them_are_their_duties():
    assert NAMES <= holders(facts_of(LETTER)["duties"], "Rà soát danh sách đoàn viên")
