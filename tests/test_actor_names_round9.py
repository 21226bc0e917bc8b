"""Actors of issue 9, round 9: heads inside a word written in capitals, the term of a council after a place, kinds of
body named in the plural, national bodies and a named law of the lexicon, funds that act only where they act.
Sentences written from docs/GENRE.md and tests/data/real/GUIDELINES.md, not from the corpus."""

from __future__ import annotations

import pytest

from policykg.graph_builder.emit import named_actors
from policykg.graph_builder.identity import document_locality
from policykg.graph_builder.model import DocumentInfo
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def actors(text: str) -> list[tuple[str, str]]:
    """(surface, label) of the actor mentions of ``text``."""
    return [(m.surface, m.label) for m in find_mentions(source_from_string(text), [], load_lexicon())
            if m.category == "actor"]


def test_a_head_noun_that_ends_a_word_in_capitals_opens_no_name():
    # "NHIỆM VỤ" and "CƠ / SỞ" are words, not the heads "Vụ" and "Sở"; a real "Vụ ..." and "Sở ..." still are
    text = ("Phụ lục ## NHIỆM VỤ CHỦ YẾU NĂM 2027 _(kèm theo Kế hoạch)_ và cải tạo hạ tầng dịch vụ công, CƠ\n"
            "SỞ DỮ LIỆU ĐẤT ĐAI\nGiao Vụ Pháp chế và Sở Giáo dục và Đào tạo phối hợp thực hiện.")
    assert [label for _, label in actors(text)] == ["Vụ Pháp chế", "Sở Giáo dục và Đào tạo"]


@pytest.mark.parametrize("issuer, header, place", [
    # the term of a council is no part of its place
    ("Hội đồng nhân dân tỉnh Cao Bằng khóa XVI", "NGHỊ QUYẾT\nHỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG KHÓA\nXVI, KỲ HỌP THỨ BA\n",
     ("tỉnh", "Cao Bằng")),
    # a place written with a hyphen is one place
    ("Ủy ban nhân dân thành phố Phan Rang-Tháp Chàm", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN RANG-THÁP CHÀM\nSố: 5/KH\n",
     ("thành phố", "Phan Rang-Tháp Chàm")),
])
def test_the_place_of_the_document_from_its_issuer_or_its_header(issuer, header, place):
    lex = load_lexicon()
    assert document_locality(DocumentInfo(kind="Plan", issuer_label=issuer), lex) == place
    assert document_locality(DocumentInfo(kind="Plan"), lex, source_from_string(header + "Quyết nghị:\n")) == place


def test_kinds_of_body_named_in_the_plural_with_their_domain_are_actors():
    found = actors("Yêu cầu các ngân hàng thương mại, các công ty chứng khoán và các tổ chức xã hội - nghề nghiệp "
                   "phối hợp với Sở Tài chính.")
    assert [label for _, label in found] == ["ngân hàng thương mại", "công ty chứng khoán", "tổ chức xã hội",
                                             "Sở Tài chính"]


def test_organise_after_cac_is_a_verb_not_a_kind_of_body():
    assert actors("Sở Nội vụ hướng dẫn các tổ chức thực hiện đúng quy định.") == [("Sở Nội vụ", "Sở Nội vụ")]


