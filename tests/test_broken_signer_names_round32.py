"""A signature cell whose syllables a PDF's conversion broke with spaces (round 32): "CHỦ TỊCH Đặ ng Văn Minh",
"KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín" beside the recipients list in a table's row: the name is joined
again (a piece in lower case goes on the syllable before it) and the post spaced again, so the signer is read.
Invented texts."""

from __future__ import annotations

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

HEADER = ("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 1200/QĐ-UBND\nPhú Yên, ngày 12 tháng 5 năm 2022\nQUYẾT ĐỊNH\n"
          "Về việc công bố danh mục thủ tục hành chính\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nQUYẾT ĐỊNH:\n"
          "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"
          "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.\n\n")


def _signers(cell: str) -> list[tuple]:
    row = f"| Nơi nhận: - Như Điều 2; - Bộ T ư pháp; - Lưu: VT. | {cell} |\n|---|---|\n"
    info = extract_document_info(source_from_string(HEADER + row), load_lexicon())
    return [(s.post, s.person, s.mode) for s in info.signatures]


def test_a_broken_family_name_is_joined():
    assert _signers("CHỦ TỊCH Tr ần Văn Nam") == [("Chủ tịch", "Trần Văn Nam", None)]


def test_a_broken_post_and_name_are_read():
    assert _signers("KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Thị Lan") == [("Phó Chủ tịch", "Nguyễn Thị Lan", "KT.")]


def test_a_whole_name_is_read_as_before():
    assert _signers("CHỦ TỊCH Trần Văn Nam") == [("Chủ tịch", "Trần Văn Nam", None)]
