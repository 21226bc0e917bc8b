"""Names of issue 9, round 20: the "và" inside an organisation's name written "&" ("Bộ Nông nghiệp & Phát triển
nông thôn", "Sở Khoa học & Công nghệ"), as the genre writes the fields of a name in their initials ("NN&PTNT"): the
same body as the name written with "và", in the vocabulary or named by its head noun. Sentences invented from
docs/GENRE.md, worded unlike the documents that showed the errors."""

from __future__ import annotations

import pytest

from documentfacts import facts_of, graph_actors

# the name as the vocabulary writes it -> an invented sentence writing its "và" as "&"
KNOWN = {
    "Bộ Nông nghiệp và Phát triển nông thôn": "4. Bộ Nông nghiệp & Phát triển nông thôn chủ trì tổ chức hội nghị.",
    "Bộ Văn hóa, Thể thao và Du lịch": "Đề nghị Bộ Văn hóa, Thể thao & Du lịch hướng dẫn tổ chức lễ hội.",
}


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_a_known_name_written_with_an_ampersand_is_the_known_body(name):
    actors = graph_actors(KNOWN[name])
    assert name in actors and not any("&" in a for a in actors)


def test_a_department_named_with_an_ampersand_is_one_body_with_its_name_in_full():
    text = ("1. Sở Y tế chủ trì, phối hợp với Sở Tài nguyên & Môi trường tổ chức kiểm tra nguồn nước.\n"
            "2. Sở Tài nguyên và Môi trường báo cáo kết quả kiểm tra trước ngày 30/6.")
    assert graph_actors(text) == {"Sở Y tế", "Sở Tài nguyên và Môi trường"}
    assert frozenset(("Sở Y tế", "Sở Tài nguyên và Môi trường")) in facts_of(text)["pairs"]


def test_a_comma_before_an_ampersand_stays_inside_the_name():
    text = "3. Sở Văn hóa, Thể thao & Du lịch chủ trì, phối hợp với Công an tỉnh bảo đảm an ninh lễ hội."
    assert "Sở Văn hóa, Thể thao và Du lịch" in graph_actors(text)
