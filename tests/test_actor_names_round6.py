"""Actors of issue 9, round 6: where a name ends after a proper name or an abbreviation, organs of other domains and
levels, descriptive and anaphoric actors, one actor written several ways. Sentences written from docs/GENRE.md, not
from the corpus; the round-6 probes (tests/data/genre/probe6/r6a-*, gold written before the builder ran on them) as
a whole."""

from __future__ import annotations

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon


def surfaces(text: str) -> list[str]:
    """The surfaces of the actor mentions of ``text``."""
    return [m.surface for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]


def test_a_lower_case_domain_read_does_not_open_a_second_one_at_a_verb():
    assert surfaces("Cục An toàn thông tin xây dựng Kho dữ liệu dùng chung của Bộ.")[:1] == ["Cục An toàn thông tin"]
    # one capitalised word and its domain still go on ("Cục Điều tra | chống buôn lậu")
    assert surfaces("Cục Điều tra chống buôn lậu thuộc Tổng cục Hải quan kiểm tra.")[:1] == ["Cục Điều tra chống buôn lậu"]


def test_no_lower_case_word_goes_on_a_proper_name_or_an_abbreviation():
    assert surfaces("Sở KH&CN gửi báo cáo về Bộ.") == ["Sở KH&CN"]
    assert surfaces("Báo và Phát thanh, Truyền hình Gia Lai mở chuyên mục tuyên truyền.") == [
        "Báo và Phát thanh, Truyền hình Gia Lai"]
    assert surfaces("Đảng bộ Báo và Phát thanh, Truyền hình Hà Tĩnh xây dựng kế hoạch học tập.") == [
        "Đảng bộ Báo và Phát thanh, Truyền hình Hà Tĩnh"]
    # a name inside the name is no proper name that ends it ("Bộ Quốc | phòng"), nor a level after a place
    assert surfaces("Thanh tra Bộ Quốc phòng kiểm tra.") == ["Thanh tra Bộ Quốc phòng"]
    assert surfaces("Ủy ban MTTQ Việt Nam xã phối hợp thực hiện.") == ["Ủy ban MTTQ Việt Nam xã"]


_PARTY_HEADER = """ĐẢNG BỘ TỈNH HÀ TĨNH
ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH
*
Số 25-CTr/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Hà Tĩnh, ngày 18 tháng 5 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện công tác pháp luật

1. Văn phòng Đảng ủy bảo đảm kinh phí thực hiện Chương trình.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Trần Nhật Tân
"""


