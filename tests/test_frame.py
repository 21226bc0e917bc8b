"""The document's frame as structure: header (organs, motto, number, place and date), title, signature blocks,
recipients; citations with identity; text as published. The texts here are written for the tests, in the genre's
shapes (docs/GENRE.md)."""

from __future__ import annotations

import pytest

from policykg.core.iris import ACTOR, ID, mint_actor_iri
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

PKG = "https://w3id.org/policykg/ontology#"


def build(text: str, name: str = "t.txt", media_type: str = "text/plain"):
    result = build_source(source_from_string(text, name=name, media_type=media_type))
    return result, emit_result(result)


def actor_labels(result) -> set[str]:
    return {m.label for m in result.mentions if m.category == "actor"}


def issuers(result) -> list[str]:
    return [r.iri for r in result.document.issuers]


LAYOUT = """\
   ỦY BAN NHÂN DÂN                             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
     TỈNH SƠN LA                                         Độc lập - Tự do - Hạnh phúc

     Số: 1234 /UBND-KT                                Sơn La, ngày 11 tháng 6 năm 2025
V/v tăng cường công tác quản
 lý khoáng sản trên địa bàn tỉnh

                       Kính gửi:
                                       - Sở Tài chính;
                                       - Công an tỉnh.

      Để tăng cường công tác quản lý, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
        1. Sở Tài chính chủ trì, phối hợp với Công an tỉnh kiểm tra hoạt động khoáng sản.
Nơi nhận:                                               KT. CHỦ TỊCH
- Như trên;
- Bộ Nông nghiệp và Môi trường (để báo cáo);            PHÓ CHỦ TỊCH
- Lưu: VT, KT.
                                                      Nguyễn Văn An
"""


def test_two_column_layout_header_gives_the_organ_not_the_motto():
    result, _ = build(LAYOUT)
    doc = result.document
    assert (doc.kind, doc.identifier, doc.date, doc.place) == ("OfficialLetter", "1234/UBND-KT", "2025-06-11", "Sơn La")
    assert issuers(result) == [mint_actor_iri("Ủy ban nhân dân tỉnh Sơn La")]
    assert doc.title.startswith("tăng cường công tác quản lý khoáng sản")
    assert not any("Cộng" in label or "Hòa" in label for label in actor_labels(result))


def test_layout_signature_block_beside_the_recipients():
    result, quads = build(LAYOUT)
    [sig] = result.document.signatures
    assert (sig.person, sig.post, sig.mode, sig.organ.iri) == (
        "Nguyễn Văn An", "Phó Chủ tịch", "KT.", mint_actor_iri("Ủy ban nhân dân tỉnh Sơn La"))
    assert ACTOR + "bo-nong-nghiep-va-moi-truong" not in {m.iri for m in result.mentions}   # a recipient only
    person = ID + "person/nguyen-van-an"
    assert (person, PKG + "Person") in {(q.subject.value, q.object.value) for q in quads}
    assert not any(q.subject.value.startswith(ACTOR) and "nguyen-van-an" in q.subject.value for q in quads)


PARTY = """\
BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐẢNG CỘNG SẢN VIỆT NAM
          *
     Số 99-KL/TW                        Hà Nội, ngày 05 tháng 3 năm 2025

KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN

Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy đảng thực hiện tốt Kết luận này.

                                        T/M BỘ CHÍNH TRỊ
                                            THƯỜNG TRỰC BAN BÍ THƯ
"""


def test_title_names_two_issuers_and_the_subject_starts_at_ve():
    result, _ = build(PARTY)
    doc = result.document
    assert doc.kind == "Conclusion" and doc.identifier == "99-KL/TW"
    assert issuers(result) == [ACTOR + "bo-chinh-tri", ACTOR + "ban-bi-thu"]
    assert doc.title == "Về tăng cường công tác dân vận"


def test_ocr_header_lines_are_read_through_the_lexicon():
    text = PARTY.replace("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN CHÁP HÀNH TRUNG ƯƠNG").replace(
        "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐÁNG CỘNG SÁN VIỆT NAM").replace("KẾT LUẬN CỦA", "KÉT LUẬN CÙA").replace(
        "Số 99", "Sô 99")
    result, _ = build(text)
    assert result.document.kind == "Conclusion"
    assert issuers(result) == [ACTOR + "bo-chinh-tri", ACTOR + "ban-bi-thu"]
    assert not any("Đáng" in label or "Cháp" in label for label in actor_labels(result))


JOINT = """\
BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ Y TẾ - BỘ CÔNG THƯƠNG
-------
Số: 24 /HDLN-BCA-BQP-BYT-
 ВСТ
                                   Hà Nội, ngày 02 tháng 02 năm 2026
HƯỚNG DẪN LIÊN NGÀNH
Về phối hợp quản lý khí cười

Bộ Công an chủ trì, phối hợp với Bộ Y tế kiểm tra việc kinh doanh khí cười.
"""


