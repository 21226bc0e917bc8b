"""Issuers as headers and titles of the genre name them (docs/GENRE.md, "Layout"), in layouts the real corpus's tune
half does not show: a provincial Party title naming the standing board under the committee that issues, a committee's executive under the Party
organisation's line, the standing board of a council as the line under it, a joint programme, a joint guidance of
seven bodies in two columns, an organ line the recogniser cannot read whole, a steering committee of a Party
committee, organs side by side on one PDF line whose place goes on under each column, a part's name over two
lines of a joint header, and the issuers a news article names for the document it reports; round 4: four organs run
together on one line, a joint organ's name over two lines, a coordination regulation whose header names none of its
parties, the document a deputy or a minister is reported to have signed, and the office holder's name after the
organ ("Bộ trưởng Bộ Công an Lương Tam Quang") as no part of the organ's name."""

from __future__ import annotations

import pytest

from policykg.core.textnorm import match_key
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

BODY = "\n\n1. Sở Xây dựng chủ trì kiểm tra công trình.\n2. Công an tỉnh bảo đảm an ninh.\n\n"
CASES = {
    "a Party title names the standing board, the header the committee": (
        "TỈNH ỦY QUẢNG TRỊ\n*\nSố 21-CT/TU\nQuảng Trị, ngày 05 tháng 6 năm 2025\n\nCHỈ THỊ\n"
        "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường", "Directive", ["Tỉnh ủy Quảng Trị"]),
    "the executive under the organisation": (
        "ĐẢNG BỘ TỈNH LÀO CAI\nBAN CHẤP HÀNH\n*\nSố 05-NQ/TU\nLào Cai, ngày 05 tháng 6 năm 2025\n\nNGHỊ QUYẾT\n"
        "về phát triển", "Resolution", ["Ban Chấp hành Đảng bộ tỉnh Lào Cai"]),
    "a council's standing board": (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH LÀO CAI\nTHƯỜNG TRỰC\n\nSố: 12/TB-HĐND\nLào Cai, ngày 5 tháng 3 năm 2026\n\n"
        "THÔNG BÁO\nKết luận", "Notice", ["Thường trực Hội đồng nhân dân tỉnh Lào Cai"]),
    "a joint programme": (
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM          Độc lập - Tự do - Hạnh phúc\nTỈNH NINH BÌNH\n\n"
        "Số: 03/CTrPH-UBND-MTTQ          Ninh Bình, ngày 5 tháng 3 năm 2025\n\nCHƯƠNG TRÌNH PHỐI HỢP\nvề vận động",
        "Program", ["Ủy ban nhân dân tỉnh Ninh Bình", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình"]),
    "seven joint issuers in two columns": (
        "BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ Y TẾ -        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BỘ CÔNG THƯƠNG - BỘ TÀI CHÍNH -                Độc lập - Tự do - Hạnh phúc\n"
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -\nTÒA ÁN NHÂN DÂN TỐI CAO\n\n"
        "Số: 24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC        Hà Nội, ngày 5 tháng 3 năm 2026\n\n"
        "HƯỚNG DẪN LIÊN NGÀNH\nVề xử lý", "JointGuidance",
        ["Bộ Công an", "Bộ Quốc phòng", "Bộ Y tế", "Bộ Công Thương", "Bộ Tài chính",
         "Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao"]),
    "an organ line read whole": (
        "UBND TỈNH LÀO CAI\nBAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN\n\nSố: 12/KH-BCĐ\n"
        "Lào Cai, ngày 5 tháng 3 năm 2026\n\nKẾ HOẠCH\nỨng phó", "Plan",
        ["Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn"]),
    "a steering committee of a Party committee": (
        "BAN CHỈ ĐẠO 35 TỈNH ỦY\n*\nSố 15-KH/BCĐ\nLào Cai, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện", "Plan",
        ["Ban chỉ đạo 35 tỉnh ủy"]),
    "an OCR'd organ": (
        "ỦY BAN NHÂN DẨN                      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH TUYÊN QUANG                          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1185/UBND-KT                     Tuyên Quang, ngày 22 tháng 4 năm 2025\nV/v tăng cường quản lý",
        "OfficialLetter", ["Ủy ban nhân dân tỉnh Tuyên Quang"]),
    "three organs side by side, the place under two of them": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "CÔNG AN TỈNH HÀ TĨNH        VIỆN KIỂM SÁT NHÂN DÂN       TÒA ÁN NHÂN DÂN\n"
        "                            TỈNH HÀ TĨNH                 TỈNH HÀ TĨNH\n\n"
        "Số: 04/QCPH-CA-VKS-TA            Hà Tĩnh, ngày 5 tháng 3 năm 2025\n\nQUY CHẾ PHỐI HỢP\nTrong công tác",
        "Regulation", ["Công an tỉnh Hà Tĩnh", "Viện kiểm sát nhân dân tỉnh Hà Tĩnh", "Tòa án nhân dân tỉnh Hà Tĩnh"]),
    "two organs side by side, the place under the first": (
        "ỦY BAN NHÂN DÂN       ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH\nTỈNH HÀ TĨNH\n\n"
        "Số: 05/CTrPH-UBND-MTTQ            Hà Tĩnh, ngày 5 tháng 3 năm 2025\n\nCHƯƠNG TRÌNH PHỐI HỢP\nvề vận động",
        "Program", ["Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"]),
    "a header flattened to one line": (
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 193/UBND-KT "
        "Lào Cai, ngày 5 tháng 3 năm 2025\nV/v tăng cường quản lý\n\nKính gửi: Sở Công Thương.",
        "OfficialLetter", ["Ủy ban nhân dân tỉnh Lào Cai"]),
    "two organs run together in one cell": (
        "SỞ TƯ PHÁP TỈNH HÀ TĨNH HỘI LUẬT GIA TỈNH HÀ TĨNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 01/QCPH-STP-HLG | Hà Tĩnh, ngày 20 tháng 1 năm 2025\n\nQUY CHẾ PHỐI HỢP\nTrong công tác",
        "Regulation", ["Sở Tư pháp tỉnh Hà Tĩnh", "Hội Luật gia tỉnh Hà Tĩnh"]),
    "a part named in full under its body beside another organ": (
        "ỦY BAN NHÂN DÂN XÃ YÊN PHONG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH     Độc lập - Tự do - Hạnh phúc\nBAN CHẤP HÀNH ĐOÀN XÃ YÊN PHONG\n\n"
        "Số: 07/KHPH-UBND-ĐTN         Yên Phong, ngày 15 tháng 5 năm 2025\n\nKẾ HOẠCH PHỐI HỢP\nTổ chức",
        "Plan", ["Ủy ban nhân dân xã Yên Phong", "Ban Chấp hành Đoàn xã Yên Phong"]),
    "a part's name over two lines of a joint header": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\nBỘ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
        "Số: 01/NQLT-TWĐTN-BGDĐT      Hà Nội, ngày 5 tháng 3 năm 2025\n\nNGHỊ QUYẾT LIÊN TỊCH\nVề phối hợp",
        "JointResolution", ["Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Bộ Giáo dục và Đào tạo"]),
    "four organs run together on one line": (
        "BỘ Y TẾ BỘ TÀI CHÍNH BỘ GIÁO DỤC VÀ ĐÀO TẠO BỘ NỘI VỤ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 08/2026/TTLT-BYT-BTC-BGDĐT-BNV       Hà Nội, ngày 15 tháng 4 năm 2026\n\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn",
        "JointCircular", ["Bộ Y tế", "Bộ Tài chính", "Bộ Giáo dục và Đào tạo", "Bộ Nội vụ"]),
    "three organs stacked, the third over two lines": (
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CHÍNH PHỦ                                    Độc lập - Tự do - Hạnh phúc\n"
        "ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM\n"
        "Số: 12/2026/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN          Hà Nội, ngày 20 tháng 1 năm 2026\n\n"
        "NGHỊ QUYẾT LIÊN TỊCH\nQuy định", "JointResolution",
        ["Ủy ban Thường vụ Quốc hội", "Chính phủ", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
    "a coordination regulation whose header names none of its parties": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Trị, ngày 05 tháng 3 năm 2026\n\n"
        "QUY CHẾ PHỐI HỢP\ngiữa Sở Giáo dục và Đào tạo, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh Quảng Trị\n"
        "trong công tác giáo dục quốc phòng, an ninh, trật tự", "Regulation",
        ["Sở Giáo dục và Đào tạo", "Công an tỉnh Quảng Trị", "Bộ Chỉ huy Quân sự tỉnh Quảng Trị"]),
    "joint organs whose level is written after each, the place after the last": (
        "HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH -          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CÀ MAU                 Độc lập - Tự do - Hạnh phúc\n"
        "Số: 02/KHLT-HĐND-UBND-MTTQ                          Cà Mau, ngày 10 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH LIÊN TỊCH\nTổ chức tiếp xúc cử tri năm 2026", "Plan",
        ["Hội đồng nhân dân tỉnh Cà Mau", "Ủy ban nhân dân tỉnh Cà Mau", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau"]),
    "a Party committee's joint plan with State bodies, numbered in the Party's way": (
        "BAN THƯỜNG VỤ TỈNH ỦY - ỦY BAN NHÂN DÂN TỈNH - ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI\n"
        "Số: 01-KHLT/TU-UBND-MTTQ                          Gia Lai, ngày 10 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH LIÊN TỊCH\nvề tổ chức Ngày hội Đại đoàn kết", "Plan",
        ["Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai"]),
    "a regulation whose preamble names its parties": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Tĩnh, ngày 05 tháng 3 năm 2026\n\n"
        "QUY CHẾ PHỐI HỢP\nTrong công tác giải quyết tin báo về tội phạm\n\nCăn cứ Bộ luật Tố tụng hình sự;\n"
        "Công an tỉnh, Viện kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh thống nhất ban hành Quy chế phối hợp "
        "trong công tác giải quyết tin báo về tội phạm như sau:", "Regulation",
        ["Công an tỉnh", "Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_header_issuers(case):
    header, kind, issuers = CASES[case]
    info = extract_document_info(source_from_string(header + BODY), load_lexicon())
    assert info.kind == kind
    assert [match_key(r.label) for r in info.issuers] == [match_key(i) for i in issuers]


@pytest.mark.parametrize("lead, issuers", [
    ("Bộ Công an và Bộ Y tế vừa ban hành Thông tư liên tịch số 05/2025/TTLT-BCA-BYT quy định", ["Bộ Công an", "Bộ Y tế"]),
    ("Ngày 12/4/2025, thay mặt Bộ Chính trị, Ban Bí thư, đồng chí Lương Cường ký ban hành Kết luận số 140-KL/TW về",
     ["Bộ Chính trị", "Ban Bí thư"]),
    ("Thủ tướng Chính phủ vừa ký Quyết định số 512/QĐ-TTg phê duyệt Đề án", ["Thủ tướng Chính phủ"]),
    ("Phó Thủ tướng Lê Minh Khôi vừa ký Quyết định số 412/QĐ-TTg ngày 10/3/2026 của Thủ tướng Chính phủ phê duyệt",
     ["Thủ tướng Chính phủ"]),
    ("Bộ trưởng Bộ Công an Lương Tam Quang vừa ký ban hành Thông tư số 12/2025/TT-BCA quy định", ["Bộ Công an"]),
    ("Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường đã ký Quyết định số 15/QĐ-UBND ban hành Quy chế",
     ["Ủy ban nhân dân tỉnh Lào Cai"]),
    ("Quyết định số 15/QĐ-UBND do Phó Chủ tịch UBND tỉnh Lào Cai Nguyễn Thành Sinh ký ban hành quy định",
     ["Ủy ban nhân dân tỉnh Lào Cai"]),
    ("Quyết định số 123/QĐ-TTg do Phó Thủ tướng Trần Hồng Hà ký ngày 5/3/2026 phê duyệt Quy hoạch",
     ["Thủ tướng Chính phủ"]),
    ("Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Tỉnh ủy đã ký ban hành Chỉ thị "
     "số 15-CT/TU về", ["Ban Thường vụ Tỉnh ủy"]),
])
def test_a_news_article_names_every_issuer_of_the_reported_document(lead, issuers):
    """An article's lead names the issuers of the document it reports, several joined by "và" or a comma; a report
    of the signing ("X vừa ký", "do X ký", "Thay mặt Y, đồng chí X ... đã ký") names the organ or office, never the
    person who signed."""
    text = "Ban hành văn bản mới\n\nThứ Năm, 16/10/2025 08:15\n\n(TTXVN) - " + lead + " việc phối hợp.\n\nMinh An\n"
    info = extract_document_info(source_from_string(text), load_lexicon())
    assert info.kind == "NewsArticle" and info.issuers == []
    assert [match_key(r.label) for r in info.reports_on.issuers] == [match_key(i) for i in issuers]


def test_the_header_names_each_joint_organ_once():
    """Organs run together on one line are cut into every organ the number names, and a joint organ's name over two
    lines is one organ: the header's organ lines name the issuers and nothing else (no "Bộ Tài chính Bộ Giáo dục ...",
    no "Mặt trận Tổ quốc Việt Nam" of its own)."""
    for case in ("four organs run together on one line", "three organs stacked, the third over two lines"):
        header, _, issuers = CASES[case]
        info = extract_document_info(source_from_string(header + BODY), load_lexicon())
        named = {match_key(b.actor.label) for b in info.frame if b.role == "header" and b.actor is not None}
        assert named == {match_key(i) for i in issuers}, case


@pytest.mark.parametrize("sentence, organ", [
    ("Bộ trưởng Bộ Công an Lương Tam Quang vừa ký ban hành Thông tư.", "Bộ Công an"),
    ("Chủ tịch UBND tỉnh Nguyễn Văn An đã ký Quyết định.", "UBND tỉnh"),
    ("Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường đã ký.", "UBND tỉnh Lào Cai"),
    ("Thứ trưởng Bộ Công an, Thượng tướng Lê Quốc Hùng phát biểu.", "Bộ Công an"),
    ("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh phát biểu.", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
])
def test_the_office_holders_name_is_no_part_of_the_organ(sentence, organ):
    """After an office's title and its organ, a person's name is the holder's ("Bộ trưởng Bộ Công an | Lương Tam
    Quang"), not the organ's; a name of the organ's own that reads like a person's ("Hồ Chí Minh") stays."""
    from policykg.graph_builder.model import Sentence, Span
    from policykg.graph_builder.recognise import find_mentions
    source = source_from_string(sentence)
    whole = Span(0, len(source.text))
    found = [m.surface for m in find_mentions(source, [Sentence(0, whole, None, 0, [whole])], load_lexicon())
             if m.category == "actor"]
    assert found == [organ]


@pytest.mark.parametrize("lead, signer", [
    ("Phó Thủ tướng Lê Minh Khôi vừa ký Quyết định số 412/QĐ-TTg phê duyệt", ("Phó Thủ tướng", "Lê Minh Khôi", None)),
    ("Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải đã ký Chỉ thị số 05/CT-UBND về",
     ("Chủ tịch", "Võ Trọng Hải", "Ủy ban nhân dân tỉnh Hà Tĩnh")),
    ("Quyết định số 15/QĐ-UBND do Phó Chủ tịch UBND tỉnh Lào Cai Nguyễn Thành Sinh ký ban hành quy định",
     ("Phó Chủ tịch", "Nguyễn Thành Sinh", "Ủy ban nhân dân tỉnh Lào Cai")),
])
def test_the_reported_document_is_signed_by_the_person_the_article_names(lead, signer):
    """The person an article says signed is the reported document's signer (its post and organ as written), never
    its issuer; the article itself has no signature block and no signer."""
    text = "Ban hành văn bản mới\n\nThứ Năm, 16/10/2025 08:15\n\n(TTXVN) - " + lead + " việc phối hợp.\n\nMinh An\n"
    info = extract_document_info(source_from_string(text), load_lexicon())
    assert info.signatures == [] and info.issuers == []
    assert [(s.post, s.person, s.organ.label if s.organ else None) for s in info.reports_on.signatures] == [signer]
    assert signer[1] not in {r.label for r in info.reports_on.issuers}


def test_an_articles_local_bodies_are_of_the_reported_documents_place():
    """In an article about a provincial document, "Ủy ban nhân dân tỉnh" is the issuer of the province the reported
    document names, one node with it, as in the document itself."""
    from policykg.graph_builder.pipeline import build_source
    text = ("Hà Tĩnh siết chặt khai thác cát\n\nThứ Hai, 16/03/2026 09:30\n\n(Baohatinh.vn) - Chủ tịch UBND tỉnh Hà Tĩnh "
            "Võ Trọng Hải đã ký Chỉ thị số 05/CT-UBND về quản lý khai thác cát.\n\nChỉ thị thay thế Chỉ thị số "
            "12/CT-UBND ngày 20/5/2023 của Ủy ban nhân dân tỉnh.\n\nThu Hà\n")
    result = build_source(source_from_string(text))
    committees = {m.iri for m in result.mentions if m.category == "actor" and "uy-ban-nhan-dan" in m.iri}
    assert committees == {result.document.reports_on.issuer}
