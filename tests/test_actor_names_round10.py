"""Actors of issue 9, round 10: a known name cut by a line break of the published text, and the organisations and
persons concerned that a decision's closing clause addresses. Sentences written from docs/GENRE.md and
tests/data/real/GUIDELINES.md, not from the corpus."""

from __future__ import annotations

from policykg.graph_builder.emit import named_actors
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def actor_labels(text: str) -> list[str]:
    """The labels of the actor mentions of the built ``text`` (the reader's line joins included)."""
    return [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


def test_a_known_name_cut_by_a_line_break_after_a_numbered_item_is_one_name():
    # a numbered item's first line ends inside a name of the vocabulary, after a capitalised word; the next line opens
    # with the name's capitalised rest
    text = ("CHƯƠNG TRÌNH\n\n"
            "4. Đảng đoàn Quốc hội định hướng nội dung để Ban Công tác đại biểu và Ủy ban Thường vụ\n"
            "Quốc hội xem xét, cho ý kiến về số lượng đại biểu chuyên trách ở địa phương.\n")
    labels = actor_labels(text)
    assert "Ủy ban Thường vụ Quốc hội" in labels and "Ủy ban Thường vụ" not in labels


def test_a_line_that_ends_with_a_whole_name_does_not_join_a_heading_below():
    # "Bộ Tư pháp" is whole at the end of the line; "Quốc hội" below does not make a longer known name with it
    text = ("KẾ HOẠCH\n\n1. Giao nhiệm vụ cho các cơ quan, trong đó chủ trì là Bộ Tư pháp\n"
            "Quốc hội xem xét dự án luật tại kỳ họp gần nhất.\n")
    labels = actor_labels(text)
    assert "Bộ Tư pháp" in labels and "Quốc hội" in labels


def test_the_organisations_and_persons_concerned_act_where_a_clause_addresses_them():
    lex = load_lexicon()
    text = ("QUYẾT ĐỊNH\n\nĐiều 3. Giám đốc Sở Xây dựng, Chủ tịch Ủy ban nhân dân các xã và các tổ chức, cá nhân khác "
            "có liên quan chịu trách nhiệm thi hành Quyết định này.\n")
    result = build_source(source_from_string(text), lex)
    assert lex.lookup("tổ chức, cá nhân có liên quan").iri in named_actors(result, lex)


def test_organisations_and_persons_a_text_regulates_are_no_actor():
    # the bare pair is who a rule is about ("xử lý tổ chức, cá nhân vi phạm"), not a collective the text addresses
    found = [m for m in find_mentions(source_from_string("Sở Công Thương kiểm tra, xử lý nghiêm tổ chức, cá nhân vi "
                                                         "phạm quy định về kinh doanh xăng dầu."), [], load_lexicon())
             if m.category == "actor"]
    assert [m.label for m in found] == ["Sở Công Thương"]


def test_the_receivers_name_on_a_receipt_stamp_is_no_actor():
    # a scanned letter keeps the stamp of the office that received it: its name, "CÔNG VĂN ĐẾN" and the stamp's fields
    text = ("BỘ NỘI VỤ\nSố: 88/BNV-TCBC\nV/v rà soát biên chế năm 2027\n\nHà Nội, ngày 4 tháng 3 năm 2027\n\n"
            "SỞ NỘI VỤ TỈNH ĐIỆN BIÊN\nCÔNG VĂN ĐẾN\nSố: 412\nNgày: 9/3/2027\nChuyển: Phòng TCBC\n\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\nBộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố "
            "rà soát biên chế và báo cáo trước ngày 30/4/2027.\n")
    labels = actor_labels(text)
    assert "Ủy ban nhân dân cấp tỉnh" in labels
    assert not any("Điện Biên" in label for label in labels)


def test_a_stamp_word_without_its_fields_is_kept():
    from policykg.graph_builder.skipped import non_body_lines
    text = "Ban Tổ chức\nĐẾN\nhết hạn nộp hồ sơ thì dừng.\n"
    assert non_body_lines(text) == []


def test_the_peoples_councils_of_the_provinces_under_the_centre_are_the_provincial_level():
    lex = load_lexicon()
    for written in ("Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương", "HĐND các tỉnh, thành phố"):
        assert lex.lookup(written).iri == lex.lookup("Hội đồng nhân dân cấp tỉnh").iri


def test_a_numbered_items_full_first_line_goes_on_before_a_capital_in_hard_wrapped_text():
    # the text is wrapped near one width; item 2's first line reached it inside a name, so the name goes on below,
    # while the short item "3. Kinh phí" stays a heading
    text = ("KẾ HOẠCH\n\n"
            "1. Mục tiêu chung là nâng cao năng lực kiểm soát dịch bệnh ở mọi địa bàn.\n"
            "2. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Trung tâm Kiểm soát\n"
            "Bệnh tật tỉnh tổ chức tiêm phòng, giám sát dịch bệnh trên đàn gia súc,\n"
            "gia cầm trong toàn tỉnh theo kế hoạch đã được phê duyệt trong năm nay.\n"
            "3. Kinh phí\n"
            "Ngân sách tỉnh bảo đảm theo phân cấp hiện hành của nhà nước và tỉnh.\n")
    result = build_source(source_from_string(text))
    assert [m.label for m in result.mentions if m.category == "actor"] == [
        "Sở Nông nghiệp và Môi trường", "Trung tâm Kiểm soát Bệnh tật tỉnh"]
    assert any(s.title == "Kinh phí" for s in result.sections)


def test_a_province_word_before_uy_is_a_party_committee_not_a_level():
    # "các tỉnh ủy" are the provinces' Party committees: no "Ban Thường vụ các tỉnh" cut before "ủy"
    found = actors_of("Ban Bí thư giao Ban Thường vụ các huyện ủy, quận ủy rà soát đội ngũ cán bộ.")
    assert "huyện ủy, quận ủy" in found and not any(label.startswith("Ban Thường vụ các") for label in found)


def test_the_standing_committees_of_the_provincial_party_committees_named_together():
    found = actors_of("Bộ Chính trị yêu cầu ban thường vụ các tỉnh uỷ, thành uỷ trực thuộc Trung ương lãnh đạo việc "
                      "kiện toàn; Ban Thường vụ Tỉnh ủy Sơn La báo cáo kết quả.")
    assert found[:2] == ["Bộ Chính trị", "Ban Thường vụ các tỉnh ủy, thành ủy"]
    assert "Ban Thường vụ Tỉnh ủy Sơn La" in found


def actors_of(text: str) -> list[str]:
    """The labels of the actor mentions the recogniser finds in ``text``."""
    return [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_department_named_by_its_ministrys_abbreviated_field_is_that_department():
    # the ontology abbreviates the ministries ("Bộ KH&CN", "Bộ LĐTB&XH"); a province's department and a district's office
    # share the field and its abbreviation
    found = actors_of("Sở KH&CN chủ trì, phối hợp với Sở LĐTB&XH và Phòng GDĐT huyện Mường Tè rà soát số liệu.")
    assert found == ["Sở Khoa học và Công nghệ", "Sở Lao động - Thương binh và Xã hội",
                     "Phòng Giáo dục và Đào tạo huyện Mường Tè"]


def test_a_titles_time_in_capitals_is_no_part_of_its_place():
    # "... TỈNH HÀ NAM GIAI ĐOẠN 2026-2030": the place of the title (and of the document) ends before the time
    text = ("KẾ HOẠCH\n\nCHUYỂN ĐỔI SỐ NGÀNH Y TẾ TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030\n\n"
            "Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai.\n")
    labels = actor_labels(text)
    assert labels[-2:] == ["Sở Y tế tỉnh Hà Nam", "Sở Tài chính tỉnh Hà Nam"]
    assert not any("Giai" in label for label in labels)


def test_a_unit_named_with_the_issuers_name_without_its_place_is_the_issuers():
    # a provincial council's own resolution: "Thường trực Hội đồng nhân dân" and "Văn phòng Hội đồng nhân dân" are its own
    from policykg.graph_builder.identity import actor_iri_in_context, document_locality
    lex = load_lexicon()
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 12/NQ-HĐND\n\nNGHỊ QUYẾT\nVề chương trình giám sát năm 2027\n\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI\n\nQUYẾT NGHỊ:\n\nĐiều 2. Giao Thường trực Hội đồng nhân dân chỉ đạo, "
            "Văn phòng Hội đồng nhân dân bảo đảm điều kiện; Thường trực Hội đồng nhân dân tỉnh báo cáo kết quả.\n")
    result = build_source(source_from_string(text), lex)
    standing = {m.iri for m in result.mentions if m.category == "actor" and m.label.startswith("Thường trực")}
    office = {m.label for m in result.mentions if m.category == "actor" and m.label.startswith("Văn phòng")}
    assert len(standing) == 1 and office == {"Văn phòng Hội đồng nhân dân tỉnh Yên Bái"}
    locality = document_locality(result.document, lex, source_from_string(text))
    assert actor_iri_in_context("Thường trực Hội đồng nhân dân", locality, lex, result.document) == standing.pop()


def test_a_full_heading_line_with_its_holders_after_a_colon_stays_a_heading():
    # the holders' list of a numbered heading fills its line (hard-wrapped text) and a lost letter ("v\ufffd" for "và")
    # breaks it: the heading keeps the ministries it names whole, and its items are theirs
    text = ("QUY CHẾ\n\nĐiều 6. Trách nhiệm của các cơ quan\n\n"
            "1. Bộ Tài chính chủ trì tổng hợp kinh phí thực hiện Đề án theo quy định của pháp\n"
            "luật về ngân sách nhà nước và hướng dẫn các địa phương lập dự toán hằng năm.\n"
            "2. Trách nhiệm của các Bộ: Công an, Quốc phòng, Ngoại giao, Lao động v\ufffd\n"
            "Xã hội, Nội vụ, Tư pháp và Y tế:\n"
            "a) Phối hợp với Bộ Tài chính rà soát nhu cầu kinh phí của ngành mình;\n"
            "b) Báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.\n")
    result = build_source(source_from_string(text))
    holders = {s.rsplit("/", 1)[1] for a in result.assertions if a.relation == "task" for s in a.subjects}
    assert {"bo-cong-an", "bo-quoc-phong", "bo-ngoai-giao"} <= holders


def test_a_place_of_two_halves_joined_by_a_hyphen_is_one_place():
    # a hyphen or a dash written without spaces joins the two halves of a place in running text; spaced, it separates
    found = actors_of("Ủy ban nhân dân thị xã Ayun–Pa và Công an tỉnh Kon-Tum phối hợp với Sở Tư pháp - Sở Nội vụ.")
    assert found == ["Ủy ban nhân dân thị xã Ayun-Pa", "Công an tỉnh Kon-Tum", "Sở Tư pháp", "Sở Nội vụ"]
