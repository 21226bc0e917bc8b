"""Round 34: "các bộ, cơ quan ngang bộ" in a document that also names "các bộ, cơ quan ngang bộ, cơ quan thuộc
Chính phủ" is that fuller collective, one actor (the vocabulary's ``pkg:shortFormIn``): the execution clause of a
Government decree or decision ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ ... chịu trách nhiệm thi hành") and a
plan's "Cơ quan chủ trì: Bộ, cơ quan ngang bộ" name the ministerial collective the body of the text names in full.
Each test fails without the change (two nodes)."""

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def _actors(text: str) -> set[str]:
    result = build_source(source_from_string(text))
    return {m.iri.rsplit("/", 1)[1] for m in result.mentions if m.category == "actor"}


def test_short_ministerial_collective_joins_the_full_one():
    text = ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ rà soát quy hoạch ngành.\n"
            "Cơ quan chủ trì: Bộ, cơ quan ngang bộ.\n")
    found = _actors(text)
    assert "bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu" in found
    assert "bo-co-quan-ngang-bo" not in found


def test_execution_clause_offices_join_the_full_collective():
    text = ("Điều 2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ báo cáo kết quả hằng năm.\n"
            "Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
            "trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này.\n")
    found = _actors(text)
    assert "bo-co-quan-ngang-bo" not in found


def test_short_collective_alone_stays():
    """A guard: a document that names only "các bộ, cơ quan ngang bộ" keeps it (passes without the change too)."""
    found = _actors("Các bộ, cơ quan ngang bộ rà soát văn bản quy phạm pháp luật.\n")
    assert "bo-co-quan-ngang-bo" in found
