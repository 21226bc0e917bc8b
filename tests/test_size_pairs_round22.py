"""Sizes in a name's domain, issue 9 round 22: "nhỏ và vừa", "vừa và nhỏ" name one class of enterprise inside a name
("Hội Doanh nghiệp nhỏ và vừa", "Cục Phát triển doanh nghiệp vừa và nhỏ"), never a name cut before "và vừa" ("vừa"
is otherwise a function word: "vừa ban hành"). Sentences invented from docs/GENRE.md ("Sizes in a name's domain
(round 22)")."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors

LETTER = "BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 88/BKHĐT-PTDN\n\nCÔNG VĂN\nVề hỗ trợ doanh nghiệp phục hồi sản xuất\n\n"


@pytest.mark.parametrize(("body", "whole", "cut"), [
    ("1. Đề nghị Hội Doanh nghiệp nhỏ và vừa vận động hội viên tham gia chương trình.\n",
     "Hội Doanh nghiệp nhỏ và vừa", "Hội Doanh nghiệp nhỏ"),
    ("2. Cục Phát triển doanh nghiệp vừa và nhỏ chủ trì, phối hợp với Bộ Tài chính xây dựng tiêu chí hỗ trợ.\n",
     "Cục Phát triển doanh nghiệp vừa và nhỏ", "Cục Phát triển doanh nghiệp vừa"),
])
def test_a_pair_of_sizes_is_inside_the_name(body, whole, cut):
    actors = graph_actors(LETTER + body)
    assert whole in actors
    assert cut not in actors


def test_the_whole_name_leads_its_task():
    leads = facts_of(LETTER + "Cục Phát triển doanh nghiệp vừa và nhỏ chủ trì, phối hợp với Bộ Tài chính xây dựng "
                              "tiêu chí hỗ trợ.\n")["leads"]
    assert any(actor == "Cục Phát triển doanh nghiệp vừa và nhỏ" for actor, _ in leads)


def test_vua_as_a_clause_word_stays_out():
    actors = graph_actors(LETTER + "Cục Phát triển doanh nghiệp vừa ban hành hướng dẫn; Sở Tài chính và vừa qua "
                                   "các địa phương đã triển khai.\n")
    assert not any("và vừa" in a or a.endswith(" vừa") for a in actors)
