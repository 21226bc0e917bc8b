"""A cited document's issuer in a title written in capitals, its topic after "VỀ" (round 30, invented texts): "... CỦA
BỘ TƯ PHÁP VỀ ...", "... CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ ..." name the ministry and the committee, not a body whose name
ends in "về" (``graph_builder.namestops.topic_after_name``, read by the name scan of ``names``)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _labels(text: str, lexicon) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], lexicon) if m.category == "actor"]


_BY = " (Ban hành kèm theo Quyết định số 40/QĐ-UBND ngày 5 tháng 4 năm 2021 của Ủy ban nhân dân tỉnh Bình Định)\n"


@pytest.mark.parametrize("text, names", [
    ("Quyết định 40/QĐ-UBND năm 2021. CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾT LUẬN SỐ 20-KL/TU NGÀY 5 THÁNG 3 NĂM 2021 "
     "CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TW NGÀY 1 THÁNG 2 NĂM 2020 CỦA BỘ CHÍNH TRỊ VỀ PHÁT "
     "TRIỂN DU LỊCH" + _BY, ["Ban Thường vụ Tỉnh ủy", "Bộ Chính trị"]),
    ("Quyết định 12/QĐ-UBND năm 2024. KẾ HOẠCH THỰC HIỆN THÔNG TƯ SỐ 05/2023/TT-BTP NGÀY 01 THÁNG 7 NĂM 2023 CỦA BỘ "
     "TƯ PHÁP VỀ HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ HỖ TRỢ NHÀ Ở" + _BY,
     ["Bộ Tư pháp"]),
])
def test_title_topic_is_no_part_of_the_issuer(text, names, lexicon):
    labels = _labels(text, lexicon)
    assert all(name in labels for name in names)
    assert not any(" về" in label.lower() for label in labels)

