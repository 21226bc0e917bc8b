"""Lists of kinds of body, issue 9 round 22: "các" and several kinds of body named together ("các bệnh viện, trung tâm
y tế tuyến huyện") stay as the rules read them (read as one collective they added false actors on the check sets,
round 22's merge); where every kind has a qualifier of its own ("các cơ sở lưu trú, doanh nghiệp kinh doanh lữ
hành"), one actor per kind. A manner adverb ends the qualifier ("nghiêm
túc", "khẩn trương"); a named body, a body of a place, a word that only looks like a head ("vụ việc") or a negation
ends the list; a list the rules read nothing of stays unread (named in passing as often as addressed). Sentences
invented from docs/GENRE.md ("Lists of kinds of body (round 22)")."""

from __future__ import annotations

import pytest

from documentfacts import graph_actors

PLAN = "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 27/KH-UBND\n\nKẾ HOẠCH\nPhòng, chống dịch sốt xuất huyết\n\n"

@pytest.mark.parametrize(("body", "kinds"), [
    ("1. Các cơ sở lưu trú, doanh nghiệp kinh doanh lữ hành có trách nhiệm khai báo tạm trú cho khách.\n",
     ("cơ sở lưu trú", "doanh nghiệp kinh doanh lữ hành")),
    ("2. Đề nghị các tổ chức tín dụng, công ty bảo hiểm nhân thọ xem xét giãn nợ cho khách hàng.\n",
     ("tổ chức tín dụng", "công ty bảo hiểm nhân thọ")),
])
def test_kinds_each_qualified_are_one_actor_each(body, kinds):
    actors = graph_actors(PLAN + body)
    assert set(kinds) <= actors
    assert ", ".join(kinds) not in actors


@pytest.mark.parametrize(("body", "absent"), [
    # a named body or a body of a place ends the list: the parties stay apart
    ("1. Giao các sở, ngành, Ủy ban nhân dân cấp huyện kiểm tra các cơ sở kinh doanh.\n",
     "sở, ngành, Ủy ban nhân dân cấp huyện"),
    ("2. Sở Tư pháp phối hợp với các trường đại học, Bộ Tư pháp tổ chức tập huấn.\n", "trường đại học, Bộ Tư pháp"),
    # a word that only opens like a head ("vụ việc"), a negation after the kind
    ("3. Công an tỉnh xử lý dứt điểm các vụ việc phức tạp, kéo dài.\n", "vụ việc phức tạp, kéo dài"),
    ("4. Yêu cầu các đơn vị không khai thác cát, sỏi lòng sông, suối.\n",
     "đơn vị không khai thác cát, sỏi lòng sông, suối"),
])
def test_what_ends_a_list(body, absent):
    actors = graph_actors(PLAN + body)
    assert absent not in actors
    assert not any(a.startswith(("vụ", "đơn vị không")) for a in actors)


@pytest.mark.parametrize(("body", "kinds"), [
    ("1. Sở Y tế phối hợp với các bệnh viện, cơ sở giáo dục nghề nghiệp tổ chức đào tạo điều dưỡng.\n",
     ("bệnh viện", "cơ sở giáo dục nghề nghiệp")),
    ("2. Giao các Tòa án nhân dân, Viện kiểm sát nhân dân phối hợp xét xử lưu động.\n",
     ("Tòa án nhân dân", "Viện kiểm sát nhân dân")),
])
def test_kinds_the_vocabulary_reads_each_stay_apart(body, kinds):
    actors = graph_actors(PLAN + body)
    assert set(kinds) <= actors
    assert not any(a.startswith(kinds[0] + ",") for a in actors)


def test_a_list_the_rules_read_nothing_of_stays_unread():
    actors = graph_actors(PLAN + "1. Các hiệp hội và hội ngành nghề phổ biến quy định đến hội viên.\n"
                                  "2. Phối hợp với các nhà xuất bản, hãng phim tài liệu quảng bá sản phẩm.\n")
    assert not any(a.startswith(("hiệp hội", "nhà xuất bản")) for a in actors)


@pytest.mark.parametrize("body", [
    "1. Các chi bộ, đảng bộ cơ sở xây dựng chương trình kiểm tra, giám sát năm 2027.\n",
    "2. Đề nghị các đảng bộ, chi bộ trực thuộc quán triệt nghị quyết đến đảng viên.\n",
])
def test_the_partys_tiers_stay_apart(body):
    actors = graph_actors(PLAN + body)
    assert not any(a.startswith(("chi bộ,", "đảng bộ,")) for a in actors)
