"""Actors of issue 9, round 16: false, cut and run-on names on published text. Sentences invented from docs/GENRE.md
and tests/data/real/GUIDELINES.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


# ---------------------------------------------------------------- a doublet of verbs with its comma inside a name


def test_a_doublet_with_a_comma_inside_a_capitalised_name_stays_in_the_name():
    # a provincial drug-rehabilitation plan: the sub-department's domain opens with "Phòng, chống"
    labels = actor_labels("Chi cục Phòng, chống tệ nạn xã hội hướng dẫn nghiệp vụ cho cán bộ cấp xã.")
    assert labels[0] == "Chi cục Phòng, chống tệ nạn xã hội"
    # a ministry's department with "Khám, chữa bệnh", then its ministry after a dash
    labels = actor_labels("Theo Công văn của Cục Quản lý Khám, chữa bệnh - Bộ Y tế, Sở Y tế hướng dẫn các bệnh viện.")
    assert labels[:2] == ["Cục Quản lý Khám, chữa bệnh", "Bộ Y tế"]


def test_a_doublet_at_the_start_of_a_sentence_or_in_lower_case_names_no_body():
    # "Phòng, chống" opening a sentence is the task, not a "Phòng" (an office) of a domain
    assert actor_labels("Phòng, chống tội phạm là nhiệm vụ thường xuyên.") == []
    # a lower-case doublet after two bodies stays out of their names
    labels = actor_labels("Sở Y tế, Ủy ban nhân dân huyện Hải Hà rà soát nhu cầu khám, chữa bệnh của người lao động.")
    assert labels == ["Sở Y tế", "Ủy ban nhân dân huyện Hải Hà"]


# ---------------------------------------------------------------- places and data fields that read like bodies


def test_a_list_of_places_holding_a_head_nouns_syllable_is_no_body():
    # a news item on a road: the wards it crosses, one of them "Yên Sở" (its "Sở" is no department)
    assert actor_labels("Tuyến đường đi qua các phường: Lĩnh Nam, Yên Sở, Trần Phú, Thanh Trì, Vĩnh Hưng.") == []
    # a ward whose name begins with a head noun's syllable, first in the list
    assert actor_labels("Dự án đi qua 5 phường, gồm: Sở Dầu, Máy Chai, Lạch Tray, Đông Khê, Cầu Đất.") == []


def test_a_list_of_domains_after_a_plural_head_still_names_its_bodies():
    # the domains of "Các Sở:" are written in sentence case: bodies, as before
    assert actor_labels("Các Sở: Y tế, Tài chính, Xây dựng cử người tham gia.")[:3] == ["Sở Y tế", "Sở Tài chính",
                                                                                   "Sở Xây dựng"]


def test_a_data_tables_field_and_its_code_are_no_actor():
    # a social-insurance letter: which code goes into which field of the claim table
    assert actor_labels('Ghi mã số "2" vào Trường số 21 (MA_LY_DO_CT) của Bảng 1.') == []
    assert actor_labels("Trường số 22 (MA_NOI_DI) để trống khi người bệnh tự đến.") == []


# ---------------------------------------------------------------- a place holding a head noun's syllable after its level


def test_a_place_ending_with_a_head_nouns_syllable_stays_whole():
    # a port city's committee and police: "Phòng" of "Hải Phòng" opens no office of its own
    labels = actor_labels("Ngày 3/4/2026, Ủy ban nhân dân thành phố Hải Phòng giao Công an thành phố Hải Phòng rà soát.")
    assert labels == ["Ủy ban nhân dân thành phố Hải Phòng", "Công an thành phố Hải Phòng"]


def test_a_place_beginning_with_a_head_nouns_syllable_stays_whole():
    # an island district's and a commune's offices: "Trường Sa", "Đoàn Kết" are places after their level word
    assert actor_labels("Phòng Văn hóa huyện Trường Sa báo cáo kết quả.") == ["Phòng Văn hóa huyện Trường Sa"]
    assert actor_labels("Công an xã Đoàn Kết chủ trì tuần tra.") == ["Công an xã Đoàn Kết"]


def test_a_body_after_a_place_still_opens_its_own_name():
    # a body at a level right after the place, over a heading's line break, stays a body of its own
    labels = actor_labels("1. Thuế tỉnh Bình Định\nThuế tỉnh rà soát hồ sơ hộ kinh doanh.")
    assert labels[0] == "Thuế tỉnh Bình Định"
    assert actor_labels("Ủy ban nhân dân quận Hoàng Mai, Phòng Tài chính quận phối hợp.")[0] == \
        "Ủy ban nhân dân quận Hoàng Mai"


# ---------------------------------------------------------------- what a manager manages directly; a body impersonated


def test_a_body_named_by_what_it_manages_directly_keeps_its_object():
    # a decree on schools' staff: the managing body is named by the units it manages directly
    labels = actor_labels("Cơ quan quản lý trực tiếp cơ sở giáo dục quyết định số lượng nhân viên thư viện.")
    assert labels == ["Cơ quan quản lý trực tiếp cơ sở giáo dục"]
    labels = actor_labels("Đề nghị các cơ quan quản lý trực tiếp doanh nghiệp phối hợp kiểm tra việc trả lương.")
    assert labels[0] == "cơ quan quản lý trực tiếp doanh nghiệp"
    # "trực tiếp" before a verb of the duty is no object: the body stays as before
    assert actor_labels("Cơ quan quản lý trực tiếp tổ chức kiểm tra định kỳ.") == ["Cơ quan quản lý"]


def test_the_body_a_swindler_passes_for_is_no_actor():
    # a news item on phone scams: the police and a department are named only as what the swindlers pretend to be
    assert "cơ quan công an" not in " ".join(actor_labels(
        "Thời gian qua, nhiều đối tượng giả danh cơ quan công an gọi điện yêu cầu người dân chuyển tiền."))
    assert actor_labels("Có kẻ mạo danh cán bộ Sở Tài chính yêu cầu doanh nghiệp nộp phí.") == []
    # the police warning of it still acts
    assert actor_labels("Công an tỉnh cảnh báo thủ đoạn giả danh.") == ["Công an tỉnh"]


# ---------------------------------------------------------------- a name cut before its domain; a landmark


def test_a_name_cut_before_a_domain_that_reads_like_a_verb_is_the_longer_name_the_document_writes():
    # a news item: the planning institute first named short before "và", later in full with its city
    text = ("Sáng 3/6, Viện Thiết kế xây dựng và Sở Giao thông vận tải họp bàn phương án. Đại diện Viện Thiết kế xây "
            "dựng Đà Nẵng trình bày phương án.")
    labels = actor_labels(text)
    assert labels.count("Viện Thiết kế xây dựng Đà Nẵng") == 2 and "Viện Thiết kế" not in labels
    # a duty's verb after the short name is no domain: the short name stays
    assert actor_labels("Viện Thiết kế chủ trì. Viện Thiết kế xây dựng Đà Nẵng phối hợp.")[0] == "Viện Thiết kế"


def test_a_body_named_as_a_landmark_is_no_actor():
    # a council's resolution on a road: the college and the commune's office only tell where the road runs
    labels = actor_labels("Đoạn tuyến từ cầu Bắc Mê tới giáp kè Trường Cao đẳng Nghề Bắc Mê do Sở Xây dựng quản lý.")
    assert labels == ["Sở Xây dựng"]
    assert actor_labels("Điểm bỏ phiếu đặt đối diện Ủy ban nhân dân xã Tân Lập.") == []


# ---------------------------------------------------------------- a centre of continuing education


def test_a_centre_of_continuing_education_keeps_its_kind():
    # "thường xuyên" reads as a verb ("regularly"), but after "Trung tâm Giáo dục" it names the kind of school
    labels = actor_labels("Trung tâm Giáo dục thường xuyên tỉnh phối hợp với Sở Y tế khám sức khỏe cho học viên.")
    assert labels[0] == "Trung tâm Giáo dục thường xuyên"
    labels = actor_labels("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở lớp tin học.")
    assert labels[0] == "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"
    # after another head, "thường xuyên" stays the duty's adverb
    assert actor_labels("Phòng Giáo dục thường xuyên kiểm tra các lớp học.") == ["Phòng Giáo dục"]


# ---------------------------------------------------------------- a police department's lower-case domain after "Sở"


def test_a_police_departments_lower_case_domain_stays_in_its_name():
    # a joint circular: the capital's fire police ("Sở" names its domain with capitals, the police in lower case),
    # its name broken after "và" at the end of a line
    labels = actor_labels("Giám đốc Sở Cảnh sát phòng cháy và\nchữa cháy thành phố Hà Nội tổ chức kiểm tra.")
    assert labels == ["Sở Cảnh sát phòng cháy và chữa cháy thành phố Hà Nội"]
    labels = actor_labels("Phòng Cảnh sát phòng cháy, chữa cháy và\ncứu nạn, cứu hộ chủ trì diễn tập.")
    assert labels == ["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"]
    # a second body after "và" and a line break is no domain
    assert actor_labels("Sở Y tế và\ncác đơn vị liên quan thực hiện.")[0] == "Sở Y tế"


# ---------------------------------------------------------------- a negation ends a name's domain


def test_a_negation_and_a_verb_end_a_names_domain():
    # a decree's procedure: the reviewing body "does not accept" a file; a project board "has not allotted" funds
    assert actor_labels("Cơ quan thẩm định không tiếp nhận hồ sơ thiếu ý kiến của cơ quan chủ trì.")[0] == \
        "Cơ quan thẩm định"
    assert actor_labels("Ban Quản lý dự án chưa bố trí đủ vốn đối ứng.") == ["Ban Quản lý dự án"]
    # "không" inside a domain, not before a verb, stays: airports, cyberspace
    assert actor_labels("Tổng công ty Cảng hàng không Việt Nam chủ trì.") == ["Tổng công ty Cảng hàng không Việt Nam"]
    assert actor_labels("Bộ Tư lệnh Tác chiến không gian mạng chủ trì.") == ["Bộ Tư lệnh Tác chiến không gian mạng"]


# ---------------------------------------------------------------- a head noun typed twice


def test_a_head_noun_typed_twice_is_one_head():
    # a commune Front's plan: a member of the Party committee, its head typed twice
    labels = actor_labels("Đồng chí Ủy viên Ban Ban chấp hành Đảng bộ xã chỉ đạo. Báo cáo Ban Chấp hành Đảng bộ xã.")
    assert len(set(labels)) == 1
    # "Phòng Phòng chống ..." is an office named by its field: both words stay
    assert actor_labels("Phòng Phòng chống ma túy Công an tỉnh chủ trì.") == ["Phòng Phòng chống ma túy Công an tỉnh"]


# ---------------------------------------------------------------- a region's "bộ" in lower case


def test_a_regions_bo_in_lower_case_is_no_ministry():
    # a news item on shrimp farming: "Nam Trung bộ" is a region; the province after its colon is no ministry's domain
    labels = actor_labels("Vùng nuôi tôm trọng điểm là các tỉnh Nam Trung bộ: Phú Yên, Khánh Hòa. Tổng cục Thủy sản chủ trì.")
    assert not any(label.startswith("Bộ Phú Yên") for label in labels)
    assert "Tổng cục Thủy sản" in labels
