"""The duties of a decision on one body's functions (round 32b, invented text). Every province issues one per
department: the title names the body ("Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở X"),
the article "Nhiệm vụ và quyền hạn" lists its duties in items without a subject. They are that body's duties, its
"Chủ trì ..." items its leads and "phối hợp với Y" its pairs; a body named inside an item holds none of them."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LEXICON = load_lexicon()
ACTOR = "https://w3id.org/policykg/actor/"


def _decision(title_body: str, articles: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nQUYẾT ĐỊNH\n\nQuy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức\n"
            f"của {title_body}\n\nỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Vị trí và chức năng\n\n1. Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.\n\n" + articles)


DUTIES = ("Điều 2. Nhiệm vụ và quyền hạn\n\n"
          "1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định về lĩnh vực y tế.\n\n"
          "2. Các nhiệm vụ chuyên môn thuộc lĩnh vực dược:\n\n"
          "a) Chủ trì, phối hợp với Sở Tài chính thẩm định giá thuốc.\n\n"
          "b) Phối hợp với Công an tỉnh kiểm tra cơ sở kinh doanh dược.\n\n"
          "3. Hướng dẫn Ủy ban nhân dân cấp xã quản lý trạm y tế.\n\n"
          "Điều 3. Cơ cấu tổ chức\n\n1. Văn phòng Sở.\n")


def _records(text: str):
    return build_source(source_from_string(text, name="qd.txt"), LEXICON).assertions


def _short(iris):
    return [i.removeprefix(ACTOR) for i in iris]


def test_subjectless_items_are_the_duties_of_the_body_the_title_names():
    tasks = [(_short(a.subjects), a.text) for a in _records(_decision("Sở Y tế tỉnh Ninh Bình", DUTIES))
             if a.relation == "task"]
    holders = {tuple(s) for s, _ in tasks}
    assert holders == {("so-y-te-tinh-ninh-binh",)}, tasks
    assert any(t.startswith("Trình Ủy ban nhân dân tỉnh") for _, t in tasks)
    assert any(t.startswith("Hướng dẫn Ủy ban nhân dân cấp xã") for _, t in tasks)


def test_its_lead_items_and_partners_are_the_bodys():
    pairs = {(_short(a.subjects)[0], _short(a.objects)[0], a.qualifier)
             for a in _records(_decision("Sở Y tế tỉnh Ninh Bình", DUTIES)) if a.relation == "coordination"}
    assert ("so-y-te-tinh-ninh-binh", "so-tai-chinh-tinh-ninh-binh", None) in pairs, pairs   # "Chủ trì, phối hợp với"
    assert ("so-y-te-tinh-ninh-binh", "cong-an-tinh-ninh-binh", "unled") in pairs, pairs


def test_a_group_label_of_the_items_is_no_duty():
    texts = [a.text for a in _records(_decision("Sở Y tế tỉnh Ninh Bình", DUTIES)) if a.relation == "task"]
    assert not any(t.startswith("Các nhiệm vụ chuyên môn") for t in texts), texts


def test_a_title_of_two_bodies_gives_the_items_to_neither():
    text = _decision("Sở Y tế và Sở Tài chính tỉnh Ninh Bình", DUTIES)
    tasks = [a for a in _records(text) if a.relation == "task"]
    assert not any("so-y-te-tinh-ninh-binh" in _short(a.subjects) for a in tasks
                   if a.text.startswith("Trình Ủy ban nhân dân tỉnh"))


def test_an_article_that_is_not_the_duties_article_is_not_the_bodys():
    other = DUTIES.replace("Điều 2. Nhiệm vụ và quyền hạn", "Điều 2. Tổ chức thực hiện")
    tasks = [a for a in _records(_decision("Sở Y tế tỉnh Ninh Bình", other)) if a.relation == "task"]
    assert not any(a.text.startswith("Trình Ủy ban nhân dân tỉnh") for a in tasks), [(a.subjects, a.text) for a in tasks]


def test_without_such_a_title_the_body_article_one_names_holds_them():
    text = ("QUY CHẾ\n\nTổ chức và hoạt động của cơ quan\n\nChương I\n\n"
            "Điều 1. Vị trí và chức năng\n\n1. Sở Y tế tỉnh Ninh Bình là cơ quan chuyên môn thuộc Ủy ban nhân dân "
            "tỉnh.\n\n" + DUTIES)
    tasks = [(_short(a.subjects), a.text) for a in _records(text) if a.relation == "task"
             and a.text.startswith(("Trình Ủy ban nhân dân tỉnh", "Hướng dẫn Ủy ban nhân dân cấp xã"))]
    assert [s for s, _ in tasks] == [["so-y-te-tinh-ninh-binh"]] * 2, tasks
