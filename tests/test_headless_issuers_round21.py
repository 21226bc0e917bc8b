"""A copy that lost its header (round 21, issue 9, invented text): a web copy opening at its title, with no organ
lines, no number and no preamble naming the issuers. The organs its named signature blocks sign for are its issuers
("KT. BỘ TRƯỞNG BỘ CÔNG AN" / "THỨ TRƯỞNG" / name, one block an organ); a block naming no organ ("KT. GIÁM ĐỐC")
gives none, as before."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

TITLE = "HƯỚNG DẪN LIÊN NGÀNH\nVề giám định pháp y tâm thần\n\nCác cơ quan phối hợp trưng cầu giám định.\n\n"
MINISTRIES = ("KT. BỘ TRƯỞNG BỘ CÔNG AN\nTHỨ TRƯỞNG\n\nĐinh Văn Quang\n\nKT. BỘ TRƯỞNG BỘ Y TẾ\nTHỨ TRƯỞNG\n\n"
              "Lương Thị Hà\n\nKT. VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nPHÓ VIỆN TRƯỞNG\n\nTạ Văn Sơn\n")
ROW = ("GIÁM ĐỐC CÔNG AN TỈNH SƠN LA          GIÁM ĐỐC SỞ Y TẾ TỈNH SƠN LA\n"
       "(Đã ký)                               (Đã ký)\n"
       "Đinh Văn Quang                        Lương Thị Hà\n")


def _issuers(text: str) -> list[str]:
    return sorted(r.label for r in extract_document_info(source_from_string(text, "<s>"), load_lexicon()).issuers)


@pytest.mark.parametrize("blocks, issuers", [
    (MINISTRIES, ["Bộ Công an", "Bộ Y tế", "Viện kiểm sát nhân dân tối cao"]),
    (ROW, ["Công an tỉnh Sơn La", "Sở Y tế tỉnh Sơn La"]),
])
def test_a_copy_without_its_header_is_issued_by_the_organs_its_blocks_sign_for(blocks, issuers):
    assert _issuers(TITLE + blocks) == issuers


def test_a_block_naming_no_organ_gives_no_issuer():
    assert _issuers("KẾ HOẠCH\nVề tiêm chủng\n\nCác khoa thực hiện.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLò Văn Hải\n") == []
