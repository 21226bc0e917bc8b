"""The courts and procuracies named bare and in passing (round 31, invented texts): "Tòa án nhân dân", "Viện kiểm sát
nhân dân" that a text names without a role are actors of its graph (``graph_builder.systembodies``, in
``emit.named_actors``); the collectives of the levels named in passing ("Ủy ban nhân dân các cấp") stay out, and so
does the bare name where the document names one of those bodies at a place ("Tòa án nhân dân tỉnh ...")."""

from __future__ import annotations

from policykg.graph_builder.emit import named_actors
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LEX = load_lexicon()
COURTS, PROCURACIES = LEX.lookup("Tòa án nhân dân").iri, LEX.lookup("Viện kiểm sát nhân dân").iri


def _actors(text: str) -> set[str]:
    return named_actors(build_source(source_from_string(text), LEX), LEX)


def test_courts_and_procuracies_named_in_passing_are_actors():
    text = ("THÔNG TƯ\n\nĐiều 5. Trách nhiệm của cơ sở giám định\n"
            "Cơ sở giám định lưu kết quả giám định vào hồ sơ; cung cấp kết quả cho Viện kiểm sát nhân dân, "
            "Tòa án nhân dân khi có yêu cầu theo quy định của pháp luật.\n")
    actors = _actors(text)
    assert COURTS in actors and PROCURACIES in actors


def test_a_system_reorganised_is_named_in_passing_beside_its_tiers():
    text = ("KẾT LUẬN\n\n1. Đồng ý chủ trương tinh gọn bộ máy Tòa án nhân dân, Viện kiểm sát nhân dân; "
            "kết thúc hoạt động của Tòa án nhân dân cấp huyện, Viện kiểm sát nhân dân cấp huyện.\n")
    actors = _actors(text)
    assert COURTS in actors and PROCURACIES in actors


def test_the_bare_name_beside_the_body_of_a_place_is_no_second_actor():
    listed = "CHƯƠNG TRÌNH\n\n1. Giám sát hoạt động của Ủy ban nhân dân, Tòa án nhân dân, Viện kiểm sát nhân dân.\n"
    assert COURTS in _actors(listed)
    placed = listed + "2. Tòa án nhân dân tỉnh Yên Bái báo cáo kết quả xét xử với Thường trực Hội đồng nhân dân tỉnh.\n"
    assert COURTS not in _actors(placed)


def test_the_committees_at_every_level_named_in_passing_stay_out():
    text = ("BÁO CÁO\n\nHội nghị có đại diện Ủy ban nhân dân các cấp, Hội đồng nhân dân các cấp, Tòa án nhân dân dự.\n")
    actors = _actors(text)
    assert COURTS in actors
    assert LEX.lookup("Ủy ban nhân dân các cấp").iri not in actors
    assert LEX.lookup("Hội đồng nhân dân các cấp").iri not in actors
