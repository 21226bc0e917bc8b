"""News forms round 10 (issue 9, invented text): how a news article or a letter reports the duties of a document — a
frame that attributes the sentence to the document ("Theo đó,", "Theo dự thảo,", "Trong đó,", "Tại Chương trình,")
before its holder, an actor heading run together with the paragraph above it over lettered items beside it, and the
author's line with the agency's initials at the foot, which names no actor."""

from __future__ import annotations

from documentfacts import facts_of, holders

ARTICLE = ("Hà Giang đẩy mạnh trồng rừng gỗ lớn\n\n"
           "Ngày 12/8/2026, Ủy ban nhân dân tỉnh Hà Giang ban hành Chương trình số 41/CTr-UBND về phát triển rừng gỗ "
           "lớn giai đoạn 2026-2030.\n\n")


def _duties(*paragraphs: str) -> set[tuple[str, str]]:
    """The duties (holder's label, text) of ARTICLE followed by these paragraphs."""
    return facts_of(ARTICLE + "".join(p + "\n\n" for p in paragraphs), name="news.txt")["duties"]


def test_a_framed_actor_heading_gives_the_lettered_items_beside_it_to_its_body():
    duties = _duties("Theo Chương trình, Sở Nông nghiệp và Môi trường có trách nhiệm:",
                     "a) Lập bản đồ vùng trồng rừng gỗ lớn của từng xã;",
                     "b) Kiểm tra nguồn gốc giống cây lâm nghiệp trước mỗi vụ trồng.",
                     "Đồng bào các dân tộc được hỗ trợ cây giống.")
    assert holders(duties, "Lập bản đồ vùng trồng rừng") == {"Sở Nông nghiệp và Môi trường tỉnh Hà Giang"}, duties
    assert holders(duties, "Kiểm tra nguồn gốc giống") == {"Sở Nông nghiệp và Môi trường tỉnh Hà Giang"}, duties
    assert not any("có trách nhiệm" in text for _, text in duties), duties   # the heading itself is no duty


def test_a_sentence_the_article_attributes_to_the_document_is_a_duty_and_a_report_of_the_past_is_not():
    duties = _duties("Trong đó, Sở Tài chính tiếp tục bố trí vốn cho các hộ nhận khoán bảo vệ rừng.",
                     "Tại Chương trình, Ủy ban nhân dân tỉnh đưa ra nhiều cơ chế ưu đãi cho doanh nghiệp chế biến gỗ.",
                     "Năm 2025, Sở Công Thương đã tổ chức ba hội chợ gỗ.")
    assert holders(duties, "bố trí vốn cho các hộ nhận khoán") == {"Sở Tài chính tỉnh Hà Giang"}, duties
    assert holders(duties, "đưa ra nhiều cơ chế ưu đãi") == {"Ủy ban nhân dân tỉnh Hà Giang"}, duties
    assert not holders(duties, "ba hội chợ gỗ"), duties


def test_the_authors_line_with_the_agencys_initials_names_no_actor():
    from documentfacts import predictions_of
    plain = predictions_of(ARTICLE + "Theo đó, Sở Tài chính bố trí vốn cho các hộ nhận khoán.\n\nThanh Bình (TTXVN)\n",
                           name="news.txt")
    assert not any("Thông tấn" in label or "TTXVN" in label for labels in plain.labels.values() for label in labels), \
        plain.labels


POST = ("---json\n{\n    \"slug\": \"kiem-tra-an-toan-dap\",\n    \"title\": \"Kiểm tra an toàn các hồ đập trước mùa mưa lũ\",\n"
        "    \"date\": \"2027-05-02T01:30:00.000Z\",\n    \"draft\": false,\n"
        "    \"description\": \"Chủ tịch Ủy ban nhân dân tỉnh Yên Bái giao Sở Công Thương kiểm tra phương án vận hành các "
        "hồ thủy điện nhỏ.\"\n}\n---\n"
        "<p>Ng&agrave;y 30/4, Ủy ban nhân dân tỉnh Yên Bái có Công văn số 88/UBND-KT về an toàn hồ đập.</p>\n"
        "<p>Sở Nông nghiệp và Môi trường có trách nhiệm rà soát các hồ chứa thủy lợi xung yếu.</p>\n"
        "<p>Đồng thời, chủ trì, phối hợp với Công an tỉnh xây dựng phương án sơ tán dân ở hạ du.</p>\n"
        "<p style=\"text-align:right\">Theo yenbai.gov.vn</p>\n")


