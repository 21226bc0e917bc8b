"""Directive 09-CT/TW as the bundled Nhân Dân article reports it: read -> segment -> recognise -> assert."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import read_source
from policykg.core.iris import ACTOR, PKG, mint_document_iri, mint_initiative_iri, mint_named_document_iri
from policykg.core.textnorm import match_key

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "ct09-nhandan-2023-12-09.txt"
MOVEMENT = mint_initiative_iri("phong trào toàn dân bảo vệ an ninh Tổ quốc")
LEARN = mint_initiative_iri("cuộc vận động Học tập và làm theo tấm gương đạo đức Hồ Chí Minh")
POLICE_CAMPAIGN = mint_initiative_iri("cuộc vận động Công an nhân dân vì nước quên thân, vì dân phục vụ")
DEMOCRACY = mint_named_document_iri("Regulation", "Quy chế dân chủ ở cơ sở")


@pytest.fixture(scope="module")
def built():
    result = build_source(read_source(ARTICLE))
    return result.source, result.sections, result.sentences, result.mentions, result.assertions


def of(assertions, relation):
    return [a for a in assertions if a.relation == relation]


def test_the_secretariat_issues_the_directive(built):
    *_, assertions = built
    assert [(a.subjects, a.objects) for a in of(assertions, "issues")] == [
        ([ACTOR + "ban-bi-thu"], [mint_document_iri("09-CT/TW")])]


def test_the_party_directs_the_movement(built):
    *_, assertions = built
    assert ([ACTOR + "dang-cong-san-viet-nam"], [MOVEMENT]) in [(a.subjects, a.objects) for a in of(assertions, "directs")]


def test_exactly_the_eight_tasks_and_solutions_one_per_sentence(built):
    source, sections, sentences, _, assertions = built
    tasks = of(assertions, "task")
    task_section = next(s for s in sections if s.role == "tasks")
    task_sentences = [s.index for s in sentences if s.section == task_section.index]
    assert len(tasks) == 8
    assert [t.sentence for t in tasks] == task_sentences
    assert [t.text[:24] for t in tasks] == [
        "Các cấp ủy đảng, chính q", "Đổi mới nội dung, hình t", "Nâng cao chất lượng, hiệ", "Chú trọng chỉ đạo xây dự",
        "Tăng cường quan hệ phối ", "Quan tâm xây dựng, củng ", "Nâng cao hiệu lực quản l", "Tiếp tục đẩy mạnh việc “"]
    assert all(source.text[t.evidence.start:t.evidence.end] == t.text for t in tasks)
    assert all(t.subjects for t in tasks)


def test_party_committees_authorities_and_the_front_are_jointly_responsible_for_task_1(built):
    *_, assertions = built
    first = of(assertions, "task")[0]
    holders = [ACTOR + "cap-uy-dang", ACTOR + "chinh-quyen", ACTOR + "mat-tran-to-quoc-viet-nam",
               ACTOR + "to-chuc-thanh-vien-cua-mat-tran"]
    assert first.subjects == holders
    assert first.levels == (PKG + "LevelCentral", PKG + "LevelGrassroots")
    [responsible] = [a for a in of(assertions, "responsible") if assertions[a.parent] is first]
    assert responsible.subjects == holders and responsible.qualifier == "jointly"


def test_the_public_security_coordinates_with_army_front_and_mass_organisations(built):
    *_, assertions = built
    [duty] = of(assertions, "coordination")
    assert duty.subjects == [ACTOR + "cong-an-nhan-dan"]
    assert duty.objects == [ACTOR + "quan-doi-nhan-dan", ACTOR + "mat-tran-to-quoc-viet-nam", ACTOR + "ban-nganh-doan-the"]
    assert assertions[duty.parent] is of(assertions, "task")[4]


def test_each_objective_is_its_own_statement_and_none_is_duplicated(built):
    *_, assertions = built
    texts = [a.text for a in of(assertions, "objective")]
    for expected in ("giữ vững ổn định chính trị", "bảo đảm trật tự, an toàn xã hội", "bảo vệ Đảng",
                     "bảo vệ chế độ XHCN", "bảo vệ cuộc sống bình yên và hạnh phúc của nhân dân"):
        assert texts.count(expected) == 1, expected
    assert len({match_key(t) for t in texts}) == len(texts)


def test_nothing_comes_from_the_repeated_lead_paragraph(built):
    source, _, _, mentions, assertions = built
    lead = source.skipped
    assert any(s.end - s.start > 500 for s in lead)   # the repeated, truncated lead paragraph
    for item in [m.span for m in mentions] + [a.evidence for a in assertions]:
        assert not any(s.start <= item.start < s.end for s in lead)


def test_the_two_campaigns_and_the_grassroots_democracy_regulation(built):
    *_, mentions, assertions = built
    campaigns = {m.iri: m.label for m in mentions if m.kind == "Campaign"}
    assert campaigns == {LEARN: "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
                         POLICE_CAMPAIGN: "Công an nhân dân vì nước quên thân, vì dân phục vụ"}
    assert [m.kind for m in mentions if m.iri == DEMOCRACY] == ["Regulation"]
    tasks = of(assertions, "task")
    concerned = {(tasks.index(assertions[a.parent]), o) for a in of(assertions, "concerns")
                 if assertions[a.parent] in tasks for o in a.objects}
    assert {(5, DEMOCRACY), (7, LEARN), (7, POLICE_CAMPAIGN)} <= concerned


def test_the_closing_requirement_of_the_secretariat(built):
    *_, assertions = built
    [closing] = of(assertions, "requires")
    assert closing.subjects == [ACTOR + "ban-bi-thu"]
    assert closing.objects == [ACTOR + "cap-uy-dang", ACTOR + "to-chuc-dang", ACTOR + "nganh"]
    assert closing.text.endswith("triển khai thực hiện tốt Chỉ thị này.")


def test_no_label_keeps_the_latin_eth(built):
    *_, mentions, assertions = built
    assert not any("\u00d0" in m.label for m in mentions)
    assert [m.label for m in mentions][:1] == ["Đảng Cộng sản Việt Nam"]   # the headline's "Ðảng"
