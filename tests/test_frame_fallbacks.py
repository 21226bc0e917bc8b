"""Issuers where the header is cut, lost or misread (round 9): the enacting line over the preamble of a council's
resolution or a chairman's decision whose header column a web copy lost, a text that opens with its own preamble and
says who issues it, a People's Committee number ("…/KH-UBND") whose committee only the opening paragraph names, an
unreadable own number above an annexed document's number, a number whose "Số:" OCR lost, and an organ line whose
words OCR ran together. Each text is invented, worded unlike the documents that showed the case."""

from __future__ import annotations

import pytest

from policykg.core.textnorm import match_key
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

BODY = "\n\nĐiều 1. Sở Tài chính chủ trì thẩm định dự toán.\nĐiều 2. Sở Nội vụ theo dõi việc thực hiện.\n"


def _info(text: str):
    return extract_document_info(source_from_string(text), load_lexicon())


@pytest.mark.parametrize("text, kind, issuers", [
    ("NGHỊ QUYẾT\nVỀ KẾ HOẠCH TỔ CHỨC CÁC KỲ HỌP THƯỜNG LỆ NĂM 2019\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI\n"
     "KHÓA XII, KỲ HỌP THỨ TÁM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
     "QUYẾT NGHỊ:" + BODY, "Resolution", ["Hội đồng nhân dân tỉnh Quảng Ngãi"]),
    ("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác liên ngành\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\n\n"
     "Căn cứ Luật Tổ chức chính quyền địa phương;\nXét đề nghị của Giám đốc Sở Nội vụ,\n\nQUYẾT ĐỊNH:" + BODY,
     "Decision", ["Ủy ban nhân dân tỉnh Bình Định"]),   # round 24 (issue 9): the office's organ, never the office
])
def test_the_enacting_line_names_the_issuer_a_lost_header_column_did_not(text, kind, issuers):
    info = _info(text)
    assert info.kind == kind
    assert [i.label for i in info.issuers] == issuers


def test_a_session_line_alone_names_no_issuer():
    """Only a session line over the preamble, no organ: no issuer is made up from it."""
    info = _info("NGHỊ QUYẾT\nVỀ GIÁM SÁT CHUYÊN ĐỀ\nKHÓA X, KỲ HỌP THỨ HAI\nCăn cứ Luật Tổ chức Quốc hội;" + BODY)
    assert info.kind == "Resolution" and info.issuers == []


def test_a_text_opening_with_its_preamble_is_the_document_its_issuer_names():
    text = ("# ke-hoach-so-gd\n\nThực hiện Chỉ thị số 12/CT-UBND ngày 03/4/2025 của Ủy ban nhân dân tỉnh về đổi mới "
            "giáo dục; Sở Giáo dục và Đào tạo ban hành Kế hoạch tổ chức kỳ thi học sinh giỏi cấp tỉnh, cụ thể như sau:"
            "\n\n1. Phòng Khảo thí chủ trì ra đề thi.\n")
    info = _info(text)
    assert info.kind == "Plan" and info.identifier is None
    assert [i.label for i in info.issuers] == ["Sở Giáo dục và Đào tạo"]


@pytest.mark.parametrize("text", [
    "Thực hiện chỉ đạo của Thủ tướng, Bộ Y tế vừa ban hành Kế hoạch phòng chống dịch với những nội dung sau: "
    "tăng cường giám sát.",
    "Căn cứ Quyết định số 5/QĐ-UBND của Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số như sau: các sở "
    "báo cáo định kỳ.",
    "Thực hiện chỉ đạo của Bộ Nội vụ, ngày 5/3, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND về cải cách "
    "hành chính với các nội dung sau: rà soát thủ tục.",
])
def test_a_report_or_a_cited_plan_is_not_a_document_issuing_itself(text):
    info = _info(text)
    assert not (info.kind == "Plan" and info.issuers)


def test_a_committee_number_takes_the_committee_its_opening_paragraph_names():
    """The header lost its organ column (OCR cut): the number says a People's Committee; the preamble says which."""
    text = ("Số 45/KH-UBND\n\nThuận An, ngày 5 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhát triển thương mại điện tử\n\n"
            "Để thúc đẩy thương mại điện tử, Ủy ban nhân dân thành phố Thuận An đề ra các nhiệm vụ trọng tâm sau:\n\n"
            "1. Phòng Kinh tế chủ trì hướng dẫn các hộ kinh doanh; Ủy ban nhân dân cấp xã phối hợp.\n")
    info = _info(text)
    assert info.kind == "Plan" and [i.label for i in info.issuers] == ["Ủy ban nhân dân thành phố Thuận An"]


