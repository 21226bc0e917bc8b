"""Signature blocks and headers in the layouts the genre publishes them in (docs/GENRE.md, "Layout"), beyond those
of the real corpus's tune half: a block flattened to one line by a web copy, a note beside the name, a post whose
mark OCR lost, a post written in lower case, a 'TM.' that goes on on the next line, three joint blocks side by
side, a Word cell flattened to one line, a head's organ wrapping in its column, names in capitals of any family,
stacked blocks under their organs' names, a post naming its unit, blocks under a row of their organs' names signed
directly, "ĐẠI DIỆN <organ>" blocks over a page break, and the genre probes (tests/data/genre/probe/, probe3/ and
probe4/r4f-*, gold written before the builder ran on them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.core.textnorm import match_key
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string, read_source
from policykg.ontology import load_lexicon

PROBES = Path(__file__).resolve().parent / "data" / "genre" / "probe"
HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 01 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
        "Về phòng chống thiên tai\n\n1. Sở Xây dựng chủ trì kiểm tra công trình.\n2. Công an tỉnh bảo đảm an ninh.\n\n")
DEPUTY = [("KT.", "Phó Chủ tịch", "Nguyễn Văn An")]

CASES = {
    "modes on two lines": ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn An\n", DEPUTY),
    "name in capitals": ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNGUYỄN VĂN AN\n", DEPUTY),
    "note beside the name": ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký) Nguyễn Văn An\n", DEPUTY),
    "flattened block": ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An\n", DEPUTY),
    "flattened with a note": ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn An\n", DEPUTY),
    "OCR lost a mark": ("KT. CHỦ TICH\nPHÓ CHỦ TICH\n\nNguyễn Văn An\n", DEPUTY),
    "web copy's note": ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[daky]\nNguyễn Văn An\n", DEPUTY),
    "posts in lower case": ("KT. Chủ tịch\nPhó Chủ tịch\n\nNguyễn Văn An\n", DEPUTY),
    "block under the recipients": ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + " " * 32 + "KT. CHỦ TỊCH\n" + " " * 32
                                   + "PHÓ CHỦ TỊCH\n\n" + " " * 32 + "Nguyễn Văn An\n", DEPUTY),
    "OCR'd recipients label": ("Nơi nhân:" + " " * 30 + "KT. CHỦ TỊCH\n- Như trên;" + " " * 29 + "PHÓ CHỦ TỊCH\n"
                               "- Lưu: VT." + " " * 32 + "Nguyễn Văn An\n", DEPUTY),
    "TM. on two lines": ("TM. ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCHỦ TỊCH\n\nNguyễn Văn An\n",
                         [("TM.", "Chủ tịch", "Nguyễn Văn An")]),
    "standing board, flattened": ("TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ Lê Văn Bình\n", [("TM.", "Phó Bí thư", "Lê Văn Bình")]),
    "a post of three words": ("KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\n\nLê Văn Bình\n",
                              [("KT.", "Phó Tổng Giám đốc", "Lê Văn Bình")]),
    "a name of the highlands": ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nRơ Châm H'Bin\n", [("KT.", "Phó Chủ tịch", "Rơ Châm H'Bin")]),
    "three joint blocks": ("KT. BỘ TRƯỞNG BỘ CÔNG AN        KT. BỘ TRƯỞNG BỘ Y TẾ         KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\n"
                           "THỨ TRƯỞNG                      THỨ TRƯỞNG                    THỨ TRƯỞNG\n\n"
                           "Lê Quốc Hùng                    Đỗ Xuân Tuyên                 Cao Anh Tuấn\n",
                           [("KT.", "Thứ trưởng", n) for n in ("Lê Quốc Hùng", "Đỗ Xuân Tuyên", "Cao Anh Tuấn")]),
    "the head's organ wraps in its column": ("KT. BỘ TRƯỞNG BỘ CÔNG AN        KT. BỘ TRƯỞNG\n"
                                            "THỨ TRƯỞNG                      BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
                                            "                                THỨ TRƯỞNG\n\n"
                                            "Lê Văn Tâm                      Hoàng Thị Hương\n",
                                            [("KT.", "Thứ trưởng", "Lê Văn Tâm"), ("KT.", "Thứ trưởng", "Hoàng Thị Hương")]),
    "names in capitals side by side": ("TM. BAN THƯỜNG TRỰC                  TM. ỦY BAN NHÂN DÂN\n"
                                       "ỦY BAN MTTQ VIỆT NAM TỈNH            KT. CHỦ TỊCH\n"
                                       "CHỦ TỊCH                             PHÓ CHỦ TỊCH\n"
                                       "(Đã ký và đóng dấu)                  (Đã ký và đóng dấu)\n"
                                       "Y NGÔN KBUÔR                         KSOR H'BLĂNG\n",
                                       [("TM.", "Chủ tịch", "Y Ngôn Kbuôr"), ("KT.", "Phó Chủ tịch", "Ksor H'Blăng")]),
    "a concurrent title under the post signed in": ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH UBND TỈNH\n\n"
                                                    "Đoàn Thị Hậu\n", [("KT.", "Phó Trưởng ban Thường trực", "Đoàn Thị Hậu")]),
    "ranks on a line of their own": ("KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG    KT. BỘ TRƯỞNG BỘ CÔNG AN\n"
                                     "THỨ TRƯỞNG                     THỨ TRƯỞNG\n"
                                     "Thượng tướng                   Thượng tướng\n"
                                     "Hoàng Xuân Chiến               Lê Quốc Hùng\n",
                                     [("KT.", "Thứ trưởng", "Hoàng Xuân Chiến"), ("KT.", "Thứ trưởng", "Lê Quốc Hùng")]),
    "blocks in a table's rows": ("| GIÁM ĐỐC CÔNG AN TỈNH | VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỈNH | CHÁNH ÁN TÒA ÁN "
                                 "NHÂN DÂN TỈNH |\n| (Đã ký) | (Đã ký) | (Đã ký) |\n"
                                 "| Đại tá Nguyễn Văn Hùng | Trần Thị Mai | Lê Văn Sơn |\n",
                                 [(None, "Giám đốc", "Nguyễn Văn Hùng"), (None, "Viện trưởng", "Trần Thị Mai"),
                                  (None, "Chánh án", "Lê Văn Sơn")]),
    "a post naming its unit": ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\n(Đã ký)\n"
                               "Trần Quang Huy\n", [("TL.", "Vụ trưởng", "Trần Quang Huy")]),
    "an acting head": ("Q. GIÁM ĐỐC\n[daky]\nHoàng Văn Thạch\n", [("Q.", "Giám đốc", "Hoàng Văn Thạch")]),
    "a footer flattened to one line": ("Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An\n", DEPUTY),
    "a digital signature's stamp for a name": ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nKý bởi: Nguyễn Văn An\n", DEPUTY),
    "a stamp after the name": ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n\nNgười ký: Nguyễn Văn An\n"
                               "Cơ quan: Ủy ban nhân dân tỉnh Lào Cai\nThời gian ký: 10.07.2025 16:20:11 +07:00\n", DEPUTY),
    "the head of a unit the ontology does not list": ("TM. TIỂU BAN\nTRƯỞNG TIỂU BAN\n\nNguyễn Văn An\n",
                                                      [("TM.", "Trưởng Tiểu ban", "Nguyễn Văn An")]),
    "the deputy head of such a unit": ("KT. TRƯỞNG TIỂU BAN\nPHÓ TRƯỞNG TIỂU BAN\n\nNguyễn Văn An\n",
                                       [("KT.", "Phó Trưởng Tiểu ban", "Nguyễn Văn An")]),
    "an OCR'd rank before a name beside another block": (
        "KT. BỘ TRƯỞNG BỘ Y TẾ                 KT. BỘ TRƯỞNG BỘ CÔNG AN\nTHỨ TRƯỞNG                            THỨ TRƯỞNG\n"
        "(đã ký)                               (đã ký)\nLê Văn Thanh                          Trung tuớng Nguyễn Văn Sơn\n",
        [("KT.", "Thứ trưởng", "Lê Văn Thanh"), ("KT.", "Thứ trưởng", "Nguyễn Văn Sơn")]),
    "two blocks flattened in one row": (
        "TM. BAN CHẤP HÀNH ĐOÀN XÃ     BÍ THƯ     (Đã ký)     Hoàng Minh Đức   |   TM. ỦY BAN NHÂN DÂN     KT. CHỦ TỊCH"
        "     PHÓ CHỦ TỊCH     (Đã ký)     Vũ Thị Lan\n",
        [("TM.", "Bí thư", "Hoàng Minh Đức"), ("KT.", "Phó Chủ tịch", "Vũ Thị Lan")]),
    "a standing member signs for the Politburo": ("Nơi nhận:                        T/M BỘ CHÍNH TRỊ\n"
                                                  "- Các tỉnh ủy, thành ủy,           THƯỜNG TRỰC BAN BÍ THƯ\n"
                                                  "- Lưu Văn phòng Trung ương Đảng.          (đã ký)\n\n"
                                                  "                                      Trần Cẩm Tú\n",
                                                  [("TM.", "Thường trực Ban Bí thư", "Trần Cẩm Tú")]),
    "a stray mark of the signature's image between post and name": ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n [ \nNguyễn Văn An\n",
                                                                     DEPUTY),
    "a head who holds two posts, in a table's row": (
        "| Nơi nhận: - Như trên; - Lưu: VT. | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Trần Văn Bình |\n",
        [("KT.", "Phó Chủ nhiệm", "Trần Văn Bình")]),
    "a collective whose name reads like a post": ("TM. ĐOÀN CHỦ TỊCH\nCHỦ TỊCH\n(Đã ký)\nHà Thị Nga\n",
                                                  [("TM.", "Chủ tịch", "Hà Thị Nga")]),
    "a block for a collective without a post": ("T/M BAN BÍ THƯ\n(đã ký)\n\nTrần Cẩm Tú\n", [("TM.", None, "Trần Cẩm Tú")]),
    "modes chained beside the recipients": ("Nơi nhận:                       TL. THỦ TƯỚNG\n"
                                            "- Thủ tướng;                     KT. BỘ TRƯỞNG, CHỦ NHIỆM\n"
                                            "- Lưu: VT.                       PHÓ CHỦ NHIỆM\n"
                                            "                                 (Đã ký)\n"
                                            "                                Nguyễn Sỹ Hiệp\n",
                                            [("KT.", "Phó Chủ nhiệm", "Nguyễn Sỹ Hiệp")]),
}
JOINT_HEAD = ("CÔNG AN TỈNH HÀ TĨNH - VIỆN KIỂM SÁT NHÂN DÂN TỈNH HÀ TĨNH\nSố: 04/QCPH-CA-VKS\n"
              "Hà Tĩnh, ngày 5 tháng 3 năm 2025\n\nQUY CHẾ PHỐI HỢP\nTrong công tác điều tra\n\n"
              "Điều 1. Công an tỉnh chủ trì thống kê tin báo.\n\n")


@pytest.mark.parametrize("case", sorted(CASES))
def test_signature_layout(case):
    footer, expected = CASES[case]
    info = extract_document_info(source_from_string(HEAD + footer), load_lexicon())
    assert [(s.mode, s.post, s.person) for s in info.signatures] == expected


def _probes():
    return sorted([p for folder in (PROBES, PROBES.with_name("probe3")) for p in folder.iterdir()
                   if p.suffix in (".txt", ".md")]
                  + [p for p in PROBES.with_name("probe4").glob("r4f-*") if p.suffix in (".txt", ".md")])


@pytest.mark.parametrize("path", _probes(), ids=lambda p: p.stem)
def test_probe_signers_and_issuers(path):
    """Every signer of a probe with the post signed in; the issuers' names as the gold gives them."""
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    result = build_source(read_source(path))
    signed = {(s.person, s.post) for s in result.document.signatures}
    assert signed == {(s["person"], s["post"]) for s in gold["signers"]}
    assert len(result.document.issuers) == len(gold["document"]["issuers"])


