"""The document's frame as published, round 10 (issue 9, item 3): each rule on an invented text, worded unlike the
documents that showed the error (the probes tests/data/genre/probe10/r10f-* hold these layouts in whole documents)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.identity import document_locality
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.model import DocumentInfo
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _info(text: str, lexicon) -> DocumentInfo:
    return extract_document_info(source_from_string(text), lexicon)


def _slug(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1]


# a web copy: the site's front matter and data table, then the document whose number is a heading of its own
_WEB_COPY = """---
layout: page
title: "Quyết định 88/2025/QĐ-UBND về giá dịch vụ xe ra, vào bến"
---

# Quyết định 88/2025/QĐ-UBND về giá dịch vụ xe ra, vào bến

| Mục | Thông tin |
|---|---|
| Cơ quan | Ủy ban nhân dân tỉnh Hòa Bình |
| Người ký | Đặng Hữu Sơn |

**ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

#### Quyết định số: 88/2025/QĐ-UBND

#### QUYẾT ĐỊNH

#### Ban hành giá dịch vụ xe ra, vào bến xe khách

Điều 1. Ban hành giá dịch vụ xe ra, vào bến xe khách trên địa bàn tỉnh.

Điều 2. Sở Xây dựng hướng dẫn các đơn vị khai thác bến xe niêm yết giá.

**Nơi nhận:** TM. ỦY BAN NHÂN DÂN

- Bộ Xây dựng;
- Lưu: VT.
"""


def test_a_number_heading_of_its_own_is_the_documents_number(lexicon):
    info = _info(_WEB_COPY, lexicon)
    assert (info.kind, info.identifier) == ("Decision", "88/2025/QĐ-UBND")
    assert _slug(info.issuer) == "uy-ban-nhan-dan-tinh-hoa-binh"


def test_a_number_cited_in_a_sentence_is_no_heading(lexicon):
    text = ("Bến xe khách điều chỉnh giá dịch vụ\n\nTheo Quyết định số: 88/2025/QĐ-UBND của UBND tỉnh Hòa Bình, giá "
            "dịch vụ xe ra, vào bến được điều chỉnh từ tháng sau, các doanh nghiệp vận tải phải niêm yết giá mới.\n")
    assert _info(text, lexicon).kind == "NewsArticle"


def test_a_block_without_a_name_takes_the_signer_the_web_copys_table_lists(lexicon):
    signatures = _info(_WEB_COPY, lexicon).signatures
    assert [(s.person, s.post, s.mode, _slug(s.organ.iri)) for s in signatures] == \
        [("Đặng Hữu Sơn", None, "TM.", "uy-ban-nhan-dan-tinh-hoa-binh")]


def test_the_table_gives_no_signer_without_a_block(lexicon):
    text = _WEB_COPY.split("**Nơi nhận:**")[0]
    assert _info(text, lexicon).signatures == []


def test_a_youth_union_committee_named_after_its_level_is_no_place(lexicon):
    assert document_locality(DocumentInfo(kind="Plan", issuer_label="Huyện đoàn Mường Nhé"), lexicon) == \
        ("huyện", "Mường Nhé")
    text = "HUYỆN ĐOÀN MƯỜNG NHÉ\n***\nSố: 14-KH/HĐTN\nMường Nhé, ngày 2 tháng 3 năm 2026\n\nKẾ HOẠCH\nTổ chức ngày hội\n"
    assert document_locality(DocumentInfo(kind="Plan"), lexicon, source_from_string(text)) == ("huyện", "Mường Nhé")


_JOINT = """| TỈNH ĐOÀN HÀ GIANG - SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG - HỘI CỰU CHIẾN BINH TỈNH HÀ GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 03/KHLT-TĐTN-SGDĐT-HCCB | Hà Giang, ngày 9 tháng 2 năm 2026 |

KẾ HOẠCH LIÊN TỊCH
Tổ chức giải việt dã truyền thống

1. Tỉnh Đoàn chủ trì, phối hợp với Hội Cựu chiến binh tỉnh tổ chức giải việt dã.

