"""Actors of issue 9, round 15: names the builder missed on published text. Sentences invented from docs/GENRE.md and
tests/data/real/GUIDELINES.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text``."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


# ---------------------------------------------------------------- convention 7: a level with "các" and its places


def test_a_level_with_cac_and_a_list_of_places_names_one_body_per_place():
    # a district's flood-season plan: the communes' committees named once for three communes
    text = "Giao Ủy ban nhân dân các xã Hòa Bình, Tân Lập và Sơn Thủy chủ động di dời các hộ dân vùng trũng."
    assert actor_labels(text) == ["Ủy ban nhân dân xã Hòa Bình", "Ủy ban nhân dân xã Tân Lập",
                                  "Ủy ban nhân dân xã Sơn Thủy"]
    # an unknown body of a level named for two provinces
    labels = actor_labels("Đề nghị Công an các tỉnh Lạng Sơn, Cao Bằng tăng cường tuần tra biên giới.")
    assert labels == ["Công an tỉnh Lạng Sơn", "Công an tỉnh Cao Bằng"]


def test_a_level_with_cac_and_no_list_of_places_stays_one_actor():
    # no place after the level, or one place only: the plural is the level's collective, as before
    assert actor_labels("Ủy ban nhân dân các xã rà soát danh sách hộ nghèo.") == ["Ủy ban nhân dân cấp xã"]
    assert len(actor_labels("Ủy ban nhân dân các phường Bình An tổ chức đối thoại.")) == 1
