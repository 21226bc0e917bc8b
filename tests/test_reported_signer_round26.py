"""The signer of the document a news article reports, named before the post (round 26, issue 9, invented texts):
"Thay mặt Ban Bí thư, đồng chí Trần Văn An, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số ..." signs as Thường
trực Ban Bí thư, as "Phó Thủ tướng Lê Văn Hải ký ban hành" signs as Phó Thủ tướng (``reportedsigner``); a comma's
piece that is no post, or a piece before it with no name, names no signer."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

ARTICLE = "Ban hành Chỉ thị về công tác dân vận\nThứ ba, 13/05/2025\n{sentence}\nChỉ thị yêu cầu các cấp ủy quán triệt.\n"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _reported(sentence: str, lexicon) -> list[tuple]:
    info = extract_document_info(source_from_string(ARTICLE.format(sentence=sentence), "<s>"), lexicon)
    return [(s.person, s.post, s.organ.label if s.organ else None) for s in info.reports_on.signatures]


@pytest.mark.parametrize("sentence, signer", [
    ("Thay mặt Ban Bí thư, đồng chí Trần Văn An, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 45-CT/TW về dân vận.",
     ("Trần Văn An", "Thường trực Ban Bí thư", None)),
    ("Hôm qua, ông Lê Văn Hải, Bộ trưởng Bộ Y tế đã ký ban hành Thông tư số 12/2025/TT-BYT về khám sức khỏe.",
     ("Lê Văn Hải", "Bộ trưởng", "Bộ Y tế")),
    ("Phó Thủ tướng Lê Văn Hải vừa ký ban hành Công điện số 45/CĐ-TTg về phòng chống lừa đảo.",
     ("Lê Văn Hải", "Phó Thủ tướng", None)),
], ids=["comrade-then-post", "name-then-post-and-organ", "post-then-name"])
def test_the_reported_documents_signer(sentence, signer, lexicon):
    assert _reported(sentence, lexicon) == [signer]


@pytest.mark.parametrize("sentence", [
    "Ngày 12/5, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 45-CT/TW về dân vận.",
    "Theo đồng chí Trần Văn An, Ban Bí thư đã ký ban hành Chỉ thị số 45-CT/TW về dân vận.",
], ids=["no-name-before", "an-organ-after"])
def test_no_signer_without_a_name_and_a_post(sentence, lexicon):
    assert _reported(sentence, lexicon) == []
