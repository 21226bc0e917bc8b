"""Statements of a news item that are no duty (round 26, issue 9, invented texts in the genre's forms): the agreement a
reported notice records ("Theo thông báo, UBND tỉnh cơ bản thống nhất về phương án ...": an appraisal, as "thống
nhất với" is), and the subject of a decree whose issuing is reported ("... vừa ký ban hành Nghị định ... của Chính
phủ quy định về phối hợp trong ...": "phối hợp" there is the title's topic, no one's cooperation); the parties a
title names "về phối hợp giữa A và B" still coordinate."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

NEWS_HEAD = "Quy định mới về cứu nạn trên biển\n\nThứ Ba, 14/04/2026 - 10:20\n\n(VGP) - "
PLAN_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\n\nSố: 52/KH-UBND\nBình Thuận, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
             "Về phòng, chống ma túy\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")
# the notice the article reports on
REPORTED = "Ngày 12/3, Văn phòng UBND tỉnh Bình Thuận ban hành thông báo kết luận của Chủ tịch UBND tỉnh. "
_DUTIES = ("task", "requirement", "responsible", "requires")


def _records(text: str):
    result = build_source(source_from_string(text, name="tin.txt"))
    return result.document.kind, result.assertions


def test_an_agreement_a_reported_notice_records_is_no_duty():
    kind, records = _records(NEWS_HEAD + REPORTED + "Theo thông báo, UBND tỉnh Bình Thuận cơ bản thống nhất về phương "
                             "án tuyến như báo cáo tại cuộc họp.\n\nMinh An\n")
    assert kind == "NewsArticle"
    assert not [a for a in records if a.relation in _DUTIES]


def test_the_task_the_notice_assigns_after_it_is_a_duty():
    _, records = _records(NEWS_HEAD + REPORTED + "Theo thông báo, UBND tỉnh Bình Thuận cơ bản thống nhất về phương án "
                          "tuyến. Ủy ban nhân dân tỉnh Bình Thuận giao Sở Xây dựng tỉnh Bình Thuận khẩn trương thẩm "
                          "định phương án tuyến.\n\nMinh An\n")
    assert any(a.relation in _DUTIES and any(x.endswith("so-xay-dung-tinh-binh-thuan") for x in a.subjects + a.objects)
               for a in records)


def test_the_topic_of_a_decree_whose_issuing_is_reported_is_no_duty():
    kind, records = _records(NEWS_HEAD + "Phó Thủ tướng Nguyễn Văn An vừa ký ban hành Nghị định số 245/2026/NĐ-CP ngày "
                             "26/10/2026 của Chính phủ quy định về phối hợp trong hoạt động tìm kiếm, cứu nạn trên "
                             "biển.\n\nMinh An\n")
    assert kind == "NewsArticle"
    assert not [a for a in records if a.relation in _DUTIES + ("coordination",)]


def test_the_parties_a_title_names_between_still_coordinate():
    _, records = _records(PLAN_HEAD + "1. Sở Giáo dục và Đào tạo tỉnh Bình Thuận tiếp tục thực hiện Chương trình số "
                          "03/CTrPH-BCA-BGDĐT về phối hợp giữa Bộ Công an với Bộ Giáo dục và Đào tạo về tuyên truyền "
                          "phòng, chống ma túy.\n")
    pairs = {(s.rsplit("/", 1)[-1], o.rsplit("/", 1)[-1]) for a in records if a.relation == "coordination"
             for s in a.subjects for o in a.objects}
    assert ("bo-cong-an", "bo-giao-duc-va-dao-tao") in pairs
