"""Documents of several organs, round 14 (issue 9): each rule on an invented text, worded unlike the documents that
showed the error (the probes tests/data/genre/probe13j/ and probe14j/ hold such frames in whole documents)."""

from __future__ import annotations

import pytest

from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _info(header: list[str], kind: str, title: str, body: str, lexicon, block: tuple[str, ...] = ()):
    """The frame read from a document of ``header`` lines (organs, number and date), kind and title lines, one body
    sentence and a signature ``block``."""
    text = "\n".join([*header, "", kind, title, "", body, "", *block])
    return extract_document_info(source_from_string(text, "x.txt"), lexicon)


def _build(text: str, lexicon, name: str = "x.txt"):
    return build_source(source_from_string(text, name), lexicon)


def _duty_holders(result) -> list[tuple[list[str], str]]:
    """(holders, words) of every duty-like assertion: tasks, duties, requirements."""
    text = result.source.text
    return [([s.rsplit("/", 1)[1] for s in a.subjects], text[a.evidence.start:a.evidence.end])
            for a in result.assertions if a.relation in ("task", "responsible", "requirement")]


# the title under the kind line, "của A, B và C <verb> ...", is no duty of A, B and C; a body line the segmenter
# joined to it (no blank line, no stop) keeps its own duty, without the title's words
def test_a_joint_titles_issuers_and_verb_are_no_duty(lexicon):
    result = _build("\n".join([
        "BỘ TÀI CHÍNH", "BỘ XÂY DỰNG", "BỘ GIAO THÔNG VẬN TẢI", "Số: 11/2026/TTLT-BTC-BXD-BGTVT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 02 tháng 3 năm 2026",
        "THÔNG TƯ LIÊN TỊCH",
        "của Bộ Tài chính, Bộ Xây dựng và Bộ Giao thông vận tải quy định giá dịch vụ kiểm định công trình",
        "Tổng cục Đường bộ chịu trách nhiệm hướng dẫn thi hành."]), lexicon)
    duties = _duty_holders(result)
    assert duties and all(words.startswith("Tổng cục Đường bộ") for _, words in duties)
    assert all(holders == ["tong-cuc-duong-bo"] for holders, _ in duties)


# guard: a sentence under the title that holds its own duty keeps it
def test_a_duty_after_the_title_is_still_read(lexicon):
    result = _build("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "Số: 40/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Tây Ninh, ngày 02 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Về phòng, chống dịch bệnh trên cây lúa", "", "Sở Nông nghiệp và Môi trường chủ trì kiểm tra đồng ruộng."]),
        lexicon)
    assert any("so-nong-nghiep-va-moi-truong" in " ".join(h) for h, _ in _duty_holders(result))
    assert not [h for h, words in _duty_holders(result) if words.startswith("Về phòng")]


# a header an HTML cell flattened into one sentence, with its number and its motto, is no duty of the organs in it
def test_a_flattened_header_line_with_number_and_motto_is_no_duty(lexicon):
    html = ("<html><body><table><tr><td><p>SỞ Y TẾ TỈNH BÌNH ĐỊNH</p><p>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH ĐỊNH</p>"
            "<p>Số: 05/HDLN-SYT-SGDĐT</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh "
            "phúc</p></td></tr></table><p><b>HƯỚNG DẪN LIÊN NGÀNH</b></p><p><b>Về y tế trường học năm học 2026 - 2027"
            "</b></p><p>Các trường học báo cáo kết quả trước ngày 30 tháng 5.</p></body></html>")
    result = _build(html, lexicon, "x.html")
    assert not [words for _, words in _duty_holders(result) if "CỘNG HÒA" in words or "05/HDLN" in words]
    assert not [words for _, words in _duty_holders(result) if words.startswith("Về y tế")]


