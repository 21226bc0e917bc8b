"""Bodies the lexicon names (round 29, `actors29`; ontology/actors.ttl): the news agencies and the press, asked
to report ("Đề nghị các cơ quan thông tấn, báo chí tăng cường tuyên truyền"), a collective that is an actor where it
acts; the council that governs Vietnam Social Security ("Hội đồng quản lý bảo hiểm xã hội"), whose domain is
written in lower case; the national weather service under its former name ("Trung tâm Dự báo Khí tượng thủy văn
Trung ương"). Before, the first was read as "cơ quan, đơn vị" and the others not at all. Every text is invented.
"""

from __future__ import annotations

from documentfacts import facts_of, graph_actors, holders

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

TOP = "\n\n".join([
    "THỦ TƯỚNG CHÍNH PHỦ",
    "Số: 19/CT-TTg",
    "Hà Nội, ngày 05 tháng 10 năm 2026",
    "CHỈ THỊ",
    "Về phòng, chống dịch sốt xuất huyết",
    "",
])
PRESS = """\
1. Đề nghị các cơ quan thông tấn, báo chí tăng cường tuyên truyền các biện pháp phòng bệnh cho nhân dân.
"""


def _labels(sentence: str) -> set[str]:
    return {m.label for m in find_mentions(source_from_string(sentence), [], load_lexicon()) if m.category == "actor"}


def test_the_press_asked_to_report_holds_its_duty():
    facts = facts_of(TOP + PRESS)
    assert "cơ quan thông tấn, báo chí" in holders(facts["duties"], "tăng cường tuyên truyền")
    assert "cơ quan, đơn vị" not in graph_actors(TOP + PRESS)


def test_the_council_of_social_security_is_named_with_its_lower_case_domain():
    assert "Hội đồng quản lý Bảo hiểm xã hội Việt Nam" in _labels(
        "Bảo hiểm xã hội Việt Nam trình Hội đồng quản lý bảo hiểm xã hội xem xét, quyết định.")


def test_the_weather_service_is_named_by_its_former_name():
    assert "Trung tâm Dự báo khí tượng thủy văn quốc gia" in _labels(
        "Theo tin từ Trung tâm Dự báo Khí tượng thủy văn Trung ương, bão số 9 đã mạnh lên.")