def test_joint_blocks_sign_for_the_organ_their_head_post_names():
    """"KT. BỘ TRƯỞNG BỘ CÔNG AN" / "THỨ TRƯỞNG": the deputy signs for the ministry the head's post names."""
    footer, _ = CASES["three joint blocks"]
    info = extract_document_info(source_from_string(HEAD + footer), load_lexicon())
    assert [s.organ.label for s in info.signatures] == ["Bộ Công an", "Bộ Y tế", "Bộ Tài chính"]


def test_stacked_blocks_under_their_organs_sign_for_them():
    """A joint document's blocks one under the other, each under its organ's name ("CÔNG AN TỈNH X" / "GIÁM ĐỐC" /
    name, then "VIỆN KIỂM SÁT NHÂN DÂN TỈNH X" / "KT. VIỆN TRƯỞNG" / ...): every block signs, for its organ."""
    footer = ("CÔNG AN TỈNH HÀ TĨNH\nGIÁM ĐỐC\n(đã ký)\nĐại tá Võ Thanh Liêm\n\n"
              "VIỆN KIỂM SÁT NHÂN DÂN TỈNH HÀ TĨNH\nKT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\n(đã ký)\nLê Thị Bích\n\n"
              "Nơi nhận:\n- Lưu: VT.\n")
    info = extract_document_info(source_from_string(JOINT_HEAD + footer), load_lexicon())
    assert [(s.mode, s.post, s.person) for s in info.signatures] == [
        (None, "Giám đốc", "Võ Thanh Liêm"), ("KT.", "Phó Viện trưởng", "Lê Thị Bích")]
    assert [s.organ.iri for s in info.signatures] == [r.iri for r in info.issuers]


