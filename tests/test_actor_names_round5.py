"""Actors of issue 9, round 5: where a name ends in the forms of coordination (a list of partners after a name of a
domain and a place, the places of a plural level, the units of a body in each region) and what a name does not
swallow. Sentences written from docs/GENRE.md, not from the corpus; the round-5 probes
(tests/data/genre/probe5/r5p-*, gold written before the builder ran on them) as a whole."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def surfaces(text: str) -> list[str]:
    """The surfaces of the actor mentions of ``text``."""
    return [m.surface for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_name_of_a_domain_and_a_place_ends_before_the_next_partner():
    assert surfaces("Công an xã; Ban quản lý rừng phòng hộ Mường Lát và các thôn có rừng phối hợp thực hiện.")[:2] == [
        "Công an xã", "Ban quản lý rừng phòng hộ Mường Lát"]


def labels(text: str) -> list[str]:
    """The labels of the actor mentions of ``text``."""
    return [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_the_places_of_a_plural_level_end_the_name_with_one_body_per_place():
    # round 15, GUIDELINES convention 7 (round 5 read the whole list as one name): one body per place, the first
    # mention running from the body's head to its place
    text = "Ủy ban nhân dân các xã Nghi Yên, Nghi Tiến chịu trách nhiệm về tiến độ."
    assert surfaces(text) == ["Ủy ban nhân dân các xã Nghi Yên", "Nghi Tiến"]
    assert labels(text) == ["Ủy ban nhân dân xã Nghi Yên", "Ủy ban nhân dân xã Nghi Tiến"]
    assert labels("Công an các huyện Bát Xát, Sa Pa và Bảo Thắng kiểm tra.") == [
        "Công an huyện Bát Xát", "Công an huyện Sa Pa", "Công an huyện Bảo Thắng"]
    # one commune and another body: two names
    assert surfaces("Ủy ban nhân dân xã Nghi Yên, Sở Xây dựng kiểm tra.") == ["Ủy ban nhân dân xã Nghi Yên", "Sở Xây dựng"]


def test_the_units_of_a_body_in_each_region_keep_their_region():
    assert surfaces("Trung tâm Y tế các khu vực, Phòng Giáo dục và Đào tạo các khu vực trong rà soát danh sách.") == [
        "Trung tâm Y tế các khu vực", "Phòng Giáo dục và Đào tạo các khu vực"]
    assert surfaces("Trung tâm Y tế các khu vực kiểm tra.") == ["Trung tâm Y tế các khu vực"]
    assert surfaces("Sở Tài chính kiểm tra các khu vực biên giới.") == ["Sở Tài chính"]   # where, not who


def built_actors(body: str) -> list[str]:
    """The surfaces of the actor mentions a build of a provincial plan with ``body`` keeps (after identity)."""
    from policykg.graph_builder.pipeline import build_source
    head = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\nThử nghiệm\n\n"
    result = build_source(source_from_string(head + body + "\n", name="plan.txt"))
    return [m.surface for m in result.mentions if m.category == "actor" and m.span.start >= len(head)]


def test_bodies_inside_the_title_of_a_cited_document_are_not_actors_but_its_issuers_are():
    assert built_actors("Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 03/02/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế "
                        "phối hợp giữa Sở Tư pháp và Công an tỉnh;") == ["Ủy ban nhân dân tỉnh"]
    # a document cited inside the title: its issuer stays
    assert built_actors("Thực hiện Kế hoạch số 200/KH-UBND ngày 05/5/2026 của Ủy ban nhân dân tỉnh thực hiện Chương trình "
                        "số 39-CTr/TU của Ban Thường vụ Tỉnh ủy về khoáng sản.") == [
        "Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy"]
    # the main clause after the title names its actors
    assert built_actors("Thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ về việc phòng chống dịch, Sở Y tế "
                        "chủ trì, phối hợp với Công an tỉnh kiểm tra.") == ["Thủ tướng Chính phủ", "Sở Y tế", "Công an tỉnh"]


def test_names_of_units_and_of_public_bodies():
    # a unit whose name is a capitalised verb ("Tham mưu") right after its head, with its body
    assert surfaces("Phòng Tham mưu Công an tỉnh và Phòng Tham mưu Bộ Chỉ huy Bộ đội Biên phòng tỉnh là cơ quan thường trực.") == [
        "Phòng Tham mưu Công an tỉnh", "Phòng Tham mưu Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    assert surfaces("Mặt trận Tổ quốc Phối hợp tổ chức hội nghị.") == ["Mặt trận Tổ quốc"]   # a verb, not a unit
    # libraries and museums; a provincial Youth Union committee; a level list never takes a capitalised name
    assert surfaces("Thư viện tỉnh, Bảo tàng tỉnh, Tỉnh đoàn phối hợp.") == ["Thư viện tỉnh", "Bảo tàng tỉnh", "Tỉnh đoàn"]
    assert surfaces("Các cơ quan phối hợp gồm: Công an các xã, phường, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn.")[-2:] == [
        "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"]
    # a jurists' association is no law; its central committee is written with "Trung ương"; a name ends with the country
    assert surfaces("Bộ Tư pháp và Trung ương Hội Luật gia Việt Nam xây dựng kế hoạch.") == [
        "Bộ Tư pháp", "Trung ương Hội Luật gia Việt Nam"]
    assert surfaces("Báo và Phát thanh, Truyền hình Bắc Ninh đưa tin về các hoạt động.") == [
        "Báo và Phát thanh, Truyền hình Bắc Ninh"]


def test_the_press_that_reports_is_no_actor_and_a_body_named_by_what_it_belongs_to_is_one():
    assert surfaces("Trao đổi với phóng viên Báo Hải quan, Cục Điều tra chống buôn lậu cho biết.") == [
        "Cục Điều tra chống buôn lậu"]
    assert surfaces("Cuộc kiểm tra chuyên ngành của cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh thực hiện.") == [
        "cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh"]


def test_a_lower_case_domain_joined_by_va_and_a_registration_office():
    assert surfaces("Chi cục Bảo vệ môi trường phối hợp với Trung tâm Quan trắc tài nguyên và môi trường thực hiện.") == [
        "Chi cục Bảo vệ môi trường", "Trung tâm Quan trắc tài nguyên và môi trường"]
    assert surfaces("Trung tâm Y tế và trường học phối hợp.") == ["Trung tâm Y tế", "trường học"]   # two bodies
    assert surfaces("Sở Nông nghiệp và Môi trường phối hợp với Văn phòng Đăng ký đất đai tỉnh rà soát.")[-1] == \
        "Văn phòng Đăng ký đất đai tỉnh"


def test_a_code_inside_a_blank_number_and_a_body_named_again_short():
    assert built_actors("(Kèm theo Kế hoạch số:      /KH-UBND ngày    tháng    năm 2026 của UBND tỉnh Lào Cai)") == [
        "UBND tỉnh Lào Cai"]
    from policykg.graph_builder.pipeline import build_source
    head = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nHƯỚNG DẪN\nThử nghiệm\n\n"
    body = "d) Đối với Ủy ban nhân dân cấp xã, thành phần dự hội nghị gồm ban lãnh đạo Ủy ban nhân dân và đại diện.\n"
    result = build_source(source_from_string(head + body, name="guide.txt"))
    labels = [m.label for m in result.mentions if m.category == "actor" and m.span.start >= len(head)]
    assert len(labels) == 2 and labels[0] == labels[1] and labels[0] != "Ủy ban nhân dân các cấp"
