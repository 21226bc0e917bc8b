"""Actor names on published text (round 24, issue 9, invented text in the genre's forms): a name whose lower-case
domain goes on after "và" with a domain verb ("Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh", the
standing flood and rescue commands of kh-0130-2025-dak-lak and the national steering committees' notices), ..."""

from __future__ import annotations

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 52/KH-UBND\nLai Châu, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Về phòng, chống thiên tai\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")


def _build(body: str):
    return build_source(source_from_string(HEAD + body + "\n", name="plan.txt"))


def _names(body: str) -> set[str]:
    result = _build(body)
    return {result.source.text[m.span.start:m.span.end].replace("\n", " ") for m in result.mentions
            if m.category == "actor"}


def _holders(body: str) -> set[str]:
    """The last parts of the IRIs of the actors that hold a duty."""
    result = _build(body)
    return {iri.rsplit("/", 1)[-1] for a in result.assertions if a.relation in ("task", "responsible", "requires")
            for iri in (a.objects if a.relation == "requires" else a.subjects)}


@pytest.mark.parametrize("duty, name", [
    ("1. Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh có trách nhiệm kiểm tra.",
     "Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh"),
    ("2. Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn các cấp chủ trì, phối hợp với Sở Y tế triển khai.",
     "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn các cấp"),
    ("3. Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Lai Châu có trách nhiệm kiểm tra.",
     "Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Lai Châu"),
])
def test_a_domain_verb_after_va_goes_on_in_the_name(duty, name):
    assert name in _names(duty)


@pytest.mark.parametrize("duty, holders", [
    ("4. Bộ Quốc phòng, Ngoại giao, Công an theo chức năng, nhiệm vụ được giao triển khai thực hiện.",
     {"bo-quoc-phong", "bo-ngoai-giao", "bo-cong-an"}),
    ("5. Bộ Ngoại giao, Bộ Công an triển khai thực hiện.", {"bo-ngoai-giao", "bo-cong-an"}),
])
def test_each_ministry_of_a_list_after_bo_holds_the_duty(duty, holders):
    assert _holders(duty) == holders


def test_a_body_of_its_own_after_a_ministry_is_no_ministry():
    holders = _holders("6. Bộ Y tế, Công an tỉnh thực hiện kiểm tra.")
    assert "bo-cong-an" not in holders and {"bo-y-te", "cong-an-tinh-lai-chau"} <= holders


@pytest.mark.parametrize("line, name", [
    ("- 01 Phó Chủ nhiệm Ủy Ban Kinh tế và Tài chính của Quốc hội;", "Ủy Ban Kinh tế và Tài chính của Quốc hội"),
    ("- 01 Phó Chủ nhiệm Uỷ Ban Công tác Đại biểu của Quốc hội.", "Uỷ Ban Công tác Đại biểu của Quốc hội"),
    ("- 01 Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc hội;", "Ủy ban Văn hóa và Xã hội của Quốc hội"),
    ("- 01 Phó Trưởng ban Ban Chính sách, chiến lược Trung ương;", "Ban Chính sách, chiến lược Trung ương"),
])
def test_the_bodies_of_2025_are_named_whole_with_their_owner(line, name):
    """The National Assembly's committees as merged in 2025, named with "của Quốc hội" (and in title case, "Ủy Ban"),
    and the Party's policy and strategy commission (qd-798-2026-ttg's members; the lexicon lacked them)."""
    assert name in _names(line)


@pytest.mark.parametrize("sentence, iri", [
    ("1. Đảng ủy Chính phủ lãnh đạo việc sắp xếp.", "dang-uy-chinh-phu"),
    ("2. Đảng ủy Quốc hội lãnh đạo việc sửa đổi luật.", "dang-uy-quoc-hoi"),
    ("3. Ủy ban Công tác đại biểu chủ trì thẩm tra.", "uy-ban-cong-tac-dai-bieu"),
])
def test_the_party_committees_and_committee_of_2025_are_known(sentence, iri):
    result = _build(sentence)
    assert any(m.iri.endswith("/" + iri) and m.known for m in result.mentions)


def _partners(body: str) -> set[str]:
    result = _build(body)
    return {iri.rsplit("/", 1)[-1] for a in result.assertions if a.relation == "coordination" for iri in a.objects}


