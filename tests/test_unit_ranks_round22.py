"""The rank of a body by its head noun lives in the ontology (issue 9, round 22, `duties22`): `pkg:unitRank` on the
`pkg:headNoun` entries of core.ttl, read through the lexicon, instead of a second list in the builder. The bracketed
unit rule ("phối hợp với Bộ Y tế (Cục Quản lý Dược)": the unit is a partner too; "Cục ... (Tổng cục Hải quan)": the
owner is none) asks the lexicon for it (its readings: tests/test_units_in_brackets_round21.py).
"""

from __future__ import annotations

import pytest

from policykg.core.errors import InputError
from policykg.ontology import load_lexicon
from policykg.ontology.triples import Triples, parse_turtle
from policykg.ontology.unitranks import read_unit_ranks

PREFIXES = """\
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
"""


def test_the_lexicon_gives_the_rank_of_a_names_head_noun():
    lex = load_lexicon()
    ranks = {n: lex.unit_rank(n) for n in ("Bộ Tài chính", "Ủy ban nhân dân tỉnh Hà Giang", "Tổng cục Thuế",
                                           "Sở Xây dựng", "Công an tỉnh", "Cục Thống kê", "Vụ Pháp chế",
                                           "Văn phòng Chính phủ", "Thanh tra tỉnh", "Viện Chiến lược",
                                           "Chi cục Thủy lợi", "Phòng Tư pháp", "Trung tâm Y tế huyện",
                                           "Đội Quản lý thị trường số 3")}
    assert ranks == {"Bộ Tài chính": 0, "Ủy ban nhân dân tỉnh Hà Giang": 0, "Tổng cục Thuế": 1, "Sở Xây dựng": 1,
                     "Công an tỉnh": 1, "Cục Thống kê": 2, "Vụ Pháp chế": 2, "Văn phòng Chính phủ": 2,
                     "Thanh tra tỉnh": 2, "Viện Chiến lược": 2, "Chi cục Thủy lợi": 3, "Phòng Tư pháp": 3,
                     "Trung tâm Y tế huyện": 3, "Đội Quản lý thị trường số 3": 3}


def test_a_head_noun_without_a_rank_and_a_word_that_only_begins_like_one_rank_nothing():
    lex = load_lexicon()
    assert [lex.unit_rank(n) for n in ("Ban Chỉ đạo tỉnh", "Hội Nông dân tỉnh", "Bộ đội Biên phòng tỉnh")] == [None, None, 0]
    assert lex.unit_rank("Sởi") is None and lex.unit_rank("Cục") == 2


def test_every_rank_is_on_a_head_noun_of_the_ontology():
    lex = load_lexicon()
    heads = {noun.lower() for noun in lex.head_noun_forms()}
    ranked = [n for n in ("bộ", "ủy ban nhân dân", "tổng cục", "sở", "công an", "cục", "vụ", "văn phòng", "thanh tra",
                          "viện", "chi cục", "phòng", "trung tâm", "đội") if lex.unit_rank(n) is not None]
    assert len(ranked) == 14 and set(ranked) <= heads


def test_the_rank_is_read_from_the_turtle(tmp_path):
    ttl = tmp_path / "ranks.ttl"
    ttl.write_text(PREFIXES + """pkg:Kind pkg:headNoun "Ban"@vi , "Tiểu ban"@vi .
[] a owl:Axiom ; owl:annotatedSource pkg:Kind ; owl:annotatedProperty pkg:headNoun ; owl:annotatedTarget "Ban"@vi ;
   pkg:unitRank 1 .
[] a owl:Axiom ; owl:annotatedSource pkg:Kind ; owl:annotatedProperty pkg:headNoun ; owl:annotatedTarget "Tiểu ban"@vi ;
   pkg:unitRank 2 .
""", encoding="utf-8")
    ranks = read_unit_ranks(Triples(parse_turtle(ttl)))
    assert (ranks.of("Ban Tuyên giáo"), ranks.of("Tiểu ban Văn kiện"), ranks.of("Bộ Tài chính")) == (1, 2, None)


def test_a_rank_on_a_noun_that_is_no_head_noun_of_its_class_stops_the_load(tmp_path):
    ttl = tmp_path / "ranks.ttl"
    ttl.write_text(PREFIXES + """pkg:Kind pkg:headNoun "Ban"@vi .
[] a owl:Axiom ; owl:annotatedSource pkg:Kind ; owl:annotatedProperty pkg:headNoun ; owl:annotatedTarget "Cục"@vi ;
   pkg:unitRank 2 .
""", encoding="utf-8")
    with pytest.raises(InputError, match="Cục"):
        read_unit_ranks(Triples(parse_turtle(ttl)))
