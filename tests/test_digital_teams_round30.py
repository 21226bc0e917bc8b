"""The community digital technology teams of the communes (round 30, invented texts): "Tổ công nghệ số cộng đồng"
is a kind of body of the ontology's lexicon (``ontology/actors.ttl``), read where the text names it and an actor where
it is given a duty."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source, source_from_string
from policykg.ontology import load_lexicon


def test_the_lexicon_names_the_teams():
    entry = load_lexicon().lookup("các Tổ công nghệ số cộng đồng")
    assert entry is not None and entry.label_vi == "Tổ công nghệ số cộng đồng"


def test_the_teams_are_read_in_a_sentence():
    text = "Ủy ban nhân dân cấp xã chỉ đạo Tổ công nghệ số cộng đồng trực tiếp hỗ trợ người dân sử dụng dịch vụ công.\n"
    result = build_source(source_from_string(text))
    assert "Tổ công nghệ số cộng đồng" in [m.label for m in result.mentions if m.category == "actor"]
