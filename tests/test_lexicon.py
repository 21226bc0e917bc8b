"""The lexicon the builder recognises actors, levels and document kinds with (ontology/lexicon.py)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from policykg.ontology import load_lexicon
from policykg.core.iris import ACTOR, PKG, mint_actor_iri, slugify
from policykg.core.textnorm import match_key

LEX = load_lexicon()


def actor(slug: str) -> str:
    return ACTOR + slug


def test_actor_iris_are_slugs_of_their_vietnamese_preferred_labels():
    wrong = [(e.iri, e.label_vi) for e in LEX.entries if e.iri != mint_actor_iri(e.label_vi)]
    assert wrong == []
    assert all(e.iri == ACTOR + slugify(e.label_vi) for e in LEX.entries)


def test_every_actor_has_one_kind_and_both_preferred_labels():
    assert len(LEX.entries) >= 90
    actor_kinds = {"Organization", "PoliticalParty", "PartyOrgan", "PartyCommittee", "PartyOrganisation", "StateBody",
                   "Authority", "FatherlandFront", "MassOrganization", "ArmedForce", "Office", "PeopleGroup"}
    for entry in LEX.entries:
        assert entry.kind in actor_kinds, entry
        assert entry.label_vi and entry.label_en, entry


@pytest.mark.parametrize("surface, slug", [
    ("MTTQ", "mat-tran-to-quoc-viet-nam"),
    ("Mặt trận Tổ quốc", "mat-tran-to-quoc-viet-nam"),
    ("MTTQVN", "mat-tran-to-quoc-viet-nam"),
    ("Ban Bí thư T.Ư Đảng", "ban-bi-thu"),
    ("Ban Bí thư Trung ương Đảng", "ban-bi-thu"),
    ("Ban Bí thư TW", "ban-bi-thu"),
    ("cấp uỷ", "cap-uy-dang"),
    ("cấp ủy", "cap-uy-dang"),
    ("Các cấp ủy đảng", "cap-uy-dang"),
    ("CÁC CẤP UỶ ĐẢNG", "cap-uy-dang"),
    ("UBND", "uy-ban-nhan-dan-cac-cap"),
    ("Uỷ ban nhân dân", "uy-ban-nhan-dan-cac-cap"),
    ("UBND tỉnh", "uy-ban-nhan-dan-cap-tinh"),
    ("HĐND", "hoi-dong-nhan-dan-cac-cap"),
    ("BCA", "bo-cong-an"),
    ("BQP", "bo-quoc-phong"),
    ("CAND", "cong-an-nhan-dan"),
    ("lực lượng Công an nhân dân", "cong-an-nhan-dan"),
    ("QĐND", "quan-doi-nhan-dan"),
    ("Ðảng", "dang-cong-san-viet-nam"),             # Latin capital eth, as scraped pages write it
    ("các ban, ngành, đoàn thể", "ban-nganh-doan-the"),
    ("ban ngành đoàn thể", "ban-nganh-doan-the"),
    ("các tổ chức thành viên", "to-chuc-thanh-vien-cua-mat-tran"),
    ("toàn dân", "nhan-dan"),
    ("quần chúng nhân dân", "nhan-dan"),
    ("Thủ tướng", "thu-tuong-chinh-phu"),
    ("Bộ Văn hoá, Thể thao và Du lịch", "bo-van-hoa-the-thao-va-du-lich"),
    ("Bộ Lao động – Thương binh và Xã hội", "bo-lao-dong-thuong-binh-va-xa-hoi"),
    ("Đoàn TNCS Hồ Chí Minh", "doan-thanh-nien-cong-san-ho-chi-minh"),
])
def test_lookup_finds_aliases_abbreviations_and_spelling_variants(surface, slug):
    found = LEX.lookup(surface)
    assert found is not None, surface
    assert found.iri == actor(slug)


@pytest.mark.parametrize("surface, slug", [
    ("những Bộ Công an", "bo-cong-an"),
    ("các Bộ Tư pháp có liên quan", "bo-tu-phap"),
    ("toàn thể đảng viên", "dang-vien"),
])
def test_lookup_ignores_function_words_around_a_name(surface, slug):
    assert LEX.lookup(surface).iri == actor(slug)


def test_lookup_returns_none_for_unknown_names():
    assert LEX.lookup("Sở Du hành Vũ trụ") is None
    assert LEX.lookup("") is None
    assert LEX.lookup("các") is None


def test_directive_09_actors_as_the_article_names_them():
    article = ["Ban Bí thư T.Ư Đảng", "Đảng", "chính quyền", "Mặt trận Tổ quốc Việt Nam", "các ban, ngành, đoàn thể",
               "hệ thống chính trị", "toàn dân", "cán bộ", "đảng viên", "đoàn viên", "hội viên", "nhân dân", "công dân",
               "Nhà nước", "các cơ quan, đơn vị", "Mặt trận Tổ quốc", "đoàn thể", "Các cấp ủy đảng", "các tổ chức thành viên",
               "công an nhân dân", "quân đội nhân dân", "hệ thống chính trị cơ sở", "Ban Bí thư", "các cấp ủy",
               "tổ chức đảng", "các ngành"]
    missing = [name for name in article if LEX.lookup(name) is None]
    assert missing == []
    assert LEX.lookup("Ban Bí thư").kind == "PartyOrgan"
    assert LEX.lookup("chính quyền").kind == "Authority"
    assert LEX.lookup("Mặt trận Tổ quốc").kind == "FatherlandFront"
    assert LEX.lookup("các ban, ngành, đoàn thể").kind == "MassOrganization"
    assert LEX.lookup("công an nhân dân").kind == "ArmedForce"
    assert LEX.lookup("hội viên").kind == "PeopleGroup"


def test_common_national_actors_are_in_the_vocabulary():
    for name in ["Bộ Chính trị", "Ban Chấp hành Trung ương", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ",
                 "Thủ tướng Chính phủ", "Bộ Công an", "Bộ Quốc phòng", "Bộ Tư pháp", "Bộ Nội vụ", "Bộ Tài chính",
                 "Bộ Giáo dục và Đào tạo", "Bộ Thông tin và Truyền thông", "Bộ Y tế", "Bộ Ngoại giao",
                 "Bộ Kế hoạch và Đầu tư", "Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương", "Ban Dân vận Trung ương",
                 "Ban Nội chính Trung ương", "Quân ủy Trung ương", "Đảng ủy Công an Trung ương",
                 "Ủy ban Kiểm tra Trung ương", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao",
                 "Kiểm toán Nhà nước", "Tổng Liên đoàn Lao động Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam",
                 "Hội Nông dân Việt Nam", "Hội Cựu chiến binh Việt Nam", "Bộ đội Biên phòng", "Cảnh sát biển",
                 "tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy xã", "Ủy ban nhân dân xã", "Hội đồng nhân dân huyện"]:
        assert LEX.lookup(name) is not None, name


def test_no_written_form_names_two_actors():
    owners = defaultdict(set)
    for entry in LEX.entries:
        for form in (entry.label_vi, *entry.alt_labels):
            owners[match_key(form)].add(entry.iri)
    assert {form: iris for form, iris in owners.items() if len(iris) > 1} == {}


def test_both_tone_placements_are_written_as_alternative_labels():
    labels = set(LEX.get(actor("cap-uy-dang")).alt_labels)
    assert {"cấp uỷ", "cấp ủy"} <= labels


def test_hierarchy_links_point_at_vocabulary_actors():
    for entry in LEX.entries:
        for parent in entry.parents:
            assert LEX.get(parent) is not None, (entry.iri, parent)
    assert actor("ban-chap-hanh-trung-uong") in LEX.get(actor("bo-chinh-tri")).parents
    assert actor("mat-tran-to-quoc-viet-nam") in LEX.get(actor("hoi-nong-dan-viet-nam")).parents
    assert actor("chinh-phu") in LEX.get(actor("bo-cong-an")).parents
    assert LEX.get(actor("tinh-uy-thanh-uy")).level == "LevelProvincial"


def test_surface_forms_come_longest_first_as_match_keys():
    forms = LEX.surface_forms()
    lengths = [len(form) for form, _ in forms]
    assert lengths == sorted(lengths, reverse=True)
    assert all(form == match_key(form) for form, _ in forms)
    assert ("mttq", LEX.lookup("MTTQ")) in forms


def test_head_nouns_recognise_unknown_organisations_by_kind():
    heads = LEX.head_nouns()
    lengths = [len(noun) for noun, _ in heads]
    assert lengths == sorted(lengths, reverse=True)
    kind_of = dict(heads)
    assert kind_of["sở"] == "StateBody"
    assert kind_of["bộ"] == "StateBody"
    assert kind_of["ủy ban nhân dân"] == "Authority"
    assert kind_of["đảng ủy"] == "PartyCommittee"
    assert kind_of["tỉnh ủy"] == "PartyCommittee"
    assert kind_of["bộ chỉ huy"] == "ArmedForce"
    assert kind_of["công an"] == "ArmedForce"
    assert kind_of["hội"] == "MassOrganization"
    assert kind_of["bộ trưởng"] == "Office"
    # the longer, more specific head comes before the short one it starts with
    order = [noun for noun, _ in heads]
    assert order.index("ủy ban nhân dân") < order.index("ủy ban")
    assert order.index("bộ chỉ huy") < order.index("bộ")


def test_levels_and_their_surface_forms():
    assert sorted(level.iri[len(PKG):] for level in LEX.levels) == [
        "LevelAll", "LevelCentral", "LevelCommune", "LevelDistrict", "LevelGrassroots", "LevelProvincial"]
    assert LEX.level("T.Ư").iri == PKG + "LevelCentral"
    assert LEX.level("Trung ương").iri == PKG + "LevelCentral"
    assert LEX.level("tỉnh").iri == PKG + "LevelProvincial"
    assert LEX.level("quận").iri == PKG + "LevelDistrict"
    assert LEX.level("thị trấn").iri == PKG + "LevelCommune"
    assert LEX.level("cơ sở").iri == PKG + "LevelGrassroots"
    assert LEX.level("các cấp").iri == PKG + "LevelAll"
    assert LEX.level("Bộ Công an") is None
    assert all(level.label_vi and level.label_en and level.aliases for level in LEX.levels)


def test_document_kinds_carry_names_and_number_codes():
    by_code = {code: k.kind for k in LEX.document_kinds for code in k.codes}
    assert by_code == {"CT": "Directive", "NQ": "Resolution", "KL": "Conclusion", "QĐ": "Decision", "NĐ": "Decree",
                       "TT": "Circular", "TTLT": "JointCircular", "KH": "Plan", "QH": "Law", "QĐi": "Regulation",
                       "QC": "Regulation", "HD": "Guidance", "CTr": "Program", "NQLT": "JointResolution",
                       "HDLN": "JointGuidance", "HDLT": "JointGuidance", "HDLS": "JointGuidance", "CV": "OfficialLetter",
                       "TB": "Notice", "TTr": "Submission", "ĐA": "Scheme", "BC": "Report"}
    names = {name: k.kind for k in LEX.document_kinds for name in k.names}
    assert names["chỉ thị"] == "Directive"
    assert names["quy chế"] == "Regulation"
    assert "NewsArticle" not in {k.kind for k in LEX.document_kinds}


def test_kind_labels_and_class_hierarchy():
    assert LEX.kind_labels("Directive") == ("Chỉ thị", "Directive")
    assert LEX.kind_labels("NewsArticle") == ("Bài báo", "News article")
    with pytest.raises(KeyError):
        LEX.kind_labels("Spaceship")
    assert LEX.is_subclass("JointCircular", "PolicyDocument")
    assert LEX.is_subclass("ArmedForce", "Actor")
    assert not LEX.is_subclass("Task", "Actor")


def test_the_lexicon_is_parsed_once():
    assert load_lexicon() is LEX


def test_named_documents_have_minted_iris_two_labels_and_unique_aliases():
    from policykg.core.iris import mint_named_document_iri
    from policykg.core.textnorm import match_key

    docs = LEX.named_documents
    assert len(docs) >= 30
    seen: dict[str, str] = {}
    for doc in docs:
        assert doc.iri == mint_named_document_iri(doc.kind, doc.label_vi), doc.iri
        for form in (doc.label_vi, *doc.alt_labels):
            assert seen.setdefault(match_key(form), doc.iri) == doc.iri, form
    bvmt = next(d for d in docs if d.label_vi == "Luật Bảo vệ môi trường")
    assert "Luật BVMT" in bvmt.alt_labels and bvmt.identifier == "72/2020/QH14"


def test_bodies_carry_their_codes_in_document_numbers():
    assert LEX.by_number_code("BCA").label_vi == "Bộ Công an"
    assert LEX.by_number_code("VKSNDTC").label_vi == "Viện kiểm sát nhân dân tối cao"
    assert LEX.by_number_code("ĐCTUBTWMTTQVN").label_vi.startswith("Đoàn Chủ tịch Ủy ban Trung ương")
    assert LEX.by_number_code("UBND") is None            # which People's Committee? the number alone cannot say