def test_a_unit_named_by_its_owner_is_one_partner():
    """cv-4740-2021-tct: "Trung tâm công nghệ thông tin của BHXH Việt Nam", wrapped, is the centre of that owner (not
    a "Trung tâm Công nghệ thông tin" of its own, nor the owner)."""
    duty = ("1. Cục Công nghệ thông tin cử đầu mối phối hợp với Trung tâm công nghệ\n"
            "thông tin của BHXH Việt Nam để xây dựng ứng dụng.")
    assert _partners(duty) == {"trung-tam-cong-nghe-thong-tin-cua-bao-hiem-xa-hoi-viet-nam"}


@pytest.mark.parametrize("duty, holder", [
    ("2. Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn của Chính phủ chỉ đạo các địa phương triển khai.",
     "ban-chi-dao-phong-chong-thien-tai-va-tim-kiem-cuu-nan-cua-chinh-phu"),
    ("3. Văn phòng thường trực của Ban Chỉ đạo 389 quốc gia có trách nhiệm tổng hợp.",
     "van-phong-thuong-truc-cua-ban-chi-dao-389"),
])
def test_a_committee_or_an_agency_named_by_its_owner_holds_the_duty(duty, holder):
    assert holder in _holders(duty) and "chinh-phu" not in _holders(duty)


@pytest.mark.parametrize("text, wrong", [
    ("4. Sở Tư pháp là cơ quan thường trực của Ban Chỉ đạo, có trách nhiệm tổng hợp.", "cơ quan thường trực của"),
    ("5. Hướng dẫn giới thiệu người ứng cử đại biểu Hội đồng nhân dân của cơ quan, tổ chức, đơn vị.", "nhân dân của"),
    ("6. Sở Y tế ban hành kế hoạch của Ủy ban nhân dân tỉnh.", "kế hoạch của"),
])
def test_a_role_a_seat_or_a_verb_before_cua_names_no_unit(text, wrong):
    assert not any(wrong in name for name in _names(text))


def test_a_known_committee_keeps_its_own_name():
    result = _build("7. Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội chủ trì thẩm tra.")
    assert any(m.iri.endswith("/uy-ban-quoc-phong-an-ninh-va-doi-ngoai") for m in result.mentions)


DIRECTIVE = "CHỈ THỊ\nVề việc tháo gỡ khó khăn\n\n"


def _directive_holders(body: str) -> set[str]:
    result = build_source(source_from_string(DIRECTIVE + body + "\n", name="directive.txt"))
    return {iri.rsplit("/", 1)[-1] for a in result.assertions if a.relation == "task" for iri in a.subjects}


@pytest.mark.parametrize("item, holders", [
    # the line break falls inside the list, right after a known name the next line's comma closes
    ("2. Đề nghị Hội Nông dân Việt\nNam, các hội nghề nghiệp có biện pháp động viên mọi thành phần kinh tế.",
     {"hoi-nong-dan-viet-nam", "hoi-nghe-nghiep"}),
    ("2. Đề nghị Uỷ ban Trung ương Mặt trận Tổ quốc Việt\nNam, các hội nghề nghiệp có biện pháp động viên.",
     {"uy-ban-trung-uong-mat-tran-to-quoc-viet-nam", "hoi-nghe-nghiep"}),
    # an item with its head noun's capital and its domain in lower case, between two named bodies (ct-11-2020-ttg)
    ("2. Đề nghị Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam, Phòng\nThương mại và Công nghiệp Việt Nam, Hội "
     "doanh nghiệp nhỏ và vừa, các hội\nnghề nghiệp, các tổ chức xã hội có biện pháp động viên mọi\nthành phần.",
     {"uy-ban-trung-uong-mat-tran-to-quoc-viet-nam", "phong-thuong-mai-va-cong-nghiep-viet-nam",
      "hoi-doanh-nghiep-nho-va-vua", "hoi-nghe-nghiep", "to-chuc-xa-hoi"}),
    ("2. Đề nghị Hội Nông dân Việt Nam, Hội người cao tuổi, các hội nghề nghiệp có biện pháp động viên.",
     {"hoi-nong-dan-viet-nam", "hoi-nguoi-cao-tuoi", "hoi-nghe-nghiep"}),
])
def test_a_de_nghi_list_keeps_every_holder(item, holders):
    assert _directive_holders(item) == holders


def test_a_phrase_after_a_head_noun_is_no_item():
    """"Hội nghị" opens no body: the list's gap holds no item there."""
    holders = _directive_holders("3. Đề nghị Hội Nông dân Việt Nam, Hội nghị toàn quốc, các hội nghề nghiệp có biện pháp.")
    assert not any(h.startswith("hoi-nghi") for h in holders)
