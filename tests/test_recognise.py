"""Mentions of actors, initiatives and documents in realistic sentences of the genre."""

from __future__ import annotations

import pytest

from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.segment import segment
from policykg.ontology import load_lexicon
from policykg.core.iris import ACTOR, PKG, mint_actor_iri, mint_document_iri, mint_initiative_iri, mint_named_document_iri


def mentions(text: str, category: str | None = None):
    source = source_from_string(text)
    _, sentences = segment(source)
    found = find_mentions(source, sentences, load_lexicon())
    return [m for m in found if category is None or m.category == category]


def iris(text: str, category: str = "actor") -> list[str]:
    return [m.iri for m in mentions(text, category)]


def test_known_actors_without_function_words_and_with_levels():
    found = mentions("Các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức thành viên từ T.Ư đến cơ sở "
                     "phải xác định đây là nhiệm vụ trọng tâm.", "actor")
    assert [m.surface for m in found] == ["cấp ủy đảng", "chính quyền", "Mặt trận Tổ quốc", "tổ chức thành viên"]
    assert [m.iri for m in found] == [ACTOR + "cap-uy-dang", ACTOR + "chinh-quyen", ACTOR + "mat-tran-to-quoc-viet-nam",
                                      ACTOR + "to-chuc-thanh-vien-cua-mat-tran"]
    assert found[-1].levels == (PKG + "LevelCentral", PKG + "LevelGrassroots")
    assert all(m.known for m in found)


def test_comma_inside_a_known_name_is_not_a_list_separator():
    found = mentions("Trách nhiệm của Mặt trận Tổ quốc Việt Nam, các ban, ngành, đoàn thể các cấp được nâng cao.", "actor")
    assert [m.iri for m in found] == [ACTOR + "mat-tran-to-quoc-viet-nam", ACTOR + "ban-nganh-doan-the"]
    assert found[1].surface == "ban, ngành, đoàn thể"
    assert found[1].levels == (PKG + "LevelAll",)


def test_a_common_word_inside_a_longer_name_is_not_an_actor():
    assert iris("Tăng cường quan hệ phối hợp giữa công an nhân dân với quân đội nhân dân.") == [
        ACTOR + "cong-an-nhan-dan", ACTOR + "quan-doi-nhan-dan"]
    assert iris("Các cấp ủy đảng phải lãnh đạo.") == [ACTOR + "cap-uy-dang"]
    # "cán bộ tư pháp" is a people group, not the Ministry of Justice; "quản lý nhà nước" is not the State
    assert iris("Bố trí cán bộ tư pháp - hộ tịch và nâng cao hiệu lực quản lý nhà nước.") == [ACTOR + "can-bo"]


def test_unknown_organisations_with_commas_and_dashes_in_their_names():
    found = mentions("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, "
                     "Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh kiểm tra các cơ sở kinh doanh.", "actor")
    assert [m.surface for m in found] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội",
                                          "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]
    assert [m.known for m in found] == [False] * 4
    assert [m.kind for m in found] == ["StateBody", "StateBody", "ArmedForce", "ArmedForce"]
    assert found[0].iri == mint_actor_iri("Sở Văn hóa, Thể thao và Du lịch")


def test_place_names_make_a_new_actor_and_abbreviations_expand_to_the_same_iri():
    first = mentions("Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch.", "actor")
    second = mentions("Giao UBND tỉnh Sơn La chủ trì.", "actor")
    header = mentions("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nKẾ HOẠCH", "actor")
    expected = ACTOR + "uy-ban-nhan-dan-tinh-son-la"
    assert [m.iri for m in first] == [expected]
    assert [m.iri for m in second] == [expected]
    assert [(m.iri, m.label) for m in header] == [(expected, "Ủy ban nhân dân tỉnh Sơn La")]
    assert first[0].kind == "Authority" and not first[0].known


