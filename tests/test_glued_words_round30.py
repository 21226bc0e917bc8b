"""A name with "và" or "các" typed onto the end of its last word (round 30, invented texts): "... của Bộ Khoa học và
Công nghệvà phù hợp ..." names the ministry, not a body "Bộ Khoa học và Công nghệvà" (the name scan's tokens in
``graph_builder.names`` part the glued word)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize("text, name", [
    ("Các địa phương tuân thủ hướng dẫn của Bộ Khoa học và Công nghệvà phù hợp với điều kiện thực tế.",
     "Bộ Khoa học và Công nghệ"),
    ("Thực hiện theo hướng dẫn của Bộ Tài chínhcác địa phương tổng hợp báo cáo.", "Bộ Tài chính"),
])
def test_a_glued_word_ends_the_name(text, name, lexicon):
    src = source_from_string(text)
    actors = [m for m in find_mentions(src, [], lexicon) if m.category == "actor"]
    assert name in [m.label for m in actors]
    assert not any(m.label.endswith(("và", "các")) for m in actors)
