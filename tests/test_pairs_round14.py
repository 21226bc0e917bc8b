"""Leads and coordination pairs in forms of the genre that the real corpus shows little (issue 9, round 14, `pairs14`):
the partner named after "chủ trì, cùng (với)", and "đầu mối" that names a hub (a wholesale market, a traffic hub), not
a lead. The probes tests/data/genre/probe14p/p14-* hold such forms in whole documents. Every text here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

TOP = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nSố: 58/KH-UBND\n\nBắc Kạn, ngày 06 tháng 8 năm 2026\n\nKẾ HOẠCH\n\n"
       "Bảo đảm trật tự an toàn giao thông dịp cuối năm 2026\n\nI. NHIỆM VỤ\n\n")
PLACE = " tỉnh Bắc Kạn"


def _plan(body: str) -> dict:
    return facts_of(TOP + body, drop_suffix=PLACE)


def test_the_body_after_chu_tri_cung_is_the_leads_partner():
    facts = _plan("1. Sở Xây dựng chủ trì, cùng với Công an tỉnh khảo sát các điểm đen tai nạn trên quốc lộ.\n\n"
                  "2. Giao Sở Y tế chủ trì, cùng Hội Chữ thập đỏ tỉnh bố trí các điểm sơ cấp cứu dọc tuyến đường.\n")
    # before, "cùng (với)" after "chủ trì," named no partner: each sentence had its lead and no pair
    assert frozenset(("Sở Xây dựng", "Công an")) in facts["pairs"]
    assert frozenset(("Sở Y tế", "Hội Chữ thập đỏ")) in facts["pairs"]
    assert holders(facts["leads"], "khảo sát các điểm đen") == {"Sở Xây dựng"}
    assert holders(facts["leads"], "bố trí các điểm sơ cấp cứu") == {"Sở Y tế"}


def test_cung_voi_do_names_no_partner():
    facts = _plan("1. Sở Tài chính chủ trì tham mưu bố trí kinh phí. Cùng với đó, Sở Nội vụ rà soát biên chế lực "
                  "lượng tuần tra.\n")
    assert facts["pairs"] == set()


def test_a_wholesale_market_or_a_traffic_hub_is_no_lead():
    facts = _plan("1. Sở Công Thương phối hợp Sở Y tế kiểm tra vệ sinh thực phẩm tại các chợ đầu mối nông sản.\n\n"
                  "2. Công an tỉnh phối hợp với Sở Xây dựng phân luồng xe tại các đầu mối giao thông lớn.\n\n"
                  "3. Sở Nội vụ là đầu mối tổng hợp kết quả thực hiện Kế hoạch.\n")
    # before, "đầu mối" in "chợ đầu mối" / "đầu mối giao thông" gave the sentence's first body a lead
    assert not holders(facts["leads"], "kiểm tra vệ sinh thực phẩm")
    assert not holders(facts["leads"], "phân luồng xe")
    assert frozenset(("Sở Công Thương", "Sở Y tế")) in facts["pairs"]
    assert holders(facts["leads"], "tổng hợp kết quả thực hiện") == {"Sở Nội vụ"}


FRONTED = ("2.1. Đối với nhiệm vụ lắp đặt camera giám sát tại các nút giao trọng điểm: giao Công an tỉnh chủ trì, phối "
           "hợp với Sở Xây dựng và các đơn vị có liên quan tổ chức thực hiện.\n\n"
           "2.2. Nhiệm vụ “Sơn lại vạch kẻ đường trên tỉnh lộ 257” giao Sở Xây dựng chủ trì thực hiện.\n\n"
           "2.3. Đối với nội dung cấp bách: giao Sở Tài chính chủ trì cân đối nguồn kinh phí dự phòng.\n")


def test_a_task_named_before_the_body_given_it_is_the_task_it_leads():
    facts = _plan(FRONTED)
    # before, the lead's task was only "Công an tỉnh chủ trì, phối hợp với ... tổ chức thực hiện": the task itself
    # ("lắp đặt camera giám sát") was no part of it
    assert holders(facts["leads"], "lắp đặt camera giám sát") == {"Công an"}
    assert holders(facts["leads"], "Sơn lại vạch kẻ đường") == {"Sở Xây dựng"}
    assert frozenset(("Công an", "Sở Xây dựng")) in facts["pairs"]
    # a body given a task of its own words leads that task, not the words before it
    assert {t.rstrip(".") for a, t in facts["leads"] if a == "Sở Tài chính"} == {
        "Sở Tài chính chủ trì cân đối nguồn kinh phí dự phòng"}
