"""Where a collective's qualifier ends, issue 9 round 22: a manner adverb after a kind of body says how it acts, never
which of that kind are meant ("các doanh nghiệp | nghiêm túc triển khai", "các hợp tác xã | khẩn trương thu hoạch"),
so a collective the optional actor model accepts is the kind alone, and so is a list of kinds the rules read
("các bệnh viện, trung tâm y tế | khẩn trương ...": tests/test_kind_lists_round22.py). Sentences invented from
docs/GENRE.md ("Lists of kinds of body (round 22)")."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import predictions_from_quads  # noqa: E402

from policykg.graph_builder.collectivemodel import CollectiveModel  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402

ACCEPT_ALL = CollectiveModel({"bias": 5.0}, threshold=0.5)
PLAN = "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 31/KH-UBND\n\nKẾ HOẠCH\nỨng phó mưa lũ cuối năm\n\n"


def accepted_actors(text: str) -> set[str]:
    pred = predictions_from_quads(emit_result(build_source(source_from_string(text), actor_model=ACCEPT_ALL)),
                                  defaultdict(set))
    return {label for labels in pred.labels.values() for label in labels}


@pytest.mark.parametrize(("body", "kind", "adverb"), [
    ("1. Đề nghị các doanh nghiệp nghiêm túc triển khai phương án bảo đảm an toàn cho người lao động.\n",
     "doanh nghiệp", "nghiêm túc"),
    ("2. Yêu cầu các hợp tác xã khẩn trương thu hoạch lúa vụ mùa trước ngày 15 tháng 10.\n",
     "hợp tác xã", "khẩn trương"),
])
def test_a_manner_adverb_is_no_part_of_the_collective(body, kind, adverb):
    actors = accepted_actors(PLAN + body)
    assert kind in actors
    assert not any(adverb in a for a in actors)