_TWO_ASSOCIATIONS = "\n".join([
    "HỘI LIÊN HIỆP PHỤ NỮ TỈNH KIÊN GIANG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "HỘI NÔNG DÂN TỈNH KIÊN GIANG                     Độc lập - Tự do - Hạnh phúc",
    "Số: 03/KHPH-HLHPN-HND                       Kiên Giang, ngày 08 tháng 8 năm 2026", "",
    "KẾ HOẠCH PHỐI HỢP", "Hỗ trợ phụ nữ nông thôn khởi nghiệp", "",
    "{body}"])


# a joint document's issuers named bare in its body ("Hội Liên hiệp Phụ nữ", "Hội Nông dân") are those local issuers
def test_bare_names_of_a_joint_documents_local_issuers_are_those_issuers(lexicon):
    result = _build(_TWO_ASSOCIATIONS.format(
        body="Hội Liên hiệp Phụ nữ chủ trì, phối hợp với Hội Nông dân mở lớp dạy nghề cho hội viên."), lexicon)
    iris = {m.surface: m.iri.rsplit("/", 1)[1] for m in result.mentions if m.category == "actor"}
    assert iris["Hội Liên hiệp Phụ nữ"] == "hoi-lien-hiep-phu-nu-tinh-kien-giang"
    assert iris["Hội Nông dân"] == "hoi-nong-dan-tinh-kien-giang"


# guard: a body named with the country is the national body, whoever issues the document
def test_a_national_name_in_a_joint_document_stays_the_national_body(lexicon):
    result = _build(_TWO_ASSOCIATIONS.format(
        body="Thực hiện hướng dẫn của Trung ương Hội Nông dân Việt Nam, các cấp hội tổ chức tập huấn."), lexicon)
    iris = [m.iri.rsplit("/", 1)[1] for m in result.mentions if m.category == "actor" and "Việt Nam" in m.surface]
    assert iris and all(iri == "hoi-nong-dan-viet-nam" for iri in iris)


# a news article: a body named in full with its place, later bare behind its office, is one body
def test_an_articles_body_named_with_its_place_and_then_bare_is_one_body(lexicon):
    result = _build("\n".join([
        "Ra mắt đội hình thanh niên tình nguyện hè", "", "Thứ Ba, 09/06/2026 - 08:15", "",
        "Sáng 9/6, Thành đoàn Đà Nẵng và Hội Sinh viên thành phố Đà Nẵng tổ chức lễ ra quân chiến dịch tình nguyện hè.",
        "", "Phát biểu tại buổi lễ, Phó Bí thư Thành đoàn cho biết chiến dịch kéo dài đến tháng 8.", "", "Thu Hà"]),
        lexicon)
    iris = {m.iri.rsplit("/", 1)[1] for m in result.mentions if m.category == "actor" and "Thành đoàn" in m.surface}
    assert iris == {"thanh-doan-da-nang"}


# names read from capitals: "XÃ HỘI" before a level, a branch or the name's end is society, not a commune "Hội ..."
def test_xa_hoi_in_a_capitals_name_is_society_unless_a_place_follows(lexicon):
    from policykg.graph_builder.organs import actor_named
    assert actor_named("TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH BẾN TRE", lexicon).label == \
        "Trung tâm Công tác xã hội tỉnh Bến Tre"
    assert actor_named("TRẠM Y TẾ XÃ HỘI XUÂN", lexicon).label == "Trạm Y tế xã Hội Xuân"   # guard: a commune


# names read from capitals keep the abbreviations the vocabulary writes inside names ("TNCS"), not "Tncs"
def test_a_capitals_name_keeps_the_vocabularys_abbreviations(lexicon):
    from policykg.graph_builder.organs import actor_named
    label = actor_named("BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN KRÔNG PẮC", lexicon).label
    assert label == "Ban Chấp hành Đoàn TNCS Hồ Chí Minh huyện Krông Pắc"


