"""Actors of issue 9, round 8: where a name ends and which actor an office list stands for. Sentences written from
docs/GENRE.md and tests/data/real/GUIDELINES.md, not from the corpus."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def actors(text: str) -> list[tuple[str, str]]:
    """(surface, label) of the actor mentions of ``text``."""
    return [(m.surface, m.label) for m in find_mentions(source_from_string(text), [], load_lexicon())
            if m.category == "actor"]


def test_a_name_ends_at_the_pipe_of_a_row_no_reader_took_as_a_table():
    text = ("TT | Nội dung | Chủ trì | Phối hợp | Thời gian\n"
            "1 | Số hóa bản đồ | Sở Văn hóa và Thể thao | Sở Khoa học và Công nghệ | Quý II năm 2027\n"
            "2 | Tập huấn | Sở Nông nghiệp và Môi trường | Sở Xây dựng | Năm 2028\n"
            "3 | Kiểm kê | Sở Xây dựng | Ủy ban nhân dân các tỉnh, thành phố | Năm 2028\n")
    assert [s for s, _ in actors(text)] == ["Sở Văn hóa và Thể thao", "Sở Khoa học và Công nghệ",
                                           "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Xây dựng",
                                           "Ủy ban nhân dân các tỉnh, thành phố"]


def test_the_offices_heading_the_three_kinds_of_central_bodies_stand_for_that_list():
    found = actors("Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chịu trách "
                   "nhiệm thi hành Quyết định này.\nCác bộ, cơ quan ngang bộ, cơ quan thuộc CP báo cáo kết quả.")
    assert [label for _, label in found] == ["bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"] * 2


def test_two_kinds_of_central_bodies_stay_their_own_list():
    found = actors("Bộ trưởng, Thủ trưởng cơ quan ngang bộ chỉ đạo. Các bộ, cơ quan ngang bộ phối hợp.")
    assert [label for _, label in found] == ["bộ, cơ quan ngang bộ"] * 2


def test_ministries_sectors_and_localities_addressed_together_are_one_actor():
    found = actors("Các bộ, ngành, địa phương khẩn trương rà soát thủ tục. Các bộ, cơ quan trung ương và địa phương "
                   "báo cáo kết quả. Các bộ, ngành tổng hợp số liệu.")
    assert [label for _, label in found] == ["bộ, ngành, địa phương", "bộ, ngành, địa phương", "bộ, ngành"]


def test_a_name_that_runs_on_into_its_clause_ends_where_the_document_ends_it_elsewhere():
    found = actors("Chi cục Kiểm lâm chủ trì. Chi cục Kiểm lâm nhận hồ sơ, Chi cục Kiểm lâm không thu phí.")
    assert [s for s, _ in found] == ["Chi cục Kiểm lâm"] * 3


def test_a_longer_name_with_capitals_a_level_or_a_domain_after_the_short_one_stays_whole():
    found = actors("Cục Quản lý chủ trì. Cục Quản lý Khám, chữa bệnh phối hợp. Viện Nghiên cứu chủ trì. Viện Nghiên "
                   "cứu phát triển Thành phố phối hợp. Cục Cảnh sát chủ trì. Cục Cảnh sát điều tra tội phạm về ma túy "
                   "phối hợp.")
    assert [s for s, _ in found] == ["Cục Quản lý", "Cục Quản lý Khám, chữa bệnh", "Viện Nghiên cứu",
                                     "Viện Nghiên cứu phát triển Thành phố", "Cục Cảnh sát",
                                     "Cục Cảnh sát điều tra tội phạm về ma túy"]


def test_two_names_with_the_same_head_run_together_are_two_names():
    found = actors("Giao Sở Y tế \nSở Tài chính chủ trì. Sở Tư pháp Sở Nội vụ phối hợp. Văn phòng Sở Y tế báo cáo.")
    assert [s for s, _ in found] == ["Sở Y tế", "Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ", "Văn phòng Sở Y tế"]


def test_a_plural_word_or_a_title_after_a_name_is_none_of_it():
    found = actors("Sở Tài chính\nCác sở, ngành phối hợp. Theo Quyết định số 59/2025/QĐ-UBND của Ủy ban nhân dân tỉnh "
                   "Hòa Bình Sửa đổi, bổ sung quy định về phí.")
    assert [s for s, _ in found][:1] == ["Sở Tài chính"]
    assert "Ủy ban nhân dân tỉnh Hòa Bình" in [s for s, _ in found]


def test_a_list_of_ministries_holds_ministries_of_the_past_the_vocabulary_does_not_know():
    found = actors("Trách nhiệm của các Bộ: Tư pháp, Văn hoá - Thông tin, Thuỷ sản, Thương mại và Y tế:\na) Phối hợp thực "
                   "hiện.")
    assert [label for _, label in found] == ["Bộ Tư pháp", "Bộ Văn hóa - Thông tin", "Bộ Thủy sản", "Bộ Thương mại",
                                             "Bộ Y tế"]


def test_a_misread_known_domain_in_such_a_list_is_no_body_of_its_own():
    found = actors("Bộ Ngoại giao chủ trì, phối hợp các Bộ: Văn hóa, Thể thao và Du lich, Tài chính mở rộng diện xét.")
    assert "Bộ Văn hóa" not in [label for _, label in found]


def test_specialised_agencies_under_no_named_body_keep_their_under():
    found = actors("Ủy ban nhân dân tỉnh chỉ đạo cơ quan chuyên môn trực thuộc có liên quan kiểm tra. Sở Y tế giao cơ "
                   "quan chuyên môn trực thuộc phối hợp với Sở Tài chính.")
    assert [s for s, _ in found if s.startswith("cơ")] == ["cơ quan chuyên môn trực thuộc"] * 2


def test_a_lower_case_domain_with_its_va_before_a_proper_name():
    found = actors("Phòng Thương mại và Công nghiệp Việt Nam, Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam phối hợp.")
    assert [s for s, _ in found] == ["Phòng Thương mại và Công nghiệp Việt Nam",
                                     "Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam"]


def test_a_known_body_at_one_level_goes_on_over_the_other_words_of_that_tier():
    found = actors("Ủy ban nhân dân xã, phường tăng cường kiểm tra. Ủy ban nhân dân tỉnh, Tỉnh đoàn phối hợp. "
                   "Ủy ban nhân dân xã, huyện báo cáo.")
    assert [s for s, _ in found] == ["Ủy ban nhân dân xã, phường", "Ủy ban nhân dân tỉnh", "Tỉnh đoàn",
                                     "Ủy ban nhân dân xã"]
    assert found[0][1] == "Ủy ban nhân dân cấp xã"


def test_a_known_name_cut_by_a_line_break_the_segmenter_ends_a_sentence_at_is_one_name():
    from policykg.graph_builder.pipeline import build_source
    text = "Bộ Y tế chủ trì, phối hợp với Bộ Công\nThương và các cơ quan liên quan rà soát quy định."
    result = build_source(source_from_string(text))
    assert [(m.surface, m.label) for m in result.mentions if m.category == "actor"][:2] == [
        ("Bộ Y tế", "Bộ Y tế"), ("Bộ Công\nThương", "Bộ Công Thương")]


def test_no_known_name_is_read_over_a_line_break_where_known_names_end_and_start():
    from policykg.graph_builder.pipeline import build_source
    text = ("NGHỊ ĐỊNH\n\nĐiều 4. Trách nhiệm của Ủy ban nhân dân các cấp\nỦy ban nhân dân các cấp chịu trách nhiệm tổ "
            "chức tuần tra tại địa phương.\n")
    labels = [m.label for m in build_source(source_from_string(text)).mentions if m.category == "actor"]
    assert "cấp ủy đảng" not in labels and labels.count("Ủy ban nhân dân các cấp") == 2


def test_a_head_and_two_initials_name_the_known_body_the_document_names_in_full():
    from policykg.graph_builder.pipeline import build_source
    text = "Bộ Tài chính chủ trì, phối hợp với Bộ TC và Sở KH&CN; Sở Khoa học và Công nghệ báo cáo Bộ TT."
    found = [(m.surface, m.label) for m in build_source(source_from_string(text)).mentions if m.category == "actor"]
    assert [label for _, label in found] == ["Bộ Tài chính", "Bộ Tài chính", "Sở Khoa học và Công nghệ",
                                             "Sở Khoa học và Công nghệ", "Bộ TT"]


def test_a_capitalised_head_before_two_known_domains_or_more_names_that_many_bodies():
    found = actors("Sở Y tế, Công Thương, Nông nghiệp và Môi trường chủ trì. Sở Văn hóa, Thể thao và Du lịch phối hợp. "
                   "Sở Tư pháp, Công an tỉnh báo cáo.")
    assert [label for _, label in found] == ["Sở Y tế", "Sở Công Thương", "Sở Nông nghiệp và Môi trường",
                                             "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "Công an tỉnh"]
