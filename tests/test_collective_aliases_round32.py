"""Two names the genre writes for one body, read as that body (round 32, invented text; the names live in the
ontology's lexicon, never in the builder): "các sở, ban ngành" ("ban ngành" written as one word, without the comma of
"sở, ban, ngành") is the provincial departments' collective, and "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh" is
the Youth Union's secretariat that the same letters call "Ban Bí thư Trung ương Đoàn"."""

from __future__ import annotations

import pytest

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def _labels(text: str) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


@pytest.mark.parametrize("written", ["các sở, ban ngành liên quan", "các sở ban ngành", "các sở, ban ngành tỉnh"])
def test_departments_with_ban_nganh_as_one_word_are_the_collective(written):
    assert _labels(f"Sở Y tế chủ trì, phối hợp với {written} triển khai thực hiện.") == ["Sở Y tế", "sở, ban, ngành"]


def test_youth_union_secretariat_under_its_long_and_short_name_is_one_body():
    text = ("Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh ban hành kế hoạch. "
            "Văn phòng Trung ương Đoàn tổng hợp, báo cáo Ban Bí thư Trung ương Đoàn.")
    mentions = [m for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]
    secretariat = {m.iri for m in mentions if m.surface.startswith("Ban Bí thư")}
    assert len(secretariat) == 1 and len([m for m in mentions if m.surface.startswith("Ban Bí thư")]) == 2
    assert [m.label for m in mentions if m.surface.startswith("Ban Bí thư")] == ["Ban Bí thư Trung ương Đoàn"] * 2