def test_a_post_naming_its_unit_is_the_units_post():
    """"TL. BỘ TRƯỞNG" / "VỤ TRƯỞNG VỤ PHÁP CHẾ": the post is "Vụ trưởng", in the Vụ Pháp chế (not the ministry)."""
    footer, _ = CASES["a post naming its unit"]
    info = extract_document_info(source_from_string(HEAD + footer), load_lexicon())
    assert match_key(info.signatures[0].organ.label) == "vụ pháp chế"


def test_a_joint_deputy_signs_for_the_issuer_their_head_post_heads():
    """"KT. BỘ TRƯỞNG" (no ministry named) beside the Presidium's block of a joint programme: the ministry signs, and
    the Presidium under its union's line is the issuer (not the union)."""
    head = ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "   ĐOÀN CHỦ TỊCH                          Độc lập - Tự do - Hạnh phúc\nBỘ Y TẾ\n\n"
            "Số: 03/CTrPH-ĐCT-BYT                      Hà Nội, ngày 08 tháng 3 năm 2025\n\nCHƯƠNG TRÌNH PHỐI HỢP\n"
            "Chăm sóc sức khỏe phụ nữ\n\n1. Bộ Y tế chủ trì tập huấn.\n\n")
    footer = ("       TM. ĐOÀN CHỦ TỊCH                          KT. BỘ TRƯỞNG\n"
              "   HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM                    THỨ TRƯỞNG\n"
              "            CHỦ TỊCH\n\n         Hà Thị Nga                               Đỗ Xuân Tuyên\n")
    info = extract_document_info(source_from_string(head + footer), load_lexicon())
    assert [match_key(r.label) for r in info.issuers] == ["đoàn chủ tịch hội liên hiệp phụ nữ việt nam", "bộ y tế"]
    assert [(s.mode, s.post, s.person, match_key(s.organ.label)) for s in info.signatures] == [
        ("TM.", "Chủ tịch", "Hà Thị Nga", "đoàn chủ tịch hội liên hiệp phụ nữ việt nam"),
        ("KT.", "Thứ trưởng", "Đỗ Xuân Tuyên", "bộ y tế")]


