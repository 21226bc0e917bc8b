"""Names of organs a header writes in capitals and the vocabulary does not know whole, in the official case (round
11, issue 9): the first word of the name and of its specific part capitalised, the common words as the ontology's
labels and head nouns write them, level words lower-case and the place after them capitalised, roman numerals kept.
Every text is invented."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.names import canonical_name
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.vocabulary import vocabulary
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def vocab():
    return vocabulary(load_lexicon())


@pytest.mark.parametrize("capitals, official", [
    # the specific part's first word capitalised, its other words as the labels write them
    ("SỞ NGOẠI VỤ TỈNH ĐIỆN BIÊN", "Sở Ngoại vụ tỉnh Điện Biên"),
    # a head noun of two words as the ontology writes it; a region's word lower-case, its numeral in capitals
    ("CHI CỤC HẢI QUAN KHU VỰC VII", "Chi cục Hải quan khu vực VII"),
    ("KHO BẠC NHÀ NƯỚC KHU VỰC IX", "Kho bạc Nhà nước khu vực IX"),
    # "thị" of "thị trường" is no level word ("thị xã", "thị trấn" are)
    ("CHI CỤC QUẢN LÝ THỊ TRƯỜNG THỊ XÃ SA PA", "Chi cục Quản lý thị trường thị xã Sa Pa"),
    # a head noun whose second word the ontology capitalises
    ("BAN CHỈ ĐẠO DU LỊCH HUYỆN MƯỜNG TÈ", "Ban Chỉ đạo Du lịch huyện Mường Tè"),
    # a word that opens no specific part stays lower-case
    ("BAN QUẢN LÝ CÁC DỰ ÁN GIAO THÔNG TỈNH HÀ GIANG", "Ban Quản lý các dự án giao thông tỉnh Hà Giang"),
    ("LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ CẦN THƠ", "Liên minh Hợp tác xã thành phố Cần Thơ"),
    # names the vocabulary knows whole are unchanged
    ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA", "Ủy ban nhân dân xã Tân Hòa"),
])
def test_a_capitals_name_gets_the_official_case(vocab, capitals, official):
    assert canonical_name(vocab, capitals, None, None) == official


def test_an_unknown_header_organ_is_labelled_in_the_official_case():
    text = ("SỞ NGOẠI VỤ TỈNH ĐIỆN BIÊN\nSố: 12/KH-SNgV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Điện Biên, ngày 3 tháng 2 năm 2027\n\nKẾ HOẠCH\nTiếp đón đoàn khách quốc tế\n\n"
            "1. Văn phòng Sở bố trí nơi ở cho đoàn.\n\nGIÁM ĐỐC\n\nLò Văn Khánh\n")
    info = extract_document_info(source_from_string(text, "<string>"), load_lexicon())
    assert info.issuer_label == "Sở Ngoại vụ tỉnh Điện Biên"


# the executive board of a provincial Youth Union heads the header; the body names the Youth Union as "Tỉnh đoàn"
_YOUTH_BOARD = """BAN CHẤP HÀNH ĐOÀN TỈNH QUẢNG BÌNH
Số: 41-KH/TĐTN-TNNT

ĐOÀN TNCS HỒ CHÍ MINH
Quảng Bình, ngày 9 tháng 5 năm 2027

KẾ HOẠCH
Ra quân tình nguyện mùa hè năm 2027

1. Tỉnh đoàn chủ trì tổ chức lễ ra quân tại các huyện.
2. Các huyện đoàn báo cáo kết quả trước ngày 30 tháng 8 năm 2027.

TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ

Đinh Thị Mai
"""


def test_a_youth_unions_board_in_the_header_is_the_youth_union_itself():
    from policykg.graph_builder.pipeline import build_source
    result = build_source(source_from_string(_YOUTH_BOARD, "<string>"), load_lexicon())
    info = result.document
    assert info.issuer_label == "Ban Chấp hành Đoàn tỉnh Quảng Bình"
    leads = {m.iri for m in result.mentions if m.category == "actor" and m.surface.startswith("Tỉnh đoàn")}
    assert leads == {info.issuer}        # one node: the board in the header, "Tỉnh đoàn" in the body
    kinds = {m.kind for m in result.mentions if m.category == "actor" and m.iri == info.issuer}
    assert kinds == {"MassOrganization"}


def test_a_party_committees_board_in_the_header_stays_a_party_committee(vocab):
    assert canonical_name(vocab, "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUẢNG BÌNH", None, None) == \
        "Ban Chấp hành Đảng bộ tỉnh Quảng Bình"
    from policykg.graph_builder.organs import actor_named
    assert actor_named("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUẢNG BÌNH", load_lexicon()).kind == "PartyCommittee"
