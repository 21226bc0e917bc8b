"""Parties of a coordination named after its topic (round 32, invented text): "quy chế phối hợp trong công tác quản lý
tàu cá giữa ba tỉnh gồm: A, B và C", "tăng cường phối hợp công tác giữa A, B và C": the work the parties coordinate on
stands between "phối hợp" and "giữa", and each party coordinates with each, as in "phối hợp giữa A, B và C"
(``assertions/topicbetween``). A cited agreement ("Bản Thỏa thuận phối hợp công tác giữa A và B số ...") and a partner
named with "với" after the topic keep their readings."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402


def _pairs(text: str) -> set[frozenset[str]]:
    p = predictions_from_quads(emit_result(build_source(source_from_string(text, name="news.txt"))), defaultdict(set))
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    return {frozenset((label.get(a, a), label.get(b, b))) for a, b in p.pairs}


def _has(pairs: set[frozenset[str]], a: str, b: str) -> bool:
    """Some pair holds one party whose label names ``a`` and the other ``b`` (either order; a bare province is its
    People's Committee: "Ủy ban nhân dân tỉnh Cà Mau")."""
    for pair in pairs:
        x, y = sorted(pair) if len(pair) == 2 else (None, None)
        if x is not None and (a in x and b in y or b in x and a in y):
            return True
    return False


@pytest.mark.parametrize("sentence, parties", [
    ("Ủy ban nhân dân tỉnh Sóc Trăng đề xuất xây dựng quy chế phối hợp trong công tác quản lý tàu cá trên biển giữa "
     "ba tỉnh gồm: Cà Mau, Bạc Liêu và Kiên Giang.", ("Cà Mau", "Bạc Liêu", "Kiên Giang")),
    ("Tăng cường phối hợp công tác giữa Sở Y tế, Sở Tài chính và Công an tỉnh.",
     ("Sở Y tế", "Sở Tài chính", "Công an tỉnh")),
    ("Các bên thống nhất xây dựng chương trình phối hợp về công tác tuyên truyền pháp luật giữa Sở Tư pháp và Hội "
     "Luật gia tỉnh.", ("Sở Tư pháp", "Hội Luật gia")),
])
def test_parties_after_the_topic_of_a_coordination_pair_with_each_other(sentence, parties):
    pairs = _pairs(sentence)
    for k, a in enumerate(parties):
        for b in parties[k + 1:]:
            assert _has(pairs, a, b), (a, b, pairs)


def test_a_partner_named_with_voi_after_the_topic_keeps_its_holder():
    pairs = _pairs("Sở Y tế phối hợp trong công tác kiểm tra với Công an tỉnh.")
    assert pairs and all(any(x.startswith("Sở Y tế") for x in p) for p in pairs), pairs


def test_a_topic_that_names_a_body_gives_no_pair_among_the_later_bodies():
    # the body inside the "topic" is no topic: the words after "phối hợp" name a party, the form is not read
    pairs = _pairs("Tăng cường phối hợp trong công tác của Sở Nội vụ giữa Sở Y tế và Sở Tài chính.")
    assert not _has(pairs, "Sở Y tế", "Sở Tài chính"), pairs


def test_a_cited_agreement_named_with_a_capital_gives_its_parties_no_work():
    text = ("Triển khai thực hiện Bản Thỏa thuận phối hợp công tác giữa Bộ Tài chính và Bộ Công an số 01/BTT "
            "được ký kết ngày 08/11/2021, Tổng cục Thuế phân công các đơn vị thực hiện như sau.")
    p = predictions_from_quads(emit_result(build_source(source_from_string(text, name="tb.txt"))), defaultdict(set))
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    holders = {label.get(a, a) for a, _ in p.duties}
    assert not any(h.startswith(("Bộ Tài chính", "Bộ Công an")) for h in holders), holders
