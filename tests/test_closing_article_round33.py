"""The closing article of a decree, a resolution or a decision (round 33, invented sentences of the genre's form):
"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố, Giám đốc các hợp tác xã, doanh
nghiệp và hộ kinh doanh có liên quan chịu trách nhiệm thi hành Quyết định này." Its addressees are cut by commas alone
and one of them is named in words the recogniser does not know ("Giám đốc các hợp tác xã, doanh nghiệp và hộ kinh
doanh có liên quan", "các đối tượng áp dụng của Nghị định", "Chủ tịch Hội đồng thành viên"); until round 33 that
member cut the list where it stood, so the bodies before it lost the duty (all of them when it came last). Every
body the list names executes the article, less a body named after a preposition and an office named alone; a list
cut by semicolons was already read so (``holderforms.executors``).

Each test but the last fails without the change (checked by reverting graph_builder/assertions/holderforms.py); the
last is a guard of the semicolon form, read as before. The test of a body named after a preposition also fails when
the new reading takes every body of the list (checked)."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LEXICON = load_lexicon()


def _holders(article: str, kind: str = "QUYẾT ĐỊNH") -> set[str]:
    """The holders of the duty of the article's sentence (the last words of each IRI)."""
    text = (f"{kind}\nVề việc hỗ trợ kinh phí đo đạc đất đai năm 2026\n\n"
            "Điều 1. Phê duyệt kinh phí hỗ trợ đo đạc đất đai năm 2026.\n"
            f"Điều 2. {article}\n")
    result = build_source(source_from_string(text, name="qd.txt"), LEXICON)
    start = result.source.text.index(article[:20])
    return {iri.rsplit("/", 1)[1] for a in result.assertions
            if a.relation in ("task", "responsible") and a.evidence.start >= start for iri in a.subjects}


def test_an_unnamed_member_last_does_not_leave_the_list_without_holders():
    holders = _holders("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố, "
                       "Giám đốc các hợp tác xã, doanh nghiệp và hộ kinh doanh có liên quan chịu trách nhiệm thi "
                       "hành Quyết định này.")
    assert {"bo-co-quan-ngang-bo", "uy-ban-nhan-dan-cap-tinh"} <= holders, holders


def test_an_unnamed_member_after_and_keeps_the_bodies_before_it():
    holders = _holders("Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Xây dựng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
                       "trực thuộc trung ương và các đối tượng áp dụng của Nghị định chịu trách nhiệm thi hành Nghị "
                       "định này.", kind="NGHỊ ĐỊNH")
    assert {"bo-tai-chinh", "bo-xay-dung", "uy-ban-nhan-dan-cap-tinh"} <= holders, holders


def test_an_unnamed_member_in_the_middle_keeps_the_bodies_before_it():
    holders = _holders("Bộ trưởng Bộ Công Thương, Chủ tịch Hội đồng thành viên, Tổng Giám đốc Tập đoàn Điện lực Việt "
                       "Nam chịu trách nhiệm thi hành Quyết định này.")
    assert "bo-cong-thuong" in holders, holders


def test_a_body_after_a_preposition_is_no_holder():
    """A body named after "của" inside an unnamed member ("văn bản của Sở Y tế") says whose paper it is, and executes
    nothing; the bodies before it execute the article."""
    holders = _holders("Giám đốc Sở Tài chính, Giám đốc Sở Xây dựng, Thủ trưởng các đơn vị có tên tại danh sách kèm "
                       "theo văn bản của Sở Y tế chịu trách nhiệm thi hành Quyết định này.")
    assert {"so-tai-chinh", "so-xay-dung"} <= holders and "so-y-te" not in holders, holders


def test_a_list_cut_by_semicolons_reads_as_before():
    """Guard: the semicolon form was read before round 33 and is read the same way."""
    holders = _holders("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Chủ tịch Ủy ban nhân dân các xã, "
                       "phường chịu trách nhiệm thi hành Quyết định này.")
    assert "so-tai-chinh" in holders, holders
