"""Actors of issue 9, round 10 (names10b): a name's lower-case domain cut inside a word or before its last verb.
Sentences invented for these tests, not taken from the corpus."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


def test_a_domain_noun_whose_second_syllable_is_a_verb_is_not_cut():
    # "dự phòng", "việc làm", "khẩn cấp": the second syllable alone is a verb, the two make one noun of the domain
    labels = actor_labels("KẾ HOẠCH\n\n2. Chi cục Thú y dự phòng kiểm tra đàn gia súc tại các trang trại.\n")
    assert "Chi cục Thú y dự phòng" in labels and "Chi cục Thú y dự" not in labels
    labels = actor_labels("KẾ HOẠCH\n\n3. Giao Trung tâm Tư vấn việc làm phối hợp mở sàn giao dịch lao động.\n")
    assert "Trung tâm Tư vấn việc làm" in labels
    labels = actor_labels("KẾ HOẠCH\n\n4. Đội Cứu hộ khẩn cấp trực ứng phó sự cố tràn dầu trên sông.\n")
    assert "Đội Cứu hộ khẩn cấp" in labels and "Đội Cứu hộ khẩn" not in labels


def test_a_domain_verb_alone_before_the_duty_verb_is_the_names():
    # after a capitalised part of the name, one verb of a domain and then the duty's verb: the domain is the name's
    labels = actor_labels("CHƯƠNG TRÌNH\n\n1. Viện Thiết kế phát triển nghiên cứu mẫu nhà ở vùng lũ.\n")
    assert "Viện Thiết kế phát triển" in labels and "Viện Thiết kế" not in labels


def test_a_domain_verb_right_after_the_head_still_opens_the_duty():
    # the head alone ("Ban Chỉ đạo") then a verb and a noun-verb: the duty, not a domain (unchanged)
    labels = actor_labels("CHƯƠNG TRÌNH\n\n1. Ban Chỉ đạo xây dựng báo cáo sơ kết gửi Ủy ban nhân dân tỉnh.\n")
    assert not any(label.startswith("Ban Chỉ đạo xây") for label in labels)


def test_a_name_goes_on_over_the_level_of_a_city():
    # "cấp thành phố" is the level of a city as "cấp tỉnh" is a province's: the name goes on over it
    labels = actor_labels("KẾ HOẠCH\n\n5. Củng cố Hội đồng Thi đua và Khen thưởng cấp thành phố, bổ sung thành viên "
                          "còn thiếu.\n")
    assert "Hội đồng Thi đua và Khen thưởng cấp thành phố" in labels
    assert "Hội đồng Thi đua và Khen thưởng" not in labels