| TM. BAN CHẤP HÀNH TỈNH ĐOÀN<br>BÍ THƯ<br>Lường Văn Khiêm | KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO<br>PHÓ GIÁM ĐỐC<br>Giàng A Páo | TM. BAN THƯỜNG VỤ HỘI CCB TỈNH<br>CHỦ TỊCH<br>Mùa A Sử |
|---|---|---|
"""


def test_each_block_of_a_joint_document_signs_for_its_issuer(lexicon):
    info = _info(_JOINT, lexicon)
    issuers = [_slug(i.iri) for i in info.issuers]
    assert issuers == ["tinh-doan-ha-giang", "so-giao-duc-va-dao-tao-tinh-ha-giang", "hoi-cuu-chien-binh-tinh-ha-giang"]
    # the board of an issuer ("BAN CHẤP HÀNH TỈNH ĐOÀN", an abbreviated "HỘI CCB TỈNH") is that issuer's board, named
    # with the issuer's whole name; the head of one ("KT. GIÁM ĐỐC SỞ ...", the header giving its place) signs for it
    assert [(s.person, _slug(s.organ.iri)) for s in info.signatures] == [
        ("Lường Văn Khiêm", "ban-chap-hanh-tinh-doan-ha-giang"), ("Giàng A Páo", issuers[1]),
        ("Mùa A Sử", "ban-thuong-vu-hoi-cuu-chien-binh-tinh-ha-giang")]


def test_a_joint_documents_issuer_without_its_place_takes_the_others(lexicon):
    text = ("BỘ CHỈ HUY QUÂN SỰ TỈNH CAO BẰNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ NỘI VỤ                                  Độc lập - Tự do - Hạnh phúc\n"
            "Số: 05/KHPH-BCH-SNV                      Cao Bằng, ngày 4 tháng 5 năm 2026\n\n"
            "KẾ HOẠCH PHỐI HỢP\nThực hiện chính sách hậu phương quân đội\n\n"
            "1. Sở Nội vụ chủ trì rà soát đối tượng chính sách.\n\n"
            "GIÁM ĐỐC                                   KT. CHỈ HUY TRƯỞNG\n"
            "SỞ NỘI VỤ                                  PHÓ CHỈ HUY TRƯỞNG\n\n"
            "Nông Thị Hạnh                              Đại tá Hoàng Văn Quý\n")
    info = _info(text, lexicon)
    assert [_slug(i.iri) for i in info.issuers] == ["bo-chi-huy-quan-su-tinh-cao-bang", "so-noi-vu-tinh-cao-bang"]
    assert {_slug(s.organ.iri) for s in info.signatures} == {"bo-chi-huy-quan-su-tinh-cao-bang",
                                                             "so-noi-vu-tinh-cao-bang"}


def test_a_managing_board_under_its_organ_is_that_places(lexicon):
    text = ("UBND THÀNH PHỐ CẦN THƠ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG       Độc lập - Tự do - Hạnh phúc\n"
            "Số: 77/BC-BQLDA                 Cần Thơ, ngày 12 tháng 1 năm 2026\n\n"
            "BÁO CÁO\nTiến độ giải ngân vốn đầu tư công\n\nPhòng Kỹ thuật đôn đốc nhà thầu.\n")
    info = _info(text, lexicon)
    assert [i.label for i in info.issuers] == ["Ban quản lý dự án đầu tư xây dựng thành phố Cần Thơ"]


def test_pdf_text_without_layout_runs_the_block_into_the_recipients_lines(lexicon):
    """Each line holds the left column's piece, one space, the right column's: the date after the number, the post
    at the end of a recipient's item, the name at the end of the last one."""
    text = ("HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN BẮC HÀ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 41/BC-HĐND Bắc Hà, ngày 17 tháng 11 năm 2025\n\n"
            "BÁO CÁO\nKết quả giám sát việc giải quyết kiến nghị của cử tri\n\n"
            "Ban Kinh tế - Xã hội đã giám sát tại các xã.\n\n"
            "Nơi nhận: TM. THƯỜNG TRỰC HĐND\n"
            "- Thường trực Huyện ủy; KT. CHỦ TỊCH\n"
            "- UBND huyện; PHÓ CHỦ TỊCH THƯỜNG TRỰC\n"
            "- Lưu: VT. Sùng Seo Pà\n")
    info = _info(text, lexicon)
    assert info.date == "2025-11-17"
    assert [(s.post, s.person) for s in info.signatures] == [("Phó Chủ tịch Thường trực", "Sùng Seo Pà")]


def test_capitals_that_end_a_recipients_line_are_no_post_unless_one(lexicon):
    from policykg.graph_builder.signedfor import post_after_item
    assert post_after_item("- UBND huyện; PHÓ CHỦ TỊCH", lexicon) == (14, "Phó Chủ tịch")
    assert post_after_item("- Các sở; VPUB, TH", lexicon) is None
    assert post_after_item("- Lưu: VT. BAN DÂN TỘC", lexicon) is None


def test_the_state_audits_deputy_signs_and_his_family_name_is_no_organ(lexicon):
    """"Tổng Kiểm toán nhà nước" is a post of the ontology: its deputy's block reads, and the name under it, whose
    family name is also a head noun ("Đoàn"), is the signer's."""
    text = ("KIỂM TOÁN NHÀ NƯỚC               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 77/KTNN-KV4                  Hà Nội, ngày 2 tháng 4 năm 2026\n"
            "V/v lịch kiểm toán tại địa phương\n\nKiểm toán nhà nước khu vực IV thông báo lịch kiểm toán.\n\n"
            "KT. TỔNG KIỂM TOÁN NHÀ NƯỚC\nPHÓ TỔNG KIỂM TOÁN NHÀ NƯỚC\n\nĐoàn Minh Khoa\n")
    assert [(s.post, s.person, s.mode) for s in _info(text, lexicon).signatures] == \
        [("Phó Tổng Kiểm toán nhà nước", "Đoàn Minh Khoa", "KT.")]
