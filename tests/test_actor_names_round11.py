"""Actors of issue 9, round 11: names the builder missed on published text. Sentences invented from docs/GENRE.md and
tests/data/real/GUIDELINES.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

from policykg.graph_builder.bodies import kind_bodies
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


def kinds(text: str) -> list[str]:
    return [c.mention.label for c in kind_bodies(text, text.lower(), 0, len(text))]


# ---------------------------------------------------------------- kinds of body in the plural, by a common noun


def test_institutions_named_in_the_plural_by_what_they_serve_are_bodies():
    text = ("Sở Nội vụ yêu cầu các trung tâm dịch vụ việc làm, các cơ sở đào tạo nghề và các hội nghề nghiệp "
            "của tỉnh phối hợp khảo sát nhu cầu tuyển dụng.")
    assert kinds(text) == ["trung tâm dịch vụ việc làm", "cơ sở đào tạo nghề", "hội nghề nghiệp"]


def test_a_domain_opened_by_a_verb_stops_at_the_next_verb():
    # "dạy nghề" opens the domain of a facility; "hướng dẫn" after it is the duty's verb, and so is a verb that can
    # name a domain elsewhere ("xây dựng")
    assert kinds("Giao các cơ sở dạy nghề hướng dẫn học viên.") == ["cơ sở dạy nghề"]
    assert kinds("Đề nghị các cơ sở y tế xây dựng phương án.") == ["cơ sở y tế"]
    # a verb of the duty grammar right after the noun opens no domain
    assert kinds("Các trung tâm thực hiện báo cáo định kỳ.") == []


def test_gatherings_databases_and_inspected_businesses_are_no_bodies():
    text = ("Tổ chức các hội nghị, hội thảo; cập nhật các cơ sở dữ liệu; kiểm tra các cơ sở kinh doanh dịch vụ "
            "lưu trú; hỗ trợ các hội viên.")
    assert kinds(text) == []


def test_a_facility_named_as_a_place_is_no_body():
    assert kinds("Tổ chức tư vấn tại các trung tâm bảo trợ xã hội.") == []


def test_a_tier_ends_the_name_before_the_verb():
    # "chăm" is no verb of the duty grammar; the tier ("tuyến huyện") ends the kind's name
    assert kinds("Sở chỉ đạo các bệnh viện tuyến huyện chăm sóc người cao tuổi.") == ["bệnh viện tuyến huyện"]


def test_a_name_longer_than_the_domain_allows_is_not_cut_inside_it():
    assert kinds("Giao các cơ sở phát thải khí nhà kính lớn kiểm kê hằng năm.") == []


def test_the_first_name_of_a_list_that_shares_its_noun_is_not_a_body_of_its_own():
    # the text names the list as one: "các trung tâm y tế huyện, trung tâm y tế thị xã"
    assert kinds("Đề nghị các trung tâm y tế huyện, trung tâm y tế thị xã báo cáo.") == []
    assert kinds("Đề nghị các trung tâm văn hóa thể thao - văn hóa cộng đồng báo cáo.") == []


def test_a_noun_compound_inside_a_domain_does_not_end_it():
    # "việc làm": "làm" alone would end the domain as a verb
    assert kinds("Đề nghị các trung tâm giới thiệu việc làm cập nhật thông tin.") == ["trung tâm giới thiệu việc làm"]


def test_the_kinds_become_actors_where_they_act():
    labels = actor_labels("KẾ HOẠCH\n\n1. Các cơ sở đào tạo nghề có trách nhiệm công bố danh mục ngành đào tạo.\n")
    assert "cơ sở đào tạo nghề" in labels


# ---------------------------------------------------------------- a foreign government and its bodies


def test_a_body_of_a_foreign_government_is_one_name():
    labels = actor_labels("Bộ Ngoại giao làm việc với Văn phòng Hợp tác Chính phủ Hàn Quốc và Chính phủ Mông Cổ "
                          "về chương trình học bổng.")
    assert labels == ["Bộ Ngoại giao", "Văn phòng Hợp tác Chính phủ Hàn Quốc", "Chính phủ Mông Cổ"]


def test_the_government_before_a_cited_title_or_its_own_country_is_vietnams():
    for text in ("Thực hiện Nghị định số 15/2026/NĐ-CP của Chính phủ Hướng dẫn về đấu thầu.",
                 "Chính phủ Việt Nam và đối tác thống nhất kế hoạch.",
                 "Văn phòng Chính phủ, Chính phủ Trung ương điều hành.",
                 "Chính phủ Hoàng gia Thái Lan hỗ trợ."):
        labels = actor_labels(text)
        assert "Chính phủ" in labels and not any(label.startswith("Chính phủ ") for label in labels), (text, labels)


# ---------------------------------------------------------------- the social security agency named by its common noun


def test_the_social_security_agency_named_by_its_common_noun_is_one_generic_actor():
    from policykg.ontology import load_lexicon
    lex = load_lexicon()
    agency = lex.lookup("cơ quan bảo hiểm xã hội")
    assert agency is not None and agency.generic
    assert lex.lookup("cơ quan BHXH").iri == agency.iri
    labels = actor_labels("Bệnh viện huyện gửi hồ sơ thanh toán cho cơ quan BHXH trước ngày 5 hằng tháng.")
    assert labels.count("cơ quan bảo hiểm xã hội") == 1


def test_the_national_social_security_agency_keeps_its_own_name():
    from policykg.ontology import load_lexicon
    lex = load_lexicon()
    assert lex.lookup("cơ quan BHXH Việt Nam").iri == lex.lookup("Bảo hiểm xã hội Việt Nam").iri


# ---------------------------------------------------------------- lists of levels written with a slash or a dash


def test_a_level_list_written_with_slashes_is_the_name_as_written():
    text = "Sở Nội vụ đề nghị Ủy ban nhân dân các huyện/thị xã/thành phố rà soát biên chế."
    found = [m for m in build_source(source_from_string(text)).mentions if m.category == "actor"]
    assert [(m.surface, m.label) for m in found][1] == ("Ủy ban nhân dân các huyện/thị xã/thành phố",
                                                       "Ủy ban nhân dân cấp huyện")


def test_a_level_pair_joined_by_a_dash_is_one_level_list():
    text = "Giám đốc Trung tâm Văn hóa quận - huyện và Chủ tịch Ủy ban nhân dân phường - xã tổ chức thực hiện."
    found = [(m.surface, m.label) for m in build_source(source_from_string(text)).mentions if m.category == "actor"]
    assert ("Trung tâm Văn hóa quận - huyện", "Trung tâm Văn hóa quận - huyện") in found
    assert ("Ủy ban nhân dân phường - xã", "Ủy ban nhân dân cấp xã") in found


def test_a_body_named_at_every_unit_of_a_dashed_tier_is_one_body():
    labels = actor_labels("Phòng Tư pháp các quận - huyện chủ trì hội nghị; Phòng Tư pháp quận - huyện báo cáo kết quả.")
    assert labels == ["Phòng Tư pháp các quận - huyện", "Phòng Tư pháp các quận - huyện"]


def test_a_dash_before_another_name_is_no_level_list():
    labels = actor_labels("Ủy ban nhân dân tỉnh - Sở Y tế tổ chức kiểm tra.")
    assert labels == ["Ủy ban nhân dân cấp tỉnh", "Sở Y tế"]


# ---------------------------------------------------------------- a head at each body of a collective


def test_a_head_before_a_collective_of_the_vocabulary_names_one_body_of_each():
    labels = actor_labels("Văn phòng các bộ, ngành, địa phương tổng hợp số liệu và gửi về Bộ Nội vụ.")
    assert labels == ["Văn phòng các bộ, ngành, địa phương", "Bộ Nội vụ"]


def test_a_head_before_bodies_it_manages_is_read_as_before():
    labels = actor_labels("Ban Quản lý các khu kinh tế tỉnh chủ trì thẩm định hồ sơ.")
    assert labels == ["Ban Quản lý các khu kinh tế tỉnh"]


# ---------------------------------------------------------------- an office of its own domain before "và" and a name


def test_an_office_with_a_domain_of_its_own_does_not_take_the_next_name_after_and():
    labels = actor_labels("Sở Giao thông chủ trì, phối hợp Văn phòng Điều phối đường thủy và Ủy ban nhân dân "
                          "các xã kiểm tra bến khách.")
    assert "Văn phòng Điều phối đường thủy" in labels and "Ủy ban nhân dân cấp xã" in labels


def test_an_office_of_two_bodies_is_still_one_name():
    labels = actor_labels("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh tổng hợp ý kiến cử tri.")
    assert labels == ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]


# ---------------------------------------------------------------- a cited document after "và" ends a name


def test_a_name_ends_before_a_cited_document_after_and():
    labels = actor_labels("Căn cứ Chỉ thị số 08-CT/HU của Ban Thường vụ Huyện ủy và Quyết định số 77/QĐ-UBND của "
                          "Ủy ban nhân dân huyện, Phòng Nội vụ hướng dẫn thực hiện.")
    assert "Ban Thường vụ Huyện ủy" in labels


def test_a_field_named_like_a_document_kind_stays_in_the_name():
    assert actor_labels("Sở Kế hoạch và Đầu tư, Viện Quy hoạch và Kiến trúc thực hiện.")[1] == "Viện Quy hoạch và Kiến trúc"


# ---------------------------------------------------------------- a branch of a body; the teams that belong to a body


def test_a_branch_of_a_known_body_is_a_body_of_its_own():
    labels = actor_labels("Người vay nộp hồ sơ tại Chi nhánh Ngân hàng Chính sách xã hội tỉnh Kon Tum.")
    assert labels == ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh Kon Tum"]


def test_the_inspection_teams_of_a_body_are_named_with_it():
    text = "Ủy ban nhân dân huyện tổng hợp kết luận của các Đoàn kiểm tra của Ủy ban nhân dân tỉnh."
    found = [m.surface for m in build_source(source_from_string(text)).mentions if m.category == "actor"]
    assert "Đoàn kiểm tra của Ủy ban nhân dân tỉnh" in found


# ---------------------------------------------------------------- a place written once after a list of bodies


def test_a_place_written_once_after_a_list_of_bodies_is_each_ones():
    labels = actor_labels("Hội đồng nhân dân, Ủy ban nhân dân huyện Bảo Lâm, các cơ quan liên quan tổ chức thực "
                          "hiện Nghị quyết này.")
    assert labels[:2] == ["Hội đồng nhân dân huyện Bảo Lâm", "Ủy ban nhân dân huyện Bảo Lâm"]


def test_a_body_with_a_level_of_its_own_keeps_it_before_a_place():
    labels = actor_labels("Bộ Công an, Công an tỉnh Hà Giang phối hợp kiểm tra.")
    assert labels == ["Bộ Công an", "Công an tỉnh Hà Giang"]
