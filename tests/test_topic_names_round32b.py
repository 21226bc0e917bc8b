"""Steering committees named by their topic in lower case (round 32b): "Ban Chỉ đạo quốc gia chống ...", "Ban Chỉ
đạo thực hiện ...": the whole topic is the name, up to where the sentence goes on (a verb of duty, a bracket, a
comma before a function word, "các cấp"); a committee whose verb follows it keeps its short name. Invented texts."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def _actors(text: str) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_national_committee_is_named_with_its_topic():
    text = "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả (Ban Chỉ đạo 389) đề nghị Bộ Y tế kiểm tra."
    assert "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả" in _actors(text)
    assert "Ban Chỉ đạo quốc gia" not in _actors(text)


def test_a_committee_for_carrying_out_a_policy_ends_before_its_duty():
    text = "Ban Chỉ đạo thực hiện hỗ trợ đất ở cho hộ nghèo tổ chức rà soát danh sách các hộ."
    assert _actors(text) == ["Ban Chỉ đạo thực hiện hỗ trợ đất ở cho hộ nghèo"]


def test_a_committee_set_up_ends_before_a_comma_and_gom():
    text = "Ủy ban nhân dân xã thành lập Ban Chỉ đạo thực hiện sửa chữa nhà ở cho hộ nghèo, gồm đại diện các ngành."
    assert "Ban Chỉ đạo thực hiện sửa chữa nhà ở cho hộ nghèo" in _actors(text)


def test_a_committee_at_every_level_keeps_its_levels():
    text = "Phát huy vai trò của Ban Chỉ đạo thực hiện chính sách dân số, kế hoạch hóa gia đình các cấp trong kiểm tra."
    assert "Ban Chỉ đạo thực hiện chính sách dân số, kế hoạch hóa gia đình các cấp" in _actors(text)


def test_a_committee_whose_verb_follows_keeps_its_short_name():
    for text in ("Ban Chỉ đạo triển khai thực hiện nhiệm vụ này.", "Ban Chỉ đạo thực hiện nghiêm chế độ báo cáo.",
                 "Ban Chỉ đạo thực hiện kiểm tra việc thi hành."):
        assert not any(label.startswith("Ban Chỉ đạo ") for label in _actors(text)), text


def test_a_committee_at_a_place_is_read_as_before():
    text = "Ban Chỉ đạo phòng, chống tham nhũng tỉnh chủ trì, phối hợp với Sở Tư pháp."
    assert _actors(text) == ["Ban Chỉ đạo phòng, chống tham nhũng tỉnh", "Sở Tư pháp"]
