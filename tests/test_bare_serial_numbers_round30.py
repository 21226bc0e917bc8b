"""Documents cited by their serial number alone (round 30, invented texts): "Nghị quyết số 19 của Chính phủ", the
numbers a list goes on with ("Kế hoạch số 12, 15 và 17"), a Party number printed without its issuer's code ("Quyết
định số 23-QĐ") (``graph_builder.barenumbers``); a serial the text also writes in full ("Công văn số 07/CV-BCA" ...
"Công văn số 07") is that one document."""

from __future__ import annotations

from documentfacts import predictions_of

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 31/CV-UBND          Hà Nam, ngày 3 tháng 4 năm 2026\n"
        "V/v triển khai nhiệm vụ\n\nKính gửi: Các sở, ngành.\n\n")


def test_bare_serial_numbers_are_cited():
    text = HEAD + ("Thực hiện Nghị quyết số 19 của Chính phủ và Kế hoạch số 12, 15 và 17 của Tỉnh ủy, "
                   "Sở Tài chính tổng hợp dự toán năm 2026.\n")
    assert predictions_of(text).cited == {"19", "12", "15", "17"}


def test_a_party_number_without_its_issuers_code_is_cited():
    text = HEAD + "Thực hiện Quyết định số 23-QĐ về việc ban hành Quy chế, Sở Nội vụ rà soát các văn bản.\n"
    assert predictions_of(text).cited == {"23-QĐ"}


def test_a_serial_written_in_full_elsewhere_is_that_document():     # (a guard: passes without the change)
    text = HEAD + ("Thực hiện Công văn số 07/CV-BCA ngày 2/4/2026 của Bộ Công an, Công an tỉnh tổ chức trực ban. "
                   "Các nội dung khác của Công văn số 07 thực hiện theo hướng dẫn.\n")
    assert predictions_of(text).cited == {"07/CV-BCA"}
