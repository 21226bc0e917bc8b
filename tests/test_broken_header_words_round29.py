"""A header's organ name whose words a PDF's conversion broke apart (round 29, invented texts): letters of one word
parted by spaces, two words run together ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH"); the
builder reads the issuer the letters spell (``graph_builder.brokenwords``, in ``organs.actor_named``)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.brokenwords import respaced_capitals
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

BODY = ("\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/KH\n\n"
        "Hà Nội, ngày 3 tháng 4 năm 2026\n\nKẾ HOẠCH\nTriển khai công tác năm 2026\n\n"
        "1. Các đơn vị chủ trì triển khai kế hoạch.\n")


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _issuers(header: str, lexicon) -> list[str]:
    info = extract_document_info(source_from_string(header + BODY, "<s>"), lexicon)
    return [i.label for i in info.issuers]


@pytest.mark.parametrize("header, issuer", [
    ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("ỦY B AN NHÂN D ÂN T HÀNH P HỐ H ẢI P HÒNG", "Ủy ban nhân dân thành phố Hải Phòng"),
])
def test_a_header_with_broken_words_names_its_issuer(header, issuer, lexicon):
    assert _issuers(header, lexicon) == [issuer]


def test_a_name_with_one_letter_apart_or_none_is_not_respaced(lexicon):     # (a guard: passes without the change)
    assert respaced_capitals("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", lexicon) is None
    assert respaced_capitals("BAN CHỈ ĐẠO PHÒNG CHỐNG DỊCH NHÓM A", lexicon) is None
    assert respaced_capitals("T/M BAN THƯỜNG VỤ", lexicon) is None


def test_letters_that_make_no_words_are_left_as_printed(lexicon):     # (a guard: passes without the change)
    assert respaced_capitals("X Q Z W", lexicon) is None
    assert _issuers("X Q Z W K", lexicon) == []
