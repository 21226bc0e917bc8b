"""Two ministries written under one "Bộ" (round 30, invented texts): "Liên Bộ Nội vụ - Tài chính", "Liên Bộ Nội vụ
Tài chính" name the Bộ Nội vụ and the Bộ Tài chính, not one body "Bộ Nội vụ - Tài chính"
(``graph_builder.jointmentions``); a ministry whose own name has a dash stays one."""

from __future__ import annotations

import pytest

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _labels(text: str, lexicon) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], lexicon) if m.category == "actor"]


@pytest.mark.parametrize("text", [
    "Liên Bộ Nội vụ - Tài chính hướng dẫn thực hiện chế độ phụ cấp như sau.",
    "Theo Thông tư số 07/TT-LB của Liên Bộ Nội vụ Tài chính, các đơn vị lập dự toán.",
])
def test_two_ministries_under_one_head(text, lexicon):
    assert _labels(text, lexicon)[:2] == ["Bộ Nội vụ", "Bộ Tài chính"]
    # a ministry whose own name has a dash stays one
    assert _labels("Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với Bộ Tài chính.", lexicon) \
        == ["Bộ Lao động - Thương binh và Xã hội", "Bộ Tài chính"]