# organs a header names by abbreviation only ("LĐLĐ", "HND") with their level and place are those bodies
def test_organs_named_by_abbreviation_only_in_a_joint_header_are_issuers(lexicon):
    issuers = [i.label for i in _info([
        "LĐLĐ HUYỆN ĐỨC TRỌNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HND HUYỆN ĐỨC TRỌNG                        Độc lập - Tự do - Hạnh phúc",
        "Số: 12/KHLT-LĐLĐ-HND                 Đức Trọng, ngày 05 tháng 5 năm 2026"], "KẾ HOẠCH LIÊN TỊCH",
        "Về hỗ trợ công nhân và nông dân vay vốn", "Các bên cử cán bộ theo dõi.", lexicon).issuers]
    assert issuers == ["Liên đoàn Lao động huyện Đức Trọng", "Hội Nông dân huyện Đức Trọng"]


# a number's code of a national body ("BHXH") whose provincial branch the header names is that branch, no more
def test_a_number_code_adds_no_national_body_beside_its_local_branch_in_the_header(lexicon):
    issuers = [i.label for i in _info([
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG THÁP                              Độc lập - Tự do - Hạnh phúc",
        "Số: 07/HDLN-SLĐTBXH-BHXH                   Đồng Tháp, ngày 19 tháng 10 năm 2026"],
        "HƯỚNG DẪN LIÊN NGÀNH", "Về chi trả trợ cấp thất nghiệp", "Các bên phân công cán bộ theo dõi.", lexicon).issuers]
    assert "Bảo hiểm xã hội tỉnh Đồng Tháp" in issuers
    assert "Bảo hiểm xã hội Việt Nam" not in issuers


# "TM. BAN THƯ KÝ" (the secretariat of an association) is a board signing, and the post is the line under it
def test_a_secretariat_board_signs_and_the_post_is_the_line_under_it(lexicon):
    pad = " " * 48
    signatures = _info([
        "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "THÀNH PHỐ HUẾ                                        Độc lập - Tự do - Hạnh phúc",
        "Số: 31/KH-HLHTN                                 Huế, ngày 11 tháng 11 năm 2026"], "KẾ HOẠCH",
        "Tổ chức ngày hội thanh niên với văn hóa giao thông", "Các cơ sở hội triển khai kế hoạch này.", lexicon,
        (pad + "TM. BAN THƯ KÝ", pad + "PHÓ CHỦ TỊCH", pad + "(Đã ký)", pad + "Hồ Thị Ngân")).signatures
    assert [(s.post, s.person, s.mode) for s in signatures] == [("Phó Chủ tịch", "Hồ Thị Ngân", "TM.")]


# a central board alone over the number, its body after the V/v lines: the board's line names the issuer, and the
# Party's Central Committee is no actor of the document
def test_a_board_alone_over_the_number_is_no_party_central_committee(lexicon):
    result = _build("\n".join([
        "BAN CHẤP HÀNH TRUNG ƯƠNG", "", "Số: 88-CV/ĐCT", '"V/v tổ chức Tết Trung thu', 'cho thiếu nhi năm 2026"', "",
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "", "Hà Nội, ngày 20 tháng 8 năm 2026", "",
        "Kính gửi: Hội Liên hiệp Phụ nữ các tỉnh, thành phố", "", "Các cấp hội vận động hội viên tham gia chương trình.",
        "", "TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Lê Thị Hồng Vân"]), lexicon)
    iris = {m.iri.rsplit("/", 1)[1] for m in result.mentions if m.category == "actor"}
    assert "ban-chap-hanh-trung-uong" not in iris
    assert [i.label for i in result.document.issuers] and "ban-chap-hanh-trung-uong" not in {
        i.iri.rsplit("/", 1)[1] for i in result.document.issuers}


# organs side by side in layout columns: a cell in the next column is another organ, never the rest of the name in
# the column before it, and a part's name under its committee is named with that committee ("HUYỆN ỦY X / BAN DÂN
# VẬN" beside "BCH HỘI CỰU CHIẾN BINH / HUYỆN X")
def test_a_cell_in_the_next_header_column_is_not_the_rest_of_the_name_before_it(lexicon):
    issuers = [i.label for i in _info([
        "HUYỆN ỦY LÂM HÀ        BCH HỘI CỰU CHIẾN BINH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BAN DÂN VẬN            HUYỆN LÂM HÀ                     Độc lập - Tự do - Hạnh phúc",
        "Số: 05-KHPH/BDV-HCCB                                    Lâm Hà, ngày 14 tháng 6 năm 2026"],
        "KẾ HOẠCH PHỐI HỢP", "Tổ chức tuyên truyền về chính sách đối với cựu chiến binh",
        "Các cơ sở hội triển khai kế hoạch này.", lexicon).issuers]
    assert issuers == ["Ban Dân vận Huyện ủy Lâm Hà", "Ban Chấp hành Hội Cựu chiến binh huyện Lâm Hà"]