def typed_actors_and_parts(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The actor IRIs a build of ``text`` types, and its pkg:partOf edges."""
    from policykg.core.iris import PKG
    from policykg.graph_builder.pipeline import build_source, emit_result
    lexicon = load_lexicon()
    quads = emit_result(build_source(source_from_string(text), lexicon), lexicon)
    actors = {q.subject.value for q in quads if q.predicate.value.endswith("#type") and "/actor/" in q.subject.value}
    parts = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == PKG + "partOf"}
    return actors, parts


def test_the_body_above_the_issuer_in_the_header_is_where_it_sits_not_an_actor():
    actors, parts = typed_actors_and_parts(_PARTY_HEADER)
    parent = "https://w3id.org/policykg/actor/dang-bo-tinh-ha-tinh"
    assert parent not in actors
    assert any(whole == parent for _, whole in parts)    # the issuer is still part of it
    # named with the place of the body above it (round 26, graph_builder/levelcommittees.py): every province has
    # its "Đảng ủy các cơ quan Đảng tỉnh", and a corpus must not make them one actor
    assert any(iri.endswith("/dang-uy-cac-co-quan-dang-tinh-ha-tinh") for iri in actors)


def test_a_unit_named_by_the_body_it_serves_keeps_that_body_whole():
    assert surfaces("4. Chi bộ Văn phòng Tỉnh ủy, Chi bộ Ban Tổ chức Tỉnh ủy xây dựng kế hoạch.") == [
        "Chi bộ Văn phòng Tỉnh ủy", "Chi bộ Ban Tổ chức Tỉnh ủy"]
    assert surfaces("Sở Nội vụ phối hợp với Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh theo dõi.") == [
        "Sở Nội vụ", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]


def built(body: str) -> list:
    """The actor mentions a build of a provincial plan with ``body`` keeps (after identity), in its body."""
    from policykg.graph_builder.pipeline import build_source
    head = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\nThử nghiệm\n\n"
    result = build_source(source_from_string(head + body + "\n", name="plan.txt"))
    return [m for m in result.mentions if m.category == "actor" and m.span.start >= len(head)]


def test_a_body_named_by_the_initials_of_its_domain_is_the_body_named_in_full():
    found = built("1. Vụ Kế hoạch - Tài chính bố trí kinh phí; Vụ KHTC hướng dẫn các đơn vị.\n"
                  "2. Sở Khoa học và Công nghệ tham mưu; Sở KH&CN gửi báo cáo. Sở NN&PTNT phối hợp.")
    by_surface = {m.surface: m for m in found}
    assert by_surface["Vụ KHTC"].iri == by_surface["Vụ Kế hoạch - Tài chính"].iri
    assert by_surface["Sở KH&CN"].iri == by_surface["Sở Khoa học và Công nghệ"].iri
    assert by_surface["Sở KH&CN"].label == by_surface["Sở Khoa học và Công nghệ"].label == "Sở Khoa học và Công nghệ tỉnh Lào Cai"
    # initials no body of the document has stay a body of their own
    assert by_surface["Sở NN&PTNT"].iri not in {m.iri for m in found if m.surface != "Sở NN&PTNT"}


def test_a_place_name_broken_by_a_line_break_is_one_name():
    found = built("8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường Tây Hoa\nLư chủ trì, phối hợp với Công an tỉnh vận "
                  "động nhân dân.")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam phường Tây Hoa Lư" in {m.label for m in found}
    # an actor heading's place, then its first duty on the next line: two lines
    assert [m.surface for m in built("3. Ủy ban nhân dân xã Tân Phú\nChủ động rà soát các hộ nghèo.")] == [
        "Ủy ban nhân dân xã Tân Phú"]


def test_a_lower_case_domain_after_a_comma_goes_on_over_its_and_and_a_place_ends_a_name_before_and():
    assert surfaces("Viện Chiến lược, Chính sách khoa học và công nghệ nghiên cứu, đề xuất các chỉ số.") == [
        "Viện Chiến lược, Chính sách khoa học và công nghệ"]
    assert surfaces("Sở Khoa học và Công nghệ phối hợp với Viễn thông Gia Lai và Viettel Gia Lai bảo đảm thông tin.")[:2] == [
        "Sở Khoa học và Công nghệ", "Viễn thông Gia Lai"]
    assert surfaces("Sở Văn hóa, Thể thao và Du lịch chủ trì.") == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_a_capitalised_verb_after_a_comma_inside_a_name_is_the_name_s():
    assert surfaces("Ban Dân chủ, Giám sát và Phản biện xã hội tham mưu Ban Thường trực.")[:1] == [
        "Ban Dân chủ, Giám sát và Phản biện xã hội"]


def test_election_bodies_by_level_and_under_the_province_s_header():
    from policykg.graph_builder.pipeline import build_source
    text = ("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nỦY BAN BẦU CỬ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 36/UBBC-NC\nV/v chuẩn bị bầu cử\n\nGia Lai, ngày 02 tháng 02 năm 2026\n\n"
            "1. Ủy ban bầu cử các xã, phường chỉ đạo Ban bầu cử và Tổ bầu cử niêm yết danh sách cử tri; Ủy ban bầu cử "
            "ở xã tổng hợp kết quả, báo cáo Ủy ban bầu cử tỉnh trước ngày 20/02/2026.\n")
    result = build_source(source_from_string(text, name="cv.txt"))
    assert result.document.issuer_label == "Ủy ban bầu cử tỉnh Gia Lai"
    labels = {m.surface: m.label for m in result.mentions if m.category == "actor"}
    assert labels["Ủy ban bầu cử các xã, phường"] == labels["Ủy ban bầu cử ở xã"] == "Ủy ban bầu cử cấp xã"
    assert labels["Ủy ban bầu cử tỉnh"] == "Ủy ban bầu cử tỉnh Gia Lai"


def test_regional_units_of_courts_and_enforcement_offices_with_their_seat():
    assert surfaces("1. Tòa án nhân dân khu vực 3 - Cần Thơ gửi bản án cho Phòng Thi hành án dân sự khu vực 3 trong "
                    "thời hạn 30 ngày.") == ["Tòa án nhân dân khu vực 3 - Cần Thơ", "Phòng Thi hành án dân sự khu vực 3"]
    # a name after the dash is a body of its own, not the region's seat
    assert surfaces("Kho bạc Nhà nước khu vực IX - Bộ Tài chính hướng dẫn.") == ["Kho bạc Nhà nước khu vực IX", "Bộ Tài chính"]
    # bodies of the two-level government named by their domain (the ontology's head nouns)
    assert surfaces("Thi hành án dân sự thành phố Cần Thơ, Hải quan khu vực XI và Bưu điện tỉnh phối hợp.") == [
        "Thi hành án dân sự thành phố Cần Thơ", "Hải quan khu vực XI", "Bưu điện tỉnh"]


def test_the_hamlets_of_a_commune_named_in_the_plural_are_a_body():
    assert "tổ dân phố" in surfaces("Phòng Văn hóa - Xã hội hướng dẫn các tổ dân phố có chợ dân sinh xây dựng quy ước.")
    assert surfaces("Tổ trưởng các tổ dân phố có trách nhiệm vận động các hộ gia đình.")[:1] == ["tổ dân phố"]
    # a place, or hamlets named one by one, are no body
    assert "tổ dân phố" not in surfaces("Công an phường tuần tra tại các tổ dân phố.")
    assert "thôn" not in surfaces("Đoàn kiểm tra làm việc với các thôn Tân Lập, Tân Phú.")


def test_a_body_at_every_unit_of_one_tier_written_several_ways_is_one_body():
    found = built("1. Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trạm Y tế các xã có ổ dịch xử lý ổ dịch.\n"
                  "2. Trạm Y tế các xã, phường tham mưu Ủy ban nhân dân cùng cấp. Trạm Y tế các huyện báo cáo.")
    iris = {m.surface: m.iri for m in found}
    assert iris["Trạm Y tế các xã"] == iris["Trạm Y tế các xã, phường"]
    assert iris["Trạm Y tế các huyện"] != iris["Trạm Y tế các xã"]   # another tier, another body


def test_fields_of_an_enterprise_and_a_verb_that_is_a_unit_s_domain():
    assert surfaces("Đề nghị Tập đoàn Công nghiệp - Viễn thông Quân đội hỗ trợ hạ tầng.") == [
        "Tập đoàn Công nghiệp - Viễn thông Quân đội"]
    assert surfaces("Sở Y tế - Sở Giáo dục và Đào tạo phối hợp.") == ["Sở Y tế", "Sở Giáo dục và Đào tạo"]
    assert surfaces("Văn phòng Bộ chủ trì, phối hợp với Vụ Tổ chức cán bộ rà soát.") == ["Văn phòng Bộ", "Vụ Tổ chức cán bộ"]
    assert surfaces("Mặt trận Tổ quốc Phối hợp tổ chức hội nghị.") == ["Mặt trận Tổ quốc"]


def test_markdown_escapes_are_no_part_of_a_name_as_written():
    assert surfaces("Các tổ chức chính trị \\- xã hội phối hợp với **Sở Y tế** tuyên truyền.") == [
        "tổ chức chính trị - xã hội", "Sở Y tế"]


def test_a_place_name_broken_by_a_page_break_is_one_name():
    text = ("Căn cứ Quyết định số 23/2019/QĐ-UBND ngày 27/6/2019 của UBND tỉnh Hòa\n" + " " * 44 + "2\n\n"
            "Bình ban hành Quy chế phối hợp giữa các Sở.\n")
    labels = [m.label for m in find_mentions(source_from_string(text), [], load_lexicon()) if m.category == "actor"]
    assert labels[:1] == ["Ủy ban nhân dân tỉnh Hòa Bình"]
    # the page's number is no text of the name, nor skipped inside it
    source = source_from_string(text)
    assert not [source.text[s.start:s.end] for s in source.skipped]


def test_a_committee_named_by_the_bloc_of_bodies_it_serves():
    assert surfaces("Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh xây dựng Chương trình.") == [
        "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh"]
    assert surfaces("Đoàn Thanh niên Khối các cơ quan Đảng tỉnh vận động đoàn viên.")[:1] == [
        "Đoàn Thanh niên Khối các cơ quan Đảng tỉnh"]
    assert surfaces("Đảng ủy Khối các cơ quan tỉnh chỉ đạo.") == ["Đảng ủy Khối các cơ quan tỉnh"]


def test_a_council_in_a_list_of_seats_is_a_seat_not_an_actor():
    assert surfaces("Tổ chức hội nghị để người ứng cử đại biểu HĐND tỉnh, HĐND xã thực hiện vận động.") == ["người ứng cử"]
    assert surfaces("HĐND xã giám sát; Ủy ban nhân dân tỉnh, HĐND xã phối hợp.") == [
        "HĐND xã", "Ủy ban nhân dân tỉnh", "HĐND xã"]


def test_a_body_named_with_and_without_the_country_is_one_body():
    from policykg.graph_builder.pipeline import build_source
    head = "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\n\nKẾ HOẠCH\nThử nghiệm\n\n"
    body = ("1. Hội Liên hiệp Phụ nữ Việt Nam xã phối hợp. Hội Liên hiệp Phụ nữ xã tuyên truyền.\n"
            "2. Ban Thường trực Ủy ban Mặt trận Tổ quốc chủ trì hội nghị.\n")
    result = build_source(source_from_string(head + body, name="kh.txt"))
    iris = {m.surface: m.iri for m in result.mentions if m.category == "actor" and m.span.start >= len(head)}
    assert iris["Hội Liên hiệp Phụ nữ Việt Nam xã"] == iris["Hội Liên hiệp Phụ nữ xã"]
    assert iris["Ban Thường trực Ủy ban Mặt trận Tổ quốc"] == result.document.issuer   # the issuer, without its place


def test_a_body_at_every_level_is_an_actor_only_where_it_acts():
    head = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\nThử nghiệm\n\n"
    every = "https://w3id.org/policykg/actor/uy-ban-nhan-dan-cac-cap"
    actors, _ = typed_actors_and_parts(head + "1. Sở Y tế tổ chức hội nghị, mời đại diện Ủy ban nhân dân các cấp dự.\n")
    assert every not in actors
    actors, _ = typed_actors_and_parts(head + "1. Ủy ban nhân dân các cấp có trách nhiệm kiểm tra việc thực hiện.\n")
    assert every in actors


def test_a_government_named_as_a_model_of_governing_is_no_actor():
    assert surfaces("Nâng chỉ số phát triển Chính phủ điện tử; xây dựng chính quyền số.") == []
    assert surfaces("Chính phủ chỉ đạo các bộ. Chính phủ số hóa dịch vụ công.") == ["Chính phủ", "Chính phủ"]


def test_a_verb_alone_after_a_head_is_the_duty_not_a_domain():
    assert surfaces("3. Ban Chỉ đạo xây dựng báo cáo thường xuyên về công tác xử lý.") == []
    assert surfaces("Ban Quản lý dự án đầu tư xây dựng số 1 kiểm tra.") == ["Ban Quản lý dự án đầu tư xây dựng số 1"]


def test_a_committee_of_an_agency_is_named_with_the_agency():
    assert surfaces("Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan Văn phòng Quốc hội tổ chức phổ biến.") == [
        "Đảng đoàn Quốc hội", "Đảng ủy cơ quan Văn phòng Quốc hội"]
    assert surfaces("Công đoàn cơ quan Sở Y tế vận động.") == ["Công đoàn cơ quan Sở Y tế"]


def test_an_abbreviation_or_a_level_s_first_syllable_is_no_proper_name_that_ends_a_name():
    assert surfaces("Công ty TNHH MTV Lâm nghiệp Bến Hải phối hợp.") == ["Công ty TNHH MTV Lâm nghiệp Bến Hải"]
    assert surfaces("Bệnh viện Nhi Trung ương, Viện Pasteur Thành phố Hồ Chí Minh hỗ trợ.") == [
        "Bệnh viện Nhi Trung ương", "Viện Pasteur Thành phố Hồ Chí Minh"]
