"""Objectives of the document and purposes of duties (docs/DATA_MODEL.md, objectives): only the first hang on the
document (``?doc pkg:hasObjective ?o``); a duty's purpose hangs on its task; a "Yêu cầu" item is no objective."""

from __future__ import annotations

from collections import defaultdict

from policykg.graph_builder.emit import pkg
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import source_from_string

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

PLAN = """ỦY BAN NHÂN DÂN TỈNH SƠN LA
Số: 12/KH-UBND
KẾ HOẠCH
Phòng, chống tác hại của thuốc lá năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của người dân về tác hại của thuốc lá.
2. Yêu cầu
- Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị.
II. NHIỆM VỤ, GIẢI PHÁP
1. Sở Y tế chủ trì tổ chức truyền thông tại trường học nhằm giảm tỷ lệ học sinh hút thuốc lá.
"""

LETTER = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 75/UBND-KT
Để tổ chức triển khai thực hiện nghiêm túc Quyết định số 12/QĐ-BXD, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện:
1. Sở Xây dựng kiểm tra các công trình nhằm phát hiện sớm các vi phạm về phòng cháy.
"""


def objective_links(text: str, name: str) -> tuple[set[str], dict[str, set[str]]]:
    """(texts of the document's objectives, objective text -> the classes of the records that have it)."""
    quads = emit_result(build_source(source_from_string(text, name=name)))
    types, texts, links, documents = defaultdict(set), {}, defaultdict(set), set()
    for q in quads:
        if q.predicate.value == RDF_TYPE:
            types[q.subject.value].add(q.object.value)
        elif q.predicate == pkg("text"):
            texts[q.subject.value] = q.object.value
        elif q.predicate == pkg("hasObjective"):
            links[q.object.value].add(q.subject.value)
        elif q.predicate == pkg("statedIn"):
            documents.add(q.object.value)
    of_document = {texts[o] for o, holders in links.items() if holders & documents}
    holders = {texts[o]: {c.rsplit("#", 1)[1] for h in hs for c in types[h]} for o, hs in links.items()}
    objectives = {texts[s] for s, t in types.items() if pkg("Objective").value in t}
    assert objectives == set(holders), "every objective hangs on the document or on a duty"
    return of_document, holders


def test_a_plan_s_purpose_is_the_document_s_a_duty_s_purpose_is_the_duty_s():
    of_document, holders = objective_links(PLAN, "kh-12.txt")
    assert of_document == {"Nâng cao nhận thức của người dân về tác hại của thuốc lá"}
    duty = next(t for t in holders if t.startswith("giảm tỷ lệ học sinh"))
    assert "Plan" not in holders[duty] and "Task" in holders[duty]


def test_a_yeu_cau_item_is_no_objective():
    _, holders = objective_links(PLAN, "kh-12.txt")
    assert not any("phối hợp chặt chẽ" in t for t in holders)


def test_a_purpose_that_opens_the_issuer_s_request_is_the_document_s():
    of_document, holders = objective_links(LETTER, "cv-75.txt")
    assert any(t.startswith("tổ chức triển khai thực hiện nghiêm túc Quyết định") for t in of_document)
    assert not any(t.startswith("phát hiện sớm") for t in of_document)
    assert any(t.startswith("phát hiện sớm") for t in holders)


DECREE = """CHÍNH PHỦ
Số: 17/2025/NĐ-CP
NGHỊ ĐỊNH
Quy định về hoạt động kiểm tra chuyên ngành
Điều 3. Mục đích hoạt động kiểm tra chuyên ngành
1. Cụ thể hóa đầy đủ, kịp thời và đồng bộ các quy định của pháp luật về kiểm tra chuyên ngành.
2. Hoạt động kiểm tra chuyên ngành nhằm chấn chỉnh và nâng cao ý thức chấp hành pháp luật chuyên ngành; phòng ngừa, phát hiện và kiến nghị áp dụng biện pháp để xử lý kịp thời hành vi vi phạm; góp phần nâng cao hiệu lực quản lý nhà nước.
"""


def test_an_item_of_the_objectives_part_is_one_objective_and_its_purpose_list_is_cut_at_semicolons():
    of_document, holders = objective_links(DECREE, "nd-17.txt")
    assert of_document == {
        "Cụ thể hóa đầy đủ, kịp thời và đồng bộ các quy định của pháp luật về kiểm tra chuyên ngành",
        "chấn chỉnh và nâng cao ý thức chấp hành pháp luật chuyên ngành",
        "phòng ngừa, phát hiện và kiến nghị áp dụng biện pháp để xử lý kịp thời hành vi vi phạm",
        "góp phần nâng cao hiệu lực quản lý nhà nước"}, of_document
    assert set(holders) == of_document


SELF = """ỦY BAN NHÂN DÂN XÃ TÂN HIỆP
Số: 30/KH-UBND
KẾ HOẠCH
Chuyển đổi số năm 2026
Kế hoạch này nhằm phổ cập kỹ năng số cơ bản cho người dân.
Căn cứ Kế hoạch này, Công an xã chủ trì xây dựng phương án để bảo đảm an toàn thông tin.
"""


def test_the_document_s_own_purpose_is_its_objective_a_purpose_after_citing_it_is_not():
    of_document, holders = objective_links(SELF, "kh-30.txt")
    assert of_document == {"phổ cập kỹ năng số cơ bản cho người dân"}, of_document
    assert "bảo đảm an toàn thông tin" in holders
