"""A partner line that ends with organisations the recogniser does not name (round 32, invented text): below "b) Cơ
quan phối hợp", the line "- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Hội Cựu chiến binh tỉnh; các tổ chức, đoàn thể
có liên quan." lists partners: "các tổ chức" is the plural noun (organisations), not the verb "tổ chức" (to
organise), so the line names bodies and nothing else (``roleblocks._only_bodies``) and its bodies partner the lead
named under "a) Cơ quan chủ trì". Before, the line read as a sentence of its own whose holders did the item's work."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 45/KH-UBND\n\nKẾ HOẠCH\nTuyên truyền pháp luật năm 2027\n\n"
        "II. TUYÊN TRUYỀN PHÁP LUẬT\n\n1. Nội dung\n\na) Tổ chức tuyên truyền pháp luật cho người dân.\n\n"
        "2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Sở Tư pháp.\n\nb) Cơ quan phối hợp\n\n"
        "- Các cơ quan, đơn vị, địa phương.\n\n{line}\n\n3. Thời gian thực hiện: năm 2027.\n")


def _pairs(line: str) -> set[tuple[str, str]]:
    p = predictions_from_quads(emit_result(build_source(source_from_string(PLAN.format(line=line), name="kh.txt"))),
                               defaultdict(set))
    label = {iri: min(labels) for iri, labels in p.labels.items() if labels}
    return {tuple(sorted((label.get(a, a), label.get(b, b)))) for a, b in p.pairs}


def _paired_with_lead(pairs: set[tuple[str, str]], body: str) -> bool:
    return any(any(x.startswith("Sở Tư pháp") for x in pair) and any(x.startswith(body) for x in pair) for pair in pairs)


def test_bodies_of_a_partner_line_ending_with_cac_to_chuc_partner_the_lead():
    pairs = _pairs("- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Hội Cựu chiến binh tỉnh; các tổ chức, đoàn thể có liên quan.")
    assert _paired_with_lead(pairs, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), pairs
    assert _paired_with_lead(pairs, "Hội Cựu chiến binh tỉnh"), pairs


def test_a_line_whose_to_chuc_is_the_verb_is_no_partner_line():
    # guard (passes before the change too): "tổ chức" after a body is its verb, the line a sentence of its own
    assert not _paired_with_lead(_pairs("- Sở Nội vụ tổ chức tập huấn."), "Sở Nội vụ")
