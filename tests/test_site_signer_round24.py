"""One way a web copy's fields give a formal document its signer (round 24, issue 9, invented texts): the copy's
fields (``siteframe.site_fields``: front matter, a portal's "Key: value" lines or table) are read once per document and
``siteframe.fill_from_site`` alone puts their signer on the frame: on the first block where no block prints a name, or,
where the footer's "TM." line stands over nothing, as that organ's signer; never without a block. Round 22's second
reader of the table ("with_listed_signer") is gone: it read the "Người ký" row only, not a front matter's "nguoi_ky"."""

from __future__ import annotations

import pytest

from policykg.graph_builder import metadata, siteframe
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

# a copy that lost its number: the portal's fields give it; the footer's "TM." line stands over no name
BODY = ("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n\nQUYẾT ĐỊNH\nVề giá dịch vụ bến xe khách\n\nĐiều 1. Ban hành giá dịch vụ xe "
        "ra, vào bến xe khách.\n\nĐiều 2. Sở Xây dựng hướng dẫn các bến xe niêm yết giá.\n\n"
        "Nơi nhận:\n- Bộ Xây dựng;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\n")
YAML = "---\nlayout: vanban\nso_hieu: 31/2026/QĐ-UBND\nnguoi_ky: Trần Huy Tuấn\nngay_ban_hanh: 2026-05-04\n---\n"
TABLE = "| Số hiệu | 31/2026/QĐ-UBND |\n|---|---|\n| Người ký | Trần Huy Tuấn |\n| Ngày ban hành | 04/05/2026 |\n\n"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _signers(text: str, lexicon) -> list[tuple]:
    info = extract_document_info(source_from_string(text, "<s>"), lexicon)
    return [(s.person, s.mode, s.organ.label if s.organ else None) for s in info.signatures]


@pytest.mark.parametrize("fields", [YAML, TABLE], ids=["front-matter", "table"])
def test_a_tm_line_over_no_name_signs_with_the_copys_signer(fields, lexicon):
    assert _signers(fields + BODY, lexicon) == [("Trần Huy Tuấn", "TM.", "Ủy ban nhân dân tỉnh Yên Bái")]


def test_no_block_no_signer(lexicon):
    assert _signers(YAML + BODY.split("Nơi nhận:")[0], lexicon) == []


def test_a_block_that_prints_a_name_keeps_it(lexicon):
    assert _signers(YAML + BODY + "CHỦ TỊCH\n\nNguyễn Văn Khánh\n", lexicon) == \
        [("Nguyễn Văn Khánh", "TM.", "Ủy ban nhân dân tỉnh Yên Bái")]


def test_the_first_of_two_nameless_blocks_takes_the_signer(lexicon):
    blocks = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n"
    assert [s[0] for s in _signers(TABLE + BODY.replace("TM. ỦY BAN NHÂN DÂN\n", blocks), lexicon)] == ["Trần Huy Tuấn"]


def test_one_signer_fill_mechanism():
    assert not hasattr(siteframe, "with_listed_signer") and "with_listed_signer" not in siteframe.__all__


def test_the_copys_fields_are_read_once_per_document(lexicon, monkeypatch):
    calls = []

    def counted(source):
        calls.append(source)
        return siteframe.site_fields(source)

    monkeypatch.setattr(metadata, "site_fields", counted)
    # a copy that lost its header: known as formal by the fields' number (2b'), then its frame read
    headless = BODY.replace("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n\nQUYẾT ĐỊNH\n", "")
    info = extract_document_info(source_from_string(TABLE + headless, "<s>"), lexicon)
    assert info.identifier == "31/2026/QĐ-UBND" and len(calls) == 1
