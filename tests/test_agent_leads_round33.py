"""A further lead named by the passive "do X chủ trì" in a clause that already has its lead (round 33,
``graph_builder/assertions/agentleads.py``): a second agent joined by "hoặc" ("các đoàn kiểm tra do Sở A chủ trì hoặc
do các sở, ngành chủ trì"), and the work an item's own "Chủ trì ..." names as another body's ("... trên nền tảng số do
Bộ B chủ trì"). The first two tests fail without the change; the last two are guards (a meeting chaired is no lead, and
a single "do X chủ trì" keeps its one lead). Invented texts."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def _leads(text: str) -> dict[str, set[str]]:
    """Slug of each lead -> the first four words of the tasks it leads."""
    result = build_source(source_from_string(text, name="kh.txt"))
    out: dict[str, set[str]] = {}
    for a in result.assertions:
        if a.relation == "coordination" and a.parent is not None:
            task = result.assertions[a.parent].text or ""
            for iri in a.subjects:
                out.setdefault(iri.rsplit("/", 1)[1], set()).add(" ".join(task.split()[:4]))
    return out


HEAD = "KẾ HOẠCH\nVề kiểm tra an toàn lao động năm 2027\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"


def test_a_second_agent_joined_by_or_leads_the_clause_too():
    leads = _leads(HEAD + "1. Kiểm tra qua các đoàn liên ngành do Sở Xây dựng chủ trì hoặc do Sở Công Thương chủ trì "
                          "theo lĩnh vực được giao.\n")
    assert "Kiểm tra qua các" in leads.get("so-xay-dung", set())
    assert "Kiểm tra qua các" in leads.get("so-cong-thuong", set())


def test_the_work_an_item_names_as_another_bodys_gives_that_body_a_lead():
    leads = _leads(HEAD + "1. Sở Giáo dục và Đào tạo\n\na) Chủ trì biên soạn tài liệu an toàn lao động đưa lên cổng "
                          "học tập trực tuyến do Sở Khoa học và Công nghệ chủ trì.\n")
    assert "Chủ trì biên soạn" in leads.get("so-giao-duc-va-dao-tao", set())
    assert "Chủ trì biên soạn" in leads.get("so-khoa-hoc-va-cong-nghe", set())


def test_a_meeting_chaired_after_the_lead_is_no_lead():
    """Guard: the item's lead stays the only one when the later "do X chủ trì" chairs a meeting."""
    leads = _leads(HEAD + "1. Sở Nội vụ chủ trì tổng hợp kết quả, báo cáo tại hội nghị giao ban do Sở Tư pháp "
                          "chủ trì.\n")
    assert "so-noi-vu" in leads and "so-tu-phap" not in leads


def test_a_single_agent_keeps_its_one_lead():
    """Guard: one "do X chủ trì" in the clause is read as before, no second lead."""
    leads = _leads(HEAD + "1. Kiểm tra qua các đoàn liên ngành do Sở Xây dựng chủ trì theo lĩnh vực được giao.\n")
    assert set(leads) == {"so-xay-dung"}