def test_a_signature_without_a_post_conforms(tmp_path):
    """The graph of a document signed "T/M BAN BÍ THƯ" / name (no post line): the person signs, no post is made up,
    and the graph conforms to the shapes (a signature has a signer, at most one post)."""
    from policykg.graph_builder.pipeline import emit_result_nquads
    from policykg.ontology.validation import validate

    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 52-CT/TW\nHà Nội, ngày 30 tháng 6 năm 2025\n\n"
            "CHỈ THỊ\nCỦA BAN BÍ THƯ\nvề công tác bảo vệ trẻ em\n\n1. Ban Tổ chức Trung ương chủ trì hướng dẫn.\n\n"
            "T/M BAN BÍ THƯ\n(đã ký)\n\nTrần Cẩm Tú\n")
    target = tmp_path / "ct.nq"
    target.write_bytes(emit_result_nquads(build_source(source_from_string(text))))
    report = validate(target)
    assert report.conforms, report.text()
    body = target.read_text(encoding="utf-8")
    assert "Trần Cẩm Tú" in body and "signerPost" not in body and "/post/" not in body


def test_seven_joint_blocks_in_rows_sign_for_seven_issuers():
    """A joint guidance of seven bodies signed in rows of blocks side by side (three, three, one), the organ of a
    head's post wrapping under its mode: seven signatures, each for its body."""
    head = ("BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ Y TẾ -        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BỘ CÔNG THƯƠNG - BỘ TÀI CHÍNH -                Độc lập - Tự do - Hạnh phúc\n"
            "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -\nTÒA ÁN NHÂN DÂN TỐI CAO\n\n"
            "Số: 30/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC        Hà Nội, ngày 5 tháng 3 năm 2026\n\n"
            "HƯỚNG DẪN LIÊN NGÀNH\nVề xử lý vi phạm\n\n1. Bộ Công an chủ trì, phối hợp với Bộ Y tế hướng dẫn.\n\n")
    grid = ("KT. BỘ TRƯỞNG BỘ Y TẾ          KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG       KT. BỘ TRƯỞNG BỘ CÔNG AN\n"
            "THỨ TRƯỞNG                     THỨ TRƯỞNG                        THỨ TRƯỞNG\n\n\n"
            "Đỗ Văn Tú                      Thượng tướng Hoàng Văn Chiến      Thượng tướng Lê Văn Hùng\n\n"
            "KT. VIỆN TRƯỞNG                KT. CHÁNH ÁN                      KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\n"
            "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO  TÒA ÁN NHÂN DÂN TỐI CAO          THỨ TRƯỞNG\n"
            "PHÓ VIỆN TRƯỞNG                PHÓ CHÁNH ÁN\n\n\n"
            "Nguyễn Huy Tiến                Nguyễn Văn Tiến                   Cao Văn Tuấn\n\n"
            "KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG\nTHỨ TRƯỞNG\n\n\nPhan Thị Thắng\n\nNơi nhận:\n- Lưu: VT.\n")
    info = extract_document_info(source_from_string(head + grid), load_lexicon())
    signed = {(s.person, s.post, match_key(s.organ.label)) for s in info.signatures}
    assert signed == {
        ("Đỗ Văn Tú", "Thứ trưởng", "bộ y tế"), ("Hoàng Văn Chiến", "Thứ trưởng", "bộ quốc phòng"),
        ("Lê Văn Hùng", "Thứ trưởng", "bộ công an"), ("Nguyễn Huy Tiến", "Phó Viện trưởng", "viện kiểm sát nhân dân tối cao"),
        ("Nguyễn Văn Tiến", "Phó Chánh án", "tòa án nhân dân tối cao"), ("Cao Văn Tuấn", "Thứ trưởng", "bộ tài chính"),
        ("Phan Thị Thắng", "Thứ trưởng", "bộ công thương")}


