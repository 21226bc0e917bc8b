"""Plain duty sentences ("Sở Y tế tổ chức kiểm tra ...") in a part whose title carries no role word, read as duties in
a document that prescribes and not in a news article's narrative; and the coordination they state ("... và thông
báo cho B để phối hợp thực hiện", "X phối hợp với Y trong việc ..."). Issue 9, round 3b; the probes are
tests/data/genre/probe3/r3b-*, their gold written before the builder was run on them."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 112/KH-UBND\n\nKẾ HOẠCH\nKiểm tra an toàn thực phẩm năm 2026\n\n"
        "I. CÔNG TÁC KIỂM TRA\n{body}\n")


def _built(text: str, name: str = "kh.txt"):
    return build_source(source_from_string(text, name=name)).assertions


def _holders(assertions, relation: str = "task") -> set[tuple[str, str]]:
    return {(s.rsplit("/", 1)[1], " ".join(a.text.split()[:2])) for a in assertions if a.relation == relation
            for s in a.subjects}


def _pairs(assertions) -> set[frozenset[str]]:
    return {frozenset((s.rsplit("/", 1)[1], o.rsplit("/", 1)[1])) for a in assertions if a.relation == "coordination"
            for s in a.subjects for o in a.objects}


def test_a_plain_sentence_in_a_part_with_no_role_word_of_a_plan_is_a_duty():
    got = _holders(_built(PLAN.format(body="Sở Y tế tổ chức kiểm tra các cơ sở sản xuất bánh trung thu.\n"
                                           "Báo Ninh Bình đăng tải tin bài về an toàn thực phẩm.")))
    assert got == {("so-y-te-tinh-ninh-binh", "Sở Y"), ("bao-ninh-binh", "Báo Ninh")}


def test_the_documents_own_act_a_quotation_and_a_bare_office_are_no_plain_duties():
    body = ("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra an toàn thực phẩm.\n"
            "Bộ Chính trị đánh giá: công tác kiểm tra có chuyển biến.\n"
            "Ủy ban nhân dân tỉnh hướng dẫn quy trình kiểm tra như sau:\n"
            "Sở Y tế (thực hiện từ ngày 01/9 đến ngày 10/9/2026)\n")
    assert _holders(_built(PLAN.format(body=body))) == set()


def test_a_news_article_narrates_what_bodies_do_it_prescribes_nothing():
    text = ("Ninh Bình kiểm tra an toàn thực phẩm dịp Trung thu\n\nNgày 20/9/2026, Sở Y tế tỉnh Ninh Bình cho biết, "
            "thực hiện Kế hoạch số 112/KH-UBND của Ủy ban nhân dân tỉnh, đơn vị đã kiểm tra 120 cơ sở.\n"
            "Sở Công Thương rà soát các cơ sở kinh doanh thực phẩm và phát hiện 12 cơ sở vi phạm.\n")
    assert _holders(_built(text, "news.txt")) == set()


def test_informing_a_body_so_that_it_cooperates_and_cooperating_with_a_body_in_a_task_are_pairs():
    body = ("Sở Công Thương rà soát các cơ sở kinh doanh thực phẩm và thông báo cho Sở Y tế để phối hợp thực hiện.\n"
            "Sở Nông nghiệp và Môi trường phối hợp với Sở Y tế trong việc lấy mẫu kiểm nghiệm.\n"
            "Sở Tư pháp gửi văn bản cho Sở Y tế và Công an tỉnh để phối hợp.\n")
    built = _built(PLAN.format(body=body))
    assert _pairs(built) == {frozenset(("so-cong-thuong-tinh-ninh-binh", "so-y-te-tinh-ninh-binh")),
                             frozenset(("so-nong-nghiep-va-moi-truong-tinh-ninh-binh", "so-y-te-tinh-ninh-binh")),
                             frozenset(("so-tu-phap-tinh-ninh-binh", "so-y-te-tinh-ninh-binh")),
                             frozenset(("so-tu-phap-tinh-ninh-binh", "cong-an-tinh-ninh-binh"))}
    assert {h for h, _ in _holders(built)} >= {"so-cong-thuong-tinh-ninh-binh", "so-tu-phap-tinh-ninh-binh"}


def test_the_bodies_written_to_a_few_words_after_the_verb_are_the_partners():
    body = "Sở Tư pháp gửi văn bản đề nghị cho Sở Y tế và Công an tỉnh để phối hợp.\n"
    assert _pairs(_built(PLAN.format(body=body))) == {frozenset(("so-tu-phap-tinh-ninh-binh", "so-y-te-tinh-ninh-binh")),
                                                      frozenset(("so-tu-phap-tinh-ninh-binh", "cong-an-tinh-ninh-binh"))}


def test_bodies_written_to_by_nobody_named_are_no_pair_among_themselves():
    body = "Khi quyết định tạm hoãn xuất cảnh, phải gửi văn bản thông báo cho Sở Y tế và Công an tỉnh để phối hợp thực hiện.\n"
    assert _pairs(_built(PLAN.format(body=body))) == set()