def test_a_level_qualifier_picks_the_vocabulary_entry_of_that_level():
    assert iris("Ủy ban nhân dân các huyện, thị xã, thành phố phối hợp thực hiện.") == [ACTOR + "uy-ban-nhan-dan-cap-huyen"]
    assert iris("Ủy ban nhân dân cấp xã phải bố trí cán bộ.")[0] == ACTOR + "uy-ban-nhan-dan-cap-xa"
    # a national body followed by one level is its committee at that level, a body of its own
    found = mentions("Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động nhân dân.", "actor")
    assert (found[0].label, found[0].surface) == ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh")
    assert found[0].kind == "FatherlandFront" and found[0].levels == (PKG + "LevelProvincial",)
    # "các cấp" and a range of levels keep the national body
    found = mentions("Mặt trận Tổ quốc các cấp và Hội Nông dân từ tỉnh đến cơ sở vận động nhân dân.", "actor")
    assert [m.iri for m in found][:2] == [ACTOR + "mat-tran-to-quoc-viet-nam", ACTOR + "hoi-nong-dan-viet-nam"]


def test_old_tone_marks_and_latin_eth_are_matched():
    assert iris("Các cấp uỷ Ðảng phải lãnh đạo.") == [ACTOR + "cap-uy-dang"]
    old = mentions("Ban Thường vụ Tỉnh uỷ yêu cầu.", "actor")
    new = mentions("Ban Thường vụ Tỉnh ủy yêu cầu.", "actor")
    assert old[0].iri == new[0].iri == mint_actor_iri("Ban Thường vụ Tỉnh ủy")
    assert old[0].surface == "Ban Thường vụ Tỉnh uỷ"   # the surface is the text as written


def test_an_office_is_no_actor_of_its_own():
    assert iris("Theo đề nghị của Bộ trưởng Bộ Công an.") == [ACTOR + "bo-cong-an"]
    assert iris("Bộ trưởng quy định chi tiết.") == []


def test_capitals_lines_of_the_national_motto_hold_no_actor():
    assert iris("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc") == []


@pytest.mark.parametrize("quote", ['"{}"', "“{}”"])
def test_quoted_campaigns_block_the_actors_inside_them(quote):
    text = "Tiếp tục đẩy mạnh việc " + quote.format("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh") + \
           " và cuộc vận động " + quote.format("Công an nhân dân vì nước quên thân, vì dân phục vụ") + "."
    found = mentions(text)
    assert [(m.category, m.kind) for m in found] == [("initiative", "Campaign"), ("initiative", "Campaign")]
    assert found[1].iri == mint_initiative_iri("cuộc vận động Công an nhân dân vì nước quên thân, vì dân phục vụ")
    assert found[1].label == "Công an nhân dân vì nước quên thân, vì dân phục vụ"


def test_unquoted_movement_ends_before_its_modifiers():
    found = mentions("Ban Bí thư ban hành Chỉ thị về phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới.",
                     "initiative")
    assert [(m.surface, m.kind) for m in found] == [("phong trào toàn dân bảo vệ an ninh Tổ quốc", "Movement")]
    assert found[0].iri == mint_initiative_iri("phong trào toàn dân bảo vệ an ninh Tổ quốc")
    assert mentions("Gắn kết với các phong trào do Đảng phát động.", "initiative") == []


def test_cited_documents_by_number_and_by_name():
    found = mentions("Căn cứ Luật Công an nhân dân số 37/2018/QH14; thay thế Nghị định số 06/2014/NĐ- CP; "
                     "thực hiện tốt Quy chế dân chủ ở cơ sở và Chỉ thị này.")
    assert [(m.category, m.kind, m.iri) for m in found] == [
        ("document", "Law", mint_document_iri("37/2018/QH14")),
        ("document", "Decree", mint_document_iri("06/2014/NĐ-CP")),
        ("document", "Regulation", mint_named_document_iri("Regulation", "Quy chế dân chủ ở cơ sở")),
    ]   # no actor inside the law's name, nothing for "Chỉ thị này"
    assert [m.kind for m in mentions("Thực hiện Chỉ thị số 09-CT/T.Ư và Nghị quyết số 28-NQ/TW.", "document")] == [
        "Directive", "Resolution"]


