"""Precision of actors, issue 9, round 11: names that read like an organisation's but name none where they stand
(a deputy's post, a former post, an award's giver, a web address, a code, a region, a council's term in a title) and
one body minted as two nodes (a company's legal form, a city's abbreviated level word, a short name after its head
noun). Every text is invented, worded unlike the documents that showed the errors."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actors(text: str) -> dict[str, str]:
    """Surface -> IRI of the actor mentions of the built ``text``."""
    return {m.surface: m.iri for m in build_source(source_from_string(text)).mentions if m.category == "actor"}


def labels(text: str) -> set[str]:
    return {m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"}


def test_a_deputy_prime_minister_is_a_person_s_post_not_the_prime_minister():
    text = ("Thực hiện ý kiến chỉ đạo của Phó Thủ tướng Chính phủ Lê Văn Bình tại buổi làm việc ngày 3/4/2026, "
            "Sở Giao thông vận tải chủ trì rà soát các tuyến đường.")
    assert labels(text) == {"Sở Giao thông vận tải"}
    # the Prime Minister named as such stays an actor
    assert "Thủ tướng Chính phủ" in labels("Bộ Xây dựng báo cáo Thủ tướng Chính phủ kết quả rà soát.")


def test_a_former_post_of_a_person_names_no_acting_body():
    text = ("Ông Trần Văn Dũng, nguyên Phó Bí thư Ban cán sự đảng Bộ Ngoại giao, đã nghỉ hưu; "
            "Ban Tổ chức Tỉnh ủy tổng hợp hồ sơ.")
    assert not any("cán sự" in x for x in labels(text))


def test_the_giver_of_an_award_named_in_its_title_is_no_actor():
    text = ("Người được tặng Giấy khen của Giám đốc Sở Nội vụ hoặc Cờ thi đua của Ủy ban nhân dân cấp huyện "
            "được hưởng mức thưởng; Sở Tài chính bố trí kinh phí.")
    assert labels(text) == {"Sở Tài chính"}


def test_no_actor_inside_a_web_address_nor_a_code_joined_to_a_number():
    text = ("Văn bản đăng tại http://congbao.example.vn/Quyet-dinh-15-2026-QD-UBND-Quy-dinh-thu-phi.html; "
            "thiết bị phải đạt chuẩn DVB-T2 (DVB-T2); Cục Tần số vô tuyến điện chủ trì kiểm tra.")
    found = labels(text)
    assert found == {"Cục Tần số vô tuyến điện"}, found


def test_the_bo_of_a_region_is_no_ministry():
    text = "Khảo sát các hồ chứa ở Tây Nam Bộ và Bắc Trung Bộ do Bộ Nông nghiệp và Môi trường chủ trì."
    assert labels(text) == {"Bộ Nông nghiệp và Môi trường"}


def test_a_council_s_term_in_a_title_in_capitals_is_no_part_of_its_name():
    text = ("NGHỊ QUYẾT\nVỀ KẾT QUẢ GIÁM SÁT CHUYÊN ĐỀ NĂM 2027-HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN-HUẾ KHÓA\n"
            "VIII, NHIỆM KỲ 2026-2031\n\nThường trực Hội đồng nhân dân tỉnh tổ chức thực hiện.\n")
    assert not any("Khóa" in x or "KHÓA" in x for x in labels(text))


def test_a_company_s_legal_form_cp_is_not_the_government():
    found = actors("Công ty CP Xây dựng Hòa Phát chủ trì, phối hợp với Sở Xây dựng thi công gói thầu.")
    iri = next(v for k, v in found.items() if k.startswith("Công ty"))
    assert iri.endswith("/cong-ty-co-phan-xay-dung-hoa-phat"), found


def test_a_city_s_abbreviated_level_word_is_the_same_body():
    found = actors("UBND TP Đà Nẵng giao Sở Y tế phối hợp với Ủy ban nhân dân thành phố Đà Nẵng thực hiện.")
    assert found["UBND TP Đà Nẵng"] == found["Ủy ban nhân dân thành phố Đà Nẵng"], found


def test_an_introduced_short_name_after_the_long_name_s_head_noun_is_that_body():
    text = ("Bộ Tài chính giao Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam (VSDC) triển khai hệ thống; "
            "Tổng công ty VSDC phối hợp với Ủy ban Chứng khoán Nhà nước báo cáo kết quả.")
    found = actors(text)
    assert found["Tổng công ty VSDC"] == found["VSDC"] == found["Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam"]


def test_an_office_named_by_its_own_domain_does_not_serve_the_body_after_and():
    # "Văn phòng Đăng ký đất đai" is an office of its own; the people's committee after "và" is another body
    found = labels("Giao Văn phòng Đăng ký đất đai và Ủy ban nhân dân xã tổng hợp danh sách thửa đất.")
    assert "Văn phòng Đăng ký đất đai" in found and not any("và Ủy ban" in x for x in found), found
    # the office of two councils stays one office
    shared = labels("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường lập hồ sơ.")
    assert any(x.startswith("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân") for x in shared), shared


def test_a_body_named_by_a_common_noun_keeps_a_two_syllable_word_of_its_domain():
    assert "cơ quan truyền thông" in labels("Sở Du lịch mời các cơ quan truyền thông, báo chí tham dự buổi giới thiệu.")


def test_levels_listed_with_a_slash_or_a_spaced_dash_are_one_tier_of_one_body():
    text = ("Trưởng Ban Quản lý chợ quận - huyện và Trạm Khuyến nông xã/phường phối hợp; "
            "UBND xã/phường/thị trấn rà soát; Ủy ban nhân dân tỉnh/thành phố tổng hợp.")
    found = actors(text)
    assert "Ban Quản lý chợ quận - huyện" in found and "Trạm Khuyến nông xã/phường" in found, found
    assert found["UBND xã/phường/thị trấn"].endswith("/uy-ban-nhan-dan-cap-xa"), found
    assert found["Ủy ban nhân dân tỉnh/thành phố"].endswith("/uy-ban-nhan-dan-cap-tinh"), found
    # a plural and a bare form of the same tier are one body
    both = actors("Chi cục Kiểm lâm các quận - huyện báo cáo; Chi cục Kiểm lâm quận - huyện kiểm tra.")
    assert len(set(both.values())) == 1, both


def test_a_place_after_its_level_word_is_no_body():
    text = ("Nhập xã Đoàn Xá vào thị trấn mới; thành lập thị xã từ các xã\n"
            "Hội Hợp, Đồng Tâm; Hội Nông dân tỉnh và Sở Nội vụ hướng dẫn.")
    assert labels(text) == {"Hội Nông dân tỉnh", "Sở Nội vụ"}, labels(text)
    # a table's cell that ends with a list of levels, then the next cell's body, stays a body
    cells = "Phối hợp:\nCác sở, ngành, UBND xã, phường\nSở Xây dựng\n|\nSở Giao thông vận tải các tỉnh\nCục Đường bộ\n"
    assert {"Sở Xây dựng", "Cục Đường bộ"} <= labels(cells), labels(cells)


def test_the_army_as_an_attribute_or_a_place_is_no_actor():
    text = ("Cán bộ công tác trong quân đội và chỉ huy các đơn vị quân đội được hưởng phụ cấp; "
            "Bộ Quốc phòng phối hợp với quân đội địa phương bảo đảm an toàn.")
    army = [m.span.start for m in build_source(source_from_string(text)).mentions
            if m.category == "actor" and m.surface.lower() == "quân đội"]
    assert army == [text.index("quân đội địa phương")], army   # the one after "phối hợp với"


def test_the_central_committee_of_the_front_written_with_a_lower_case_level_is_the_known_body():
    found = labels("Mời Ủy ban trung ương Mặt trận Tổ quốc Việt Nam phối hợp giám sát việc thực hiện.")
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in found and "Ủy ban trung ương" not in found, found


def test_ve_after_a_capitalised_field_is_where_something_goes_not_the_body_s_topic():
    text = ("Kho bạc chuyển kinh phí từ tài khoản của Phòng Tài chính - Kế hoạch về tài khoản của xã; "
            "chuyển hồ sơ của Phòng Văn hóa và Thông tin về Ủy ban nhân dân xã.")
    assert {"Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin"} <= labels(text), labels(text)
    # a steering committee named with its level and its topic keeps the topic
    assert "Ban Chỉ đạo Quốc gia về dân số" in labels("Ban Chỉ đạo Quốc gia về dân số chỉ đạo thực hiện.")


def test_a_body_named_with_its_one_place_and_later_without_it_is_one_body():
    text = ("Bộ Nội vụ đề nghị Ban Tổ chức Tỉnh ủy Cao Bằng rà soát hồ sơ; Ban Tổ chức Tỉnh ủy báo cáo kết quả "
            "về Bộ Nội vụ trước ngày 30/6/2026.")
    found = actors(text)
    assert found["Ban Tổ chức Tỉnh ủy"] == found["Ban Tổ chức Tỉnh ủy Cao Bằng"], found
    # named with two places, the name alone is neither
    two = actors("Ban Tổ chức Tỉnh ủy Cao Bằng và Ban Tổ chức Tỉnh ủy Bắc Kạn phối hợp; Ban Tổ chức Tỉnh ủy báo cáo.")
    assert len(set(two.values())) == 3, two