def test_joint_guidance_has_every_issuer_of_its_number():
    result, _ = build(JOINT)
    doc = result.document
    assert (doc.kind, doc.identifier) == ("JointGuidance", "24/HDLN-BCA-BQP-BYT-BCT")   # Cyrillic В, С, Т folded
    assert issuers(result) == [ACTOR + "bo-cong-an", ACTOR + "bo-quoc-phong", ACTOR + "bo-y-te",
                               ACTOR + "bo-cong-thuong"]


def test_a_ministers_title_never_issues_a_circular():
    text = ("BỘ QUỐC PHÒNG\n-------\nSố: 10/2026/TT-BQP\nHà Nội, ngày 12 tháng 02 năm 2026\nTHÔNG TƯ\n"
            "Quy định chi tiết\nBộ trưởng Bộ Quốc phòng ban hành Thông tư quy định chi tiết.\nĐiều 1. Phạm vi\n")
    _, quads = build(text)
    issued = {q.object.value for q in quads if q.predicate.value == PKG + "issuedBy"}
    assert issued == {ACTOR + "bo-quoc-phong"}


def test_signature_blocks_side_by_side():
    text = """\
BỘ TÀI CHÍNH - BỘ NỘI VỤ
Số: 04/2024/TTLT-BTC-BNV
Hà Nội, ngày 21 tháng 10 năm 2024
THÔNG TƯ LIÊN TỊCH
Hướng dẫn thực hiện chính sách

Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ hướng dẫn thực hiện.

KT. BỘ TRƯỞNG BỘ NỘI VỤ                  KT. BỘ TRƯỞNG BỘ TÀI CHÍNH
THỨ TRƯỞNG                                THỨ TRƯỞNG
Trần Văn Bình                             Lê Thị Hoa
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
"""
    result, _ = build(text)
    assert [(s.person, s.post, s.mode) for s in result.document.signatures] == [
        ("Trần Văn Bình", "Thứ trưởng", "KT."), ("Lê Thị Hoa", "Thứ trưởng", "KT.")]


def test_the_body_after_the_signature_block_is_read_again():
    text = LAYOUT + """\
                         QUY CHẾ
           Phối hợp quản lý khoáng sản
Điều 1. Trách nhiệm phối hợp
Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thẩm định hồ sơ khai thác.
"""
    result, _ = build(text)
    pairs = {(a.subjects[0], o) for a in result.assertions if a.relation == "coordination" for o in a.objects}
    # a Sơn La document: its departments are Sơn La's (docs/DATA_MODEL.md, "Identity of actors")
    assert (mint_actor_iri("Sở Xây dựng tỉnh Sơn La"), mint_actor_iri("Sở Tài chính tỉnh Sơn La")) in pairs


def test_chapter_headings_are_not_documents_and_a_title_verb_is_no_organ():
    text = ("CHÍNH PHỦ\nSố: 217/2025/NĐ-CP\nHà Nội, ngày 05 tháng 8 năm 2025\nNGHỊ ĐỊNH\nVề kiểm tra\n"
            "Chương I\nQUY ĐỊNH CHUNG\nĐiều 19. Quy định chuyển tiếp\nQuy định tại điểm a khoản 1 áp dụng chung.\n"
            "Ban Hành Kế Hoạch Kiểm Tra Năm 2026\n")
    result, _ = build(text)
    assert [m.label for m in result.mentions if m.category == "document"] == ["217/2025/NĐ-CP"]
    assert not any(label.startswith("Ban Hành") for label in actor_labels(result))


def test_cited_documents_carry_number_kind_issuer_and_date():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 01 tháng 4 năm 2026\nKẾ HOẠCH\n"
            "Thực hiện Kết luận\n\nThực hiện Kết luận số 75-KL/TW ngày 10/01/2026 của Bộ Chính trị về bảo vệ môi "
            "trường và Chương trình hành động số 31-CTr/TW của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế "
            "hoạch như sau: Sở Tài chính bố trí kinh phí theo Tờ trình số 12-TTr/BCS và Công văn số 193/UBND-KT.\n")
    _, quads = build(text)
    doc = ID + "doc/12-kh-ubnd/uy-ban-nhan-dan-tinh-son-la"
    implemented = {q.object.value for q in quads if q.subject.value == doc and q.predicate.value == PKG + "implements"}
    assert implemented == {ID + "doc/75-kl-tw", ID + "doc/31-ctr-tw"}      # every item of a cited list
    facts = {(q.subject.value, q.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], q.object.value) for q in quads}
    assert (ID + "doc/75-kl-tw", "identifier", "75-KL/TW") in facts
    assert (ID + "doc/75-kl-tw", "issuedBy", ACTOR + "bo-chinh-tri") in facts
    assert (ID + "doc/75-kl-tw", "date", "2026-01-10") in facts
    assert (ID + "doc/12-ttr-bcs", "type", PKG + "Submission") in facts
    assert (ID + "doc/193-ubnd-kt", "type", PKG + "OfficialLetter") in facts


