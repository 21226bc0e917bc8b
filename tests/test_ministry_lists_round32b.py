"""Ministries (or departments) named by their domains after a plural head and a colon, as the holders of a duty
(round 32b): "Các Bộ: Y tế, Công Thương, Tài chính có trách nhiệm ...", "Giám đốc các sở: Nội vụ, Tư pháp chịu trách
nhiệm ...". The colon belongs to the list of names, not to a label ("Thời gian: ...") nor to a clause's end: the duty
goes to each body listed. A member that is a body of its own ("Ủy ban nhân dân tỉnh", "Ngân hàng Nhà nước Việt Nam")
stays itself, never "Bộ Ủy ban nhân dân tỉnh". Invented sentences."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def _duty_holders(text: str) -> list[list[str]]:
    """The labels of the holders of each duty the text states."""
    result = build_source(source_from_string(text))
    labels = {m.iri: m.label for m in result.mentions if m.category == "actor"}
    return [[labels.get(iri, iri) for iri in a.subjects] for a in result.assertions if a.relation == "responsible"]


def _actor_labels(text: str) -> set[str]:
    return {m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"}


def test_the_ministries_listed_after_cac_bo_and_a_colon_hold_the_duty():
    text = "Các Bộ: Y tế, Công Thương, Tài chính có trách nhiệm hoàn thiện việc kết nối dữ liệu về an toàn thực phẩm."
    assert _duty_holders(text) == [["Bộ Y tế", "Bộ Công Thương", "Bộ Tài chính"]]


def test_the_departments_listed_after_giam_doc_cac_so_hold_the_duty():
    text = "Giám đốc các sở: Nội vụ, Tư pháp chịu trách nhiệm kiểm tra việc giải quyết thủ tục hành chính."
    assert _duty_holders(text) == [["Sở Nội vụ", "Sở Tư pháp"]]


def test_a_body_of_its_own_at_the_end_of_the_list_stays_itself_and_shares_the_duty():
    text = ("Các Bộ: Nội vụ, Xây dựng, Tài chính và Ủy ban nhân dân tỉnh, thành phố có trách nhiệm công khai danh sách "
            "các dự án chậm tiến độ.")
    assert not any(label.startswith("Bộ Ủy ban") for label in _actor_labels(text))
    holders = _duty_holders(text)
    assert len(holders) == 1 and holders[0][:3] == ["Bộ Nội vụ", "Bộ Xây dựng", "Bộ Tài chính"]
    assert holders[0][3].startswith("Ủy ban nhân dân")


def test_a_ministry_of_an_older_government_before_a_body_of_its_own():
    text = "Các Bộ: Tư pháp, Thủy sản và Ngân hàng Nhà nước Việt Nam có trách nhiệm hướng dẫn thi hành Nghị định này."
    labels = _actor_labels(text)
    assert {"Bộ Tư pháp", "Bộ Thủy sản", "Ngân hàng Nhà nước Việt Nam"} <= labels
    assert not any("Ngân hàng" in label and label.startswith("Bộ") for label in labels)
