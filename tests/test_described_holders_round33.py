"""Holders described between their names and their duty word (round 33, invented sentences of the genre's form):
"Công an tỉnh có lực lượng cảnh sát đường thủy tại các bến thuyền du lịch có trách nhiệm phối hợp với Sở Văn hóa, Thể
thao và Du lịch ...". The clause after the names says what the holders have or do ("có ...", "đang ...", "được ...");
until round 33 it stood between the names and "có trách nhiệm" / "chịu trách nhiệm", so the sentence had no holder: no
duty, and the partners after "phối hợp với" were paired with no one. The bodies that open the sentence hold the duty when the
clause names no other body.

The first two tests fail without the change (checked by reverting graph_builder/assertions/holderforms.py); the last
is a guard (a body named inside the clause keeps the reading as before)."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string
from policykg.ontology import load_lexicon

LEXICON = load_lexicon()


def _read(item: str):
    text = ("KẾ HOẠCH\nBảo đảm an toàn du lịch năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n\n" + item + "\n")
    result = build_source(source_from_string(text, name="kh.txt"), LEXICON)
    short = lambda iris: {iri.rsplit("/", 1)[1] for iri in iris}   # noqa: E731
    holders = set().union(*[short(a.subjects) for a in result.assertions if a.relation in ("task", "responsible")])
    pairs = {(lead, partner) for a in result.assertions if a.relation == "coordination"
             for lead in short(a.subjects) for partner in short(a.objects)}
    return holders, pairs


def test_a_described_holder_holds_the_duty_and_its_partner():
    holders, pairs = _read("3. Công an tỉnh có lực lượng cảnh sát đường thủy tại các bến thuyền du lịch trên địa bàn "
                           "có trách nhiệm phối hợp với Sở Văn hóa, Thể thao và Du lịch kiểm tra an toàn cho khách.")
    assert "cong-an-tinh" in holders, holders
    assert ("cong-an-tinh", "so-van-hoa-the-thao-va-du-lich") in pairs, pairs


def test_described_holders_of_a_list_hold_the_duty():
    holders, _ = _read("4. Sở Y tế, Sở Công Thương đang quản lý các cơ sở sản xuất thực phẩm phục vụ khách du lịch "
                       "chịu trách nhiệm kiểm tra định kỳ các cơ sở đó.")
    assert {"so-y-te", "so-cong-thuong"} <= holders, holders


def test_a_body_named_inside_the_clause_keeps_the_reading():
    """Guard (passes without the change; fails when the new reading ignores a body named inside the clause, checked):
    "Sở Tài chính được Sở Xây dựng gửi hồ sơ ..." names a second body in the clause, so this reading does not give the
    sentence to the body that opens it."""
    holders, _ = _read("5. Sở Tài chính được Sở Xây dựng gửi hồ sơ dự án sửa chữa trụ sở có trách nhiệm thẩm định "
                       "kinh phí sửa chữa.")
    assert "so-tai-chinh" not in holders, holders