def test_a_law_by_full_name_and_by_abbreviation_is_one_node():
    text = ("Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;\n"
            "Các sở thực hiện đúng quy định của Luật BVMT và Luật Bảo vệ môi trường.\n")
    result, _ = build(text)
    laws = {m.iri for m in result.mentions if m.category == "document"}
    assert laws == {ID + "doc/law-luat-bao-ve-moi-truong"}
    assert "Luật BVMT" in next(d.alt_labels for d in load_lexicon().named_documents
                               if d.iri == ID + "doc/law-luat-bao-ve-moi-truong")


def test_page_markers_and_page_numbers_are_not_text():
    text = "Sở Tài chính chủ trì thực hiện.\n===== Trang 2 =====\nCông an tỉnh phối hợp.\n\f" + " " * 40 + "3\nHết.\n"
    source = source_from_string(text)
    skipped = [source.text[s.start:s.end] for s in source.skipped]
    assert skipped == ["===== Trang 2 =====", "3"]


@pytest.mark.parametrize("written,number", [
    ("Số: 5973 /UBND-KT", "5973/UBND-KT"), ("Số: 21/2025/TT - BNV", "21/2025/TT-BNV"),
    ("Số 3260-KH/ĐĐQH15", "3260-KH/ĐĐQH15"), ("Số: 101/2025/UBTVQH15", "101/2025/UBTVQH15"),
    ("Số: 102/2025/NQLT/UBTVQH15-CP", "102/2025/NQLT/UBTVQH15-CP"),
])
def test_numbers_as_published(written, number):
    result, _ = build(written + "\nHà Nội, ngày 01 tháng 01 năm 2025\nKẾ HOẠCH\nVề việc\n\nNội dung.\n")
    assert result.document.identifier == number


def test_a_signature_block_without_mode_or_recipients():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CT-TTg\nHà Nội, ngày 03 tháng 6 năm 2025\nCHỈ THỊ\nVề phòng, chống dịch\n\n"
            "Bộ Y tế chủ trì, phối hợp với các địa phương tổ chức phòng, chống dịch.\n\n"
            "                                    THỦ TƯỚNG\n\n                                   (Đã ký)\n\n"
            "                                  Nguyễn Văn Bình\n")
    result, _ = build(text)
    assert [(s.person, s.post, s.mode) for s in result.document.signatures] == [("Nguyễn Văn Bình", "Thủ tướng", None)]
    assert not any("Bình" in label for label in actor_labels(result))


def test_an_office_and_a_persons_name_are_no_organisation():
    result, _ = build("Đồng chí Phó Chủ tịch Hoàng Văn An chỉ đạo Sở Tài chính kiểm tra.\n")
    assert actor_labels(result) == {"Sở Tài chính"}


def test_a_table_of_tasks_right_after_the_recipients_is_body():
    text = LAYOUT + ("| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
                     "|---|---|---|---|---|\n"
                     "| 1 | Rà soát giấy phép khai thác | Sở Xây dựng | Sở Tài chính | Quý III/2025 |\n")
    result, _ = build(text, name="t.md", media_type="text/markdown")
    footers = [b.span for b in result.document.frame if b.role in ("footer", "recipients")]
    row = result.source.text.index("| 1 |")
    assert not any(span.start <= row < span.end for span in footers)


def test_a_markdown_recipients_list_with_abbreviations_in_capitals_is_not_body():
    text = ("ĐẢNG ĐOÀN QUỐC HỘI\nSố: 12-KH/ĐĐQH15\nHà Nội, ngày 3 tháng 6 năm 2025\n\n**KẾ HOẠCH**\n\n"
            "**Về triển khai Nghị quyết**\n\n1.  Văn phòng Quốc hội chủ trì, phối hợp với Hội đồng Dân tộc tổ chức "
            "thực hiện Kế hoạch này.\n\n**Nơi nhận:**\n\n*   Ban Bí thư Trung ương Đảng (để b/c),\n"
            "*   Thành viên Đảng đoàn Quốc hội,\n*   VPTW, VPCP, VPQH,\n*   Các Đoàn ĐBQH,\n*   Lưu VPĐĐQH, Vụ KHCNMT.\n\n"
            "**T/M ĐẢNG ĐOÀN QUỐC HỘI**\n\n**BÍ THƯ**\n\nTrần Văn Mẫn\n")
    result, _ = build(text, name="t.md", media_type="text/markdown")
    labels = actor_labels(result)
    assert {"Văn phòng Quốc hội", "Hội đồng Dân tộc"} <= labels
    assert not any(label in ("Văn phòng Chính phủ", "VPCP", "Vụ KHCNMT", "Vụ Khcnmt") for label in labels), labels
    assert [(s.person, s.mode) for s in result.document.signatures] == [("Trần Văn Mẫn", "TM.")]
