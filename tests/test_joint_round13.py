"""Documents of three or more organs, round 13 (issue 9): each rule on an invented text, worded unlike the documents
that showed the error (the probes tests/data/genre/probe13j/r13j-* hold such frames in whole documents)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.organs import actor_named
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _info(header: list[str], number: str, lexicon, block: tuple[str, ...] = ()):
    text = "\n".join([*header, f"Số: {number}                 Cần Thơ, ngày 04 tháng 9 năm 2026", "",
                      "CHƯƠNG TRÌNH PHỐI HỢP", "Về tuyên truyền an toàn giao thông trong học sinh", "",
                      "Các bên cử cán bộ đầu mối theo dõi việc thực hiện.", "", *block])
    return extract_document_info(source_from_string(text, "x.txt"), lexicon)


def _issuers(header: list[str], number: str, lexicon) -> list[str]:
    return [i.label for i in _info(header, number, lexicon).issuers]


# organs joined by " - " over two lines; the second line opens with a committee named by its level ("THÀNH ĐOÀN")
# right under a trade union or a department it is no committee of; the place is written once, at the end
def test_a_level_named_committee_opening_a_line_of_a_joint_header_is_its_own_issuer(lexicon):
    issuers = _issuers(["SỞ GIÁO DỤC VÀ ĐÀO TẠO - CÔNG AN THÀNH PHỐ - LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ",
                        "THÀNH ĐOÀN - HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ CẦN THƠ"],
                       "09/CTrPH-SGDĐT-CA-LĐLĐ-TĐ-HLHPN", lexicon)
    assert "Thành đoàn Cần Thơ" in issuers
    assert "Liên đoàn Lao động thành phố Cần Thơ" in issuers
    assert not any("Thành đoàn Liên đoàn" in i or "Liên đoàn Lao động Thành" in i for i in issuers)
    assert len(issuers) == 5


# guard: the committee under the Youth Union's own name ("ĐOÀN TNCS HỒ CHÍ MINH" / "BAN CHẤP HÀNH TỈNH ĐOÀN") and a
# Party committee under its organisation ("ĐẢNG BỘ TỈNH X" / "TỈNH ỦY") stay the organ's committee
def test_a_level_named_committee_under_its_own_organisation_is_not_a_sibling(lexicon):
    issuers = _issuers(["ĐẢNG BỘ TỈNH KON TUM", "TỈNH ỦY", "*"], "215-CV/TU", lexicon)
    assert issuers == ["Tỉnh ủy Kon Tum"]


# organs named by their local body's name alone, joined by " - ", and one line under them with the level and the
# place they share; the boards that sign for them in columns, one written with an abbreviation ("HỘI LHPN HUYỆN")
_SHARED_LEVEL_BLOCK = (
    "TM. BAN THƯỜNG VỤ             TM. BAN THƯỜNG VỤ             TM. BAN THƯỜNG VỤ",
    "HỘI LHPN HUYỆN                HỘI CỰU CHIẾN BINH HUYỆN      HỘI NÔNG DÂN HUYỆN",
    "PHÓ CHỦ TỊCH                  CHỦ TỊCH                      CHỦ TỊCH",
    "(Đã ký)                       (Đã ký)                       (Đã ký)",
    "Lý Thị Xuân                   Thạch Văn Bảy                 Kiên Minh Tú",
)


def test_organs_written_by_their_local_name_share_the_level_and_place_of_the_line_under_them(lexicon):
    info = _info(["HỘI LIÊN HIỆP PHỤ NỮ - HỘI CỰU CHIẾN BINH - HỘI NÔNG DÂN", "HUYỆN CHÂU THÀNH"],
                 "11/CTrPH-HLHPN-HCCB-HND", lexicon, _SHARED_LEVEL_BLOCK)
    assert [i.label for i in info.issuers] == ["Hội Liên hiệp Phụ nữ huyện Châu Thành",
                                               "Hội Cựu chiến binh huyện Châu Thành", "Hội Nông dân huyện Châu Thành"]
    organs = {s.person: s.organ.label for s in info.signatures}
    assert organs["Lý Thị Xuân"] == "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Châu Thành"
    assert organs["Kiên Minh Tú"] == "Ban Thường vụ Hội Nông dân huyện Châu Thành"


# guard: a central body written with its national name ("HỘI NÔNG DÂN VIỆT NAM") beside a local one keeps its name
def test_a_body_written_with_its_national_name_does_not_take_the_local_place(lexicon):
    issuers = _issuers(["HỘI NÔNG DÂN VIỆT NAM - ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG"], "04/CTrPH-HNDVN-UBND", lexicon)
    assert issuers == ["Hội Nông dân Việt Nam", "Ủy ban nhân dân tỉnh Hậu Giang"]


def test_the_womens_union_written_hoi_lhpn_is_the_vocabularys_body(lexicon):
    assert actor_named("HỘI LHPN XÃ", lexicon).label == "Hội Liên hiệp Phụ nữ xã"
    assert actor_named("Hội CCB phường", lexicon).label == "Hội Cựu chiến binh phường"


# blocks side by side whose lines do not align: one column's post stands on the other columns' "(Đã ký)" line, the
# names' row under it; the row of notes is no sentence that goes on into the row of names
_MISALIGNED_BLOCK = (
    "TM. ĐẢNG ỦY                    KT. CHỦ TỊCH                  TM. BAN THƯỜNG TRỰC",
    "PHÓ BÍ THƯ                     PHÓ CHỦ TỊCH                  ỦY BAN MTTQ VIỆT NAM PHƯỜNG",
    "(Đã ký)                        (Đã ký)                       PHÓ CHỦ TỊCH",
    "Đào Minh Khoa                  Vừ A Sử                       (Đã ký)",
    "                                                             Tạ Thu Hà",
)


def test_a_post_on_the_notes_row_of_misaligned_blocks_keeps_the_names_row_under_it(lexicon):
    text = "\n".join(["(Đã ký)                        (Đã ký)                      CHỦ TỊCH",
                      "Đào Minh Khoa                  Vừ A Sử                      (Đã ký)"])
    assert "\n" in source_from_string(text).match.strip()      # the two rows stay two lines
    info = _info(["ĐẢNG ỦY PHƯỜNG NAM SƠN", "ỦY BAN NHÂN DÂN PHƯỜNG NAM SƠN", "ỦY BAN MTTQ VIỆT NAM PHƯỜNG NAM SƠN"],
                 "06/KHLT-ĐU-UBND-MTTQ", lexicon, _MISALIGNED_BLOCK)
    assert {(s.person, s.post) for s in info.signatures} == {("Đào Minh Khoa", "Phó Bí thư"),
                                                             ("Vừ A Sử", "Phó Chủ tịch"), ("Tạ Thu Hà", "Phó Chủ tịch")}
