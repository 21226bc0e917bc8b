"""A unit named by its head noun and lower-case words, one item of a semicolon list of named bodies (round 30,
invented texts): "...; Trung tâm lưu trữ quốc gia; ..." between two named units is that unit
(``graph_builder.listedunits``), and the item before it runs to its semicolon; a head and lower-case words outside
such a list stay unread."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def _labels(text: str) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_lower_case_unit_between_named_items():
    labels = _labels("Kính gửi: Cục Quản lý xuất nhập cảnh; Trung tâm lưu trữ quốc gia; Cục Hồ sơ nghiệp vụ; Cục Y tế.")
    assert labels[:3] == ["Cục Quản lý xuất nhập cảnh", "Trung tâm lưu trữ quốc gia", "Cục Hồ sơ nghiệp vụ"]
    assert "Trung tâm lưu trữ quốc gia" not in _labels("Trung tâm lưu trữ quốc gia mở cửa đón khách; Cục Y tế họp.")