def test_broken_lines_and_skipped_lead_paragraph():
    text = ("Ban Bí thư vừa ban hành Chỉ thị số 09-CT/TW về phong trào toàn dân bảo vệ an ninh...\n\n"
            "Ban Bí thư vừa ban hành Chỉ thị số 09-CT/TW về phong trào toàn dân bảo vệ an ninh Tổ quốc.\n\n"
            "Các cấp uỷ\nđảng phải lãnh đạo.")
    source = source_from_string(text)
    _, sentences = segment(source)
    found = find_mentions(source, sentences, load_lexicon())
    assert source.skipped and all(m.span.start >= source.skipped[0].end for m in found)
    assert [m.surface for m in found if m.category == "actor"][0] == "Ban Bí thư"
    assert [m.surface for m in found if m.iri == ACTOR + "cap-uy-dang"] == ["cấp uỷ\nđảng"]


def test_mentions_are_sorted_non_overlapping_and_quote_the_text():
    source = source_from_string("Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng, Ủy ban nhân dân các tỉnh, thành phố "
                                "và Mặt trận Tổ quốc Việt Nam thực hiện Nghị định số 06/2014/NĐ-CP.")
    found = find_mentions(source, [], load_lexicon())
    spans = [(m.span.start, m.span.end) for m in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert all(source.text[m.span.start:m.span.end] == m.surface for m in found)
    assert [m.iri for m in found if m.category == "actor"] == [
        ACTOR + "bo-cong-an", ACTOR + "bo-quoc-phong", ACTOR + "uy-ban-nhan-dan-cap-tinh", ACTOR + "mat-tran-to-quoc-viet-nam"]


def test_a_name_is_not_cut_before_its_capitalised_rest():
    assert iris("Đề nghị Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Nông dân Việt Nam tham gia.") == [
        ACTOR + "doan-thanh-nien-cong-san-ho-chi-minh", ACTOR + "hoi-nong-dan-viet-nam"]
    assert iris("Sở Giáo dục và Đào tạo, Quân khu 7 thực hiện.") == [
        mint_actor_iri("Sở Giáo dục và Đào tạo"), mint_actor_iri("Quân khu 7")]


# --- regressions from the blind evaluation (tests/data/genre/blind/, see bench/eval_builder.py) ----------------


def test_a_lowercase_tail_after_a_comma_completes_the_name():
    found = mentions("Vụ Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Vụ Pháp chế tổ chức tập huấn.", "actor")
    assert [m.surface for m in found] == ["Vụ Phổ biến, giáo dục pháp luật", "Vụ Pháp chế"]
    found = mentions("Theo đề nghị của Vụ trưởng Vụ Công tác học sinh, sinh viên;", "actor")
    assert found[-1].iri == mint_actor_iri("Vụ Công tác học sinh, sinh viên")


def test_a_lowercase_list_after_a_name_is_not_absorbed():
    assert [m.surface for m in mentions("Sở Y tế, trạm y tế xã phối hợp kiểm tra.", "actor")] == ["Sở Y tế"]
    assert [m.surface for m in mentions("Sở Tài chính, doanh nghiệp nhỏ và vừa cùng tham gia.", "actor")] == ["Sở Tài chính"]


def test_a_lowercase_steering_committee_named_up_to_its_level():
    found = mentions("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh chủ trì kiểm tra việc kê khai tài sản.", "actor")
    assert [m.iri for m in found] == [mint_actor_iri("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh")]
    # without a level word it stays a phrase, not an organisation
    assert mentions("Ban Chỉ đạo phòng, chống thiên tai chủ trì kiểm tra.", "actor") == []


def test_people_as_an_attribute_is_not_the_people_group():
    people = ACTOR + "nhan-dan"
    assert people not in iris("Công an huyện xây dựng thế trận an ninh nhân dân và nền quốc phòng toàn dân vững chắc.")
    assert iris("Mặt trận Tổ quốc vận động nhân dân giữ gìn an ninh trật tự.").count(people) == 1


def test_news_agency_is_an_organisation_head_noun():
    found = mentions("Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam phối hợp với Bộ Y tế thông tin về dịch bệnh.", "actor")
    assert [m.surface for m in found] == ["Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam", "Bộ Y tế"]


# --- names as real documents write them (issue 9) -----------------------------------------------------------------


def surfaces(text: str) -> list[str]:
    return [m.surface for m in mentions(text, "actor")]


def test_a_lower_case_domain_runs_to_a_hard_boundary():
    assert surfaces("Cục Hải quan Hà Nội chủ trì, phối hợp với Cục Điều tra chống buôn lậu (Tổng cục Hải quan).") == [
        "Cục Hải quan Hà Nội", "Cục Điều tra chống buôn lậu", "Tổng cục Hải quan"]
    assert surfaces("Đội Kiểm soát chống buôn lậu ma túy khu vực miền Bắc tham gia triệt phá.") == [
        "Đội Kiểm soát chống buôn lậu ma túy khu vực miền Bắc"]
    assert surfaces("Giao Ban Quản lý dự án đầu tư xây dựng số 1 thực hiện.") == [
        "Ban Quản lý dự án đầu tư xây dựng số 1"]
    # a department writes its domain with capitals; a verb that opens no domain ends the name
    assert surfaces("Sở Nông nghiệp và Phát triển nông thôn chủ trì.") == ["Sở Nông nghiệp và Phát triển nông thôn"]
    assert surfaces("Tổng cục Hải quan đưa ra nhiều giải pháp.") == ["Tổng cục Hải quan"]


def test_thuoc_chains_name_each_link():
    assert surfaces("Cục Điều tra chống buôn lậu thuộc Tổng cục Hải quan, Bộ Tài chính chủ trì.") == [
        "Cục Điều tra chống buôn lậu", "Tổng cục Hải quan", "Bộ Tài chính"]


def test_nothing_lower_case_goes_on_after_a_known_name_a_committee_or_a_number():
    assert surfaces("Đảng đoàn Quốc hội kết thúc đợt giám sát.") == ["Đảng đoàn Quốc hội"]
    assert surfaces("báo cáo Ban Thường vụ Tỉnh ủy tình hình, kết quả thực hiện.") == ["Ban Thường vụ Tỉnh ủy"]
    assert surfaces("Cục Hải quan Quảng Ninh 10 vụ.") == ["Cục Hải quan Quảng Ninh"]
    assert surfaces("Viện Hàn lâm Khoa học xã hội Việt Nam chủ trì.") == ["Viện Hàn lâm Khoa học xã hội Việt Nam"]


def test_bodies_named_by_what_they_belong_to_or_by_a_common_noun():
    found = mentions("Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các cơ quan thuộc UBTVQH "
                     "và cơ quan chuyên môn thuộc Ủy ban nhân dân các cấp có trách nhiệm phối hợp.", "actor")
    assert [m.label for m in found] == [
        "Ủy ban Thường vụ Quốc hội", "Hội đồng Dân tộc", "Ủy ban của Quốc hội", "cơ quan thuộc Ủy ban Thường vụ Quốc hội",
        "cơ quan chuyên môn thuộc Ủy ban nhân dân các cấp"]
    assert surfaces("nhiệm vụ của Hội đồng Dân tộc") == ["Hội đồng Dân tộc"]   # a duty's noun is no body
    found = mentions("Thủ trưởng cơ quan điều tra, Thủ trưởng cơ quan thi hành án khi quyết định.", "actor")
    assert [(m.label, m.generic) for m in found] == [("cơ quan điều tra", True), ("cơ quan thi hành án", True)]


def test_a_comma_list_that_ends_the_line_and_a_party_cell_named_by_where_it_sits():
    assert surfaces("a) Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách\n") == [
        "Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách"]
    assert surfaces("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế chủ trì.") == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]
    # the standing members act for their committee ("Thường trực" is an office), as in tests/test_duty_lists.py
    assert surfaces("Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì.")[0] == "Ủy ban KH,CN&MT"