def test_national_bodies_of_the_lexicon_by_their_short_forms():
    found = actors("Đề nghị BHXH Việt Nam hướng dẫn; Ủy ban quản lý vốn nhà nước tại doanh nghiệp chỉ đạo.")
    assert [label for _, label in found] == ["Bảo hiểm xã hội Việt Nam", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"]


def test_a_group_of_deputies_is_a_body():
    found = actors("Các Tổ đại biểu Hội đồng nhân dân tỉnh tổ chức tiếp xúc cử tri trước kỳ họp.")
    assert [label for _, label in found] == ["Tổ đại biểu Hội đồng nhân dân tỉnh"]


def test_a_body_inside_the_name_of_a_law_is_no_actor():
    mentions = find_mentions(source_from_string("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân "
                                                "năm 2015;\nThường trực Hội đồng nhân dân tỉnh chủ trì."), [],
                             load_lexicon())
    assert [(m.category, m.label) for m in mentions] == [
        ("document", "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân"),
        ("actor", "Thường trực Hội đồng nhân dân cấp tỉnh")]


def test_a_fund_is_an_actor_only_where_it_acts():
    lex = load_lexicon()
    result = build_source(source_from_string(
        "KẾ HOẠCH\n1. Sở Tài chính chi trả kinh phí từ Quỹ Hỗ trợ nông dân tỉnh.\n"
        "2. Quỹ Bảo vệ môi trường tỉnh có trách nhiệm báo cáo kết quả cho vay.\n"), lex)
    labels = {m.iri: m.label for m in result.mentions if m.category == "actor"}
    named = {labels[iri] for iri in named_actors(result, lex) if iri in labels}
    assert "Sở Tài chính" in named and "Quỹ Bảo vệ môi trường tỉnh" in named
    assert not any(label.startswith("Quỹ Hỗ trợ") for label in named)


def test_a_body_named_for_every_province_then_by_its_name_alone_is_one_actor():
    # a ministry's letter: no locality of its own
    lex = load_lexicon()
    result = build_source(source_from_string(
        "BỘ Y TẾ\nSố: 12/BYT-KH\nV/v báo cáo\nKính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n"
        "Bộ Y tế đề nghị Sở Y tế tổng hợp số liệu. Sở Y tế gửi báo cáo trước ngày 30/6/2027.\n"), lex)
    labels = {m.label for m in result.mentions if m.category == "actor" and m.surface.startswith("Sở Y tế")}
    assert labels == {"Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"}


def test_the_place_of_a_name_ends_before_the_councils_term():
    assert actors("Ngày 5/6, Hội đồng nhân dân tỉnh Lai Châu Khoá XV quyết định.") == [
        ("Hội đồng nhân dân tỉnh Lai Châu", "Hội đồng nhân dân tỉnh Lai Châu")]


def test_a_list_of_ministries_goes_on_after_a_bracketed_aside():
    found = actors("Xét đề nghị của Bộ Y tế, ý kiến của các Bộ: Tư pháp (Công văn số 12/BTP-PL ngày 3/5/2027), "
                   "Tài chính (Công văn số 40/BTC-HCSN), Nội vụ về việc bổ sung kinh phí.")
    assert [label for _, label in found] == ["Bộ Y tế", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Nội vụ"]


def test_a_department_written_with_its_head_in_lower_case():
    found = actors("Công an tỉnh chủ trì, phối hợp với sở Tài chính, Nội vụ và kiểm tra cơ sở Y tế tư nhân.")
    assert [label for _, label in found] == ["Công an tỉnh", "Sở Tài chính", "Sở Nội vụ", "cơ sở y tế"]


def test_national_media_and_committees_by_name_and_abbreviation():
    found = actors("Đề nghị VTV, Thông tấn xã Việt Nam, VCCI và Ủy ban An toàn giao thông Quốc gia phối hợp tuyên "
                   "truyền; báo cáo Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm.")
    assert [label for _, label in found] == [
        "Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam", "Phòng Thương mại và Công nghiệp Việt Nam",
        "Ủy ban An toàn giao thông Quốc gia", "Ủy ban quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm"]


def test_the_state_groups_and_corporations_are_one_collective():
    found = actors("Đề nghị các tập đoàn kinh tế, tổng công ty nhà nước rà soát; các tập đoàn kinh tế tư nhân tham gia.")
    assert [label for _, label in found] == ["tập đoàn kinh tế, tổng công ty nhà nước", "tập đoàn kinh tế tư nhân"]


@pytest.mark.parametrize("text, expected", [
    # a conference or a workshop is an event, though its first word is the head noun "Hội" of associations
    ("HỘI NGHỊ LẦN THỨ BẢY\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX\nGiao Hội Nông dân tỉnh tổng hợp ý kiến.",
     ["Hội Nông dân tỉnh"]),
    ("Hội thảo khoa học về chuyển đổi số do Sở Tư pháp chủ trì, Hội Luật gia tỉnh phối hợp tổ chức.",
     ["Sở Tư pháp", "Hội Luật gia tỉnh"]),
])
def test_a_conference_or_workshop_is_no_body(text, expected):
    labels = [label for _, label in actors(text)]
    assert [label for label in labels if label in expected] == expected
    assert not [label for label in labels if label.lower().startswith(("hội nghị", "hội thảo"))]
