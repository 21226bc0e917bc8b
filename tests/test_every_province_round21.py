"""One body as two, issue 9 round 21: a body of the vocabulary ("Kho bạc Nhà nước", "Cục Thuế") that a document of no
locality has named for every province ("... các tỉnh, thành phố trực thuộc Trung ương", or in the singular "...
tỉnh, thành phố trực thuộc Trung ương") and then by its name alone names those bodies again: one actor, not the
central body beside the provincial ones. Named alone first, the central body stays itself. Sentences invented from
docs/GENRE.md ("Names of actors"), worded unlike the documents that showed the split."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors

HEADER = "BỘ TÀI CHÍNH\nSố: 12/2026/TT-BTC\n\nTHÔNG TƯ\nHướng dẫn quản lý kinh phí hỗ trợ\n\nĐiều 3. Trách nhiệm\n"

TIERS = [
    # the plural every-province phrase, the name alone as a partner
    ("1. Kho bạc Nhà nước các tỉnh, thành phố trực thuộc Trung ương có trách nhiệm kiểm soát chi theo quy định.\n"
     "2. Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước thẩm định quyết toán.\n",
     "Kho bạc Nhà nước các tỉnh, thành phố trực thuộc Trung ương", "Kho bạc Nhà nước"),
    # the singular every-province phrase, the name alone as a duty holder
    ("1. Cục Thuế tỉnh, thành phố trực thuộc Trung ương hướng dẫn người nộp thuế kê khai.\n"
     "2. Cục Thuế định kỳ báo cáo Bộ Tài chính kết quả thực hiện.\n",
     "Cục Thuế tỉnh, thành phố trực thuộc Trung ương", "Cục Thuế"),
]


@pytest.mark.parametrize(("body", "tier", "alone"), TIERS)
def test_the_name_alone_after_the_every_province_name_is_that_body(body, tier, alone):
    actors = graph_actors(HEADER + body)
    assert tier in actors
    assert alone not in actors


def test_the_provincial_body_is_the_partner():
    body = TIERS[0][0]
    assert frozenset(("Sở Tài chính", TIERS[0][1])) in facts_of(HEADER + body)["pairs"]


def test_the_central_body_named_first_stays_itself():
    body = ("1. Kho bạc Nhà nước hướng dẫn nghiệp vụ kiểm soát chi.\n"
            "2. Kho bạc Nhà nước các tỉnh, thành phố trực thuộc Trung ương thực hiện kiểm soát chi.\n")
    actors = graph_actors(HEADER + body)
    assert "Kho bạc Nhà nước" in actors
    assert "Kho bạc Nhà nước các tỉnh, thành phố trực thuộc Trung ương" in actors