def test_an_unreadable_own_number_is_not_replaced_by_the_annexed_documents_number():
    text = ("BỘ TÀI CHÍNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỔNG CỤC HẢI QUAN         Độc lập - Tự do - Hạnh phúc\nSố: ?? /TB-TCHQ     Hà Nội, ngày 5 tháng 3 năm 2026\n"
            "THÔNG BÁO\nPhân công thực hiện Thỏa thuận phối hợp\n\n1. Cục Giám sát quản lý chủ trì theo dõi.\n\n"
            "BỘ TÀI CHÍNH - BỘ CÔNG THƯƠNG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 02/TTPH-BTC-BCT     Hà Nội, ngày 1 tháng 2 năm 2026\nTHỎA THUẬN PHỐI HỢP\n")
    info = _info(text)
    assert info.identifier is None and info.kind == "Notice"
    assert [match_key(i.label) for i in info.issuers] == ["tổng cục hải quan"]


def test_a_number_before_the_place_and_date_is_the_documents_own_when_its_label_is_lost():
    text = ("BỘ Y TẾ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                 Độc lập - Tự do - Hạnh phúc\n"
            "38 /BYT-KHTC      Hà Nội, ngày 5 tháng 3 năm 2026\nV/v hướng dẫn thanh toán chi phí\n\n"
            "Kính gửi: Sở Y tế các tỉnh.\n\nBộ Y tế đề nghị các Sở Y tế báo cáo trước ngày 30/6/2026.\n")
    info = _info(text)
    assert info.identifier == "38/BYT-KHTC" and [i.label for i in info.issuers] == ["Bộ Y tế"]


def test_an_organ_line_whose_words_ocr_ran_together():
    text = ("THỦ TƯỚNGCHÍNH PHỦ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n          Độc lập - Tự do - Hạnh phúc\n"
            "Số: 15/CT-TTg      Hà Nội, ngày 5 tháng 3 năm 2026\n\nCHỈ THỊ\nVề tăng cường phòng cháy\n" + BODY)
    assert [i.label for i in _info(text).issuers] == ["Thủ tướng Chính phủ"]


def test_an_html_cells_two_paragraphs_are_the_parent_and_the_issuing_department():
    """An HTML header cell whose paragraphs ("UBND TỈNH X" / "SỞ Y" ) a web copy joined on one line: the department
    under the committee issues, the committee is its parent."""
    text = ("<table><tr><td><p>UBND TỈNH TIỀN GIANG</p><p><b>SỞ TƯ PHÁP</b></p></td><td><p><b>CỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr><tr><td>Số: 14/KH-STP</td><td>Tiền "
            "Giang, ngày 5 tháng 3 năm 2026</td></tr></table><p><b>KẾ HOẠCH</b></p><p>Phổ biến pháp luật</p>"
            "<p>1. Phòng Phổ biến pháp luật chủ trì biên soạn tài liệu.</p>")
    from policykg.graph_builder.read import source_from_bytes
    info = extract_document_info(source_from_bytes(text.encode(), "kh.html"), load_lexicon())
    assert [match_key(i.label) for i in info.issuers] == ["sở tư pháp"]
    assert [p.label for p in info.parents.values()] == ["Ủy ban nhân dân tỉnh Tiền Giang"]


def test_an_organ_line_whose_place_a_column_cut_takes_the_place_of_the_date_line():
    text = ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nTỈNH KIÊN GIA         Độc lập - Tự do - Hạnh\n"
            "Số: 7/KH-UBND        Kiên Giang, ngày 5 tháng 3 năm 2026\n\nKẾ HOẠCH\nVề thủy sản" + BODY)
    info = _info(text)
    assert [i.label for i in info.issuers] == ["Ủy ban nhân dân tỉnh Kiên Giang"]
    assert all(b.actor is None or "Kiên Gia " not in (b.actor.label or "") + " " for b in info.frame)