def test_a_level_list_is_part_of_the_name_as_written():
    assert surfaces("Công an xã, phường và Ủy ban nhân dân các xã, phường phối hợp.") == [
        "Công an xã, phường", "Ủy ban nhân dân các xã, phường"]
    assert surfaces("MTTQ Phối hợp với UBND xã.") == ["MTTQ", "UBND xã"]   # a verb with a capital ends a name


def test_lexicon_alternations_find_what_their_whole_regex_finds():
    """The names are searched only where a form's first word stands (vocabulary.Alternation): over whole texts of
    the genre and over ranges cut anywhere (inside words too), the matches are those of the one big regex."""
    from pathlib import Path

    from policykg.graph_builder.read import read_source
    from policykg.graph_builder.vocabulary import lower_same_length, vocabulary

    vocab = vocabulary(load_lexicon())
    genre = Path(__file__).parent / "data" / "genre"
    paths = sorted(p for split in ("tune", "heldout") for p in (genre / split).iterdir() if p.suffix != ".json")
    assert len(paths) >= 10
    text = "Ủy ban nhân dân tỉnh, UBND  huyện; các Bộ,ngành T.Ư và Sở  Tư   pháp\nphối hợp với MTTQ."
    texts = [(text, lower_same_length(text))] + [(s.match, lower_same_length(s.match)) for s in map(read_source, paths)]
    found = 0
    for match, low in texts:
        for alternation, searched in ((vocab.ci_regex, low), (vocab.cs_regex, match), (vocab.head_regex, low)):
            assert alternation.exact
            for start, end in ((0, len(searched)), (3, len(searched) // 2), (len(searched) // 3, len(searched) - 1)):
                expected = [(m.start(1), m.end(1)) for m in alternation.regex.finditer(searched, start, end)]
                assert [(m.start(1), m.end(1)) for m in alternation.finditer(searched, start, end)] == expected
                found += len(expected)
    assert found > 1000


def _two_regions(text: str):
    """The actor mentions of ``text`` read as two regions split at its line break (as the segmenter may split a
    sentence before a capital)."""
    import dataclasses
    from policykg.graph_builder.model import Sentence, Span
    source = source_from_string(text)
    cut = text.index("\n")
    # the reader joins a known name a line break cuts ("Bộ Công" / "Thương"); the recogniser's own reading over a
    # break is for the breaks the reader keeps, so the break is kept here as such a reader would
    source = dataclasses.replace(source, match=source.match[:cut] + "\n" + source.match[cut + 1:])
    sentences = [Sentence(0, Span(0, cut), None, 0), Sentence(1, Span(cut + 1, len(text)), None, 0)]
    return cut, [m for m in find_mentions(source, sentences, load_lexicon()) if m.category == "actor"]


def test_a_known_name_cut_by_a_line_break_between_two_regions_is_read_once_over_the_break():
    cut, found = _two_regions("Phòng Y tế làm việc với Bộ Công\nThương và Ủy ban nhân dân các huyện về kinh phí.")
    assert [(m.surface, m.iri) for m in found if m.span.start < cut < m.span.end] == [
        ("Bộ Công\nThương", ACTOR + "bo-cong-thuong")]
    assert sum(m.surface.startswith("Ủy ban nhân dân") for m in found) == 1
    # a function word before the break is no part of the name, and the name after it is the second region's own
    cut, found = _two_regions("Phòng Y tế làm việc với các\nBộ, ngành và Ủy ban nhân dân các huyện về kinh phí.")
    assert [m.surface for m in found] == ["Phòng Y tế", "Bộ, ngành", "Ủy ban nhân dân các huyện"]
    assert found[1].span.start == cut + 1
