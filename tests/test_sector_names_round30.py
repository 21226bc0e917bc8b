"""A body named by its kind, "ngành" and the sector in capitals (round 30, invented texts): "Công đoàn ngành Giáo
dục", "Công đoàn ngành Xây dựng và tương đương" are the sector's bodies, not the generic "ngành"
(``graph_builder.nameparts``, the name scan's opening after a head)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


@pytest.mark.parametrize("text, name", [
    ("Đề nghị Công đoàn ngành Giáo dục phối hợp tổ chức hội nghị.", "Công đoàn ngành Giáo dục"),
    ("Các Công đoàn ngành Xây dựng và tương đương thực hiện.", "Công đoàn ngành Xây dựng và tương đương"),
])
def test_a_sector_named_after_a_head(text, name):
    labels = [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]
    assert labels == [name]
