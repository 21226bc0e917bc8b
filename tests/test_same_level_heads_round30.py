"""A body named by its head noun alone, then "cùng cấp" (round 30, invented texts): "phối hợp với Liên đoàn Lao
động cùng cấp" names the labour federation at the level of the body before it, an actor of its own, not nothing
(``graph_builder.names``: the head's name before ``cues.SAME_LEVEL``, then ``levels.same_level``)."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source, source_from_string


def test_a_head_alone_before_cung_cap_is_a_body():
    text = "Ủy ban nhân dân các huyện chủ trì, phối hợp với Liên đoàn Lao động cùng cấp tổ chức đối thoại.\n"
    labels = [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]
    assert "Liên đoàn Lao động cùng cấp" in labels
