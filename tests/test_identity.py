"""Who is who in one document (graph_builder/identity.py, docs/DATA_MODEL.md "Identity of actors"): offices act for
the body they head, local bodies belong to the document's locality, a national body's committee at one level is a
body of its own, generic actors are actors only where they act."""

from __future__ import annotations

from policykg.core.iris import ACTOR, PKG, mint_actor_iri
from policykg.graph_builder.emit import named_actors
from policykg.graph_builder.identity import actor_iri_in_context, document_locality, identify_actors
from policykg.graph_builder.model import DocumentInfo
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology import load_lexicon

LEX = load_lexicon()
LAO_CAI = DocumentInfo(kind="Plan", issuer=mint_actor_iri("Ủy ban nhân dân tỉnh Lào Cai"),
                       issuer_label="Ủy ban nhân dân tỉnh Lào Cai", issuer_kind="Authority")
MINISTRY = DocumentInfo(kind="Circular", issuer=ACTOR + "bo-quoc-phong")


def actors(text: str, document: DocumentInfo) -> list[tuple[str, str]]:
    source = source_from_string(text)
    found = identify_actors(find_mentions(source, [], LEX), source, document, LEX)
    return [(m.surface, m.label) for m in found if m.category == "actor"]


def test_office_words_in_front_of_a_body_give_the_body_and_stay_with_its_mention():
    source = source_from_string("Giám đốc Công an tỉnh, Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường "
                                "chịu trách nhiệm tổ chức thực hiện.")
    found = identify_actors(find_mentions(source, [], LEX), source, LAO_CAI, LEX)
    assert [(m.label, m.office) for m in found] == [
        ("Công an tỉnh Lào Cai", "Giám đốc "), ("sở, ban, ngành", "Thủ trưởng các "),
        ("Ủy ban nhân dân cấp xã", "Chủ tịch ")]
    assert not [m for m in found if m.kind == "Office"]


def test_a_bare_office_is_the_issuer_it_heads_or_nobody():
    assert actors("Bộ trưởng quy định chi tiết Điều này.", MINISTRY) == [("Bộ trưởng", "Bộ Quốc phòng")]
    # a minister heads no People's Committee, and the Government is no ministry
    assert actors("Bộ trưởng quy định chi tiết Điều này.", LAO_CAI) == []
    assert actors("Bộ trưởng quy định chi tiết Điều này.", DocumentInfo(kind="Decree", issuer=ACTOR + "chinh-phu")) == []
    # the Prime Minister acts in his own right
    assert actors("Thủ tướng Chính phủ giao Bộ Công an chủ trì.", MINISTRY) == [
        ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"), ("Bộ Công an", "Bộ Công an")]


def test_local_bodies_are_the_localitys_and_classes_of_bodies_are_not():
    found = actors("UBND tỉnh giao Sở Tài chính, Công an tỉnh, Ban Thường vụ Tỉnh ủy và Ủy ban nhân dân các xã, phường.",
                   LAO_CAI)
    assert found == [("UBND tỉnh", "Ủy ban nhân dân tỉnh Lào Cai"), ("Sở Tài chính", "Sở Tài chính tỉnh Lào Cai"),
                     ("Công an tỉnh", "Công an tỉnh Lào Cai"), ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy Lào Cai"),
                     ("Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân cấp xã")]
    # the province's People's Committee named two ways is one actor, the issuer
    source = source_from_string("UBND tỉnh và Ủy ban nhân dân tỉnh Lào Cai")
    iris = {m.iri for m in identify_actors(find_mentions(source, [], LEX), source, LAO_CAI, LEX)}
    assert iris == {LAO_CAI.issuer}
    # the same department of two provinces: two actors
    phu_tho = DocumentInfo(kind="Plan", issuer_label="Ủy ban nhân dân tỉnh Phú Thọ")
    assert actors("Sở Tài chính chủ trì.", phu_tho) == [("Sở Tài chính", "Sở Tài chính tỉnh Phú Thọ")]
    # a national document has no locality
    assert actors("Sở Tài chính chủ trì.", MINISTRY) == [("Sở Tài chính", "Sở Tài chính")]


def test_the_locality_is_the_issuers_or_the_headers():
    assert document_locality(LAO_CAI, LEX) == ("tỉnh", "Lào Cai")
    header = source_from_string("UBND TỈNH LÀO CAI\nVĂN PHÒNG\n\nTHÔNG BÁO\nKết luận của Phó Chủ tịch")
    assert document_locality(DocumentInfo(kind="Notice"), LEX, header) == ("tỉnh", "Lào Cai")
    motto = source_from_string("CHÍNH PHỦ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n     Độc lập - Tự do - Hạnh phúc")
    assert document_locality(DocumentInfo(kind="Decree"), LEX, motto) is None


def test_a_national_bodys_committee_at_one_level_is_one_body_however_written():
    found = actors("Đề nghị MTTQ xã, Mặt trận xã và Ủy ban MTTQ Việt Nam xã vận động.", MINISTRY)
    assert {label for _, label in found} == {"Ủy ban Mặt trận Tổ quốc Việt Nam xã"}
    xa = DocumentInfo(kind="Plan", issuer_label="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh")
    assert actors("Mặt trận xã chủ trì.", xa) == [("Mặt trận xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh")]
    # "các cấp" keeps the national body
    assert actors("Mặt trận Tổ quốc các cấp vận động.", MINISTRY)[0][1] == "Mặt trận Tổ quốc Việt Nam"


def test_generic_actors_and_actors_of_the_signature_are_actors_only_where_they_act():
    result = build_source(source_from_string(
        "KẾ HOẠCH\n\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì, phối hợp với các địa phương tuyên truyền cho nhân dân, cán bộ.\n"
        "2. Tăng cường công tác quản lý nhà nước của ngành.\n\nNơi nhận:\n- Bộ Công an;\n- Lưu: VT.\n"))
    graph = named_actors(result, LEX)
    assert mint_actor_iri("Sở Y tế") in graph and ACTOR + "dia-phuong" in graph   # they act: a lead, a partner
    assert ACTOR + "nhan-dan" not in graph and ACTOR + "can-bo" not in graph and ACTOR + "nganh" not in graph
    assert ACTOR + "bo-cong-an" not in graph                                          # a recipient
    typed = {q.subject.value for q in emit_result(result) if q.predicate.value.endswith("#type")
             and q.object.value.startswith(PKG)}
    assert ACTOR + "nhan-dan" not in typed and mint_actor_iri("Sở Y tế") in typed


def test_a_name_as_written_resolves_in_the_documents_context():
    assert actor_iri_in_context("Sở Tư pháp", ("tỉnh", "Sơn La"), LEX) == mint_actor_iri("Sở Tư pháp tỉnh Sơn La")
    assert actor_iri_in_context("Ủy ban MTTQ Việt Nam tỉnh", ("tỉnh", "Hà Tĩnh"), LEX) == mint_actor_iri(
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh")
    assert actor_iri_in_context("Bộ trưởng Bộ Tư pháp", None, LEX) == ACTOR + "bo-tu-phap"
    assert actor_iri_in_context("Bộ trưởng", None, LEX, MINISTRY) == ACTOR + "bo-quoc-phong"
    assert actor_iri_in_context("Chủ tịch", None, LEX, MINISTRY) is None
