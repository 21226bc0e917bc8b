"""Actors of issue 9, round 13: names the builder missed on published text. Sentences invented from docs/GENRE.md and
tests/data/real/GUIDELINES.md, worded unlike the documents that showed the errors (a news item, a plan, a joint
circular): here a commune's notice, a school's plan, a customs instruction."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


# ---------------------------------------------------------------- "đặc khu", the special zones of the 2025 map


def test_a_special_zone_ending_a_list_gives_its_place_to_the_members_before_it():
    # as "xã Hòn Mây" does: the place named after the last member of "Hội đồng nhân dân, Ủy ban nhân dân ..."
    text = "Giao Hội đồng nhân dân, Ủy ban nhân dân đặc khu Hòn Mây tổ chức lấy ý kiến cử tri về phương án."
    assert actor_labels(text) == ["Hội đồng nhân dân đặc khu Hòn Mây", "Ủy ban nhân dân đặc khu Hòn Mây"]


# ---------------------------------------------------------------- a lower-case "cơ quan" before a body's name


def test_the_agencies_of_a_body_named_after_a_lower_case_co_quan_are_one_generic_actor():
    text = "3. Trách nhiệm của Chi cục Kiểm định: phối hợp với cơ quan Công an kiểm tra phương tiện vi phạm."
    assert "cơ quan Công an" in actor_labels(text)
    text = "Khi phát hiện hàng giả, đội quản lý thị trường bàn giao hồ sơ để cơ quan Hải quan xử lý theo thẩm quyền."
    assert actor_labels(text)[-1] == "cơ quan Hải quan"


def test_a_capital_co_quan_still_heads_its_own_name():
    # "Cơ quan" written with a capital is the head noun of a proper name, read as before
    assert actor_labels("Cơ quan Hải quan có trách nhiệm lưu giữ hồ sơ.") == ["Cơ quan Hải quan"]


# ---------------------------------------------------------------- "Câu lạc bộ" (a club) as a head noun


def test_a_club_named_with_capitals_is_a_body():
    text = "Nhà trường giao Câu lạc bộ Tin học Trẻ phối hợp với Hội Khuyến học tổ chức cuộc thi lập trình."
    labels = actor_labels(text)
    assert "Câu lạc bộ Tin học Trẻ" in labels and "Hội Khuyến học" in labels


# ---------------------------------------------------------------- "nông thôn" (the countryside) is no level


def test_the_countryside_in_a_body_s_name_is_no_hamlet_level():
    # "thôn" alone is a hamlet (a level word); in "nông thôn" (the countryside) it is the end of a noun, and
    # "nông thôn mới" (the new-countryside programme) goes on to the body's level or owner
    assert actor_labels("Giao Ban Chỉ đạo xây dựng nông thôn mới huyện rà soát tiêu chí của các xã.") \
        == ["Ban Chỉ đạo xây dựng nông thôn mới huyện"]
    assert actor_labels("Văn phòng Điều phối nông thôn mới Trung ương có trách nhiệm tổng hợp số liệu.") \
        == ["Văn phòng Điều phối nông thôn mới Trung ương"]
    assert actor_labels("Giao Ban Chỉ đạo phát triển nông thôn tỉnh kiểm tra.") == ["Ban Chỉ đạo phát triển nông thôn tỉnh"]



# ---------------------------------------------------------------- a body named by a description the text repeats


_RULES = """Điều 4. Trách nhiệm của các bên
1. Đơn vị vận hành trạm bơm tiêu úng có trách nhiệm bảo dưỡng máy bơm trước mùa mưa.
2. Đơn vị vận hành trạm bơm tiêu úng ghi nhật ký vận hành và lưu trữ trong ba năm.
3. Phòng Kinh tế huyện kiểm tra việc đơn vị vận hành trạm bơm tiêu úng chấp hành quy trình.
"""


def test_a_body_named_by_a_description_written_three_times_is_an_actor():
    labels = actor_labels(_RULES)
    assert labels.count("Đơn vị vận hành trạm bơm tiêu úng") == 2
    assert "đơn vị vận hành trạm bơm tiêu úng" in labels and "Phòng Kinh tế huyện" in labels


def test_a_description_written_fewer_times_or_never_opening_a_clause_is_none():
    twice = _RULES.replace("3. Phòng Kinh tế huyện kiểm tra việc đơn vị vận hành trạm bơm tiêu úng chấp hành quy trình.\n", "")
    assert not any(label.lower().startswith("đơn vị vận hành") for label in actor_labels(twice))
    # the same words three times, but only inside clauses: "thông báo cho doanh nghiệp cung cấp nước ..."
    text = ("Sở Xây dựng thông báo cho doanh nghiệp cung cấp nước sạch lịch kiểm tra. Huyện đã mời doanh nghiệp cung "
            "cấp nước sạch dự họp. Xã nhắc doanh nghiệp cung cấp nước sạch về tiến độ.")
    assert not any(label.startswith("doanh nghiệp") for label in actor_labels(text))


def test_a_repeated_description_ends_before_the_duty_s_verb_and_a_clause_word():
    text = ("1. Cơ sở kiểm định thực hiện kiểm định định kỳ.\n2. Cơ sở kiểm định thực hiện lưu hồ sơ.\n"
            "3. Trách nhiệm của cơ sở kiểm định thực hiện báo cáo: gửi báo cáo quý.\n"
            "4. Cơ quan chủ trì: Sở Công Thương. Cơ quan chủ trì: Sở Y tế. Cơ quan chủ trì: Sở Tài chính.\n")
    labels = actor_labels(text)
    assert "Cơ sở kiểm định" in labels and not any(label.endswith("thực hiện") for label in labels)
    assert not any(label.lower() == "cơ quan chủ trì" for label in labels)   # a field's label, no body


# ---------------------------------------------------------------- units of the armed forces in the plural


def test_armed_units_named_in_the_plural_by_their_kind_are_one_generic_actor():
    text = ("Cơ quan phối hợp: Bộ Tư lệnh Cảnh sát biển; các quân đoàn, Ủy ban nhân dân các tỉnh ven biển.\n"
            "Giao các binh chủng và các lữ đoàn công binh chuẩn bị phương tiện vượt sông.")
    labels = actor_labels(text)
    assert "các quân đoàn" in labels and "các binh chủng" in labels
    assert not any(label.startswith("các lữ đoàn") for label in labels)   # a kind of unit named after it ("công binh")


def test_a_body_at_those_units_and_numbered_units_are_no_plural_unit():
    assert actor_labels("Ban Chỉ đạo các quân đoàn có trách nhiệm tổng kết diễn tập.") == ["Ban Chỉ đạo các quân đoàn"]
    assert "các sư đoàn" not in actor_labels("Giao các sư đoàn 5, 7 tổ chức diễn tập.")


# ---------------------------------------------------------------- numbered units listed after the first one's name


def test_numbers_listed_after_a_numbered_unit_are_units_of_the_same_name():
    labels = actor_labels("Lệnh báo động gửi: BTL Quân đoàn 1,2,3; Cục Tác chiến.")
    assert labels[:3] == ["Bộ Tư lệnh Quân đoàn 1", "Bộ Tư lệnh Quân đoàn 2", "Bộ Tư lệnh Quân đoàn 3"]
    labels = actor_labels("Phòng Giáo dục giao Trường Mầm non số 4 và 9 chủ trì hội thi.")
    assert "Trường Mầm non số 4" in labels and "Trường Mầm non số 9" in labels


def test_a_count_after_a_numbered_unit_is_no_unit():
    assert actor_labels("Trong tháng, Quân đoàn 4, 12 chiến sĩ được khen thưởng.") == ["Quân đoàn 4"]


# ---------------------------------------------------------------- "giao" (assign) between two names


def test_the_verb_giao_between_two_names_ends_the_first():
    assert actor_labels("Sở Nội vụ giao Ban Thi đua - Khen thưởng tổng hợp hồ sơ.")[:2] == ["Sở Nội vụ", "Ban Thi đua - Khen thưởng"]
    # "giao" as the second syllable of "Ngoại giao" stays inside the name
    assert actor_labels("Học viện Ngoại giao Việt Nam tổ chức lớp bồi dưỡng.") == ["Học viện Ngoại giao Việt Nam"]