def test_blocks_side_by_side_with_posts_over_their_units_and_a_centred_third():
    """Two blocks side by side whose names stand on different lines, one post naming its unit over two lines ("PHÓ GIÁM
    ĐỐC SỞ VĂN HÓA," / "THỂ THAO VÀ DU LỊCH"), one post over its unit ("GIÁM ĐỐC" / "CÔNG AN TỈNH"), and a third
    block centred below: three signatures, each for its organ."""
    head = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CÔNG AN TỈNH -       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN             Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 15/KHLT-SVHTTDL-CAT-MTTQ                          Nghệ An, ngày 12 tháng 8 năm 2025\n\n"
            "KẾ HOẠCH LIÊN TỊCH\nXây dựng khu dân cư\n\n1. Công an tỉnh chủ trì tuần tra.\n\n")
    footer = (" KT. GIÁM ĐỐC                      GIÁM ĐỐC\n PHÓ GIÁM ĐỐC SỞ VĂN HÓA,        CÔNG AN TỈNH\n"
              " THỂ THAO VÀ DU LỊCH\n                                   Đại tá Bùi Quang Thanh\n Nguyễn Thị Thu Hường\n\n"
              "                      TM. BAN THƯỜNG TRỰC\n                ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN\n"
              "                           CHỦ TỊCH\n\n                         Võ Thị Minh Sinh\n")
    info = extract_document_info(source_from_string(head + footer), load_lexicon())
    assert sorted((s.mode or "", s.post, s.person, match_key(s.organ.label)) for s in info.signatures) == [
        ("", "Giám đốc", "Bùi Quang Thanh", "công an tỉnh nghệ an"),     # the place after the last organ is its too
        ("KT.", "Phó Giám đốc", "Nguyễn Thị Thu Hường", "sở văn hóa, thể thao và du lịch tỉnh nghệ an"),   # the place too
        ("TM.", "Chủ tịch", "Võ Thị Minh Sinh", "ban thường trực ủy ban mặt trận tổ quốc việt nam tỉnh nghệ an")]


