"""Duties in published documents of the real corpus's tune half (../shared/corpus/real, never copied here): actors,
offices, identity, coordination, leads, tables and deadlines, read from each document's graph as a user gets it."""

from __future__ import annotations

from functools import lru_cache

import pytest

from realcorpus import eval_real, tune_document  # noqa: F401  (tests/ is on sys.path via conftest.py)

ACTOR = "https://w3id.org/policykg/actor/"


@lru_cache(maxsize=None)
def graph(name: str) -> eval_real.Predicted:
    quads, surfaces = eval_real.build_document(tune_document(name))
    return eval_real.predictions_from_quads(quads, surfaces)


def slug(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def pairs(name: str) -> set[tuple[str, str]]:
    return {tuple(sorted((slug(a), slug(b)))) for a, b in graph(name).pairs}


def labels(name: str) -> set[str]:
    return {label for found in graph(name).labels.values() for label in found}


def test_an_official_letter_gives_the_department_its_lead_and_its_deadline():
    name = "cv-7432-2026-lao-cai-pccc.txt"
    # "2. Giao Sở Xây dựng / Chủ trì, phối hợp với Công an tỉnh ...": the heading holds the duties below it
    assert ("cong-an-tinh-lao-cai", "so-xay-dung-tinh-lao-cai") in pairs(name)
    assert {slug(a) for a, _ in graph(name).leads} == {"so-xay-dung-tinh-lao-cai"}
    dated = {(text[:30], deadline) for text, deadline, _ in graph(name).deadlines}
    assert ("chỉ đạo, kiểm tra, hướng dẫn v", "chậm nhất đến ngày 01 tháng 7 năm 2028") in dated
    # "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu": the office acts for the People's Committee, which is the issuer
    assert not any(label.startswith(("Chủ tịch", "Bộ trưởng", "Thủ trưởng")) for label in labels(name))
    assert graph(name).issuers == {ACTOR + "uy-ban-nhan-dan-tinh-lao-cai"}


def test_the_annex_table_of_a_draft_plan_gives_each_row_its_lead_and_time():
    name = "kh-duthao-2026-lao-cai-trien-khai-chi-thi-11-khoang-san.txt"
    def row(start: str) -> tuple[str, list[str]]:
        [found] = [(deadline, sorted(slug(x) for x in leads)) for text, deadline, leads in graph(name).deadlines
                   if text.startswith(start)]
        return found

    assert row("Xử lý nghiêm và xử lý dứt điểm") == ("Xong trong Quý II/2026", ["cong-an-tinh-lao-cai"])
    assert row("Thực hiện rà soát việc lập, thẩm định") == (
        "Thường xuyên", ["so-cong-thuong-tinh-lao-cai", "so-xay-dung-tinh-lao-cai"])
    assert row("Rà soát, điều chỉnh, cập nhật")[0] == "Xong trong tháng 5/2026"
    # co-leads of one row are a pair; the partners' collective is each lead's partner
    assert ("so-cong-thuong-tinh-lao-cai", "so-xay-dung-tinh-lao-cai") in pairs(name)


def test_a_regulation_attached_after_the_signature_is_read_and_its_police_is_one_actor():
    name = "qd-63-2025-phu-tho-quy-che-phoi-hop-nguoi-nuoc-ngoai.txt"
    police = {iri for iri, found in graph(name).actors.items() if any("Công an tỉnh" in x for x in found)}
    assert police == {ACTOR + "cong-an-tinh-phu-tho"}    # "Công an tỉnh Phú Thọ" and "Công an tỉnh": one node
    led = [text for actor, text in graph(name).leads if slug(actor) == "cong-an-tinh-phu-tho"]
    assert any(text.startswith("Chủ trì, phối hợp với Sở Ngoại vụ, Sở Tư pháp") for text in led)
    assert ("cong-an-tinh-phu-tho", "so-tu-phap-tinh-phu-tho") in pairs(name)
    # "Công an tỉnh Phú Thọ chủ trì ...; Sở Nội vụ chủ trì ...; Sở Ngoại vụ chủ trì ...": a lead per clause
    assert {"so-noi-vu-tinh-phu-tho", "so-ngoai-vu-tinh-phu-tho"} <= {slug(a) for a, _ in graph(name).leads}
    # "Báo và Phát thanh, Truyền hình Phú Thọ" is one name; "phối hợp với" gives no lead
    assert ("bao-va-phat-thanh-truyen-hinh-phu-tho", "cong-an-tinh-phu-tho") in pairs(name)


def test_a_party_group_plan_names_its_party_cells_and_pairs_parties_that_coordinate_each_with_each():
    name = "kh-3260-2025-dang-doan-quoc-hoi-nq57.txt"
    assert "Tổ đảng ở Thường trực Ủy ban Pháp luật" in labels(name)
    led = {(slug(a), text[:20]) for a, text in graph(name).leads}
    assert ("to-dang-o-thuong-truc-uy-ban-phap-luat", "Chủ trì thẩm tra, đề") in led
    # "Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, ... có trách nhiệm phối hợp"
    assert {("hoi-dong-dan-toc", "uy-ban-thuong-vu-quoc-hoi"), ("hoi-dong-dan-toc", "uy-ban-cua-quoc-hoi"),
            ("uy-ban-cua-quoc-hoi", "van-phong-quoc-hoi")} <= pairs(name)


def test_a_decree_gives_each_ministry_the_items_under_its_lead_in_and_its_focal_point_leads():
    name = "nd-25-2026-cp-an-toan-an-ninh-hoa-chat.txt"
    duties = graph(name).duties
    # "3. Bộ Y tế trong phạm vi nhiệm vụ, quyền hạn của mình thực hiện các nội dung sau: a) ... b) ..."
    for holder, start in (("bo-y-te", "Tổ chức tuyên truyền, phổ biến"), ("bo-cong-an", "Kiểm tra chuyên ngành hoạt động"),
                          ("chinh-phu", "Chính phủ thống nhất quản lý nhà nước")):
        assert any(slug(a) == holder and text.startswith(start) for a, text in duties), (holder, start)
    assert any(slug(a) == "bo-cong-thuong" and text.startswith("Bộ Công Thương là cơ quan đầu mối")
               for a, text in graph(name).leads)


def test_a_front_plan_gives_its_standing_vice_chairs_items_to_the_front_committee():
    name = "kh-16-2025-luong-minh-mttq-bau-cu.txt"
    # "Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, ..." in a plan of the committee's Ban Thường trực
    leads = {slug(a) for a, _ in graph(name).leads}
    assert "uy-ban-mat-tran-to-quoc-viet-nam-xa-luong-minh" in leads
    assert sum(slug(a) == "uy-ban-mat-tran-to-quoc-viet-nam-xa-luong-minh" for a, _ in graph(name).leads) >= 15


def test_a_news_article_names_customs_units_with_lower_case_domains():
    name = "bao-2020-hddtvn-hai-quan-phong-chong-ma-tuy.txt"
    assert {"Cục Điều tra chống buôn lậu", "Đội Kiểm soát chống buôn lậu ma túy khu vực miền Bắc"} <= labels(name)
    assert ("cuc-dieu-tra-chong-buon-lau", "cuc-hai-quan-ha-noi") in pairs(name)


@pytest.mark.parametrize("name", ["cv-5973-2026-lao-cai-thanh-kiem-tra-khoang-san.txt",
                                  "nd-25-2026-cp-an-toan-an-ninh-hoa-chat.txt", "tt-13-2026-bqp-hoa-chat.txt"])
def test_no_office_and_no_people_group_without_a_duty_is_an_actor(name):
    kinds = graph(name).types
    assert "Office" not in {kinds[a] for a in kinds if slug(a) not in ("thu-tuong-chinh-phu", "chu-tich-nuoc")}
    duty_holders = {a for a, _ in graph(name).duties} | {x for pair in graph(name).pairs for x in pair}
    assert all(a in duty_holders for a in kinds if kinds[a] == "PeopleGroup")
