"""An organ a header names by its level alone under a governing body's line (round 26, issue 9, invented texts;
``graph_builder/levelcommittees.py``): a youth committee under the Party committee that leads it ("TỈNH ỦY X" /
"- TỈNH ĐOÀN") issues on its own, named with the place the Party's line writes, never as a part of the Party
committee; a local organ named with its level under its government's line ("UBND TỈNH X" / "CÔNG AN TỈNH") is that
place's organ. A part of the body above ("BAN TUYÊN GIÁO") is still named with the body."""

from __future__ import annotations

import pytest
from documentfacts import frame_of

PLAN = ("{header}\nSố: {number}\nKẾ HOẠCH\nTổ chức hoạt động hè cho thanh thiếu nhi\n1. Các cơ sở tổ chức sinh hoạt "
        "hè tại địa bàn dân cư.\n2. Các đơn vị phối hợp thực hiện.\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Bình\n")


def _issuers(header: str, number: str = "12-KH/TĐTN") -> list[str]:
    return frame_of(PLAN.format(header=header, number=number))[0]


@pytest.mark.parametrize("header, issuer", [
    ("TỈNH ỦY BẮC NINH\n- TỈNH ĐOÀN", "Tỉnh đoàn Bắc Ninh"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM\nTHÀNH ỦY HẢI PHÒNG\n- THÀNH ĐOÀN\n*", "Thành đoàn Hải Phòng"),
    ("HUYỆN ỦY GIA BÌNH\nHUYỆN ĐOÀN", "Huyện đoàn Gia Bình"),
    ("TỈNH ỦY BẮC NINH\nBAN CHẤP HÀNH ĐOÀN TỈNH", "Ban Chấp hành Đoàn tỉnh Bắc Ninh"),
], ids=["dashed-tinh-doan", "thanh-doan-under-thanh-uy", "huyen-doan", "board-of-the-union"])
def test_a_youth_committee_under_the_party_line_issues_on_its_own(header, issuer):
    assert _issuers(header) == [issuer]


@pytest.mark.parametrize("header", ["UBND TỈNH BẮC NINH\nCÔNG AN TỈNH", "UBND TỈNH BẮC NINH - CÔNG AN TỈNH",
                                    "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n- CÔNG AN TỈNH"],
                         ids=["two-lines", "dash-joined", "dashed-line"])
def test_a_local_organ_named_by_its_level_takes_the_place_of_the_government_above(header):
    assert _issuers(header, "12/KH-CAT") == ["Công an tỉnh Bắc Ninh"]


def test_a_part_of_the_party_committee_is_still_named_with_it():
    assert _issuers("TỈNH ỦY BẮC NINH\n- BAN TUYÊN GIÁO", "12-KH/BTGTU") == ["Ban Tuyên giáo Tỉnh ủy Bắc Ninh"]


def test_another_levels_committee_takes_no_place():
    # the province's Party line does not place a district's youth committee
    assert _issuers("TỈNH ỦY BẮC NINH\nHUYỆN ĐOÀN") != ["Huyện đoàn Bắc Ninh"]


JOINT = ("{header}\nSố: {number}\nKẾ HOẠCH LIÊN TỊCH\nTổ chức hoạt động hè cho học sinh\n1. Các trường tổ chức sinh hoạt "
         "hè.\n2. Các cơ sở đoàn phối hợp thực hiện.\n")


def test_a_youth_committee_ruled_apart_from_a_joint_partner():
    header = "TỈNH ỦY BẮC NINH\n- TỈNH ĐOÀN\n-----\nSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NINH"
    assert frame_of(JOINT.format(header=header, number="12/KHLT-TĐTN-SGDĐT"))[0] == \
        ["Tỉnh đoàn Bắc Ninh", "Sở Giáo dục và Đào tạo tỉnh Bắc Ninh"]


def test_a_youth_committee_in_its_column_is_no_first_line_of_the_next_name():
    header = ("TỈNH ỦY BẮC NINH                    ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n"
              "- TỈNH ĐOÀN                          SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    issuers = frame_of(JOINT.format(header=header, number="12/KHLT-TĐTN-SGDĐT"))[0]
    assert "Tỉnh đoàn Bắc Ninh" in issuers and "Sở Giáo dục và Đào tạo tỉnh Bắc Ninh" in issuers


def test_a_joint_partner_named_by_its_level_takes_the_place_of_the_government_above():
    header = "UBND TỈNH BẮC NINH\nSỞ Y TẾ - CÔNG AN TỈNH"
    assert frame_of(JOINT.format(header=header, number="12/KHLT-SYT-CAT"))[0] == \
        ["Sở Y tế tỉnh Bắc Ninh", "Công an tỉnh Bắc Ninh"]
