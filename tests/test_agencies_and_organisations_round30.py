""""Các cơ quan, tổ chức (có) liên quan" (round 30, `pairs30`): the vocabulary's collective of the agencies and units
concerned (``actor:co-quan-don-vi``), named as a whole, so that "Các cơ quan, tổ chức liên quan có trách nhiệm phối
hợp chặt chẽ với Thường trực Hội đồng nhân dân tỉnh ..." pairs that collective, as written, with the standing board.
Every text here is invented.
"""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.mark.parametrize("name", ["các cơ quan, tổ chức liên quan", "cơ quan, tổ chức có liên quan"])
def test_the_ontology_names_the_collective(name):
    entry = load_lexicon().lookup(name)
    assert entry is not None and entry.iri.endswith("/co-quan-don-vi")


def test_the_collective_is_read_as_written():
    text = ("Các cơ quan, tổ chức liên quan có trách nhiệm phối hợp chặt chẽ với Thường trực Hội đồng nhân dân tỉnh "
            "trong hoạt động giám sát.")
    mentions = [m for m in build_source(source_from_string(text)).mentions if m.category == "actor"]
    assert any(m.surface.startswith("cơ quan, tổ chức") and m.iri.endswith("/co-quan-don-vi") for m in mentions)
