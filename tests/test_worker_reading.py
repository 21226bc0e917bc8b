"""A worker reads the N-Quads it has just emitted once (policykg.corpus.outcome._read_once) for its three readers --
the counts and actors of the manifest, the actor view's facts, the summary's part -- and gets what each reading
the whole document gets, also when a literal holds a character that str.splitlines takes for a line end."""

from __future__ import annotations

import pytest

from policykg.core.iris import ONTOLOGY_IRI
from policykg.corpus import outcome
from policykg.graph_builder.pipeline import build_source, emit_result_nquads, source_from_string
from policykg.queries.summaryparts import document_part
from policykg.visualize.facts import actor_view_facts, facts_from_nquads

TEXT = ("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác phổ biến pháp luật\n"
        "1. Sở Tư pháp chủ trì, phối hợp với Công an tỉnh và Sở Giáo dục và Đào tạo tuyên truyền pháp luật{sep}"
        "cho học sinh.\n2. Giao Ủy ban nhân dân các huyện bố trí kinh phí thực hiện.\n"
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp giữa Sở Tư pháp với Đoàn Thanh niên.\n")


@pytest.mark.parametrize("sep", [" ", "\u2028", "\x85", "\u2028x\u2028"])   # the last: a piece without a space
def test_one_reading_gives_what_each_reader_gets(sep):
    result = build_source(source_from_string(TEXT.format(sep=sep)))
    data = emit_result_nquads(result)
    counts, actors, facts_lines, summary_lines = outcome._read_once(result, data)
    assert (counts, actors) == outcome._count(result, data)
    assert counts["tasks"] >= 2 and counts["coordination_duties"] >= 1 and len(actors) >= 3
    assert actor_view_facts(facts_from_nquads(facts_lines, ONTOLOGY_IRI)).to_json() == outcome.view_facts(data).to_json()
    assert document_part(summary_lines, selected=True) == document_part(data)
    assert len(facts_lines) < len(data) and len(summary_lines) < len(data)


def test_a_built_outcome_carries_the_same_cache_files():
    text = TEXT.format(sep=" ")
    made = outcome.build_outcome("plan.txt", "plan", source=source_from_string(text))
    assert made.ok
    assert made.view == outcome.view_facts(made.nquads).to_json()
    assert made.summary == document_part(made.nquads)
