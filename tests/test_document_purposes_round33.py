"""The objective a document's title states (round 33). Invented texts.

- the purpose the document's title states ("Quyết định về việc cấp kinh phí cho các huyện để thực hiện ...",
  "Kết luận ... về chủ trương ... để khôi phục ...") is the document's objective, whole; not the formula of a decree's
  title ("Quy định chi tiết và biện pháp để tổ chức, hướng dẫn thi hành ..."), nor a prohibition ("Không để ...").
The first two tests fail without title_purpose (ownpurposes.py);
test_the_means_of_a_decrees_title_and_a_prohibition_are_no_objective is a guard of the rule's two exceptions.
"""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 27/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\n\nYên Bái, ngày 14 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n\n{title}\n\n"
          "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n\nĐiều 1. Cấp 500 triệu đồng cho Ủy ban nhân dân các huyện.\n\n"
          "Điều 2. Sở Tài chính hướng dẫn Ủy ban nhân dân các huyện sử dụng kinh phí đúng quy định.\n")


def _document_objectives(text: str) -> list[str]:
    result = build_source(source_from_string(text))
    return [a.text for a in result.assertions if a.relation == "objective" and a.qualifier == "document"]


def test_the_purpose_a_decisions_title_states_is_its_objective():
    title = "Về việc cấp kinh phí cho các huyện để thực hiện việc đo đạc, chỉnh lý bản đồ địa chính năm 2026"
    assert _document_objectives(HEADER.format(title=title)) == [
        "thực hiện việc đo đạc, chỉnh lý bản đồ địa chính năm 2026"]


def test_a_title_wrapped_over_two_lines_gives_its_purpose_whole():
    title = "Về chủ trương hỗ trợ các hợp tác xã bị thiệt hại do bão\nđể khôi phục và mở rộng sản xuất nông nghiệp"
    assert _document_objectives(HEADER.format(title=title)) == ["khôi phục và mở rộng sản xuất nông nghiệp"]


def test_the_means_of_a_decrees_title_and_a_prohibition_are_no_objective():
    means = "Quy định chi tiết và biện pháp để tổ chức, hướng dẫn thi hành một số điều của Luật Thủy lợi"
    assert _document_objectives(HEADER.format(title=means)) == []
    prohibition = "Về việc triển khai phong trào không để hộ nghèo nào thiếu nhà ở"
    assert _document_objectives(HEADER.format(title=prohibition)) == []
