"""Round 29 (frameb29): a mass organisation's central committee as its header names it, the board alone over the
organisation ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH", also with the number and the subject between them
in a text without its layout): one issuer, named with the ontology's names of both; and a cited number whose dash was
lost at a line break ("Công điện số 215/CĐ" / "TTg") is still cited, with its dash."""

from __future__ import annotations

import pytest

from policykg.core.textnorm import match_key
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

BODY = ("\n\nKính gửi: Ban Thường vụ các tỉnh, thành đoàn\n\n"
        "1. Các tỉnh, thành đoàn chủ trì tổ chức tuyên truyền trong đoàn viên.\n\n")


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize("header, issuer", [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n\nSố: 412-CV/TWĐTN-VP\n\nHà Nội, ngày 14 tháng 3 năm 2026",
     "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nHỘI NÔNG DÂN VIỆT NAM\n\nSố: 88-KH/HNDTW\n\nHà Nội, ngày 2 tháng 4 năm 2026\n\n"
     "KẾ HOẠCH\nTổ chức tập huấn", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố: 412-CV/TWĐTN-VP\n\"V/v tăng cường tuyên truyền\nphòng, chống ma túy\"\n\n"
     "ĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 14 tháng 3 năm 2026",
     "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
])
def test_the_central_board_over_a_mass_organisation_is_its_central_committee(header, issuer, lexicon):
    info = extract_document_info(source_from_string(header + BODY), lexicon)
    assert [match_key(r.label) for r in info.issuers] == [match_key(issuer)]


def test_the_partys_central_committee_alone_stays_the_partys(lexicon):
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 12-NQ/TW\n\nHà Nội, ngày 5 tháng 9 năm 2026\n\nNGHỊ QUYẾT\nvề" + BODY
    assert [r.label for r in extract_document_info(source_from_string(text), lexicon).issuers] == \
        ["Ban Chấp hành Trung ương"]


def _cited(text: str, lexicon) -> list[str]:
    return [m.identifier for m in find_mentions(source_from_string(text), [], lexicon) if m.category == "document"]


def test_a_number_whose_dash_fell_at_a_line_break_is_cited_with_it(lexicon):
    text = ("Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 215/CĐ\n"
            "TTg ngày 12/3/2026 về phòng, chống dịch, các tỉnh, thành đoàn triển khai ngay.")
    assert _cited(text, lexicon) == ["215/CĐ-TTg"]


def test_a_code_at_a_line_end_before_other_words_cites_nothing_new(lexicon):
    text = ("Các tỉnh, thành đoàn gửi báo cáo theo mẫu số 12/CĐ\n"
            "UBND tỉnh tổng hợp kết quả trước ngày 30/6/2026.")
    assert not any(i.startswith("12/CĐ") for i in _cited(text, lexicon))
