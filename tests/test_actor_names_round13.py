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