def _post_facts():
    """duties, leads and pairs (actor labels) of POST read as a file is read (its HTML body found under the front matter)."""
    from collections import defaultdict

    from documentfacts import predictions_from_quads
    from policykg.graph_builder.pipeline import build_source, emit_result
    from policykg.graph_builder.read import source_from_bytes
    p = predictions_from_quads(emit_result(build_source(source_from_bytes(POST.encode("utf-8"), "post.txt"))),
                               defaultdict(set))

    def label(iri):
        return sorted(p.labels.get(iri) or [iri])[0]
    return {"duties": {(label(a), t) for a, t in p.duties}, "leads": {(label(a), t) for a, t in p.leads},
            "pairs": {frozenset((label(a), label(b))) for a, b in p.pairs}}


def test_a_posts_json_front_matter_gives_the_articles_date_and_its_lead_is_read_and_its_keys_are_not():
    from policykg.graph_builder.metadata import extract_document_info
    from policykg.graph_builder.read import source_from_bytes
    from policykg.ontology import load_lexicon
    source = source_from_bytes(POST.encode("utf-8"), "post.txt")
    info = extract_document_info(source, load_lexicon())
    assert (info.kind, info.published) == ("NewsArticle", "2027-05-02")
    assert "slug" not in source.match and "draft" not in source.match
    duties = _post_facts()["duties"]
    assert any(who.startswith("Sở Công Thương") and "phương án vận hành" in text for who, text in duties), duties


def test_a_paragraph_opened_by_a_connective_goes_on_with_the_holder_of_the_paragraph_above():
    facts = _post_facts()
    assert any(who.startswith("Sở Nông nghiệp và Môi trường") and "phương án sơ tán" in text
               for who, text in facts["leads"]), facts["leads"]
    assert any(any(a.startswith("Sở Nông nghiệp") for a in pair) and any(a.startswith("Công an tỉnh") for a in pair)
               for pair in facts["pairs"]), facts["pairs"]


def test_a_spokespersons_name_after_the_body_is_no_part_of_its_name():
    from documentfacts import predictions_of
    p = predictions_of("Bộ Tư pháp trả lời về hộ tịch\n\nTại buổi họp báo, người phát ngôn Bộ Tư pháp Lê Hoàng Yến cho "
                       "biết Cục Hộ tịch sẽ chủ trì hướng dẫn các địa phương cấp bản sao trích lục.\n", name="news.txt")
    labels = {label for labels in p.labels.values() for label in labels}
    assert "Bộ Tư pháp" in labels and not any("Yến" in label for label in labels), labels


def test_a_quotation_of_what_someone_said_is_read_for_its_duties_and_a_quoted_title_still_blocks_names():
    facts = facts_of("Hà Tĩnh chấn chỉnh quản lý chợ\n\n"
                     "Chiều 3/6, Ủy ban nhân dân tỉnh Hà Tĩnh họp bàn về quản lý chợ truyền thống.\n\n"
                     "“Sở Công Thương phải khẩn trương rà soát mạng lưới chợ nông thôn”, ông Trần Văn Minh, Phó Chủ tịch "
                     "Ủy ban nhân dân tỉnh nhấn mạnh.\n\n"
                     "Ông cũng yêu cầu: “Công an tỉnh chủ trì, phối hợp với Sở Y tế kiểm tra an toàn thực phẩm ở chợ đầu "
                     "mối”.\n\n"
                     "Tỉnh phát động phong trào “Sở Nội vụ xanh, sạch, đẹp” trong các cơ quan.\n", name="news.txt")
    assert holders(facts["duties"], "rà soát mạng lưới chợ") == {"Sở Công Thương"}, facts["duties"]
    assert any(who == "Công an tỉnh" and "kiểm tra an toàn thực phẩm" in text for who, text in facts["leads"]), \
        facts["leads"]
    assert frozenset(("Công an tỉnh", "Sở Y tế")) in facts["pairs"], facts["pairs"]
    assert not any(who.startswith("Sở Nội vụ") for who, _ in facts["duties"]), facts["duties"]


def test_representative_missions_abroad_and_the_host_countrys_authorities_are_actors():
    facts = facts_of("Bảo hộ ngư dân bị bắt giữ\n\nTheo đó, các cơ quan đại diện Việt Nam ở nước ngoài chủ trì, phối hợp "
                     "với chính quyền sở tại thăm lãnh sự các ngư dân bị giữ.\n", name="news.txt")
    assert frozenset(("cơ quan đại diện Việt Nam ở nước ngoài", "chính quyền sở tại")) in facts["pairs"], facts["pairs"]
