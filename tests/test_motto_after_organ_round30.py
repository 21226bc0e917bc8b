"""An OCR'd header whose organ and motto run together on one line with one space between and without diacritics
("TONG LIEN DOAN LAO DONG CONG HOA XA HOI CHU NGHIA VIET NAM", round 30, invented text): "DONG CONG" is read as no
piece of the Party's motto ("ĐẢNG CỘNG SẢN VIỆT NAM") when the State's motto starts a word later
(``graph_builder.mottos.motto_spans``), so the organ's whole name issues the document."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

TEXT = ("TONG LIEN DOAN LAO DONG CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "VIET NAM Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 88/TLĐ                 Hà Nội, ngày 5 tháng 3 năm 2026\n"
        "V/v tổ chức tháng công nhân\n\n"
        "Kính gửi: Các Liên đoàn Lao động tỉnh, thành phố.\n\n"
        "Các Liên đoàn Lao động tỉnh, thành phố tổ chức tháng công nhân năm 2026.\n\n"
        "TM. ĐOÀN CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n")


def test_the_organ_before_a_motto_on_its_line_issues_the_letter():
    info = build_source(source_from_string(TEXT, "<s>")).document
    assert [i.label for i in info.issuers] == ["Tổng Liên đoàn Lao động Việt Nam"]
