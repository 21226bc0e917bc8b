"""Places named bare in a party's slot (issue 9, round 26, `actors26`): "phối hợp với các xã, phường" (the level's
People's Committees), "giao các huyện A, B và thành phố C" and "ký kết quy chế phối hợp giữa 3 tỉnh gồm: A, B và C"
(the People's Committee of each place); never a place ("trên địa bàn các xã, phường"), a count ("3 tỉnh có ...") or
an agreement's other side ("quy chế với các tỉnh giáp ranh"). Every text here is invented; the forms are those of
provincial plans and of the news of inter-provincial agreements.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors

HEAD = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU

Số: 52/KH-UBND
Lai Châu, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Về phòng, chống thiên tai năm 2026

III. TỔ CHỨC THỰC HIỆN

"""


def _facts(body: str) -> dict:
    return facts_of(HEAD + body, drop_suffix=" tỉnh Lai Châu")


def _pair(a: str, b: str) -> frozenset:
    return frozenset((a, b))


def test_a_plural_of_levels_after_phoi_hop_voi_is_the_levels_people_s_committees():
    found = _facts("1. Sở Y tế chủ trì, phối hợp với các xã, phường triển khai kế hoạch phòng, chống thiên tai.\n")
    assert _pair("Sở Y tế", "Ủy ban nhân dân cấp xã") in found["pairs"]


def test_a_plural_of_levels_opening_an_item_holds_its_duty():
    found = _facts("2. Các huyện, thị xã, thành phố có trách nhiệm báo cáo kết quả thực hiện kế hoạch.\n")
    assert any(actor == "Ủy ban nhân dân cấp huyện" and "báo cáo kết quả" in text for actor, text in found["duties"])


def test_each_named_place_after_giao_is_the_people_s_committee_of_that_place():
    found = _facts("3. Giao các huyện Mường Tè, Sìn Hồ và thành phố Lai Châu kiểm tra việc sơ tán dân cư.\n")
    holders = {actor for actor, text in found["duties"] if "kiểm tra việc sơ tán" in text}
    assert holders == {"Ủy ban nhân dân huyện Mường Tè", "Ủy ban nhân dân huyện Sìn Hồ",
                       "Ủy ban nhân dân thành phố Lai Châu"}


def test_the_places_of_a_signed_agreement_between_them_are_each_others_partners():
    found = _facts("4. Sở Nông nghiệp và Môi trường chủ trì tổ chức hội nghị ký kết quy chế phối hợp giữa 3 tỉnh gồm: "
                   "Hà Giang, Điện Biên và Sơn La trong quản lý, bảo vệ rừng.\n")
    assert {_pair("Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Điện Biên"),
            _pair("Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Sơn La"),
            _pair("Ủy ban nhân dân tỉnh Điện Biên", "Ủy ban nhân dân tỉnh Sơn La")} <= found["pairs"]


def test_places_where_a_duty_is_done_a_count_of_places_and_an_agreement_s_other_side_are_no_actors():
    actors = graph_actors(HEAD + "5. Sở Tài chính kiểm tra việc chi trả trên địa bàn các xã, phường.\n"
                          "6. Hiện nay 3 tỉnh có trên 300 điểm sạt lở.\n"
                          "7. Sở Nội vụ tham mưu ban hành quy chế với các tỉnh giáp ranh về cứu hộ.\n"
                          "8. Sở Công Thương kiểm tra trên địa bàn các huyện Mường Tè, Sìn Hồ.\n")
    assert not {"Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân huyện Mường Tè"} & actors
    assert "Ủy ban nhân dân tỉnh Lai Châu" in actors


def test_a_plural_of_levels_listed_after_a_body_s_name_is_a_party_of_that_list():
    found = _facts("3. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, các huyện, thị xã, thành phố rà soát nhà ở.\n"
                   "4. Sở Tài chính kiểm tra trên địa bàn các huyện và các xã.\n")
    assert {_pair("Sở Xây dựng", "Sở Tài chính"), _pair("Sở Xây dựng", "Ủy ban nhân dân cấp huyện")} <= found["pairs"]
    assert not any(actor == "Ủy ban nhân dân cấp xã" for actor, _ in found["duties"])


NATIONAL = """THỦ TƯỚNG CHÍNH PHỦ

Số: 19/CT-TTg
Hà Nội, ngày 6 tháng 4 năm 2026

CHỈ THỊ
Về bảo đảm thông quan hàng hóa

"""


def test_the_border_provinces_after_phoi_hop_ho_tro_are_a_party_of_their_own():
    found = facts_of(NATIONAL + "2. Bộ Công Thương: Chủ trì tháo gỡ vướng mắc; phối hợp, hỗ trợ các tỉnh biên giới để "
                     "hoạt động thông quan được thuận lợi.\n")
    assert frozenset(("Bộ Công Thương", "các tỉnh biên giới")) in found["pairs"]
