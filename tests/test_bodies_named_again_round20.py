"""A body named again by its kind and "này" (issue 9, round 20, `duties20`): "Sở Xây dựng được giao ... . Cùng với
đó, sở này sẽ chủ trì ...", "Theo đó, Bộ này chủ trì, phối hợp với ...", "Sở Y tế phối hợp với cơ quan này ...". News
reports and letters name a body once and then refer to it so; before, the later duty had no holder or no partner. The
reference is the first body of the nearest clause before its own that names one with the same head noun ("cơ quan
này" / "đơn vị này": any body), never a collective ("các sở, ngành") nor a set ("các đơn vị này"). Every text here is
invented.
"""

from __future__ import annotations

from documentfacts import facts_of, holders

NEWS = """\
Hà Nội thống nhất phương án tuyến đường vành đai

(ĐT) - Ngày 12/10/2026, Ủy ban nhân dân thành phố Hà Nội ban hành Thông báo kết luận về phương án tuyến đường vành đai.

Theo đó, Sở Xây dựng được giao khẩn trương tổ chức thẩm định phương án tuyến trong tháng 11/2026. Các sở, ngành và
Ủy ban nhân dân các xã dọc tuyến được yêu cầu phối hợp thực hiện.

Cùng với đó, sở này sẽ chủ trì thẩm định quy hoạch chi tiết các khu tái định cư dọc hai bên tuyến.
"""
LETTER = """\
BỘ TÀI CHÍNH

Số: 1234/BTC-CST

Hà Nội, ngày 03 tháng 11 năm 2026

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

1. Cục Hải quan đã phát hiện nhiều lô hàng khai sai mã số. Bộ Công Thương phối hợp với cơ quan này rà soát danh
mục hàng hóa nhập khẩu có điều kiện.

2. Bộ Tư pháp đã có ý kiến về dự thảo. Theo đó, Bộ này chủ trì, phối hợp với Bộ Nội vụ hoàn thiện hồ sơ chính sách.
"""


def test_a_department_named_again_by_its_kind_leads_what_the_later_sentence_gives_it():
    facts = facts_of(NEWS, name="news.md", drop_suffix=" thành phố Hà Nội")
    assert {label for label in holders(facts["leads"], "khu tái định cư")} == {"Sở Xây dựng"}


def test_a_body_named_again_is_a_partner_and_a_ministry_named_again_leads_with_its_partner():
    facts = facts_of(LETTER)
    assert frozenset(("Bộ Công Thương", "Cục Hải quan")) in facts["pairs"]
    assert holders(facts["leads"], "hồ sơ chính sách") == {"Bộ Tư pháp"}
    assert frozenset(("Bộ Tư pháp", "Bộ Nội vụ")) in facts["pairs"]


def test_a_set_the_text_described_is_no_body_named_again():
    text = LETTER + """
3. Cục Hải quan và Bộ đội Biên phòng tỉnh có thể thành lập các tổ công tác liên ngành. Các đơn vị này chủ trì tuần
tra khu vực cửa khẩu phụ.
"""
    assert not holders(facts_of(text)["leads"], "khu vực cửa khẩu phụ")


def test_a_body_named_again_after_a_semicolon_is_the_subject_of_the_clause_before():
    text = LETTER + """
4. Trung tâm Y tế huyện tham mưu Ủy ban nhân dân huyện tổ chức tiêm chủng mở rộng; đơn vị này phối hợp với Hội Chữ
thập đỏ huyện vận động người dân đưa trẻ đi tiêm.
"""
    pairs = facts_of(text)["pairs"]
    assert any(any(x.startswith("Trung tâm Y tế") for x in p) and any(x.startswith("Hội Chữ thập đỏ") for x in p)
               for p in pairs)
    assert not any(any(x.startswith("Ủy ban nhân dân") for x in p) and any(x.startswith("Hội Chữ thập đỏ") for x in p)
                   for p in pairs)
