"""Precision of actors, issue 9, round 14: the kinds of false and split actor a published document of any issuer
produces (the probes tests/data/genre/probe14a/r14a-* hold them in whole documents). Every text is invented, of
another kind of document than the probe or the published document that showed the error, and worded unlike it."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actors(text: str) -> list[tuple[str, str]]:
    """(surface, IRI) of the actor mentions of the built ``text``, in order."""
    return [(m.surface, m.iri) for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


def surfaces(text: str) -> list[str]:
    return [s for s, _ in actors(text)]


def test_the_owner_of_a_venue_or_a_portal_is_no_actor_there():
    # a council's meeting notice: the hall and the portal belong to bodies that do nothing in the text
    found = surfaces("Kỳ họp khai mạc tại hội trường Trung tâm Hội nghị tỉnh; nghị quyết được đăng trên cổng thông tin "
                     "điện tử của Sở Tư pháp và trang tin điện tử Đài Phát thanh tỉnh. Văn phòng Hội đồng nhân dân "
                     "tỉnh chuẩn bị tài liệu.")
    assert found == ["Văn phòng Hội đồng nhân dân tỉnh"], found


def test_a_name_read_short_before_and_and_lower_case_words_is_the_document_s_longer_name():
    # a university's report: "Phòng Kế hoạch và tài vụ" is its "Phòng Kế hoạch và Tài vụ" written in lower case
    found = actors("Phòng Kế hoạch và Tài vụ chủ trì tuyển dụng. Phòng Kế hoạch và tài vụ lập danh sách viên chức; "
                   "Phòng Kế hoạch và các khoa phối hợp.")
    (first, iri), second = found[0], found[1]
    assert first == "Phòng Kế hoạch và Tài vụ" and second == ("Phòng Kế hoạch và tài vụ", iri), found
    assert found[2][0] == "Phòng Kế hoạch", found   # no twin "Phòng Kế hoạch và các khoa": read as written


def test_a_short_reading_without_a_longer_twin_is_unchanged():
    found = surfaces("Sở Kinh tế và xã hội tỉnh tổ chức hội thảo.")
    assert found == ["Sở Kinh tế"], found


def iris(text: str) -> set[str]:
    return {iri.rsplit("/", 1)[1] for _, iri in actors(text)}


FULL = "bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu"


def test_the_short_collective_of_ministries_is_the_full_one_its_document_names():
    # a Prime Minister's telegram: "các bộ, ngành" after "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
    found = iris("Yêu cầu các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ khẩn trương rà soát thủ tục; "
                 "Văn phòng Chính phủ tổng hợp báo cáo của các bộ, ngành trước ngày 15.")
    assert FULL in found and "bo-nganh" not in found, found


def test_the_short_collective_alone_or_narrowed_to_those_concerned_stays():
    assert "bo-nganh" in iris("Văn phòng Chính phủ tổng hợp báo cáo của các bộ, ngành trước ngày 15.")
    found = iris("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ báo cáo kết quả. "
                 "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan bố trí kinh phí.")
    assert {FULL, "bo-nganh"} <= found, found


def test_copies_of_a_newspaper_given_or_bought_are_no_actor():
    # a veterans' association's budget: the paper is what the members receive; the paper that reports still acts
    found = surfaces("Hội Cựu chiến binh huyện chi tặng Báo Cựu chiến binh và đặt mua Tạp chí Xây dựng Đảng cho hội "
                     "viên; Báo Bắc Giang đưa tin về hội nghị.")
    assert "Báo Cựu chiến binh" not in found and "Tạp chí Xây dựng Đảng" not in found, found
    assert "Hội Cựu chiến binh huyện" in found and "Báo Bắc Giang" in found, found


def test_the_centre_of_a_place_is_no_centre_as_a_body():
    # an electricity company's report: "Trung tâm xã" is where the lines run; "Trung tâm Điều độ tỉnh" is a body
    found = surfaces("Điện lực huyện kéo đường dây về Trung tâm xã, thị trấn; Trung tâm Điều độ hệ thống điện tỉnh "
                     "theo dõi phụ tải.")
    assert not any(s.startswith("Trung tâm xã") for s in found), found
    assert "Trung tâm Điều độ hệ thống điện tỉnh" in found, found


def test_a_recipients_line_in_capitals_that_lost_its_dash_stays_in_the_list():
    # a district's report whose recipients list lost some dashes: "VPHU" alone in capitals does not end the list
    text = ("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG HẢI\nSố: 88/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số quý III\n\n"
            "Phòng Văn hóa và Thông tin tổng hợp số liệu.\n\nNơi nhận:\n- Sở Khoa học và Công nghệ;\nVPHU\n"
            "- Ban Tổ chức Huyện ủy;\n  Hội  CCB  các  xã,  thị  trấn;\n- Trung tâm Chính trị huyện;\n- Lưu: VT.\n")
    found = surfaces(text)
    assert "Phòng Văn hóa và Thông tin" in found, found
    assert not any(s.startswith(("Ban Tổ chức", "Hội", "Trung tâm Chính trị")) for s in found), found


def test_the_army_or_the_police_as_what_its_members_belong_to_is_no_actor():
    # a defence ministry's circular on allowances, and a clinic's rules
    found = surfaces("Trạm y tế ưu tiên khám cho cán bộ Công an, cán bộ Tư pháp; Công an nhân dân phối hợp bảo vệ.")
    assert "bộ Tư pháp" not in found and "bộ Công an" not in found and "Công an nhân dân" in found, found


@pytest.mark.parametrize("text, expected", [
    # a court's plan: the archive of the court, then the court itself acting (an owner still acts where it acts)
    ("Hồ sơ được lưu tại kho lưu trữ Tòa án nhân dân huyện; Tòa án nhân dân huyện bàn giao hồ sơ cho Chi cục Thi hành "
     "án dân sự trước ngày 20.", ["Tòa án nhân dân huyện", "Chi cục Thi hành án dân sự"]),
    # a water company's notice: "Hội Thượng" is a hamlet's quarter, not an association (a place below a commune)
    ("Theo Công ty Cấp nước, việc cấp nước tạm ngừng tại khu dân cư Hội Thượng, thôn Hội Hạ và xóm Đoàn Kết; Hội Nông "
     "dân xã hỗ trợ thông báo.", ["Công ty Cấp nước", "Hội Nông dân xã"]),
    # a defence ministry's circular on allowances: the army and the police as what their members belong to
    ("Chế độ này áp dụng đối với sĩ quan, quân nhân chuyên nghiệp Quân đội nhân dân và người thuộc lực lượng Công an "
     "nhân dân được biệt phái; Cục Quân nhu hướng dẫn thực hiện.", ["Cục Quân nhu"]),
])
def test_the_words_around_a_name_say_whether_it_names_a_body_acting(text, expected):
    assert surfaces(text) == expected
