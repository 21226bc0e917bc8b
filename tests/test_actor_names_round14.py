"""Actors of issue 9, round 14: names the builder missed on published text. Sentences invented from docs/GENRE.md and
tests/data/real/GUIDELINES.md, worded unlike the documents that showed the errors (an official letter on public
assets, a Party conclusion, a search plan, a tax notice, a joint circular): here a university's regulation, a
district's plan for schools, a provincial health department's instruction."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


def actor_flags(text: str) -> list[tuple[str, bool]]:
    """The labels of the actor mentions of the built ``text`` and whether each is generic."""
    return [(m.label, m.generic) for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


# ---------------------------------------------------------------- collectives named by what they belong to


def test_a_collective_with_words_of_what_it_is_before_its_owner_is_one_actor():
    # "sự nghiệp công lập", "chuyên trách": what the units are, between their kind and "thuộc"/"của"
    text = "Các trung tâm sự nghiệp công lập thuộc Sở Giáo dục và Đào tạo có trách nhiệm báo cáo số liệu."
    assert actor_labels(text)[0] == "trung tâm sự nghiệp công lập thuộc Sở Giáo dục và Đào tạo"
    text = "Các Đội chuyên trách của Ủy ban nhân dân xã có trách nhiệm kiểm tra đê điều."
    assert actor_labels(text) == ["Đội chuyên trách của Ủy ban nhân dân cấp xã"]


def test_a_collective_may_name_its_owner_by_its_level_alone():
    text = "Đề nghị các cấp ủy, cơ quan, đơn vị trực thuộc tỉnh quán triệt nội dung Kế hoạch này."
    assert actor_labels(text) == ["cấp ủy, cơ quan, đơn vị trực thuộc tỉnh"]
    # a level before a place's name is the place: "thuộc huyện Mỹ Hào" is no owner named by its level
    assert not any(x.endswith("thuộc huyện") for x in actor_labels("Các trường mầm non thuộc huyện Mỹ Hào tổ chức "
                                                                    "khai giảng."))


def test_the_bodies_an_authority_manages_close_with_quan_ly_at_the_end_of_an_item():
    text = "Kính gửi:\n- Các bệnh viện;\n- Các doanh nghiệp thuộc Sở Y tế quản lý;\n- Các trạm y tế xã."
    assert "doanh nghiệp thuộc Sở Y tế quản lý" in actor_labels(text)
    # "quản lý" that opens the duty is no part of the name
    text = "Các đơn vị thuộc Sở Y tế quản lý chặt chẽ thuốc gây nghiện."
    assert actor_labels(text)[0] == "đơn vị thuộc Sở Y tế"


def test_a_capitalised_head_noun_listed_with_a_common_kind_joins_the_collective():
    text = "Các Phòng, đơn vị thuộc Trường Đại học Y có trách nhiệm cập nhật hồ sơ giảng viên."
    assert actor_labels(text)[0] == "Phòng, đơn vị thuộc Trường Đại học Y"
    text = "Các Trung tâm, Viện trực thuộc Đại học Quốc gia phối hợp thực hiện."
    assert actor_labels(text)[0] == "Trung tâm, Viện trực thuộc Đại học Quốc gia"


def test_a_verb_or_an_office_is_no_collective():
    # "ban hành", "phòng chống": a verb opens the words; "Hiệu trưởng": an office, not a kind of body
    labels = actor_labels("Sở Tư pháp ban hành quy chế của Bộ, phòng chống tham nhũng của tỉnh.")
    assert labels == ["Sở Tư pháp"]
    labels = actor_labels("Các Viện trưởng, thủ trưởng đơn vị thuộc Học viện Chính trị báo cáo kết quả.")
    assert not any(x.startswith("Viện trưởng") for x in labels)


def test_a_collective_that_is_the_object_of_a_phrase_is_an_actor_only_where_it_acts():
    # "giữa các ... trực thuộc huyện": the units between which funds move, a generic actor (an actor only where the
    # text gives it a duty); the same words as the subject of a duty are an actor
    text = "Phòng Tài chính có trách nhiệm điều chuyển kinh phí giữa các trung tâm, đơn vị trực thuộc huyện."
    assert actor_flags(text) == [("Phòng Tài chính", False), ("trung tâm, đơn vị trực thuộc huyện", True)]
    text = "Các trung tâm, đơn vị trực thuộc huyện có trách nhiệm lập dự toán kinh phí."
    assert actor_flags(text) == [("trung tâm, đơn vị trực thuộc huyện", False)]


# ---------------------------------------------------------------- a known name with its inner words in lower case


def test_a_known_name_with_lower_case_words_inside_is_the_known_body():
    # older documents write the board's words in lower case between capitalised ends
    text = "Hội đồng nhân dân tỉnh báo cáo Ủy ban thường vụ Quốc hội kết quả giám sát chuyên đề."
    assert actor_labels(text) == ["Hội đồng nhân dân cấp tỉnh", "Ủy ban Thường vụ Quốc hội"]


def test_a_name_written_all_in_lower_case_or_with_other_words_is_not_read_so():
    # the first word and the last capitalised part must be the vocabulary's: lower case throughout is a phrase
    assert "Ủy ban Thường vụ Quốc hội" not in actor_labels("Đại biểu nêu ý kiến về ủy ban thường vụ quốc hội khóa trước.")
    assert "Bộ Tư pháp" not in actor_labels("Phòng Tư pháp huyện gửi báo cáo về Bộ tư pháp trước ngày 15.")


# ---------------------------------------------------------------- a unit's name closed by the body it belongs to


def test_a_unit_s_name_goes_on_to_the_body_it_belongs_to():
    # a known body right after a unit's capitalised name, closing it, is the body the unit belongs to
    text = "Giao Ban Công tác Thiếu nhi Trung ương Đoàn chủ trì hội thi vẽ tranh."
    assert actor_labels(text) == ["Ban Công tác Thiếu nhi Trung ương Đoàn"]
    text = "Vụ Tổng hợp Chính phủ, Vụ Pháp luật Quốc hội có trách nhiệm tổng hợp ý kiến góp ý dự thảo."
    assert actor_labels(text) == ["Vụ Tổng hợp Chính phủ", "Vụ Pháp luật Quốc hội"]


def test_a_department_s_name_or_a_foreign_government_is_no_unit_of_the_body_after_it():
    # a department's domain is all of its name ("Sở Nội vụ | Chính phủ" are two bodies run together); a capital
    # after the body names another body ("Chính phủ Lào")
    assert actor_labels("Sở Nội vụ Chính phủ đã ban hành hướng dẫn.")[0] == "Sở Nội vụ"
    assert actor_labels("Đề nghị Ban Thi đua Chính phủ Lào cử cán bộ phối hợp.")[0] != "Ban Thi đua Chính phủ"


# ---------------------------------------------------------------- a ministry's domain before the plural of its level


def test_a_department_named_for_a_ministry_s_domain_keeps_it_before_the_plural_of_its_level():
    # "Giao thông vận tải" is a ministry's domain ("Bộ Giao thông vận tải"): "các tỉnh" after it does not cut it
    text = "Sở Giao thông vận tải các tỉnh miền núi có trách nhiệm rà soát hiện trạng cầu yếu."
    assert actor_labels(text)[0] == "Sở Giao thông vận tải các tỉnh"
    # a domain no ministry has still ends at its last capitalised word's syllables ("Sở Ngoại vụ | thông tin ...")
    assert actor_labels("Sở Ngoại vụ thông tin cho các cơ quan báo chí về lịch đón đoàn.")[0] == "Sở Ngoại vụ"
