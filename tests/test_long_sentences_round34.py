"""A sentence of thousands of clauses and names (round 34, reliability): two readers of duties compared every duty
word or clause with every name of the sentence (a 3.7 MB one-line text from the fuzz pass took ~2 minutes). The
name a duty word stands in (``duties.covered_by``) and the names a clause follows (``leadclauses``) are now found by
bisection and by a set: the same answers (checked against the plain reading on random spans), not timed here
(bench measures speed).
"""

from __future__ import annotations

import random

from policykg.graph_builder.assertions.duties import covered_by
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def _body(start: int, end: int) -> Mention:
    return Mention(Span(start, end), "x", "actor", "iri", "x", "Organization")


def test_the_position_inside_a_name_is_the_plain_readings():
    rnd = random.Random(34)
    for _ in range(300):
        actors = [_body(a, a + rnd.randint(1, 12)) for a in (rnd.randint(0, 80) for _ in range(rnd.randint(0, 8)))]
        inside = covered_by(actors)
        for pos in range(100):
            assert inside(pos) == any(a.span.start <= pos < a.span.end for a in actors), (actors, pos)


def test_clauses_cut_by_semicolons_and_names_in_a_place_read_as_before():
    """The two readings on sentences that use them: "Cần Thơ" holds no duty word "cần"; a partners' list cut by
    semicolons after a name is no clause of its own."""
    text = ("KẾ HOẠCH\nVề phòng, chống thiên tai\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Công an thành phố Cần Thơ chủ trì "
            "tuần tra; Sở Y tế chủ trì cấp cứu; Sở Xây dựng chủ trì gia cố nhà ở.\n2. Sở Nội vụ phối hợp với "
            "Sở Tư pháp; Sở Tài chính; Công an tỉnh lập danh sách.\n")
    found = build_source(source_from_string(text, name="kh.txt")).assertions
    leads = sorted({x.rsplit("/", 1)[1] for a in found if a.relation == "coordination" and a.subjects for x in a.subjects})
    assert "so-y-te" in leads and "so-xay-dung" in leads
