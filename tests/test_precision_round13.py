"""Precision of actors, issue 9, round 13: names that ran on into the next body or the next verb (a second body after
"và", two names of a table cell whose comma was lost, the verb "giúp") and bodies named inside words an amendment
quotes. Every text is invented, of another kind of document than the one that showed the error, and worded unlike
it."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def surfaces(text: str) -> list[str]:
    """The surfaces of the actor mentions of the built ``text``, in order."""
    return [m.surface for m in build_source(source_from_string(text)).mentions if m.category == "actor"]


def test_a_kind_of_body_after_a_name_s_and_is_a_second_body():
    # a forest-protection plan and a finance circular: "Chi cục Kiểm lâm và | cơ quan công an ..." are two bodies
    found = surfaces("Chi cục Kiểm lâm và cơ quan công an huyện (Công an huyện) tuần tra các tiểu khu rừng giáp ranh.")
    assert "Chi cục Kiểm lâm" in found and not any(" và cơ quan" in s for s in found), found
    found = surfaces("Cục Hải quan và cơ quan thuế trao đổi thông tin về hàng hóa nhập khẩu hằng tháng.")
    assert found[:2] == ["Cục Hải quan", "cơ quan thuế"], found


def test_a_domain_s_and_before_a_kind_of_body_ends_the_name():
    # a name whose own words hold a "và" ("Văn hóa, Khoa học và Thông tin") ends before "và | cơ sở ...", "và | đơn vị ..."
    found = surfaces("Phòng Văn hóa, Khoa học và Thông tin và cơ sở in ấn báo cáo số liệu quý.")
    assert found == ["Phòng Văn hóa, Khoa học và Thông tin"], found
    found = surfaces("Trung tâm Văn hóa và Thể thao và đơn vị tổ chức sự kiện, hội chợ ký cam kết.")
    assert "Trung tâm Văn hóa và Thể thao" in found and not any(" và đơn vị" in s for s in found), found


def test_two_names_of_a_cell_apart_by_a_wider_gap_are_two_bodies():
    # a report's table whose cells lost their commas: a wider gap before a new head noun separates two names
    found = surfaces("| 2 | Rà soát hồ sơ bệnh án | Bệnh viện Đa khoa Lạng Sơn  Trung tâm Kiểm soát bệnh tật | Quý III |")
    assert "Bệnh viện Đa khoa Lạng Sơn" in found and "Trung tâm Kiểm soát bệnh tật" in found, found


def test_a_text_spaced_wide_throughout_keeps_its_names_whole():
    found = surfaces("Đề nghị  Hội  Liên  hiệp  Phụ  nữ  tỉnh  Lạng  Sơn  phối hợp  tuyên truyền.")
    assert any(s.split() == "Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn".split() for s in found), found


def test_giup_after_a_name_is_its_verb():
    # a Party committee's resolution and a district's decision: "X giúp Y ..." gives the name X alone
    found = surfaces("Văn phòng Huyện ủy giúp Ban Thường vụ Huyện ủy theo dõi, đôn đốc việc thực hiện Nghị quyết.")
    assert "Văn phòng Huyện ủy" in found and not any("giúp" in s for s in found), found
    found = surfaces("Trung tâm Phát triển quỹ đất giúp Ủy ban nhân dân huyện tổ chức đấu giá quyền sử dụng đất.")
    assert "Trung tâm Phát triển quỹ đất" in found and not any("giúp" in s for s in found), found


def test_a_body_inside_words_an_amendment_quotes_is_no_actor():
    # a district decision amending a regulation, its quote left open: the quoted words are text, not a body acting
    found = surfaces("2. Bỏ cụm từ “Phòng Tài nguyên và Môi trường tại điểm b khoản 2 Điều 4. "
                     "Văn phòng Ủy ban nhân dân huyện theo dõi việc thực hiện.")
    assert found == ["Văn phòng Ủy ban nhân dân huyện"], found
    # the same body named outside the quotes is an actor
    assert surfaces("Phòng Tài nguyên và Môi trường chủ trì kiểm tra hồ sơ giao đất.") == ["Phòng Tài nguyên và Môi trường"]


def test_a_body_s_units_however_written_are_one_collective():
    # a ministry's decision: "đơn vị thuộc", "đơn vị trực thuộc", "cơ quan trực thuộc" the same body: one actor
    text = ("Điều 3. Các đơn vị thuộc Cục Hàng hải Việt Nam rà soát quy trình cấp phép. Thủ trưởng các đơn vị trực thuộc "
            "Cục Hàng hải Việt Nam báo cáo kết quả trước ngày 15/10. Các cơ quan trực thuộc Cục Hàng hải Việt Nam phối "
            "hợp thực hiện.")
    found = {m.iri for m in build_source(source_from_string(text)).mentions
             if m.category == "actor" and "thuộc" in m.surface}
    assert len(found) == 1, found
    # units of two different bodies stay two
    text = "Các đơn vị thuộc Cục Hàng hải Việt Nam và các đơn vị thuộc Cục Đường thủy nội địa Việt Nam phối hợp."
    assert len({m.iri for m in build_source(source_from_string(text)).mentions if m.category == "actor"}) >= 2


def test_a_department_named_alone_before_its_every_locality_name_is_that_one_actor():
    # a government decree (no locality): "Sở Y tế" alone first, then "Sở Y tế các tỉnh, thành phố ...": one actor
    text = ("CHÍNH PHỦ\nSố: 31/2026/NĐ-CP\n\nNGHỊ ĐỊNH\nQuy định về tiêm chủng mở rộng\n\n"
            "Điều 4. Sở Y tế tổ chức kiểm tra việc bảo quản vắc xin tại các điểm tiêm.\n"
            "Điều 9. Sở Y tế các tỉnh, thành phố trực thuộc Trung ương báo cáo Bộ Y tế trước ngày 15 tháng 12 hằng năm.\n")
    found = {m.iri for m in build_source(source_from_string(text)).mentions
             if m.category == "actor" and m.surface.startswith("Sở Y tế")}
    assert len(found) == 1, found


def test_xa_hoi_in_a_header_names_no_commune():
    # a bank's official letter: "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" (society), no commune called "Hội"
    from policykg.graph_builder.levels import header_locality
    from policykg.ontology import load_lexicon
    source = source_from_string("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nSố: 112/NHCS-TDSV\nV/v cho vay học sinh, sinh viên\n\n"
                                "Kính gửi: Giám đốc chi nhánh các tỉnh, thành phố.\n")
    assert header_locality(source, load_lexicon()) is None
    source = source_from_string("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI --------\nSố: 45/2026/TT-BLĐTBXH\n")
    assert header_locality(source, load_lexicon()) is None
    source = source_from_string("BỘ Y TẾ\nSố: 08/2026/TT-BYT\nTHÔNG TƯ\nHƯỚNG DẪN CÔNG TÁC BẢO TRỢ XÃ HỘI TẠI CỘNG ĐỒNG\n")
    assert header_locality(source, load_lexicon()) is None
    # a commune whose name begins with "Hội" is still one
    source = source_from_string("ỦY BAN NHÂN DÂN\nXÃ HỘI XUÂN\nSố: 12/KH-UBND\n")
    assert header_locality(source, load_lexicon()) == ("xã", "Hội Xuân")


def test_the_youth_union_s_provincial_standing_boards_are_one_collective():
    # a Youth Union plan (not a letter's "Kính gửi"): the boards of the provincial and city unions, one actor
    text = ("III. TỔ CHỨC THỰC HIỆN\n1. Ban Thường vụ các tỉnh đoàn, thành đoàn, đoàn trực thuộc căn cứ Kế hoạch này "
            "xây dựng chương trình tình nguyện hè tại địa phương, báo cáo kết quả trước ngày 30/8/2026.\n")
    found = surfaces(text)
    assert "Ban Thường vụ các tỉnh đoàn, thành đoàn, đoàn trực thuộc" in found, found
    assert not any(s in ("tỉnh đoàn, thành đoàn", "thành đoàn") for s in found), found