# a Party committee named after its level inside a capitals name ("... HUYỆN ỦY X") is written "Huyện ủy X"
def test_a_level_named_committee_inside_a_capitals_name_is_written_as_a_committee(lexicon):
    from policykg.graph_builder.organs import actor_named
    assert actor_named("ỦY BAN KIỂM TRA HUYỆN ỦY CHƯ SÊ", lexicon).label == "Ủy ban Kiểm tra Huyện ủy Chư Sê"
    assert actor_named("VĂN PHÒNG TỈNH ỦY", lexicon).label == "Văn phòng Tỉnh ủy"


# a board that signs for an issuer written by its abbreviation ("TM. BAN THƯỜNG TRỰC UBMTTQ HUYỆN") is that issuer's
# board, named with its place
def test_a_board_of_an_abbreviated_issuer_is_named_with_the_issuers_place(lexicon):
    signatures = _info([
        "UBMTTQ HUYỆN TUY PHƯỚC                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CÔNG AN HUYỆN TUY PHƯỚC                           Độc lập - Tự do - Hạnh phúc",
        "Số: 02/QCPH-MTTQ-CA                          Tuy Phước, ngày 03 tháng 3 năm 2026"], "QUY CHẾ PHỐI HỢP",
        "Trong xây dựng tổ an ninh trật tự ở thôn", "Các bên cử cán bộ đầu mối theo dõi việc thực hiện.", lexicon,
        ("TM. BAN THƯỜNG TRỰC UBMTTQ HUYỆN           TRƯỞNG CÔNG AN HUYỆN", "CHỦ TỊCH",
         "(Đã ký)                                      (Đã ký)",
         "Đặng Thị Thu                                 Thượng tá Võ Văn Lành")).signatures
    organs = [s.organ.label for s in signatures if s.person == "Đặng Thị Thu" and s.organ is not None]
    assert organs and organs[0].startswith("Ban Thường trực") and organs[0].endswith("huyện Tuy Phước")


# a header's columns read row by row (a PDF's text without layout): the organs' first lines, then their second lines
def test_header_columns_read_row_by_row_pair_each_first_line_with_its_second(lexicon):
    issuers = [i.label for i in _info([
        "ỦY BAN NHÂN DÂN", "HỘI CỰU CHIẾN BINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ PHÚ LỘC", "XÃ PHÚ LỘC",
        "Độc lập - Tự do - Hạnh phúc", "Số: 03/KHPH-UBND-CCB", "Phú Lộc, ngày 27 tháng 7 năm 2026"],
        "KẾ HOẠCH PHỐI HỢP", "Thăm hỏi gia đình chính sách nhân ngày Thương binh - Liệt sĩ",
        "Các chi hội triển khai kế hoạch này.", lexicon).issuers]
    assert issuers == ["Ủy ban nhân dân xã Phú Lộc", "Hội Cựu chiến binh xã Phú Lộc"]


# "BCH" is the executive committee ("Ban Chấp hành") of a mass organisation written by its initials; a Party
# organisation's executive committee stays a Party committee
def test_an_executive_committee_written_bch_is_named_in_full(lexicon):
    from policykg.graph_builder.organs import actor_named
    union = actor_named("BCH CÔNG ĐOÀN VIÊN CHỨC TỈNH QUẢNG NAM", lexicon)
    assert (union.label, union.kind) == ("Ban Chấp hành Công đoàn viên chức tỉnh Quảng Nam", "MassOrganization")
    assert actor_named("BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG HÒA HẢI", lexicon).kind == "PartyCommittee"
