"""A headless copy's enacting line naming an office (round 24, issue 9: "a minister's title becomes the issuer";
invented texts): "BỘ TRƯỞNG BỘ TÀI CHÍNH" / "Căn cứ ..." / "QUYẾT ĐỊNH:" in a copy that lost its header gives the
office's organ, never the office (only a header says the office issues: GUIDELINES, ``issuers``); an office in its own
right ("THỦ TƯỚNG CHÍNH PHỦ") stays; a copy that keeps a header line over the enacting line reads as before."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

BODY = ("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác rà soát định mức chi\n\n{office}\n\nCăn cứ Luật Tổ chức Chính phủ "
        "ngày 18 tháng 02 năm 2025;\nXét đề nghị của Vụ trưởng Vụ Tổ chức cán bộ,\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập "
        "Tổ công tác rà soát định mức chi.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
        "Nơi nhận:                                  KT. {post}\n- Như Điều 2;                              {deputy}\n"
        "- Lưu: VT.\n\n                                           Nguyễn Văn Thành\n")


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _issuers(text: str, lexicon) -> list[tuple[str, str]]:
    return [(ref.label, ref.kind) for ref in extract_document_info(source_from_string(text, "<s>"), lexicon).issuers]


def test_a_ministers_title_gives_the_ministry(lexicon):
    text = BODY.format(office="BỘ TRƯỞNG BỘ TÀI CHÍNH", post="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG")
    assert _issuers(text, lexicon) == [("Bộ Tài chính", "StateBody")]


def test_a_chairs_title_gives_the_peoples_committee(lexicon):
    text = BODY.format(office="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA", post="CHỦ TỊCH", deputy="PHÓ CHỦ TỊCH")
    assert _issuers(text, lexicon) == [("Ủy ban nhân dân tỉnh Sơn La", "Authority")]


def test_an_office_in_its_own_right_stays(lexicon):
    text = BODY.format(office="THỦ TƯỚNG CHÍNH PHỦ", post="THỦ TƯỚNG", deputy="PHÓ THỦ TƯỚNG")
    assert [label for label, _ in _issuers(text, lexicon)] == ["Thủ tướng Chính phủ"]


def test_a_header_line_over_the_enacting_line_reads_as_before(lexicon):
    header = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 88/QĐ-UBND | Sơn La, ngày 2 tháng 3 năm "
              "2026 |\n")
    text = header + BODY.format(office="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA", post="CHỦ TỊCH", deputy="PHÓ CHỦ TỊCH")
    assert _issuers(text, lexicon) == [("Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "Office")]
