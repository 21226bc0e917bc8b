"""Document metadata: số hiệu, kind, issuer, title, dates; articles kept apart from what they report (issue 3, item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph_builder.metadata import extract_document_info, find_document_numbers
from policykg.graph_builder.read import read_source, source_from_string
from policykg.ontology import load_lexicon
from policykg.core.iris import ACTOR, mint_actor_iri

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "ct09-nhandan-2023-12-09.txt"
DATA = Path(__file__).resolve().parent / "data" / "reading"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def info_of(path, lexicon):
    source = read_source(path)
    return source, extract_document_info(source, lexicon)


def quote(source, span):
    return source.text[span.start:span.end]


# --- the bundled article -----------------------------------------------------------------

def test_bundled_article_is_a_news_article_reporting_directive_09(lexicon):
    source, info = info_of(ARTICLE, lexicon)
    assert info.kind == "NewsArticle"
    assert info.published == "2023-12-09"
    assert info.publisher == "Nhân Dân"
    assert info.title == "Tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc"
    assert info.identifier is None and info.date is None and info.issuer is None
    directive = info.reports_on
    assert directive.kind == "Directive"
    assert directive.identifier == "09-CT/TW"
    assert directive.issuer == ACTOR + "ban-bi-thu"
    assert (directive.issuer_label, directive.issuer_kind) == ("Ban Bí thư", "PartyOrgan")
    assert directive.date is None                     # the article does not state it: no date invented
    assert directive.title == ("Về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh "
                               "Tổ quốc trong tình hình mới")
    assert quote(source, directive.evidence) == "Ban Bí thư T.Ư Đảng vừa ban hành Chỉ thị số 09-CT/TW"
    # the evidence is the kept copy, not the repeated lead
    assert all(not (s.start <= directive.evidence.start < s.end) for s in source.skipped)


def test_no_lookalike_letters_in_titles(lexicon):
    _, info = info_of(ARTICLE, lexicon)
    assert "Ð" not in info.title and "Ð" not in info.reports_on.title


# --- formal documents -----------------------------------------------------------------------

def test_decree_with_motto_header(lexicon):
    source, info = info_of(DATA / "nd-06-2014-van-dong-quan-chung.txt", lexicon)
    assert info.kind == "Decree"
    assert info.identifier == "06/2014/NĐ-CP"                 # stray space "NĐ- CP" normalised
    assert info.issuer == ACTOR + "chinh-phu"
    assert (info.place, info.date) == ("Hà Nội", "2014-01-21")
    assert info.title == "Về biện pháp vận động quần chúng bảo vệ an ninh quốc gia, giữ gìn trật tự, an toàn xã hội"
    assert quote(source, info.evidence) == "Số: 06/2014/NĐ- CP"
    assert info.reports_on is None and info.published is None


def test_provincial_plan_in_markdown(lexicon):
    source, info = info_of(DATA / "kh-182-ubnd-son-la.md", lexicon)
    assert info.kind == "Plan"
    assert info.identifier == "182/KH-UBND"
    assert info.issuer == mint_actor_iri("Ủy ban nhân dân tỉnh Sơn La")   # not in the vocabulary: minted
    assert (info.issuer_label, info.issuer_kind) == ("Ủy ban nhân dân tỉnh Sơn La", "Authority")  # for the emitter
    assert (info.place, info.date) == ("Sơn La", "2023-08-15")
    assert info.title.startswith("Thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về tăng cường")
    assert "Ð" not in info.title
    assert quote(source, info.evidence) == "Số:\u00a0182/KH-UBND"


def test_party_directive_issuer_from_cua_line(lexicon):
    _, info = info_of(DATA / "ct-09-ban-bi-thu-2011.txt", lexicon)
    assert (info.kind, info.identifier, info.issuer) == ("Directive", "09-CT/TW", ACTOR + "ban-bi-thu")
    assert info.date == "2011-12-01"                        # not the cited 19/6/1996
    assert info.title == ("Về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc "
                          "trong tình hình mới")


def test_html_article_from_another_paper(lexicon):
    source, info = info_of(DATA / "bao-qdnd-ct09.html", lexicon)
    assert (info.kind, info.publisher, info.published) == ("NewsArticle", "Quân đội nhân dân", "2023-12-08")
    assert info.title == "Ban Bí thư ban hành Chỉ thị về phong trào toàn dân bảo vệ an ninh Tổ quốc"
    reported = info.reports_on
    assert (reported.kind, reported.identifier, reported.issuer, reported.date) == (
        "Directive", "09-CT/TW", ACTOR + "ban-bi-thu", None)
    assert quote(source, reported.evidence) == "Ban Bí thư Trung ương Đảng vừa ban hành Chỉ thị số 09-CT/TW"


# --- numbers and kinds --------------------------------------------------------------------------

@pytest.mark.parametrize("written, identifier, kind", [
    ("09-CT/TW", "09-CT/TW", "Directive"),
    ("09-CT/T.Ư", "09-CT/TW", "Directive"),
    ("221-KL/TW", "221-KL/TW", "Conclusion"),
    ("28-NQ/TƯ", "28-NQ/TW", "Resolution"),
    ("05-QĐi/TW", "05-QĐi/TW", "Regulation"),
    ("06/2014/NĐ- CP", "06/2014/NĐ-CP", "Decree"),
    ("1237/QĐ-TTg", "1237/QĐ-TTg", "Decision"),
    ("32/CT-TTg", "32/CT-TTg", "Directive"),
    ("254/QĐ–UBND", "254/QĐ-UBND", "Decision"),
    ("182/KH-UBND", "182/KH-UBND", "Plan"),
    ("02/2016/TTLT-BVHTTDL-BCA", "02/2016/TTLT-BVHTTDL-BCA", "JointCircular"),
    ("32/2004/QH11", "32/2004/QH11", "Law"),
    ("15-HD/TW", "15-HD/TW", "Guidance"),
])
def test_document_number_forms(lexicon, written, identifier, kind):
    source = source_from_string(f"CƠ QUAN BAN HÀNH\nSố: {written}\nHà Nội, ngày 05 tháng 6 năm 2020\n\n"
                                "VĂN BẢN\nVề việc thử nghiệm\n\nNội dung văn bản.")
    info = extract_document_info(source, lexicon)
    assert (info.identifier, info.kind) == (identifier, kind)
    assert info.date == "2020-06-05"


def test_issuer_from_number_code_when_header_names_none(lexicon):
    source = source_from_string("Số: 1237/QĐ-TTg\n\nQUYẾT ĐỊNH\nVề việc phê duyệt Đề án\n\nNội dung.")
    info = extract_document_info(source, lexicon)
    assert info.issuer == ACTOR + "thu-tuong-chinh-phu"
    assert info.title == "Về việc phê duyệt Đề án"
    assert info.date is None                                 # no place-and-date line: no date


def test_numbers_inside_words_or_dates_are_not_numbers():
    source = source_from_string("Ngày 22/01/2019, lúc 10-15 giờ, mã ABC12-CT/TWX và 3/4 số phiếu.")
    assert find_document_numbers(source) == []


# --- articles: dates of the reported document -------------------------------------------------------

def test_article_states_the_date_of_issue(lexicon):
    source = source_from_string("Thứ hai, 05/12/2011\n\nBan Bí thư ban hành chỉ thị về an ninh\n\n"
                                "Ngày 01/12/2011, Ban Bí thư ban hành Chỉ thị số 09-CT/TW về tăng cường sự lãnh đạo "
                                "của Đảng. Chỉ thị nêu rõ nhiều nhiệm vụ.\n\nTheo TTXVN")
    info = extract_document_info(source, lexicon)
    assert (info.kind, info.published, info.publisher) == ("NewsArticle", "2011-12-05", "Thông tấn xã Việt Nam")
    assert (info.reports_on.identifier, info.reports_on.date) == ("09-CT/TW", "2011-12-01")
    assert info.reports_on.title == "Về tăng cường sự lãnh đạo của Đảng"


def test_a_cited_document_date_is_not_the_reported_document_date(lexicon):
    source = source_from_string("Thứ ba, 10/01/2023\n\nTin thời sự hôm nay\n\n"
                                "Bộ Công an vừa ban hành Kế hoạch số 12/KH-BCA thực hiện Kết luận số 44-KL/TW "
                                "ngày 22/01/2019 của Ban Bí thư.\n")
    info = extract_document_info(source, lexicon)
    reported = info.reports_on
    assert (reported.identifier, reported.kind, reported.issuer) == ("12/KH-BCA", "Plan", ACTOR + "bo-cong-an")
    assert reported.date is None
    assert info.published == "2023-01-10" and info.publisher is None


def test_plain_text_without_any_marker_is_a_document(lexicon):
    info = extract_document_info(source_from_string("Các cấp ủy phải lãnh đạo tốt phong trào."), lexicon)
    assert info.kind == "Document"
    assert info.identifier is None and info.reports_on is None and info.date is None


def test_extraction_is_deterministic(lexicon):
    source = read_source(ARTICLE)
    assert extract_document_info(source, lexicon) == extract_document_info(read_source(ARTICLE), lexicon)


def test_publisher_of_a_longer_paper_name_wins_over_a_shorter_one(lexicon):
    source = source_from_string("Thứ tư, 06/12/2023\n\nTiêu đề về chỉ thị mới ban hành\n\n"
                                "Ban Bí thư vừa ban hành Chỉ thị số 09-CT/TW về an ninh.\n\nTheo Quân đội nhân dân")
    assert extract_document_info(source, lexicon).publisher == "Quân đội nhân dân"


def test_breadcrumb_is_not_the_headline(lexicon):
    source = source_from_string("Trang chủ > Chính trị > Thời sự\nBan Bí thư ban hành Chỉ thị về an ninh Tổ quốc\n\n"
                                "Ban Bí thư vừa ban hành Chỉ thị số 09-CT/TW về an ninh.")
    assert extract_document_info(source, lexicon).title == "Ban Bí thư ban hành Chỉ thị về an ninh Tổ quốc"


def test_all_capitals_subject_gets_proper_names_back(lexicon):
    source = source_from_string("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 254/QĐ-UBND\n"
                                "Thành phố Hồ Chí Minh, ngày 3 tháng 2 năm 2022\n\nQUYẾT ĐỊNH\n"
                                "VỀ PHỐI HỢP VỚI ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ\n\nĐiều 1. Nội dung.")
    info = extract_document_info(source, lexicon)
    assert info.title == "Về phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"
    assert (info.place, info.date, info.kind) == ("Thành phố Hồ Chí Minh", "2022-02-03", "Decision")
    assert info.issuer == mint_actor_iri("Ủy ban nhân dân Thành phố Hồ Chí Minh")


def test_lower_case_so_in_a_sentence_is_not_the_document_number_label(lexicon):
    source = source_from_string("Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch số 182/KH-UBND về an ninh.\n")
    info = extract_document_info(source, lexicon)
    assert info.kind == "NewsArticle" and info.identifier is None
    assert info.reports_on.identifier == "182/KH-UBND"


def test_government_portal_article_with_dateline_tag(lexicon):
    source, info = info_of(DATA / "chinhphu-ct12-ttg-2024.txt", lexicon)
    assert (info.kind, info.publisher, info.published) == ("NewsArticle", "Báo Điện tử Chính phủ", "2024-03-14")
    reported = info.reports_on
    assert (reported.kind, reported.identifier, reported.issuer) == ("Directive", "12/CT-TTg", ACTOR + "thu-tuong-chinh-phu")
    assert reported.date == "2024-03-13"                       # "Chỉ thị số 12/CT-TTg ngày 13/3/2024" states it
    assert reported.title == "Về tăng cường công tác phòng cháy, chữa cháy tại khu dân cư"
    assert quote(source, reported.evidence) == "Thủ tướng Chính phủ vừa ký ban hành Chỉ thị số 12/CT-TTg"


def test_article_on_a_provincial_plan_names_the_province(lexicon):
    source, info = info_of(DATA / "son-la-kh254-2024.txt", lexicon)
    assert info.title == "Tỉnh Sơn La triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc"
    reported = info.reports_on
    assert (reported.kind, reported.identifier, reported.date) == ("Plan", "254/KH-UBND", "2024-11-01")
    assert reported.issuer == mint_actor_iri("Ủy ban nhân dân tỉnh Sơn La")
    assert all(not (s.start <= reported.evidence.start < s.end) for s in source.skipped)


def test_party_committee_plan(lexicon):
    _, info = info_of(DATA / "kh-45-tinh-uy-son-la.txt", lexicon)
    assert (info.kind, info.identifier, info.date, info.place) == ("Plan", "45-KH/TU", "2024-05-20", "Sơn La")
    assert info.issuer == mint_actor_iri("Tỉnh ủy Sơn La")
    assert info.title == "Thực hiện Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư"


def test_date_of_a_document_cited_before_the_verb_is_not_taken(lexicon):
    source = source_from_string("Sau Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư, Bộ Công an vừa ban hành "
                                "Kế hoạch số 12/KH-BCA về phong trào.\n")
    reported = extract_document_info(source, lexicon).reports_on
    assert (reported.identifier, reported.date, reported.issuer) == ("12/KH-BCA", None, ACTOR + "bo-cong-an")
    source = source_from_string("Bộ Công an vừa ban hành ngày 5 tháng 3 năm 2024 Kế hoạch số 12/KH-BCA.\n")
    assert extract_document_info(source, lexicon).reports_on.date == "2024-03-05"


def test_city_party_committee_directive_with_cua_line_holding_the_subject(lexicon):
    source = source_from_string("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\nTHÀNH ỦY ĐÀ NẴNG\nSố 18-CT/TU\n"
                                "Đà Nẵng, ngày 05 tháng 6 năm 2023\n\nCHỈ THỊ\n"
                                "của Ban Thường vụ Thành ủy về tăng cường lãnh đạo công tác phân loại rác thải\n\n"
                                "Thực hiện Nghị quyết số 43-NQ/TW của Bộ Chính trị, Ban Thường vụ Thành ủy yêu cầu:\n")
    info = extract_document_info(source, lexicon)
    assert (info.kind, info.identifier, info.date) == ("Directive", "18-CT/TU", "2023-06-05")
    assert info.issuer == mint_actor_iri("Thành ủy Đà Nẵng")          # the nearest header line, not "Đảng bộ"
    assert info.title == "Về tăng cường lãnh đạo công tác phân loại rác thải"


def test_abbreviated_header_gives_the_same_actor_as_the_full_name(lexicon):
    source = source_from_string("<p><b>UBND TỈNH QUẢNG NINH</b></p>\n\nSố: 77/KH-UBND\n\n**KẾ HOẠCH**\n\n"
                                "**Thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư**\n\nMục tiêu của Kế hoạch.\n",
                                media_type="text/markdown")
    info = extract_document_info(source, lexicon)
    assert info.issuer == mint_actor_iri("Ủy ban nhân dân tỉnh Quảng Ninh")
    assert info.title == "Thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư"
    assert info.date is None


def test_central_party_paper_issuer_comes_from_the_signature(lexicon):
    source = source_from_string("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 376-KL/TW\nHà Nội, ngày 22 tháng 10 năm 2015\n\n"
                                "KẾT LUẬN\nVề công tác phổ biến, giáo dục pháp luật\n\nNội dung kết luận.\n\n"
                                "T/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\n")
    assert extract_document_info(source, lexicon).issuer == ACTOR + "bo-chinh-tri"


def test_joint_circular_takes_the_first_ministry(lexicon):
    source = source_from_string("BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n-------\n"
                                "Số: 04/2024/TTLT-BTC-BLĐTBXH\nHà Nội, ngày 21 tháng 10 năm 2024\n\n"
                                "THÔNG TƯ LIÊN TỊCH\nHướng dẫn thực hiện chính sách\n\nNội dung.\n")
    info = extract_document_info(source, lexicon)
    assert (info.kind, info.issuer) == ("JointCircular", ACTOR + "bo-tai-chinh")
