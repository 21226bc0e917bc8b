"""Places a sentence picks out of the bodies of a level it names (round 34, invented texts): "Ủy ban nhân dân các tỉnh
..., trọng tâm là các tỉnh: A, B và C", "Đối với các huyện trọng điểm: A, B, C, Chủ tịch UBND huyện cần ..." name the
body of each place, one actor each (``graph_builder.pickedplaces``). The first two tests fail without the change (no
actor of those places); the last three are guards: a bare level with places and no body of that level in the
sentence names places only, as do places after "tại" (where, not who; this one fails without the guard of
``pickedplaces``), and a list that follows the body's name is read as before (``placelists``)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

LEX = load_lexicon()


def _labels(text: str) -> list[str]:
    return [m.label for m in find_mentions(source_from_string(text), [], LEX) if m.category == "actor"]


def test_the_provinces_a_request_to_the_committees_picks_out():
    labels = _labels("Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh miền núi phía Bắc, trong đó trọng "
                     "tâm là các tỉnh: Hà Giang, Cao Bằng và Lào Cai khẩn trương khắc phục hậu quả mưa lũ.")
    assert {"Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Cao Bằng",
            "Ủy ban nhân dân tỉnh Lào Cai"} <= set(labels)
    assert "Ủy ban nhân dân cấp tỉnh" in labels   # the level's body stays an actor of its own


def test_the_districts_named_before_the_committee_addressed():
    labels = _labels("Đối với các huyện biên giới: Mường Khương, Bát Xát, Si Ma Cai, Chủ tịch UBND huyện cần chỉ đạo "
                     "rà soát toàn bộ các điểm sạt lở.")
    assert {"Ủy ban nhân dân huyện Mường Khương", "Ủy ban nhân dân huyện Bát Xát",
            "Ủy ban nhân dân huyện Si Ma Cai"} <= set(labels)
    assert not any(label.endswith("huyện Chủ") for label in labels)   # the clause's first word is no place


@pytest.mark.parametrize("text", [
    "Mưa lớn kéo dài ở các tỉnh: Hà Giang, Cao Bằng và Lào Cai; Bộ Quốc phòng chỉ đạo ứng cứu.",
    # where, not who: places after "tại" (fails without the guard)
    "Bộ Quốc phòng phối hợp với Ủy ban nhân dân các tỉnh miền núi ứng phó mưa lớn tại các tỉnh: Hà Giang, Cao Bằng "
    "và Lào Cai.",
])
def test_places_stay_places_without_a_body_addressed_there(text):
    assert not any(label.startswith("Ủy ban nhân dân tỉnh") for label in _labels(text))


def test_a_list_after_the_body_is_read_as_before():
    labels = _labels("Công an các tỉnh: Hà Giang, Cao Bằng và Lào Cai tăng cường tuần tra biên giới.")
    assert labels == ["Công an tỉnh Hà Giang", "Công an tỉnh Cao Bằng", "Công an tỉnh Lào Cai"]