def test_blocks_under_a_row_of_their_organs_names_sign_for_them():
    """A coordination regulation whose header names none of its parties (they are in the title) signs in three
    blocks side by side under a row of the organs' names, each post signed directly, the names after a rank."""
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Trị, ngày 05 tháng 3 năm 2026\n\n"
            "QUY CHẾ PHỐI HỢP\ngiữa Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị\n"
            "trong công tác bảo đảm an ninh, trật tự khu vực biên giới\n\n"
            "Điều 1. Công an tỉnh chủ trì đấu tranh với tội phạm ma túy.\n\n"
            "CÔNG AN TỈNH               BỘ CHỈ HUY QUÂN SỰ TỈNH       BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\n"
            "GIÁM ĐỐC                   CHỈ HUY TRƯỞNG                CHỈ HUY TRƯỞNG\n\n"
            "Đại tá Hồ Văn Lâm          Đại tá Nguyễn Hữu Tài         Đại tá Phan Văn Quý\n")
    info = extract_document_info(source_from_string(text), load_lexicon())
    organs = [o + " Quảng Trị" for o in ("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]
    assert [i.label for i in info.issuers] == organs
    assert [(s.mode, s.post, s.person, s.organ.label) for s in info.signatures] == [
        (None, "Giám đốc", "Hồ Văn Lâm", organs[0]), (None, "Chỉ huy trưởng", "Nguyễn Hữu Tài", organs[1]),
        (None, "Chỉ huy trưởng", "Phan Văn Quý", organs[2])]


def test_blocks_on_behalf_of_each_organ_over_a_page_break():
    """"ĐẠI DIỆN <organ>" / post / name, one block on each side of a page break (the page's number, a form feed):
    both sign, for the organ each names, with no mode of the list."""
    text = ("SỞ Y TẾ TỈNH ĐỒNG THÁP      HỘI CHỮ THẬP ĐỎ TỈNH ĐỒNG THÁP     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 21/CTrPH-SYT-HCTĐ                          Đồng Tháp, ngày 18 tháng 2 năm 2026\n\n"
            "CHƯƠNG TRÌNH PHỐI HỢP\nHiến máu tình nguyện\n\n1. Sở Y tế chủ trì tiếp nhận máu.\n\n"
            "ĐẠI DIỆN SỞ Y TẾ\nGIÁM ĐỐC\n\nNgô Thanh Bình\n                                  2\n\f\n"
            "ĐẠI DIỆN HỘI CHỮ THẬP ĐỎ TỈNH\nCHỦ TỊCH\n\nLâm Thị Hoa\n\nNơi nhận:\n- Lưu: VT.\n")
    info = extract_document_info(source_from_string(text), load_lexicon())
    assert [(s.mode, s.post, s.person) for s in info.signatures] == [
        (None, "Giám đốc", "Ngô Thanh Bình"), (None, "Chủ tịch", "Lâm Thị Hoa")]
    assert [match_key(s.organ.label) for s in info.signatures] == [match_key(i.label) for i in info.issuers]
