"""Round 31 (`frame31`): a part's heading with the period it covers, written without a number ("Mục tiêu cụ thể đến
năm 2030", as a converted page's "## Mục tiêu cụ thể đến 2025" leaves it), opens a part (graph_builder/segment.py,
``_PERIOD_LEAD``); it is no objective of the document, and the items under it still are. Every text here is invented."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.segment import segment
from tests.test_objective_scope import objective_links

HEAD = """ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 12/KH-UBND
Long An, ngày 5 tháng 8 năm 2026

KẾ HOẠCH
Nâng cao chất lượng dịch vụ công trực tuyến

"""

BODY = """MỤC TIÊU

Mục tiêu chung

Nâng cao chất lượng dịch vụ công trực tuyến, tạo thuận lợi cho người dân và doanh nghiệp.

Mục tiêu cụ thể đến năm 2027

- Hoàn thành số hóa 100% hồ sơ thủ tục hành chính còn hiệu lực.
- Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt trên 80%.

NHIỆM VỤ, GIẢI PHÁP

Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung.
"""


def _starting(found: set[str], words: str) -> list[str]:
    return [o for o in found if o.lower().startswith(words.lower())]


def test_a_heading_with_its_period_is_no_objective_and_its_items_are():
    found = objective_links(HEAD + BODY, "plan.txt")[0]
    assert not _starting(found, "Mục tiêu cụ thể"), found
    assert _starting(found, "Hoàn thành số hóa 100% hồ sơ"), found
    assert _starting(found, "Tỷ lệ hồ sơ được giải quyết"), found


def test_the_heading_opens_a_part_of_objectives():
    source = source_from_string(HEAD + BODY)
    sections, _ = segment(source)
    titled = {s.title: s.role for s in sections if s.title}
    assert titled.get("Mục tiêu cụ thể đến năm 2027") == "objectives", titled
    for words in ("Nhiệm vụ giai đoạn 2026 - 2030:", "Mục tiêu đến hết năm 2030"):
        sections, _ = segment(source_from_string(HEAD + words + "\n\nSở Y tế chủ trì rà soát các cơ sở khám bệnh.\n"))
        assert any(s.title and s.title.startswith(words.rstrip(":")) for s in sections), [s.title for s in sections]

