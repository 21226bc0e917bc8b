"""Documents of three or more organs, round 13 (issue 9): each rule on an invented text, worded unlike the documents
that showed the error (the probes tests/data/genre/probe13j/r13j-* hold such frames in whole documents)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _issuers(header: list[str], number: str, lexicon) -> list[str]:
    text = "\n".join([*header, f"Số: {number}                 Cần Thơ, ngày 04 tháng 9 năm 2026", "",
                      "CHƯƠNG TRÌNH PHỐI HỢP", "Về tuyên truyền an toàn giao thông trong học sinh", "",
                      "Các bên cử cán bộ đầu mối theo dõi việc thực hiện.", ""])
    return [i.label for i in extract_document_info(source_from_string(text, "x.txt"), lexicon).issuers]


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
