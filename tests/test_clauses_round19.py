"""Clauses of one item that each name their own holder (issue 9, round 19, `duties19`): "Công an tỉnh chủ trì đấu
tranh ...; Bộ Chỉ huy Bộ đội Biên phòng tỉnh tuần tra biên giới.", "Sở Y tế kiểm tra ...; Sở Công Thương kiểm soát ...;
Công an tỉnh xử lý ...". A clause after a semicolon that opens with bodies and a verb of the genre is a duty of those
bodies, though it holds no duty word: before, the item was cut only when two clauses held a duty word, and the later
bodies held nothing (the first clause's lead ran on over their words). Every text here is invented."""

from __future__ import annotations

from documentfacts import facts_of, holders

PLACE = " tỉnh Hà Giang"
TOP = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

Số: 233/KH-UBND

Hà Giang, ngày 7 tháng 9 năm 2026

KẾ HOẠCH
Bảo đảm an ninh trật tự mùa du lịch cao nguyên đá năm 2027

II. NHIỆM VỤ

"""
CLAUSES = """\
1. Công an tỉnh chủ trì trấn áp tội phạm trộm cắp tài sản của du khách; Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng hỗ trợ cứu nạn.
2. Sở Y tế bố trí trạm sơ cứu tại các điểm check-in; Sở Công Thương kiểm soát giá dịch vụ lưu trú; Ban Quản lý Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn bố trí biển chỉ dẫn.
"""


def test_a_clause_after_a_semicolon_that_names_its_holders_gives_them_its_duty():
    facts = facts_of(TOP + CLAUSES, drop_suffix=PLACE)
    assert holders(facts["duties"], "lực lượng hỗ trợ cứu nạn") == {"Bộ Chỉ huy Quân sự"}
    assert holders(facts["leads"], "trấn áp tội phạm trộm cắp") == {"Công an"}
    # the lead's task stops at its clause: the next body's words are no part of it
    assert not holders(facts["leads"], "cứu nạn")
    assert holders(facts["duties"], "trạm sơ cứu") == {"Sở Y tế"}
    assert holders(facts["duties"], "giá dịch vụ lưu trú") == {"Sở Công Thương"}
    assert "Sở Y tế" not in holders(facts["duties"], "giá dịch vụ lưu trú")
