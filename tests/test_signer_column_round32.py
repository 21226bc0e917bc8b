"""A signature block set in a table's column (round 32): the post on its row, then rows left empty for the seal or
filled by the recipients list beside it, the note "(Đã ký)" and the name further down the same column ("|  |THỦ
TƯỚNG |" / "|  |  |" / "|  |(đã ký) |" / ... / "|  |Nguyễn Văn An |"). A head signing in person prints no mode, so
the block is found by its post and the name its column holds. Invented texts."""

from __future__ import annotations

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

HEADER = ("|BỘ NỘI VỤ                 |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM          |\n"
          "|********                  |Độc lập - Tự do - Hạnh phúc                 |\n"
          "|Số: 07/2015/TT-BNV        |Hà Nội, ngày 04 tháng 4 năm 2015            |\n\n"
          "                                 THÔNG TƯ\n              Hướng dẫn công tác văn thư\n\n"
          "    Điều 1. Thông tư này có hiệu lực thi hành sau 45 ngày, kể từ ngày ký.\n\n"
          "    Điều 2. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Thông tư này.\n\n\n")
EMPTY_ROWS = ("|                                   |BỘ TRƯỞNG                          |\n"
              "|                                   |                                   |\n"
              "|                                   |                                   |\n"
              "|                                   |(đã ký)                            |\n"
              "|                                   |                                   |\n"
              "|                                   |                                   |\n"
              "|                                   |Lê Thị Thu Hà                      |\n")
BESIDE_RECIPIENTS = ("|                                          |BỘ TRƯỞNG                |\n"
                     "|Nơi nhận:                                 |                         |\n"
                     "|- Thủ tướng Chính phủ;                    |(Đã ký)                  |\n"
                     "|- Các Phó Thủ tướng Chính phủ;            |                         |\n"
                     "|- Văn phòng Trung ương và các Ban của     |                         |\n"
                     "|Đảng;                                     |Lê Thị Thu Hà            |\n"
                     "|- Công báo;                               |                         |\n"
                     "|- Lưu: VT, VTLT (10b).                    |                         |\n")


def _signers(text: str) -> list[tuple]:
    info = extract_document_info(source_from_string(text), load_lexicon())
    return [(s.post, s.person) for s in info.signatures]


def test_a_post_over_empty_rows_and_its_name():
    assert _signers(HEADER + EMPTY_ROWS) == [("Bộ trưởng", "Lê Thị Thu Hà")]


def test_a_post_above_the_recipients_list_and_its_name_down_the_column():
    assert _signers(HEADER + BESIDE_RECIPIENTS) == [("Bộ trưởng", "Lê Thị Thu Hà")]


def test_a_post_whose_column_names_no_one_signs_no_name():
    unsigned = EMPTY_ROWS.replace("Lê Thị Thu Hà", "Công báo;    ")
    assert all(person is None for _, person in _signers(HEADER + unsigned))
